/**
 * Helpers shared by the scenario engine's tests (not a test file itself).
 */
import fs from "node:fs";
import path from "node:path";
import type { EngineEvent, StoredEvent } from "./engine-types";
import type { LearnerAction } from "./learner-actions";
import { initialState } from "./attempt-state";
import { parsePlaythrough, runPlaythrough } from "./playthrough";
import { applyAction } from "./runtime";
import { openingEvents } from "./scripted-customer";
import { formatScenarioError } from "./scenario-file-errors";
import { parseScenario } from "./scenario-parser";
import type { Scenario } from "./scenario-schema";
import { type CriterionResult, scoreAttempt } from "./scoring";

export const SCENARIOS_DIR = path.join(process.cwd(), "scenarios");
export const START = new Date("2026-11-12T09:00:00Z");

/** Each scenario file parsed once per test process (parsing one costs 15-100 ms; a clone about 1 ms). */
const parsedScenarios = new Map<string, Scenario>();

/**
 * A shipped scenario, parsed and checked. Every call returns a copy of its own, as parsing the file
 * each time did: a test that changes the scenario it gets changes no other test's.
 */
export function loadScenarioFile(id: string): Scenario {
  let scenario = parsedScenarios.get(id);
  if (!scenario) {
    const file = `scenarios/${id}.yaml`;
    const parsed = parseScenario(file, fs.readFileSync(path.join(SCENARIOS_DIR, `${id}.yaml`), "utf8"));
    if (!parsed.ok) throw new Error(parsed.errors.map(formatScenarioError).join("\n"));
    scenario = parsed.scenario;
    parsedScenarios.set(id, scenario);
  }
  return structuredClone(scenario);
}

export function toStored(events: readonly EngineEvent[], firstSeq: number): StoredEvent[] {
  return events.map((e, i) => ({
    seq: firstSeq + i,
    actor: e.actor,
    type: e.type,
    payload: e.payload as unknown as Record<string, unknown>,
    simMinute: e.simMinute,
  }));
}

/** Runs actions through the engine, failing loudly on a refused action; returns stored events. */
export function play(scenario: Scenario, actions: LearnerAction[], startAt = START) {
  let state = initialState(scenario, startAt);
  const events: StoredEvent[] = toStored(openingEvents(scenario, startAt), 1);
  for (const a of actions) {
    const r = applyAction(scenario, state, a);
    if (!r.ok) throw new Error(`${a.type}: ${r.error.message}`);
    state = r.state;
    events.push(...toStored(r.events, events.length + 1));
  }
  return { state, events };
}

/** One criterion's result after the actions are played and the attempt scored (what most criterion tests ask). */
export function criterionAfter(scenario: Scenario, actions: LearnerAction[], id: string): CriterionResult {
  const result = scoreAttempt(scenario, play(scenario, actions, START).events, START).criteria.find(
    (c) => c.id === id,
  );
  if (!result) throw new Error(`${scenario.id} has no criterion ${id}`);
  return result;
}

/** The kettle complaint's refund for Priya's Aurora (complaint-faulty-kettle), as a learner issues it. */
export const KETTLE_REFUND: LearnerAction = {
  type: "issue_remedy",
  customerRef: "CUS-2041",
  orderRef: "ORD-10234",
  sku: "KET-AURORA-17",
  kind: "refund",
};

/** A learner event as the data layer would store it, without a stored analysis. */
export function learnerEvent(seq: number, action: LearnerAction, simMinute = seq): StoredEvent {
  return { seq, actor: "learner", type: action.type, payload: { action }, simMinute };
}

/**
 * A playthrough file's actions, and `run` to score other actions in its place with no expectations
 * checked: for tests that vary a model answer (a reply stuffed, records left out, a P.S. added).
 */
export function playthroughFile(file: string) {
  const parsed = parsePlaythrough(
    file,
    fs.readFileSync(path.join(SCENARIOS_DIR, "playthroughs", file), "utf8"),
  );
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  const scenario = loadScenarioFile(parsed.playthrough.scenario);
  const run = (actions: LearnerAction[]) =>
    runPlaythrough(
      file,
      { ...parsed.playthrough, actions, expect: { criteria: {}, customers: {} } },
      scenario,
    ).report;
  return { actions: parsed.playthrough.actions, run };
}

/** The actions with the message that says `from` changed to say `to` instead (a model answer varied). */
export function withText(actions: readonly LearnerAction[], from: string, to: string): LearnerAction[] {
  return actions.map((a) =>
    a.type === "send_message" && a.text.includes(from) ? { ...a, text: a.text.replace(from, to) } : a,
  );
}
