/**
 * Who may call what. Every procedure is called as six different people against the same fixture:
 * nobody, the learner who owns the data, a classmate of theirs (same class, not their work), a learner
 * from another tutor's class, the tutor who owns the class, and another tutor. The test fails when a
 * procedure is added without a row here.
 */
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import type { SessionData } from "@/server/auth/session";
import { appRouter } from "@/server/trpc/root";
import { createTestApp, type TestApp } from "@/server/test-support/test-app";
import { tutorName } from "@/server/test-support/tutor-names";

type Actor = "anonymous" | "learner" | "classmate" | "otherLearner" | "tutor" | "otherTutor";
const ACTORS: Actor[] = ["anonymous", "learner", "classmate", "otherLearner", "tutor", "otherTutor"];
type Outcome = "ok" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT";

interface Fixture {
  classId: number;
  assignmentId: number;
  submittedAttemptId: number;
  newLearner: () => Promise<number>;
  newInProgressAttempt: (session: SessionData) => Promise<number>;
  currentJoinCode: () => Promise<string>;
  /** A class of the owning tutor's made for one call (so archiving it disturbs no other row). */
  newClass: () => Promise<number>;
  /** The same, already archived. */
  newArchivedClass: () => Promise<number>;
}

type Call = (api: ReturnType<TestApp["caller"]>, f: Fixture, session: SessionData) => Promise<unknown>;

/** Shorthands for the usual patterns. */
const everyone: Record<Actor, Outcome> = {
  anonymous: "ok",
  learner: "ok",
  classmate: "ok",
  otherLearner: "ok",
  tutor: "ok",
  otherTutor: "ok",
};
const learnersOnly: Record<Actor, Outcome> = {
  anonymous: "UNAUTHORIZED",
  learner: "ok",
  classmate: "ok",
  otherLearner: "ok",
  tutor: "FORBIDDEN",
  otherTutor: "FORBIDDEN",
};
const classLearnersOnly: Record<Actor, Outcome> = {
  anonymous: "UNAUTHORIZED",
  learner: "ok",
  classmate: "ok",
  otherLearner: "NOT_FOUND",
  tutor: "FORBIDDEN",
  otherTutor: "FORBIDDEN",
};
const ownLearnerOnly: Record<Actor, Outcome> = {
  anonymous: "UNAUTHORIZED",
  learner: "ok",
  classmate: "NOT_FOUND",
  otherLearner: "NOT_FOUND",
  tutor: "FORBIDDEN",
  otherTutor: "FORBIDDEN",
};
const tutorsOnly: Record<Actor, Outcome> = {
  anonymous: "UNAUTHORIZED",
  learner: "FORBIDDEN",
  classmate: "FORBIDDEN",
  otherLearner: "FORBIDDEN",
  tutor: "ok",
  otherTutor: "ok",
};
const ownTutorOnly: Record<Actor, Outcome> = {
  anonymous: "UNAUTHORIZED",
  learner: "FORBIDDEN",
  classmate: "FORBIDDEN",
  otherLearner: "FORBIDDEN",
  tutor: "ok",
  otherTutor: "NOT_FOUND",
};
const ownLearnerOrTutor: Record<Actor, Outcome> = {
  anonymous: "UNAUTHORIZED",
  learner: "ok",
  classmate: "NOT_FOUND",
  otherLearner: "NOT_FOUND",
  tutor: "ok",
  otherTutor: "NOT_FOUND",
};
const attemptWorkspaceRead: Record<Actor, Outcome> = {
  anonymous: "FORBIDDEN",
  learner: "ok",
  classmate: "NOT_FOUND",
  otherLearner: "NOT_FOUND",
  tutor: "ok",
  otherTutor: "NOT_FOUND",
};

