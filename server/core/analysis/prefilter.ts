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
 * Session 42 (speed): `requiredSpacedQuery` adds, for case-insensitive patterns, the words that must stand
 * together ("not our fault"), looked for in the lower-cased text with its whitespace squeezed; the rules run on
 * the 2,000-character timing reply fell from 64 of 210 to 45. Every rule literal is found by one pass of a
 * LiteralScanner (Aho–Corasick) instead of an `includes` per literal. prefilter.test.ts checks both.
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

/** How many characters the escape at `src[i]` ("\\") takes: \u{…}, \uXXXX, \xXX, \p{…}, else two. */
function escapeLength(src: string, i: number): number {
  const next = src[i + 1] ?? "";
  let len = 2;
  if (next === "u" && src[i + 2] === "{") len = src.indexOf("}", i) - i + 1;
  else if (next === "u") len = 6;
  else if (next === "x") len = 4;
  else if ((next === "p" || next === "P") && src[i + 2] === "{") len = src.indexOf("}", i) - i + 1;
  return Math.max(2, len);
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
      i += escapeLength(src, i);
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

/**
 * A second, stronger condition for a case-insensitive pattern (speed only, asked as well as `requiredQuery`'s):
 * the words either side of whitespace the pattern requires stay together, with one space for the whitespace
 * (`\bnot\s+(?:my|our)\s+fault\b` needs "not my fault" or "not our fault"), where `requiredQuery` asks only
 * for each word, which are common one by one. Its literals are looked for in `squeezeSpaces` of the lower-cased
 * text, where every run of whitespace is one space, so a match with any whitespace between its words is found.
 * Built only from what every match must contain, in order and next to each other: literal ASCII characters,
 * required whitespace, `\b` (matches no character), an optional character or group (`s?`, `(?:just\s+)?`,
 * both ways) and groups of a few such fixed strings (expanded). Anything else ends a literal. Null when
 * nothing can be derived, or for a case-sensitive or `u`/`v` pattern (their query stays `requiredQuery`'s).
 */
export function requiredSpacedQuery(pattern: RegExp): LiteralQuery | null {
  const f = pattern.flags;
  if (!f.includes("i") || f.includes("u") || f.includes("v")) return null;
  try {
    const q = spacedAlternation(pattern.source);
    return q === null ? null : longestFirst(q);
  } catch {
    return null;
  }
}

/** Which character codes a regular expression's `\s` matches (squeezeSpaces' own test), worked out once at load. */
const JS_SPACE = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < table.length; c++) if (/\s/.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();
const isJsSpace = (c: number): boolean => JS_SPACE[c] === 1;

/** `text` with every run of whitespace (`\s`) as one space: where `requiredSpacedQuery`'s literals are looked for. */
export function squeezeSpaces(text: string): string {
  return text.replace(/\s+/g, " ");
}

/** At most this many fixed strings are kept for one literal run (groups multiply them). */
const MAX_SPELLINGS = 8;
/** Characters kept of one spelling. */
const MAX_SPELLED = 12;

const isSpaceChar = (c: string): boolean => /\s/.test(c);
const isPlainChar = (c: string): boolean => c.charCodeAt(0) < 128 && !"\\[](){}|^$.*+?".includes(c);

/** Every string in `a` followed by every string in `b`, one space where both bring one; null when too many. */
function joinSpellings(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_SPELLINGS) return null;
  const out: string[] = [];
  for (const x of a)
    for (const y of b) {
      const z = x.endsWith(" ") && y.startsWith(" ") ? x + y.slice(1) : x + y;
      if (!out.includes(z)) out.push(z);
    }
  return out;
}

/**
 * Every string (whitespace squeezed to one space) that `src` can match, when it is only fixed characters,
 * required whitespace, `\b`, optional characters and groups of the same; null otherwise.
 */
