import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, errorCode, type TestApp } from "@/server/test-support/test-app";

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

describe("crm.listCustomers", () => {
  it("returns the first page of seeded customers sorted by name", async () => {
    const page = await app.caller().crm.listCustomers({});
    expect(page.total).toBeGreaterThanOrEqual(60);
    expect(page.customers).toHaveLength(20);
    const names = page.customers.map((c) => c.name.split(" ").slice(-1)[0]!.toLowerCase());
    expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names);
  });

  it("searches by name, email and postcode in SQL", async () => {
    const all = await app.caller().crm.listCustomers({ pageSize: 100 });
    const target = all.customers[7]!;
    const byName = await app.caller().crm.listCustomers({ search: target.name });
    expect(byName.customers.map((c) => c.ref)).toContain(target.ref);
    const byEmail = await app.caller().crm.listCustomers({ search: target.email.toUpperCase() });
    expect(byEmail.customers.map((c) => c.ref)).toEqual([target.ref]);
    if (target.postcode) {
      const byPostcode = await app
        .caller()
        .crm.listCustomers({ search: target.postcode.replace(" ", "").toLowerCase() });
      expect(byPostcode.customers.map((c) => c.ref)).toContain(target.ref);
    }
  });

  it("treats LIKE wildcards in a search as plain text", async () => {
    const page = await app.caller().crm.listCustomers({ search: "%" });
    expect(page.total).toBe(0);
  });

  it("filters by stage, recency, spend, NPS category and consent consistently with each row", async () => {
    const caller = app.caller();
    const lapsed = await caller.crm.listCustomers({ stage: "lapsed", pageSize: 100 });
    expect(lapsed.total).toBeGreaterThan(0);
    expect(lapsed.customers.every((c) => c.lifecycleStage === "lapsed")).toBe(true);

    const old = await caller.crm.listCustomers({ recency: "over180", pageSize: 100 });
    const cutoff = old.asOf.getTime() - 180 * 86_400_000;
    expect(old.total).toBeGreaterThan(0);
    expect(old.customers.every((c) => c.lastOrderAt !== null && c.lastOrderAt.getTime() < cutoff)).toBe(true);

    const big = await caller.crm.listCustomers({ spend: "over1000", pageSize: 100 });
    expect(big.total).toBeGreaterThan(0);
    expect(big.customers.every((c) => c.totalSpendPence >= 100_000)).toBe(true);

    const detractors = await caller.crm.listCustomers({ nps: "detractor", pageSize: 100 });
    expect(detractors.total).toBeGreaterThan(0);
    expect(detractors.customers.every((c) => c.latestNps !== null && c.latestNps <= 6)).toBe(true);

    const noConsent = await caller.crm.listCustomers({ consent: "none", pageSize: 100 });
    expect(noConsent.total).toBeGreaterThan(0);
    expect(noConsent.customers.every((c) => c.consentedChannels.length === 0)).toBe(true);

    const emailOk = await caller.crm.listCustomers({ consent: "email", pageSize: 100 });
    expect(emailOk.customers.every((c) => c.consentedChannels.includes("email"))).toBe(true);
  });

  it("sorts by total spend descending and paginates without overlap", async () => {
    const caller = app.caller();
    const p1 = await caller.crm.listCustomers({ sort: "totalSpend", dir: "desc", pageSize: 10, page: 1 });
    const p2 = await caller.crm.listCustomers({ sort: "totalSpend", dir: "desc", pageSize: 10, page: 2 });
    const spends = [...p1.customers, ...p2.customers].map((c) => c.totalSpendPence);
    expect([...spends].sort((a, b) => b - a)).toEqual(spends);
    const refs = new Set([...p1.customers, ...p2.customers].map((c) => c.ref));
    expect(refs.size).toBe(20);
  });

  it("rejects bad input with BAD_REQUEST", async () => {
    const caller = app.caller();
    expect(await errorCode(caller.crm.listCustomers({ search: "x".repeat(101) }))).toBe("BAD_REQUEST");
    expect(await errorCode(caller.crm.listCustomers({ page: 0 }))).toBe("BAD_REQUEST");
    expect(await errorCode(caller.crm.listCustomers({ pageSize: "ten" as never }))).toBe("BAD_REQUEST");
    expect(await errorCode(caller.crm.listCustomers({ stage: "vip" as never }))).toBe("BAD_REQUEST");
  });
});

describe("crm.getCustomer", () => {
  it("returns the whole record: profile, consents, orders with items, feedback, cases, timeline", async () => {
    const list = await app.caller().crm.listCustomers({ sort: "orders", dir: "desc", pageSize: 5 });
    const record = await app.caller().crm.getCustomer({ customerRef: list.customers[0]!.ref });
    expect(record.customer.ref).toBe(list.customers[0]!.ref);
    expect(record.consents).toHaveLength(4);
    expect(record.orders.length).toBe(
      list.customers[0]!.orderCount + record.orders.filter((o) => o.status === "cancelled").length,
    );
    expect(record.orders.every((o) => o.items.length > 0)).toBe(true);
    expect(record.stats.totalSpendPence).toBe(list.customers[0]!.totalSpendPence);
  });

  it("answers NOT_FOUND for an unknown customer and BAD_REQUEST for a malformed ref", async () => {
    expect(await errorCode(app.caller().crm.getCustomer({ customerRef: "CUS-9999" }))).toBe("NOT_FOUND");
    expect(await errorCode(app.caller().crm.getCustomer({ customerRef: "<script>" }))).toBe("BAD_REQUEST");
    expect(await errorCode(app.caller().crm.getCustomer({ customerRef: "" }))).toBe("BAD_REQUEST");
  });
});

