/**
 * The results router through the real procedures on a fresh database: the live dashboard, the
 * assignment results grid and debrief, moderation with its audit trail, the CSV export, and who may
 * call what. Test data is made with the real procedures (tutor sign-up, classes, assignments,
 * learners joining, attempts replaying the scenario's playthrough files).
 */
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { parse as parseYaml } from "yaml";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonValue } from "@/db/dialect";
import type { SessionData } from "@/server/auth/session";
import { learnerActionSchema, type LearnerAction } from "@/server/core/scenarios/learner-actions";
import { getScenario } from "@/server/scenarios/scenario-registry";
import { appRouter } from "@/server/trpc/root";
import { createTestApp, errorCode, type TestApp } from "@/server/test-support/test-app";
import { tutorName } from "@/server/test-support/tutor-names";

const SCENARIO = "complaint-faulty-kettle";
const ZOE = `Zoë "Zed" O'Brien, Jr.`;

let app: TestApp;
type Caller = ReturnType<TestApp["caller"]>;

/** One browser with its own cookie jar (readable back through `session.current`). */
function browser(session: SessionData = {}, opts: { ip?: string } = {}) {
  const { api, session: store } = app.browser(session, { ip: opts.ip ?? nextIp() });
  return {
    auth: api.auth,
    classes: api.classes,
    assignments: api.assignments,
    attempts: api.attempts,
    results: api.results,
    session: store,
  };
}
type Browser = ReturnType<typeof browser>;

let n = 0;
function nextIp() {
  n += 1;
  return `10.9.${Math.floor(n / 250)}.${n % 250}`;
}

async function newTutor(name = "Morgan Tutor") {
  const tutor = browser();
  n += 1;
  await tutor.auth.tutorSignUp({
    email: `results${n}@college.example`,
    name: tutorName(name),
    password: "a long enough password",
  });
  // Sign-up does not sign in (it must not reveal whether the email had an account): the page signs in next.
  await tutor.auth.tutorSignIn({ email: `results${n}@college.example`, password: "a long enough password" });
  return tutor;
}

async function joinAs(code: string, displayName: string) {
  const device = browser();
  await device.auth.joinClass({ code, displayName });
  return device;
}

function playthrough(file: string): LearnerAction[] {
  const doc = parseYaml(
    fs.readFileSync(path.join(process.cwd(), "scenarios", "playthroughs", file), "utf8"),
  ) as { actions: unknown[] };
  return doc.actions.map((a) => learnerActionSchema.parse(a));
}

let clientSeq = 0;
async function play(learner: Browser, attemptId: number, actions: LearnerAction[]) {
  for (const action of actions) {
    clientSeq += 1;
    await learner.attempts.act({ attemptId, clientId: `test-client-${clientSeq}`, action });
  }
}

/**
 * Records every SQL statement the engine compiles on a FRESH connection to the test database (like a
 * newly started server process) while `fn` runs with a tutor caller on that connection (SQLite: each
 * statement prepared; PostgreSQL: each one parsed, see TestApp.anotherProcess).
 */
async function recordSql<T>(
  session: SessionData,
  fn: (api: Caller) => Promise<T>,
): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const fresh = app.anotherProcess({ statements });
  try {
    return { result: await fn(fresh.caller(session, { ip: nextIp() })), statements };
  } finally {
    await fresh.close();
  }
}

let tutor: Browser;
let classId: number;
let assignmentId: number;
let ana: Browser;
let ben: Browser;
let zoe: Browser;
let carl: Browser;
const attemptIds: Record<string, number> = {};

beforeAll(async () => {
  app = createTestApp();
  tutor = await newTutor();
  const klass = await tutor.classes.create({ name: "Level 3, Group B" });
  classId = klass.id;
  assignmentId = (await tutor.assignments.create({ classId, scenarioId: SCENARIO })).id;
  ana = await joinAs(klass.joinCode!, "Ana");
  ben = await joinAs(klass.joinCode!, "Ben");
  zoe = await joinAs(klass.joinCode!, ZOE);
  carl = await joinAs(klass.joinCode!, "Carl");
});
afterAll(() => app.close());

