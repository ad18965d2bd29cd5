/**
 * Short names for rubric criteria, for places with room for a word or two (the tutor's results grid
 * column headings, the export's column headings). A criterion may set its own (`short` in the
 * scenario file); otherwise the name comes from its id, which scenario authors already write as a
 * short kebab-case phrase ("sincere-apology" → "Sincere apology"). The full title is always shown
 * beside it (tooltip, legend), so a short name only has to be recognisable.
 */

/** Words that keep their own capitals when an id becomes a name. */
const PROPER: Record<string, string> = {
  lass: "LASS",
  heat: "HEAT",
  rater: "RATER",
  crm: "CRM",
  nps: "NPS",
  csat: "CSAT",
  ces: "CES",
  fcr: "FCR",
  kpi: "KPI",
  gdpr: "GDPR",
  pecr: "PECR",
  // Consumer Rights Act; subject access request; Data Protection Act (the tutor's results grid).
  cra: "CRA",
  sar: "SAR",
  dpa: "DPA",
  english: "English",
};

export function criterionShortName(criterion: { id: string; short?: string | null }): string {
  if (criterion.short) return criterion.short;
  const words = criterion.id.split(/[-_\s]+/).filter(Boolean);
  const name = words
    .map((w, i) => PROPER[w.toLowerCase()] ?? (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w))
    .join(" ");
  return name || criterion.id;
}
