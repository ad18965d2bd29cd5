/**
 * Whose data each procedure reaches, over real HTTP against the production server: the attack probe of
 * session 40 kept as a suite. Two tutors with a class each; in tutor A's class Ann owns the work and
 * Bob is her classmate; Cy is in tutor B's class. Every procedure that takes an id of Ann's, of her
 * class or of its assignments is called by everyone who must not reach it (Bob, Cy, tutor B, a
 * signed-out visitor, and for tutor procedures Ann herself): each is refused (401, 403 or 404),
 * no answer carries Ann's words, the live views' streams send the refusal before any view, and
 * afterwards Ann's work and her class are exactly as they were.
 * server/trpc/authorisation-matrix.test.ts holds the same rules per procedure through createCaller;
 * this checks them through the cookie, the route handler and the production build.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "./engine";
import { HttpClient, PROOF_TUTOR, type ProdServer } from "./prod-server";

let server: ProdServer;
let address = 0;
/** A browser of its own, from an address of its own (so one caller's refusals never slow another). */
const browser = () => new HttpClient(server.url, { "x-forwarded-for": `198.51.100.${++address}` });

const ANNS_WORDS = "Ann's own note 7f3a9c";
const SCENARIO = "complaint-faulty-kettle";

interface Fixture {
  tutorA: HttpClient;
  ann: HttpClient;
  callers: Record<"bob" | "cy" | "tutorB" | "visitor", HttpClient>;
  classId: number;
  assignmentId: number;
  /** Ann's attempt still in progress, and one she has submitted (another assignment's). */
  openAttemptId: number;
  submittedAttemptId: number;
  annId: number;
}
let f: Fixture;
let baseline = "";

/** What must not change, as tutor A sees it: Ann's attempts, her class, its overrides and set-aside work. */
async function ownersView() {
  const open = await f.tutorA.get<{ events: unknown[]; status: string }>("attempts.get", {
    attemptId: f.openAttemptId,
  });
  const submitted = await f.tutorA.get<{ events: unknown[]; status: string }>("attempts.get", {
    attemptId: f.submittedAttemptId,
  });
  const klass = await f.tutorA.get<{
    class: unknown;
    learners: { id: number; displayName: string }[];
    assignments: unknown[];
  }>("classes.get", { classId: f.classId });
  const overrides = await f.tutorA.get("results.overrideHistory", { attemptId: f.submittedAttemptId });
  const setAside = await f.tutorA.get("tutorAttempts.setAside", { assignmentId: f.assignmentId });
  return JSON.stringify({ open, submitted, klass, overrides, setAside });
}

beforeAll(async () => {
  server = await startServer({ env: { TRUST_PROXY: "1", ALLOW_TUTOR_SIGNUP: "1" } });
  const tutorA = browser();
  await tutorA.ok("auth.tutorSignIn", PROOF_TUTOR);
  const tutorB = browser();
  const b = { email: "tutor.b@college.example", password: "tutor b's own password" };
  await tutorB.ok("auth.tutorSignUp", { ...b, name: "Bea Okafor" });
  await tutorB.ok("auth.tutorSignIn", b);
  const classA = await tutorA.ok<{ id: number; joinCode: string }>("classes.create", {
    name: "Year 12 Retail",
  });
  const classB = await tutorB.ok<{ id: number; joinCode: string }>("classes.create", {
    name: "Year 13 Retail",
  });
  const assignment = await tutorA.ok<{ id: number }>("assignments.create", {
    classId: classA.id,
    scenarioId: SCENARIO,
  });
  const second = await tutorA.ok<{ id: number }>("assignments.create", {
    classId: classA.id,
    scenarioId: "onboarding-new-subscriber",
  });
  const ann = browser();
  const bob = browser();
  const cy = browser();
  await ann.ok("auth.joinClass", { code: classA.joinCode, displayName: "Ann" });
  await bob.ok("auth.joinClass", { code: classA.joinCode, displayName: "Bob" });
  await cy.ok("auth.joinClass", { code: classB.joinCode, displayName: "Cy" });
  const open = await ann.ok<{ attemptId: number }>("attempts.start", {
    scenarioId: SCENARIO,
    assignmentId: assignment.id,
  });
  await ann.ok("attempts.act", {
    attemptId: open.attemptId,
    clientId: "ann-note-0001",
    action: { type: "add_note", customerRef: "CUS-2041", text: ANNS_WORDS },
  });
  const done = await ann.ok<{ attemptId: number }>("attempts.start", {
    scenarioId: "onboarding-new-subscriber",
    assignmentId: second.id,
  });
  await ann.ok("attempts.submit", { attemptId: done.attemptId });
  const roster = await tutorA.get<{ learners: { id: number; displayName: string }[] }>("classes.get", {
    classId: classA.id,
  });
  f = {
    tutorA,
    ann,
    callers: { bob, cy, tutorB, visitor: browser() },
    classId: classA.id,
    assignmentId: assignment.id,
    openAttemptId: open.attemptId,
    submittedAttemptId: done.attemptId,
    annId: roster.learners.find((l) => l.displayName === "Ann")!.id,
  };
});

