/**
 * Colleagues, escalation to a named person and reasoning prompts through the real procedures on a
 * fresh database (issue 12): a learner works the internal-customer scenario's model playthrough, the
 * warehouse and the team leader reply in their own time and act on the case (in the attempt's own
 * CRM too), the report shows the prompt's answer as awaiting the tutor, and the tutor's fast marking
 * view lists it and marks it through the audited override.
 */
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { learnerActionSchema, type LearnerAction } from "@/server/core/scenarios/learner-actions";
import { createTestApp, errorCode, type TestApp } from "@/server/test-support/test-app";

const SCENARIO = "internal-customer-lost-parcel";
let app: TestApp;
let ip = 0;
const browser = () => app.caller({}, { ip: `10.12.0.${++ip}` });

function playthrough(file: string): LearnerAction[] {
  const doc = parseYaml(
    fs.readFileSync(path.join(process.cwd(), "scenarios", "playthroughs", file), "utf8"),
  ) as {
    actions: unknown[];
  };
  return doc.actions.map((a) => learnerActionSchema.parse(a));
}

let tutor: ReturnType<typeof browser>;
let learner: ReturnType<typeof browser>;
let assignmentId: number;
let attemptId: number;
let classId: number;

beforeAll(async () => {
  app = createTestApp();
  tutor = browser();
  await tutor.auth.tutorSignUp({
    email: "people@college.example",
    name: "Pat Tutor",
    password: "a long enough password",
  });
  await tutor.auth.tutorSignIn({ email: "people@college.example", password: "a long enough password" });
  const klass = await tutor.classes.create({ name: "Level 3, Group C" });
  classId = klass.id;
  assignmentId = (await tutor.assignments.create({ classId: klass.id, scenarioId: SCENARIO })).id;
  learner = browser();
  await learner.auth.joinClass({ code: klass.joinCode!, displayName: "Ife" });
  attemptId = (await learner.attempts.start({ scenarioId: SCENARIO, assignmentId })).attemptId;
});
afterAll(() => app.close());

describe("working with colleagues in an attempt", () => {
  it("shows the colleagues (never their persona) and the warehouse's opening message", async () => {
    const a = await learner.attempts.get({ attemptId });
    expect(a.scenario.people.map((p) => p.name)).toEqual(["Dev Malik", "Leanne Shaw", "Marcus Reid"]);
    expect(JSON.stringify(a.scenario)).not.toContain("persona");
    expect(a.events.some((e) => e.type === "person_message" && e.payload.personRef === "STF-WH1")).toBe(true);
  });

  it("colleagues reply in their own time and the team leader's approval moves the case on in the CRM", async () => {
    let n = 0;
    for (const action of playthrough("internal-model.yaml")) {
      await learner.attempts.act({ attemptId, clientId: `people-${++n}`, action });
    }
    const a = await learner.attempts.get({ attemptId });
    // Learners never see rule ids: the replies are told apart by who sent them and what they did.
    const replies = a.events.filter((e) => e.type === "person_message" && e.simMinute > 0);
    expect(replies.map((e) => e.payload.personRef)).toEqual(["STF-WH1", "STF-TL1", "STF-WH1"]);
    expect(replies.map((e) => e.payload.ruleId)).toEqual([undefined, undefined, undefined]);
    expect(replies[1]!.payload).toMatchObject({ acts: { caseRef: "CASE-A1", caseStatus: "in_progress" } });
    const record = await learner.crm.getCustomer({ workspace: { attemptId }, customerRef: "CUS-6101" });
    expect(record.cases.find((c) => c.ref === "CASE-A1")?.status).toBe("in_progress");
  });

  it("refuses an escalation to a colleague who does not take them", async () => {
    const other = browser();
    const klass = await tutor.classes.create({ name: "Refusals" });
    const aid = (await tutor.assignments.create({ classId: klass.id, scenarioId: SCENARIO })).id;
    await other.auth.joinClass({ code: klass.joinCode!, displayName: "Jo" });
    const { attemptId: id } = await other.attempts.start({ scenarioId: SCENARIO, assignmentId: aid });
    const refused = other.attempts.act({
      attemptId: id,
      clientId: "refuse-1",
      action: { type: "escalate", customerRef: "CUS-6101", toRef: "STF-WH1", reason: "Please sort it." },
    });
    expect(await errorCode(refused)).toBe("BAD_REQUEST");
  });
});

