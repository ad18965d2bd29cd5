/**
 * Text preparation for the message analyser: a same-length normalised copy of the text, sentence
 * boundaries and clause boundaries, all as character offsets into the ORIGINAL text.
 * Pure functions, no dependencies.
 */

/** Characters replaced one-for-one so that offsets never move. */
const SAME_LENGTH_REPLACEMENTS: Record<string, string> = {
  "\u2018": "'", // ‘
  "\u2019": "'", // ’
  "\u201A": "'", // ‚
  "\u201B": "'", // ‛
  "\u02BC": "'", // ʼ
  "\u2032": "'", // ′
  "`": "'",
  "\u00B4": "'", // ´
  "\u201C": '"', // “
  "\u201D": '"', // ”
  "\u201E": '"', // „
  "\u2033": '"', // ″
  "\u2010": "-", // hyphen
  "\u2011": "-", // non-breaking hyphen
  "\u2012": "-", // figure dash
  "\u2013": "-", // en dash
  "\u2014": "-", // em dash
  "\u2015": "-", // horizontal bar
  "\u2212": "-", // minus sign
  "\u00A0": " ", // no-break space
  "\u2007": " ",
  "\u202F": " ",
  "\u2009": " ", // thin space
  "\u200A": " ",
  "\t": " ",
};
const REPLACEABLE =
  /[\u2018\u2019\u201A\u201B\u02BC\u2032`\u00B4\u201C\u201D\u201E\u2033\u2010-\u2015\u2212\u00A0\u2007\u202F\u2009\u200A\t]/g;

/**
 * Returns a copy of `text` with curly quotes, dashes and odd spaces replaced by plain ASCII, one
 * UTF-16 code unit for one, so `normalised.length === text.length` and offsets are shared.
 * Case is kept (rules use the `i` flag where case does not matter; acronyms and names are
 * case-sensitive).
 */
export function normaliseText(text: string): string {
  return text.replace(REPLACEABLE, (ch) => SAME_LENGTH_REPLACEMENTS[ch] ?? ch);
}

export interface Sentence {
  /** Offset of the first non-space character. */
  start: number;
  /** Offset just after the last non-space character (includes the closing punctuation). */
  end: number;
  /** True when the sentence ends with '?' or opens like a question ("Could you ...", "What did ..."). */
  isQuestion: boolean;
}

/** Words that end with '.' without ending a sentence. */
const TITLE_ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "mx",
  "dr",
  "prof",
  "st",
  "sr",
  "jr",
  "rev",
  "capt",
  "approx",
  "dept",
  "tel",
  "ref",
  "vs",
  "cf",
]);

const INTERROGATIVE_OPENING =
  /^(?:(?:could|can|would|will|do|does|did|have|has|is|are|was|were|shall|should|may|might)\s+(?:you|i|we|it|the|your|this|that|there|they|he|she|my|our)\b|(?:what|when|where|which|who|whom|whose|how|why)\s+(?:is|are|was|were|do|does|did|can|could|would|will|should|shall|has|have|long|often|much|many|soon|exactly)\b)/i;

function isAbbreviationDot(norm: string, dotIndex: number): boolean {
  // The word immediately before the dot.
  let i = dotIndex - 1;
  while (i >= 0 && /[A-Za-z]/.test(norm[i] ?? "")) i--;
  const word = norm.slice(i + 1, dotIndex).toLowerCase();
  if (word === "") return /\d/.test(norm[dotIndex - 1] ?? "") && /\d/.test(norm[dotIndex + 1] ?? "");
  if (TITLE_ABBREVIATIONS.has(word)) return true;
  // e.g. / i.e. / a.m. / p.m.: a single letter preceded by "x."
  if (word.length === 1 && norm[i] === ".") return true;
  // "No. 5", "s. 24"
  if (
    (word === "no" || word === "s" || word === "ss") &&
    /^\s*[#\d]/.test(norm.slice(dotIndex + 1, dotIndex + 4))
  )
    return true;
  // "etc." followed by a lower-case word continues the sentence
  if (word === "etc" && /^\s+[a-z]/.test(norm.slice(dotIndex + 1, dotIndex + 3))) return true;
  return false;
}

/** Whitespace test without a regex (hot path). */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000
  );
}

function trimBounds(norm: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(norm.charCodeAt(start))) start++;
  while (end > start && isSpace(norm.charCodeAt(end - 1))) end--;
  return [start, end];
}

function lastVisibleChar(norm: string, start: number, end: number): string {
  // Skip closing quotes/brackets and emoji/symbols after the final punctuation mark.
  for (let i = end - 1; i >= start; i--) {
    const ch = norm[i] ?? "";
    if (/[.!?]/.test(ch)) return ch;
    if (/[A-Za-z0-9]/.test(ch)) return ch;
  }
  return "";
}

/**
 * Splits into sentences on ., ! and ? (followed by a space or the end) and on line breaks.
 * Abbreviations such as "Mr.", "e.g.", "No. 5" and decimals such as "1.7L" do not split.
 */
export function splitSentences(norm: string): Sentence[] {
  const sentences: Sentence[] = [];
  const n = norm.length;
  let segStart = 0;
  const push = (s: number, e: number) => {
    const [a, b] = trimBounds(norm, s, e);
    if (b <= a) return;
    const body = norm.slice(a, b);
    const isQuestion =
      lastVisibleChar(norm, a, b) === "?" || (INTERROGATIVE_OPENING.test(body) && !body.endsWith("!"));
    sentences.push({ start: a, end: b, isQuestion });
  };
  for (let i = 0; i < n; i++) {
    const code = norm.charCodeAt(i);
    if (code === 10 || code === 13) {
      push(segStart, i);
      segStart = i + 1;
      continue;
    }
    if (code === 46 || code === 33 || code === 63) {
      // . ! ?
      const ch = norm[i];
      let j = i;
      while (j < n && (norm[j] === "." || norm[j] === "!" || norm[j] === "?")) j++;
      while (j < n && (norm[j] === '"' || norm[j] === "'" || norm[j] === ")" || norm[j] === "]")) j++;
      const atBoundary = j >= n || isSpace(norm.charCodeAt(j));
      if (atBoundary && !(ch === "." && j === i + 1 && isAbbreviationDot(norm, i))) {
        push(segStart, j);
        segStart = j;
      }
      i = j - 1;
    }
  }
  push(segStart, n);
  return sentences;
}

/**
 * Clause boundaries, used to scope negation ("I can't refund you, but I can repair it": the
 * "can't" does not reach "repair") and for rules that must open a clause.
 * A clause starts after , ; : ( ) or a spaced dash, and AT a linking word (but, however,
 * although, because, unless, if, which, while, instead ...), and at "so"/"and" when a new subject
 * follows ("... so I'll ...", "... and we're ...").
 */
const CLAUSE_BREAK =
  /[,;:()]|\s-+\s|\b(?:but|however|although|though|because|unless|until|instead|whereas|while|whilst|which|otherwise|if|once)\b|\b(?:so|and)\s+(?=(?:i|we|you|it|this|that|they|i'll|we'll|i've|we've|i'm|we're|you'll|you're|your|our|it's|there's|there)\b)/gi;

export function clauseStarts(norm: string, sentences: Sentence[]): number[] {
  const starts: number[] = sentences.map((s) => s.start);
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(norm)) !== null) {
    const tok = m[0];
    if (tok.length === 0) {
      CLAUSE_BREAK.lastIndex++;
      continue;
    }
    const isPunct = /^[,;:()]$|^\s-+\s$/.test(tok);
    let pos = isPunct ? m.index + tok.length : m.index;
    while (pos < norm.length && norm[pos] === " ") pos++;
    starts.push(pos);
  }
  starts.sort((a, b) => a - b);
  // dedupe
  const out: number[] = [];
  for (const s of starts) if (out.length === 0 || out[out.length - 1] !== s) out.push(s);
  return out;
}

/** Index of the last element <= pos in a sorted array (or -1). */
export function floorIndex(sorted: readonly number[], pos: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** Index of the sentence containing `pos` (or the nearest one before it). */
export function sentenceIndexAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid]?.start ?? 0) <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}
