/**
 * A conservative, automatic prefilter for the phrase rules (speed only; it never changes results).
 *
 * From a regular expression's source we work out a small set of literal strings such that EVERY
 * match must contain at least one of them (e.g. `\b(?:i|we)(?:'m|'re)\s+sorry\b` -> ["sorry"]).
 * Before running the regex, the analyser checks with
 * `String.prototype.includes` that the message contains one of them; if none is present the regex
 * cannot match and is skipped. When no such set can be found the rule always runs.
 *
 * Only plain literal characters outside groups and classes count; anything optional (`?`, `*`,
 * `{0,n}`) is dropped; a group contributes only if it is not optional and every one of its
 * alternatives yields literals; lookarounds never contribute. For case-insensitive patterns the
 * literals are lower-cased and checked against an ASCII-lower-cased copy of the message.
 * `requiredQuery` keeps more: every literal each alternative needs (all of them), so a rule whose words
 * are common one by one ("not", "our", "fault") but not together is skipped as well (5 December: the
 * phrase rules run on the 2,000-character timing reply fell from 97 of 192 to 63).
 * analyse-message.test.ts checks that the prefilter never rejects text a rule matches.
 */

const MIN_LITERAL = 3;

/** Index just past the group/class that starts at `i` (source[i] is '(' or '['). */
function skipBracket(src: string, i: number): number {
  if (src[i] === "[") {
    let j = i + 1;
    while (j < src.length && src[j] !== "]") j += src[j] === "\\" ? 2 : 1;
    return j + 1;
  }
  let depth = 0;
  let j = i;
  while (j < src.length) {
    const c = src[j];
    if (c === "\\") {
      j += 2;
      continue;
    }
    if (c === "[") {
      j = skipBracket(src, j);
      continue;
    }
    if (c === "(") depth++;
    else if (c === ")") {
      depth--;
      if (depth === 0) return j + 1;
    }
    j++;
  }
  return j;
}

/** Splits on '|' at depth 0. */
function splitAlternatives(src: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === "\\") i += 2;
    else if (c === "[" || c === "(") i = skipBracket(src, i);
    else if (c === "|") {
      out.push(src.slice(start, i));
      i++;
      start = i;
    } else i++;
  }
  out.push(src.slice(start));
  return out;
}

/** Length of a quantifier at `i` (0 if none) and whether it allows zero repetitions. */
function quantifierAt(src: string, i: number): { len: number; optional: boolean } {
  const c = src[i];
  let len = 0;
  let optional = false;
  if (c === "?" || c === "*") {
    len = 1;
    optional = true;
  } else if (c === "+") len = 1;
  else if (c === "{") {
    const m = /^\{(\d*)(?:,(\d*))?\}/.exec(src.slice(i));
    if (m) {
      len = m[0].length;
      optional = m[1] === "" || m[1] === "0";
    }
  }
  if (len > 0 && src[i + len] === "?") len++; // lazy
  return { len, optional };
}

/**
 * Literals one of which every match of `pattern` contains, or null when none can be derived.
 * `caseInsensitive` tells the caller which copy of the text to look in.
 */
export function requiredLiterals(pattern: RegExp): { literals: string[] | null; caseInsensitive: boolean } {
  const { query, caseInsensitive } = queryOf(pattern);
  return { literals: query === null ? null : literalsOf(query), caseInsensitive };
}

/** The pattern's query in source order (null when none can be derived or the source is not understood). */
function queryOf(pattern: RegExp): { query: LiteralQuery | null; caseInsensitive: boolean } {
  const caseInsensitive = pattern.flags.includes("i");
  try {
    return { query: queryForAlternation(pattern.source, caseInsensitive), caseInsensitive };
  } catch {
    return { query: null, caseInsensitive };
  }
}

