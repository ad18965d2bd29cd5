/**
 * Rude words in disguise, read as the words they are. A learner (or a red team) can hide "stupid" from a
 * word list while the customer reads it plainly: letters spaced out by punctuation ("s.t.u.p.i.d",
 * "r-i-d-i-c-u-l-o-u-s", "c a l m down"), Cyrillic or Greek look-alikes inside a Latin word ("stupіd"
 * with a Cyrillic "і"), or digits and symbols for letters ("stup1d", "1d10t", "$tupid"). `analyseMessage`
 * reads the folded text and maps every span back onto the original, so evidence quotes what was written.
 *
 * Nothing else is rewritten: a look-alike is folded only inside a word that also has Latin letters (a
 * Russian name stays), and a spelled-out or digit-for-letter word only when it folds to a word on
 * `FOLDED_WORDS` (words the rules read as rude, dismissive or tone-policing), so e-mail addresses,
 * prices ("£2.50"), references ("ORD-10234"), codes ("DAVID15", "KET-AURORA-17"), times ("5pm"),
 * URLs and acronyms written with stops ("U.K.", "R.S.V.P.") are left as they are.
 */

/** A rewrite of `original[from, to)` as `said`. */
export type Rewrite = { from: number; to: number; said: string };

export type RewrittenText = {
  text: string;
  /** Maps an offset in `text` to the corresponding offset in the original. */
  toOriginal: (offset: number) => number;
  /** True when nothing was rewritten (then `text` is the original and offsets are unchanged). */
  unchanged: boolean;
};

/**
 * Applies non-overlapping rewrites (sorted by `from`) and keeps a map back to the original: an offset
 * inside a rewritten word maps to the start of the original word (or its end, for the word's end), so a
 * span over the rewritten word covers the whole original word.
 */
export function rewriteText(original: string, pieces: readonly Rewrite[]): RewrittenText {
  if (pieces.length === 0) return { text: original, toOriginal: (o) => o, unchanged: true };
  let text = "";
  let from = 0;
  const marks: { readable: number; original: number; readableEnd: number; originalEnd: number }[] = [];
  for (const p of pieces) {
    text += original.slice(from, p.from);
    const readable = text.length;
    text += p.said;
    marks.push({ readable, original: p.from, readableEnd: text.length, originalEnd: p.to });
    from = p.to;
  }
  text += original.slice(from);
  const toOriginal = (offset: number): number => {
    let shift = 0;
    for (const m of marks) {
      if (offset < m.readable) break;
      if (offset < m.readableEnd) return offset === m.readable ? m.original : m.originalEnd;
      shift = m.originalEnd - m.readableEnd;
    }
    return offset + shift;
  };
  return { text, toOriginal, unchanged: false };
}

/** Words the rules read as rude, dismissive, blaming or tone-policing, in the forms worth disguising. */
export const FOLDED_WORDS: ReadonlySet<string> = new Set(
  (
    "stupid stupidity idiot idiots idiotic moron morons moronic dumb thick dim dimwit halfwit clueless " +
    "useless hopeless pathetic ridiculous ignorant incompetent muppet numpty nutter crazy bonkers mad " +
    "hysterical liar lying moan moans moaned moaning moaner moany whinge whinging whingeing whinger " +
    "rude difficult demanding annoying entitled petty fussy picky stroppy needy karen time-waster " +
    "timewaster waster calm down relax shut overreacting fault careless misuse dropped chancer"
  ).split(" "),
);

/** Cyrillic and Greek letters that look like Latin ones (one UTF-16 unit each, so lengths hold). */
const LOOK_ALIKE: Record<string, string> = {
  а: "a",
  е: "e",
  о: "o",
  р: "p",
  с: "c",
  у: "y",
  х: "x",
  і: "i",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  һ: "h",
  ԛ: "q",
  ԝ: "w",
  ӏ: "l",
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  Х: "X",
  І: "I",
  Ј: "J",
  Ѕ: "S",
  α: "a",
  ο: "o",
  ι: "i",
  ν: "v",
  κ: "k",
  ρ: "p",
  τ: "t",
  υ: "u",
  Α: "A",
  Β: "B",
  Ε: "E",
  Ζ: "Z",
  Η: "H",
  Ι: "I",
  Κ: "K",
  Μ: "M",
  Ν: "N",
  Ο: "O",
  Ρ: "P",
  Τ: "T",
  Υ: "Y",
  Χ: "X",
};
const LOOK_ALIKE_CHAR = new RegExp(`[${Object.keys(LOOK_ALIKE).join("")}]`, "u");

