/**
 * Agreement between two labellings of the same lines: per-label precision, recall and F1 (the first
 * labelling taken as truth), Cohen's kappa, and macro-F1 over the scored labels. Used to measure how
 * reliable the dev set's holdout labels are (README, "Second-labeller agreement on the holdout").
 * Pure: the caller reads the files.
 */
import { evaluate, SCORED_LABELS } from "../../evaluation";

/** The labels the second labeller was asked for: the six scored ones and `dismissive`. */
export const AGREEMENT_LABELS = [...SCORED_LABELS, "dismissive"] as const;

export interface LabelAgreement {
  label: string;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  kappa: number;
}

export interface Agreement {
  total: number;
  perLabel: LabelAgreement[];
  /** Mean F1 over SCORED_LABELS (the same definition as the analyser's figure). */
  macroF1: number;
}

/** Cohen's kappa for one binary label from its 2x2 table; 1 when both labellings are constant and equal. */
export function cohenKappa(tp: number, fp: number, fn: number, tn: number): number {
  const n = tp + fp + fn + tn;
  const observed = (tp + tn) / n;
  // Chance agreement: both say yes by chance plus both say no by chance.
  const chance = ((tp + fn) * (tp + fp) + (fp + tn) * (fn + tn)) / (n * n);
  return chance === 1 ? 1 : (observed - chance) / (1 - chance);
}

/** `gold` and `second` map each line id to its labels; both must hold the same ids. */
export function agreement(
  gold: ReadonlyMap<string, readonly string[]>,
  second: ReadonlyMap<string, readonly string[]>,
  labels: readonly string[] = AGREEMENT_LABELS,
): Agreement {
  const items = [...gold].map(([id, g]) => {
    const s = second.get(id);
    if (!s) throw new Error(`second labelling has no line ${id}`);
    return { gold: g, predicted: s };
  });
  if (second.size !== gold.size) throw new Error("second labelling has lines the gold does not");
  const e = evaluate(items, labels);
  const perLabel = labels.map((label) => {
    const m = e.perLabel[label]!;
    const tn = items.length - m.tp - m.fp - m.fn;
    return {
      label,
      tp: m.tp,
      fp: m.fp,
      fn: m.fn,
      tn,
      precision: m.precision,
      recall: m.recall,
      f1: m.f1,
      kappa: cohenKappa(m.tp, m.fp, m.fn, tn),
    };
  });
  return { total: items.length, perLabel, macroF1: e.macroF1 };
}

/** A plain-text table (also pasted into README.md). */
export function formatAgreement(a: Agreement): string {
  const pad = (s: string, n: number) => s.padStart(n);
  const lines = [
    `${"label".padEnd(12)} ${pad("gold", 4)} ${pad("2nd", 4)} ${pad("both", 4)} ${pad("precision", 9)} ${pad("recall", 7)} ${pad("F1", 6)} ${pad("kappa", 6)}`,
  ];
  for (const m of a.perLabel) {
    lines.push(
      `${m.label.padEnd(12)} ${pad(String(m.tp + m.fn), 4)} ${pad(String(m.tp + m.fp), 4)} ${pad(String(m.tp), 4)} ${pad(m.precision.toFixed(3), 9)} ${pad(m.recall.toFixed(3), 7)} ${pad(m.f1.toFixed(3), 6)} ${pad(m.kappa.toFixed(3), 6)}`,
    );
  }
  lines.push(`macro-F1 (${SCORED_LABELS.join(", ")}) = ${a.macroF1.toFixed(3)} over ${a.total} lines`);
  return lines.join("\n");
}