describe("results.live", () => {
  it("lists every learner, and shows progress after an action without replaying events", async () => {
    const before = await tutor.results.live({ classId });
    expect(before.className).toBe("Level 3, Group B");
    expect(before.learners.map((l) => l.displayName)).toEqual(["Ana", "Ben", "Carl", ZOE]);
    expect(before.learners.every((l) => l.status === "not_started" && l.attempt === null)).toBe(true);

    const { attemptId } = await ana.attempts.start({ scenarioId: SCENARIO, assignmentId });
    attemptIds.ana = attemptId;
    const started = (await tutor.results.live({ classId })).learners.find((l) => l.displayName === "Ana")!;
    expect(started.status).toBe("in_progress");
    expect(started.attempt).toMatchObject({
      id: attemptId,
      scenarioTitle: getScenario(SCENARIO)!.title,
      actions: 0,
      assignmentId,
    });
    expect(started.attempt!.lass).toEqual({ listen: false, apologise: false, solve: false, thank: false });

    // The model answer up to its first email: Listen and Apologise (and Solve) are reached.
    const model = playthrough("complaint-model.yaml");
    const firstMessage = model.findIndex((a) => a.type === "send_message");
    await play(ana, attemptId, model.slice(0, firstMessage + 1));

    const { result: live, statements } = await recordSql(tutor.session.current, async (api) => {
      const first = await api.results.live({ classId });
      await api.results.live({ classId });
      return first;
    });
    const row = live.learners.find((l) => l.displayName === "Ana")!.attempt!;
    expect(row.actions).toBe(firstMessage + 1);
    expect(row.messages).toBe(1);
    expect(row.lass.listen && row.lass.apologise).toBe(true);
    expect(row.lassOrder.slice(0, 2)).toEqual(["listen", "apologise"]);
    expect(row.simMinutes).toBeGreaterThan(0);
    expect(row.clock).toMatch(/\d{2}:\d{2}/);
    expect(row.customers[0]).toMatchObject({ name: expect.stringContaining("Priya") });
    expect(row.lastAction).toEqual(expect.any(String));
    expect(row.band).toBeNull();
    expect(live.counts).toEqual({ learners: 4, notStarted: 3, inProgress: 1, submitted: 0 });

    // Cheap: per poll, the tutor check plus ONE query, which is prepared once per connection and
    // never reads the event log. Two polls on a fresh connection: tutor, live query, tutor.
    expect(statements).toHaveLength(3);
    expect(statements[0]).toMatch(/from "tutor_sessions" inner join "tutors"/);
    expect(statements[1]).toMatch(/from "classes" left join "learners" .* left join "attempts"/);
    expect(statements[2]).toMatch(/from "tutor_sessions" inner join "tutors"/);
    expect(statements.join("\n")).not.toMatch(/attempt_events/);
  });

  it("sees another server process's writes: a second connection to the same database", async () => {
    // Like a second `next start` process: its own connection (pool on PostgreSQL), no shared memory.
    const otherProcess = app.anotherProcess();
    try {
      const tutorThere = otherProcess.caller(tutor.session.current, { ip: nextIp() });
      const before = (await tutorThere.results.live({ classId })).learners.find(
        (l) => l.displayName === "Ana",
      )!.attempt!;
      await ana.attempts.act({
        attemptId: attemptIds.ana!,
        clientId: "other-process-1",
        action: { type: "view_record", customerRef: "CUS-2041" },
      });
      const after = (await tutorThere.results.live({ classId })).learners.find(
        (l) => l.displayName === "Ana",
      )!.attempt!;
      expect(after.actions).toBe(before.actions + 1);
      expect(after.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());
    } finally {
      await otherProcess.close();
    }
  });

  it("answers NOT_FOUND for another tutor's class, FORBIDDEN for a learner, UNAUTHORIZED for anyone else", async () => {
    const other = await newTutor("Other Tutor");
    expect(await errorCode(other.results.live({ classId }))).toBe("NOT_FOUND");
    expect(await errorCode(other.results.live({ classId: 999_999 }))).toBe("NOT_FOUND");
    expect(await errorCode(ana.results.live({ classId }))).toBe("FORBIDDEN");
    expect(await errorCode(browser().results.live({ classId }))).toBe("UNAUTHORIZED");
    expect(await errorCode(tutor.results.live({ classId: -1 }))).toBe("BAD_REQUEST");
    expect(await errorCode(tutor.results.live({ classId: "1" as unknown as number }))).toBe("BAD_REQUEST");
  });
});