describe("reasoning prompts and the tutor's fast marking view", () => {
  it("the report shows the answer awaiting the tutor; the tutor lists it and marks it", async () => {
    await learner.attempts.submit({ attemptId });
    const { report } = await learner.attempts.report({ attemptId });
    const c = report.criteria.find((x) => x.id === "internal-customer-explained")!;
    expect(c.awaitingTutor).toBe(true);
    expect(report.awaitingTutor).toEqual(["internal-customer-explained"]);

    const view = await tutor.results.promptAnswers({ assignmentId });
    expect(view.prompts.map((p) => p.criterionId)).toEqual(["internal-customer-explained"]);
    expect(view.answers).toHaveLength(1);
    expect(view.answers[0]).toMatchObject({ learnerName: "Ife", awaiting: true });
    expect(view.answers[0]!.hints.filter((h) => h.found).length).toBeGreaterThan(0);

    // The results grid, its counts, the exports and the live view say "awaiting the tutor", not "not met".
    await expectAwaiting(true);

    await tutor.results.overrideCriterion({
      attemptId,
      criterionId: "internal-customer-explained",
      newStatus: "met",
      comment: "Clear link between Dev's needs and Aisha's outcome.",
    });
    const after = await tutor.results.promptAnswers({ assignmentId });
    expect(after.answers[0]).toMatchObject({ awaiting: false, status: "met" });
    await expectAwaiting(false);
    const { report: marked } = await learner.attempts.report({ attemptId });
    expect(marked.awaitingTutor).toEqual([]);
    expect(marked.criteria.find((x) => x.id === "internal-customer-explained")?.points).toBe(10);
  });

  it("is tutor-only and scoped to the tutor's own assignments", async () => {
    expect(await errorCode(learner.results.promptAnswers({ assignmentId }))).toBe("FORBIDDEN");
    const stranger = browser();
    await stranger.auth.tutorSignUp({
      email: "other@college.example",
      name: "Other",
      password: "a long enough password",
    });
    await stranger.auth.tutorSignIn({ email: "other@college.example", password: "a long enough password" });
    expect(await errorCode(stranger.results.promptAnswers({ assignmentId }))).toBe("NOT_FOUND");
  });
});

/** What the tutor's results grid, exports and live view show for Ife's reasoning answer. */
async function expectAwaiting(awaiting: boolean) {
  const PROMPT = "internal-customer-explained";
  const grid = await tutor.results.assignmentResults({ assignmentId });
  const i = grid.criteria.findIndex((c) => c.id === PROMPT);
  const row = grid.rows.find((r) => r.displayName === "Ife")!;
  expect(row.cells[i]).toMatchObject({ awaitingTutor: awaiting, status: awaiting ? "not_met" : "met" });
  expect(grid.aggregates.criteria[i]).toMatchObject(
    awaiting ? { awaiting: 1, marked: 0, notMet: 0 } : { awaiting: 0, marked: 1, met: 1 },
  );
  expect(grid.mostMissed.map((m) => m.criterionId)).not.toContain(PROMPT);

  const { csv } = await tutor.results.exportCsv({ assignmentId });
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  const ife = parsed.data.find((r) => r.Learner === "Ife")!;
  expect(ife[grid.criteria[i]!.title]).toBe(awaiting ? "awaiting the tutor" : "met");

  const live = await tutor.results.live({ classId });
  const learner = live.learners.find((l) => l.displayName === "Ife")!;
  expect(learner.attempt?.awaitingTutor).toBe(awaiting ? 1 : 0);
  expect(learner.assignments[assignmentId]?.awaitingTutor).toBe(awaiting ? 1 : 0);
}
