/**
 * "Could I have my beans less often, or in a smaller bag?" is answered by any offer of a smaller
 * amount than the customer has now, or of deliveries further apart, in whatever words: "a 250g bag",
 * "every five or six weeks", "space your deliveries further apart", "not as often". A scenario's
 * question declares what the customer has now (`lessThan: { grams, everyDays }`) and this reads the
 * kind of answer against it, so a learner's right answer need not be one the scenario happened to list
 * (red-team round 18 B: loyalty-r18-250g-spaced-out, an honest Distinction marked Merit because "250g"
 * and "every five or six weeks" were in no list; round 17's loyalty-r17-plain-half-bags the same).
 *
 * More at a time or more often is not less: "a 2kg bag", "every two weeks" are not read (the
 * question's `wrong` list says which of those are wrong for the customer). The caller decides negation,
 * quotation and echo, as for listed answers.
 */

import { NUMBER_WORDS } from "./written-dates";

export interface LessThanNow {
  /** The pack size the customer has now, in grams (Priya: a 1kg bag). */
  grams?: number;
  /** How often it comes now, in days (Priya: every 30 days). */
  everyDays?: number;
}

const NUM = String.raw`(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)`;
// "a 250g bag", "an order every six weeks": the article counts one; other words as written-dates.ts reads them.
const toNumber = (s: string) => (s === "a" || s === "an" ? 1 : (NUMBER_WORDS[s] ?? Number(s)));

// A pack: what an amount is sent in ("a 250g bag", "250 grams at a time", "the 500g size").
const PACK = String.raw`(?:bags?|packs?|packets?|pouch(?:es)?|sizes?|tins?|option|version|ones?|at\s+a\s+time|each\s+time|a\s+time|per\s+(?:delivery|month|order))`;
// An amount said as a weight: "250g", "250 g", "250 grams", "half a kilo" is listed by scenarios.
const WEIGHT = new RegExp(
  String.raw`\b${NUM}\s*(g|grams?|gms?|kg|kgs|kilos?|kilograms?)\b(?:\s+[\w']+){0,2}?\s+${PACK}\b`,
  "g",
);
// A weight after a verb of changing to it: "drop you down to 500g", "switch you to 250 grams".
const WEIGHT_AFTER_CHANGE = new RegExp(
  String.raw`\b(?:down\s+to|drop(?:ped)?\s+(?:\w+\s+)?to|cut\s+(?:\w+\s+)?to|reduce[ds]?\s+(?:\w+\s+)?to|switch(?:ed)?\s+(?:\w+\s+)?to|change[ds]?\s+(?:\w+\s+)?to|in\s+(?:a|an)|make\s+it)\s+${NUM}\s*(g|grams?|gms?|kg|kgs|kilos?|kilograms?)\b`,
  "g",
);
// A smaller pack in words: "a small bag", "littler packs", "a lighter pouch", "a quarter-kilo bag".
const SMALLER_WORDS =
  /\b(?:smaller|small|little|littler|mini|lighter|quarter[- ]?(?:kilo|kg|size|sized))\s+(?:[\w']+\s+){0,2}?(?:bags?|packs?|packets?|pouch(?:es)?|sizes?|amounts?|quantit(?:y|ies)|portions?|tins?)\b|\b(?:less|fewer)\s+(?:coffee|beans)\s+(?:each|every|per|at\s+a)\b/g;
// Deliveries further apart, said as a comparison: "space them out", "further apart", "not as often".
const LESS_OFTEN_WORDS =
  /\b(?:spac(?:e|ed|ing)|stretch(?:ed|ing)?|spread(?:ing)?)\s+(?:[\w']+\s+){0,4}?(?:out|apart)\b|\b(?:further|farther|more\s+widely)\s+apart\b|\b(?:less|not\s+as|not\s+so)\s+(?:often|frequent(?:ly)?|regular(?:ly)?)\b|\bfewer\s+(?:deliveries|bags|orders|parcels)\b|\b(?:longer|bigger|wider)\s+(?:gaps?|breaks?)\s+between\b|\bskip\s+(?:a|the\s+odd|every\s+other|alternate)\s+(?:month|delivery|bag|order)\b/g;
// An interval said as a number: "every five or six weeks", "once every 2 months", "each 6 weeks".
const INTERVAL = new RegExp(
  String.raw`\b(?:every|each|once\s+every|once\s+each)\s+${NUM}(?:\s*(?:or|to|-|–)\s*${NUM})?\s+(days?|weeks?|months?)\b`,
  "g",
);
const EVERY_OTHER =
  /\b(?:every|each)\s+(?:other|second|alternate)\s+month\b|\bevery\s+month\s+and\s+a\s+half\b|\bbi-?monthly\b/g;

const DAYS_PER: Record<string, number> = { day: 1, week: 7, month: 30 };

/** Where `norm` (a normalised sentence) offers less than the customer has now, or null. */
export function lessThanNowIn(norm: string, now: LessThanNow): { start: number; end: number } | null {
  const found: { start: number; end: number }[] = [];
  const add = (m: RegExpExecArray) => found.push({ start: m.index, end: m.index + m[0].length });
  if (now.grams !== undefined) {
    for (const re of [WEIGHT, WEIGHT_AFTER_CHANGE]) {
      for (const m of norm.matchAll(re)) {
        const unit = m[2] ?? "";
        const grams = toNumber(m[1] ?? "") * (/^k/.test(unit) ? 1000 : 1);
        if (grams > 0 && grams < now.grams) add(m as RegExpExecArray);
      }
    }
    for (const m of norm.matchAll(SMALLER_WORDS)) add(m as RegExpExecArray);
  }
  if (now.everyDays !== undefined) {
    for (const m of norm.matchAll(INTERVAL)) {
      const unit = (m[3] ?? "").replace(/s$/, "");
      // "every five or six weeks": the shorter of the two must already be further apart than now.
      const days = toNumber(m[1] ?? "") * (DAYS_PER[unit] ?? 0);
      if (days > now.everyDays) add(m as RegExpExecArray);
    }
    for (const m of norm.matchAll(EVERY_OTHER)) add(m as RegExpExecArray);
    for (const m of norm.matchAll(LESS_OFTEN_WORDS)) add(m as RegExpExecArray);
  }
  found.sort((a, b) => a.start - b.start);
  return found[0] ?? null;
}
