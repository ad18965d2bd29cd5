import { describe, expect, it } from "vitest";
import type { StoredEvent } from "./engine-types";
import type { LearnerAction } from "./learner-actions";
import { findPromises, judgePromises, promisedCall } from "./promises";
import { offersRemedyChoice } from "./remedy-choice";
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

describe("gap (b): a choice of remedies put to her (remedy-choice.ts), read in any scenario", () => {
  it.each([
    "Would you rather have your money back or a brand-new kettle?",
    "We can refund you in full or send a replacement grinder, whichever suits you best.",
    "Shall we repair it for you, or would a new machine be better?",
    "You can choose between a refund and keeping it with some money off, or a repair if you'd like it fixed.",
    "It's up to you: a full refund, or an exchange for the same model.",
    "I can put the £49.99 back on your card or swap it for another frother. Which would you like?",
  ])("asked or left to her: %j", (text) => {
    expect(offersRemedyChoice(text)).toBe(true);
  });

  it.each([
    // One remedy offered, both given, both refused, the law told without a question, or a question about something else.
    "If a replacement would suit you better, just let me know.",
    "I've refunded the £44.99 and a new kettle is on its way too.",
    "I'm afraid we can't offer a refund or a replacement on a kettle that was dropped.",
    "The law gives you a refund or a repair once the 30 days are up.",
    "Could you tell me whether the light flickers before it cuts out? I've put your refund through already.",
    "Refund issued; replacement not needed.",
  ])("not a choice put to her: %j", (text) => {
    expect(offersRemedyChoice(text)).toBe(false);
  });
});

describe("gap (b): the scripted customers of the kettle and the returns desk state a choice when asked", () => {
  const kettle = loadScenarioFile("complaint-faulty-kettle");
  const desk = loadScenarioFile("complaint-returns-desk");
  const toPriya = (text: string): LearnerAction => ({
    type: "send_message",
    customerRef: "CUS-2041",
    channel: "email",
    subject: "Your kettle",
    text,
  });
  const toRavi = (text: string): LearnerAction => ({
    type: "send_message",
    customerRef: "CUS-5201",
    channel: "email",
    subject: "Your kettle",
    text,
  });
  const ask =
    "Dear Priya,\n\nI'm so sorry the Aurora died on you after twelve days. Should I send your money back, or would a brand-new kettle be better?\n\nMo";

  it("Priya chooses the refund; 'I'll sort that right away' then promises it, and a replacement instead is a contradiction she notices", () => {
    const asked = play(kettle, [toPriya(ask)]);
    const said = saidBy(asked.events, "chooses-refund");
    expect(said).toHaveLength(1);
    expect(asked.state.contacts["CUS-2041"]!.flags).toContain("chose_refund");
    const swap: LearnerAction = { ...KETTLE_REFUND, kind: "replacement" } as LearnerAction;
    const { events } = submitted(kettle, [
      toPriya(ask),
      toPriya("Lovely, Priya. I'll sort that right away.\n\nMo"),
      swap,
    ]);
    expect(saidBy(events, "engine:broken-promise")).toHaveLength(1);
    const words = scoreAttempt(kettle, events, START).criteria.find((c) => c.id === "words-match-actions")!;
    expect(words.status).toBe("not_met");
    expect(words.detail).toContain("so the refund, please");
    expect(words.detail).toContain("but issued a replacement instead");
  });

  it("her choice kept: the refund issued after 'I'll sort that' is met, and she says nothing of a broken promise", () => {
    const { events } = submitted(kettle, [
      toPriya(ask),
      toPriya("Lovely, Priya. I'll sort that right away.\n\nMo"),
      KETTLE_REFUND,
    ]);
    expect(saidBy(events, "engine:broken-promise")).toHaveLength(0);
    expect(
      scoreAttempt(kettle, events, START).criteria.find((c) => c.id === "words-match-actions")!.status,
    ).toBe("met");
  });

  it("no choice put to her: she answers the question she was asked, not a choice", () => {
    const { events, state } = play(kettle, [
      toPriya("Dear Priya,\n\nSorry to hear about the kettle. Does the light come on at all now?\n\nMo"),
    ]);
    expect(saidBy(events, "chooses-refund")).toHaveLength(0);
    expect(saidBy(events, "answered-question")).toHaveLength(1);
    expect(state.contacts["CUS-2041"]!.flags).not.toContain("chose_refund");
  });

  it("Ravi, asked on day 31, chooses the replacement; a repair instead is a contradiction he notices", () => {
    const repair: LearnerAction = {
      type: "issue_remedy",
      customerRef: "CUS-5201",
      orderRef: "ORD-52011",
      sku: "KET-AURORA-17",
      kind: "repair",
    };
    const asked = toRavi(
      "Dear Ravi,\n\nSorry your kettle has stopped heating. The 30 days ended at midnight, but we'll still put it right for free: shall we fix it, or send you a new one?\n\nMo",
    );
    const { events, state } = submitted(desk, [
      asked,
      toRavi("Great, I'll get that organised today.\n\nMo"),
      repair,
    ]);
    expect(saidBy(events, "chooses-replacement")).toHaveLength(1);
    expect(saidBy(events, "engine:broken-promise")).toHaveLength(1);
    expect(state.contacts["CUS-5201"]!.flags).toEqual(
      expect.arrayContaining(["chose_replacement", "promise_broken"]),
    );
  });
});

