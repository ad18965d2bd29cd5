/**
 * Figures a learner reports against the figures the attempt shows. A review's NPS and CSAT are read
 * from the attempt's own feedback (the Insights view: by calendar month, and over the periods it
 * offers), so "NPS was 40" told to a team leader can be checked: a figure the Insights view shows
 * for no month and no period is a wrong figure, and the report carries it to whoever acts on it.
 * Red-team round 10 B (service-review-r10-sign-slip-to-grace: "NPS fell to +10 (from +80)" to Grace,
 * when last month's NPS was −10; decided report-back partly).
 *
 * Read narrowly, so that a figure is only called wrong when it plainly is one: a number in the clause
 * after "NPS" (signed, or "minus"), or a percentage after "CSAT"; not a change ("fell by 90"), not a
 * share of responses ("40% promoters", "4 of the 10", "out of 10"), not one customer's score ("Aisha gave us 3"),
 * not a date, not a duration ("a 3-day target", "5-7 days"), not money ("a £5 voucher").
 */
import { calculateCsat, calculateNps, monthsBefore } from "../metrics";
import { formatUkMonthName, ukMonthFrom } from "./dates";
import { readableText } from "./learner-spelling";
import { absoluteDate } from "./scenario-dataset";
import type { Scenario } from "./scenario-schema";

export type FigureKind = "nps" | "csat";
type Shown = { kind: FigureKind; rounded: number; label: string };
export type WrongFigure = { kind: FigureKind; said: string; value: number; shown: string };

const NAMES: Record<FigureKind, RegExp> = {
  nps: /\b(?:nps|net promoter score)\b/g,
  csat: /\b(?:csat|customer satisfaction(?: score)?)\b/g,
};
const ANY_NAME = /\b(?:nps|net promoter score|csat|customer satisfaction)\b/;
/** A signed or unsigned number: "+80", "-10", "−10", "minus 10", "60%". */
const NUMBER =
  /(?<![\w.,+\-−–£$€])(?:(?:minus|negative)\s+|[+\-−–](?=\d))?\d+(?:\.\d+)?(?![\w.,]?\d)(\s*%| per ?cent)?/g;
/**
 * A duration or a range of them, hyphenated or not (the one place durations are read; NOT_A_FIGURE_AFTER
 * keeps the other words that say a number is not the score): "a 3-day target", "5-7 days", "5 to 7 working
 * days", "a 24-hour window" (session 49, tutor 10's monthly-service-review-t10-informal: "an NPS
 * recommendation to hold SwiftParcel to a 3-day target" was told to Grace as an NPS of 3).
 */
const DURATION_AFTER =
  /^(?:\s*(?:[-–]|to)\s*\d+(?:\.\d+)?)?\s*[-–]?\s*(?:(?:working|business|calendar)[- ]?)?(?:days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?)\b/;
const NOT_A_FIGURE_AFTER =
  /^\s*(?:of\b|out of\b|\/|in\b|promoters?|detractors?|passives?|responses?|people|customers?|answers?|scores?|replies|surveys?|points?\b|(?:st|nd|rd|th)\b|january|february|march|april|may|june|july|august|september|october|november|december)/;
const NOT_A_FIGURE_BEFORE =
  /(?:\bby|\b(?:fall|drop|rise|change|swing|difference|gap) of|\bof the|\bout of|\bgave(?: us)?(?: an?)?|\bscored(?: us)?|\bscore of|\brated(?: us)?|\brating of)\s*$/;

