/**
 * Sums of money written in words ("eleven pounds fifty", "twelve quid", "forty-four pounds and
 * ninety-nine pence") read as the figures they stand for, so a reader that looks for "£11.50" in a
 * public reply finds the same sum however it is spelled out (red-team round 19 A,
 * review-r19-public-update-in-words: "Tom's extra eleven pounds fifty has gone back onto his Visa
 * debit", posted under his review). Digits with a word unit ("11 pounds 50") count too. Only sums with a
 * money word (pounds, quid, pence, p): "eleven fifty" alone is a time as often as a price, and "three
 * pounds of beans" is a weight.
 */
import { formatPence } from "../money";
import { NUMBER_WORDS } from "./written-dates";

const UNITS = "one|two|three|four|five|six|seven|eight|nine";
const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const BELOW_HUNDRED = `(?:(?:${TENS})(?:[- ](?:${UNITS}))?|${Object.keys(NUMBER_WORDS).join("|")})`;
// "four hundred and ninety-nine", "a hundred" (round 20 C, repeat-fault-r20h-sum-said-wrong: "four hundred
// and ninety nine pounds ninety nine" read as £99.99 without it).
const WORD = `(?:(?:${UNITS}|a)\\s+hundred(?:\\s+(?:and\\s+)?${BELOW_HUNDRED})?|${BELOW_HUNDRED}|\\d{1,4})`;
const AMOUNT = new RegExp(
  String.raw`\b(${WORD})\s+(?:pounds?\b(?!\s+of\b)|quid\b)(?:\s+(?:and\s+)?(${WORD})(?:\s*(?:pence|p)\b)?)?|\b(${WORD})\s+pence\b`,
  "gi",
);

function amountOf(words: string): number | null {
  const w = words.toLowerCase().trim().replace(/\s+/g, " ");
  if (/^\d+$/.test(w)) return Number(w);
  const hundreds = /^(\w+) hundred(?: (?:and )?(.+))?$/.exec(w);
  if (hundreds) {
    const h = hundreds[1] === "a" ? 1 : NUMBER_WORDS[hundreds[1]!];
    const rest = hundreds[2] === undefined ? 0 : amountOf(hundreds[2]);
    return h === undefined || rest === null ? null : h * 100 + rest;
  }
  const [a, b] = w.split(/[- ]/);
  const first = NUMBER_WORDS[a!];
  if (first === undefined) return null;
  if (b === undefined) return first;
  const second = NUMBER_WORDS[b];
  return second === undefined ? null : first + second;
}

/** Each sum written with a money word, as pence, with where it is and the figures it is written as. */
export function amountsInWords(
  text: string,
): { start: number; end: number; text: string; pence: number; figures: string[] }[] {
  const out: { start: number; end: number; text: string; pence: number; figures: string[] }[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    let pence: number | null;
    if (m[3] !== undefined) {
      const p = amountOf(m[3]);
      pence = p === null || p > 99 ? null : p;
    } else {
      const pounds = amountOf(m[1]!);
      const extra = m[2] === undefined ? 0 : amountOf(m[2]);
      pence = pounds === null || extra === null || extra > 99 ? null : pounds * 100 + extra;
    }
    if (pence === null) continue;
    const shown = formatPence(pence);
    const figures = [shown, shown.slice(1)];
    if (pence % 100 === 0) figures.push(`£${pence / 100}`);
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], pence, figures });
  }
  return out;
}
