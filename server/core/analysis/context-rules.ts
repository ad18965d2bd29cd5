/**
 * Labels that need to know who the customer is: personalised, wrong_name and order_reference.
 *
 * - personalised: the customer's first or last name appears (case as written, or any case in a
 *   greeting); "Ms Shah" counts.
 * - wrong_name: the customer is ADDRESSED by a name that is not theirs:
 *     * a greeting ("Dear X", "Hi X", "Hello X", "Good morning X", "Welcome back, X") whose name is
 *       not the customer's (only judged when the customer's name is known, or X is in otherNames);
 *     * one of `otherNames` used as a vocative: "Janet, ...", "..., Janet." or "..., Janet, ...".
 *     * a greeting to a template's unfilled placeholder ("Dear [CUSTOMER NAME],"), whoever the customer is;
 *   Mentioning a colleague ("my colleague Aisha will call you") and the agent's own sign-off
 *   ("Kind regards, Tom" at the very end) are not wrong names.
 * - order_reference: one of the customer's order refs ("ORD-10234", "ORD10234", "#10234",
 *   "order 10234"), a product's full name, its brand (the first word when it is a capitalised
 *   non-generic word: "Aurora") or its type noun (the last non-generic word: "kettle", "kettles").
 */
import type { AnalysisContext } from "./analyse-message";
import { normaliseText, sentenceIndexAt, type Sentence } from "./segment";

export interface ContextMatch {
  label: "wrong_name" | "personalised" | "order_reference";
  start: number;
  end: number;
  rule: string;
  why: string;
}

const MAX_ITEMS = 50;
const MAX_LEN = 120;

/** Speed only: what `cleanString` made of each string lately (the same names are asked of every reply). */
const cleaned = new Map<string, string | undefined>();

function cleanString(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  if (cleaned.has(value)) return cleaned.get(value);
  const norm = normaliseText(value).replace(/\s+/g, " ").trim();
  const s = norm === "" || norm.length > MAX_LEN ? undefined : norm;
  if (cleaned.size >= CACHED_PATTERNS) cleaned.clear();
  cleaned.set(value, s);
  return s;
}