describe("results.assignmentResults", () => {
  beforeAll(async () => {
    // Ana finishes the model answer; Ben solves before apologising; Zoë offers only a voucher;
    // Carl starts but does not submit.
    const model = playthrough("complaint-model.yaml");
    const firstMessage = model.findIndex((a) => a.type === "send_message");
    await play(ana, attemptIds.ana!, model.slice(firstMessage + 1));
    await ana.attempts.submit({ attemptId: attemptIds.ana! });

    attemptIds.ben = (await ben.attempts.start({ scenarioId: SCENARIO, assignmentId })).attemptId;
    await play(ben, attemptIds.ben, playthrough("complaint-solve-before-apology.yaml"));
    await ben.attempts.submit({ attemptId: attemptIds.ben });

    attemptIds.zoe = (await zoe.attempts.start({ scenarioId: SCENARIO, assignmentId })).attemptId;
    await play(zoe, attemptIds.zoe, playthrough("complaint-voucher-only.yaml"));
    await zoe.attempts.submit({ attemptId: attemptIds.zoe });

    attemptIds.carl = (await carl.attempts.start({ scenarioId: SCENARIO, assignmentId })).attemptId;
  });

  it("shows the live result once a learner submits", async () => {
    const live = await tutor.results.live({ classId });
    const anaRow = live.learners.find((l) => l.displayName === "Ana")!;
    expect(anaRow.status).toBe("submitted");
    expect(anaRow.attempt).toMatchObject({ band: "Distinction", totalPercent: 100 });
    expect(live.counts).toEqual({ learners: 4, notStarted: 0, inProgress: 1, submitted: 3 });
  });

  it("grids learner × criterion in rubric order with class aggregates and the most-missed criteria", async () => {
    const res = await tutor.results.assignmentResults({ assignmentId });
    const rubric = getScenario(SCENARIO)!.rubric;
    expect(res.criteria.map((c) => c.id)).toEqual(rubric.map((c) => c.id));
    expect(res.criteria[0]).toMatchObject({ number: 1, title: rubric[0]!.title });
    // Screens say "gate" for a criterion worth no points that caps the band, never "0 points".
    expect(res.criteria.map((c) => c.gate)).toEqual(
      rubric.map((c) => c.weight === 0 && c.capBandIfNotMet != null),
    );
    expect(res.assignment).toMatchObject({
      id: assignmentId,
      classId,
      scenarioId: SCENARIO,
      className: "Level 3, Group B",
    });

    expect(res.rows.map((r) => [r.displayName, r.status])).toEqual([
      ["Ana", "submitted"],
      ["Ben", "submitted"],
      ["Carl", "in_progress"],
      [ZOE, "submitted"],
    ]);
    const row = (name: string) => res.rows.find((r) => r.displayName === name)!;
    const cell = (name: string, criterionId: string) =>
      row(name).cells.find((c) => c.criterionId === criterionId)?.status;

    // Each learner's cells are exactly their own report's marks.
    for (const name of ["Ana", "Ben", ZOE]) {
      const r = row(name);
      const own = await (name === "Ana" ? ana : name === "Ben" ? ben : zoe).attempts.report({
        attemptId: r.attemptId!,
      });
      expect(r.cells.map((c) => c.status)).toEqual(own.report.criteria.map((c) => c.status));
      expect(r.totalPercent).toBe(own.report.totalPercent);
      expect(r.band).toBe(own.report.band);
    }
    expect(row("Ana").band).toBe("Distinction");
    expect(row("Ben").band).toBe("Pass");
    expect(row(ZOE).band).toBe("Pass");
    expect(cell("Ben", "lass-order")).toBe("not_met");
    expect(cell("Ben", "listen-first")).toBe("partly");
    expect(cell(ZOE, "lawful-remedy")).toBe("not_met");
    expect(row("Carl")).toMatchObject({
      attemptId: null,
      inProgressAttemptId: attemptIds.carl,
      cells: [],
      totalPercent: null,
      band: null,
    });

    // Aggregates over the three submitted attempts.
    const agg = res.aggregates;
    expect(agg).toMatchObject({ learners: 4, submitted: 3, inProgress: 1, notStarted: 0 });
    const totals = ["Ana", "Ben", ZOE].map((name) => row(name).totalPercent!);
    expect(agg.averageTotal).toBe(Math.round((totals.reduce((a, b) => a + b, 0) / 3) * 10) / 10);
    expect(agg.bands).toEqual([
      { band: "Distinction", count: 1 },
      { band: "Merit", count: 0 },
      { band: "Pass", count: 2 },
      { band: "Fail", count: 0 },
    ]);
    for (const [i, c] of res.criteria.entries()) {
      const statuses = ["Ana", "Ben", ZOE].map((name) => cell(name, c.id));
      const a = agg.criteria[i]!;
      expect(a.criterionId).toBe(c.id);
      expect([a.met, a.partly, a.notMet]).toEqual([
        statuses.filter((s) => s === "met").length,
        statuses.filter((s) => s === "partly").length,
        statuses.filter((s) => s === "not_met").length,
      ]);
      expect(a.metPercent).toBe(Math.round((a.met / 3) * 100));
    }
    const lassOrder = agg.criteria.find((a) => a.criterionId === "lass-order")!;
    expect(lassOrder.notMetPercent).toBe(33);

    // Most often missed: sorted by not met + partly, each with the rubric's teaching feedback.
    const missed = res.mostMissed;
    expect(missed.length).toBeGreaterThan(0);
    for (let i = 1; i < missed.length; i++)
      expect(missed[i - 1]!.missed).toBeGreaterThanOrEqual(missed[i]!.missed);
    expect(missed.every((m) => m.missed === m.notMet + m.partly && m.missed > 0)).toBe(true);
    const followUp = missed.find((m) => m.criterionId === "follow-up")!;
    expect(followUp.missed).toBe(2);
    expect(followUp.feedback).toBe(rubric.find((c) => c.id === "follow-up")!.feedback.not_met);
    expect(followUp.learners.map((l) => l.displayName).sort()).toEqual(["Ben", ZOE].sort());
    expect(missed.find((m) => m.criterionId === "lawful-remedy")!.learners).toEqual([
      { displayName: ZOE, status: "not_met", notAttempted: false },
    ]);
    expect(missed[0]!.missed).toBe(Math.max(...agg.criteria.map((a) => a.notMet + a.partly)));
  });

  it("answers NOT_FOUND for another tutor's assignment and BAD_REQUEST for a bad id", async () => {
    const other = await newTutor("Other Tutor");
    expect(await errorCode(other.results.assignmentResults({ assignmentId }))).toBe("NOT_FOUND");
    expect(await errorCode(other.results.exportCsv({ assignmentId }))).toBe("NOT_FOUND");
    expect(await errorCode(tutor.results.assignmentResults({ assignmentId: 0 }))).toBe("BAD_REQUEST");
    expect(await errorCode(ben.results.assignmentResults({ assignmentId }))).toBe("FORBIDDEN");
    expect(await errorCode(browser().results.assignmentResults({ assignmentId }))).toBe("UNAUTHORIZED");
  });
});

