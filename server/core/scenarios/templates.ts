/**
 * Template detection: the same (or nearly the same) text sent to several customers is a
 * mail-merge, not a personal message, however many names and product nouns are swapped in.
 * Two messages are compared after removing every customer's names, numbers, prices and codes, as
 * sets of three-word shingles (Jaccard similarity). Swapping a name and one product noun in a
 * 40-word message leaves a similarity of about 0.8; two genuinely personal messages share well
 * under 0.3.
 */
import { readableText } from "./learner-spelling";
import { normaliseText } from "./matching";

export const TEMPLATE_SIMILARITY = 0.6;
/** Shorter messages are compared too, but a few shared words ("Hi, thanks") are not a template. */
const MIN_TOKENS = 8;

export type TemplateKey = { shingles: Set<string>; tokens: number };

/**
 * Compared as the customer reads them (`readableText`): zero-width characters hidden inside words,
 * look-alike letters and misspellings do not make two copies of one mail-merge different messages.
 * Red-team round 8 B (loyalty-r8-zero-width-template: one text to three customers, each copy with
 * U+200B inside different words, decided Pass, first ran Merit with personalisation met).
 */
export function templateKey(text: string, names: readonly string[]): TemplateKey {
  let t = normaliseText(readableText(text).text);
  for (const n of names) {
    const w = normaliseText(n).trim();
    if (w.length >= 2)
      t = t.replace(new RegExp(`(?<![a-z])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![a-z])`, "g"), " ");
  }
  const tokens = t
    .replace(/[£$€]?\d[\d,.:%]*/g, " ")
    .replace(/\b[a-z]*\d+[a-z\d]*\b/g, " ")
    .split(/[^a-z']+/)
    .filter((w) => w.length > 0);
  const shingles = new Set<string>();
  for (let i = 0; i + 2 < tokens.length; i++) shingles.add(`${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]}`);
  return { shingles, tokens: tokens.length };
}

export function similarity(a: TemplateKey, b: TemplateKey): number {
  if (a.tokens < MIN_TOKENS || b.tokens < MIN_TOKENS || a.shingles.size === 0 || b.shingles.size === 0)
    return 0;
  let shared = 0;
  for (const s of a.shingles) if (b.shingles.has(s)) shared++;
  return shared / (a.shingles.size + b.shingles.size - shared);
}

export const isTemplatePair = (a: TemplateKey, b: TemplateKey) => similarity(a, b) >= TEMPLATE_SIMILARITY;

/**
 * The same message sent again to the same person: (nearly) identical, not a follow-up that reuses a
 * sentence or two. Over every playthrough's pairs of messages to one person, honest follow-ups share at
 * most 0.32 of their shingles and copies at least 0.72 (one word changed in a 27-word reply: 0.75).
 * The lead's mutation check (session 31: every model reply sent three times) ran Distinction in six
 * scenarios with nothing unneeded.
 */
export const REPEAT_SIMILARITY = 0.7;
export const isRepeatPair = (a: TemplateKey, b: TemplateKey) => similarity(a, b) >= REPEAT_SIMILARITY;
