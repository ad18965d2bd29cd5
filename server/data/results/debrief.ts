/**
 * The projector/print debrief of one assignment: how the class's marks spread over the bands, the
 * criteria most often missed with what the rubric teaches about each, a few anonymised examples of
 * what learners actually wrote or did for those criteria, and the scenario's model answer.
 *
 * Anonymised: examples carry no learner's name, and any learner's display name (or first name or
 * surname, accents or none) in the quoted words is replaced with "[learner]", so the page can go on a
 * projector.
 *
 * The model answer is shown only once marks are out for the whole class, so it cannot help anyone
 * still working: when the assignment holds marks, once the tutor has released them; otherwise (marks
 * go to each learner on submission) once every learner has submitted or the tutor has closed it.
 */
import { eq } from "drizzle-orm";
import type { Scope } from "@/db/store";
import type { AttemptReport } from "@/server/core/scenarios/scoring";
import type { Band } from "@/server/core/scenarios/scenario-schema";
import type { CriterionStatus } from "@/server/core/scenarios/scoring";
import { renderText } from "@/server/core/scenarios/text-templates";
import { loadReport } from "../attempts";
import { assignmentResults } from "./grid";
import { scenarioOrUndefined } from "./scope";

/** Most-missed criteria shown, and examples per criterion. */
const TOP = 5;
const EXAMPLES = 2;
const EXAMPLE_CHARS = 280;

export interface DebriefExample {
  status: CriterionStatus;
  /** The learner's own words where the evidence has them, otherwise what the marker found. */
  text: string;
  kind: "words" | "finding";
}

export interface Debrief {
  assignment: { id: number; classId: number; className: string; scenarioTitle: string; dueAt: Date | null };
  counts: { learners: number; submitted: number; inProgress: number; notStarted: number };
  averageTotal: number | null;
  bands: { band: Band; count: number; percent: number | null }[];
  mostMissed: {
    criterionId: string;
    number: number;
    shortName: string;
    title: string;
    missed: number;
    notMet: number;
    partly: number;
    /** Of `notMet`, gates judged on work never done (nobody was written to). */
    notAttempted: number;
    marked: number;
    feedback: string;
    examples: DebriefExample[];
  }[];
  /** Null until every learner has submitted (`modelAnswerWithheld` says why). */
  modelAnswer: { summary: string; steps: string[] } | null;
  modelAnswerWithheld: string | null;
}

function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Text with its accents taken off ("Zoë" → "Zoe"), as learners often type names. */
const unaccented = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");

/** The same, letter by letter and only where that keeps the length, so a match's place is the same in both. */
const foldedInPlace = (text: string) =>
  [...text]
    .map((ch) => {
      const folded = unaccented(ch);
      return folded.length === ch.length ? folded : ch;
    })
    .join("");

/**
 * A function that replaces every learner's display name, first name and surname with "[learner]":
 * whole words only, any case, with or without the name's accents (a learner signs off "Zoe" or
 * "Ms O'Brien" as often as "Zoë O'Brien", and the page goes on a projector). One regular expression for
 * the whole class (longest names first, so a full name is replaced whole before a part of it could be).
 */
export function anonymiser(names: string[]): (text: string) => string {
  const parts = new Set<string>();
  for (const n of names) {
    const full = n.trim();
    const words = full.split(/\s+/);
    const candidates = [full.length >= 2 ? full : ""];
    if (words.length > 1) candidates.push(words[0] ?? "", words.at(-1) ?? "");
    for (const part of candidates) {
      if (part.length >= 2 && (part === full || part.length >= 3))
        parts.add(foldedInPlace(part.normalize("NFC")));
    }
  }
  if (parts.size === 0) return (text) => text;
  const alternatives = [...parts].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  // Matched on the text without accents, replaced in the text as written (same length, same places).
  return (raw) => {
    const text = raw.normalize("NFC");
    let out = "";
    let from = 0;
    for (const m of foldedInPlace(text).matchAll(pattern)) {
      out += `${text.slice(from, m.index)}[learner]`;
      from = m.index + m[0].length;
    }
    return out + text.slice(from);
  };
}

export const anonymise = (text: string, names: string[]) => anonymiser(names)(text);

function clip(text: string): string {
  const t2 = text.replace(/\s+/g, " ").trim();
  return t2.length > EXAMPLE_CHARS ? `${t2.slice(0, EXAMPLE_CHARS - 1).trimEnd()}…` : t2;
}

