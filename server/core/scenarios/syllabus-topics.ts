/**
 * The seeds' distinct topics and marking points (syllabus/topics.yaml), each mapped to the scenario
 * criteria that assess it, with an honest status. Coverage per code (syllabus-coverage.ts) says which
 * criteria cite a marking point; this says, topic by topic, how much of what the seeds ask is really
 * checked: fully, in part, only referenced (feedback, teaching notes, the Insights page) or not at all.
 */
import { z } from "zod";
import type { Scenario } from "./scenario-schema";
import { SYLLABUS_CODES } from "./syllabus";

export const TOPIC_STATUSES = ["full", "part", "reference", "absent"] as const;
export type TopicStatus = (typeof TOPIC_STATUSES)[number];
export const TOPIC_STATUS_TEXT: Record<TopicStatus, string> = {
  full: "assessed fully",
  part: "assessed in part",
  reference: "reference only",
  absent: "absent",
};

const SEED_FILES = ["000", "001", "002", "003", "004"] as const;

const sourceSchema = z
  .object({
    /** The seed file's number (../shared/seeds/000_….txt). */
    seed: z.enum(SEED_FILES),
    line: z.number().int().min(1),
    /** Words copied from that line, so a reviewer can find it. */
    quote: z.string().min(10).max(300),
  })
  .strict();

const topicSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case"),
    kind: z.enum(["marking_point", "concept", "guidance", "misconception"]),
    title: z.string().min(5).max(200),
    sources: z.array(sourceSchema).min(1),
    /** The syllabus codes (syllabus.ts) it belongs to; a concept may belong to none. */
    codes: z.array(z.string()).default([]),
    /** "scenario-id:criterion-id" of every criterion that assesses it. */
    assessedBy: z
      .array(z.string().regex(/^[a-z0-9-]+:[a-z0-9-]+$/, 'must be "scenario-id:criterion-id"'))
      .default([]),
    status: z.enum(TOPIC_STATUSES),
    /** Why "part" (what is not checked), where a "reference" is, or what an "absent" topic would need. */
    note: z.string().max(600).optional(),
  })
  .strict();
export type SyllabusTopic = z.output<typeof topicSchema>;

export const topicsFileSchema = z.object({ topics: z.array(topicSchema).min(1) }).strict();

/**
 * Everything wrong with the topic map against the shipped scenarios, as "topics[i] (id): message".
 * Unknown scenarios, criteria and codes fail; so does a status its criteria cannot back (a topic
 * assessed by nothing is not "part", a topic with criteria is not "absent"), or a missing note.
 */
export function topicMapErrors(topics: readonly SyllabusTopic[], scenarios: readonly Scenario[]): string[] {
  const errors: string[] = [];
  const byId = new Map(scenarios.map((s) => [s.id, new Set(s.rubric.map((c) => c.id))]));
  const seen = new Set<string>();
  topics.forEach((t, i) => {
    const at = `topics[${i}] (${t.id})`;
    if (seen.has(t.id)) errors.push(`${at}: duplicate topic id`);
    seen.add(t.id);
    for (const code of t.codes)
      if (!SYLLABUS_CODES.has(code)) errors.push(`${at}: unknown syllabus code "${code}"`);
    if (t.kind === "marking_point" && t.codes.length === 0)
      errors.push(`${at}: a marking point must name its syllabus code`);
    const refs = new Set<string>();
    for (const ref of t.assessedBy) {
      if (refs.has(ref)) errors.push(`${at}: "${ref}" is listed twice`);
      refs.add(ref);
      const [scenarioId, criterionId] = ref.split(":") as [string, string];
      const criteria = byId.get(scenarioId);
      if (!criteria) errors.push(`${at}: unknown scenario "${scenarioId}" in "${ref}"`);
      else if (!criteria.has(criterionId))
        errors.push(`${at}: scenario "${scenarioId}" has no criterion "${criterionId}"`);
    }
    // A marking point is assessed only by criteria that say so in their own syllabus list.
    if (t.kind === "marking_point" && t.assessedBy.length && t.codes.length) {
      const citing = t.assessedBy.filter((ref) => {
        const [scenarioId, criterionId] = ref.split(":");
        const c = scenarios.find((s) => s.id === scenarioId)?.rubric.find((r) => r.id === criterionId);
        return c?.syllabus?.some((code) => t.codes.includes(code));
      });
      if (citing.length === 0)
        errors.push(`${at}: none of its criteria cites ${t.codes.join(" or ")} in its syllabus list`);
    }
    const assessed = t.assessedBy.length > 0;
    if ((t.status === "full" || t.status === "part") && !assessed)
      errors.push(`${at}: status "${t.status}" needs at least one criterion in assessedBy`);
    if ((t.status === "reference" || t.status === "absent") && assessed)
      errors.push(`${at}: status "${t.status}" cannot list criteria (they assess it: "full" or "part")`);
    if (t.status !== "full" && !t.note?.trim())
      errors.push(
        `${at}: status "${t.status}" needs a note (what is not checked, or where it is referenced)`,
      );
  });
  return errors;
}

export function topicCounts(topics: readonly SyllabusTopic[]): Record<TopicStatus, number> {
  const counts: Record<TopicStatus, number> = { full: 0, part: 0, reference: 0, absent: 0 };
  for (const t of topics) counts[t.status] += 1;
  return counts;
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");

/** The per-topic Markdown table, with the counts above it. */
export function topicCoverageMarkdown(topics: readonly SyllabusTopic[]): string {
  const n = topicCounts(topics);
  const lines = [
    `${topics.length} distinct topics and marking points in the seeds: ${n.full} assessed fully, ${n.part} in part, ${n.reference} only as reference, ${n.absent} absent (syllabus/topics.yaml).`,
    "",
    "| Topic | Seeds | Codes | Status | Assessed by (scenario: criterion) | Note |",
    "| --- | --- | --- | --- | --- | --- |",
    ...topics.map((t) => {
      const seeds = [...new Set(t.sources.map((s) => `${s.seed}:${s.line}`))].join(", ");
      const by = t.assessedBy.map((r) => `\`${r.replace(":", ": ")}\``).join(", ") || "none";
      return `| ${cell(t.title)} (\`${t.id}\`) | ${seeds} | ${t.codes.join(", ") || "–"} | ${TOPIC_STATUS_TEXT[t.status]} | ${by} | ${cell(t.note ?? "")} |`;
    }),
  ];
  return `${lines.join("\n")}\n`;
}
