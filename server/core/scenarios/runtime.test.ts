import { describe, expect, it } from "vitest";
import { DomainError } from "../domain-errors";
import type { LearnerAction } from "./learner-actions";
import { initialState } from "./attempt-state";
import { progressSummary } from "./progress";
import { applyAction, replayEvents, submitAttempt } from "./runtime";
import { ScenarioDomainError } from "./scenario-errors";
import { openingEvents } from "./scripted-customer";
import { START, loadScenarioFile, play, toStored } from "./test-support";

const complaint = loadScenarioFile("complaint-faulty-kettle");
const onboarding = loadScenarioFile("onboarding-new-subscriber");

const email = (text: string): LearnerAction => ({
  type: "send_message",
  customerRef: "CUS-2041",
  channel: "email",
  text,
});
const refund = (extra: Partial<Extract<LearnerAction, { type: "issue_remedy" }>> = {}): LearnerAction => ({
  type: "issue_remedy",
  customerRef: "CUS-2041",
  orderRef: "ORD-10234",
  kind: "refund",
  ...extra,
});

function refused(actions: LearnerAction[], last: LearnerAction) {
  const { state } = play(complaint, actions);
  const r = applyAction(complaint, state, last);
  if (r.ok) throw new Error("expected the action to be refused");
  return r.error;
}

describe("initial state and opening events", () => {
  it("starts at minute 0 with the customer's opening email already waiting", () => {
    const s = initialState(complaint, START);
    expect(s.minute).toBe(0);
    expect(s.contacts["CUS-2041"]?.mood).toBe(-2);
    const opening = openingEvents(complaint, START);
    expect(opening).toHaveLength(1);
    expect(opening[0]).toMatchObject({ actor: "customer", type: "customer_message", simMinute: -20 });
    expect(opening[0]!.payload).toMatchObject({ customerRef: "CUS-2041", channel: "email", clock: "08:40" });
    expect((opening[0]!.payload as { text: string }).text).toContain("delivered on 31 October 2026");
    expect((opening[0]!.payload as { text: string }).text).toContain("£44.99");
  });
});

