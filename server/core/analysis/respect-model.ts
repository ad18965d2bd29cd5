/**
 * Respect, fifteenth pass (issue 8 item 5, session 43): a small learned respect model.
 *
 * Why: fourteen passes of phrase and word-class readers keep their precision but catch about one new writer's sneer in
 * seven: each reader holds its author's words. This model reads a sentence from many weak cues at once: its words and
 * word pairs (text-speak folded: "u" is "you", "cud of" is "could have"), and small word classes of what a clause is
 * about and how (who: her, you, we; stance: a laugh, a kiss, scare quotes, an endearment, a doubt word, "again" or
 * "as usual", hindsight, advice, an evaluation; warmth: an apology, our fault owned, her feeling named, a remedy, her
 * request), with pairs of classes and each clause's subject paired with its stance. One logistic regression
 * (disrespect against honest text) scores; a second, trained on the breaches only, says blame or dismissive.
 *
 * Used by respect-review.ts (the tutor's list of remarks about the customer that the marker did not judge). It is NOT
 * wired into marking: at a threshold that caps no honest learner it added no held-out catch (README, "Respect,
 * fifteenth pass"); `learnedRespect` is the marking path, kept for the lead's measurement on other held-out sets.
 *
 * Trained by respect-model-train.ts (pure, deterministic) into respect-model-weights.json and its stamp (hashes of the
 * trainer's code, inputs and weights): respect-model.test.ts checks the stamp, `npm run analyse:train -- --check`
 * retrains and compares byte for byte. Nothing is downloaded.
 */
import { tokenise } from "./model/features";
import WEIGHTS from "./respect-model-weights.json";

/** Text-speak and common learner spellings read as the word they stand for (tokens after digits became 0). */
const FOLD_WORDS: Record<string, string> = {
  u: "you",
  ya: "you",
  yu: "you",
  ur: "your",
  urs: "yours",
  pls: "please",
  plz: "please",
  b0: "before",
  cud: "could",
  wud: "would",
  shud: "should",
  coud: "could",
  woud: "would",
  rly: "really",
  abt: "about",
  coz: "because",
  cos: "because",
  bc: "because",
  cuz: "because",
  im: "i'm",
  ive: "i've",
  ill: "i'll",
  dont: "don't",
  didnt: "didn't",
  doesnt: "doesn't",
  cant: "can't",
  wont: "won't",
  isnt: "isn't",
  wasnt: "wasn't",
  wouldnt: "wouldn't",
  couldnt: "couldn't",
  shouldnt: "shouldn't",
  thats: "that's",
  youre: "you're",
  youve: "you've",
  theyre: "they're",
  ppl: "people",
  msg: "message",
  thx: "thanks",
  ty: "thanks",
  cust: "customer",
  cx: "customer",
  tho: "though",
  gd: "good",
  nd: "and",
  n: "and",
  r: "are",
  k: "ok",
  kk: "ok",
  okay: "ok",
  prob: "probably",
  def: "definitely",
  defo: "definitely",
  tmrw: "tomorrow",
  bcos: "because",
  "0nd": "second",
};

const FOLD = new Map(Object.entries(FOLD_WORDS));