/** `ends: true` marks calls that end the session they run in: they get a session of their own. */
const MATRIX: Record<string, { call: Call; expect: Record<Actor, Outcome>; ends?: true }> = {
  "auth.me": { call: (api) => api.auth.me(), expect: everyone },
  "auth.options": { call: (api) => api.auth.options(), expect: everyone },
  "auth.tutorSignUp": {
    call: (api) =>
      api.auth.tutorSignUp({
        email: `new${Math.random().toString(36).slice(2)}@college.example`,
        name: tutorName("New Tutor"),
        password: "a long enough password",
      }),
    expect: everyone,
  },
  // Signing in ends the tutor session the browser held (a copy of it stops working), so on its own session.
  "auth.tutorSignIn": {
    call: (api) => api.auth.tutorSignIn({ email: "tutor.a@college.example", password: "tutor a password" }),
    expect: everyone,
    ends: true,
  },
  "auth.signOut": { call: (api) => api.auth.signOut(), expect: everyone, ends: true },
  "auth.signOutEverywhere": { call: (api) => api.auth.signOutEverywhere(), expect: tutorsOnly, ends: true },
  "auth.changePassword": {
    call: (api) =>
      api.auth.changePassword({
        currentPassword: FRESH_TUTOR_PASSWORD,
        newPassword: `${FRESH_TUTOR_PASSWORD} (new)`,
      }),
    expect: tutorsOnly,
    ends: true,
  },
  // A signed-in tutor must sign out first (CONFLICT). Each learner joins under their own name: the
  // class's own come back (a fresh token, so on a session of their own), another class's learner
  // joins this one as a new learner (shared-computer.test.ts).
  "auth.joinClass": {
    call: async (api, f) => {
      const me = await api.auth.me();
      const displayName = me.kind === "learner" ? me.displayName : "Joiner";
      return api.auth.joinClass({ code: await f.currentJoinCode(), displayName });
    },
    expect: {
      anonymous: "ok",
      learner: "ok",
      classmate: "ok",
      otherLearner: "ok",
      tutor: "CONFLICT",
      otherTutor: "CONFLICT",
    },
    ends: true,
  },
  "auth.practiseAlone": {
    call: (api) => api.auth.practiseAlone({ displayName: "Solo" }),
    expect: {
      anonymous: "ok",
      learner: "CONFLICT",
      classmate: "CONFLICT",
      otherLearner: "CONFLICT",
      tutor: "CONFLICT",
      otherTutor: "CONFLICT",
    },
  },

  "classes.list": { call: (api) => api.classes.list(), expect: tutorsOnly },
  "classes.create": { call: (api) => api.classes.create({ name: "New class" }), expect: tutorsOnly },
  "classes.rename": {
    call: (api, f) => api.classes.rename({ classId: f.classId, name: "Renamed" }),
    expect: ownTutorOnly,
  },
  // Each on a class of its own: archiving the shared class would change the rows that run after it.
  "classes.archive": {
    call: async (api, f) => api.classes.archive({ classId: await f.newClass() }),
    expect: ownTutorOnly,
  },
  "classes.unarchive": {
    call: async (api, f) => api.classes.unarchive({ classId: await f.newArchivedClass() }),
    expect: ownTutorOnly,
  },
  "classes.get": { call: (api, f) => api.classes.get({ classId: f.classId }), expect: ownTutorOnly },
  "classes.regenerateCode": {
    call: (api, f) => api.classes.regenerateCode({ classId: f.classId }),
    expect: ownTutorOnly,
  },
  "classes.setJoinOpen": {
    call: (api, f) => api.classes.setJoinOpen({ classId: f.classId, open: true }),
    expect: ownTutorOnly,
  },
  "classes.removeLearner": {
    call: async (api, f) => api.classes.removeLearner({ learnerId: await f.newLearner() }),
    expect: ownTutorOnly,
  },
  "classes.resetLearnerAccess": {
    call: async (api, f) => api.classes.resetLearnerAccess({ learnerId: await f.newLearner() }),
    expect: ownTutorOnly,
  },

  "assignments.scenarioOptions": { call: (api) => api.assignments.scenarioOptions(), expect: tutorsOnly },
  "assignments.create": {
    call: (api, f) => api.assignments.create({ classId: f.classId, scenarioId: "onboarding-new-subscriber" }),
    expect: ownTutorOnly,
  },
  "assignments.remove": {
    call: async (api, f) => {
      // A throwaway assignment so removing it does not disturb the others.
      return api.assignments.remove({ assignmentId: f.assignmentId + 100_000 });
    },
    expect: {
      anonymous: "UNAUTHORIZED",
      learner: "FORBIDDEN",
      classmate: "FORBIDDEN",
      otherLearner: "FORBIDDEN",
      tutor: "NOT_FOUND",
      otherTutor: "NOT_FOUND",
    },
  },
  "assignments.mine": { call: (api) => api.assignments.mine(), expect: learnersOnly },
  "assignments.update": {
    call: (api, f) => api.assignments.update({ assignmentId: f.assignmentId, lateWork: "accept" }),
    expect: ownTutorOnly,
  },
  "assignments.setClosed": {
    call: (api, f) => api.assignments.setClosed({ assignmentId: f.assignmentId, closed: false }),
    expect: ownTutorOnly,
  },
  // Its marks are not held, so the owning tutor is told there is nothing to release.
  "assignments.releaseMarks": {
    call: (api, f) => api.assignments.releaseMarks({ assignmentId: f.assignmentId }),
    expect: {
      anonymous: "UNAUTHORIZED",
      learner: "FORBIDDEN",
      classmate: "FORBIDDEN",
      otherLearner: "FORBIDDEN",
      tutor: "CONFLICT",
      otherTutor: "NOT_FOUND",
    },
  },

  "crm.listCustomers": {
    call: (api, f) => api.crm.listCustomers({ workspace: { attemptId: f.submittedAttemptId } }),
    expect: attemptWorkspaceRead,
  },
  "crm.getCustomer": {
    call: (api, f) =>
      api.crm.getCustomer({ workspace: { attemptId: f.submittedAttemptId }, customerRef: "CUS-2041" }),
    expect: attemptWorkspaceRead,
  },
  "crm.addNote": {
    call: (api) => api.crm.addNote({ customerRef: "CUS-0001", text: "Matrix note" }),
    expect: everyone,
  },
  "crm.logCall": {
    call: (api) => api.crm.logCall({ customerRef: "CUS-0001", direction: "inbound", summary: "Matrix call" }),
    expect: everyone,
  },
  "crm.createTask": {
    call: (api) => api.crm.createTask({ customerRef: "CUS-0001", title: "Matrix task", dueInDays: 1 }),
    expect: everyone,
  },
  "crm.completeTask": {
    call: async (api) => {
      const task = await api.crm.createTask({ customerRef: "CUS-0002", title: "To complete", dueInDays: 1 });
      return api.crm.completeTask({ customerRef: "CUS-0002", taskId: task.id });
    },
    expect: everyone,
  },
  "crm.changeStage": {
    call: async (api) => {
      const record = await api.crm.getCustomer({ customerRef: "CUS-0004" });
      return api.crm.changeStage({
        customerRef: "CUS-0004",
        stage: record.customer.lifecycleStage === "loyalty" ? "engagement" : "loyalty",
        reason: "Matrix",
      });
    },
    expect: everyone,
  },
  "crm.updateConsent": {
    call: (api) =>
      api.crm.updateConsent({
        customerRef: "CUS-0005",
        channel: "post",
        granted: true,
        method: "in writing",
        reason: "Matrix",
      }),
    expect: everyone,
  },
  "insights.overview": {
    call: (api, f) => api.insights.overview({ workspace: { attemptId: f.submittedAttemptId } }),
    expect: attemptWorkspaceRead,
  },

  "scenarios.list": { call: (api) => api.scenarios.list(), expect: everyone },
  "scenarios.get": {
    call: (api) => api.scenarios.get({ scenarioId: "complaint-faulty-kettle" }),
    expect: everyone,
  },

  // With the class's assignment named: a learner of another class gets NOT_FOUND for it.
  "attempts.start": {
    call: (api, f) =>
      api.attempts.start({ scenarioId: "complaint-faulty-kettle", assignmentId: f.assignmentId }),
    expect: classLearnersOnly,
  },
  "attempts.mine": { call: (api) => api.attempts.mine(), expect: learnersOnly },
  "attempts.startPlan": {
    call: (api, f) =>
      api.attempts.startPlan({ scenarioId: "complaint-faulty-kettle", assignmentId: f.assignmentId }),
    expect: classLearnersOnly,
  },
  "attempts.get": {
    call: (api, f) => api.attempts.get({ attemptId: f.submittedAttemptId }),
    expect: ownLearnerOrTutor,
  },
  "attempts.act": {
    call: async (api, f) =>
      api.attempts.act({
        attemptId: await f.newInProgressAttempt(LEARNER_SESSION),
        clientId: `matrix-${Math.random().toString(36).slice(2)}`,
        action: { type: "add_note", customerRef: "CUS-2041", text: "Matrix" },
      }),
    expect: ownLearnerOnly,
  },
  "attempts.submit": {
    call: async (api, f) => api.attempts.submit({ attemptId: await f.newInProgressAttempt(LEARNER_SESSION) }),
    expect: ownLearnerOnly,
  },
  "attempts.report": {
    call: (api, f) => api.attempts.report({ attemptId: f.submittedAttemptId }),
    expect: ownLearnerOrTutor,
  },
  // The tutor's unmarked list: never the learner's, even their own attempt's (issue 8 item 9).
  "attempts.remarksToCheck": {
    call: (api, f) => api.attempts.remarksToCheck({ attemptId: f.submittedAttemptId }),
    expect: ownTutorOnly,
  },

  "tutorAttempts.setAside": {
    call: (api, f) => api.tutorAttempts.setAside({ assignmentId: f.assignmentId }),
    expect: ownTutorOnly,
  },
  "tutorAttempts.reset": {
    call: async (api, f) =>
      api.tutorAttempts.reset({
        attemptId: await f.newInProgressAttempt(LEARNER_SESSION),
        reason: "Matrix reset",
      }),
    expect: ownTutorOnly,
  },
  "tutorAttempts.void": {
    call: async (api, f) =>
      api.tutorAttempts.void({
        attemptId: await f.newInProgressAttempt(LEARNER_SESSION),
        reason: "Matrix void",
      }),
    expect: ownTutorOnly,
  },
  // A learner's session never becomes a preview; a tutor's copy of the session does (the matrix copies sessions).
  "preview.start": {
    call: (api) => api.preview.start({ scenarioId: "complaint-faulty-kettle" }),
    expect: tutorsOnly,
  },
  "preview.end": { call: (api) => api.preview.end(), expect: everyone },

  "results.live": { call: (api, f) => api.results.live({ classId: f.classId }), expect: ownTutorOnly },
  // Subscriptions: access is checked when subscribing, before anything is sent (the stream is not read here).
  "results.liveStream": {
    call: (api, f) => api.results.liveStream({ classId: f.classId }),
    expect: ownTutorOnly,
  },
  "results.watchAttempt": {
    call: (api, f) => api.results.watchAttempt({ attemptId: f.submittedAttemptId }),
    expect: ownTutorOnly,
  },
  "results.exportClassCsv": {
    call: (api, f) => api.results.exportClassCsv({ classId: f.classId }),
    expect: ownTutorOnly,
  },
  "results.exportClassWorkbook": {
    call: (api, f) => api.results.exportClassWorkbook({ classId: f.classId }),
    expect: ownTutorOnly,
  },
  "results.debrief": {
    call: (api, f) => api.results.debrief({ assignmentId: f.assignmentId }),
    expect: ownTutorOnly,
  },
  "results.assignmentResults": {
    call: (api, f) => api.results.assignmentResults({ assignmentId: f.assignmentId }),
    expect: ownTutorOnly,
  },
  "results.overrideCriterion": {
    call: (api, f) =>
      api.results.overrideCriterion({
        attemptId: f.submittedAttemptId,
        criterionId: "say-thank-you",
        newStatus: "met",
        comment: "Matrix moderation",
      }),
    expect: ownTutorOnly,
  },
  "results.overrideHistory": {
    call: (api, f) => api.results.overrideHistory({ attemptId: f.submittedAttemptId }),
    expect: ownTutorOnly,
  },
  "results.exportCsv": {
    call: (api, f) => api.results.exportCsv({ assignmentId: f.assignmentId }),
    expect: ownTutorOnly,
  },
  "results.promptAnswers": {
    call: (api, f) => api.results.promptAnswers({ assignmentId: f.assignmentId }),
    expect: ownTutorOnly,
  },
};