/** One set of literals that `query` implies one of: for "all", the set whose shortest literal is longest. */
function literalsOf(query: LiteralQuery): string[] {
  if (typeof query === "string") return [query];
  if ("any" in query) {
    const out: string[] = [];
    for (const q of query.any) for (const l of literalsOf(q)) if (!out.includes(l)) out.push(l);
    return out;
  }
  const score = (t: string[]) => Math.min(...t.map((l) => l.length));
  let best: string[] | null = null;
  for (const q of query.all) {
    const t = literalsOf(q);
    if (best === null || score(t) > score(best)) best = t;
  }
  return best ?? [];
}

/**
 * A condition every match of a pattern implies about the text: a literal it must contain, all of some
 * conditions, or one of some. `null` is no condition (the pattern always runs).
 */
export type LiteralQuery = string | { all: LiteralQuery[] } | { any: LiteralQuery[] };

/** Every literal run and required group of one alternative, all required (longest literals first: most often absent). */
function queryForSequence(src: string, lower: boolean): LiteralQuery | null {
  const items: LiteralQuery[] = [];
  let run = "";
  const flush = () => {
    if (run.length >= MIN_LITERAL) {
      const lit = lower ? run.toLowerCase() : run;
      if (!items.includes(lit)) items.push(lit);
    }
    run = "";
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? "";
    if (c === "\\") {
      flush();
      const next = src[i + 1] ?? "";
      let len = 2;
      if (next === "u" && src[i + 2] === "{") len = src.indexOf("}", i) - i + 1;
      else if (next === "u") len = 6;
      else if (next === "x") len = 4;
      else if ((next === "p" || next === "P") && src[i + 2] === "{") len = src.indexOf("}", i) - i + 1;
      i += Math.max(2, len);
      i += quantifierAt(src, i).len;
      continue;
    }
    if (c === "[") {
      flush();
      i = skipBracket(src, i);
      i += quantifierAt(src, i).len;
      continue;
    }
    if (c === "(") {
      flush();
      const end = skipBracket(src, i);
      const q = quantifierAt(src, end);
      const inner = src.slice(i + 1, end - 1);
      const isLookaround = /^\?(?:=|!|<=|<!)/.test(inner);
      if (!isLookaround && !q.optional) {
        const body = inner.startsWith("?:")
          ? inner.slice(2)
          : inner.startsWith("?<")
            ? inner.slice(inner.indexOf(">") + 1)
            : inner;
        const t = queryForAlternation(body, lower);
        if (t !== null) items.push(t);
      }
      i = end + q.len;
      continue;
    }
    if (c === "^" || c === "$" || c === ".") {
      flush();
      i++;
      i += quantifierAt(src, i).len;
      continue;
    }
    if (quantifierAt(src, i + 1).len > 0) {
      flush();
      i += 1 + quantifierAt(src, i + 1).len;
      continue;
    }
    run += c;
    i++;
  }
  flush();
  if (items.length === 0) return null;
  return items.length === 1 ? (items[0] ?? null) : { all: items };
}

function queryForAlternation(src: string, lower: boolean): LiteralQuery | null {
  const alts: LiteralQuery[] = [];
  for (const alt of splitAlternatives(src)) {
    const q = queryForSequence(alt, lower);
    if (q === null) return null;
    if (typeof q !== "string" && "any" in q) alts.push(...q.any);
    else if (!alts.includes(q)) alts.push(q);
  }
  return alts.length === 1 ? (alts[0] ?? null) : { any: alts };
}

/**
 * Like `requiredLiterals`, but keeps every literal an alternative needs ("not our fault" needs "not", "our"
 * and "fault"), so a pattern whose words are each common but never together is skipped too. Checked by
 * `queryHolds`; null when nothing can be derived.
 */
export function requiredQuery(pattern: RegExp): { query: LiteralQuery | null; caseInsensitive: boolean } {
  const { query, caseInsensitive } = queryOf(pattern);
  return { query: query === null ? null : longestFirst(query), caseInsensitive };
}

