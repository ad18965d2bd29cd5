import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LearnerAction } from "@/server/core/scenarios/learner-actions";
import { parsePlaythrough, type Playthrough } from "@/server/core/scenarios/playthrough";
import { createTestApp, errorCode, type TestApp } from "@/server/test-support/test-app";

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

function playthrough(name: string): Playthrough {
  const file = path.join(process.cwd(), "scenarios", "playthroughs", `${name}.yaml`);
  const parsed = parsePlaythrough(file, fs.readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.playthrough;
}

async function learner(name = "Sam") {
  const { api, session } = app.browser();
  await api.auth.practiseAlone({ displayName: name });
  return app.caller(session.current);
}

let counter = 0;
const clientId = () => `test-client-${++counter}-${Date.now()}`;

async function play(name: string) {
  const p = playthrough(name);
  const me = await learner();
  const { attemptId } = await me.attempts.start({ scenarioId: p.scenario });
  for (const action of p.actions) await me.attempts.act({ attemptId, clientId: clientId(), action });
  await me.attempts.submit({ attemptId });
  return { me, attemptId, p, report: (await me.attempts.report({ attemptId })).report };
}

describe("scenario briefs", () => {
  it("are dated as if the learner started now, the same as the attempt they start", async () => {
    const wednesday = new Date("2026-12-02T08:30:00Z");
    const api = app.caller(undefined, { now: () => wednesday });
    const brief = (await api.scenarios.get({ scenarioId: "complaint-faulty-kettle" })).brief;
    expect(brief).toContain("It is Wednesday morning");
    const listed = (await api.scenarios.list()).find((s) => s.id === "complaint-faulty-kettle")!;
    expect(listed.brief).toBe(brief);
  });
});

describe("nothing to mark yet (hasWorkToMark)", () => {
  it("is true while the learner has only opened records, false once they reply", async () => {
    const me = await learner("Opened-only");
    const { attemptId } = await me.attempts.start({ scenarioId: "complaint-faulty-kettle" });
    expect((await me.attempts.get({ attemptId })).nothingToMark).toBe(true);
    const act = (action: LearnerAction) => me.attempts.act({ attemptId, clientId: clientId(), action });
    await act({ type: "view_record", customerRef: "CUS-2041" });
    expect((await me.attempts.get({ attemptId })).nothingToMark).toBe(true);
    await act({
      type: "send_message",
      customerRef: "CUS-2041",
      channel: "email",
      text: "Dear Priya, I'm sorry.",
    });
    expect((await me.attempts.get({ attemptId })).nothingToMark).toBe(false);
  });
});

describe("a gate judged on work never done", () => {
  it("is reported as not attempted (scored as not met) when nobody was written to", async () => {
    const me = await learner("Nobody-written-to");
    const { attemptId } = await me.attempts.start({ scenarioId: "data-protection-access-request" });
    await me.attempts.submit({ attemptId });
    const { report } = await me.attempts.report({ attemptId });
    const gates = report.criteria.filter((c) => c.notAttempted);
    expect(gates.length).toBeGreaterThan(0);
    for (const c of gates) {
      expect(c.status).toBe("not_met");
      expect(c.points).toBe(0);
      expect(c.detail).toMatch(/^Nothing to credit/);
    }
  });
});

describe("attempts", () => {
  it("starts with a private copy of the scenario's CRM and the customer's opening message", async () => {
    const a = await learner("A");
    const b = await learner("B");
    const first = await a.attempts.start({ scenarioId: "complaint-faulty-kettle" });
    const second = await b.attempts.start({ scenarioId: "complaint-faulty-kettle" });
    const view = await a.attempts.get({ attemptId: first.attemptId });
    expect(view.events.some((e) => e.type === "customer_message")).toBe(true);

    await a.attempts.act({
      attemptId: first.attemptId,
      clientId: clientId(),
      action: { type: "add_note", customerRef: "CUS-2041", text: "Only in A's CRM" },
    });
    const recordA = await a.crm.getCustomer({
      workspace: { attemptId: first.attemptId },
      customerRef: "CUS-2041",
    });
    const recordB = await b.crm.getCustomer({
      workspace: { attemptId: second.attemptId },
      customerRef: "CUS-2041",
    });
    expect(recordA.timeline.some((i) => i.body === "Only in A's CRM")).toBe(true);
    expect(recordB.timeline.some((i) => i.body === "Only in A's CRM")).toBe(false);
    // and the demo CRM is untouched
    expect(await errorCode(a.crm.getCustomer({ customerRef: "CUS-2041" }))).toBe("NOT_FOUND");
  });

  it("stores a retried action (same client id) exactly once, with its CRM change", async () => {
    const me = await learner();
    const { attemptId } = await me.attempts.start({ scenarioId: "complaint-faulty-kettle" });
    const id = clientId();
    const action = { type: "add_note" as const, customerRef: "CUS-2041", text: "Called twice?" };
    const first = await me.attempts.act({ attemptId, clientId: id, action });
    const again = await me.attempts.act({ attemptId, clientId: id, action });
    expect(first.duplicate).toBe(false);
    expect(again.duplicate).toBe(true);
    expect(again.events.map((e) => e.seq)).toEqual(first.events.map((e) => e.seq));
    const notes = (
      await me.crm.getCustomer({ workspace: { attemptId }, customerRef: "CUS-2041" })
    ).timeline.filter((i) => i.body === "Called twice?");
    expect(notes).toHaveLength(1);
    const { t, db } = app.store;
    const rows = await db.select().from(t.attemptEvents).where(eq(t.attemptEvents.clientId, id));
    expect(rows).toHaveLength(1);
  });

  it("refuses a client id reused for a different action (409), storing nothing twice and losing nothing", async () => {
    const me = await learner();
    const { attemptId } = await me.attempts.start({ scenarioId: "complaint-faulty-kettle" });
    const id = clientId();
    const note = (text: string) => ({ type: "add_note" as const, customerRef: "CUS-2041", text });
    const first = await me.attempts.act({ attemptId, clientId: id, action: note("First note") });
    const eventsBefore = (await me.attempts.get({ attemptId })).events.length;
    let refusal: { code?: string; message?: string } = {};
    await me.attempts.act({ attemptId, clientId: id, action: note("Second note") }).catch((e: Error) => {
      refusal = { code: (e as { code?: string }).code, message: e.message };
    });
    expect(refusal.code).toBe("CONFLICT");
    expect(refusal.message).toContain("already used for another action");
    // Another kind of action under the same id: refused too.
    expect(
      await errorCode(
        me.attempts.act({
          attemptId,
          clientId: id,
          action: { type: "view_record", customerRef: "CUS-2041" },
        }),
      ),
    ).toBe("CONFLICT");
    // The same action again (spaces the schema trims, keys in another order) is still a retry.
    const again = await me.attempts.act({
      attemptId,
      clientId: id,
      action: { text: "  First note ", customerRef: "CUS-2041", type: "add_note" },
    });
    expect(again.duplicate).toBe(true);
    expect(again.events.map((e) => e.seq)).toEqual(first.events.map((e) => e.seq));
    expect((await me.attempts.get({ attemptId })).events.length).toBe(eventsBefore);
    const timeline = (await me.crm.getCustomer({ workspace: { attemptId }, customerRef: "CUS-2041" }))
      .timeline;
    expect(timeline.filter((i) => i.body === "First note")).toHaveLength(1);
    expect(timeline.filter((i) => i.body === "Second note")).toHaveLength(0);
    // Nothing lost: the second note goes in under a new id.
    await me.attempts.act({ attemptId, clientId: clientId(), action: note("Second note") });
    const after = (await me.crm.getCustomer({ workspace: { attemptId }, customerRef: "CUS-2041" })).timeline;
    expect(after.filter((i) => i.body === "Second note")).toHaveLength(1);
  });

  it("answers a retry of every kind of action from what was stored, never with the reused-id 409", async () => {
    // The first playthrough of each scenario (by file name), each action sent twice under its id, the
    // second as the page's retry sends it (the same JSON): the 409 above must only ever meet a different
    // action. A file whose top-level `scenario:` line names a scenario already chosen is passed over
    // unparsed, so about ten files are parsed, not all ~1,100 (about 1 CPU-s of YAML and validation per
    // engine; playthroughs.test.ts parses every one).
    const dir = path.join(process.cwd(), "scenarios", "playthroughs");
    const scenarios = new Set<string>();
    for (const file of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".yaml"))
      .sort()) {
      const named = /^scenario:\s*(\S+)\s*$/m.exec(fs.readFileSync(path.join(dir, file), "utf8"))?.[1];
      if (named && scenarios.has(named)) continue;
      const p = playthrough(file.replace(/\.yaml$/, ""));
      if (scenarios.has(p.scenario)) continue;
      scenarios.add(p.scenario);
      const me = await learner(`Retry ${scenarios.size}`);
      const { attemptId } = await me.attempts.start({ scenarioId: p.scenario });
      for (const [i, action] of p.actions.entries()) {
        const id = clientId();
        await me.attempts.act({ attemptId, clientId: id, action });
        const again = await me.attempts.act({
          attemptId,
          clientId: id,
          action: JSON.parse(JSON.stringify(action)),
        });
        expect(again.duplicate, `${file} action ${i} (${action.type})`).toBe(true);
      }
    }
    expect(scenarios.size).toBe(10);
  }, 300_000);

  it("rejects invalid actions with a clear error and stores nothing", async () => {
    const me = await learner();
    const { attemptId } = await me.attempts.start({ scenarioId: "complaint-faulty-kettle" });
    const before = (await me.attempts.get({ attemptId })).events.length;
    const refund = (amountPence: number) => ({
      type: "issue_remedy" as const,
      customerRef: "CUS-2041",
      orderRef: "ORD-10234",
      sku: "KET-AURORA-17",
      kind: "refund" as const,
      amountPence,
    });
    expect(
      await errorCode(me.attempts.act({ attemptId, clientId: clientId(), action: refund(999_999) })),
    ).toBe("BAD_REQUEST");
    expect(
      await errorCode(
        me.attempts.act({
          attemptId,
          clientId: clientId(),
          action: { type: "add_note", customerRef: "CUS-9999", text: "x" },
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await errorCode(
        me.attempts.act({
          attemptId,
          clientId: clientId(),
          action: { type: "close_case", caseRef: "CASE-Z9", resolution: "x" },
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await errorCode(
        me.attempts.act({
          attemptId,
          clientId: "short",
          action: { type: "add_note", customerRef: "CUS-2041", text: "x" },
        }),
      ),
    ).toBe("BAD_REQUEST");
    expect(
      await errorCode(
        me.attempts.act({
          attemptId,
          clientId: clientId(),
          action: { type: "add_note", customerRef: "CUS-2041", text: "" },
        }),
      ),
    ).toBe("BAD_REQUEST");
    expect(
      await errorCode(me.attempts.act({ attemptId, clientId: clientId(), action: { type: "fly" } as never })),
    ).toBe("BAD_REQUEST");
    expect((await me.attempts.get({ attemptId })).events.length).toBe(before);

    // a full refund once is fine; a second one is refused
    await me.attempts.act({ attemptId, clientId: clientId(), action: refund(4499) });
    expect(
      await errorCode(me.attempts.act({ attemptId, clientId: clientId(), action: refund(4499) })),
    ).toMatch(/BAD_REQUEST|CONFLICT/);
    const record = await me.crm.getCustomer({ workspace: { attemptId }, customerRef: "CUS-2041" });
    const item = record.orders
      .find((o) => o.ref === "ORD-10234")!
      .items.find((i) => i.sku === "KET-AURORA-17")!;
    expect(item.refundedPence).toBe(4499);
    expect(item.refundStatus).toBe("full");
  });

  it("never shows the rubric or model answer before submission, and refuses the report", async () => {
    const me = await learner();
    const { attemptId } = await me.attempts.start({ scenarioId: "complaint-faulty-kettle" });
    await me.attempts.act({
      attemptId,
      clientId: clientId(),
      action: {
        type: "send_message",
        customerRef: "CUS-2041",
        channel: "email",
        text: "I'm so sorry, Priya. Thank you for telling us.",
      },
    });
    const raw = JSON.stringify([
      await me.attempts.get({ attemptId }),
      await me.scenarios.get({ scenarioId: "complaint-faulty-kettle" }),
    ]);
    for (const forbidden of [
      "lass-order",
      "lawful-remedy",
      "modelAnswer",
      "teachingNotes",
      "rubric",
      '"analysis"',
      "ruleId",
    ]) {
      expect(raw).not.toContain(forbidden);
    }
    expect(await errorCode(me.attempts.report({ attemptId }))).toBe("BAD_REQUEST");
  });

  it("shows a learner no LASS progress or analyser labels for their own attempt until it is submitted; their tutor sees them live", async () => {
    const { api: tutor, session: tutorSession } = app.browser();
    const probeEmail = `probe${Date.now()}@college.example`;
    await tutor.auth.tutorSignUp({
      email: probeEmail,
      name: "Pat Tutor",
      password: "a long enough password",
    });
    // Sign-up does not sign in (it must not reveal whether the email had an account).
    await tutor.auth.tutorSignIn({ email: probeEmail, password: "a long enough password" });
    const klass = await tutor.classes.create({ name: "Probe group" });
    const { api: device, session } = app.browser();
    await device.auth.joinClass({ code: klass.joinCode!, displayName: "Prober" });
    const me = app.caller(session.current);
    const { attemptId } = await me.attempts.start({ scenarioId: "complaint-faulty-kettle" });
    await me.attempts.act({
      attemptId,
      clientId: clientId(),
      action: {
        type: "send_message",
        customerRef: "CUS-2041",
        channel: "email",
        text: "Dear Priya, I understand your kettle's light flickers and then it stops. I'm so sorry. I've refunded you in full. Thank you for telling us.",
      },
    });
    const before = await me.attempts.get({ attemptId });
    const raw = JSON.stringify(before);
    for (const forbidden of ['"lass"', "lassOrder", '"analysis"', '"labels"', '"spans"', "ruleId"])
      expect(raw, forbidden).not.toContain(forbidden);
    expect((before.progress as { clock?: string }).clock).toMatch(/^\d\d:\d\d$/);

    // The tutor's live view of the same attempt may show the steps reached.
    const asTutor = await app.caller(tutorSession.current).attempts.get({ attemptId });
    expect(asTutor.progress).toHaveProperty("lass");
    expect(asTutor.progress).toHaveProperty("lassOrder");

    await me.attempts.submit({ attemptId });
    expect((await me.attempts.get({ attemptId })).progress).toHaveProperty("lass");
  });

  it("scores the model complaint playthrough as a Distinction through the real procedures", async () => {
    const { report, p } = await play("complaint-model");
    expect(report.band).toBe(p.expect?.band);
    for (const [id, status] of Object.entries(p.expect?.criteria ?? {})) {
      expect(report.criteria.find((c) => c.id === id)?.status, id).toBe(status);
    }
  });

  it("flags each gate in the report it returns, so pages need not know the rule", async () => {
    const refused = await play("dp-sar-refused-politely");
    expect(refused.report.band).toBe("Fail");
    const gates = refused.report.criteria.filter((c) => c.gate);
    expect(gates.map((c) => c.id)).toContain("sar-not-obstructed");
    for (const c of gates) expect(c).toMatchObject({ weight: 0, capBandIfNotMet: expect.any(String) });
    expect(refused.report.criteria.filter((c) => !c.gate).every((c) => c.weight > 0)).toBe(true);
  });

  it("marks solving before apologising as a LASS order failure, with the learner's words as evidence", async () => {
    const { report, p } = await play("complaint-solve-before-apology");
    for (const [id, status] of Object.entries(p.expect?.criteria ?? {})) {
      expect(report.criteria.find((c) => c.id === id)?.status, id).toBe(status);
    }
    const order = report.criteria.find((c) => c.id === "lass-order")!;
    expect(order.status).toBe("not_met");
    expect(order.evidence.some((e) => e.text && e.text.length > 0)).toBe(true);
  });

  it("refuses actions after submission, and another learner cannot see the attempt", async () => {
    const { me, attemptId } = await play("complaint-voucher-only");
    expect(
      await errorCode(
        me.attempts.act({
          attemptId,
          clientId: clientId(),
          action: { type: "add_note", customerRef: "CUS-2041", text: "late" },
        }),
      ),
    ).toBe("CONFLICT");
    const other = await learner("Other");
    expect(await errorCode(other.attempts.get({ attemptId }))).toBe("NOT_FOUND");
    expect(await errorCode(other.attempts.report({ attemptId }))).toBe("NOT_FOUND");
    expect(
      await errorCode(other.crm.getCustomer({ workspace: { attemptId }, customerRef: "CUS-2041" })),
    ).toBe("NOT_FOUND");
    expect(await errorCode(app.caller().attempts.start({ scenarioId: "complaint-faulty-kettle" }))).toBe(
      "UNAUTHORIZED",
    );
    expect(await errorCode(me.attempts.start({ scenarioId: "no-such-scenario" }))).toBe("NOT_FOUND");
  });

  it("plays the onboarding and win-back model runs to a Distinction", async () => {
    for (const name of ["onboarding-model", "win-back-model"]) {
      const { report } = await play(name);
      expect(report.band, name).toBe("Distinction");
    }
  });
});
