import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { playthroughFile } from "./test-support";
import { unkeepablePledges } from "./unkeepable-claims";

const words = (text: string) => unkeepablePledges(text).map((p) => p.text);
const status = (report: { criteria: { id: string; status: string; detail: string }[] }, id: string) =>
  report.criteria.find((c) => c.id === id)!;

/** The model's actions with one message's text changed. */
function withText(actions: readonly LearnerAction[], from: string, to: string): LearnerAction[] {
  return actions.map((a) =>
    a.type === "send_message" && a.text.includes(from) ? { ...a, text: a.text.replace(from, to) } : a,
  );
}

describe("unkeepablePledges: promising what nobody can (red-team round 15 A)", () => {
  it("finds a promise that it will never happen again, and a guarantee of a time or a product's life", () => {
    expect(words("I can promise you this will never happen again.")).toEqual(["never happen again"]);
    expect(words("This won't happen again.")).toHaveLength(1);
    expect(
      words("And I promise nothing like this will ever happen to one of your orders again."),
    ).toHaveLength(1);
    expect(
      words("So it will be with you before 10am tomorrow, I guarantee it, in good time for Saturday."),
    ).toEqual(["before 10am"]);
    expect(words("I guarantee the next kettle you buy from us will last you for years.")).toEqual([
      "will last",
    ]);
  });

  it("not an effort, a hope, a negated or conditional pledge, a question, quoted words, or a time with no pledge", () => {
    expect(words("We'll do everything we can to make sure this never happens again.")).toEqual([]);
    expect(words("I hope nothing like this ever happens again.")).toEqual([]);
    expect(words("I can't promise it will never happen again, but I've reported the fault.")).toEqual([]);
    expect(words("If it ever happens again, just reply to this email.")).toEqual([]);
    expect(words("Has this happened again since the repair?")).toEqual([]);
    expect(words('You said "this will never happen again" last time, and I\'m sorry it did.')).toEqual([]);
    expect(words("The courier will text you a time slot; it should arrive before 10am tomorrow.")).toEqual(
      [],
    );
    expect(words("You won't need to send it off again.")).toEqual([]);
  });
});

describe("words-match-actions reads pledges and the card a refund is told to go to (round 15 A)", () => {
  it("a promise that it will never happen again is not met (cap Merit), in a scenario that opts in", () => {
    const { actions, run } = playthroughFile("complaint-model.yaml");
    const model = run(actions);
    expect(status(model, "words-match-actions").status).toBe("met");
    const pledged = run(
      withText(
        actions,
        "There's no need to send the faulty kettle back.",
        "There's no need to send the faulty kettle back. I can promise you this will never happen again.",
      ),
    );
    expect(status(pledged, "words-match-actions").status).toBe("not_met");
    expect(pledged.band).toBe("Merit");
  });

  it("the refund told as going to a card she did not pay with is untrue; her own card is not", () => {
    const { actions, run } = playthroughFile("returns-model.yaml");
    const wrong = run(withText(actions, "to your Mastercard today", "to your Visa card today"));
    const c = status(wrong, "words-match-actions");
    expect(c.status).toBe("not_met");
    expect(c.detail).toContain("Mastercard ending 7702");
    const digits = run(withText(actions, "to your Mastercard today", "to your card ending 4410 today"));
    expect(status(digits, "words-match-actions").status).toBe("not_met");
    const right = run(withText(actions, "to your Mastercard today", "to your Mastercard ending 7702 today"));
    expect(status(right, "words-match-actions").status).toBe("met");
    expect(run(actions).band).toBe("Distinction");
  });
});