/** The same query with each "all" asking its longest literals first (they are the most often absent). */
function longestFirst(query: LiteralQuery): LiteralQuery {
  if (typeof query === "string") return query;
  if ("any" in query) return { any: query.any.map(longestFirst) };
  const weight = (q: LiteralQuery) => (typeof q === "string" ? q.length : 0);
  return { all: query.all.map(longestFirst).sort((a, b) => weight(b) - weight(a)) };
}

/** Whether the text (through `has`, which answers for one literal) may satisfy `query` (tests; the analyser uses QueryNode). */
export function queryHolds(query: LiteralQuery, has: (literal: string) => boolean): boolean {
  if (typeof query === "string") return has(query);
  if ("all" in query) {
    for (const q of query.all) if (!queryHolds(q, has)) return false;
    return true;
  }
  for (const q of query.any) if (queryHolds(q, has)) return true;
  return false;
}

/**
 * A query over literal ids, one object shape for every node (a literal, all of, any of) so that checking
 * it stays a fast monomorphic loop.
 */
export class QueryNode {
  constructor(
    /** 0: the literal `id`; 1: all of `items`; 2: any of `items`. */
    readonly op: 0 | 1 | 2,
    readonly id: number,
    readonly items: readonly QueryNode[],
  ) {}

  /** Whether the text may satisfy the query; `has` answers for one literal id. */
  holds(has: (id: number) => boolean): boolean {
    if (this.op === 0) return has(this.id);
    const items = this.items;
    if (this.op === 1) {
      for (let i = 0; i < items.length; i++) if (!items[i]!.holds(has)) return false;
      return true;
    }
    for (let i = 0; i < items.length; i++) if (items[i]!.holds(has)) return true;
    return false;
  }
}

/**
 * Numbers the literals of many queries and remembers, for one text at a time, which are in it: the phrase
 * rules share many words ("you", "your", "will"), so each is looked up once per text. Generation stamps
 * instead of a Map or a fresh array per text (a Map per text cost more than the look-ups it saved, see
 * `contains`).
 */
export class LiteralTable {
  readonly literals: string[] = [];
  /** Per id: whether it is looked for in the lower-cased text (else in the text as it is). */
  private readonly caseInsensitive: boolean[] = [];
  /** Per id: the trigram keys of its lower-cased form (a case-sensitive literal is in the text only if that is in the lower-cased text). */
  private readonly keys: Int32Array[] = [];
  private readonly ids = new Map<string, number>();
  private stamp = new Uint32Array(0);
  private found = new Uint8Array(0);
  private generation = 0;

  /** `query` with each literal replaced by its id. */
  add(query: LiteralQuery, caseInsensitive: boolean): QueryNode {
    if (typeof query === "string") {
      const key = `${caseInsensitive ? "i" : "c"}${query}`;
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.literals.length;
        this.ids.set(key, id);
        this.literals.push(query);
        this.caseInsensitive.push(caseInsensitive);
        this.keys.push(trigramKeys(asciiLower(query)));
      }
      return new QueryNode(0, id, []);
    }
    if ("all" in query)
      return new QueryNode(
        1,
        -1,
        query.all.map((q) => this.add(q, caseInsensitive)),
      );
    return new QueryNode(
      2,
      -1,
      query.any.map((q) => this.add(q, caseInsensitive)),
    );
  }

  /**
   * A look-up for one text: `text` as analysed, `lower` its `asciiLower`, `index` a LiteralIndex of `lower`.
   * Each literal is looked for at most once; a new reader forgets the previous text's answers.
   */
  reader(text: string, lower: string, index: LiteralIndex): (id: number) => boolean {
    if (this.stamp.length !== this.literals.length) {
      this.stamp = new Uint32Array(this.literals.length);
      this.found = new Uint8Array(this.literals.length);
    }
    if (++this.generation === 0xffffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    const generation = this.generation;
    const { stamp, found, literals, caseInsensitive, keys } = this;
    return (id: number): boolean => {
      if (stamp[id] !== generation) {
        stamp[id] = generation;
        found[id] =
          index.mayContain(keys[id]!) && (caseInsensitive[id] ? lower : text).includes(literals[id]!) ? 1 : 0;
      }
      return found[id] === 1;
    };
  }
}