/** Word classes (cls:NAME). A class is a cue, never a verdict: honest text uses every one of them. */
const CLASS_WORDS: Record<string, readonly string[]> = {
  you: ["you", "your", "yours", "yourself", "you're", "you've", "you'd", "you'll"],
  her: [
    "she",
    "her",
    "hers",
    "herself",
    "he",
    "him",
    "his",
    "himself",
    "she's",
    "he's",
    "she'd",
    "he'd",
    "customer",
    "caller",
    "client",
    "mrs",
    "mr",
    "ms",
    "miss",
  ],
  we: [
    "we",
    "us",
    "our",
    "ours",
    "i",
    "me",
    "my",
    "i'm",
    "i've",
    "i'll",
    "i'd",
    "we're",
    "we've",
    "we'll",
    "we'd",
  ],
  laugh: ["lol", "haha", "hahaha", "ha", "hah", "lmao", "rofl", "hehe", "heh", "lolz", "ahaha"],
  endear: [
    "petal",
    "hun",
    "hon",
    "love",
    "luv",
    "sweetie",
    "sweetheart",
    "darling",
    "dear",
    "pet",
    "babe",
    "chick",
    "sweetpea",
    "duck",
    "poppet",
    "treasure",
    "bless",
    "dearie",
    "lovey",
    "flower",
    "mate",
  ],
  doubt: [
    "apparently",
    "supposedly",
    "claims",
    "claimed",
    "claiming",
    "allegedly",
    "reportedly",
    "insists",
    "insisted",
    "definitely",
    "really",
    "supposed",
    "believe",
    "sure",
    "swears",
    "according",
  ],
  again: [
    "again",
    "usual",
    "always",
    "another",
    "third",
    "second",
    "yet",
    "every",
    "ever",
    "repeat",
    "regular",
  ],
  hindsight: [
    "could've",
    "would've",
    "should've",
    "had",
    "saved",
    "avoided",
    "sooner",
    "earlier",
    "bothered",
  ],
  advice: [
    "next",
    "future",
    "forward",
    "try",
    "maybe",
    "tip",
    "make",
    "remember",
    "please",
    "careful",
    "gentle",
    "advised",
    "reminded",
    "instructions",
    "manual",
    "read",
  ],
  evaluate: [
    "interesting",
    "particular",
    "fuss",
    "drama",
    "dramatic",
    "clueless",
    "muddle",
    "moaner",
    "precious",
    "fussy",
    "quite",
    "impressive",
    "treat",
    "comedy",
    "funny",
    "hilarious",
    "classic",
    "bit",
    "lot",
    "very",
    "tiny",
    "little",
    "small",
    "just",
    "only",
    "honestly",
    "kindly",
    "educated",
    "slowly",
    "simple",
    "obviously",
    "clearly",
  ],
  sorry: ["sorry", "apologise", "apologize", "apologies", "apology", "fault", "mistake", "bad"],
  feel: [
    "upset",
    "angry",
    "frustrated",
    "frustrating",
    "worried",
    "worry",
    "stressed",
    "stressful",
    "annoyed",
    "annoying",
    "disappointed",
    "disappointing",
    "fed",
    "understand",
    "understandably",
    "rightly",
    "right",
    "fair",
  ],
  asked: ["asked", "requested", "wanted", "wants", "prefers", "preferred", "request"],
  remedy: [
    "refund",
    "refunded",
    "replacement",
    "replace",
    "repair",
    "engineer",
    "collection",
    "voucher",
    "credit",
    "goodwill",
    "resent",
    "sent",
    "booked",
    "escalated",
    "logged",
    "noted",
  ],
  neg: [
    "not",
    "no",
    "never",
    "don't",
    "didn't",
    "doesn't",
    "can't",
    "won't",
    "isn't",
    "wasn't",
    "nothing",
    "nobody",
  ],
};
const CLASS_OF = new Map<string, string[]>();
for (const [cls, words] of Object.entries(CLASS_WORDS))
  for (const w of words) CLASS_OF.set(w, [...(CLASS_OF.get(w) ?? []), cls]);

/** Emoji and marks the tokeniser drops, read as classes. */
const LAUGH_EMOJI =
  /[\u{1F602}\u{1F923}\u{1F605}\u{1F606}\u{1F61C}\u{1F61D}\u{1F644}\u{1F609}\u{1F60F}\u{1F62C}]/u;
