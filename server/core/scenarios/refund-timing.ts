/**
 * A refund's timing told to the customer beyond what the law allows (red-team round 15 A): "By law we
 * have 30 days to process a refund, so please allow up to 30 days for the money to reach your account."
 * The Consumer Rights Act 2015 s.20(15) says the trader must give the refund without undue delay and in
 * any event within 14 days beginning with the day the trader agrees the consumer is entitled to it (the
 * short-term and final rights to reject alike: both are rights to reject under s.20, s.20(1)-(2), (4),
 * (7); a price reduction's refund too, s.24(3)). Told "up to 30 days" or "a month", the customer is told
 * the law gives the shop longer than it does: the remedy is right, the law told about it is not.
 *
 * Read a sentence at a time: a sentence about the refund being paid (refund / money back / reimburse
 * with process, pay, reach, arrive, show, clear, come through, "back to you"…) that gives a period longer
 * than the limit after "within", "up to", "allow", "take(s)", "have", "got", "in". Not a period that
 * dates something else ("delivered less than 30 days ago", "within 30 days of delivery", "you have 30 days
 * to reject it"), a question, a negation ("it won't take 30 days"), or quoted words. A sentence that
 * names no refund but begins "It / This / That can, will, may, takes…" is read when the sentence before
 * named the refund (red-team round 21 C: "…a full refund of £44.99 to your card. It can take up to 30
 * days to go back on your card."). Nor the customer's
 * standing: "you are (still) within 30 days, so you can have a full refund" says where she stands in the
 * right to reject (s.22(3)), not how long the refund takes (red-team round 16 A,
 * complaint-r16-thanks-first-plain: an honest reply capped at Merit by it).
 */
import { splitSentences } from "./case-evidence";
import { clauseAfter, clauseBefore } from "./clauses";
import { readableText, spansToOriginal } from "./learner-spelling";
import { quotedSpans } from "./quotations";
import { addUkDays, type UkDate } from "./dates";
import { NUMBER_WORDS, writtenDates } from "./written-dates";

// Session 41 (fresh set): a sum said to come back ("the £449.99 back on your Visa") is the refund too.
const REFUND = /\b(?:refund\w*|money\s+back|reimburs\w*|the\s+money|your\s+money)\b|£\s?\d[\d.,]*\s+back\b/i;
// Session 41: "go out", "see it on your card", "hit your account" (red-team round 26 A, returns-r26-quarterly-run).
const PAID =
  /\b(?:process\w*|pay\w*|paid|reach\w*|arriv\w*|show\w*|clear\w*|land\w*|come\s+through|go\s+through|go(?:es)?\s+out|went\s+out|see\s+(?:it|that|this|the\s+money|your\s+money)|hits?\s+your|be\s+(?:in|on|with)\s+(?:your|you)\b|back\s+(?:to|with|in|on)\s+(?:you|your)|get\s+(?:it|a\s+refund|the\s+refund|your\s+refund|the\s+money|your\s+money)\s+back|refund\s+you|issue\w*|return\w*\s+(?:it|the\s+money))\b/i;
const WORDS = Object.keys(NUMBER_WORDS).join("|");
const PERIOD = new RegExp(
  String.raw`\b(?:within|up\s+to|allow(?:\s+up\s+to)?|take\w*(?:\s+up\s+to)?|have|has|got|in)\s+(?:up\s+to\s+)?(\d{1,3}|an?|${WORDS})(?:[- ](one|two|three|four|five|six|seven|eight|nine))?\s+(working\s+|business\s+|calendar\s+)?(days?|weeks?|months?)\b(?!\s+(?:ago|since|of|after|from)\b)`,
  "gi",
);
const NEGATED = /\b(?:not|never|no)\b|n't\b/i;
/**
 * A sentence whose subject points back at the refund the sentence before named ("It can take up to 30
 * days to go back on your card", "This may take a month to show"): read as about the refund.
 */
