/**
 * A gate is a criterion worth no points that caps the band when not met (confidentiality, for one):
 * pass or fail, not a mark. Kept in its own small module so the report page can use the same rule.
 */
type GateLike = { weight: number; capBandIfNotMet?: string | null };

export function isGate(c: GateLike): boolean {
  return c.weight === 0 && c.capBandIfNotMet != null;
}

/**
 * A report as screens show it: each criterion says whether it is a gate, so pages read a flag from
 * tRPC instead of importing this rule (reports stored before the flag existed get it on the way out).
 */
export function withGateFlags<R extends { criteria: GateLike[] }>(
  report: R,
): Omit<R, "criteria"> & { criteria: (R["criteria"][number] & { gate: boolean })[] } {
  return { ...report, criteria: report.criteria.map((c) => ({ ...c, gate: isGate(c) })) };
}
