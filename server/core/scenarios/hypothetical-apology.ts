/**
 * Sorrow about a hypothesis, not an apology: "I'd be sorry to think that was what put you off us"
 * (red-team round 27 B, win-back-r27-sorry-to-think). The learner imagines being sorry if something
 * were so ("I'd be sorry to think / hear / learn…", "I would be sorry if…", "we'd hate to think…"), so
 * nothing that happened to the customer is owned or apologised for: the guide's non-apology row (regret
 * whose object is moved away from our failure). An apology in the same message for what did happen
 * ("I'm sorry your mugs were late") still counts; only a message whose every apology is hypothetical
 * loses the step.
 *
 * Read a sentence at a time: a conditional first person ("I'd", "I would", "we'd", "we would") + be
 * sorry / sad / hate + to think, hear, learn, find or if / that. Not read: an offer ("I'd be happy to…",
 * "I'd like to say sorry"), a present apology ("I'm sorry to hear…", "I am sorry that…"), a question.
 */

export type HypotheticalApology = { start: number; end: number; text: string };

const HYPOTHETICAL =
  /\b(?:i['\u2019]d|i\s+would|we['\u2019]d|we\s+would)\s+(?:(?:really|truly|so|be\s+very|be\s+so|be\s+really|hate|be)\s+)?(?:sorry|sad|saddened|upset|hate)\s+(?:to\s+(?:think|hear|learn|find\s+out|find|discover|know)|if|that|should)\b/i;

/** Each sentence whose sorrow is only imagined, with its words. */
export function hypotheticalApologies(text: string): HypotheticalApology[] {
  const out: HypotheticalApology[] = [];
  for (const m of text.matchAll(/[^.!?\n]+[.!?]?/g)) {
    const s = m[0];
    if (/\?\s*$/.test(s)) continue;
    const hit = HYPOTHETICAL.exec(s);
    if (!hit) continue;
    const at = (m.index ?? 0) + hit.index;
    out.push({ start: at, end: at + hit[0].length, text: hit[0] });
  }
  return out;
}
