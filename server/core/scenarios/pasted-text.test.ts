import { describe, expect, it } from "vitest";
import { ECHO_RUN_WORDS, echoIn, isEcho } from "./pasted-text";
import { loadScenarioFile } from "./test-support";

const complaint = loadScenarioFile("complaint-faulty-kettle");

describe("words copied from what the learner was shown", () => {
  it("finds the customer's own sentences pasted back, with their place in the reply", () => {
    const text =
      'So you\'re saying: "The blue light flickers when I switch it on, and then nothing. I have checked the socket and the fuse in the plug and they are fine." I apologise for this.';
    const echo = echoIn(complaint, text);
    expect(echo.ranges).toHaveLength(1);
    const copied = text.slice(echo.ranges[0]!.start, echo.ranges[0]!.end);
    expect(copied.startsWith("The blue light flickers")).toBe(true);
    expect(copied.endsWith("they are fine")).toBe(true);
    expect(isEcho(echo)).toBe(true);
  });

  it("does not mistake a restatement in the learner's own words, or a short quotation, for copying", () => {
    const own =
      "The blue light flickers and then nothing happens, even after you checked the fuse, and you've been using a saucepan since.";
    expect(echoIn(complaint, own).ranges).toEqual([]);
    // A few of her words quoted inside the learner's own sentence are not a pasted sentence.
    const short = 'You told us "the blue light flickers" and then nothing happens.';
    expect(ECHO_RUN_WORDS).toBe(8);
    expect(echoIn(complaint, short).echoedWords).toBeLessThan(ECHO_RUN_WORDS);
  });

  it("finds a short sentence of hers copied whole, but not the learner's own short sentence", () => {
    const text = "Yesterday morning it simply stopped working. I'm so sorry about that.";
    const echo = echoIn(complaint, text);
    expect(echo.ranges.map((r) => text.slice(r.start, r.end))).toEqual([
      "Yesterday morning it simply stopped working",
    ]);
    expect(echoIn(complaint, "It stopped working yesterday morning, which is awful.").ranges).toEqual([]);
  });

  it("finds the scenario's brief or policy pasted as a reply", () => {
    const onboarding = loadScenarioFile("onboarding-new-subscriber");
    const text =
      "Subscription beans are roasted on Mondays and dispatched within 2 working days of roasting by Royal Mail Tracked 48.";
    expect(isEcho(echoIn(onboarding, text))).toBe(true);
  });
});