const REFUND_AGAIN =
  /^\W*(?:it|this|that)(?:['\u2019](?:s|ll|d)|\s+(?:can|could|may|might|will|would|should|is|does|takes?))\b/i;
/** "You are / you're / it's / it is (still, well…)" just before "within": a state, not a duration. */
const STANDING =
  /\b(?:you|it|this|that|we|she|he|they)(?:['\u2019](?:re|s)|\s+(?:are|is|was|were|be|being))(?:\s+(?:still|well|only|just|comfortably|safely|now|definitely))*\s+$/i;

/**
 * A deadline for paying the refund told as a calendar date rather than a period (red-team round 17 A,
 * complaint-r17-law-gives-until-december: "the law gives us until Saturday 12 December to get the money
 * back to you", 30 days after it was agreed): "until", "by", "before", "no later than" or "as late as",
 * perhaps with a weekday, just before a written date. Its days are counted from the day of the message
 * (the day the refund is agreed, day 1 of the 14: CRA 2015 s.20(15) "beginning with the day").
 */
/*
 * Or when it will come, said as an estimate or a floor (red-team round 21 A, complaint-r21-month-end-batch:
 * "Our accounts team pay all refunds out together in one run at the end of each month, so it'll reach your
 * Visa debit card around the 30th", 18 days after it was agreed): a refund held for our own pay run is the
 * undue delay s.20(15) forbids, however it is worded.
 */
// Session 41: or when in the calendar it comes ("lands in mid-December", "some time in January", "in the new
// year", "during January", "from the beginning of January"; red-team round 26 A, returns-r26-quarterly-run:
// "…go out with the finance team's quarterly run, so you'll see it on your Mastercard in early January").
const DATE_DEADLINE =
  /\b(?:until|till|by|before|no\s+later\s+than|as\s+late\s+as|up\s+to|around|about|roughly|approximately|on\s+or\s+(?:around|about|after)|not\s+(?:before|until)|no\s+sooner\s+than|in|during|from)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:the\s+)?$/i;
const MAX_DATE_GAP = 40;

/**
 * A deadline told as a part of a month rather than a day (red-team round 18 A,
 * complaint-r18-middle-of-next-month: "we legally have until the middle of next month to get the money
 * back to you", said on 12 November): "the start / beginning / middle / end of next month", "mid-" or
 * "late December", "by the end of the month", or a month on its own after "until" or "by" ("until
 * December"). Read as the soonest day the words may mean (the 1st for a start or a month alone, the
 * 10th for a middle, the 21st for "late", the last week for an end), so only a deadline beyond the
 * limit on every reading counts. "This month" or "the month" on its own names no day.
 */
const MONTH_NAMES =
  "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
const MONTH_PART = new RegExp(
  String.raw`\b(?:(start|beginning|middle|end)\s+of\s+(?:the\s+)?|(early|mid|late)[-\s]+)?(next\s+month|this\s+month|the\s+month|month|(?:the\s+)?new\s+year|${MONTH_NAMES})\b`,
  "gi",
);
/** "Well before the end of next month" says it will come sooner, not that the law allows until then. */
const SOONER = /\b(?:well|long|way|much|comfortably|a\s+long\s+time)\s+$/i;
function monthPartDays(sentence: string, sentOn: UkDate): { start: number; end: number; day: UkDate }[] {
  const out: { start: number; end: number; day: UkDate }[] = [];
  const [y, m] = sentOn.split("-").map(Number) as [number, number];
  for (const hit of sentence.matchAll(MONTH_PART)) {
    const part = (hit[1] ?? hit[2] ?? "").toLowerCase();
    const which = hit[3]!.toLowerCase().replace(/\s+/g, " ");
    let year = y;
    let month: number;
    if (which === "next month") month = m + 1;
    // "the new year": the 1st of January next (session 41).
    else if (/new year$/.test(which)) {
      month = 1;
      year++;
    } else if (which === "this month" || which === "the month" || which === "month") {
      if (!part || which === "month") continue;
      month = m;
    } else {
      // "May" alone is far more often the verb; with a part ("mid-May") it is the month.
      if (!part && which === "may") continue;
      month = MONTH_NAMES.split("|").findIndex((n) => n.slice(0, 3) === which.slice(0, 3)) + 1;
      if (month < m) year++;
    }
    if (month > 12) {
      month -= 12;
      year++;
    }
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const day =
      part === "middle" || part === "mid" ? 10 : part === "late" ? 21 : part === "end" ? last - 6 : 1;
    const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    out.push({ start: hit.index, end: hit.index + hit[0].length, day: date });
  }
  return out;
}

function dateDeadlines(sentence: string, sentOn: UkDate): { index: number; end: number; days: number }[] {
  const out: { index: number; end: number; days: number }[] = [];
  const found: { start: number; end: number; days: UkDate[]; part?: boolean }[] = [];
  for (const d of writtenDates(sentence.toLowerCase(), sentOn)) if ("days" in d) found.push(d);
  for (const d of monthPartDays(sentence, sentOn))
    if (!found.some((f) => f.start < d.end && d.start < f.end))
      found.push({ start: d.start, end: d.end, days: [d.day], part: true });
  for (const d of found) {
    const lead = DATE_DEADLINE.exec(sentence.slice(Math.max(0, d.start - MAX_DATE_GAP), d.start));
    if (!lead) continue;
    if (d.part && SOONER.test(sentence.slice(0, d.start - lead[0].length))) continue;
    // The date is the refund's only if its own clause names the refund ("…; your new kettle arrives by
    // 12 December" dates the kettle), or says "it" reaches her in a sentence whose refund comes first with
    // nothing else named in between ("…pay all refunds out… at the end of each month, so it'll reach your
    // card around the 30th").
    const clause = `${clauseBefore(sentence, d.start)} ${clauseAfter(sentence, d.end)}`;
    if (!REFUND.test(clause) && !refundAsIt(sentence, clause, d.start)) continue;
    // The soonest day it may mean ("the 12th": this month's or next), counted from the message's day.
    const day = [...d.days].sort()[0]!;
    let n = 1;
    while (addUkDays(sentOn, n) <= day && n < 400) n++;
    out.push({ index: d.start - lead[0].length, end: d.end, days: n });
  }
  return out;
}

/** "It" paid to her ("it'll reach your card", "it should show"), standing for the refund named before it. */
// Session 41: or seen there ("you'll see it on your card"), or the run it goes in ("our next batch, which lands…").
const IT_PAID =
  /\b(?:see|spot|notice|find)\s+(?:it|that|this)\s+(?:on|in|back)\b|\b(?:it|that|this|which|yours)(?:['\u2019]ll|\s+will|\s+should|\s+may|\s+might|\s+could|['\u2019]s\s+going\s+to|\s+is\s+going\s+to)?\s+(?:\w+\s+){0,2}?(?:reach\w*|arriv\w*|show\w*|clear\w*|land\w*|be\s+(?:in|on|back|with))\b/i;
/** Another thing the date could be for: goods, a delivery, a visit. */
const OTHER_THING =
  /\b(?:kettle|replacement|parcel|order|delivery|machine|grinder|frother|item|courier|engineer|repair|collection|new\s+one)\b/i;
function refundAsIt(sentence: string, clause: string, dateAt: number): boolean {
  if (!IT_PAID.test(clause)) return false;
  const before = sentence.slice(0, dateAt);
  let last = -1;
  for (const m of before.matchAll(new RegExp(REFUND.source, "gi"))) last = m.index + m[0].length;
  if (last < 0) return false;
  // Said to land on her card, account or statement, "it" is money whatever else was named between ("Refunds on
  // items that have been through our repair centre go out…, so you'll see it on your Mastercard in early
  // January"; session 41): goods do not arrive on a card.
  return MONEY_PLACE.test(clause) || !OTHER_THING.test(before.slice(last));
}
/** Where only money lands: her card, account, bank or statement. */
const MONEY_PLACE =
  /\b(?:on|in|into|to|reach\w*|hit\w*)\s+(?:your|her|his|the)\s+(?:\w+\s+)?(?:card|account|bank|statement|visa|mastercard|amex)\b/i;

function days(n: number, working: boolean, unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith("month")) return n * 30;
  if (u.startsWith("week")) return n * 7;
  return working ? Math.ceil((n * 7) / 5) : n;
}

/** Periods for paying a refund, longer than `maxDays`, told in a message: the words and their days. */
export function refundDelaysTold(
  written: string,
  maxDays = 14,
  sentOn?: UkDate,
): { start: number; end: number; text: string; days: number }[] {
  // Read with the learner's spelling read for meaning (learner-spelling.ts), so "Your within 30 days so you
  // can reject it" is her standing ("you're"), not a refund period (lead's mutation set 17); the words
  // quoted are the learner's own.
  const readable = readableText(written);
  return spansToOriginal(written, readable, delaysIn(readable.text, maxDays, sentOn));
}

function delaysIn(
  text: string,
  maxDays: number,
  sentOn: UkDate | undefined,
): { start: number; end: number; text: string; days: number }[] {
  const out: { start: number; end: number; text: string; days: number }[] = [];
  const quoted = quotedSpans(text);
  let refundBefore = false;
  for (const s of splitSentences(text)) {
    const sentence = text.slice(s.start, s.end);
    const namesRefund = REFUND.test(sentence);
    // "I've done a full refund of £44.99 to your card. It can take up to 30 days to go back on your
    // card": the refund named once, its timing told in the next sentence with "it" (round 21 C).
    const aboutRefund = namesRefund || (refundBefore && REFUND_AGAIN.test(sentence));
    refundBefore = namesRefund;
    if (sentence.includes("?") || !aboutRefund || !PAID.test(sentence)) continue;
    for (const m of sentence.matchAll(PERIOD)) {
      const raw = m[1]!.toLowerCase();
      const n =
        (/^\d/.test(raw) ? Number(raw) : raw === "a" || raw === "an" ? 1 : (NUMBER_WORDS[raw] ?? 0)) +
        (m[2] ? (NUMBER_WORDS[m[2].toLowerCase()] ?? 0) : 0);
      const d = days(n, !!m[3] && !/calendar/i.test(m[3]), m[4]!);
      if (d <= maxDays) continue;
      const at = s.start + m.index;
      if (quoted.some((q) => q.start <= at && at < q.end)) continue;
      if (NEGATED.test(clauseBefore(sentence, m.index))) continue;
      if (/^within/i.test(m[0]) && STANDING.test(sentence.slice(0, m.index))) continue;
      out.push({ start: at, end: at + m[0].length, text: m[0], days: d });
    }
    if (!sentOn) continue;
    for (const m of dateDeadlines(sentence, sentOn)) {
      if (m.days <= maxDays) continue;
      const at = s.start + m.index;
      if (quoted.some((q) => q.start <= at && at < q.end)) continue;
      if (NEGATED.test(clauseBefore(sentence, m.index))) continue;
      out.push({ start: at, end: s.start + m.end, text: text.slice(at, s.start + m.end), days: m.days });
    }
  }
  return out;
}