const WARM_EMOJI = /[\u{1F642}\u{1F60A}\u{1F389}\u{1F44D}\u{1F64F}\u{2764}\u{1F49B}\u{1F499}]/u;
/** A short quoted stretch inside the sentence (scare quotes): 'too stiff', "definitely". */
const SCARE_QUOTE = /(?:^|[\s(])['"][a-z][a-z' -]{0,30}[a-z!?]['"](?=[\s,.;:!?)]|$)/;
/** A kiss at the end ("x", "xx"). */
const KISS = /(?:^|\s)x{1,3}\s*[.!]?$/;

/** Folded word tokens of a lower-cased sentence ("cud of" becomes "could have"). */
export function respectTokens(lower: string): string[] {
  const raw = tokenise(lower);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    let t = raw[i]!;
    t = FOLD.get(t) ?? t;
    const prev = out[out.length - 1];
    if (t === "of" && (prev === "could" || prev === "would" || prev === "should" || prev === "must"))
      t = "have";
    out.push(t);
  }
  return out;
}

/** Words that open a new clause (the tokeniser drops commas, so clauses are read from these). */
const CLAUSE_BREAK = new Set([
  "but",
  "so",
  "because",
  "though",
  "although",
  "if",
  "when",
  "and",
  "then",
  "anyway",
  "still",
  "while",
]);

/** The features of one lower-cased sentence, each once, in a fixed order (shared by the trainer and run time). */
export function respectFeatures(lower: string): string[] {
  const tokens = respectTokens(lower);
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      out.push(f);
    }
  };
  const classes = new Set<string>();
  if (tokens.length > 0) add(`^${tokens[0]}`);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    add(t);
    if (next !== undefined) add(`${t}_${next}`);
    const cs = CLASS_OF.get(t);
    if (cs) for (const c of cs) classes.add(c);
    if (
      t === "have" &&
      (tokens[i - 1] === "could" || tokens[i - 1] === "would" || tokens[i - 1] === "should")
    )
      classes.add("hindsight");
  }
  if (LAUGH_EMOJI.test(lower)) classes.add("laugh");
  if (WARM_EMOJI.test(lower)) classes.add("warmemoji");
  if (SCARE_QUOTE.test(lower)) classes.add("quote");
  if (KISS.test(lower)) classes.add("kiss");
  if (lower.includes("!")) classes.add("bang");
  if (lower.includes("?")) classes.add("ask");
  if (tokens.length <= 6) classes.add("short");
  const list = [...classes].sort();
  for (const c of list) add(`cls:${c}`);
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) add(`cls:${list[i]}&${list[j]}`);
  // who each clause is about (its first person word: her, you, we) with what the clause does (its stance classes)
  {
    let subject = "";
    const stance = new Set<string>();
    const flush = () => {
      for (const c of stance) add(`sub:${subject || "none"}&${c}`);
      stance.clear();
      subject = "";
    };
    for (const t of tokens) {
      if (CLAUSE_BREAK.has(t)) flush();
      const cs = CLASS_OF.get(t);
      if (!cs) continue;
      for (const c of cs) {
        if (c === "you" || c === "her" || c === "we") {
          if (!subject) subject = c;
        } else if (c !== "neg") stance.add(c);
      }
    }
    flush();
  }
  // who the sentence opens on (a clause's subject, roughly): her, you, we or something else
  const first = tokens.find((t) => t !== "and" && t !== "so" && t !== "but" && t !== "well" && t !== "ok");
  const firstCls = first === undefined ? "none" : (CLASS_OF.get(first)?.[0] ?? "other");
  add(`^cls:${firstCls}`);
  return out;
}

export interface RespectModelFile {
  version: number;
  /** Marking threshold on the disrespect probability, chosen by cross-validation for precision (not wired). */
  threshold: number;
  /** The tutor's review list's threshold (respect-review.ts), chosen by cross-validation. */
  reviewThreshold: number;
  bias: number;
  /** Feature → weight for disrespect (features with no weight left out). */
  weights: Record<string, number>;
  /** Blame against dismissive among breaches. */
  blameBias: number;
  blameWeights: Record<string, number>;
  /** How the threshold was chosen, and the cross-validated figures (for the README and the tutor). */
  notes: Record<string, unknown>;
}

export const RESPECT_MODEL_VERSION = 1;