function cleanList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const v of value.slice(0, MAX_ITEMS)) {
    const s = cleanString(v);
    if (s !== undefined) out.push(s);
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * Speed only: the patterns built from a context, kept by source and flags (the same customer's names and orders are
 * asked of every reply of an attempt), at most CACHED_PATTERNS of them. Each is handed out with `lastIndex` 0.
 */
const CACHED_PATTERNS = 256;
const patterns = new Map<string, RegExp>();
function cachedRegExp(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let re = patterns.get(key);
  if (re === undefined) {
    if (patterns.size >= CACHED_PATTERNS) patterns.clear();
    re = new RegExp(source, flags);
    patterns.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/** A name or word with letter boundaries that also work for accented letters and apostrophes. */
function wordPattern(body: string, flags: string): RegExp {
  return cachedRegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, flags);
}

/** Capitalised words after a greeting that are not names. */
const NOT_NAMES = new Set([
  "there",
  "all",
  "everyone",
  "everybody",
  "team",
  "sir",
  "madam",
  "sir/madam",
  "customer",
  "customers",
  "friend",
  "friends",
  "folks",
  "again",
  "guys",
  "valued",
  "and",
  "to",
  "from",
  "i",
  "i'm",
  "i've",
  "i'll",
  "i'd",
  "we",
  "we're",
  "we've",
  "we'll",
  "you",
  "thanks",
  "thank",
  "sorry",
  "welcome",
  "please",
  "just",
  "it",
  "it's",
  "this",
  "that",
  "there's",
  "so",
  "hope",
  "how",
  "what",
  "apologies",
  "good",
  "great",
  "many",
  "kind",
  "hello",
  "hi",
  "hey",
  "dear",
  "back",
  "aboard",
  "on",
  "to",
  "the",
  "a",
  "an",
  "our",
  "my",
  "your",
  "both",
  "coffee",
  "lovers",
  "member",
  "members",
  "subscriber",
  "subscribers",
  "neighbour",
  "mate",
]);

/** First names that are also ordinary words: not counted at a sentence start before a lower-case word ("Will you ..."). */
const WORD_NAMES = new Set([
  "will",
  "may",
  "mark",
  "rose",
  "grace",
  "joy",
  "hope",
  "bill",
  "pat",
  "sue",
  "jack",
  "june",
  "april",
  "summer",
  "dawn",
  "faith",
  "amber",
  "ruby",
  "ray",
  "frank",
  "drew",
  "rich",
  "art",
  "miles",
  "chase",
  "bob",
  "dot",
  "carol",
  "holly",
  "ivy",
  "iris",
  "daisy",
  "lily",
  "poppy",
  "heather",
  "hazel",
  "rob",
  "sky",
  "sunny",
  "victor",
]);

/** Words in product names that do not identify the product. */
const GENERIC_PRODUCT_WORDS = new Set([
  "the",
  "and",
  "with",
  "for",
  "set",
  "pack",
  "bundle",
  "edition",
  "kit",
  "size",
  "large",
  "small",
  "mini",
  "max",
  "pro",
  "plus",
  "classic",
  "original",
  "premium",
  "deluxe",
  "new",
  "home",
  "house",
  "everyday",
  "black",
  "white",
  "silver",
  "grey",
  "gray",
  "red",
  "blue",
  "green",
  "cream",
  "steel",
  "stainless",
  "glass",
  "plastic",
  "chrome",
  "matte",
  "gloss",
  "slice",
  "litre",
  "liter",
  "cup",
  "electric",
  "digital",
  "smart",
  "dark",
  "light",
  "medium",
  "roast",
  "blend",
  "single",
  "double",
  "twin",
  "compact",
  "limited",
]);

const GREETING =
  /^(?:dear|hi|hello|hey|hiya|greetings|good\s+(?:morning|afternoon|evening|day)|morning|afternoon|evening|welcome(?:\s+(?:aboard|back))?)\s*,?\s+(?:((?:mr|mrs|ms|miss|mx|dr|prof)\.?)\s+)?([\p{L}][\p{L}'-]*)/iu;

/**
 * A greeting to a template's unfilled placeholder ("Dear [CUSTOMER NAME],", "Hi {first_name}", "Hello
 * <Name>", "Dear XXXX"): the customer is addressed by no name of theirs, and sees at once that the reply
 * was not written for them, as with another customer's name (the lead's mutation check, session 32: a
 * model reply sent as "Dear [CUSTOMER NAME]," kept a Distinction in 9 of 12 scenarios).
 */
const PLACEHOLDER_GREETING =
  /^(?:dear|hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening|day)|morning|afternoon|evening)\s*,?\s+(\[[^\]\n]{1,40}\]|\{\{?[^}\n]{1,40}\}?\}|<<?[^>\n]{1,40}>>?|%[A-Z_]{2,30}%|X{3,}\b)/iu;

const VALEDICTION_BEFORE =
  /(?:regards|wishes|thanks|thank\s+you|cheers|sincerely|faithfully|best|soon|care|from|love|warmly|x)\s*[,.!-]?\s*$/i;

/** After a sign-off's name: the sender's shop or team, capitalised, on at most two short lines to the end. */
const SIGN_OFF_AFFILIATION =
  /^\s*(?:[,|-]|\u2013)?\s*(?:(?:at|from|of)\s+)?\(?\p{Lu}[^.?!\n]{0,40}(?:\n[^.?!\n]{0,40})?[\s.!)]*$/u;

interface Names {
  first?: string;
  last?: string;
  others: string[];
}

function sameName(a: string, b: string | undefined): boolean {
  return b !== undefined && a.toLocaleLowerCase("en-GB") === b.toLocaleLowerCase("en-GB");
}

/**
 * The customer's own first or last name, with or without a title: "Mr Tomasz" (a title with the first
 * name, a common learner and non-native form) is still his own name, not someone else's (round 6 B).
 */
function isCustomerName(token: string, names: Names): boolean {
  const firstToken = names.first?.split(/[\s]/)[0];
  return sameName(token, names.first) || sameName(token, firstToken) || sameName(token, names.last);
}

/**
 * A clear short form of the customer's first name ("Tom" for Tomasz, "Chris" for Christopher, "Sam" for
 * Samantha): their first name starts with it and it has at least three letters. Not their own name (so not
 * `personalised`), but not someone else's either (lead, round 12).
 */
function isShortFormOfFirstName(token: string, names: Names): boolean {
  const first = names.first?.split(/[\s]/)[0]?.toLocaleLowerCase("en-GB");
  const short = token.toLocaleLowerCase("en-GB");
  return first !== undefined && short.length >= 3 && short.length < first.length && first.startsWith(short);
}

export function findContextMatches(
  norm: string,
  sentences: readonly Sentence[],
  context: AnalysisContext | undefined,
): ContextMatch[] {
  if (!context || typeof context !== "object") return [];
  const out: ContextMatch[] = [];
  const names: Names = {
    first: cleanString(context.customerFirstName),
    last: cleanString(context.customerLastName),
    others: cleanList(context.otherNames),
  };
  names.others = names.others.filter((o) => !sameName(o, names.first) && !sameName(o, names.last));
  const customerKnown = names.first !== undefined || names.last !== undefined;

  // ---- greetings ("Dear X", "Hi X", ...)
  for (const sentence of sentences) {
    const body = norm.slice(sentence.start, sentence.end);
    const blank = PLACEHOLDER_GREETING.exec(body);
    // "Hi {Helen}" to Helen: a slot filled with her own name, its braces left in (round 6 B's
    // mail-merge): not a wrong name; personal or not is judged elsewhere.
    const slotWords = blank
      ? blank[1]!
          .replace(/[[\]{}<>%]/g, " ")
          .trim()
          .split(/\s+/)
      : [];
    if (blank && !slotWords.some((w) => isCustomerName(w, names))) {
      const start = sentence.start + blank.index + blank[0].length - blank[1]!.length;
      out.push({
        label: "wrong_name",
        start,
        end: start + blank[1]!.length,
        rule: "wrong_name.placeholder",
        why: "The greeting still has the template's placeholder where the customer's name should be.",
      });
      continue;
    }
    const m = GREETING.exec(body);
    if (!m) continue;
    const title = m[1];
    const token = (m[2] ?? "").replace(/['-]+$/, "");
    if (token === "" || NOT_NAMES.has(token.toLowerCase())) continue;
    const tokenEnd = m.index + m[0].length - ((m[2] ?? "").length - token.length);
    const tokenStart = tokenEnd - token.length;
    const after = body.slice(tokenEnd);
    if (/^\s+(?:here|from|speaking)\b/i.test(after)) continue; // "Hi, Tom here from ..."
    const titleAt = title !== undefined ? body.indexOf(title, m.index + 1) : -1;
    const start = sentence.start + (titleAt >= 0 && titleAt < tokenStart ? titleAt : tokenStart);
    const end = sentence.start + tokenEnd;
    if (isCustomerName(token, names)) {
      out.push({
        label: "personalised",
        start,
        end,
        rule: "personalised.greeting",
        why: "Greets the customer by their own name.",
      });
      continue;
    }
    const capitalised = /^\p{Lu}/u.test(token);
    if (!capitalised) continue;
    const isOther = names.others.some((o) => sameName(token, o) || sameName(token, o.split(" ")[0]));
    // "Hi Tom" to Tomasz: a short form of their own first name is over-familiar, not someone else's name.
    if (!isOther && isShortFormOfFirstName(token, names)) continue;
    if (customerKnown || isOther) {
      out.push({
        label: "wrong_name",
        start,
        end,
        rule: "wrong_name.greeting",
        why: "The greeting uses a name that is not the customer's.",
      });
    }
  }

  // ---- the customer's own name anywhere
  const customerNames = [names.first, names.last].filter((n): n is string => n !== undefined);
  for (const name of customerNames) {
    const pattern = wordPattern(escapeRegExp(name), "gu");
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(norm)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (WORD_NAMES.has(name.toLowerCase())) {
        const si = sentenceIndexAt(sentences, start);
        const s = si >= 0 ? sentences[si] : undefined;
        if (s && s.start === start && /^\s+[a-z]/.test(norm.slice(end, end + 2))) continue;
      }
      // include a preceding title ("Ms Shah")
      const before = norm.slice(Math.max(0, start - 6), start);
      const t = /(?:^|[^\p{L}])((?:mr|mrs|ms|miss|mx|dr|prof)\.?\s+)$/iu.exec(before);
      const spanStart = t && t[1] ? start - t[1].length : start;
      out.push({
        label: "personalised",
        start: spanStart,
        end,
        rule: "personalised.name",
        why: "Uses the customer's own name.",
      });
    }
  }

  // ---- other names used to address the customer
  for (const other of names.others) {
    const pattern = wordPattern(escapeRegExp(other), "gu");
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(norm)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      const si = sentenceIndexAt(sentences, start);
      const s = si >= 0 ? sentences[si] : undefined;
      if (!s) continue;
      // Bounded windows keep this linear on pathological input.
      const pre = norm.slice(Math.max(s.start, start - 60), start);
      const post = norm.slice(end, Math.min(s.end, end + 8));
      const atSentenceEnd = s.end - end <= 8 && /^\s*(?:[,.!?;]\s*)?$/.test(norm.slice(end, s.end));
      const openingVocative = start - s.start <= 3 && pre.trim() === "" && /^\s*[,!]/.test(post);
      const closingVocative = /,\s*$/.test(pre) && (/^\s*[,.!?;]/.test(post) || atSentenceEnd);
      if (!openingVocative && !closingVocative) continue;
      const endOfMessage = norm.length - end <= 8 && /^[\s.!]*$/.test(norm.slice(end));
      if (endOfMessage && VALEDICTION_BEFORE.test(pre)) continue; // the agent's sign-off
      // The sign-off with the sender's shop or team after the name, to the end of the message ("Best wishes,
      // / Sam, Hearth & Bean", "Sam at Hearth & Bean", "Sam (Customer Care)"): the sender, not a vocative.
      // A capital must open what follows, so "Thanks, Sam, for your order" is still addressed to Sam.
      if (
        norm.length - end <= 60 &&
        SIGN_OFF_AFFILIATION.test(norm.slice(end)) &&
        VALEDICTION_BEFORE.test(norm.slice(Math.max(0, start - 60), start))
      )
        continue;
      out.push({
        label: "wrong_name",
        start,
        end,
        rule: "wrong_name.vocative",
        why: "Addresses the customer by someone else's name.",
      });
    }
  }

  // ---- order references
  for (const ref of cleanList(context.orderRefs)) {
    const refPattern = refPatternOf(ref);
    let m: RegExpExecArray | null;
    while ((m = refPattern.exec(norm)) !== null) {
      out.push({
        label: "order_reference",
        start: m.index,
        end: m.index + m[0].length,
        rule: "order_reference.ref",
        why: "Quotes the customer's order reference.",
      });
    }
  }

  // ---- products
  for (const product of cleanList(context.productNames)) {
    for (const { pattern, rule } of productPatternsOf(product)) {
      pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(norm)) !== null) {
        if (m[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        out.push({
          label: "order_reference",
          start: m.index,
          end: m.index + m[0].length,
          rule,
          why: "Refers to the product the customer bought.",
        });
      }
    }
  }
  return out;
}

/** The pattern of an order reference ("ORD-10234", "ORD10234", "#10234", "order 10234"). */
function refPatternOf(ref: string): RegExp {
  const parts = /^([A-Za-z]+)[-\s#]?(\d+)$/.exec(ref);
  const bodies: string[] = [];
  if (parts && parts[1] && parts[2]) {
    const prefix = escapeRegExp(parts[1]);
    const digits = parts[2];
    bodies.push(`${prefix}[-\\s]?${digits}`);
    bodies.push(`#\\s?${digits}`);
    bodies.push(`order\\s+(?:(?:number|no\\.?|ref(?:erence)?)\\s+)?#?${digits}`);
  } else {
    bodies.push(escapeRegExp(ref));
  }
  return cachedRegExp(`(?<![\\p{L}\\p{N}])(?:${bodies.join("|")})(?![\\p{N}])`, "giu");
}

/** Speed only: each product's patterns, built once (bounded, as the patterns are). */
const productPatterns = new Map<string, { pattern: RegExp; rule: string }[]>();

/** A product's full name, its brand and its type noun, each a pattern with the rule it stands for. */
function productPatternsOf(product: string): { pattern: RegExp; rule: string }[] {
  const known = productPatterns.get(product);
  if (known) return known;
  const bodies: { body: string; flags: string; rule: string }[] = [];
  bodies.push({
    body: escapeRegExp(product).replace(/\s+/g, "\\s+"),
    flags: "giu",
    rule: "order_reference.product-name",
  });
  const tokens = product.split(/\s+/);
  const brand = tokens[0];
  if (
    brand &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(brand) &&
    !GENERIC_PRODUCT_WORDS.has(brand.toLowerCase()) &&
    tokens.length > 1
  ) {
    bodies.push({ body: escapeRegExp(brand), flags: "gu", rule: "order_reference.product-brand" });
  }
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] ?? "";
    if (!/^\p{L}{3,}$/u.test(t) || GENERIC_PRODUCT_WORDS.has(t.toLowerCase())) continue;
    // As written, plus a plural for a singular noun ("kettle", "kettles"). A plural noun is not
    // singularised: "Beans" must not match the shop name "Bean & Brew".
    const lower = t.toLowerCase();
    const body = lower.endsWith("s") ? escapeRegExp(lower) : `${escapeRegExp(lower)}(?:s|es)?`;
    bodies.push({ body, flags: "giu", rule: "order_reference.product-type" });
    break;
  }
  // Each its own object: a product's brand may be another's name, and both may be read in one reply.
  const list = bodies.map(({ body, flags, rule }) => ({
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, flags),
    rule,
  }));
  if (productPatterns.size >= CACHED_PATTERNS) productPatterns.clear();
  productPatterns.set(product, list);
  return list;
}
