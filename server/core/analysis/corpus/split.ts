/**
 * Dev-set split rule (see CONTRACT.md and corpus/SOURCES.md): a line's split depends only on its id,
 * never on the text, the labels or any analyser result, so nobody can move a hard example out of the
 * holdout. FNV-1a (32-bit) over the id's UTF-8 bytes; ids hashing into the first 35 of 100 buckets
 * are held out.
 */
export const HOLDOUT_PERCENT = 35;

export type CorpusSplit = "tune" | "holdout";

export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function splitForId(id: string): CorpusSplit {
  return fnv1a32(id) % 100 < HOLDOUT_PERCENT ? "holdout" : "tune";
}