describe("results.overrideCriterion", () => {
  it("recomputes total and band, keeps the machine mark and an audit trail, and the learner sees the comment", async () => {
    const attemptId = attemptIds.zoe!;
    const before = await zoe.attempts.report({ attemptId });
    const original = before.report.criteria.find((c) => c.id === "follow-up")!;
    expect(original.status).toBe("not_met");

    // 1. not met → partly (the tutor saw a follow-up promised in the email).
    const first = await tutor.results.overrideCriterion({
      attemptId,
      criterionId: "follow-up",
      newStatus: "partly",
      comment: "You promised to check back, which counts for something — but no task was set.",
    });
    expect(first).toMatchObject({ previousStatus: "not_met", newStatus: "partly" });
    const weight = original.weight;
    const expectedPoints = before.report.totalPoints + weight / 2;
    expect(first.totalPercent).toBe(Math.round((expectedPoints / before.report.maxPoints) * 100));

    // 2. partly → met: the previous status recorded is the one shown after the first override.
    const second = await tutor.results.overrideCriterion({
      attemptId,
      criterionId: "follow-up",
      newStatus: "met",
      comment: "On reflection, the promise in the email is a follow-up plan.",
    });
    expect(second).toMatchObject({ previousStatus: "partly", newStatus: "met" });

    // 3. lawful-remedy not met → met lifts the Consumer Rights Act cap on the band.
    const third = await tutor.results.overrideCriterion({
      attemptId,
      criterionId: "lawful-remedy",
      newStatus: "met",
      comment: "Moderated up for the class debrief.",
    });
    expect(third.previousStatus).toBe("not_met");
    // The Consumer Rights Act criterion capped the band at Pass; with it met, the band is recomputed.
    expect(before.report.band).toBe("Pass");
    expect([first.band, second.band]).toEqual(["Pass", "Pass"]);
    expect(third.band).toBe("Distinction");
    expect(
      before.report.totalPercent < first.totalPercent &&
        first.totalPercent < second.totalPercent &&
        second.totalPercent < third.totalPercent,
    ).toBe(true);

    const history = await tutor.results.overrideHistory({ attemptId });
    expect(history.learnerName).toBe(ZOE);
    expect(history.originalBand).toBe(before.report.band);
    expect(history.originalTotalPercent).toBe(before.report.totalPercent);
    expect(history.entries.map((e) => [e.criterionId, e.previousStatus, e.newStatus, e.tutorName])).toEqual([
      ["follow-up", "not_met", "partly", "Morgan Tutor"],
      ["follow-up", "partly", "met", "Morgan Tutor"],
      ["lawful-remedy", "not_met", "met", "Morgan Tutor"],
    ]);
    expect(history.entries[0]!.criterionTitle).toBe(original.title);
    expect(history.totalPercent).toBe(third.totalPercent);
    expect(history.band).toBe(third.band);

    // The learner's report: the new marks, the comment, the original mark kept alongside.
    const after = await zoe.attempts.report({ attemptId });
    const followUp = after.report.criteria.find((c) => c.id === "follow-up")!;
    expect(followUp).toMatchObject({
      status: "met",
      originalStatus: "not_met",
      override: { newStatus: "met", comment: "On reflection, the promise in the email is a follow-up plan." },
    });
    expect(after.report.totalPercent).toBe(third.totalPercent);
    expect(after.report.band).toBe(third.band);
    expect(after.overrides).toHaveLength(3);

    // The stored report keeps the machine marks; the attempt's total and band columns move.
    const [stored] = await app.store.rows<{ report: unknown; total_percent: number | string; band: string }>(
      sql`select report, total_percent, band from attempts where id = ${attemptId}`,
    );
    const storedReport = jsonValue(stored!.report) as typeof before.report;
    expect(storedReport.criteria.find((c) => c.id === "follow-up")!.status).toBe("not_met");
    expect(storedReport.totalPercent).toBe(before.report.totalPercent);
    expect([Number(stored!.total_percent), stored!.band]).toEqual([third.totalPercent, third.band]);

    // The grid, the live dashboard and the learner's own list agree.
    const res = await tutor.results.assignmentResults({ assignmentId });
    const zoeRow = res.rows.find((r) => r.displayName === ZOE)!;
    expect(zoeRow).toMatchObject({ totalPercent: third.totalPercent, band: third.band });
    expect(zoeRow.cells.find((c) => c.criterionId === "follow-up")).toMatchObject({
      status: "met",
      originalStatus: "not_met",
    });
    expect(zoeRow.overrides).toHaveLength(3);
    const live = await tutor.results.live({ classId });
    expect(live.learners.find((l) => l.displayName === ZOE)!.attempt).toMatchObject({
      totalPercent: third.totalPercent,
      band: third.band,
    });
    const mine = await zoe.attempts.mine();
    expect(mine.find((a) => a.id === attemptId)).toMatchObject({
      totalPercent: third.totalPercent,
      band: third.band,
    });
  });

  it("rejects bad input, unknown criteria, unsubmitted attempts and other people", async () => {
    const attemptId = attemptIds.ben!;
    const ok = { attemptId, criterionId: "lass-order", newStatus: "met" as const, comment: "Fine." };
    expect(await errorCode(tutor.results.overrideCriterion({ ...ok, comment: "   " }))).toBe("BAD_REQUEST");
    expect(await errorCode(tutor.results.overrideCriterion({ ...ok, comment: "x".repeat(1001) }))).toBe(
      "BAD_REQUEST",
    );
    expect(await errorCode(tutor.results.overrideCriterion({ ...ok, newStatus: "excellent" as "met" }))).toBe(
      "BAD_REQUEST",
    );
    expect(
      await errorCode(tutor.results.overrideCriterion({ ...ok, criterionId: "no-such-criterion" })),
    ).toBe("BAD_REQUEST");
    expect(await errorCode(tutor.results.overrideCriterion({ ...ok, attemptId: attemptIds.carl! }))).toBe(
      "BAD_REQUEST",
    );

    const other = await newTutor("Other Tutor");
    expect(await errorCode(other.results.overrideCriterion(ok))).toBe("NOT_FOUND");
    expect(await errorCode(other.results.overrideHistory({ attemptId }))).toBe("NOT_FOUND");
    expect(await errorCode(tutor.results.overrideHistory({ attemptId: 999_999 }))).toBe("NOT_FOUND");
    expect(await errorCode(ben.results.overrideCriterion(ok))).toBe("FORBIDDEN");
    expect(await errorCode(ben.results.overrideHistory({ attemptId }))).toBe("FORBIDDEN");
    expect(await errorCode(browser().results.overrideCriterion(ok))).toBe("UNAUTHORIZED");
    expect((await tutor.results.overrideHistory({ attemptId })).entries).toEqual([]);

    // A comment is trimmed and a valid override at 1,000 characters is accepted.
    const long = await tutor.results.overrideCriterion({ ...ok, comment: ` ${"y".repeat(1000)} ` });
    expect(long.newStatus).toBe("met");
    expect((await tutor.results.overrideHistory({ attemptId })).entries[0]!.comment).toBe("y".repeat(1000));
  });
});

