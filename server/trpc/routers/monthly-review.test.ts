/**
 * The monthly service review through the real procedures on a fresh database: whatever day a learner
 * starts, the attempt's own Insights view shows the figures the brief, the team leader, the rubric
 * and the model answer quote for "last month" and "the month before" (issue 12 item 4; the scenario
 * was withdrawn once because an attempt started on 3 December showed Oct +83 and Nov −38 against a
 * rubric that said October −10). The figures are not written into this test either: the expected
 * ones are the scenario's own tokens, rendered, and are checked against the Insights series.
 */
import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatUkMonthName, ukMonthFrom } from "@/server/core/scenarios/dates";
import { learnerActionSchema, type LearnerAction } from "@/server/core/scenarios/learner-actions";
import { scenarioStart } from "@/server/core/scenarios/scenario-dataset";
import { renderText } from "@/server/core/scenarios/text-templates";
import { getScenario } from "@/server/scenarios/scenario-registry";
import { createTestApp, type TestApp } from "@/server/test-support/test-app";

const SCENARIO = "monthly-service-review";
let app: TestApp;
let ip = 0;
const browserAt = (now: Date) => app.caller({}, { ip: `10.14.0.${++ip}`, now: () => now });

function playthrough(file: string): LearnerAction[] {
  const doc = parseYaml(
    fs.readFileSync(path.join(process.cwd(), "scenarios", "playthroughs", file), "utf8"),
  ) as { actions: unknown[] };
  return doc.actions.map((a) => learnerActionSchema.parse(a));
}

let joinCode: string;
let tutor: ReturnType<typeof browserAt>;
beforeAll(async () => {
  app = createTestApp();
  tutor = browserAt(new Date());
  await tutor.auth.tutorSignUp({
    email: "review@college.example",
    name: "Pat Tutor",
    password: "a long enough password",
  });
  await tutor.auth.tutorSignIn({ email: "review@college.example", password: "a long enough password" });
  joinCode = (await tutor.classes.create({ name: "Level 3, Group R" })).joinCode!;
});
afterAll(() => app.close());

// The 1st, 15th and 31st of a month, 3 December (the start that showed the fault), 2 January (last
// month is in the year before), 1 March (after a short February), and either side of both clock changes.
const STARTS = [
  "2026-12-01T08:30:00Z",
  "2026-12-15T12:00:00Z",
  "2026-12-31T16:00:00Z",
  "2026-12-03T09:00:00Z",
  "2027-01-02T10:00:00Z",
  "2027-03-01T10:00:00Z",
  "2027-03-29T07:30:00Z",
  "2026-11-01T10:00:00Z",
];

describe("the monthly service review's figures are the ones the learner's Insights view shows", () => {
  let n = 0;
  it.each(STARTS)("started %s", async (iso) => {
    const now = new Date(iso);
    const scenario = getScenario(SCENARIO)!;
    const origin = scenarioStart(scenario, now);
    const learner = browserAt(now);
    await learner.auth.joinClass({ code: joinCode, displayName: `Learner ${++n}` });
    const { attemptId } = await learner.attempts.start({ scenarioId: SCENARIO });

    // What the rubric and model answer quote, rendered from the scenario's own data.
    const quoted = (t: string) => renderText(scenario, t, origin);
    const lastMonth = formatUkMonthName(ukMonthFrom(origin, -1));
    expect(quoted("{{month -1}}")).toBe(lastMonth);
    expect(quoted("{{nps -1}} {{nps -2}}")).toBe("−10 +80");

    // The attempt's own Insights view, as the learner opens it (the default period, and 3 months).
    for (const period of ["12m", "3m"] as const) {
      const o = await learner.insights.overview({ workspace: { attemptId }, period });
      const month = (offset: number) => o.monthly.find((m) => m.month === ukMonthFrom(origin, offset));
      const signed = (v: number | null | undefined) =>
        v === null || v === undefined ? "none" : v > 0 ? `+${v}` : v < 0 ? `−${-v}` : "0";
      expect(`${signed(month(-1)?.nps)} ${signed(month(-2)?.nps)}`, period).toBe(
        quoted("{{nps -1}} {{nps -2}}"),
      );
      expect(month(-1)?.npsResponses).toBe(10);
      expect(month(-2)?.npsResponses).toBe(5);
      expect(month(-1)?.label.startsWith(lastMonth.slice(0, 3))).toBe(true);
      // The headline the teaching notes warn about mixes the two months.
      expect(o.metrics.find((m) => m.key === "nps")?.display, period).toBe("+20");
      expect(o.metrics.find((m) => m.key === "csat")?.display, period).toBe("71%");
    }

    // The brief and Grace's opening message name the month the Insights view shows.
    const a = await learner.attempts.get({ attemptId });
    expect(a.scenario.brief).toContain(`last month's service** (${lastMonth})`);
    const grace = a.events.find((e) => e.type === "person_message" && e.payload.personRef === "STF-TL1");
    expect(String(grace?.payload.text)).toContain(`Could you do ${lastMonth}'s service review`);
    expect(a.scenario.prompts[0]?.question).toContain(`for ${lastMonth}`);

    // Played and submitted: scored from the attempt's own start, and the report's model answer names
    // this attempt's month with the figures its Insights view showed.
    let k = 0;
    for (const action of playthrough("service-review-model.yaml"))
      await learner.attempts.act({ attemptId, clientId: `review-${n}-${++k}`, action });
    await learner.attempts.submit({ attemptId });
    const { report } = await learner.attempts.report({ attemptId });
    expect(report.band).toBe("Distinction");
    expect(report.modelAnswer.summary).toContain(`${lastMonth}'s NPS is −10`);
    expect(report.modelAnswer.summary).toContain(
      `down from +80 in ${formatUkMonthName(ukMonthFrom(origin, -2))}`,
    );
    expect(report.criteria.find((c) => c.id === "metric-chosen")?.feedback).toContain("NPS from +80 to −10");
  });
});

describe("the tutor's marking view for a class", () => {
  it("quotes the same figures and says 'last month', since learners start on different days", async () => {
    const klass = await tutor.classes.create({ name: "Level 3, Group S" });
    const { id } = await tutor.assignments.create({ classId: klass.id, scenarioId: SCENARIO });
    const view = await tutor.results.promptAnswers({ assignmentId: id });
    const which = view.prompts.find((p) => p.criterionId === "metric-interpreted")!;
    expect(which.rubric.met).toContain("with last month's figure");
    expect(which.rubric.met).toContain("NPS = 40 − 50 = −10. That is down from +80 in the month before last");
    expect(which.modelAnswer).not.toMatch(/\{\{/);
    const methods = view.prompts.find((p) => p.criterionId === "methods-evaluated")!;
    expect(methods.rubric.met).toContain("(+80 to −10)");
  });
});