function fixedSpellings(src: string): string[] | null {
  const all: string[] = [];
  for (const alt of splitAlternatives(src)) {
    let cur: string[] | null = [""];
    let i = 0;
    while (i < alt.length && cur !== null) {
      const c = alt[i] ?? "";
      if (c === "\\") {
        const next = alt[i + 1] ?? "";
        if (next === "b" || next === "B") {
          i += 2;
          continue;
        }
        if (next === "s") {
          const q = quantifierAt(alt, i + 2);
          if (q.optional) return null;
          cur = joinSpellings(cur, [" "]);
          i += 2 + q.len;
          continue;
        }
        return null;
      }
      if (c === "(") {
        const end = skipBracket(alt, i);
        const inner = alt.slice(i + 1, end - 1);
        if (/^\?(?:=|!|<=|<!)/.test(inner)) return null;
        const body = inner.startsWith("?:")
          ? inner.slice(2)
          : inner.startsWith("?<")
            ? inner.slice(inner.indexOf(">") + 1)
            : inner;
        const q = quantifierAt(alt, end);
        const inside = fixedSpellings(body);
        if (inside === null) return null;
        if (q.len === 0) cur = joinSpellings(cur, inside);
        else if (alt[end] === "?") cur = joinSpellings(cur, ["", ...inside]);
        else return null;
        i = end + q.len;
        continue;
      }
      if (isSpaceChar(c)) {
        cur = joinSpellings(cur, [" "]);
        i++;
        continue;
      }
      if (!isPlainChar(c)) return null;
      const q = quantifierAt(alt, i + 1);
      if (q.len === 0) cur = joinSpellings(cur, [c]);
      else if (alt[i + 1] === "?") cur = joinSpellings(cur, ["", c]);
      else return null;
      i += 1 + q.len;
    }
    if (cur === null) return null;
    for (const x of cur) if (!all.includes(x)) all.push(x);
    if (all.length > MAX_SPELLINGS) return null;
  }
  return all;
}

function spacedAlternation(src: string): LiteralQuery | null {
  const alts: LiteralQuery[] = [];
  for (const alt of splitAlternatives(src)) {
    const q = spacedSequence(alt);
    if (q === null) return null;
    if (typeof q !== "string" && "any" in q) alts.push(...q.any);
    else if (!alts.includes(q)) alts.push(q);
  }
  return alts.length === 1 ? (alts[0] ?? null) : { any: alts };
}

