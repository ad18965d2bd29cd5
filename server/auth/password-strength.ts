/**
 * How guessable a new tutor password is, estimated by zxcvbn-ts (@zxcvbn-ts/core with its common and
 * English dictionaries, shipped in the npm packages: nothing is fetched at run time). It finds what a
 * guessing program tries first: the common-password lists, words and names, letters swapped for
 * digits or symbols, runs of keys or numbers, repeats, dates, and the words it is given about this
 * account and this service. A password is refused when it would take fewer than 10^8 guesses.
 *
 * Why 10^8 (zxcvbn's score 3 starts there; the two agree, but the number says what is measured):
 * online guessing is already slowed (guarded-attempt.ts: a few wrong passwords per account before a
 * wait), so what is left is a copied database, where each argon2id guess costs 19 MiB and tens of
 * milliseconds: 10^8 guesses at 20 ms is about 23 days of one processor core, not minutes. Score 4
 * (10^10) would refuse honest three-word passwords, which the NCSC recommends ("three random words":
 * its own example "applecarpetmonkey" is 10^8.4, "coffeetrainfish" 10^8.7;
 * "Password administration for system owners": block the most common passwords with a deny list
 * rather than impose complexity rules). NIST SP 800-63B-4 §3.1.1.2: new passwords SHALL be compared
 * with a blocklist of commonly used, expected or compromised values, including context-specific words
 * (the service's name, the username and derivatives); SHALL NOT impose composition rules; and the
 * reason for a refusal SHALL be given.
 */
import type { ZxcvbnFactory } from "@zxcvbn-ts/core";
import type { translations } from "@zxcvbn-ts/language-en";

/** Fewer guesses than 10^MIN_GUESSES_LOG10 and the password is refused. */
export const MIN_GUESSES_LOG10 = 8;

/** This service's own name, which a guesser targeting it tries early. */
const SERVICE_WORDS = ["hearth", "bean", "hearthandbean", "hearthbean", "crm", "trainer", "crmtrainer"];

/**
 * Words about the job of everyone who has an account here (tutors at a college), which a guesser
 * targeting this service tries with digits and years ("tutor12.college.2026", session 42's probe).
 * NIST SP 800-63B-4 §3.1.1.2 names context-specific words. Not zxcvbn user inputs: a passphrase that
 * merely contains one ("proof tutor password") is still priced by its other words; only a password
 * made of nothing but these, the account's details and the service's name is refused (below).
 */
const JOB_WORDS = [
  "tutor",
  "tutors",
  "teacher",
  "teachers",
  "lecturer",
  "college",
  "school",
  "class",
  "classroom",
  "classes",
  "lesson",
  "lessons",
  "learner",
  "learners",
  "student",
  "students",
  "course",
  "staff",
];

type WarningKey = keyof typeof translations.warnings;

/**
 * Loaded and built once, on the first check (about 0.3 s to build, +28 MB; importing the packages
 * alone took 0.8 s on the loaded machine), so a process that never checks a new password (every test
 * file that imports the router, a learner-only server) never pays for the dictionaries. Bounded so one
 * check stays short whatever is typed: at most 72 characters are read (a longer password is judged by
 * its first 72, which only adds guesses after them) and at most 8 readings of letters swapped for digits or symbols are tried; with
 * zxcvbn's default of 100, a 72-character string of "1!|l" took up to 0.8 s on this machine, and
 * common passwords with swapped letters ("P@ssw0rd2024", "l3tm31n!2024") score the same with 8.
 */
let checker: Promise<ZxcvbnFactory> | undefined;
function strength(): Promise<ZxcvbnFactory> {
  checker ??= (async () => {
    const [{ ZxcvbnFactory }, common, english] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
      import("@zxcvbn-ts/language-en"),
    ]);
    // Each warning answered by its own key, so the refusal below is written here, in UK English.
    const warnings = Object.fromEntries(
      Object.keys(english.translations.warnings).map((key) => [key, key]),
    ) as Record<WarningKey, string>;
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...english.dictionary },
      graphs: common.adjacencyGraphs,
      translations: { ...english.translations, warnings },
      maxLength: 72,
      l33tMaxSubstitutions: 8,
    });
  })().catch((error: unknown) => {
    checker = undefined; // tried again by the next check
    throw error;
  });
  return checker;
}

/** Who the account is: what a guesser who knows them tries. */
export interface PasswordContext {
  email?: string;
  name?: string;
}

/** The account's email and name, their parts and this service's name, as zxcvbn's user inputs. */
export function contextWords(context: PasswordContext): string[] {
  const words = new Set(SERVICE_WORDS);
  for (const text of [context.email, context.name]) {
    if (!text) continue;
    const lower = text.normalize("NFKC").toLowerCase().trim();
    words.add(lower);
    // The whole, the part before any @, and each with its pieces joined as people join them, in
    // either order ("ama.mensah", "MensahAma").
    for (const whole of [lower, lower.split("@")[0] ?? ""]) {
      const pieces = whole.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      for (const order of [pieces, [...pieces].reverse()])
        for (const joiner of ["", ".", "_", "-", " "]) words.add(order.join(joiner));
      for (const piece of pieces) if (piece.length >= 3) words.add(piece);
    }
  }
  words.delete("");
  return [...words];
}

