/**
 * Reads syllabus/topics.yaml (the seeds' topics and marking points, mapped to scenario criteria) and
 * validates its shape; `topicMapErrors` (server/core/scenarios/syllabus-topics.ts) checks the mapping.
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { type SyllabusTopic, topicsFileSchema } from "../core/scenarios/syllabus-topics";

export const TOPICS_FILE = "syllabus/topics.yaml";

export function loadSyllabusTopics(root = process.cwd()): SyllabusTopic[] {
  const parsed = topicsFileSchema.safeParse(parse(fs.readFileSync(path.join(root, TOPICS_FILE), "utf8")));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${TOPICS_FILE}: ${i.path.join(".")}: ${i.message}`);
    throw new Error(issues.join("\n"));
  }
  return parsed.data.topics;
}
