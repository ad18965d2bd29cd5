/**
 * The customer's own words, quoted (session 47). A note that records what she said ("Customer said 'I'm sick of being
 * fobbed off'", "Caller called me 'a brainless robot'", "Customer's words: 'You lot are useless'") or a reply that
 * quotes her back to herself ("You wrote 'useless company'") is a record of her words, not the learner's remark: an
 * independent writer's 100 honest lines (set 32) had 5 accused for words inside quotation marks.
 *
 * Only a quotation given to someone other than the learner's side counts: a speaker (the customer, caller, client, she,
 * he, they, you, a capitalised name, Mr/Mrs …) with a verb of saying, or "her words", "in his words", "quote". "I said",
 * "we told you", "my manager said", "as they say" do not: a learner cannot launder a remark of their own through
 * quotation marks. Scare quotes round one word (‘your "faulty" kettle’) have no speaker and are read as before.
 */

/** A verb of saying, after its speaker. */
const SAYING = String.raw`(?:said|says|saying|asked|asks|shouted|yelled|screamed|swore|wrote|writes|replied|replies|added|complained|claimed|insisted|posted|put\s+it|kept\s+saying|went|goes|called\s+(?:me|us|it|this|the\s+\w+|our\s+\w+|my\s+\w+)|told\s+(?:me|us)(?:\s+that)?)`;

/** Who may be quoted: anyone but the learner's side. Names are capitalised (no `i` flag on this pattern). */
const SPEAKER = String.raw`(?:(?:[Tt]he\s+)?(?:[Cc]ustomer|[Cc]ust|[Cc]aller|[Cc]lient|[Rr]eviewer)|[Ss]he|[Hh]e|[Tt]hey|[Yy]ou|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][A-Za-z'-]+|(?!(?:I|We|My|Our|As|Manager|Boss|Team|Supervisor|Colleague|Lead|Staff|Agent|Everyone|Someone|Somebody|Nobody|People|Whoever)\b)[A-Z][a-z'-]+)`;

/** "Customer said '", "Caller then called me '", "Her words were: '", "In his words, '", "Quote: '". */
const OPENING = new RegExp(
  String.raw`(?<!\b(?:[Aa]s|[Mm]y|[Oo]ur)\s)\b(?:${SPEAKER}(?:\s+(?:then|also|just|again|literally|actually|even|kept|\w+ly))?\s+${SAYING}|${SPEAKER}\s[^.!?'"\n]{0,60}?(?:,|\band)\s+(?:then\s+)?${SAYING}|(?:[Cc]ustomer's|[Cc]ust's|[Cc]aller's|[Cc]lient's|[Hh]er|[Hh]is|[Tt]heir|[Yy]our)\s+(?:own\s+|exact\s+)?words(?:\s+were)?|[Ii]n\s+(?:her|his|their|your)\s+(?:own\s+)?words|[Qq]uote)\s*[:,]?\s*(["'])`,
  "g",
);

const MAY_OPEN = /(?:^|[\s:,])["'](?=\S)/;

/** The longest quotation read as one (a pasted wall in quotation marks is not a quotation). */
const MAX_QUOTE = 400;

export interface QuotedSpan {
  /** Offsets into the text, `[start, end)`, quotation marks included. */
  start: number;
  end: number;
}

/**
 * Whether a respect span is the customer's quoted words: a rule's span inside a quotation, or the model's (read from
 * a whole sentence) touching one.
 */
export function withinQuote(
  quoted: readonly QuotedSpan[],
  span: { start: number; end: number; rules: readonly string[] },
): boolean {
  const modelOnly = span.rules.every((r) => r.startsWith("model."));
  return quoted.some((q) =>
    modelOnly ? q.start < span.end && span.start < q.end : q.start <= span.start && span.end <= q.end,
  );
}

/** Where a single quotation mark closes: a mark after a non-space that is not inside a word ("I'm", "don't"). */
function closingSingle(text: string, from: number): number {
  for (let i = from; i < text.length && i - from <= MAX_QUOTE; i++) {
    if (text[i] !== "'") continue;
    const before = text[i - 1] ?? " ";
    const after = text[i + 1] ?? " ";
    if (/\s/.test(before)) continue;
    if (/[A-Za-z0-9]/.test(after)) continue;
    return i;
  }
  return -1;
}

/** Where a double quotation mark closes, within MAX_QUOTE characters (bounded, so many openings stay linear). */
function closingDouble(text: string, from: number): number {
  const at = text.slice(from, from + MAX_QUOTE + 1).indexOf('"');
  return at < 0 ? -1 : from + at;
}

/** The quotations in `text` (normalised: straight quotation marks) given to the customer or another speaker. */
export function attributedQuotes(text: string): QuotedSpan[] {
  // most replies have apostrophes and no quotation: an opening mark (after a space or colon, before a word) first
  if (!MAY_OPEN.test(text)) return [];
  const out: QuotedSpan[] = [];
  OPENING.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OPENING.exec(text)) !== null) {
    const open = m.index + m[0].length - 1;
    const mark = m[1];
    const close = mark === '"' ? closingDouble(text, open + 1) : closingSingle(text, open + 1);
    if (close < 0) continue;
    out.push({ start: open, end: close + 1 });
    OPENING.lastIndex = close + 1;
  }
  return out;
}
