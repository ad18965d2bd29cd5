/**
 * The tutor's review list (fifteenth pass, session 43): remarks about the customer that the marker did NOT judge but
 * that the learned respect model (respect-model.ts) reads as possibly disrespectful, for a tutor to read and decide.
 * It marks nothing and changes no band: a sentence the marker already judged (a blame, dismissive or calm_down span) is
 * not listed again. The threshold (`reviewThreshold`) was chosen by cross-validation to list at most a tenth of the
 * honest look-alikes and a fiftieth of ordinary honest sentences: a list to read, not a verdict. Shown only to the
 * tutor, only once the attempt is submitted (respect-review-list.ts in scenarios; issue 8 item 9).
 */
import { analyseMessage } from "./analyse-message";
import { IS_RESPECT_BREACH } from "./label-names";
import { respectReviewScores } from "./respect-model";
import { normaliseText, splitSentences } from "./segment";

export interface ReviewRemark {
  /** Offsets into the text given, `[start, end)`; `text === given.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** The model's probability that the sentence is disrespectful. */
  p: number;
  /** What the model read ("the learned respect model reads it as possibly …"). */
  reading: string;
  /** For the tutor: that the marker did not judge it, and what the model read. */
  why: string;
}

/**
 * The sentences of `text` worth a tutor's look for respect that the marker did not judge, most likely first.
 * `judged`: the spans the marker counted against respect in this text (offsets into `text`); when not given, the
 * analyser's respect spans with no context.
 */
export function remarksForReview(
  text: string,
  judged?: readonly { start: number; end: number }[],
): ReviewRemark[] {
  if (typeof text !== "string" || text.trim() === "") return [];
  const counted = judged ?? analyseMessage(text).spans.filter((s) => IS_RESPECT_BREACH.has(s.label));
  const norm = normaliseText(text);
  const lower = norm.toLowerCase();
  const sentences = splitSentences(norm).filter(
    (s) => !counted.some((j) => j.start < s.end && j.end > s.start),
  );
  return respectReviewScores(lower, sentences)
    .map((r) => ({ ...r, text: text.slice(r.start, r.end), why: `Not judged by the marker; ${r.reading}` }))
    .sort((a, b) => b.p - a.p || a.start - b.start);
}
