/**
 * A gate is a criterion worth no points that caps the band when not met (confidentiality, for one):
 * pass or fail, not a mark. Kept in its own small module so the report page can use the same rule.
 */
export function isGate(c: { weight: number; capBandIfNotMet?: string | null }): boolean {
  return c.weight === 0 && c.capBandIfNotMet != null;
}
