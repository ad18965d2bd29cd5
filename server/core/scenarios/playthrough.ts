/**
 * Playthroughs: scripted attempts (YAML) that run through the same engine and scoring as a real
 * learner, with the marks they should get. They document each scenario's intended behaviour and
 * are checked by tests and `npm run scenarios:check`. Format: scenarios/playthroughs/README.md.
 *
 * Pure: the caller reads the files.
 */
import { parseDocument } from "yaml";
import { z } from "zod";
import type { EngineEvent, StoredEvent } from "./engine-types";
import { learnerActionSchema, type LearnerAction } from "./learner-actions";
import { initialState } from "./attempt-state";
import { applyAction, submitAttempt } from "./runtime";
import { openingEvents } from "./scripted-customer";
import { BANDS, type Scenario } from "./scenario-schema";
import { yamlErrors } from "./scenario-parser";
import { zodIssuesToErrors, type ScenarioFileError } from "./scenario-file-errors";
import { scoreAttempt, type AttemptReport, type CriterionStatus } from "./scoring";

const statusSchema = z.enum(["met", "partly", "not_met"]);

export const playthroughSchema = z
  .object({
    scenario: z.string().min(1),
    description: z.string().trim().min(1),
    actions: z.array(z.unknown()).min(1),
    expect: z
      .object({
        band: z.enum(BANDS).optional(),
        totalPercent: z
          .object({ min: z.number().min(0).max(100).optional(), max: z.number().min(0).max(100).optional() })
          .strict()
          .optional(),
        criteria: z.record(z.string(), statusSchema).default({}),
        customers: z
          .record(
            z.string(),
            z
              .object({
                moodMin: z.number().int().optional(),
                moodMax: z.number().int().optional(),
                flags: z
                  .object({ all: z.array(z.string()).optional(), none: z.array(z.string()).optional() })
                  .strict()
                  .optional(),
              })
              .strict(),
          )
          .default({}),
      })
      .strict(),
  })
  .strict();

export type Playthrough = Omit<z.output<typeof playthroughSchema>, "actions"> & { actions: LearnerAction[] };

export type ParsePlaythroughResult =
  | { ok: true; playthrough: Playthrough }
  | { ok: false; errors: ScenarioFileError[] };

