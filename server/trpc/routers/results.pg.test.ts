/**
 * A tutor's results through the real procedures with the data layer on PostgreSQL, compared with the
 * same procedures on SQLite over the same data: a class set up on SQLite (learners joining, attempts
 * played from the playthrough files, one mark moderated), copied into PostgreSQL, then asked the same
 * questions on both engines. The answers must be equal: the live dashboard (learner order included,
 * with names that differ only in case, accents and spacing), the grid, the debrief, the reasoning
 * answers, the audit trail, the CSV files byte for byte and the workbook cell for cell. Then the
 * writes and pushes on PostgreSQL: a moderation with its audit row, and the live stream and Watch
 * view seeing a learner's action stored through another pool (another app server).
 */
import fs from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgresStore, type PostgresStore } from "@/db/pg/store";
import { memorySessionStore, type SessionData } from "@/server/auth/session";
import { learnerActionSchema, type LearnerAction } from "@/server/core/scenarios/learner-actions";
import { createCallerFactory } from "@/server/trpc/init";
import { appRouter } from "@/server/trpc/root";
import { copyToPostgres, type PostgresTestApp } from "@/server/test-support/test-app-postgres";
import { createTestApp, errorCode, type SqliteTestApp } from "@/server/test-support/test-app";

const COMPLAINT = "complaint-faulty-kettle";
const REVIEW = "monthly-service-review";
/** Fixed, so the export file names (which carry the day) are the same on both engines. */
/**
 * The instant both engines are asked at: fixed, so their answers can be compared, and set just after the
 * setup so that the tutor's session (signed in during it, on the real clock) is live, as it would be
 * for a tutor reading results a minute after the lesson. A date before the sign-in read the session as
 * one from before the idle rule (tutor-sessions.ts), which signs its tutor out.
 */
let NOW: Date;
/**
 * Joined in this order, so the ids do not give the sorted order away. SQLite's NOCASE folds A–Z only
 * and compares bytes: "_" sorts before letters, "bea" before "Ben", a space before a letter, and
 * "Émile" after every ASCII name. A byte order without folding, a locale's collation or `lower()`
 * would put some of these elsewhere. (A class cannot hold two names that differ only in case; the
 * CRM's customer list tests those.)
 */
const NAMES = ["Zoë O'Brien", "emile", "McDonald", "Ana", "Émile", "Mc Donald", "bea", "_Underscore", "Ben"];
const SORTED = ["_Underscore", "Ana", "bea", "Ben", "emile", "Mc Donald", "McDonald", "Zoë O'Brien", "Émile"];

let app: SqliteTestApp;
let pg: PostgresTestApp;
let tutorSession: SessionData;
let otherTutorSession: SessionData;
const learners: Record<string, SessionData> = {};
const attempts: Record<string, number> = {};
let classId: number;
let complaintId: number;
let reviewId: number;

const createCaller = createCallerFactory(appRouter);
const aborts: AbortController[] = [];
let ip = 0;

/** A caller on SQLite, or on a PostgreSQL store. */
function on(engine: "sqlite" | "postgres" | PostgresStore, session: SessionData) {
  const abort = new AbortController();
  aborts.push(abort);
  ip += 1;
  const common = { session: memorySessionStore(session), ip: `10.31.0.${ip}`, now: () => NOW };
  if (engine === "sqlite") return createCaller({ store: app.store, ...common }, { signal: abort.signal });
  const store = engine === "postgres" ? pg.store : engine;
  return createCaller({ store, ...common }, { signal: abort.signal });
}

function playthrough(file: string): LearnerAction[] {
  const doc = parseYaml(
    fs.readFileSync(path.join(process.cwd(), "scenarios", "playthroughs", file), "utf8"),
  ) as { actions: unknown[] };
  return doc.actions.map((a) => learnerActionSchema.parse(a));
}

let clientSeq = 0;
async function play(api: ReturnType<typeof on>, attemptId: number, actions: LearnerAction[]) {
  for (const action of actions) {
    clientSeq += 1;
    await api.attempts.act({ attemptId, clientId: `results-pg-${clientSeq}`, action });
  }
}

async function signedInTutor(email: string, name: string): Promise<SessionData> {
  const { api, session } = app.browser();
  await api.auth.tutorSignUp({ email, name, password: "a long enough password" });
  await api.auth.tutorSignIn({ email, password: "a long enough password" });
  return session.current;
}