export async function assignmentDebrief(
  scope: Scope,
  tutorId: number,
  assignmentId: number,
): Promise<Debrief> {
  const { t, db } = scope;
  const results = await assignmentResults(scope, tutorId, assignmentId);
  const { aggregates } = results;
  const hideNames = anonymiser(results.rows.map((r) => r.displayName));

  // The marked reports of the attempts the grid counts, read only as far as examples are needed.
  const reports = new Map<number, AttemptReport | null>();
  const reportOf = async (attemptId: number) => {
    if (!reports.has(attemptId)) {
      const [attempt] = await db.select().from(t.attempts).where(eq(t.attempts.id, attemptId)).limit(1);
      reports.set(attemptId, attempt ? await loadReport(scope, attempt) : null);
    }
    return reports.get(attemptId);
  };

  const shortNames = new Map(results.criteria.map((c) => [c.id, c.shortName]));
  const mostMissed: Debrief["mostMissed"] = [];
  for (const m of results.mostMissed.slice(0, TOP)) {
    const examples: DebriefExample[] = [];
    const seen = new Set<string>();
    for (const r of results.rows) {
      if (examples.length >= EXAMPLES || r.attemptId === null) continue;
      const criterion = (await reportOf(r.attemptId))?.criteria.find((c) => c.id === m.criterionId);
      if (!criterion || criterion.status === "met" || criterion.awaitingTutor) continue;
      // Nothing was written to judge, so there is nothing of the learner's to show the class.
      if (criterion.notAttempted && !criterion.override) continue;
      const words = criterion.evidence.find((e) => e.text && e.text.trim().length > 0)?.text;
      const text = clip(hideNames(words ?? criterion.detail ?? criterion.evidence[0]?.summary ?? ""));
      if (!text || seen.has(text)) continue;
      seen.add(text);
      examples.push({ status: criterion.status, text, kind: words ? "words" : "finding" });
    }
    mostMissed.push({
      criterionId: m.criterionId,
      number: m.number,
      shortName: shortNames.get(m.criterionId) ?? m.title,
      title: m.title,
      missed: m.missed,
      notMet: m.notMet,
      partly: m.partly,
      notAttempted: m.notAttempted,
      marked: m.marked,
      feedback: m.feedback,
      examples,
    });
  }

  const [terms] = await db
    .select({
      closedAt: t.assignments.closedAt,
      marksRelease: t.assignments.marksRelease,
      marksReleasedAt: t.assignments.marksReleasedAt,
    })
    .from(t.assignments)
    .where(eq(t.assignments.id, results.assignment.id))
    .limit(1);
  const everyoneSubmitted = aggregates.learners > 0 && aggregates.submitted === aggregates.learners;
  const scenario = scenarioOrUndefined(results.assignment.scenarioId);
  let modelAnswerWithheld: string | null = null;
  if (!scenario)
    modelAnswerWithheld = "This scenario is no longer available, so its model answer cannot be shown.";
  else if (terms?.marksRelease === "held") {
    if (!terms.marksReleasedAt)
      modelAnswerWithheld =
        "Marks for this assignment are being held: the model answer appears here once you release them.";
  } else if (!everyoneSubmitted && !terms?.closedAt) {
    const waiting = aggregates.learners - aggregates.submitted;
    modelAnswerWithheld = `The model answer appears here once every learner has submitted (${waiting} still to submit) or you close the assignment, so it cannot help anyone still working.`;
  }
  return {
    assignment: {
      id: results.assignment.id,
      classId: results.assignment.classId,
      className: results.assignment.className,
      scenarioTitle: results.assignment.scenarioTitle,
      dueAt: results.assignment.dueAt,
    },
    counts: {
      learners: aggregates.learners,
      submitted: aggregates.submitted,
      inProgress: aggregates.inProgress,
      notStarted: aggregates.notStarted,
    },
    averageTotal: aggregates.averageTotal,
    bands: aggregates.bands.map((b) => ({
      band: b.band,
      count: b.count,
      percent: aggregates.submitted > 0 ? Math.round((b.count / aggregates.submitted) * 100) : null,
    })),
    mostMissed,
    modelAnswer:
      scenario && !modelAnswerWithheld
        ? {
            // A class starts on different days, so months read relatively ("last month").
            summary: renderText(scenario, scenario.modelAnswer.summary),
            steps: scenario.modelAnswer.steps.map((t) => renderText(scenario, t)),
          }
        : null,
    modelAnswerWithheld,
  };
}