/** Digits and symbols written for letters. "1" is tried as "i" and as "l". */
const LEET: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
  "!": "i",
  "|": "l",
};

function unLeet(word: string): string | null {
  const tries = [word.replace(/[0134578@$!|]/g, (c) => LEET[c] ?? c)];
  if (word.includes("1"))
    tries.push(word.replace(/[0134578@$!|]/g, (c) => (c === "1" ? "l" : (LEET[c] ?? c))));
  for (const t of tries) if (FOLDED_WORDS.has(t.toLowerCase())) return t;
  return null;
}

/** Letters spaced out by one repeated separator, three or more: "s.t.u.p.1.d", "r-i-d-i-c", "c a l m". */
const SPELLED_OUT =
  /(?<![\p{L}\p{N}@$.'’-])[\p{L}\p{N}@$](?<sep>[.\-_* ])[\p{L}\p{N}@$](?:\k<sep>[\p{L}\p{N}@$])+(?![\p{L}\p{N}@])/gu;
/** A word with a digit or symbol next to a letter ("stup1d", "$tupid", "t1me-waster"); only such words are tried. */
const LEET_WORD =
  /(?<![\p{L}\p{N}@$!|-])[\p{L}\p{N}@$!|-]*?(?:\p{L}[0134578@$!|]|[0134578@$!|]\p{L})[\p{L}\p{N}@$!|-]*/gu;
/** Cheap first look for LEET_WORD (speed only): every match has a letter next to a digit or symbol. */
const MAY_BE_LEET = /\p{L}[0134578@$!|]|[0134578@$!|]\p{L}/u;
/** Cheap first look: one letter, a separator, one letter, the same separator, one letter. */
const MAY_BE_SPELLED_OUT =
  /(?<![\p{L}\p{N}])[\p{L}\p{N}@$]([.\-_* ])[\p{L}\p{N}@$]\1[\p{L}\p{N}@$](?![\p{L}\p{N}])/u;

/**
 * Look-alike letters inside a word that also has Latin letters, read as Latin (one character for one,
 * so offsets hold). A word wholly in another script ("Спасибо", "Оля") is left alone.
 */
export function foldLookalikes(text: string): string {
  if (!LOOK_ALIKE_CHAR.test(text)) return text;
  return text.replace(/\p{L}+/gu, (w) =>
    /[A-Za-z]/.test(w) && LOOK_ALIKE_CHAR.test(w) ? [...w].map((c) => LOOK_ALIKE[c] ?? c).join("") : w,
  );
}

/** `text` with disguised rude words read as the words they are, and a map back to the original. */
export function foldObfuscation(text: string): RewrittenText {
  const plain = foldLookalikes(text);
  const pieces: Rewrite[] = [];
  if (MAY_BE_SPELLED_OUT.test(plain)) {
    for (const m of plain.matchAll(SPELLED_OUT)) {
      const sep = m.groups?.sep ?? "";
      const joined = m[0].split(sep).join("");
      const word = FOLDED_WORDS.has(joined.toLowerCase()) ? joined : unLeet(joined);
      if (word) pieces.push({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length, said: word });
    }
  }
  for (const m of MAY_BE_LEET.test(plain) ? plain.matchAll(LEET_WORD) : []) {
    const from = m.index ?? 0;
    // A closing "!" ends the sentence, and a hyphen at either end joins nothing: neither is a letter.
    const raw = m[0].replace(/[!-]+$/, "");
    if (!/\p{L}/u.test(raw) || !/[0134578@$!|]/.test(raw)) continue;
    if (pieces.some((p) => from < p.to && from + raw.length > p.from)) continue;
    const word = unLeet(raw);
    if (word) pieces.push({ from, to: from + raw.length, said: word });
  }
  if (pieces.length === 0 && plain === text) return rewriteText(text, []);
  // Nothing inside a web address or an e-mail address is a word to the customer.
  const links = [...plain.matchAll(/\b(?:https?:\/\/|www\.)\S+|[^\s@]+@\S+/gi)].map((m) => ({
    from: m.index ?? 0,
    to: (m.index ?? 0) + m[0].length,
  }));
  const kept = pieces.filter((p) => !links.some((l) => p.from < l.to && p.to > l.from));
  kept.sort((a, b) => a.from - b.from);
  const out = rewriteText(plain, kept);
  return plain === text ? out : { ...out, unchanged: false };
}