beforeAll(async () => {
  app = createTestApp({ engine: "sqlite" });
  tutorSession = await signedInTutor("results-pg@college.example", "Morgan Tutor");
  otherTutorSession = await signedInTutor("results-pg-other@college.example", "Other Tutor");
  const tutor = app.caller(tutorSession);
  const klass = await tutor.classes.create({ name: "Level 3, Group P" });
  classId = klass.id;
  complaintId = (await tutor.assignments.create({ classId, scenarioId: COMPLAINT })).id;
  reviewId = (await tutor.assignments.create({ classId, scenarioId: REVIEW })).id;
  for (const name of NAMES) {
    const { api, session } = app.browser();
    await api.auth.joinClass({ code: klass.joinCode!, displayName: name });
    learners[name] = session.current;
  }
  const learner = (name: string) => app.caller(learners[name]!);
  const submitted = async (name: string, scenarioId: string, assignmentId: number, file: string) => {
    const { attemptId } = await learner(name).attempts.start({ scenarioId, assignmentId });
    await play(learner(name), attemptId, playthrough(file));
    await learner(name).attempts.submit({ attemptId });
    return attemptId;
  };
  attempts.Ana = await submitted("Ana", COMPLAINT, complaintId, "complaint-model.yaml");
  attempts.Ben = await submitted("Ben", COMPLAINT, complaintId, "complaint-solve-before-apology.yaml");
  attempts.Zoe = await submitted("Zoë O'Brien", COMPLAINT, complaintId, "complaint-voucher-only.yaml");
  // Reasoning answers the tutor has still to mark (the live view counts them from the report's JSON).
  attempts.emile = await submitted("emile", REVIEW, reviewId, "service-review-model.yaml");
  attempts.Emile = await submitted("Émile", REVIEW, reviewId, "service-review-own-words.yaml");
  // In progress, a few actions in.
  attempts.bea = (
    await learner("bea").attempts.start({ scenarioId: COMPLAINT, assignmentId: complaintId })
  ).attemptId;
  await play(learner("bea"), attempts.bea, playthrough("complaint-model.yaml").slice(0, 3));
  // One mark moderated before the copy, so the audit trail and recomputed totals travel too.
  const grid = await tutor.results.assignmentResults({ assignmentId: complaintId });
  const ben = grid.rows.find((r) => r.displayName === "Ben")!;
  const missed = ben.cells.find((c) => c.status !== "met")!;
  await tutor.results.overrideCriterion({
    attemptId: attempts.Ben,
    criterionId: missed.criterionId,
    newStatus: "met",
    comment: "Apologised on the phone first; the call notes say so.",
  });
  pg = await copyToPostgres(app);
  NOW = new Date(Date.now() + 60_000);
}, 180_000);

afterAll(async () => {
  for (const a of aborts) a.abort();
  await pg?.close();
  app?.close();
});

/** The same question to both engines. */
async function both<T>(ask: (api: ReturnType<typeof on>) => Promise<T>): Promise<{ sqlite: T; postgres: T }> {
  const sqlite = await ask(on("sqlite", tutorSession));
  const postgres = await ask(on("postgres", tutorSession));
  return { sqlite, postgres };
}

/** Every sheet of a workbook as rows of cell values (notes included), to compare two files. */
async function sheets(base64: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(base64, "base64") as unknown as ArrayBuffer);
  return book.worksheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : row)),
    notes: (sheet.getRow(1).values as unknown[]).map((_, i) => sheet.getRow(1).getCell(i + 1).note ?? null),
  }));
}

