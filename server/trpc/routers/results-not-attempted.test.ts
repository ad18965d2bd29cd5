/**
 * A gate judged on work never done (the learner wrote to nobody) is scored as not met, and the
 * tutor's results grid and both exports say "not attempted", as the learner's report does; a tutor's
 * own mark replaces it. Through the real procedures on a fresh database.
 */
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "@/server/test-support/test-app";

let app: TestApp;
let tutor: ReturnType<TestApp["caller"]>;
let classId: number;
let assignmentId: number;
let attemptId: number;
const SCENARIO = "data-protection-access-request";

beforeAll(async () => {
  app = createTestApp();
  const browser = app.browser({}, { ip: "10.8.0.1" });
  await browser.api.auth.tutorSignUp({
    email: "gates@college.example",
    name: "Gate Tutor",
    password: "a long enough password",
  });
  await browser.api.auth.tutorSignIn({ email: "gates@college.example", password: "a long enough password" });
  tutor = app.caller(browser.session.current, { ip: "10.8.0.1" });
  const klass = await tutor.classes.create({ name: "Year 13 Service" });
  classId = klass.id;
  ({ id: assignmentId } = await tutor.assignments.create({ classId, scenarioId: SCENARIO }));
  const learner = app.browser({}, { ip: "10.8.0.2" });
  await learner.api.auth.joinClass({ code: klass.joinCode!, displayName: "Nadia" });
  ({ attemptId } = await learner.api.attempts.start({ scenarioId: SCENARIO }));
  await learner.api.attempts.submit({ attemptId });
}, 60_000);
afterAll(() => app.close());

async function exportedMarks() {
  const { csv } = await tutor.results.exportCsv({ assignmentId });
  const byAssignment = Papa.parse<Record<string, string>>(csv.slice(1), {
    header: true,
    skipEmptyLines: true,
  });
  const { csv: classCsv } = await tutor.results.exportClassCsv({ classId });
  const byClass = Papa.parse<Record<string, string>>(classCsv.slice(1), {
    header: true,
    skipEmptyLines: true,
  });
  return {
    assignmentRow: byAssignment.data.find((r) => r.Learner === "Nadia")!,
    classRows: byClass.data.filter((r) => r.Learner === "Nadia" && r.Row === "Criterion"),
  };
}

describe("a gate judged on work never done, in the tutor's results", () => {
  it("reads as not attempted in the grid and both exports, and is scored as not met", async () => {
    const grid = await tutor.results.assignmentResults({ assignmentId });
    const row = grid.rows.find((r) => r.displayName === "Nadia")!;
    const notAttempted = row.cells.filter((c) => c.notAttempted);
    expect(notAttempted.length).toBeGreaterThan(0);
    for (const cell of notAttempted) expect(cell.status).toBe("not_met");
    // Criteria judged on what was (not) done stay "not met": the flag is only for gates with nothing to judge.
    expect(row.cells.some((c) => c.status === "not_met" && !c.notAttempted)).toBe(true);

    // The class debrief does not read a mistake's feedback out for a mistake nobody made.
    const firstGate = grid.criteria[row.cells.indexOf(notAttempted[0]!)]!;
    const missed = grid.mostMissed.find((m) => m.criterionId === firstGate.id)!;
    expect(missed).toMatchObject({ missed: 1, notMet: 1, notAttempted: 1 });
    expect(missed.feedback).toMatch(/^Not attempted: nobody was written to/);
    expect(missed.learners).toEqual([{ displayName: "Nadia", status: "not_met", notAttempted: true }]);
    expect(grid.aggregates.criteria.find((a) => a.criterionId === firstGate.id)).toMatchObject({
      notMet: 1,
      notAttempted: 1,
    });
    const debrief = await tutor.results.debrief({ assignmentId });
    const debriefed = debrief.mostMissed.find((m) => m.criterionId === firstGate.id);
    expect(debriefed).toMatchObject({ notAttempted: 1, examples: [] });
    // A criterion missed by doing something (or nothing) keeps its own teaching feedback.
    const plainMiss = grid.mostMissed.find((m) => m.notAttempted === 0);
    expect(plainMiss?.feedback).not.toMatch(/^Not attempted/);

    const { assignmentRow, classRows } = await exportedMarks();
    grid.criteria.forEach((criterion, i) => {
      const cell = row.cells[i]!;
      const expected = cell.notAttempted
        ? "not attempted"
        : cell.status === "not_met"
          ? "not met"
          : cell.status;
      expect(assignmentRow[criterion.title], criterion.id).toBe(expected);
      expect(
        classRows.find((r) => r["Criterion (full wording)"] === criterion.title)?.Mark,
        criterion.id,
      ).toBe(expected);
    });
  });

  it("gives way to the tutor's own mark", async () => {
    const grid = await tutor.results.assignmentResults({ assignmentId });
    const i = grid.rows.find((r) => r.displayName === "Nadia")!.cells.findIndex((c) => c.notAttempted);
    const criterion = grid.criteria[i]!;
    await tutor.results.overrideCriterion({
      attemptId,
      criterionId: criterion.id,
      newStatus: "not_met",
      comment: "Marked by me: a reply was due, so this stays not met.",
    });
    const after = await tutor.results.assignmentResults({ assignmentId });
    const cell = after.rows.find((r) => r.displayName === "Nadia")!.cells[i]!;
    expect(cell).toMatchObject({ status: "not_met", notAttempted: false, originalStatus: "not_met" });
    const { assignmentRow } = await exportedMarks();
    expect(assignmentRow[criterion.title]).toBe("not met");
  });
});
