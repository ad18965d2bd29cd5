import { describe, expect, it } from "vitest";
import type { StoredEvent } from "./engine-types";
import type { LearnerAction } from "./learner-actions";
import { replayEvents, submitAttempt } from "./runtime";
import { scoreAttempt } from "./scoring";
import { KETTLE_REFUND, loadScenarioFile, play, START, toStored } from "./test-support";

// Session 48, issue 8 item 3 (words against actions). Every sentence here was written for these tests, not
// copied from the brief, a playthrough or an earlier test.

/** The attempt played, then submitted: the stored events (as the data layer keeps them) and the final state. */
function submitted(scenario: ReturnType<typeof loadScenarioFile>, actions: LearnerAction[]) {
  const { state, events } = play(scenario, actions);
  const done = submitAttempt(scenario, state);
  if (!done.ok) throw done.error;
  const all: StoredEvent[] = [...events, ...toStored(done.events, events.length + 1)];
  return { state: done.state, atSubmission: done.events, events: all };
}
const saidBy = (events: readonly { type: string; payload: Record<string, unknown> }[], rule: string) =>
  events.filter((e) => e.type === "customer_message" && String(e.payload.ruleId).split("+").includes(rule));

describe("gap (a): a remedy promised for now and never issued, found out at submission", () => {
  const kettle = loadScenarioFile("complaint-faulty-kettle");
  const email = (text: string): LearnerAction => ({
    type: "send_message",
    customerRef: "CUS-2041",
    channel: "email",
    subject: "Your Aurora",
    text,
  });
  const warmNow = email(
    "Dear Priya,\n\nTwelve days and a flickering light, then nothing: I'm truly sorry, and I know you've been using a saucepan since. I'll get your £44.99 refunded to your Visa immediately.\n\nThank you for your patience,\nMo",
  );

  it("she says so at submission, once, with promise_broken, and ends frustrated at best", () => {
    const { state, atSubmission } = submitted(kettle, [warmNow]);
    const said = saidBy(atSubmission, "engine:broken-promise");
    expect(said).toHaveLength(1);
    expect(String(said[0]!.payload.text)).toContain("You said you'd put my refund through straight away");
    const priya = state.contacts["CUS-2041"]!;
    expect(priya.flags).toContain("promise_broken");
    // The refund never comes: one step down at least, and frustrated at best however she felt before.
    const before = play(kettle, [warmNow]).state.contacts["CUS-2041"]!.mood;
    expect(priya.mood).toBeLessThanOrEqual(Math.min(-1, before - 1));
    expect(atSubmission.some((e) => e.type === "customer_mood")).toBe(true);
  });

  it("the report shows both pieces of evidence beside her reaction", () => {
    const { events } = submitted(kettle, [warmNow]);
    const report = scoreAttempt(kettle, events, START);
    const words = report.criteria.find((c) => c.id === "words-match-actions")!;
    expect(words.status).toBe("not_met");
    const summaries = words.evidence.map((e) => e.summary);
    expect(summaries.some((s) => /Broken promise: what you wrote/.test(s))).toBe(true);
    expect(summaries).toContain("What you did: no refund was issued before you submitted.");
    const outcome = report.customerOutcomes.find((o) => o.customerRef === "CUS-2041")!;
    expect(outcome.flags).toContain("promise_broken");
    expect(outcome.csat).toBeLessThanOrEqual(2);
  });

  it("a replay that reaches the submission gives the same customer (scoring sees what the learner saw)", () => {
    const { state, events } = submitted(kettle, [warmNow]);
    const replayed = replayEvents(kettle, START, events);
    expect(replayed.contacts["CUS-2041"]!.mood).toBe(state.contacts["CUS-2041"]!.mood);
    expect(replayed.contacts["CUS-2041"]!.flags).toEqual(state.contacts["CUS-2041"]!.flags);
    expect(Object.keys(replayed.contacts["CUS-2041"]!.fired)).toEqual(
      Object.keys(state.contacts["CUS-2041"]!.fired),
    );
  });

  it("once: if she already said it in the conversation, nothing more at submission", () => {
    const nudge = email("Hi Priya, one more thing: there's no need to post the kettle back to us.\n\nMo");
    const { state, atSubmission, events } = submitted(kettle, [warmNow, nudge]);
    expect(saidBy(events, "engine:broken-promise")).toHaveLength(1);
    expect(saidBy(atSubmission, "engine:broken-promise")).toHaveLength(0);
    expect(atSubmission.some((e) => e.type === "customer_mood")).toBe(false);
    expect(state.contacts["CUS-2041"]!.flags).toContain("promise_broken");
  });

  it("not when the refund went through before submitting, even with no word to her after it", () => {
    const { state, atSubmission } = submitted(kettle, [
      warmNow,
      { type: "view_record", customerRef: "CUS-2041" },
      KETTLE_REFUND,
    ]);
    expect(atSubmission.filter((e) => e.type === "customer_message")).toHaveLength(0);
    expect(state.contacts["CUS-2041"]!.flags).not.toContain("promise_broken");
  });

  it("not for a promise with no time named (unkept, partly), nor for a refund only offered as a choice", () => {
    const someday = email(
      "Dear Priya,\n\nI'm truly sorry about the kettle. I'll arrange a refund of your £44.99 for you.\n\nMo",
    );
    const offered = email(
      "Dear Priya,\n\nI'm truly sorry about the kettle. Would you like your money back, or a new kettle sent to you?\n\nMo",
    );
    for (const a of [someday, offered]) {
      const { state, atSubmission } = submitted(kettle, [a]);
      expect(saidBy(atSubmission, "engine:broken-promise")).toHaveLength(0);
      expect(state.contacts["CUS-2041"]!.flags).not.toContain("promise_broken");
    }
  });

  it("from pleased, she drops to frustrated (not one step): a remedy that never comes is what she remembers", () => {
    for (const [was, is] of [
      [2, -1],
      [3, -1],
      [-2, -3],
    ] as const) {
      const { state } = play(kettle, [warmNow]);
      state.contacts["CUS-2041"]!.mood = was;
      const done = submitAttempt(kettle, state);
      if (!done.ok) throw done.error;
      expect(done.state.contacts["CUS-2041"]!.mood).toBe(is);
    }
  });

  it("a remedy said done that never happened keeps its own reaction (untrue), not this one", () => {
    const claimed = email(
      "Dear Priya,\n\nSo sorry about the kettle. I've refunded the £44.99 to your Visa.\n\nMo",
    );
    const { atSubmission } = submitted(kettle, [claimed]);
    expect(saidBy(atSubmission, "engine:untrue-remedy")).toHaveLength(1);
    expect(saidBy(atSubmission, "engine:broken-promise")).toHaveLength(0);
  });
});
