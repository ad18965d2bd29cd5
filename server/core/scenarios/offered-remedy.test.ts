import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { findPromises } from "./promises";
import { criterionAfter, KETTLE_REFUND, loadScenarioFile } from "./test-support";

// Issue 8 item 3 (words against actions): a remedy offered in the second person and taken on in the first
// ("you can have a full refund… I will arrange that now") was read as no promise at all, so an attempt that
// issued nothing kept "Did what your messages said you would" met. Fresh sentences, written for these tests.

const remedies = (text: string) =>
  findPromises(text)
    .filter((p) => p.kind === "refund" || p.kind === "replacement" || p.kind === "repair")
    .map((p) => [p.kind, p.done, p.immediate === true]);

describe("a remedy offered to her and taken on by the learner is a promise of it", () => {
  it.each([
    ["Good news, Mrs Shah: you can have all your money back… I'll get that done now.", "refund", false, true],
    [
      "You'll get a full refund for the frother. I'll sort that straight away for you.",
      "refund",
      false,
      true,
    ],
    ["We can give you a complete refund, and I'll put it through this morning.", "refund", false, false],
    ["You're getting a brand-new kettle, and I'll see to it personally today.", "replacement", false, false],
    ["You can have a free repair on the grinder. I will arrange it right away.", "repair", false, true],
    ["You can get a replacement sent out. I've already organised that for you.", "replacement", true, false],
    // "which" opening a relative clause is no choice put to her.
    [
      "The kettle, which failed in its second week, means you can have a refund. I'll arrange that now.",
      "refund",
      false,
      true,
    ],
    // The commitment as a relative clause straight after the offer (lead, session 46).
    ["You can have a full refund, which I'll arrange now.", "refund", false, true],
    ["You'll get a new kettle, which we'll send out today.", "replacement", false, false],
  ])("%j", (text, kind, done, immediate) => {
    expect(remedies(text)).toEqual([[kind, done, immediate]]);
  });
});

describe("near misses stay no promise", () => {
  it.each([
    // A choice left to her: nothing is promised until she picks one.
    "You can have a refund or a replacement, so just say which you'd like and I'll arrange that.",
    "You can have a refund or a new kettle — which one suits you best?",
    "You can have your money back or a replacement. Let me know and I'll sort it.",
    // A condition on the offer or on the commitment.
    "If the light still flickers after a descale, you can have a refund.",
    "If the kettle is still dead tomorrow, you can have a full refund. I'll arrange that.",
    "You can have a refund. Once you've sent me the order number, I'll get that done.",
    // A question, a negation, and rights told with no commitment.
    "You can have a full refund. Shall I go ahead and arrange that?",
    "I'm sorry, but you can't have a refund for a kettle bought two years ago. I'll arrange a call instead.",
    "You're entitled to a refund under the Consumer Rights Act, as it failed within 30 days.",
    "You can have a refund. I'll also send you a short survey afterwards.",
    "You can have a refund or a replacement, which I'll arrange once you choose.",
    "You can have a refund, which you'll see in three to five days.",
  ])("%j", (text) => {
    expect(remedies(text)).toEqual([]);
  });
});

describe("judged against what was done (complaint scenario, words-match-actions)", () => {
  const kettle = loadScenarioFile("complaint-faulty-kettle");
  const reply = (text: string): LearnerAction => ({
    type: "send_message",
    customerRef: "CUS-2041",
    channel: "email",
    subject: "Your kettle",
    text,
  });
  const refund = KETTLE_REFUND;
  const consistency = (actions: LearnerAction[]) => criterionAfter(kettle, actions, "words-match-actions");
  const promised =
    "Hi Priya,\n\nI'm so sorry the Aurora gave up on you after less than a fortnight. You can have your money back in full… I'll get that done for you now.\n\nAlex";

  it("is not met when nothing was issued, with the promise and the missing refund both shown", () => {
    const c = consistency([{ type: "view_record", customerRef: "CUS-2041" }, reply(promised)]);
    expect(c.status).toBe("not_met");
    expect(c.detail).toContain("no refund was issued before you submitted");
    expect(c.evidence.some((e) => e.spans?.some((s) => s.text.includes("I'll get that done")))).toBe(true);
    expect(c.evidence.map((e) => e.summary)).toContain(
      "What you did: no refund was issued before you submitted.",
    );
  });

  it("is met when the refund follows the message", () => {
    const c = consistency([{ type: "view_record", customerRef: "CUS-2041" }, reply(promised), refund]);
    expect(c.status).toBe("met");
  });

  it("a refund promised for now in so many words, none issued, is not met too; with no time named it stays partly", () => {
    const now = "Hi Priya,\n\nSo sorry about the kettle. I'll put your refund through straight away.\n\nAlex";
    const later =
      "Hi Priya,\n\nSo sorry about the kettle. I'll arrange a refund of the £44.99 for you.\n\nAlex";
    expect(consistency([{ type: "view_record", customerRef: "CUS-2041" }, reply(now)]).status).toBe(
      "not_met",
    );
    expect(consistency([{ type: "view_record", customerRef: "CUS-2041" }, reply(later)]).status).toBe(
      "partly",
    );
  });

  it("stays met when she is only asked to choose, or the refund is offered on a condition", () => {
    for (const text of [
      "Hi Priya,\n\nI'm sorry it stopped working. You can have a refund or a replacement: which would you prefer? I'll sort whichever you pick.\n\nAlex",
      "Hi Priya,\n\nI'm sorry. If it still won't switch on after you reset it, you can have a full refund.\n\nAlex",
    ])
      expect(consistency([{ type: "view_record", customerRef: "CUS-2041" }, reply(text)]).status).toBe("met");
  });
});
