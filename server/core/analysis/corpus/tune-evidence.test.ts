/**
 * corpus/tune-evidence.jsonl (README, "Eighth pass"): which sentences of a `tune` reply carry a label.
 * Every line must name a `tune` reply (never `holdout`) that has the label, and its sentence indexes must
 * still point at the sentences it quotes as segment.ts splits the reply today (a segmenter change that
 * moves them fails here instead of silently training on the wrong sentence).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ruleStage } from "../analyse-message";
import { parseDevSet } from "../evaluation";
import { parseEvidence } from "../model/train";
import { splitForId } from "./split";

const read = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), "utf8");

describe("corpus/tune-evidence.jsonl", () => {
  const evidence = parseEvidence(read("./tune-evidence.jsonl"));
  const tune = new Map(
    parseDevSet(read("./dev-set.jsonl"))
      .filter((r) => r.split === "tune")
      .map((r) => [r.id, r]),
  );

  it("names only `tune` replies that have the label, one line per reply and label", () => {
    const seen = new Set<string>();
    for (const e of evidence) {
      expect(splitForId(e.id), e.id).toBe("tune");
      const row = tune.get(e.id);
      expect(row, e.id).toBeDefined();
      expect(row?.labels, `${e.id} ${e.label}`).toContain(e.label);
      expect(seen.has(`${e.id}|${e.label}`), `${e.id} ${e.label} twice`).toBe(false);
      seen.add(`${e.id}|${e.label}`);
      expect(e.sentences.length, e.id).toBeGreaterThan(0);
      expect(e.text.length, e.id).toBe(e.sentences.length);
    }
  });

  it("points at the sentences it quotes, as segment.ts splits the reply", () => {
    for (const e of evidence) {
      const row = tune.get(e.id);
      if (!row) continue;
      const sentences = ruleStage(row.text).sentences;
      e.sentences.forEach((i, k) => {
        const s = sentences[i];
        expect(s, `${e.id} sentence ${i}`).toBeDefined();
        if (s) expect(row.text.slice(s.start, s.end).replace(/\n/g, " "), `${e.id} ${i}`).toBe(e.text[k]);
      });
    }
  });
});
