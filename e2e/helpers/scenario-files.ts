/**
 * The scenario and playthrough files, read with the `yaml` package so the end-to-end tests drive the
 * browser from the same data the engine uses (titles, customers, scripted replies, expected marks).
 * Only the fields the tests need are typed; the engine's own schema validates the files elsewhere.
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { LearnerAction } from "../../server/core/scenarios/learner-actions";

/** Playwright runs from the project root (where playwright.config.ts is). */
const ROOT = process.cwd();
const SCENARIOS_DIR = path.join(ROOT, "scenarios");
const PLAYTHROUGHS_DIR = path.join(SCENARIOS_DIR, "playthroughs");

export type CriterionStatus = "met" | "partly" | "not_met";

export interface ScenarioFile {
  id: string;
  title: string;
  lifecycleStage: string;
  estimatedMinutes: number;
  learningOutcomes: { text: string }[];
  customers: { ref: string; firstName: string; lastName: string }[];
  contacts: {
    customerRef: string;
    opening?: unknown[];
    reactions?: { id: string; reply?: string }[];
  }[];
  rubric: { id: string; title: string }[] | Record<string, unknown>;
}

export interface PlaythroughFile {
  scenario: string;
  description: string;
  actions: LearnerAction[];
  expect: { band?: string; criteria?: Record<string, CriterionStatus> };
}

export function readScenario(id: string): ScenarioFile {
  for (const name of fs.readdirSync(SCENARIOS_DIR)) {
    if (!name.endsWith(".yaml")) continue;
    const data = parse(fs.readFileSync(path.join(SCENARIOS_DIR, name), "utf8")) as ScenarioFile;
    if (data?.id === id) return data;
  }
  throw new Error(`No scenario file with id "${id}" in ${SCENARIOS_DIR}`);
}

export function readPlaythrough(name: string): PlaythroughFile {
  const file = path.join(PLAYTHROUGHS_DIR, `${name}.yaml`);
  const data = parse(fs.readFileSync(file, "utf8")) as PlaythroughFile;
  if (!data?.scenario || !Array.isArray(data.actions)) throw new Error(`${file}: not a playthrough`);
  data.expect ??= {};
  return data;
}

/** "Priya Shah" for a customer ref in the scenario's starting CRM. */
export function customerName(scenario: ScenarioFile, ref: string): string {
  const c = scenario.customers.find((x) => x.ref === ref);
  if (!c) throw new Error(`Scenario ${scenario.id} has no customer ${ref}`);
  return `${c.firstName} ${c.lastName}`;
}

/** A scripted customer's reply for one reaction id, as written in the scenario file. */
export function reactionReply(scenario: ScenarioFile, customerRef: string, reactionId: string): string {
  const reply = scenario.contacts
    .find((k) => k.customerRef === customerRef)
    ?.reactions?.find((r) => r.id === reactionId)?.reply;
  if (!reply)
    throw new Error(`Scenario ${scenario.id}: no reply for reaction ${reactionId} of ${customerRef}`);
  return reply.trim();
}