describe("gap (c): records and call-backs against the CRM", () => {
  const kinds = (text: string) => findPromises(text).map((p) => [p.kind, p.done]);

  it.each([
    ["I've made a note on your file that texts suit you better than calls.", "record_update"],
    ["We've also noted that you'd prefer we wrote rather than phoned.", "record_update"],
    ["I've just left a note for the team that your order should go to your work address.", "record_update"],
    ["You'll hear from me on Monday with the courier's slot.", "call_back"],
    ["Expect an email from us tomorrow morning confirming the collection.", "call_back"],
    ["You should hear back from me by Thursday.", "call_back"],
  ])("read: %j", (text, kind) => {
    expect(kinds(text).map((k) => k[0])).toContain(kind);
  });

  it.each([
    "I've made sure the courier has your mobile number.",
    "If you'd prefer a phone call, I'll arrange one.",
    "You'll hear from the courier directly about the time slot.",
    "You'll have heard from us already about the recall, I expect.",
    "Did you hear from our engineer yesterday?",
  ])("not a record claim or contact promised by us: %j", (text) => {
    expect(kinds(text).filter((k) => k[0] === "record_update" || k[0] === "call_back")).toEqual([]);
  });

  it("'You'll hear from me' names no call (Priya's adjustment stands); 'a call from me' does", () => {
    expect(promisedCall("You'll hear from me on Friday about the refund.")).toBeUndefined();
    expect(promisedCall("Expect a call from me on Friday about the refund.")?.kind).toBe("call_back");
  });

  const linda = loadScenarioFile("complaint-repeat-fault-call");
  const say = (text: string): LearnerAction => ({
    type: "send_message",
    customerRef: "CUS-7101",
    channel: "phone",
    text,
  });
  const log = (direction: "inbound" | "outbound"): LearnerAction => ({
    type: "log_call",
    customerRef: "CUS-7101",
    direction,
    summary: "Spoke to Linda about the pump fault and her refund.",
  });
  const task = (title: string, dueInDays: number): LearnerAction => ({
    type: "create_task",
    customerRef: "CUS-7101",
    title,
    dueInDays,
  });
  const callVerdict = (actions: LearnerAction[]) => {
    const { state } = play(linda, actions);
    return judgePromises(state.log, "CUS-7101", "Linda").find((v) => v.promise.kind === "call_back")!;
  };
  const tomorrow = say("I'll give you a ring tomorrow at ten to check the courier has been.");
  const afternoon = say("Leave it with me and I'll call you back this afternoon with a collection slot.");

  it("the log of the call she made does not keep a call promised for tomorrow; a task to ring her does", () => {
    expect(callVerdict([tomorrow, log("inbound")]).status).toBe("unkept");
    expect(callVerdict([tomorrow, log("outbound")]).status).toBe("unkept");
    const kept = callVerdict([
      tomorrow,
      log("inbound"),
      task("Ring Linda at 10:00: has the courier been?", 1),
    ]);
    expect(kept.status).toBe("kept");
    expect(kept.action?.action.type).toBe("create_task");
  });

  it("a call later today is kept by a call we made after promising it, not by one logged before", () => {
    expect(callVerdict([afternoon, log("outbound")]).status).toBe("kept");
    expect(callVerdict([log("outbound"), afternoon]).status).toBe("unkept");
    expect(callVerdict([afternoon, log("inbound")]).status).toBe("unkept");
  });

  it("a task due in time keeps it only if it plans contact with her", () => {
    const other = callVerdict([tomorrow, task("Order a spare pump seal for the workshop", 1)]);
    expect(other.status).toBe("unkept");
    expect(other.explanation).toContain("no task due by then plans it");
    expect(callVerdict([tomorrow, task("Check the courier collected the Crema Duo", 1)]).status).toBe("kept");
    expect(callVerdict([tomorrow, task("Linda: collection", 1)]).status).toBe("kept");
  });

  it("a record claim in new words is judged against the record, both ways", () => {
    const kettle = loadScenarioFile("complaint-faulty-kettle");
    const claim: LearnerAction = {
      type: "send_message",
      customerRef: "CUS-2041",
      channel: "email",
      subject: "Your kettle",
      text: "Dear Priya,\n\nSo sorry about the Aurora. I've made a note on your account that you'd rather have emails than calls.\n\nMo",
    };
    const verdict = (actions: LearnerAction[]) => {
      const { state } = play(kettle, actions);
      return judgePromises(state.log, "CUS-2041", "Priya").find((v) => v.promise.kind === "record_update")!;
    };
    expect(verdict([claim]).status).toBe("untrue");
    expect(
      verdict([claim, { type: "update_preferences", customerRef: "CUS-2041", preferredChannel: "email" }])
        .status,
    ).toBe("kept");
  });
});