describe("applyAction", () => {
  it("advances the simulated clock by each action's cost and stamps events with it", () => {
    let s = initialState(complaint, START);
    const r1 = applyAction(complaint, s, { type: "view_record", customerRef: "CUS-2041" });
    expect(r1.ok).toBe(true);
    if (!r1.ok) return;
    expect(r1.state.minute).toBe(1);
    s = r1.state;
    const r2 = applyAction(complaint, s, email("Hello Priya."));
    if (!r2.ok) throw r2.error;
    expect(r2.state.minute).toBe(7);
    expect(r2.events[0]).toMatchObject({ actor: "learner", type: "send_message", simMinute: 7 });
    expect(r2.events[0]!.payload).toMatchObject({ clock: "09:07", customerRef: "CUS-2041" });
    // The state passed in is never modified.
    expect(s.minute).toBe(1);
    expect(s.log).toHaveLength(1);
  });

  it("analyses messages and puts the analysis in the learner event", () => {
    const { events } = play(complaint, [email("I'm so sorry your kettle stopped working, Priya.")]);
    const learner = events.find((e) => e.actor === "learner")!;
    const analysis = learner.payload.analysis as { labels: string[] };
    expect(analysis.labels).toEqual(expect.arrayContaining(["apologise", "personalised"]));
  });

  it("the customer calms down when apologised to and gets angrier when blamed", () => {
    const sorry = play(complaint, [email("I'm so sorry your kettle has stopped working.")]);
    expect(sorry.state.contacts["CUS-2041"]?.mood).toBe(-1);
    const reply = sorry.events.find((e) => e.actor === "customer" && e.payload.ruleId === "apologised");
    expect(reply?.payload.text).toMatch(/appreciate the apology/);
    const mood = sorry.events.find((e) => e.type === "customer_mood");
    expect(mood?.payload).toMatchObject({ from: -2, to: -1, moodLabel: "frustrated" });

    const blamed = play(complaint, [email("You must have dropped it during unpacking.")]);
    expect(blamed.state.contacts["CUS-2041"]?.mood).toBe(-3);
    expect(blamed.state.contacts["CUS-2041"]?.flags).toContain("blamed");
  });

  it("telling the customer to calm down makes her angrier", () => {
    const { state, events } = play(complaint, [email("Please calm down so we can talk about this.")]);
    expect(state.contacts["CUS-2041"]?.mood).toBe(-3);
    expect(events.some((e) => e.payload.ruleId === "told-to-calm-down")).toBe(true);
  });

  it("reacts to what the learner DOES: a voucher makes her cite the Consumer Rights Act and ask for a manager", () => {
    const { state, events } = play(complaint, [
      refund({ kind: "voucher", amountPence: 1500, sku: "KET-AURORA-17" }),
    ]);
    expect(state.contacts["CUS-2041"]?.flags).toEqual(
      expect.arrayContaining(["cra_cited", "escalation_requested"]),
    );
    const learner = events.find((e) => e.actor === "learner")!;
    expect(learner.payload.remedy).toMatchObject({
      kind: "voucher",
      amountPence: 1500,
      cra: { lawful: false, right: "short-term right to reject" },
    });
    expect(events.find((e) => e.actor === "customer" && e.simMinute >= 0)?.payload.text).toMatch(
      /Consumer Rights Act/,
    );
  });

  it("a lawful full refund resolves the complaint and defaults to the item's value", () => {
    const { state, events } = play(complaint, [refund({ sku: "KET-AURORA-17" })]);
    expect(state.customers["CUS-2041"]?.orders["ORD-10234"]?.items[0]?.refundedPence).toBe(4499);
    expect(state.contacts["CUS-2041"]?.flags).toContain("resolved");
    expect(events.find((e) => e.actor === "learner")!.payload.remedy).toMatchObject({
      amountPence: 4499,
      cra: { lawful: true },
    });
  });

  it("the customer chases if there is no reply within the service standard", () => {
    const views: LearnerAction[] = Array.from({ length: 45 }, () => ({
      type: "view_record",
      customerRef: "CUS-2041",
    }));
    const { state, events } = play(complaint, views);
    const chaser = events.find((e) => e.actor === "customer" && e.payload.ruleId === "chaser");
    expect(chaser?.simMinute).toBe(40);
    expect(state.contacts["CUS-2041"]?.mood).toBe(-3);
  });

  it("opens cases with engine-assigned refs and closes them once", () => {
    const { state, events } = play(complaint, [
      {
        type: "open_case",
        customerRef: "CUS-2041",
        orderRef: "ORD-10234",
        category: "faulty_product",
        summary: "Kettle dead",
      },
      { type: "open_case", customerRef: "CUS-2041", category: "service", summary: "Second" },
      { type: "close_case", caseRef: "CASE-A1", resolution: "Refunded" },
    ]);
    expect(events.filter((e) => e.type === "open_case").map((e) => e.payload.caseRef)).toEqual([
      "CASE-A1",
      "CASE-A2",
    ]);
    expect(state.cases["CASE-A1"]).toMatchObject({ status: "closed", resolution: "Refunded" });
    const again = applyAction(complaint, state, {
      type: "close_case",
      caseRef: "CASE-A1",
      resolution: "Again",
    });
    expect(again.ok).toBe(false);
    if (!again.ok) {
      expect(again.error).toBeInstanceOf(ScenarioDomainError);
      expect(again.error).toBeInstanceOf(DomainError);
      expect(again.error.kind).toBe("conflict");
      expect(again.error.code).toBe("CASE_ALREADY_CLOSED");
    }
  });
});