const ONE_CUSTOMER = /\b(?:gave|give|gives|scored|rated|rates|rating|her|his|their)\b/i;
const POSSESSIVE = /\b([A-Z][a-z]+)['’]s\s+$/;
const NOT_A_NAME = new Set(
  "january february march april may june july august september october november december last this next today yesterday".split(
    " ",
  ),
);
/** "Gareth's NPS": a capitalised name's, not a month's ("October's NPS") or "Last month's". */
const possessiveName = (before: string) => {
  const m = POSSESSIVE.exec(before);
  return !!m && !NOT_A_NAME.has(m[1]!.toLowerCase());
};

/** The NPS and CSAT values the attempt's data gives, by calendar month and over each Insights period. */
function shownFigures(scenario: Scenario, origin: Date): Shown[] {
  const rows = scenario.customers.flatMap((c) =>
    c.feedback.flatMap((f) =>
      (f.kind === "nps" || f.kind === "csat") && f.score !== undefined
        ? [{ kind: f.kind as FigureKind, score: f.score, at: absoluteDate(origin, f.daysAgo) }]
        : [],
    ),
  );
  const out: Shown[] = [];
  const push = (kind: FigureKind, scores: number[], label: string) => {
    if (scores.length === 0) return;
    const r = kind === "nps" ? calculateNps(scores) : calculateCsat(scores);
    if (r.rounded !== null) out.push({ kind, rounded: r.rounded, label });
  };
  for (const kind of ["nps", "csat"] as const) {
    const mine = rows.filter((r) => r.kind === kind);
    for (let n = 0; n <= 24; n++) {
      const month = ukMonthFrom(origin, -n);
      const scores = mine.filter((r) => ukMonthFrom(r.at) === month).map((r) => r.score);
      push(kind, scores, formatUkMonthName(month));
    }
    for (const months of [3, 6, 12, 24]) {
      const from = monthsBefore(origin, months);
      push(
        kind,
        mine.filter((r) => r.at >= from && r.at <= origin).map((r) => r.score),
        `the last ${months} months`,
      );
    }
  }
  return out;
}

function signedValue(raw: string): number {
  const neg = /^(?:minus|negative)\b|^[-−–]/.test(raw.trim());
  const n = Number(raw.replace(/[^\d.]/g, ""));
  return neg ? -n : n;
}

/** The figures a text states for NPS and CSAT, with their words. */
export function figuresSaid(written: string): { kind: FigureKind; said: string; value: number }[] {
  // Read with the learner's spelling read for meaning (learner-spelling.ts): "5 detracters" is a count
  // of detractors, not an NPS of 5 (red-team round 22 C, service-review-r22h-dyslexic-bullets).
  const readable = readableText(written);
  const text = readable.text;
  const lower = text.toLowerCase();
  const out: { kind: FigureKind; said: string; value: number }[] = [];
  for (const kind of ["nps", "csat"] as const) {
    for (const m of lower.matchAll(NAMES[kind])) {
      // One customer's own score ("Aisha gave us an NPS of 3", "Gareth's NPS was 2"), not the figure.
      const lead = text.slice(0, m.index);
      const clauseBefore = lead.slice(Math.max(lead.search(/[^.!?;\n]*$/), 0));
      if (ONE_CUSTOMER.test(clauseBefore) || possessiveName(clauseBefore)) continue;
      const from = m.index + m[0].length;
      // The clause that follows the name: up to a sentence end or the next metric named.
      let rest = lower.slice(from);
      const end = rest.search(/[.!?](?:\s|$)|\n|;/);
      if (end >= 0) rest = rest.slice(0, end);
      const next = rest.search(ANY_NAME);
      if (next >= 0) rest = rest.slice(0, next);
      for (const n of rest.matchAll(NUMBER)) {
        const percent = !!n[1];
        if (kind === "csat" ? !percent : percent) continue;
        const after = rest.slice(n.index + n[0].length);
        const before = rest.slice(0, n.index);
        if (NOT_A_FIGURE_AFTER.test(after) || DURATION_AFTER.test(after) || NOT_A_FIGURE_BEFORE.test(before))
          continue;
        const raw = n[0].replace(/\s*(%| per ?cent)$/, "");
        if (/^\d{4}$/.test(raw)) continue;
        const at = from + n.index;
        out.push({
          kind,
          said: written.slice(readable.toOriginal(at), readable.toOriginal(at + n[0].length)).trim(),
          value: signedValue(raw),
        });
      }
    }
  }
  return out;
}

/**
 * The figures a text states that the attempt's data shows for no month and no period, each with
 * what it does show for the last two months (for the feedback: both numbers).
 */
export function wrongFigures(scenario: Scenario, origin: Date, text: string): WrongFigure[] {
  const shown = shownFigures(scenario, origin);
  const out: WrongFigure[] = [];
  for (const f of figuresSaid(text)) {
    const mine = shown.filter((s) => s.kind === f.kind);
    if (mine.length === 0 || mine.some((s) => s.rounded === Math.round(f.value))) continue;
    const recent = [1, 2]
      .map((n) => formatUkMonthName(ukMonthFrom(origin, -n)))
      .map((label) => mine.find((s) => s.label === label))
      .filter((s): s is Shown => !!s)
      .map((s) => `${f.kind === "nps" ? formatSigned(s.rounded) : `${s.rounded}%`} for ${s.label}`);
    out.push({ ...f, shown: recent.join(" and ") || "other figures" });
  }
  return out;
}

const formatSigned = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0");