/** Every class name, sorted (pairs are named in this order: `cls:a&b` with a before b). */
const CLASS_NAMES = [
  ...new Set([
    ...Object.keys(CLASS_WORDS),
    "hindsight",
    "laugh",
    "warmemoji",
    "quote",
    "kiss",
    "bang",
    "ask",
    "short",
  ]),
].sort();
const CLASS_ID = new Map(CLASS_NAMES.map((c, i) => [c, i]));
const C = CLASS_NAMES.length;
const SUBJECTS = ["none", "you", "her", "we"];
const YOU = CLASS_ID.get("you")!;
const HER = CLASS_ID.get("her")!;
const WE = CLASS_ID.get("we")!;
const NEG = CLASS_ID.get("neg")!;
const HINDSIGHT = CLASS_ID.get("hindsight")!;

/** What one word brings to a sentence's score (run time: one map lookup per word, no feature strings). */
interface WordEntry {
  unigram: number;
  first: number;
  /** Its classes as a bit mask over CLASS_NAMES. */
  classes: number;
  /** The first of its classes (for `^cls:`), or "other". */
  firstClass: string;
  /** Weights of word pairs it opens, by the next word. */
  next: Map<string, number> | null;
  /** It opens a clause (CLAUSE_BREAK). */
  breaks: boolean;
}

/** A weights record compiled for fast scoring; `score` equals the sum over respectFeatures (respect-model.test.ts). */
export interface CompiledRespect {
  bias: number;
  words: Map<string, WordEntry>;
  classW: Float64Array;
  pairW: Float64Array;
  subW: Float64Array;
  firstClassW: Map<string, number>;
}

export function compileRespect(bias: number, weights: Readonly<Record<string, number>>): CompiledRespect {
  const words = new Map<string, WordEntry>();
  const entry = (t: string): WordEntry => {
    let e = words.get(t);
    if (!e) {
      const cs = CLASS_OF.get(t) ?? [];
      let mask = 0;
      for (const c of cs) mask |= 1 << CLASS_ID.get(c)!;
      e = {
        unigram: 0,
        first: 0,
        classes: mask,
        firstClass: cs[0] ?? "other",
        next: null,
        breaks: CLAUSE_BREAK.has(t),
      };
      words.set(t, e);
    }
    return e;
  };
  for (const w of CLASS_OF.keys()) entry(w);
  for (const w of CLAUSE_BREAK) entry(w);
  const classW = new Float64Array(C);
  const pairW = new Float64Array(C * C);
  const subW = new Float64Array(SUBJECTS.length * C);
  const firstClassW = new Map<string, number>();
  for (const [f, w] of Object.entries(weights)) {
    if (f.startsWith("^cls:")) firstClassW.set(f.slice(5), w);
    else if (f.startsWith("^")) entry(f.slice(1)).first = w;
    else if (f.startsWith("cls:")) {
      const [a, b] = f.slice(4).split("&");
      if (b === undefined) classW[CLASS_ID.get(a!)!] = w;
      else pairW[CLASS_ID.get(a!)! * C + CLASS_ID.get(b)!] = w;
    } else if (f.startsWith("sub:")) {
      const [who, c] = f.slice(4).split("&");
      subW[SUBJECTS.indexOf(who!) * C + CLASS_ID.get(c!)!] = w;
    } else if (f.includes("_")) {
      const i = f.indexOf("_");
      const e = entry(f.slice(0, i));
      (e.next ??= new Map()).set(f.slice(i + 1), w);
    } else entry(f).unigram = w;
  }
  return { bias, words, classW, pairW, subW, firstClassW };
}

/** Speed only: the emoji classes need a character outside ASCII. */
const hasNonAscii = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return true;
  return false;
};
/** Speed only: SCARE_QUOTE needs a quote mark at the start or after a space or bracket. */
const mayQuote = (s: string): boolean =>
  s.startsWith("'") ||
  s.startsWith('"') ||
  s.includes(" '") ||
  s.includes(' "') ||
  s.includes("('") ||
  s.includes('("');
/** Speed only: KISS needs an x among the last few characters. */
const mayKiss = (s: string): boolean => s.lastIndexOf("x") >= s.length - 6;
const OPENERS_SKIPPED = new Set(["and", "so", "but", "well", "ok"]);

