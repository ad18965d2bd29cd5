/**
 * The shop's internal labels for a customer, said to the customer. A review sorts customers into
 * promoters, passives and detractors (NPS), a retention report into churn risks and segments, and the
 * team talks of "closing the loop" with them; none of that is the customer's language. "As one of our
 * detractors, I am closing the loop personally with you" tells her which box she was put in instead of
 * saying sorry for her late parcel (session 49, tutor 11's monthly-service-review-t11-parrot, decided
 * Fail, first ran Pass with plain English met). Read as jargon in a message to a customer
 * (judgement-criteria.ts `evalPlainEnglish`), as the analyser's internal acronyms ("NPS", "CRM") are.
 *
 * Read narrowly: the NPS group nouns ("detractor", "promoter", "passives"), churn
 * ("churn risk", "you churned"), closing the (feedback) loop, and a lifecycle stage called a segment
 * or cohort ("the lapsed segment", "our win-back cohort"). Not read: "your subscription has lapsed",
 * "our loyalty scheme" (the customer's own words for things they use).
 */
import { readableText } from "./learner-spelling";

export type InternalLabel = { text: string; start: number; end: number };

const LABELS = new RegExp(
  [
    String.raw`\bdetractors?\b`,
    String.raw`\bpromoters?\b`,
    String.raw`\bpassives\b`,
    String.raw`\bchurn(?:ed|ing|\s+risks?)?\b`,
    String.raw`\bclos(?:e|es|ed|ing)\s+(?:the\s+|this\s+|that\s+)?(?:feedback\s+)?loop\b`,
    String.raw`\b(?:at[\s-]risk|lapsed|loyalty|win[\s-]?back|onboarding|engagement|dormant)\s+(?:customer\s+)?(?:segment|cohort|bucket)s?\b`,
  ].join("|"),
  "gi",
);

/** The internal labels a message to a customer uses, in the learner's own words and places. */
export function internalLabelsIn(text: string): InternalLabel[] {
  // Read with the learner's spelling read for meaning: "detracter" is the same label.
  const readable = readableText(text);
  const out: InternalLabel[] = [];
  for (const m of readable.text.matchAll(LABELS)) {
    const start = readable.toOriginal(m.index);
    const end = readable.toOriginal(m.index + m[0].length);
    out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}
