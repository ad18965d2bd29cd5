/**
 * Features for the statistical part of the analyser: the words of one sentence, lower-cased, as
 * unigrams and bigrams, plus "starts with" and "is a question" markers. Binary (present or not), so
 * repeating a phrase does not make a label more likely. Shared by the runtime (classifier.ts) and
 * the training script (scripts/train-analyser.ts), so both see exactly the same features.
 */

const TOKEN = /[a-z0-9]+(?:'[a-z]+)?|[?]/g;

/** Lower-case word tokens of already-normalised text (see segment.ts normaliseText); digits become "0". */
export function tokenise(norm: string): string[] {
  const out: string[] = [];
  const lower = norm.toLowerCase();
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(lower)) !== null) {
    const t = m[0];
    out.push(/[0-9]/.test(t) ? t.replace(/[0-9]+/g, "0") : t);
  }
  return out;
}

/** The sentence's features, each once, in a fixed order. */
export function sentenceFeatures(norm: string): string[] {
  const tokens = tokenise(norm);
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      out.push(f);
    }
  };
  if (tokens.length > 0) add(`^${tokens[0]}`);
  if (tokens.length > 1) add(`^${tokens[0]}_${tokens[1]}`);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    add(t);
    const next = tokens[i + 1];
    if (next !== undefined) add(`${t}_${next}`);
  }
  return out;
}
