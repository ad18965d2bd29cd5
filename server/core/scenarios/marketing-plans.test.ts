import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { notePlansMarketing } from "./marketing-plans";
import { actionMatches } from "./matching";
import { loadScenarioFile, play } from "./test-support";

describe("a note that plans marketing later (red-team round 24 B, win-back-r24-keith-new-year-note)", () => {
  it("reads a plan to send or offer marketing later", () => {
    for (const t of [
      "Off the list for now. Worth sending him the 15% win-back code in the new year: a new-year offer might tempt him back.",
      "Try her again in spring with free delivery for three months.",
      "Send him the 10% welcome-back code next campaign.",
      // Held out (written before the patterns were run): other words of the same kind.
      "Removed for now, but worth offering her 15% off once the new range lands.",
    ])
      expect(notePlansMarketing(t)).toBe(true);
  });

  it("does not read the removal, a past offer, or marketing ruled out", () => {
    for (const t of [
      "Asked by email this morning to be removed from the mailing list and to have his details removed. No marketing.",
      "Offered 15% off by email last month, before he asked to be removed.",
      "Do not send him any offers or discount codes: objected to all marketing.",
      "Win-back: David left because of three late deliveries. Apologised and explained the move to Royal Mail Tracked 48.",
      "Erasure request passed to the data protection team; reply due within one month.",
    ])
      expect(notePlansMarketing(t)).toBe(false);
  });
});

describe("on the record: a note planning marketing for someone who objected (runtime.ts)", () => {
  const winBack = loadScenarioFile("win-back-lapsed-customers");
  const note = (customerRef: string, text: string): LearnerAction => ({
    type: "add_note",
    customerRef,
    text,
  });
  // The match ASK-redB-1 proposes for win-back's marketing-consent and loyalty's marketing-lawful.
  const planned = (a: LearnerAction) =>
    actionMatches(
      { action: ["add_note"], promotes: true, marketingLawful: false },
      play(winBack, [a]).state.log.at(-1)!,
    );

  it("reads Keith's plan (he asked this morning to be removed) and Omar's (he refused all marketing)", () => {
    expect(planned(note("CUS-4112", "Worth sending him the 15% win-back code in the new year."))).toBe(true);
    expect(planned(note("CUS-4104", "Try him again in spring with 15% off his next order."))).toBe(true);
  });

  it("does not read his removal recorded, or the same plan for a customer who may be marketed", () => {
    expect(
      planned(
        note(
          "CUS-4112",
          "Asked by email this morning to be removed from the mailing list and to have his details removed. No marketing.",
        ),
      ),
    ).toBe(false);
    // Helen consented to email: a plan to write to her again is not unlawful.
    expect(planned(note("CUS-4101", "Worth sending her the 15% win-back code in the new year."))).toBe(false);
  });
});