afterAll(async () => {
  await server?.stop();
  if (server) fs.rmSync(path.dirname(server.databasePath), { recursive: true, force: true });
});

type Call = [procedure: string, kind: "query" | "mutation", input: () => unknown];

/** Ann's own work: only Ann (and, to read it, her tutor) may reach it. */
const learnersWork: Call[] = [
  ["attempts.get", "query", () => ({ attemptId: f.openAttemptId })],
  ["attempts.report", "query", () => ({ attemptId: f.submittedAttemptId })],
  ["crm.listCustomers", "query", () => ({ workspace: { attemptId: f.openAttemptId } })],
  [
    "crm.getCustomer",
    "query",
    () => ({ workspace: { attemptId: f.openAttemptId }, customerRef: "CUS-2041" }),
  ],
  ["insights.overview", "query", () => ({ workspace: { attemptId: f.openAttemptId } })],
  [
    "attempts.act",
    "mutation",
    () => ({
      attemptId: f.openAttemptId,
      clientId: `intruder-${Math.random().toString(36).slice(2)}`,
      action: { type: "add_note", customerRef: "CUS-2041", text: "Not Ann's" },
    }),
  ],
  ["attempts.submit", "mutation", () => ({ attemptId: f.openAttemptId })],
];

/** Tutor A's class, its assignments and its learners' marks: tutor A's alone. */
const tutorsClass: Call[] = [
  ["classes.get", "query", () => ({ classId: f.classId })],
  ["classes.rename", "mutation", () => ({ classId: f.classId, name: "Taken over" })],
  ["classes.archive", "mutation", () => ({ classId: f.classId })],
  ["classes.regenerateCode", "mutation", () => ({ classId: f.classId })],
  ["classes.setJoinOpen", "mutation", () => ({ classId: f.classId, open: false })],
  ["classes.removeLearner", "mutation", () => ({ learnerId: f.annId })],
  ["classes.resetLearnerAccess", "mutation", () => ({ learnerId: f.annId })],
  ["assignments.update", "mutation", () => ({ assignmentId: f.assignmentId, lateWork: "accept" })],
  ["assignments.setClosed", "mutation", () => ({ assignmentId: f.assignmentId, closed: true })],
  ["assignments.releaseMarks", "mutation", () => ({ assignmentId: f.assignmentId })],
  ["assignments.remove", "mutation", () => ({ assignmentId: f.assignmentId })],
  ["results.live", "query", () => ({ classId: f.classId })],
  ["results.assignmentResults", "query", () => ({ assignmentId: f.assignmentId })],
  ["results.debrief", "query", () => ({ assignmentId: f.assignmentId })],
  ["results.promptAnswers", "query", () => ({ assignmentId: f.assignmentId })],
  ["results.overrideHistory", "query", () => ({ attemptId: f.submittedAttemptId })],
  [
    "results.overrideCriterion",
    "mutation",
    () => ({
      attemptId: f.submittedAttemptId,
      criterionId: "say-thank-you",
      newStatus: "met",
      comment: "Not Ann's tutor",
    }),
  ],
  ["results.exportCsv", "query", () => ({ assignmentId: f.assignmentId })],
  ["results.exportClassCsv", "query", () => ({ classId: f.classId })],
  ["results.exportClassWorkbook", "query", () => ({ classId: f.classId })],
  ["tutorAttempts.setAside", "query", () => ({ assignmentId: f.assignmentId })],
  ["tutorAttempts.reset", "mutation", () => ({ attemptId: f.openAttemptId, reason: "Not Ann's tutor" })],
  ["tutorAttempts.void", "mutation", () => ({ attemptId: f.submittedAttemptId, reason: "Not Ann's tutor" })],
];

