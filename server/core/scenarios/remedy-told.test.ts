/**
 * A remedy done on the system and never told to the customer keeps a Distinction out of reach (the S of
 * LASS is telling them what you have done), without costing learners who tell it in their own words.
 */
import { describe, expect, it } from "vitest";
import { playthroughFile } from "./test-support";

const REMEDY_WORDS = /refund|£|replacement|card/i;

describe("a remedy nobody told the customer about", () => {
  const { actions, run } = playthroughFile("complaint-model.yaml");
  const withText = (f: (t: string) => string) =>
    actions.map((a) => (a.type === "send_message" ? { ...a, text: f(a.text) } : a));

  it("caps the kettle model at Merit when every sentence about the refund is taken out, and says why", () => {
    const unsaid = run(
      withText((t) =>
        t
          .split(/(?<=[.!?])\s+/)
          .filter((s) => !REMEDY_WORDS.test(s))
          .join(" "),
      ),
    );
    expect(unsaid.remediesNotTold).toEqual(["a refund of £44.99 for Priya Shah"]);
    expect(unsaid.band).toBe("Merit");
    expect(unsaid.bandNotes.join(" ")).toMatch(
      /You issued a refund of £44\.99 for Priya Shah, but no message told them/,
    );
  });

  it("leaves the model answer, and the refund told in a learner's own spelling, alone", () => {
    expect(run(actions).remediesNotTold).toBeUndefined();
    const misspelt = run(withText((t) => t.replaceAll("refund", "refnd").replaceAll("£44.99", "the money")));
    expect(misspelt.remediesNotTold).toBeUndefined();
    expect(misspelt.band).toBe("Distinction");
  });

  it("says nothing about a customer the learner never wrote to (the message criteria mark that)", () => {
    const silent = run(actions.filter((a) => a.type !== "send_message"));
    expect(silent.remediesNotTold).toBeUndefined();
  });
});
