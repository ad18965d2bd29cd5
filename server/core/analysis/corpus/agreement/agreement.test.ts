import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDevSet } from "../../evaluation";
import { AGREEMENT_LABELS, agreement, cohenKappa, formatAgreement } from "./agreement";

// Recomputes the README's "Second-labeller agreement on the holdout" from the files in this folder.
// The audit compared the blind labels with the gold as it stood on 5 December 2026 (gold-at-audit.jsonl,
// the seven audited labels of the 896 holdout lines); the counts below are pinned on that pair, so the
// test fails if either file changes. dev-set.jsonl may since have taken some of the audit's proposed
// corrections; any other change to an audited line's labels fails here, so the audit is looked at again.
const read = (name: string) => readFileSync(fileURLToPath(new URL(name, import.meta.url)), "utf8");
const jsonl = <T>(raw: string): T[] =>
  raw
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);

interface Labelled {
  id: string;
  labels: string[];
  note?: string;
}
interface Adjudged {
  id: string;
  label: string;
  gold: boolean;
  second: boolean;
  verdict: "gold_right" | "gold_wrong" | "guide_unclear";
  proposed?: "add" | "remove";
  lead?: "accepted" | "rejected";
  lead_reason?: string;
  rule: string;
}

const blind = jsonl<Labelled>(read("./blind-labels.jsonl"));
const goldAtAudit = jsonl<Labelled>(read("./gold-at-audit.jsonl"));
const adjudged = jsonl<Adjudged>(read("./adjudication.jsonl"));
// Holdout labels changed because a guide wording (P1-P18 in adjudication.md) was adopted afterwards
// (decisions.md): each names its wording, so no holdout label moves without a written reason.
interface GuideChange {
  id: string;
  label: string;
  change: "add" | "remove";
  wording: string;
}
const guideChanges = jsonl<GuideChange>(read("./guide-changes.jsonl"));
const second = new Map(blind.map((l) => [l.id, l.labels]));
const gold = new Map(goldAtAudit.map((l) => [l.id, l.labels]));
const holdoutNow = new Map(
  parseDevSet(read("../dev-set.jsonl"))
    .filter((l) => l.split === "holdout")
    .map((l) => [l.id, l.labels]),
);

// label: [both, gold only, second only] on the 896-line holdout, 5 December 2026.
const PINNED: Record<string, [number, number, number]> = {
  listen: [187, 17, 5],
  apologise: [128, 4, 0],
  solve: [73, 22, 8],
  thank: [117, 0, 0],
  non_apology: [38, 0, 3],
  blame: [50, 5, 8],
  dismissive: [50, 4, 23],
};

describe("second-labeller agreement on the holdout", () => {
  const a = agreement(gold, second);

  it("labels the same holdout lines as the gold snapshot, once each, with only the audited labels", () => {
    expect(blind.length).toBe(896);
    expect(new Set(blind.map((l) => l.id)).size).toBe(blind.length);
    expect(goldAtAudit.map((l) => l.id)).toEqual(blind.map((l) => l.id));
    const allowed = new Set<string>(AGREEMENT_LABELS);
    for (const l of [...blind, ...goldAtAudit]) {
      for (const label of l.labels) expect(allowed.has(label), `${l.id}: ${label}`).toBe(true);
    }
  });

  it("matches the pinned counts and the README's macro-F1", () => {
    console.log(formatAgreement(a));
    for (const m of a.perLabel) expect([m.tp, m.fn, m.fp], m.label).toEqual(PINNED[m.label]);
    expect(a.total).toBe(896);
    expect(a.macroF1).toBeCloseTo(0.934, 3);
  });

  it("has one adjudication for every disagreement and none for anything else", () => {
    const disagreements = new Set<string>();
    for (const [id, g] of gold) {
      const s = second.get(id)!;
      for (const label of AGREEMENT_LABELS) {
        if (g.includes(label) !== s.includes(label)) disagreements.add(`${id} ${label}`);
      }
    }
    const keys = adjudged.map((x) => `${x.id} ${x.label}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(keys)).toEqual(disagreements);
    for (const x of adjudged) {
      expect(x.gold, `${x.id} ${x.label}`).toBe(gold.get(x.id)!.includes(x.label));
      expect(x.second, `${x.id} ${x.label}`).toBe(second.get(x.id)!.includes(x.label));
      // A proposed correction moves gold towards what the guide says: add what gold lacks, remove what it has.
      if (x.verdict === "gold_wrong") {
        expect(x.proposed).toBe(x.gold ? "remove" : "add");
        expect(["accepted", "rejected"]).toContain(x.lead);
      } else {
        expect(x.proposed).toBeUndefined();
      }
    }
  });

  it("finds the audited lines in dev-set.jsonl changed only by accepted corrections or adopted guide wordings", () => {
    const accepted = new Set(adjudged.filter((x) => x.lead === "accepted").map((x) => `${x.id} ${x.label}`));
    for (const g of guideChanges) {
      expect(g.wording, `${g.id} ${g.label}`).toMatch(/^P([1-9]|1[0-8])$/);
      // A guide change moves the snapshot's label the way it says, and is applied.
      expect(gold.get(g.id)?.includes(g.label), `${g.id} ${g.label}`).toBe(g.change === "remove");
      expect(holdoutNow.get(g.id)?.includes(g.label), `${g.id} ${g.label} not applied`).toBe(
        g.change === "add",
      );
      expect(accepted.has(`${g.id} ${g.label}`), `${g.id} ${g.label} twice`).toBe(false);
      accepted.add(`${g.id} ${g.label}`);
    }
    const changed: string[] = [];
    for (const [id, before] of gold) {
      const now = holdoutNow.get(id);
      expect(now, `${id} is no longer in the holdout`).toBeDefined();
      for (const label of AGREEMENT_LABELS) {
        if (before.includes(label) !== now!.includes(label)) changed.push(`${id} ${label}`);
      }
    }
    for (const c of changed)
      expect(accepted.has(c), `${c} changed without an accepted correction`).toBe(true);
    console.log(
      `audited holdout lines: ${changed.length} of ${accepted.size} accepted corrections and guide changes applied`,
    );
  });

  it("computes kappa from a 2x2 table", () => {
    // Worked example: 20 both yes, 5 + 10 split, 15 both no (n = 50): po = 0.7, pe = 0.5, kappa = 0.4.
    expect(cohenKappa(20, 10, 5, 15)).toBeCloseTo(0.4, 10);
    expect(cohenKappa(0, 0, 0, 10)).toBe(1);
  });
});