/** The first two events of a subscription's stream (or fewer, if it ends or 5 s pass). */
async function firstEvents(client: HttpClient, procedure: string, input: unknown): Promise<string[]> {
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), 5_000);
  const res = await client.raw(
    `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
    {
      headers: { accept: "text/event-stream" },
      signal: stop.signal,
    },
  );
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  try {
    while (text.split(/\n\n+/).filter((e) => e.trim()).length <= 2) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    // aborted after 5 s: what arrived is the answer
  } finally {
    clearTimeout(timer);
    stop.abort();
  }
  return text
    .split(/\n\n+/)
    .map((e) => e.trim())
    .filter(Boolean)
    .slice(0, 2);
}

async function send(client: HttpClient, [procedure, kind, input]: Call) {
  return kind === "query" ? client.query(procedure, input()) : client.mutation(procedure, input());
}

describe(`nobody but the owner reaches another's data over HTTP (production server)`, () => {
  const refusals: [string, string, Call][] = [
    ...learnersWork.flatMap((call) =>
      (["bob", "cy", "tutorB", "visitor"] as const).map((who): [string, string, Call] => [
        call[0],
        who,
        call,
      ]),
    ),
    ...tutorsClass.flatMap((call) =>
      (["ann", "bob", "cy", "tutorB", "visitor"] as const).map((who): [string, string, Call] => [
        call[0],
        who,
        call,
      ]),
    ),
  ];

  it("the owners' view before any probe (the baseline the last test compares with)", async () => {
    baseline = await ownersView();
    expect(baseline).toContain(ANNS_WORDS);
  });

  it.each(refusals)("%s as %s is refused and carries nothing of Ann's", async (_p, who, call) => {
    const client = who === "ann" ? f.ann : f.callers[who as keyof Fixture["callers"]];
    const res = await send(client, call);
    expect([401, 403, 404], `${call[0]} as ${who}: ${res.status} ${res.text.slice(0, 200)}`).toContain(
      res.status,
    );
    expect(res.text).not.toContain(ANNS_WORDS);
    expect(res.text).not.toContain("Year 12 Retail");
  });

  /**
   * The live views are server-sent event streams: a refusal is an error event on a 200 stream, so
   * what matters is that it comes before any view of the class or the attempt.
   */
  it.each(
    (["ann", "bob", "cy", "tutorB", "visitor"] as const).flatMap((who) =>
      (["results.liveStream", "results.watchAttempt"] as const).map((p) => [p, who] as const),
    ),
  )("%s as %s: the stream's first event after connecting is the refusal", async (procedure, who) => {
    const client = who === "ann" ? f.ann : f.callers[who];
    const input =
      procedure === "results.liveStream" ? { classId: f.classId } : { attemptId: f.openAttemptId };
    const events = await firstEvents(client, procedure, input);
    expect(events[0], events.join("\n")).toMatch(/^event: connected/);
    expect(events[1], events.join("\n")).toMatch(/^event: serialized-error\ndata: .*"httpStatus":40[134]/);
    expect(events.join("\n")).not.toContain("Year 12 Retail");
  });

  it("afterwards Ann's work and her class are exactly as they were", async () => {
    expect(await ownersView()).toBe(baseline);
  });
});