/** The logit of one lower-cased sentence: the same sum as over respectFeatures, without building the strings. */
export function fastLogit(m: CompiledRespect, lower: string): number {
  const tokens = respectTokens(lower);
  const n = tokens.length;
  let z = m.bias;
  let classes = 0;
  const entries: (WordEntry | undefined)[] = new Array(n);
  for (let i = 0; i < n; i++) entries[i] = m.words.get(tokens[i]!);
  if (n > 0) z += entries[0]?.first ?? 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const e = entries[i];
    if (e) {
      let dupWord = false;
      let dupPair = false;
      const next = tokens[i + 1];
      for (let j = 0; j < i; j++)
        if (tokens[j] === t) {
          dupWord = true;
          if (next !== undefined && tokens[j + 1] === next) dupPair = true;
        }
      if (!dupWord) z += e.unigram;
      if (!dupPair && next !== undefined && e.next) z += e.next.get(next) ?? 0;
      classes |= e.classes;
    }
    if (t === "have" && i > 0) {
      const p = tokens[i - 1];
      if (p === "could" || p === "would" || p === "should") classes |= 1 << HINDSIGHT;
    }
  }
  if (hasNonAscii(lower)) {
    if (LAUGH_EMOJI.test(lower)) classes |= 1 << CLASS_ID.get("laugh")!;
    if (WARM_EMOJI.test(lower)) classes |= 1 << CLASS_ID.get("warmemoji")!;
  }
  if (mayQuote(lower) && SCARE_QUOTE.test(lower)) classes |= 1 << CLASS_ID.get("quote")!;
  if (mayKiss(lower) && KISS.test(lower)) classes |= 1 << CLASS_ID.get("kiss")!;
  if (lower.includes("!")) classes |= 1 << CLASS_ID.get("bang")!;
  if (lower.includes("?")) classes |= 1 << CLASS_ID.get("ask")!;
  if (n <= 6) classes |= 1 << CLASS_ID.get("short")!;
  for (let a = 0; a < C; a++) {
    if (!(classes & (1 << a))) continue;
    z += m.classW[a]!;
    for (let b = a + 1; b < C; b++) if (classes & (1 << b)) z += m.pairW[a * C + b]!;
  }
  // clauses: subject x stance, each pair once per sentence (seen: a stance mask per subject)
  let seen0 = 0;
  let seen1 = 0;
  let seen2 = 0;
  let seen3 = 0;
  let subject = 0;
  let stance = 0;
  for (let i = 0; i <= n; i++) {
    const e = i < n ? entries[i] : undefined;
    if (i === n || e?.breaks) {
      const seen = subject === 0 ? seen0 : subject === 1 ? seen1 : subject === 2 ? seen2 : seen3;
      const fresh = stance & ~seen;
      if (fresh) for (let c = 0; c < C; c++) if (fresh & (1 << c)) z += m.subW[subject * C + c]!;
      if (subject === 0) seen0 |= stance;
      else if (subject === 1) seen1 |= stance;
      else if (subject === 2) seen2 |= stance;
      else seen3 |= stance;
      stance = 0;
      subject = 0;
    }
    if (e === undefined) continue;
    const cs = e.classes;
    if (!cs) continue;
    // the first person word of the clause (SUBJECTS' order: you, her, we, as CLASS_WORDS lists them)
    if (subject === 0) subject = cs & (1 << YOU) ? 1 : cs & (1 << HER) ? 2 : cs & (1 << WE) ? 3 : 0;
    stance |= cs & ~((1 << YOU) | (1 << HER) | (1 << WE) | (1 << NEG));
  }
  let k = 0;
  while (k < n && OPENERS_SKIPPED.has(tokens[k]!)) k++;
  const firstClass = k >= n ? "none" : (entries[k]?.firstClass ?? "other");
  z += m.firstClassW.get(firstClass) ?? 0;
  return z;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