describe("validation against the attempt's state", () => {
  it("unknown customer, order, item and case refs are not_found", () => {
    for (const [action, code] of [
      [{ type: "view_record", customerRef: "CUS-0000" }, "UNKNOWN_CUSTOMER"],
      [refund({ orderRef: "ORD-99999" }), "UNKNOWN_ORDER"],
      [refund({ sku: "GRD-BURR-PRO" }), "UNKNOWN_ITEM"],
      [{ type: "close_case", caseRef: "CASE-A9", resolution: "x" }, "UNKNOWN_CASE"],
    ] as [LearnerAction, string][]) {
      const e = refused([], action);
      expect(e.kind).toBe("not_found");
      expect(e.code).toBe(code);
    }
    expect(refused([], refund({ orderRef: "ORD-99999" })).message).toBe(
      "Order ORD-99999 is not on Priya Shah's record.",
    );
  });

  it("a refund above the item's remaining value is refused with a clear message", () => {
    const e = refused([], refund({ sku: "KET-AURORA-17", amountPence: 4500 }));
    expect(e.kind).toBe("invalid");
    expect(e.code).toBe("REFUND_EXCEEDS_VALUE");
    expect(e.message).toBe("£45.00 is more than the £44.99 left to refund on the Aurora 1.7L Glass Kettle.");
  });

  it("a refund above the order's remaining value is refused", () => {
    const e = refused([], refund({ amountPence: 4499 + 5499 + 1 }));
    expect(e.code).toBe("REFUND_EXCEEDS_VALUE");
    expect(e.message).toContain("£99.98 left to refund on order ORD-10234");
  });

  it("a second full refund is a conflict", () => {
    const e = refused([refund({ sku: "KET-AURORA-17" })], refund({ sku: "KET-AURORA-17" }));
    expect(e.kind).toBe("conflict");
    expect(e.code).toBe("ALREADY_REFUNDED");
    expect(e.message).toBe("The Aurora 1.7L Glass Kettle has already been refunded in full.");
  });

  it("partial refunds add up to the item's value, then stop", () => {
    const { state } = play(complaint, [
      refund({ sku: "KET-AURORA-17", amountPence: 2000 }),
      refund({ sku: "KET-AURORA-17", amountPence: 2499 }),
    ]);
    expect(state.customers["CUS-2041"]?.orders["ORD-10234"]?.items[0]?.refundedPence).toBe(4499);
    expect(state.remedies.map((r) => r.lawful)).toEqual([false, true]);
  });

  it("a replacement after a full refund is refused", () => {
    const e = refused(
      [refund({ sku: "KET-AURORA-17" })],
      refund({ sku: "KET-AURORA-17", kind: "replacement" }),
    );
    expect(e.code).toBe("ALREADY_REMEDIED");
  });

  it("a replacement for a parcel still on its way is refused, and the learner is told who sends it again", () => {
    const lostParcel = loadScenarioFile("internal-customer-lost-parcel");
    const { state } = play(lostParcel, []);
    const r = applyAction(lostParcel, state, {
      type: "issue_remedy",
      customerRef: "CUS-6101",
      orderRef: "ORD-61011",
      sku: "GRD-HAND-CER",
      kind: "replacement",
    });
    if (r.ok) throw new Error("expected the action to be refused");
    expect(r.error.code).toBe("ORDER_NOT_DELIVERED");
    expect(r.error.message).toBe(
      "Order ORD-61011 has not been delivered yet, so there is nothing to replace. If the parcel is lost on its way, ask the warehouse to send it again (write to them under Colleagues and others).",
    );
  });

  it("goodwill above the policy limit (cumulative per customer) is refused", () => {
    const e = refused([], refund({ kind: "goodwill", amountPence: 2001 }));
    expect(e.code).toBe("GOODWILL_OVER_LIMIT");
    expect(e.message).toMatch(/^Policy limits goodwill gestures to £20\.00 per customer\./);
    const e2 = refused(
      [refund({ kind: "goodwill", amountPence: 1500 })],
      refund({ kind: "goodwill", amountPence: 1000 }),
    );
    expect(e2.message).toContain("(£15.00 already given)");
  });

  it("a goodwill gesture or voucher needs an amount", () => {
    expect(refused([], refund({ kind: "voucher" })).code).toBe("AMOUNT_REQUIRED");
  });

  it("nothing can be done after the attempt is submitted", () => {
    const { state } = play(complaint, [email("Hello")]);
    const sub = submitAttempt(complaint, state);
    if (!sub.ok) throw sub.error;
    expect(sub.events[0]).toMatchObject({ actor: "system", type: "attempt_submitted" });
    const r = applyAction(complaint, sub.state, email("One more thing"));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe("conflict");
      expect(r.error.code).toBe("ATTEMPT_SUBMITTED");
    }
    expect(submitAttempt(complaint, sub.state).ok).toBe(false);
  });

  it("an action failing its own schema is invalid, not a crash", () => {
    const r = applyAction(complaint, initialState(complaint, START), {
      type: "create_task",
      customerRef: "CUS-2041",
      title: "x",
      dueInDays: 900,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.kind).toBe("invalid");
  });

  it("SMS needs a phone number on record (consent is judged by scoring, not refused)", () => {
    const s = initialState(onboarding, START);
    const sms: LearnerAction = { type: "send_message", customerRef: "CUS-3107", channel: "sms", text: "Hi" };
    expect(applyAction(onboarding, s, sms).ok).toBe(true);
    s.customers["CUS-3107"]!.phone = null;
    const r = applyAction(onboarding, s, sms);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("NO_CONTACT_DETAILS");
  });
});