/** What one alternative requires: each run of fixed text (one of its spellings), and each required group's query. */
function spacedSequence(src: string): LiteralQuery | null {
  const items: LiteralQuery[] = [];
  let run: string[] = [""];
  const flush = () => {
    // A run is a condition only if every spelling is long enough (dropping one would ask too much).
    // Each spelling's first MAX_SPELLED characters are enough (they are required too) and keep the scanner small.
    const spellings = [...new Set(run.map((r) => r.toLowerCase().slice(0, MAX_SPELLED)))];
    if (spellings.every((r) => r.length >= MIN_LITERAL)) {
      const q: LiteralQuery = spellings.length === 1 ? (spellings[0] ?? "") : { any: spellings };
      if (!items.some((x) => JSON.stringify(x) === JSON.stringify(q))) items.push(q);
    }
    run = [""];
  };
  const extend = (b: readonly string[]): boolean => {
    const joined = joinSpellings(run, b);
    if (joined === null) return false;
    run = joined;
    return true;
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? "";
    if (c === "\\") {
      const next = src[i + 1] ?? "";
      // \b and \B match no character: the characters either side are next to each other in the text.
      if (next === "b" || next === "B") {
        i += 2;
        continue;
      }
      if (next === "s") {
        const q = quantifierAt(src, i + 2);
        if (!q.optional && extend([" "])) {
          i += 2 + q.len;
          continue;
        }
      }
      flush();
      i += escapeLength(src, i);
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
      const end = skipBracket(src, i);
      const q = quantifierAt(src, end);
      const inner = src.slice(i + 1, end - 1);
      const isLookaround = /^\?(?:=|!|<=|<!)/.test(inner);
      const body = inner.startsWith("?:")
        ? inner.slice(2)
        : inner.startsWith("?<")
          ? inner.slice(inner.indexOf(">") + 1)
          : inner;
      if (!isLookaround) {
        const fixed = fixedSpellings(body);
        if (fixed !== null) {
          if (q.len === 0 && extend(fixed)) {
            i = end;
            continue;
          }
          if (src[end] === "?" && extend(["", ...fixed])) {
            i = end + q.len;
            continue;
          }
        }
      }
      flush();
      if (!isLookaround && !q.optional) {
        const t = spacedAlternation(body);
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
    if (isSpaceChar(c)) {
      const q = quantifierAt(src, i + 1);
      if (!q.optional && extend([" "])) {
        i += 1 + q.len;
        continue;
      }
      flush();
      i += 1 + q.len;
      continue;
    }
    if (!isPlainChar(c)) {
      flush();
      i += 1 + quantifierAt(src, i + 1).len;
      continue;
    }
    const q = quantifierAt(src, i + 1);
    if (q.len === 0 && extend([c])) {
      i++;
      continue;
    }
    if (src[i + 1] === "?" && extend(["", c])) {
      i += 1 + q.len;
      continue;
    }
    flush();
    i += 1 + q.len;
  }
  flush();
  if (items.length === 0) return null;
  return items.length === 1 ? (items[0] ?? null) : { all: items };
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

/** Where a literal of a LiteralTable is looked for: the lower-cased text, the text as it is, or `squeezeSpaces` of the lower-cased text. */
export type LiteralPlace = "lower" | "text" | "squeezed";

/**
 * Numbers the literals of many queries and answers, for one text at a time, which are in it. Each literal is
 * looked up at most once per text (generation stamps instead of a Map or a fresh array per text). Session 42:
 * all of them are found by one pass of an automaton (LiteralScanner) over the squeezed lower-cased text, where
 * a literal without whitespace is exactly where it is in the lower-cased text, instead of a search of the whole
 * text per literal; a literal with whitespace that is to be looked for in the text or its lower-cased copy keeps
 * the trigram test and `includes`.
 */
export class LiteralTable {
  readonly literals: string[] = [];
  private readonly places: LiteralPlace[] = [];
  /** Per id: its number in the scanner (-1: not scanned), and whether the scanner's answer is the whole answer. */
  private readonly scanIds: number[] = [];
  private readonly scanExact: boolean[] = [];
  /** Per id: the trigram keys of its lower-cased form (for a literal not scanned). */
  private readonly keys: Int32Array[] = [];
  private readonly ids = new Map<string, number>();
  /** What the scanner looks for: each literal with the number it reports (one number for a group of spellings). */
  private readonly scanned: { literal: string; out: number }[] = [];
  private scanOuts = 0;
  private readonly scannedIds = new Map<string, number>();
  private scanner: LiteralScanner | null = null;
  private lastScan = 0;
  private stamp = new Uint32Array(0);
  private found = new Uint8Array(0);
  private generation = 0;

  /** `query` with each literal replaced by its id; `place` says where its literals are looked for. */
  add(query: LiteralQuery, place: LiteralPlace): QueryNode {
    // One of several literals the scanner answers for exactly: one number for them all, so the query asks once.
    if (
      typeof query !== "string" &&
      "any" in query &&
      place !== "text" &&
      query.any.every((q) => typeof q === "string" && q.length > 0 && (place === "squeezed" || !/\s/.test(q)))
    ) {
      const spellings = query.any as string[];
      const key = `${place}:any:${spellings.join("\u0000")}`;
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.literals.length;
        this.ids.set(key, id);
        this.literals.push(spellings.join("|"));
        this.places.push(place);
        const out = this.scanOuts++;
        for (const l of spellings) this.scanned.push({ literal: asciiLower(l), out });
        this.scanIds.push(out);
        this.scanExact.push(true);
        this.keys.push(new Int32Array(0));
      }
      return new QueryNode(0, id, []);
    }
    if (typeof query === "string") {
      const key = `${place}:${query}`;
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.literals.length;
        this.ids.set(key, id);
        this.literals.push(query);
        this.places.push(place);
        // Squeezing only changes whitespace, so a literal without any is in the squeezed text exactly when it is in
        // the lower-cased text (and a case-sensitive one only if its lower-cased form is).
        const spaceless = !/\s/.test(query);
        const scanAs = place === "squeezed" || spaceless ? asciiLower(query) : null;
        let sid = -1;
        if (scanAs !== null && scanAs.length > 0) {
          sid = this.scannedIds.get(scanAs) ?? -1;
          if (sid < 0) {
            sid = this.scanOuts++;
            this.scanned.push({ literal: scanAs, out: sid });
            this.scannedIds.set(scanAs, sid);
          }
        }
        this.scanIds.push(sid);
        this.scanExact.push(sid >= 0 && place !== "text");
        this.keys.push(trigramKeys(asciiLower(query)));
      }
      return new QueryNode(0, id, []);
    }
    if ("all" in query)
      return new QueryNode(
        1,
        -1,
        query.all.map((q) => this.add(q, place)),
      );
    return new QueryNode(
      2,
      -1,
      query.any.map((q) => this.add(q, place)),
    );
  }

  /**
   * Speed only: what the last scan must have found for `node` to hold (a literal is never found by the reader unless
   * its scanner number was): each entry a list of scanner numbers, one of which was found; null when nothing can be
   * said. `foundAll` of it is a cheap first test: most rules' queries fail it without being walked (session 45).
   */
  trigger(node: QueryNode): Int32Array[] | null {
    // The shortest clauses first: a single literal most often rules the query out at once.
    const clauses = this.clausesOf(node).sort((a, b) => a.length - b.length);
    return clauses.length === 0 ? null : clauses.map((c) => Int32Array.from(c));
  }

  /** Clauses (each: scanner numbers, one of which must be found) that all hold when `node` does; [] for none. */
  private clausesOf(node: QueryNode): number[][] {
    if (node.op === 0) {
      const sid = this.scanIds[node.id]!;
      return sid >= 0 ? [[sid]] : [];
    }
    const lists = node.items.map((q) => this.clausesOf(q));
    // All of them: every child's clauses.
    if (node.op === 1) return lists.flat();
    // One of them: one clause of each child, joined (whichever child holds, its clause is met); none if a child has none.
    if (lists.some((l) => l.length === 0)) return [];
    const joined = new Set<number>();
    for (const l of lists) {
      let best = l[0]!;
      for (const c of l) if (c.length < best.length) best = c;
      for (const out of best) joined.add(out);
    }
    return [[...joined]];
  }

  /** Whether the last scan (of the latest reader) met every clause of `clauses` (see `trigger`). */
  foundAll(clauses: readonly Int32Array[]): boolean {
    const scanner = this.scanner;
    if (scanner === null) return true;
    const scan = this.lastScan;
    for (let c = 0; c < clauses.length; c++) {
      const outs = clauses[c]!;
      let met = false;
      for (let i = 0; i < outs.length && !met; i++) met = scanner.found(outs[i]!, scan);
      if (!met) return false;
    }
    return true;
  }

  /**
   * A look-up for one text: `text` as analysed, `lower` its `asciiLower`, `index` a LiteralIndex of `lower`.
   * Reads the squeezed text once; each other look-up is made at most once; a new reader forgets the previous
   * text's answers.
   */
  reader(text: string, lower: string, index: LiteralIndex): (id: number) => boolean {
    if (this.stamp.length !== this.literals.length) {
      this.stamp = new Uint32Array(this.literals.length);
      this.found = new Uint8Array(this.literals.length);
    }
    if (this.scanner === null || this.scanner.entries !== this.scanned.length)
      this.scanner = new LiteralScanner(this.scanned, this.scanOuts);
    const scanner = this.scanner;
    const scan = scanner.scan(lower, true); // as squeezeSpaces(lower)
    this.lastScan = scan;
    if (++this.generation === 0xffffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    const generation = this.generation;
    const { stamp, found, literals, places, scanIds, scanExact, keys } = this;
    return (id: number): boolean => {
      if (stamp[id] !== generation) {
        stamp[id] = generation;
        const sid = scanIds[id]!;
        const literal = literals[id]!;
        const where = places[id] === "text" ? text : lower;
        found[id] = (
          sid >= 0
            ? scanner.found(sid, scan) && (scanExact[id] || where.includes(literal))
            : index.mayContain(keys[id]!) && where.includes(literal)
        )
          ? 1
          : 0;
      }
      return found[id] === 1;
    };
  }
}

/**
 * Finds which of a fixed list of literals are in a text in one pass (an Aho–Corasick automaton: a complete
 * transition table over the characters the literals use). Exact substring semantics over UTF-16 code units,
 * the same as `String.prototype.includes`. Speed only (session 42).
 */
export class LiteralScanner {
  /** How many literals it looks for. */
  readonly entries: number;
  /** Character code -> class (0: a character in no literal). */
  private readonly classOf = new Uint16Array(65536);
  private readonly width: number;
  /**
   * (state * width) + class -> the next state's row (state * width), bitwise-negated (`~row`) when that state
   * reports literals: the scan multiplies nothing and looks further only at such states (speed only).
   */
  private readonly step: Int32Array;
  /** Literal ids ending at each state (its own and its suffixes'): `outIds[outStart[s] .. outStart[s + 1])`. */
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;
  /** Per state: the last scan that reached it (its literals are marked once per scan). */
  private readonly seen: Uint32Array;
  /** Per literal: the last scan that found it. */
  private readonly foundIn: Uint32Array;
  private scans = 0;
  /** The numbers the last scan found, each once: `foundOuts[0 .. foundCount)`. */
  readonly foundOuts: Int32Array;
  foundCount = 0;

  /** `entries`: each literal with the number it reports (several may share one); `outCount`: how many numbers. */
  constructor(entries: readonly { literal: string; out: number }[], outCount: number) {
    this.entries = entries.length;
    const literals = entries.map((e) => e.literal);
    const classOf = this.classOf;
    let width = 1;
    for (const lit of literals)
      for (let i = 0; i < lit.length; i++) {
        const c = lit.charCodeAt(i);
        if (classOf[c] === 0) classOf[c] = width++;
      }
    this.width = width;
    // The trie: children by class in a flat table that grows.
    let cap = 256;
    let child = new Int32Array(cap * width).fill(-1);
    const own: number[][] = [[]];
    let states = 1;
    literals.forEach((lit, id) => {
      let s = 0;
      for (let i = 0; i < lit.length; i++) {
        const k = s * width + classOf[lit.charCodeAt(i)]!;
        let t = child[k]!;
        if (t < 0) {
          if (states === cap) {
            const grown = new Int32Array(cap * 2 * width).fill(-1);
            grown.set(child);
            child = grown;
            cap *= 2;
          }
          t = states++;
          own.push([]);
          child[k] = t;
        }
        s = t;
      }
      const out = entries[id]!.out;
      if (!own[s]!.includes(out)) own[s]!.push(out);
    });
    // Breadth first: failure links, the complete table and each state's literals (its own, then its suffixes').
    const next = new Int32Array(states * width);
    const fail = new Int32Array(states);
    const outs: number[][] = new Array(states);
    const queue = new Int32Array(states);
    let head = 0;
    let tail = 0;
    outs[0] = own[0]!;
    for (let c = 1; c < width; c++) {
      const t = child[c]!;
      if (t > 0) {
        next[c] = t;
        queue[tail++] = t;
      }
    }
    while (head < tail) {
      const s = queue[head++]!;
      const f = fail[s]!;
      outs[s] = [...new Set([...own[s]!, ...outs[f]!])];
      for (let c = 1; c < width; c++) {
        const t = child[s * width + c]!;
        if (t > 0) {
          next[s * width + c] = t;
          fail[t] = s === 0 ? 0 : next[f * width + c]!;
          queue[tail++] = t;
        } else next[s * width + c] = next[f * width + c]!;
      }
    }
    this.outStart = new Int32Array(states + 1);
    let total = 0;
    for (let s = 0; s < states; s++) {
      this.outStart[s] = total;
      total += outs[s]!.length;
    }
    this.outStart[states] = total;
    this.outIds = new Int32Array(total);
    for (let s = 0; s < states; s++) this.outIds.set(outs[s]!, this.outStart[s]!);
    this.step = new Int32Array(next.length);
    for (let k = 0; k < next.length; k++) {
      const t = next[k]!;
      this.step[k] = outs[t]!.length > 0 ? ~(t * width) : t * width;
    }
    this.seen = new Uint32Array(states);
    this.foundIn = new Uint32Array(outCount);
    this.foundOuts = new Int32Array(outCount);
  }

  /**
   * Reads `text` and returns the scan's number, for `found`. `squeeze`: read it as `squeezeSpaces(text)` (every run
   * of whitespace as one space) without building that string (speed only).
   */
  scan(text: string, squeeze = false): number {
    if (++this.scans === 0xffffffff) {
      this.seen.fill(0);
      this.foundIn.fill(0);
      this.scans = 1;
    }
    const scan = this.scans;
    const { classOf, width, step, outStart, outIds, seen, foundIn, foundOuts } = this;
    let row = 0;
    let count = 0;
    let inSpace = false;
    for (let i = 0, n = text.length; i < n; i++) {
      let c = text.charCodeAt(i);
      if (squeeze) {
        if (isJsSpace(c)) {
          if (inSpace) continue;
          inSpace = true;
          c = 32;
        } else inSpace = false;
      }
      const to = step[row + classOf[c]!]!;
      if (to >= 0) {
        row = to;
        continue;
      }
      row = ~to;
      const s = row / width;
      if (seen[s] !== scan) {
        seen[s] = scan;
        for (let k = outStart[s]!, end = outStart[s + 1]!; k < end; k++) {
          const out = outIds[k]!;
          if (foundIn[out] !== scan) {
            foundIn[out] = scan;
            foundOuts[count++] = out;
          }
        }
      }
    }
    this.foundCount = count;
    return scan;
  }

  /** Whether a literal reporting `id` was in the text of scan `scan` (the latest scan only). */
  found(id: number, scan: number): boolean {
    return this.foundIn[id] === scan;
  }
}

/**
 * A fixed list of literals, all looked for in a text by one pass of a LiteralScanner: after `scan(text)`, `has(id)`
 * is exactly `text.includes(literals[id])`, and `hits` lists the ids found. Speed only: the respect frames ask
 * about 2,000 cue words and the tone gates about 1,000 of every reply, each once; a trigram test and `includes`
 * per cue cost a quarter of a millisecond on the 2,000-character timing reply, one pass about a tenth of that.
 */
export class LiteralFinder {
  private readonly scanner: LiteralScanner;
  /** Per id: the scanner's number (-1: the empty literal, in every text). */
  private readonly outOf: Int32Array;
  private readonly idsOfOut: number[][];
  /** The ids of empty literals (in every text). */
  private readonly always: number[] = [];
  private scanNo = 0;
  /** The ids found by the last scan (each once), in `hits[0 .. hitCount)`. */
  readonly hits: Int32Array;
  hitCount = 0;

  constructor(readonly literals: readonly string[]) {
    const outs = new Map<string, number>();
    const entries: { literal: string; out: number }[] = [];
    this.outOf = new Int32Array(literals.length);
    this.idsOfOut = [];
    literals.forEach((literal, id) => {
      if (literal === "") {
        this.outOf[id] = -1;
        this.always.push(id);
        return;
      }
      let out = outs.get(literal);
      if (out === undefined) {
        out = entries.length;
        outs.set(literal, out);
        entries.push({ literal, out });
        this.idsOfOut.push([]);
      }
      this.outOf[id] = out;
      this.idsOfOut[out]!.push(id);
    });
    this.scanner = new LiteralScanner(entries, entries.length);
    this.hits = new Int32Array(literals.length);
  }

  /** Reads `text`: `has` and `hits` answer for it until the next scan. */
  scan(text: string): void {
    this.scanNo = this.scanner.scan(text);
    let n = 0;
    for (const id of this.always) this.hits[n++] = id;
    const found = this.scanner.foundOuts;
    for (let k = 0; k < this.scanner.foundCount; k++)
      for (const id of this.idsOfOut[found[k]!]!) this.hits[n++] = id;
    this.hitCount = n;
  }

  /** Whether the last scanned text contains literal `id`. */
  has(id: number): boolean {
    const out = this.outOf[id]!;
    return out < 0 || this.scanner.found(out, this.scanNo);
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
    return this.mayContainLiteral(literal) && this.text.includes(literal);
  }

  /** The bit tests of `contains` alone: false when the text cannot contain `literal`; true means "may". */
  mayContainLiteral(literal: string): boolean {
    if (this.owned && literal.length >= 3) {
      for (let i = 0; i + 3 <= literal.length; i++) {
        const key =
          (charKey(literal.charCodeAt(i)) << 14) |
          (charKey(literal.charCodeAt(i + 1)) << 7) |
          charKey(literal.charCodeAt(i + 2));
        if ((TRIGRAM_BITS[key >>> 5]! & (1 << (key & 31))) === 0) return false;
      }
    }
    return true;
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