const MODEL = WEIGHTS as unknown as RespectModelFile;
const W = new Map(Object.entries(MODEL.weights));
const BW = new Map(Object.entries(MODEL.blameWeights));
const COMPILED = compileRespect(MODEL.bias, MODEL.weights);

/** The disrespect probability and the blame-vs-dismissive probability of one lower-cased sentence (by feature strings). */
export function scoreSentence(lower: string): { p: number; blame: number; features: string[] } {
  const features = respectFeatures(lower);
  let z = MODEL.bias;
  let b = MODEL.blameBias;
  for (const f of features) {
    z += W.get(f) ?? 0;
    b += BW.get(f) ?? 0;
  }
  return { p: sigmoid(z), blame: sigmoid(b), features };
}

/** The committed model compiled (tests: fastLogit equals the sum over the feature strings). */
export const RESPECT_MODEL = { file: MODEL, compiled: COMPILED };

export interface LearnedRespect {
  label: "blame" | "dismissive";
  start: number;
  end: number;
  p: number;
  why: string;
}

/** The words that weighed most towards disrespect (for the tutor's explanation). */
function topWords(features: readonly string[]): string[] {
  return features
    .filter((f) => /^[a-z']+(?:_[a-z']+)?$/.test(f) && (W.get(f) ?? 0) > 0)
    .sort((a, b) => (W.get(b) ?? 0) - (W.get(a) ?? 0) || (a < b ? -1 : 1))
    .slice(0, 3)
    .map((f) => `"${f.replace("_", " ")}"`);
}

/**
 * The learned model over each sentence of `lower` (the analyser's lower-cased normalised text); the most disrespectful
 * sentence at or above the threshold, or null. Called only when no respect reader found anything.
 */
export function learnedRespect(
  lower: string,
  sentences: readonly { start: number; end: number }[],
  /** A sentence the readers call warm (our fault owned, her feeling upheld, the accusation denied) is left alone. */
  warm?: (sentence: string) => boolean,
): LearnedRespect | null {
  let best: LearnedRespect | null = null;
  let bestZ = 0;
  const threshold = Math.log(MODEL.threshold / (1 - MODEL.threshold));
  for (const s of sentences) {
    const text = lower.slice(s.start, s.end);
    const z = fastLogit(COMPILED, text);
    if (z < threshold || (best && z <= bestZ) || warm?.(text)) continue;
    const { p, blame, features } = scoreSentence(text);
    const words = topWords(features);
    bestZ = z;
    best = {
      label: blame >= 0.5 ? "blame" : "dismissive",
      start: s.start,
      end: s.end,
      p,
      why:
        `Read by the learned respect model (p = ${p.toFixed(2)}): the sentence reads as ${blame >= 0.5 ? "putting the fault on the customer" : "belittling, mocking or doubting the customer"}` +
        (words.length ? ` (words that weighed most: ${words.join(", ")}).` : "."),
    };
  }
  return best;
}

/**
 * Every sentence at or above the review threshold (respect-review.ts), with what the model read. Offsets as given.
 */
export function respectReviewScores(
  lower: string,
  sentences: readonly { start: number; end: number }[],
): { start: number; end: number; p: number; reading: string }[] {
  const out: { start: number; end: number; p: number; reading: string }[] = [];
  const threshold = Math.log(MODEL.reviewThreshold / (1 - MODEL.reviewThreshold));
  for (const s of sentences) {
    const text = lower.slice(s.start, s.end);
    if (fastLogit(COMPILED, text) < threshold) continue;
    const { p, blame, features } = scoreSentence(text);
    const words = topWords(features);
    out.push({
      start: s.start,
      end: s.end,
      p,
      reading:
        // For a tutor, not a statistician: "how sure" in words a class register uses, not "p = 0.92".
        `the learned respect model reads it as possibly ${blame >= 0.5 ? "putting the fault on the customer" : "belittling, mocking or doubting the customer"} (how sure it is: ${Math.round(p * 100)} in 100` +
        (words.length ? `; the words that weighed most: ${words.join(", ")}).` : ")."),
    });
  }
  return out;
}
