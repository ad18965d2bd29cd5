/**
 * The clause readers shared by remedy-conditions.ts and review-incentives.ts (red-team round 20 A): a remedy
 * made to wait by a plain time or condition clause ("as soon as", "once", "the moment"…) whose own clause
 * holds a thing the law does not ask of the customer. Kept apart, with no imports, so review-incentives.ts
 * can use it without a cycle through quotations.ts and matching.ts. See remedy-conditions.ts for the rule
 * and the law.
 */

export const NEGATED_THING =
  /\b(?:no|not|don['\u2019]t|do\s+not|doesn['\u2019]t|never|needn['\u2019]t|no\s+need\s+(?:for|to\s+\w+)|without\s+needing|whether\s+or\s+not)\s+(?:\S+\s+){0,3}(?:(?:or|and|nor)\s+(?:\S+\s+){0,2})?$/i;
/**
 * The end of `text` from the start of its last `runs` runs of non-space characters (with the spaces after
 * them; spaces as `\s` reads them). A pattern anchored at the end (`$`) that can span at most `runs` such
 * runs can only match there, and the place before it is a space or the start, so a `\b` there reads the
 * same: testing the end alone gives the same answer (and `exec` the same match) as testing the whole text,
 * without the pattern being tried from every place of it. Session 48: NEGATED_THING asked of every text
 * before a thing, tried from every place, made a message of 3,990 characters of acts, remedies and link
 * words cost 0.2-0.6 s of processor (CWE-1333).
 */
export function lastRuns(text: string, runs: number): string {
  let at = text.length;
  for (let seen = 0; seen < runs && at > 0; seen++) {
    while (at > 0 && SPACE.test(text[at - 1]!)) at--;
    while (at > 0 && !SPACE.test(text[at - 1]!)) at--;
  }
  return at === 0 ? text : text.slice(at);
}
const SPACE = /\s/;

/**
 * NEGATED_THING on `before` (the words before a thing). Its match spans at most ten runs: the negation (up to
 * four: "no need to send"), three words, and "or"/"and"/"nor" with two more.
 */
export function negatedThingBefore(before: string): boolean {
  return NEGATED_THING.test(lastRuns(before, 10));
}
export const DOES_NOT_MATTER =
  /^[^.!?,;]{0,25}?\b(?:is|are)\s+(?:fine|optional|not\s+needed|not\s+necessary|not\s+required)\b|^[^.!?,;]{0,25}?\b(?:isn['\u2019]t|aren['\u2019]t)\s+(?:needed|necessary|required)\b|^[^.!?,;]{0,25}?\bdoesn['\u2019]t\s+matter\b|^\s*(?:or\s+not|if\s+you\s+(?:have|still\s+have|kept)\s+(?:it|them))\b/i;
export const CHANGE_OF_MIND =
  /\b(?:unwanted|change\s+of\s+mind|chang(?:e|ed)\s+(?:your|their)\s+mind|(?:don['\u2019]t|no\s+longer)\s+want)\b/i;
export const REPORTED =
  /\b(?:some|other|many|most)\s+(?:shops|retailers|stores|companies|sellers|traders)\b|\byou\s+(?:may|might)\s+(?:have\s+been|be)\s+told\b|\byour\s+friend\b|\bsome\s+people\b/i;

/** A time or condition clause with no "only": read only where its own clause holds the thing. */
const BARE_CONDITION =
  /\b(?:once|as\s+soon\s+as|the\s+(?:moment|minute|second|instant|day)|when(?:ever)?|after|if|upon|on\s+receipt\s+of)\b/gi;
/** A clause about what already happened is history, not a condition: "after our repair failed, you're entitled…". */
const PAST =
  /\b(?:failed|didn['\u2019]t|did\s+not|hasn['\u2019]t|has\s+not|haven['\u2019]t|have\s+not|wasn['\u2019]t|weren['\u2019]t|was|were|broke|stopped|came\s+back|went)\b/i;
/** The condition clause ends at a clause mark or a new clause of its own. */
const CLAUSE_END = /[,;:\u2013\u2014]|\s-\s|\b(?:but|so|and\s+(?:you|we|I|they|then))\b/i;
/** What the remedy looks like when it is the subject or the object. */
export const REMEDY =
  /\b(?:refund\w*|money\s+back|reimburs\w*|replac\w*|price\s+reduction|reduc\w+\s+(?:the\s+)?price|pay\s+you\s+back|on\s+(?:its|their)\s+way\s+back|(?:back|returned)\s+(?:to\s+you|to\s+your|on(?:to)?\s+your|into\s+your))\b/i;
/** The remedy said to wait for the goods to come back: "will be processed as soon as the kettle has been received back". */
export const BARE_RETURN_WAIT =
  /\b(?:refund\w*|money\s+back|reimburs\w*|replac\w*)\b(?:[^.!?]|\.\d){0,80}?\b(?:once|as\s+soon\s+as|when|after|the\s+moment)\b[^.!?]{0,60}?\b(?:received|back|returned|arrived|arrives|gets\s+to\s+us|reaches\s+us)\b/i;
/** Between the remedy and its condition: nothing that starts another clause. */
const NEW_CLAUSE = /[;:\u2013\u2014]|\b(?:and|but|so|also|then|meanwhile)\b/i;
/** A choice left to the customer is no condition on the remedy. */
const CHOICE =
  /^\s*(?:you\s+(?:still\s+)?(?:have|kept|keep|want|wish|prefer|like|choose|fancy|feel\s+like|are\s+happy|['\u2019]re\s+happy|happen\s+to)|you['\u2019]d\s+(?:like|rather|prefer)|you\s+would\s+(?:like|rather|prefer)|it\s+helps|it['\u2019]s\s+easier)\b/i;

/** A remedy made to wait by a plain time or condition clause holding one of `things` (round 20 A). */
export function bareConditionOn(
  text: string,
  s: { start: number; end: number },
  thing: RegExp,
  quoted: { start: number; end: number }[],
): { start: number; end: number; text: string } | null {
  const sentence = text.slice(s.start, s.end);
  if (REPORTED.test(sentence) || CHANGE_OF_MIND.test(sentence)) return null;
  for (const c of sentence.matchAll(BARE_CONDITION)) {
    const at = c.index!;
    const after = at + c[0].length;
    if (quoted.some((q) => q.start <= s.start + at && s.start + at < q.end)) continue;
    if (CHOICE.test(sentence.slice(after))) continue;
    const rest = sentence.slice(after);
    const clauseEnd = CLAUSE_END.exec(rest);
    const clause = rest.slice(0, clauseEnd ? clauseEnd.index : rest.length);
    if (PAST.test(clause)) continue;
    for (const t of clause.matchAll(new RegExp(thing.source, "gi"))) {
      const i = after + t.index!;
      if (negatedThingBefore(sentence.slice(after, i))) continue;
      if (DOES_NOT_MATTER.test(sentence.slice(i + t[0].length))) continue;
      const end = after + clause.length;
      // The remedy straight before the condition, or what the condition leads into.
      const before = sentence.slice(0, at);
      const lastRemedy = [...before.matchAll(new RegExp(REMEDY.source, "gi"))].pop();
      const remedyBefore =
        lastRemedy !== undefined &&
        !NEW_CLAUSE.test(before.slice(lastRemedy.index! + lastRemedy[0].length)) &&
        !/[,]/.test(before.slice(lastRemedy.index! + lastRemedy[0].length));
      const next = REMEDY.exec(sentence.slice(end));
      const remedyAfter = next !== null && !NEW_CLAUSE.test(sentence.slice(end, end + next.index));
      if (!remedyBefore && !remedyAfter) continue;
      return {
        start: s.start + at,
        end: s.start + i + t[0].length,
        text: sentence.slice(at, i + t[0].length),
      };
    }
  }
  return null;
}