describe("replayEvents and progressSummary", () => {
  it("rebuilds the same state from stored events, reusing stored analyses", () => {
    const actions: LearnerAction[] = [
      { type: "view_record", customerRef: "CUS-2041" },
      email(
        "I understand your kettle stopped working. I'm so sorry. I've issued a full refund, and it will reach you within 5 working days. Thank you for telling us.",
      ),
      refund({ sku: "KET-AURORA-17" }),
      {
        type: "open_case",
        customerRef: "CUS-2041",
        orderRef: "ORD-10234",
        category: "faulty_product",
        summary: "Dead kettle",
      },
    ];
    const { state, events } = play(complaint, actions);
    const replayed = replayEvents(complaint, START, events);
    expect(replayed.minute).toBe(state.minute);
    expect(replayed.contacts).toEqual(state.contacts);
    expect(replayed.customers).toEqual(state.customers);
    expect(replayed.cases).toEqual(state.cases);
    expect(replayed.log.map((r) => r.seq)).toEqual(
      events.filter((e) => e.actor === "learner").map((e) => e.seq),
    );
    expect(replayed.warnings).toEqual([]);
  });

  it("skips unreadable or refused stored actions with a warning", () => {
    const { events } = play(complaint, [refund({ sku: "KET-AURORA-17" })]);
    const bad = [
      ...events,
      {
        seq: 90,
        actor: "learner" as const,
        type: "issue_remedy",
        payload: { action: refund({ sku: "KET-AURORA-17" }) },
        simMinute: 9,
      },
      {
        seq: 91,
        actor: "learner" as const,
        type: "nonsense",
        payload: { action: { type: "nonsense" } },
        simMinute: 9,
      },
    ];
    const s = replayEvents(complaint, START, bad);
    expect(s.log).toHaveLength(1);
    expect(s.warnings).toHaveLength(2);
    expect(s.warnings[0]).toMatch(
      /^Event 90: The Aurora 1\.7L Glass Kettle has already been refunded in full\./,
    );
  });

  it("summarises progress for the tutor dashboard", () => {
    const { state } = play(complaint, [
      email("I understand the kettle stopped working, Priya. I'm so sorry."),
      refund({ sku: "KET-AURORA-17" }),
    ]);
    const p = progressSummary(state, complaint);
    expect(p).toMatchObject({
      actions: 2,
      messages: 1,
      clock: "09:09",
      lass: { listen: true, apologise: true, solve: true, thank: false },
      lassOrder: ["listen", "apologise", "solve"],
    });
    expect(p.customers[0]).toMatchObject({ customerRef: "CUS-2041", name: "Priya Shah" });
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });

  it("is deterministic: the same actions give the same events", () => {
    const actions: LearnerAction[] = [email("Sorry, Priya."), refund({ sku: "KET-AURORA-17" })];
    expect(play(complaint, actions).events).toEqual(play(complaint, actions).events);
    expect(toStored([], 1)).toEqual([]);
  });
});
