/**
 * A plain-text rendering of an attempt report (for the command line and for debugging).
 */
import type { AttemptReport } from "./scoring";

const STATUS_TEXT = { met: "MET", partly: "PARTLY", not_met: "NOT MET" } as const;

function wrap(text: string, width: number, indent: string): string {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join("\n");
}

export function formatReportText(report: AttemptReport, width = 100): string {
  const out: string[] = [];
  out.push(`${report.scenarioTitle} (${report.scenarioId})`);
  out.push("=".repeat(Math.min(width, report.scenarioTitle.length + report.scenarioId.length + 3)));
  out.push("");
  const idWidth = Math.max(...report.criteria.map((c) => c.id.length), 9);
  out.push(`${"Criterion".padEnd(idWidth)}  ${"Status".padEnd(8)}  Points`);
  out.push(`${"-".repeat(idWidth)}  ${"-".repeat(8)}  ------`);
  for (const c of report.criteria) {
    const pts = `${c.points}/${c.weight}`;
    const orig = c.originalStatus ? ` (was ${STATUS_TEXT[c.originalStatus]})` : "";
    out.push(
      `${c.id.padEnd(idWidth)}  ${(c.awaitingTutor ? "AWAITING" : STATUS_TEXT[c.status]).padEnd(8)}  ${pts}${orig}${c.capBandIfNotMet && c.status === "not_met" ? `  [caps band at ${c.capBandIfNotMet}]` : ""}`,
    );
  }
  out.push("");
  out.push(
    `Total: ${report.totalPoints}/${report.maxPoints} = ${report.totalPercent}%   Band: ${report.band}${
      report.band !== report.uncappedBand
        ? ` (capped from ${report.uncappedBand}${report.bandCappedBy.length ? ` by ${report.bandCappedBy.map((b) => b.criterionId).join(", ")}` : ""})`
        : ""
    }`,
  );
  for (const note of report.bandNotes ?? []) out.push(`  ${note}`);
  out.push("");
  out.push("Criteria in detail");
  out.push("------------------");
  for (const c of report.criteria) {
    const tags = Object.entries(c.frameworks)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : v}`)
      .join("; ");
    out.push(
      `[${c.awaitingTutor ? "AWAITING THE TUTOR" : STATUS_TEXT[c.status]}] ${c.title}  (${c.id}; ${tags})`,
    );
    out.push(wrap(`Found: ${c.detail}`, width - 4, "    "));
    for (const e of c.evidence) {
      out.push(wrap(`• ${e.seq !== null ? `#${e.seq} ` : ""}${e.summary}`, width - 4, "    "));
      if (e.text) out.push(wrap(`“${e.text}”`, width - 8, "        "));
      if (e.spans?.length)
        out.push(
          wrap(`matched: ${e.spans.map((s) => `${s.label}=“${s.text}”`).join(", ")}`, width - 8, "        "),
        );
    }
    out.push(wrap(`Feedback: ${c.feedback}`, width - 4, "    "));
    if (c.override)
      out.push(wrap(`Tutor override: ${c.override.newStatus} — ${c.override.comment}`, width - 4, "    "));
    out.push("");
  }
  out.push("The customer's outcome");
  out.push("----------------------");
  for (const o of report.customerOutcomes) {
    out.push(
      `${o.name} (${o.customerRef}): ${o.moodLabel}; CSAT ${o.csat}/5; NPS ${o.nps}/10 (${o.npsCategory}); churn risk ${o.churnRisk}`,
    );
    out.push(wrap(`“${o.quote}”`, width - 4, "    "));
  }
  out.push("");
  out.push(wrap(report.satisfactionNote, width, ""));
  if (report.warnings.length) {
    out.push("");
    out.push("Warnings:");
    for (const w of report.warnings) out.push(`  - ${w}`);
  }
  out.push("");
  out.push(
    `Stats: ${report.stats.actions} actions, ${report.stats.messages} messages, simulated clock at ${report.stats.endClock}.`,
  );
  return out.join("\n");
}