/** Procedures whose ids name rows everyone shares, so anyone may use them. */
const SHARED_BY_DESIGN: Record<string, string> = {
  "crm.completeTask":
    "a task in the demo CRM, which every visitor shares (attempt CRMs change only through attempts.act)",
};

/**
 * The demo CRM's commands take a workspace too, but refuse any attempt's (BAD_REQUEST): an attempt's
 * CRM changes only through attempts.act, where it is scored. Tried with the learner's own submitted
 * attempt, by its owner and by a classmate.
 */
const ATTEMPT_WORKSPACE_REFUSED: Record<string, Call> = {
  "crm.addNote": (api, f) =>
    api.crm.addNote({ workspace: { attemptId: f.submittedAttemptId }, customerRef: "CUS-2041", text: "In" }),
  "crm.logCall": (api, f) =>
    api.crm.logCall({
      workspace: { attemptId: f.submittedAttemptId },
      customerRef: "CUS-2041",
      direction: "inbound",
      summary: "In",
    }),
  "crm.createTask": (api, f) =>
    api.crm.createTask({
      workspace: { attemptId: f.submittedAttemptId },
      customerRef: "CUS-2041",
      title: "In",
      dueInDays: 1,
    }),
  "crm.changeStage": (api, f) =>
    api.crm.changeStage({
      workspace: { attemptId: f.submittedAttemptId },
      customerRef: "CUS-2041",
      stage: "loyalty",
      reason: "In",
    }),
  "crm.updateConsent": (api, f) =>
    api.crm.updateConsent({
      workspace: { attemptId: f.submittedAttemptId },
      customerRef: "CUS-2041",
      channel: "post",
      granted: true,
      method: "in writing",
      reason: "In",
    }),
};

