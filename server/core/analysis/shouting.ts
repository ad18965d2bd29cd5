/**
 * Shouting: words to a customer written in capital letters. Ordinary UK written-service guidance
 * reads a sentence in capitals ("I HAVE ALREADY TOLD YOU THE REFUND IS ON ITS WAY") as shouting; the
 * scenario marker treats it as a respect concern (scenarios/judgement-criteria.ts `evalRespect`).
 *
 * What is shouting: a run of four or more all-capital words of two letters or more, on one line,
 * at least two of them everyday words (I, YOU, THE, IS, HAVE, NOT…). Acronyms and codes are not:
 * "PECR", "CRA", "UK GDPR", "ORD-10234", "SKU AK-17", "DAVID15" (a word with a digit in it is neither
 * capitals nor lower case, so a code inside a shouted sentence neither breaks nor makes the run).
 * Nor are a single emphasised word ("this is NOT acceptable"), three ("PLEASE DO NOT throw it away"),
 * a heading of names and nouns ("RETURNS AND REFUNDS POLICY", "HEARTH & BEAN CUSTOMER TEAM"), or a short
 * first line with no full stop that heads the message ("YOUR ORDER IS ON ITS WAY" above the letter)
 * or a "Subject:" / "Re:" line. A message's own subject field is not read at all.
 */

/** Everyday words that make a run of capitals a sentence rather than a heading or a list of acronyms. */
const EVERYDAY = new Set(
  (
    "I I'M I'VE I'LL I'D YOU YOU'RE YOU'VE YOU'LL YOUR YOURS WE WE'RE WE'VE WE'LL OUR US ME MY IT IT'S ITS " +
    "THEY THEIR HE SHE HIS HER THE A AN IS ARE WAS WERE BE BEEN BEING AM HAVE HAS HAD DO DOES DID DON'T " +
    "DOESN'T DIDN'T CAN'T WON'T ISN'T AREN'T WASN'T HAVEN'T NOT NO YES TO OF IN ON AT FOR WITH FROM BY AS " +
    "AND OR BUT IF SO THEN THAN THIS THAT THESE THOSE THERE HERE WHAT WHY HOW WHEN WHO WILL WOULD CAN " +
    "COULD SHOULD MUST ALREADY PLEASE AGAIN JUST ALL ANY ONLY NOW STILL EVER NEVER TOLD SAID GET GOT"
  ).split(" "),
);

export type ShoutSpan = { start: number; end: number; text: string };

type Token = { start: number; end: number; kind: "caps" | "lower" | "neutral"; word: string };

function tokensOf(line: string, offset: number): Token[] {
  const out: Token[] = [];
  for (const m of line.matchAll(/\S+/g)) {
    const raw = m[0];
    // Letters and apostrophes only, edges of punctuation trimmed ("YOU.", "(PLEASE", "WAY!").
    const word = raw.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, "").replace(/’/g, "'");
    const start = offset + (m.index ?? 0) + raw.indexOf(word.charAt(0) || raw.charAt(0));
    let kind: Token["kind"] = "neutral";
    if (/\p{Ll}/u.test(word)) kind = "lower";
    else if (!/\d/.test(word) && /^\p{Lu}[\p{Lu}']*$/u.test(word)) kind = "caps";
    out.push({ start, end: start + word.length, kind, word });
  }
  return out;
}

/** Where a text shouts (runs of capitals that read as a sentence), as spans of the original text. */
export function shoutedSpans(text: string): ShoutSpan[] {
  const out: ShoutSpan[] = [];
  let offset = 0;
  const lines = text.split("\n");
  const firstContent = lines.findIndex((l) => l.trim() !== "");
  for (const [i, line] of lines.entries()) {
    const here = offset;
    offset += line.length + 1;
    const trimmed = line.trim();
    if (/^(?:subject|re|fwd?)\s*:/i.test(trimmed)) continue;
    const tokens = tokensOf(line, here);
    // A short first line with no full stop, above the message, is a heading.
    const moreBelow = lines.slice(i + 1).some((l) => l.trim() !== "");
    if (i === firstContent && moreBelow && tokens.length <= 8 && !/[.!?]$/.test(trimmed)) continue;
    let run: Token[] = [];
    const close = () => {
      const words = run.filter((t) => t.kind === "caps" && t.word.replace(/'/g, "").length >= 2);
      const everyday = run.filter((t) => t.kind === "caps" && EVERYDAY.has(t.word));
      if (words.length >= 4 && everyday.length >= 2) {
        const caps = run.filter((t) => t.kind === "caps");
        const start = caps[0]!.start;
        const end = caps.at(-1)!.end;
        out.push({ start, end, text: text.slice(start, end) });
      }
      run = [];
    };
    for (const t of tokens) {
      if (t.kind === "lower") close();
      else run.push(t);
    }
    close();
  }
  return out;
}