describe("results.exportCsv", () => {
  it("exports one row per learner that parses back to the same values, with a BOM and correct quoting", async () => {
    const { filename, csv } = await tutor.results.exportCsv({ assignmentId });
    expect(filename).toMatch(/^results-level-3-group-b-complaint-faulty-kettle-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    // The name with a comma and quotes is quoted, with its quotes doubled.
    expect(csv).toContain(`"Zoë ""Zed"" O'Brien, Jr."`);

    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    const res = await tutor.results.assignmentResults({ assignmentId });
    expect(header).toEqual([
      "Learner",
      "Status",
      "Submitted at",
      "Late",
      "Total %",
      "Band",
      ...res.criteria.map((c) => c.title),
      "Overrides",
      "Override comments",
    ]);
    expect(rows).toHaveLength(res.rows.length);
    const text = { met: "met", partly: "partly", not_met: "not met" } as const;
    for (const [i, r] of res.rows.entries()) {
      const line = rows[i]!;
      expect(line[0]).toBe(r.displayName);
      expect(line[1]).toBe(
        { submitted: "Submitted", in_progress: "In progress", not_started: "Not started" }[r.status],
      );
      if (r.submittedAt) {
        const uk = new Intl.DateTimeFormat("en-GB", {
          dateStyle: "short",
          timeStyle: "short",
          timeZone: "Europe/London",
        }).format(r.submittedAt);
        expect(line[2]).toBe(uk.replace(",", ""));
      } else expect(line[2]).toBe("");
      // No due date here, so nothing submitted is late (results-late-export.test.ts has late work).
      expect(line[3]).toBe(r.status === "submitted" ? "No" : "");
      expect(line[4]).toBe(r.totalPercent === null ? "" : String(r.totalPercent));
      expect(line[5]).toBe(r.band ?? "");
      expect(line.slice(6, 6 + res.criteria.length)).toEqual(
        res.criteria.map((_, j) => (r.cells[j]?.status ? text[r.cells[j]!.status!] : "")),
      );
      expect(line[6 + res.criteria.length]).toBe(String(r.overrides.length));
    }
    const zoeLine = rows.find((l) => l[0] === ZOE)!;
    expect(zoeLine).toBeDefined();
    expect(zoeLine[zoeLine.length - 1]).toContain(
      "not met → partly (Morgan Tutor): You promised to check back, which counts for something — but no task was set.",
    );
    expect(zoeLine[zoeLine.length - 1]!.split(" | ")).toHaveLength(3);
    expect(rows.find((l) => l[0] === "Carl")!.slice(1, 6)).toEqual(["In progress", "", "", "", ""]);
  });

  it("escapes cells a spreadsheet would run as a formula", async () => {
    const t2 = await newTutor();
    const klass = await t2.classes.create({ name: 'Formula, "test" class' });
    const a = await t2.assignments.create({ classId: klass.id, scenarioId: SCENARIO });
    await joinAs(klass.joinCode!, '=HYPERLINK("x")');
    const { csv, filename } = await t2.results.exportCsv({ assignmentId: a.id });
    expect(filename).toMatch(/^results-formula-test-class-/);
    const [, row] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(row![0]).toBe('\'=HYPERLINK("x")');
    expect(row!.slice(1, 6)).toEqual(["Not started", "", "", "", ""]);
  });
});

describe("access", () => {
  it("every results procedure is tutor-only", () => {
    const procedures = appRouter._def.procedures as unknown as Record<
      string,
      { _def: { meta?: { access?: string } } }
    >;
    const access = Object.fromEntries(
      Object.entries(procedures)
        .filter(([p]) => p.startsWith("results."))
        .map(([p, proc]) => [p, proc._def.meta?.access]),
    );
    expect(access).toEqual({
      "results.live": "tutor",
      "results.liveStream": "tutor",
      "results.watchAttempt": "tutor",
      "results.assignmentResults": "tutor",
      "results.debrief": "tutor",
      "results.overrideCriterion": "tutor",
      "results.overrideHistory": "tutor",
      "results.exportCsv": "tutor",
      "results.exportClassCsv": "tutor",
      "results.exportClassWorkbook": "tutor",
      "results.promptAnswers": "tutor",
    });
  });

  it("learners and anonymous callers are refused for the export", async () => {
    expect(await errorCode(zoe.results.exportCsv({ assignmentId }))).toBe("FORBIDDEN");
    expect(await errorCode(browser().results.exportCsv({ assignmentId }))).toBe("UNAUTHORIZED");
  });
});