describe("a tutor's results read on PostgreSQL", () => {
  it("shows the live dashboard as on SQLite, learners in SQLite's case-insensitive order", async () => {
    const { sqlite, postgres } = await both((api) => api.results.live({ classId }));
    expect(sqlite.learners.map((l) => l.displayName)).toEqual(SORTED);
    expect(postgres.learners.map((l) => l.displayName)).toEqual(SORTED);
    expect(postgres).toEqual(sqlite);
    // What the comparison covers: work on both assignments, reasoning answers awaiting the tutor,
    // an attempt in progress and a moderated mark.
    expect(postgres.counts).toEqual({ learners: 9, notStarted: 3, inProgress: 1, submitted: 5 });
    const emile = postgres.learners.find((l) => l.displayName === "emile")!;
    expect(emile.attempt!.awaitingTutor).toBeGreaterThan(0);
    expect(emile.assignments[reviewId]).toMatchObject({ status: "submitted", attemptId: attempts.emile });
    expect(emile.assignments[complaintId]).toMatchObject({ status: "not_started", attempts: 0 });
    expect(postgres.learners.find((l) => l.displayName === "bea")!.attempt!.actions).toBe(3);
    expect(postgres.assignments.map((a) => a.id)).toEqual([complaintId, reviewId]);
  });

  it("grids each assignment, moderated marks included, as on SQLite", async () => {
    for (const assignmentId of [complaintId, reviewId]) {
      const { sqlite, postgres } = await both((api) => api.results.assignmentResults({ assignmentId }));
      expect(postgres).toEqual(sqlite);
    }
    const grid = await on("postgres", tutorSession).results.assignmentResults({ assignmentId: complaintId });
    expect(grid.rows.map((r) => r.displayName)).toEqual(SORTED);
    const ben = grid.rows.find((r) => r.displayName === "Ben")!;
    expect(ben.overrides).toHaveLength(1);
    expect(ben.overrides[0]).toMatchObject({ newStatus: "met", tutorName: "Morgan Tutor" });
    expect(grid.aggregates).toMatchObject({ learners: 9, submitted: 3, inProgress: 1 });
  });

  it("gives the same debrief and reasoning answers", async () => {
    for (const assignmentId of [complaintId, reviewId]) {
      const debrief = await both((api) => api.results.debrief({ assignmentId }));
      expect(debrief.postgres).toEqual(debrief.sqlite);
      const answers = await both((api) => api.results.promptAnswers({ assignmentId }));
      expect(answers.postgres).toEqual(answers.sqlite);
    }
    const review = await on("postgres", tutorSession).results.promptAnswers({ assignmentId: reviewId });
    expect(review.answers.length).toBeGreaterThan(0);
    expect(review.answers.some((a) => a.awaiting)).toBe(true);
    const debrief = await on("postgres", tutorSession).results.debrief({ assignmentId: complaintId });
    expect(debrief.mostMissed.length).toBeGreaterThan(0);
  });

  it("writes the same CSV files, byte for byte, and the same workbook cells", async () => {
    const csv = await both((api) => api.results.exportCsv({ assignmentId: complaintId }));
    expect(csv.postgres).toEqual(csv.sqlite);
    expect(csv.postgres.rows).toBe(9);
    const classCsv = await both((api) => api.results.exportClassCsv({ classId }));
    expect(classCsv.postgres).toEqual(classCsv.sqlite);
    const book = await both((api) => api.results.exportClassWorkbook({ classId }));
    expect(book.postgres.filename).toBe(book.sqlite.filename);
    const [fromSqlite, fromPostgres] = [await sheets(book.sqlite.base64), await sheets(book.postgres.base64)];
    expect(fromPostgres.map((s) => s.name)).toEqual([
      "Summary",
      expect.any(String),
      expect.any(String),
      "All marks",
    ]);
    expect(fromPostgres).toEqual(fromSqlite);
  });

  it("keeps another tutor's class, assignment and attempt out of reach", async () => {
    const other = on("postgres", otherTutorSession);
    expect(await errorCode(other.results.live({ classId }))).toBe("NOT_FOUND");
    expect(await errorCode(other.results.assignmentResults({ assignmentId: complaintId }))).toBe("NOT_FOUND");
    expect(await errorCode(other.results.exportClassCsv({ classId }))).toBe("NOT_FOUND");
    expect(await errorCode(other.results.overrideHistory({ attemptId: attempts.Ben! }))).toBe("NOT_FOUND");
    expect(
      await errorCode(
        other.results.overrideCriterion({
          attemptId: attempts.Ana!,
          criterionId: "x",
          newStatus: "met",
          comment: "Not mine to mark.",
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(await errorCode(other.results.liveStream({ classId }))).toBe("NOT_FOUND");
    expect(await errorCode(on("postgres", learners.Ana!).results.live({ classId }))).toBe("FORBIDDEN");
  });
});

describe("moderation on PostgreSQL", () => {
  it("overrides a mark as on SQLite: the same result, audit trail and recomputed grid", async () => {
    const input = {
      attemptId: attempts.Zoe!,
      criterionId: "",
      newStatus: "partly" as const,
      comment: "Offered the voucher kindly; partly there.",
    };
    const grid = await on("postgres", tutorSession).results.assignmentResults({ assignmentId: complaintId });
    const zoe = grid.rows.find((r) => r.attemptId === attempts.Zoe)!;
    input.criterionId = zoe.cells.find((c) => c.status === "not_met")!.criterionId;

    const { sqlite, postgres } = await both((api) => api.results.overrideCriterion(input));
    expect(postgres).toEqual(sqlite);
    expect(postgres).toMatchObject({ previousStatus: "not_met", newStatus: "partly" });

    const history = await both((api) => api.results.overrideHistory({ attemptId: attempts.Zoe! }));
    expect(history.postgres).toEqual(history.sqlite);
    expect(history.postgres.entries.at(-1)).toMatchObject({
      criterionId: input.criterionId,
      previousStatus: "not_met",
      newStatus: "partly",
      comment: input.comment,
      tutorName: "Morgan Tutor",
      createdAt: NOW,
    });
    const { t, db } = pg.store;
    const rows = await db
      .select()
      .from(t.markOverrides)
      .where(
        and(eq(t.markOverrides.attemptId, attempts.Zoe!), eq(t.markOverrides.criterionId, input.criterionId)),
      );
    expect(rows).toHaveLength(1);
    const [attempt] = await db.select().from(t.attempts).where(eq(t.attempts.id, attempts.Zoe!));
    expect({ totalPercent: attempt!.totalPercent, band: attempt!.band }).toEqual({
      totalPercent: postgres.totalPercent,
      band: postgres.band,
    });
    // The grid, CSV and live view now agree with SQLite again (the attempt's updatedAt aside).
    const after = await both((api) => api.results.assignmentResults({ assignmentId: complaintId }));
    expect(after.postgres).toEqual(after.sqlite);
    const csv = await both((api) => api.results.exportCsv({ assignmentId: complaintId }));
    expect(csv.postgres.csv).toBe(csv.sqlite.csv);
  });

  it("refuses to override an attempt still in progress, and stores nothing", async () => {
    const api = on("postgres", tutorSession);
    const code = await errorCode(
      api.results.overrideCriterion({
        attemptId: attempts.bea!,
        criterionId: "listen",
        newStatus: "met",
        comment: "Too early.",
      }),
    );
    expect(code).toBe("BAD_REQUEST");
    const { t, db } = pg.store;
    expect(
      await db.select().from(t.markOverrides).where(eq(t.markOverrides.attemptId, attempts.bea!)),
    ).toEqual([]);
  });
});

type Message<T> = { view: T | null; checkedAt: Date };

/** The next new view from a stream within `ms` ("still current" messages skipped). */
async function nextView<T>(iterator: AsyncIterator<Message<T>>, ms: number): Promise<T> {
  const deadline = performance.now() + ms;
  for (;;) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no update within ${ms} ms`)),
        Math.max(1, deadline - performance.now()),
      );
    });
    try {
      const r = await Promise.race([iterator.next(), timeout]);
      if (r.done) throw new Error("the stream ended");
      if (r.value.view !== null) return r.value.view;
    } finally {
      clearTimeout(timer);
    }
  }
}

describe("the pushed live views on PostgreSQL", () => {
  let secondServer: PostgresStore;
  beforeAll(() => {
    secondServer = openPostgresStore(pg.url);
  });
  afterAll(async () => {
    await secondServer?.close();
  });

  it("pushes a learner's action stored through another app server's pool", async () => {
    const stream = (await on(secondServer, tutorSession).results.liveStream({ classId }))[
      Symbol.asyncIterator
    ]();
    const watch = (await on(secondServer, tutorSession).results.watchAttempt({ attemptId: attempts.bea! }))[
      Symbol.asyncIterator
    ]();
    const first = await nextView(stream, 5_000);
    const version = await nextView(watch, 5_000);
    const before = first.learners.find((l) => l.displayName === "bea")!.attempt!.actions;

    await play(on("postgres", learners.bea!), attempts.bea!, [
      { type: "view_record", customerRef: "CUS-2041" },
    ]);
    const pushed = await nextView(stream, 5_000);
    expect(pushed.learners.find((l) => l.displayName === "bea")!.attempt!.actions).toBe(before + 1);
    const changed = await nextView(watch, 5_000);
    expect(changed.version).not.toBe(version.version);
    // And the view pushed is what a plain read on either server shows now.
    expect(pushed).toEqual(await on("postgres", tutorSession).results.live({ classId }));
  });

  it("answers NOT_FOUND for an attempt or class that is not the tutor's", async () => {
    const other = on("postgres", otherTutorSession);
    expect(await errorCode(other.results.watchAttempt({ attemptId: attempts.bea! }))).toBe("NOT_FOUND");
    expect(
      await errorCode(on("postgres", tutorSession).results.liveStream({ classId: classId + 10_000 })),
    ).toBe("NOT_FOUND");
  });
});