/** Dotted paths of the number fields named `id` or `…Id` in a zod (v4) schema, at any depth. */
function numericIdFields(schema: unknown, at = ""): string[] {
  const def = (schema as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod?.def;
  if (!def) return [];
  const inner = (key: string) => numericIdFields(def[key], at);
  switch (def.type) {
    case "object":
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([key, value]) => {
        const path = at ? `${at}.${key}` : key;
        const found = numericIdFields(value, path);
        return /^(id|.+Id)$/.test(key) && isNumeric(value) ? [path, ...found] : found;
      });
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
      return inner("innerType");
    case "pipe":
      return [...inner("in"), ...inner("out")];
    case "array":
      return inner("element");
    case "union":
      return (def.options as unknown[]).flatMap((option) => numericIdFields(option, at));
    case "lazy":
      return numericIdFields((def.getter as () => unknown)(), at);
    default:
      return [];
  }
}

function isNumeric(schema: unknown): boolean {
  const def = (schema as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod?.def;
  if (!def) return false;
  if (def.type === "number" || def.type === "bigint") return true;
  if (def.type === "pipe") return isNumeric(def.in) || isNumeric(def.out);
  if (
    ["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"].includes(
      String(def.type),
    )
  )
    return isNumeric(def.innerType);
  return false;
}

let app: TestApp;
let fixture: Fixture;
const FRESH_TUTOR_PASSWORD = "fresh tutor password";
/**
 * A new session of the same kind as the actor's, for calls that end sessions: a tutor account of its
 * own (changing a password ends the account's other sessions), a new learner in the same class.
 */
const freshSession = {} as Record<Actor, () => Promise<SessionData>>;
const sessions = {} as Record<Actor, SessionData>;
let LEARNER_SESSION: SessionData;

async function signUpTutor(email: string, password: string, ip: string) {
  const { api, session } = app.browser({}, { ip });
  await api.auth.tutorSignUp({ email, name: email.split("@")[0]!, password });
  await api.auth.tutorSignIn({ email, password });
  return session.current;
}

async function joinAs(code: string, name: string, ip: string) {
  const { api, session } = app.browser({}, { ip });
  await api.auth.joinClass({ code, displayName: name });
  return session.current;
}

beforeAll(async () => {
  app = createTestApp();
  sessions.anonymous = {};
  sessions.tutor = await signUpTutor("tutor.a@college.example", "tutor a password", "10.9.0.1");
  sessions.otherTutor = await signUpTutor("tutor.b@college.example", "tutor b password", "10.9.0.2");
  const tutorA = app.caller(sessions.tutor);
  const tutorB = app.caller(sessions.otherTutor);
  const classA = await tutorA.classes.create({ name: "Class A" });
  const classB = await tutorB.classes.create({ name: "Class B" });
  const assignment = await tutorA.assignments.create({
    classId: classA.id,
    scenarioId: "complaint-faulty-kettle",
  });
  sessions.learner = await joinAs(classA.joinCode!, "Learner A", "10.9.0.3");
  sessions.otherLearner = await joinAs(classB.joinCode!, "Learner B", "10.9.0.4");
  sessions.classmate = await joinAs(classA.joinCode!, "Learner C", "10.9.0.5");
  LEARNER_SESSION = sessions.learner;
  let freshCounter = 0;
  const freshTutor = () =>
    signUpTutor(`fresh.${++freshCounter}@college.example`, FRESH_TUTOR_PASSWORD, `10.9.2.${freshCounter}`);
  freshSession.anonymous = async () => ({});
  freshSession.tutor = freshTutor;
  freshSession.otherTutor = freshTutor;
  freshSession.learner = async () =>
    joinAs(
      (await tutorA.classes.get({ classId: classA.id })).class.joinCode!,
      `Fresh ${++freshCounter}`,
      `10.9.3.${freshCounter}`,
    );
  freshSession.classmate = freshSession.learner;
  freshSession.otherLearner = async () =>
    joinAs(
      (await tutorB.classes.get({ classId: classB.id })).class.joinCode!,
      `Fresh ${++freshCounter}`,
      `10.9.4.${freshCounter}`,
    );

  const learnerA = app.caller(sessions.learner);
  const { attemptId } = await learnerA.attempts.start({ scenarioId: "complaint-faulty-kettle" });
  await learnerA.attempts.act({
    attemptId,
    clientId: "matrix-fixture-1",
    action: {
      type: "send_message",
      customerRef: "CUS-2041",
      channel: "email",
      text: "I'm so sorry, Priya. Thank you for telling us.",
    },
  });
  await learnerA.attempts.submit({ attemptId });

  let learnerCounter = 0;
  let classCounter = 0;
  const newClass = async () => (await tutorA.classes.create({ name: `Extra class ${++classCounter}` })).id;
  fixture = {
    newClass,
    newArchivedClass: async () => {
      const classId = await newClass();
      await tutorA.classes.archive({ classId });
      return classId;
    },
    classId: classA.id,
    assignmentId: (assignment as { id: number }).id,
    submittedAttemptId: attemptId,
    currentJoinCode: async () => (await tutorA.classes.get({ classId: classA.id })).class.joinCode!,
    newLearner: async () => {
      learnerCounter += 1;
      // Other rows regenerate the code, so read the current one.
      await joinAs(await fixture.currentJoinCode(), `Extra ${learnerCounter}`, `10.9.1.${learnerCounter}`);
      const roster = await tutorA.classes.get({ classId: classA.id });
      return roster.learners.find((l) => l.displayName === `Extra ${learnerCounter}`)!.id;
    },
    newInProgressAttempt: async (session) =>
      (await app.caller(session).attempts.start({ scenarioId: "complaint-faulty-kettle" })).attemptId,
  };
}, 60_000);
afterAll(() => app.close());

describe("authorisation matrix", () => {
  it("has a row for every procedure, and every procedure declares who may call it", () => {
    const procedures = Object.entries(
      (
        appRouter as unknown as {
          _def: { procedures: Record<string, { _def: { meta?: { access?: string } } }> };
        }
      )._def.procedures,
    );
    const missing = procedures.map(([name]) => name).filter((name) => !(name in MATRIX));
    expect(missing, "procedures without a row in the authorisation matrix").toEqual([]);
    const stale = Object.keys(MATRIX).filter((name) => !procedures.some(([p]) => p === name));
    expect(stale, "matrix rows for procedures that no longer exist").toEqual([]);
    for (const [name, p] of procedures)
      expect(p._def.meta?.access, `${name} declares meta.access`).toMatch(
        /^(public|learner|tutor|signed-in)$/,
      );
  });

  it("every procedure that takes a row's id is tried with someone else's, and refuses them", () => {
    const procedures = (
      appRouter as unknown as { _def: { procedures: Record<string, { _def: { inputs?: unknown[] } }> } }
    )._def.procedures;
    const taking = Object.entries(procedures)
      .map(([name, p]) => [name, (p._def.inputs ?? []).flatMap((input) => numericIdFields(input))] as const)
      .filter(([, fields]) => fields.length > 0);
    // Found by reading the schemas, so a new procedure taking an id is counted without anyone listing it.
    expect(taking.length).toBeGreaterThanOrEqual(30);
    // Called with the fixture's ids (learner A's, tutor A's class): whoever the procedure serves, the
    // one of that kind who owns none of it must be refused.
    const unguarded = taking
      .filter(([name]) => !(name in SHARED_BY_DESIGN) && !(name in ATTEMPT_WORKSPACE_REFUSED))
      .filter(([name]) => {
        const expected = MATRIX[name]?.expect;
        if (!expected) return true;
        const learnersServed = expected.learner === "ok" && expected.otherLearner === "ok";
        const tutorsServed = expected.tutor === "ok" && expected.otherTutor === "ok";
        return learnersServed || tutorsServed;
      })
      .map(([name, fields]) => `${name} (${fields.join(", ")})`);
    expect(unguarded, "procedures taking an id that another user may use").toEqual([]);
  });

  for (const [name, call] of Object.entries(ATTEMPT_WORKSPACE_REFUSED)) {
    it(`${name} refuses an attempt's workspace, the owner's as well as a classmate's`, async () => {
      const { t, db } = app.store;
      const before = (await db.select().from(t.interactions)).length;
      for (const actor of ["learner", "classmate"] as const) {
        let outcome = "ok";
        await call(
          app.caller({ ...sessions[actor] }, { ip: `10.8.9.${ACTORS.indexOf(actor)}` }),
          fixture,
          sessions[actor],
        ).catch((error: { code?: string }) => {
          outcome = error.code ?? "threw";
        });
        expect(outcome, actor).toBe("BAD_REQUEST");
      }
      expect((await db.select().from(t.interactions)).length).toBe(before);
    });
  }

  for (const [name, row] of Object.entries(MATRIX)) {
    for (const actor of ACTORS) {
      it(`${name} as ${actor} → ${row.expect[actor]}`, async () => {
        const session = row.ends ? await freshSession[actor]() : sessions[actor];
        const api = app.caller(
          { ...session },
          { ip: `10.8.${ACTORS.indexOf(actor)}.${Object.keys(MATRIX).indexOf(name)}` },
        );
        let outcome: string;
        try {
          await row.call(api, fixture, session);
          outcome = "ok";
        } catch (error) {
          outcome = (error as { code?: string }).code ?? `threw ${(error as Error).message}`;
        }
        expect(outcome).toBe(row.expect[actor]);
      });
    }
  }
});