const REASONS: Partial<Record<WarningKey, string>> = {
  topTen: "it is one of the most common passwords",
  topHundred: "it is one of the most common passwords",
  common: "it is one of the most common passwords",
  similarToCommon: "it is a common password with a few letters changed or added",
  straightRow: "it is a run of keys on the keyboard",
  keyPattern: "it is a pattern of keys on the keyboard",
  simpleRepeat: "it repeats the same letter or number",
  extendedRepeat: "it repeats the same group of letters or numbers",
  sequences: "it is letters or numbers in order, such as abc or 4321",
  recentYears: "it rests on a recent year",
  dates: "it rests on a date",
  wordByItself: "it is a single common word",
  namesByThemselves: "it is a common name",
  commonNames: "it is built on common names",
};
const OWN_DETAILS = "it uses your own name or email address, or this service's name";
const GENERAL = "it is made of common words, names or patterns that guessing programs try first";
const PADDED = "it is one common word or name with numbers or symbols added";
const JOB =
  "it is made of words about the job (tutor, college, class and the like) that guessing programs try first for a service like this";

/** Digits, symbols and spaces at either end: what people add to one word to reach a length rule. */
const PADDING = /^[^\p{L}]+|[^\p{L}]+$/gu;

/**
 * True when `letters` is nothing but words of `vocabulary` run together (any number, repeats allowed).
 * zxcvbn prices each word by its own dictionaries, where a common word ("school") can rank above the
 * same word given as an input, so it cannot answer this.
 */
function madeOnlyOf(letters: string, vocabulary: readonly string[]): boolean {
  if (letters.length === 0) return false;
  const pieces = vocabulary.map((word) => word.replace(/[^\p{L}]+/gu, "")).filter(Boolean);
  // ends[i]: the first i letters are whole words.
  const ends = [true, ...Array<boolean>(letters.length).fill(false)];
  for (let i = 0; i < letters.length; i++) {
    if (!ends[i]) continue;
    for (const piece of pieces) if (letters.startsWith(piece, i)) ends[i + piece.length] = true;
  }
  return ends[letters.length] === true;
}

/**
 * Undefined when the password is hard enough to guess; otherwise what is wrong and what to do, in
 * plain words for the sign-up and change-password forms.
 */
export async function guessablePasswordProblem(
  password: string,
  context: PasswordContext = {},
): Promise<string | undefined> {
  const zxcvbn = await strength();
  const words = contextWords(context);
  const refused = (reason: string) =>
    `That password would be too easy to guess: ${reason}. Choose another one of your own: three or four ordinary words that do not usually go together make a password that is hard to guess and easy to remember.`;
  const result = zxcvbn.check(password, words);
  const ownDetails = (r: typeof result) =>
    r.sequence.some((match) => match.pattern === "dictionary" && match.dictionaryName === "userInputs");
  if (result.guessesLog10 < MIN_GUESSES_LOG10) {
    // The account's own details are named whenever they are part of it, whatever zxcvbn's main warning.
    const warning = result.feedback.warning as WarningKey | null;
    return refused(ownDetails(result) ? OWN_DETAILS : ((warning && REASONS[warning]) ?? GENERAL));
  }
  // One word or name padded out to the length rule ("Password1234567!", "Liverpool2024!!!", the
  // tutor's own name and a year): zxcvbn prices the padding as random characters, but guessing
  // programs' rules add digits, years and symbols to every word first (probe, session 42: six such
  // passed once 15 characters were asked). Refused when what is left is a single word or name.
  // Likewise one word on both sides of a year ("Summer2025summer", "London2012London": the letters
  // alone are one word repeated).
  const letters = password.replace(/[^\p{L}]+/gu, "").toLowerCase();
  if (letters.length > 0 && letters !== password.toLowerCase()) {
    if (/^(.+)\1+$/u.test(letters)) return refused(PADDED);
    const [only, more] = zxcvbn.check(letters, words).sequence;
    // One word, or one run of letters in order or along the keyboard ("Abc123456789012!").
    if (only && !more && only.pattern !== "bruteforce")
      return refused(
        only.pattern === "dictionary" && only.dictionaryName === "userInputs" ? OWN_DETAILS : PADDED,
      );
  }
  // Nothing but the job's words, the account's details and the service's name, however joined and
  // padded ("tutor12.college.2026", "Lesson-Class-2026"): few enough combinations to try them all.
  // `words` already holds the service's name (contextWords). Named as the account's own details
  // whenever any of them is needed.
  if (madeOnlyOf(letters, [...words, ...JOB_WORDS]))
    return refused(
      madeOnlyOf(letters, [...JOB_WORDS, ...SERVICE_WORDS]) && !madeOnlyOf(letters, words)
        ? JOB
        : OWN_DETAILS,
    );
  const core = password.replace(PADDING, "");
  if (core === password || core.length === 0) return undefined;
  const inner = zxcvbn.check(core, words);
  if (inner.sequence.length === 1 && inner.sequence[0]?.pattern === "dictionary")
    return refused(ownDetails(inner) ? OWN_DETAILS : PADDED);
  // Or only the account's own details, however joined ("PriyaShah", "tutor12.college").
  const own = inner.sequence.every(
    (match) =>
      (match.pattern === "dictionary" && match.dictionaryName === "userInputs") ||
      (match.pattern === "bruteforce" && match.token.length <= 1),
  );
  return own && ownDetails(inner) ? refused(OWN_DETAILS) : undefined;
}
