/**
 * A display name is a learner's only identity in a class (learner-entry.ts), so it must not be able to
 * pass for someone else's. Case, width and spacing are folded when names are compared
 * (server/data/learners.ts, nameKey), and invisible characters are removed (routers/auth.ts); this
 * catches the other classic lookalike: one letter swapped for its twin from another alphabet, as in
 * "Аnn" with a Cyrillic А beside "Ann", which prints the same in the tutor's grid and compares unequal.
 * Following Unicode's mixed-script check (UTS #39, section 5), a word may not mix letters of these
 * alphabets, whose capitals and many small letters look alike. A name wholly in one of them that prints
 * like another name (Cyrillic "Рора" beside Latin "Popa") is caught when names are compared, by
 * `lookalikeKey` below.
 */
import confusables from "./confusables.json";

const LOOKALIKE_SCRIPTS: [string, RegExp][] = [
  ["Latin", /\p{Script=Latin}/u],
  ["Greek", /\p{Script=Greek}/u],
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Armenian", /\p{Script=Armenian}/u],
  ["Cherokee", /\p{Script=Cherokee}/u],
];

/** The first word of `name` that mixes lookalike alphabets, with the alphabets it mixes; undefined if none. */
export function mixedScriptWord(name: string): { word: string; scripts: string[] } | undefined {
  for (const word of name.split(/\s+/)) {
    const scripts = new Set<string>();
    for (const ch of word) {
      for (const [script, pattern] of LOOKALIKE_SCRIPTS) if (pattern.test(ch)) scripts.add(script);
    }
    if (scripts.size > 1) return { word, scripts: [...scripts] };
  }
  return undefined;
}

/** What the learner is told when their name mixes alphabets within a word. */
export function mixedScriptMessage(found: { word: string; scripts: string[] }): string {
  return `“${found.word}” mixes ${found.scripts.join(" and ")} letters in one word, which can look exactly like another name. Type each word of your name in one alphabet.`;
}

/**
 * Names that print alike across whole alphabets or with digits for letters ("Рора" in Cyrillic and
 * "Popa", "J0hn" and "John", "Ian" and "lan") compare equal by this key, so the second is refused as
 * taken. It is the skeleton of Unicode's confusable detection (UTS #39 section 4: NFD, each character
 * replaced by its prototype from confusables.txt, NFD again), taken twice with lower-casing between,
 * because the prototype of "0" is a capital "O" and class names are compared without case. Only for
 * comparing: "m" becomes "rn", so the key is never shown.
 */
export function lookalikeKey(name: string): string {
  let key = name.normalize("NFKC").replace(/\s+/g, " ").trim();
  for (let round = 0; round < 2; round++) key = skeleton(key).toLocaleLowerCase("en-GB");
  return key;
}

const PROTOTYPES = new Map<string, string>(Object.entries(confusables));

function skeleton(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFD")) out += PROTOTYPES.get(ch) ?? ch;
  return out.normalize("NFD");
}

/**
 * A name's words as they print, for telling whether it claims to be someone it is not: the lookalike
 * key (case, width, lookalike letters and digits folded) without accents and other combining marks,
 * cut at anything that is not a letter or digit, so "Tut0r", "TUTOR", "Tútor" and "Demo-Tutor." read
 * as the words they pass for (a mark used to cut "Tu\u0307tor" into "tu" and "tor": probe, session 41).
 */
function printedWords(name: string): string[] {
  // In capitals first: the prototype of "I" is "l", so "IAN" and "Ian" would key apart. NFKC before the
  // capitals: modifier and superscript letters ("ᴬᵈᵐⁱⁿ") have none of their own, so they stayed small and
  // keyed apart from the word they print as, and joined (probe, session 48).
  return lookalikeKey(name.normalize("NFKC").toLocaleUpperCase("en-GB"))
    .replace(/\p{M}/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Words that name a role rather than a person. A learner's name is shown where staff names are (the
 * shared demo CRM signs each note with its writer's name), so "Tutor" or "Admin" there would pass for
 * the staff of the class. Compared by printed words, so "Tut0r" and "ADMIN" are caught too.
 */
const ROLE_WORDS = [
  "tutor",
  "teacher",
  "lecturer",
  "assessor",
  "admin",
  "administrator",
  "moderator",
  "system",
];
const ROLE_KEYS = new Map(ROLE_WORDS.map((word) => [printedWords(word).join(" "), word]));

/** The role word a display name uses as one of its words ("Tutor", "Admin Sam"), if any. */
export function roleWordIn(name: string): string | undefined {
  for (const word of printedWords(name)) {
    const role = ROLE_KEYS.get(word);
    if (role) return role;
  }
  return undefined;
}

/** Whether two names print as the same words ("Demo Tutor" and "demo  tutor." or "Dem0 Tutor"). */
export function printsAs(name: string, other: string): boolean {
  return printedWords(name).join(" ") === printedWords(other).join(" ");
}

/**
 * Titles a name may start with. A learner reads "Ms Maya Osei" or "Dr Maya Osei" as Maya Osei, so tutors'
 * names are compared without them (`tutorNameKey`).
 */
const HONORIFICS = new Set(
  ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "madam", "rev"].map((word) =>
    printedWords(word).join(" "),
  ),
);

/**
 * How a tutor's name reads to a learner, for telling whether two tutors' names would be taken for one
 * another: its printed words (case, width, spacing, punctuation and lookalike letters and digits
 * folded) without leading titles, so "Maya Osei", "MAYA  OSEI.", "Maya 0sei", "Mаya Osei" (a Cyrillic
 * а) and "Ms Maya Osei" all key alike. A name that is only titles ("Dr") keeps them.
 */
export function tutorNameKey(name: string): string {
  const words = printedWords(name);
  let first = 0;
  while (first < words.length - 1 && HONORIFICS.has(words[first]!)) first++;
  return words.slice(first).join(" ");
}
