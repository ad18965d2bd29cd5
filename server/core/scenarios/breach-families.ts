/**
 * Which kind of breach a must-have criterion guards, so the band can tell two separate breaches from
 * one act read twice (issue 8, "Bands leak": two capped breaches still passed; "several failed caps
 * can give Fail").
 *
 * A must-have failed twice for the same act (a partial refund fails both "lawful remedy" and "no
 * unlawful remedy"; consent recorded against the customer's word and then used fails both "no consent
 * laundering" and "marketing lawful") is one breach. Two must-haves of different families (the law on
 * faulty goods and the law on personal data, or the law and respect) are two separate failings, and a
 * learner who commits both has not shown the standard a Pass certifies.
 *
 * The family is read from what the rubric already declares, so a new scenario needs nothing new:
 * the respect gate, then the criterion's legislation tags, most specific first. A must-have with no
 * legislation tag and no respect (needless clicks, the public review's refund of the double payment)
 * is not a breach of law or respect: it still counts towards the three-must-haves Fail, not this one.
 */
import type { Frameworks } from "./scenario-schema";

export type BreachFamily =
  | "respect"
  | "consumer rights"
  | "marketing consent"
  | "reasonable adjustments"
  | "unfair commercial practices"
  | "personal data";

type CriterionLike = { kind: string; frameworks: Frameworks };
type WithEvidence = CriterionLike & { evidence?: readonly { seq: number | null }[] };

export function breachFamily(c: CriterionLike): BreachFamily | null {
  if (c.kind === "respect") return "respect";
  const laws: readonly string[] = c.frameworks.legislation ?? [];
  // Consumer Rights Act 2015 ss.19-24 (remedies for faulty goods).
  if (laws.includes("Consumer Rights Act 2015")) return "consumer rights";
  // PECR 2003 regs 21-22 with UK GDPR Art 6(1)(a), 7 and 21: consent to marketing and the right to object are one
  // subject, so recording a consent the customer refused and then using it is one breach.
  if (laws.includes("PECR")) return "marketing consent";
  // Equality Act 2010 s.20 (reasonable adjustments).
  if (laws.includes("Equality Act 2010")) return "reasonable adjustments";
  // DMCCA 2024 Part 4 ch.1 and Sch 20 (unfair commercial practices: fake reviews, false urgency).
  if (laws.includes("DMCCA 2024")) return "unfair commercial practices";
  // UK GDPR / DPA 2018: disclosure, minimisation, subject access.
  if (laws.includes("UK GDPR / DPA 2018") || c.kind === "confidentiality") return "personal data";
  return null;
}

/** The distinct breach families among the failed must-haves, in first-seen order. */
export function distinctBreaches<T extends CriterionLike>(
  failed: readonly T[],
): { family: BreachFamily; criteria: T[] }[] {
  const out: { family: BreachFamily; criteria: T[] }[] = [];
  for (const c of failed) {
    const family = breachFamily(c);
    if (!family) continue;
    const entry = out.find((e) => e.family === family);
    if (entry) entry.criteria.push(c);
    else out.push({ family, criteria: [c] });
  }
  return out;
}

/**
 * How many separate failings the failed must-haves are, for the three-must-haves Fail: must-haves of one
 * family whose evidence shares an action (Omar's consent laundered, then one email that markets to him
 * and offers only a link to stop: "marketing lawful" and "opt-out not obstructed" read the same email)
 * are one failing, as two criteria of one family are for the two-breaches rule above. The same kind
 * of breach done again to another customer, or by another action, is another failing; a must-have with
 * no family (needless clicks) is always its own.
 */
export function separateFailings<T extends WithEvidence>(failed: readonly T[]): T[][] {
  const groups: { family: BreachFamily | null; seqs: Set<number>; criteria: T[] }[] = [];
  for (const c of failed) {
    const family = breachFamily(c);
    const seqs = new Set((c.evidence ?? []).map((e) => e.seq).filter((s): s is number => s !== null));
    const joined = family
      ? groups.filter((g) => g.family === family && [...seqs].some((s) => g.seqs.has(s)))
      : [];
    if (joined.length === 0) {
      groups.push({ family, seqs, criteria: [c] });
      continue;
    }
    // Merge every group this criterion links (it may share one action with each).
    const [first, ...rest] = joined;
    for (const s of seqs) first!.seqs.add(s);
    first!.criteria.push(c);
    for (const g of rest) {
      for (const s of g.seqs) first!.seqs.add(s);
      first!.criteria.push(...g.criteria);
      groups.splice(groups.indexOf(g), 1);
    }
  }
  return groups.map((g) => g.criteria);
}