describe("a remedy said done in the customer's terms ('your refund has gone through')", () => {
  const kinds = (text: string) =>
    findPromises(text)
      .filter((p) => p.kind === "refund" || p.kind === "replacement")
      .map((p) => [p.kind, p.done]);

  it.each([
    ["Good news: your refund of £44.99 has already gone through.", "refund"],
    ["Your refund went through at lunchtime, so keep an eye on your statement.", "refund"],
    ["Your refund has now cleared, Priya.", "refund"],
    ["Your replacement went out first thing by tracked courier.", "replacement"],
  ])("said done: %j", (text, kind) => {
    expect(kinds(text)).toEqual([[kind, true]]);
  });

  it.each([
    ["Your refund will go through as soon as the courier has collected it.", [["refund", false]]],
    ["Has your refund gone through yet?", []],
    ["Your refund hasn't gone through yet, I'm sorry to say.", []],
    ["Your previous refund went through back in March.", []],
  ])("not said done: %j", (text, want) => {
    expect(kinds(text)).toEqual(want);
  });

  it("said done with nothing issued is untrue, and she says so at submission", () => {
    const kettle = loadScenarioFile("complaint-faulty-kettle");
    const told: LearnerAction = {
      type: "send_message",
      customerRef: "CUS-2041",
      channel: "email",
      subject: "Your kettle",
      text: "Dear Priya,\n\nI'm sorry about the Aurora. Your refund of £44.99 has already gone through to your Visa.\n\nMo",
    };
    const { state } = play(kettle, [told]);
    expect(
      judgePromises(state.log, "CUS-2041", "Priya").find((v) => v.promise.kind === "refund")?.status,
    ).toBe("untrue");
    const { atSubmission } = submitted(kettle, [told]);
    expect(saidBy(atSubmission, "engine:untrue-remedy")).toHaveLength(1);
    const kept = play(kettle, [KETTLE_REFUND, told]);
    expect(
      judgePromises(kept.state.log, "CUS-2041", "Priya").find((v) => v.promise.kind === "refund")?.status,
    ).toBe("kept");
  });
});