/** ASCII-only lower-casing: same length as the input, matches what literal checks need. */
export function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

/**
 * Answers "does the text contain this literal?" quickly for many literals: every 3-character
 * window of the text is marked in a bitmap, so most absent literals are rejected with a few bit
 * tests; a literal whose trigrams are all present is then confirmed with `includes`.
 * The bitmap is shared (analysis is synchronous); call `release()` when done.
 */
const TRIGRAM_BITS = new Uint32Array(1 << 16); // 2^21 bits: 7 bits per character
let trigramInUse = false;

function charKey(code: number): number {
  return code < 128 ? code : 127;
}

/** The bitmap keys of a literal's 3-character windows (for `LiteralIndex.mayContain`). */
export function trigramKeys(literal: string): Int32Array {
  const keys = new Int32Array(Math.max(0, literal.length - 2));
  for (let i = 0; i + 3 <= literal.length; i++)
    keys[i] =
      (charKey(literal.charCodeAt(i)) << 14) |
      (charKey(literal.charCodeAt(i + 1)) << 7) |
      charKey(literal.charCodeAt(i + 2));
  return keys;
}

export class LiteralIndex {
  private readonly keys: number[] = [];
  private readonly owned: boolean;

  constructor(private readonly text: string) {
    // If the bitmap is somehow in use (re-entrant call), fall back to plain `includes`.
    this.owned = !trigramInUse;
    if (!this.owned) return;
    trigramInUse = true;
    const n = text.length;
    if (n < 3) return;
    let a = charKey(text.charCodeAt(0));
    let b = charKey(text.charCodeAt(1));
    for (let i = 2; i < n; i++) {
      const c = charKey(text.charCodeAt(i));
      const key = (a << 14) | (b << 7) | c;
      const word = key >>> 5;
      const bit = 1 << (key & 31);
      if ((TRIGRAM_BITS[word]! & bit) === 0) {
        TRIGRAM_BITS[word] = TRIGRAM_BITS[word]! | bit;
        this.keys.push(key);
      }
      a = b;
      b = c;
    }
  }

  /** Whether the text contains `literal`. */
  has(literal: string): boolean {
    return this.contains(literal);
  }

  /**
   * The bit tests, then `includes`. No memo: the analyser asks hundreds of literals a reply, most of them once,
   * and a Map entry per literal cost more than the tests it saved (5 December: the respect frames' 560 cues
   * put the 2,000-character reply over its 1 ms budget through the memo; without it, back under).
   */
  contains(literal: string): boolean {
    if (this.owned && literal.length >= 3) {
      for (let i = 0; i + 3 <= literal.length; i++) {
        const key =
          (charKey(literal.charCodeAt(i)) << 14) |
          (charKey(literal.charCodeAt(i + 1)) << 7) |
          charKey(literal.charCodeAt(i + 2));
        if ((TRIGRAM_BITS[key >>> 5]! & (1 << (key & 31))) === 0) return false;
      }
    }
    return this.text.includes(literal);
  }

  /**
   * False when the text lacks one of these trigram keys (`trigramKeys` of a lower-cased literal), so the
   * literal cannot be in it; true means "look with `includes`". The keys are worked out once per literal.
   */
  mayContain(keys: Int32Array): boolean {
    if (!this.owned) return true;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if ((TRIGRAM_BITS[key >>> 5]! & (1 << (key & 31))) === 0) return false;
    }
    return true;
  }

  release(): void {
    if (!this.owned) return;
    for (const key of this.keys) TRIGRAM_BITS[key >>> 5] = 0;
    this.keys.length = 0;
    trigramInUse = false;
  }
}