/** Parses a playthrough file; each action is checked against the learner action schema. */
export function parsePlaythrough(fileName: string, yamlText: string): ParsePlaythroughResult {
  const doc = parseDocument(yamlText, { prettyErrors: true });
  if (doc.errors.length > 0) return { ok: false, errors: yamlErrors(fileName, doc.errors) };
  const parsed = playthroughSchema.safeParse(doc.toJS());
  if (!parsed.success) return { ok: false, errors: zodIssuesToErrors(fileName, parsed.error.issues) };
  const errors: ScenarioFileError[] = [];
  const actions: LearnerAction[] = [];
  parsed.data.actions.forEach((raw, i) => {
    const a = learnerActionSchema.safeParse(raw);
    if (a.success) actions.push(a.data);
    else errors.push(...zodIssuesToErrors(fileName, a.error.issues, ["actions", i]));
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, playthrough: { ...parsed.data, actions } };
}

/** Checks that a playthrough's expectations name criteria and customers the scenario has. */
export function checkPlaythroughAgainstScenario(
  fileName: string,
  p: Playthrough,
  scenario: Scenario,
): ScenarioFileError[] {
  const errors: ScenarioFileError[] = [];
  const ids = new Set(scenario.rubric.map((c) => c.id));
  for (const id of Object.keys(p.expect.criteria)) {
    if (!ids.has(id))
      errors.push({
        file: fileName,
        path: `expect.criteria.${id}`,
        message: `unknown criterion "${id}" in scenario ${scenario.id}`,
      });
  }
  const contacts = new Set(scenario.contacts.map((k) => k.customerRef));
  for (const ref of Object.keys(p.expect.customers)) {
    if (!contacts.has(ref))
      errors.push({
        file: fileName,
        path: `expect.customers.${ref}`,
        message: `"${ref}" is not a scripted customer in ${scenario.id}`,
      });
  }
  return errors;
}

/** Every playthrough starts on the same (arbitrary) day, so its events are reproducible. */
export const PLAYTHROUGH_START = new Date("2026-11-12T09:00:00Z");

export interface PlaythroughRun {
  report: AttemptReport;
  events: StoredEvent[];
  /** Problems: an action the engine refused, or an expectation that did not hold. */
  errors: ScenarioFileError[];
}

function toStored(events: EngineEvent[], startSeq: number): StoredEvent[] {
  return events.map((e, i) => ({
    seq: startSeq + i,
    actor: e.actor,
    type: e.type,
    payload: e.payload as unknown as Record<string, unknown>,
    simMinute: e.simMinute,
  }));
}

/**
 * Runs a playthrough exactly as the server would: opening events, then each action through
 * applyAction, the events stored with sequence numbers, submission, then scoreAttempt on the stored
 * events. Returns the report and any failed expectation as an error naming the file and field.
 */
export function runPlaythrough(
  fileName: string,
  p: Playthrough,
  scenario: Scenario,
  startAt = PLAYTHROUGH_START,
): PlaythroughRun {
  const errors: ScenarioFileError[] = [];
  const stored: StoredEvent[] = toStored(openingEvents(scenario, startAt), 1);
  let state = initialState(scenario, startAt);
  p.actions.forEach((action, i) => {
    const res = applyAction(scenario, state, action);
    if (!res.ok) {
      errors.push({
        file: fileName,
        path: `actions[${i}]`,
        message: `the engine refused this action (${res.error.code}): ${res.error.message}`,
      });
      return;
    }
    state = res.state;
    stored.push(...toStored(res.events, stored.length + 1));
  });
  const submitted = submitAttempt(scenario, state);
  if (submitted.ok) stored.push(...toStored(submitted.events, stored.length + 1));
  const report = scoreAttempt(scenario, stored, startAt);
  // The customers as they end: after their reactions to the submission (a re-send that never came).
  errors.push(...checkExpectations(fileName, p, report, (submitted.ok ? submitted.state : state).contacts));
  return { report, events: stored, errors };
}

function checkExpectations(
  fileName: string,
  p: Playthrough,
  report: AttemptReport,
  contacts: Record<string, { mood: number; flags: string[] }>,
): ScenarioFileError[] {
  const errors: ScenarioFileError[] = [];
  const e = p.expect;
  if (e.band && report.band !== e.band) {
    errors.push({
      file: fileName,
      path: "expect.band",
      message: `expected ${e.band}, got ${report.band} (${report.totalPercent}%)`,
    });
  }
  if (e.totalPercent?.min !== undefined && report.totalPercent < e.totalPercent.min) {
    errors.push({
      file: fileName,
      path: "expect.totalPercent.min",
      message: `expected at least ${e.totalPercent.min}%, got ${report.totalPercent}%`,
    });
  }
  if (e.totalPercent?.max !== undefined && report.totalPercent > e.totalPercent.max) {
    errors.push({
      file: fileName,
      path: "expect.totalPercent.max",
      message: `expected at most ${e.totalPercent.max}%, got ${report.totalPercent}%`,
    });
  }
  for (const [id, want] of Object.entries(e.criteria) as [string, CriterionStatus][]) {
    const got = report.criteria.find((c) => c.id === id);
    if (got && got.status !== want) {
      errors.push({
        file: fileName,
        path: `expect.criteria.${id}`,
        message: `expected ${want}, got ${got.status} (${got.detail})`,
      });
    }
  }
  for (const [ref, want] of Object.entries(e.customers)) {
    const k = contacts[ref];
    if (!k) continue;
    if (want.moodMin !== undefined && k.mood < want.moodMin) {
      errors.push({
        file: fileName,
        path: `expect.customers.${ref}.moodMin`,
        message: `expected mood ≥ ${want.moodMin}, got ${k.mood}`,
      });
    }
    if (want.moodMax !== undefined && k.mood > want.moodMax) {
      errors.push({
        file: fileName,
        path: `expect.customers.${ref}.moodMax`,
        message: `expected mood ≤ ${want.moodMax}, got ${k.mood}`,
      });
    }
    for (const f of want.flags?.all ?? []) {
      if (!k.flags.includes(f))
        errors.push({
          file: fileName,
          path: `expect.customers.${ref}.flags.all`,
          message: `expected flag "${f}" (flags: ${k.flags.join(", ") || "none"})`,
        });
    }
    for (const f of want.flags?.none ?? []) {
      if (k.flags.includes(f))
        errors.push({
          file: fileName,
          path: `expect.customers.${ref}.flags.none`,
          message: `did not expect flag "${f}"`,
        });
    }
  }
  return errors;
}