describe("crm mutations", () => {
  const ref = "CUS-0003";

  it("adds a note that appears first on the timeline", async () => {
    const caller = app.caller();
    await caller.crm.addNote({ customerRef: ref, text: "Asked about descaling the kettle <b>bold</b>" });
    const record = await caller.crm.getCustomer({ customerRef: ref });
    expect(record.timeline[0]).toMatchObject({
      kind: "note",
      body: "Asked about descaling the kettle <b>bold</b>",
    });
  });

  it("signs a learner's note as a learner's and a signed-out visitor's as a visitor's, so no one passes as staff", async () => {
    const { api, session } = app.browser();
    await api.auth.practiseAlone({ displayName: "Tom Reilly" });
    await app.caller(session.current).crm.addNote({ customerRef: ref, text: "Lesson moved to room 4" });
    const afterLearner = await app.caller().crm.getCustomer({ customerRef: ref });
    expect(afterLearner.timeline[0]).toMatchObject({
      body: "Lesson moved to room 4",
      author: "Tom Reilly (learner)",
    });
    await app.caller().crm.addNote({ customerRef: ref, text: "Anonymous note" });
    const afterVisitor = await app.caller().crm.getCustomer({ customerRef: ref });
    expect(afterVisitor.timeline[0]).toMatchObject({ body: "Anonymous note", author: "Visitor" });
  });

  it("logs a call, creates and completes a task", async () => {
    const caller = app.caller();
    await caller.crm.logCall({
      customerRef: ref,
      direction: "inbound",
      summary: "Customer rang about delivery slots.",
    });
    const task = await caller.crm.createTask({
      customerRef: ref,
      title: "Ring back about delivery",
      dueInDays: 2,
      note: "She asked for a morning slot; ring after 9.",
    });
    expect(task.dueAt!.getTime() - task.occurredAt.getTime()).toBe(2 * 86_400_000);
    // The note says what the task is for; the title stays its heading.
    expect(task).toMatchObject({
      subject: "Ring back about delivery",
      body: "She asked for a morning slot; ring after 9.",
    });
    await caller.crm.completeTask({ customerRef: ref, taskId: task.id });
    const record = await caller.crm.getCustomer({ customerRef: ref });
    expect(record.timeline.find((i) => i.id === task.id)?.doneAt).toBeInstanceOf(Date);
    expect(record.timeline.some((i) => i.kind === "call" && i.direction === "inbound")).toBe(true);
    expect(await errorCode(caller.crm.completeTask({ customerRef: ref, taskId: task.id }))).toBe("CONFLICT");
    expect(await errorCode(caller.crm.completeTask({ customerRef: ref, taskId: 999_999 }))).toBe("NOT_FOUND");
  });

  it("changes the lifecycle stage with a reason and refuses a no-op change", async () => {
    const caller = app.caller();
    const before = await caller.crm.getCustomer({ customerRef: ref });
    const next = before.customer.lifecycleStage === "loyalty" ? "engagement" : "loyalty";
    await caller.crm.changeStage({ customerRef: ref, stage: next, reason: "Third order this quarter" });
    const after = await caller.crm.getCustomer({ customerRef: ref });
    expect(after.customer.lifecycleStage).toBe(next);
    expect(after.timeline[0]).toMatchObject({ kind: "stage_change", body: "Third order this quarter" });
    expect(await errorCode(caller.crm.changeStage({ customerRef: ref, stage: next, reason: "again" }))).toBe(
      "CONFLICT",
    );
  });

  it("records a consent change with method, date and reason", async () => {
    const caller = app.caller();
    const at = new Date("2026-11-21T10:00:00Z");
    const withClock = app.caller({}, { now: () => at });
    await withClock.crm.updateConsent({
      customerRef: ref,
      channel: "sms",
      granted: true,
      method: "phone call",
      reason: "Happy to get texts about offers",
    });
    const record = await caller.crm.getCustomer({ customerRef: ref });
    expect(record.consents.find((k) => k.channel === "sms")).toMatchObject({
      granted: true,
      method: "phone call",
      recordedAt: at,
    });
    expect(record.timeline.find((i) => i.kind === "consent_change")).toMatchObject({
      body: "Happy to get texts about offers",
      occurredAt: at,
    });
  });

  it("rejects empty, too long, wrong-type and unknown-id input", async () => {
    const caller = app.caller();
    expect(await errorCode(caller.crm.addNote({ customerRef: ref, text: "   " }))).toBe("BAD_REQUEST");
    expect(await errorCode(caller.crm.addNote({ customerRef: ref, text: "x".repeat(4001) }))).toBe(
      "BAD_REQUEST",
    );
    expect(await errorCode(caller.crm.addNote({ customerRef: ref, text: 42 as never }))).toBe("BAD_REQUEST");
    expect(await errorCode(caller.crm.addNote({ customerRef: "CUS-9999", text: "hello" }))).toBe("NOT_FOUND");
    expect(await errorCode(caller.crm.createTask({ customerRef: ref, title: "x", dueInDays: 400 }))).toBe(
      "BAD_REQUEST",
    );
    expect(
      await errorCode(
        caller.crm.updateConsent({
          customerRef: ref,
          channel: "fax" as never,
          granted: true,
          method: "email",
          reason: "r",
        }),
      ),
    ).toBe("BAD_REQUEST");
  });

  it("refuses to change an attempt's CRM through the demo procedures", async () => {
    expect(
      await errorCode(app.caller().crm.addNote({ workspace: { attemptId: 1 }, customerRef: ref, text: "x" })),
    ).toBe("BAD_REQUEST");
  });
});
