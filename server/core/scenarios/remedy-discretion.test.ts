import { describe, expect, it } from "vitest";
import { R24_PROBES } from "./refund-conditions-r24-probes";
import { refundLeftToDecision } from "./remedy-discretion";

describe("refundLeftToDecision: a refund told as a decision still open (red-team round 24 A)", () => {
  it("reads the refunds panel of repeat-fault-r24-refunds-panel", () => {
    expect(
      refundLeftToDecision(
        "OK, a refund. Refunds on machines over £300 go to our refunds panel, who look at each one individually and decide whether it's approved. I've put yours forward today; they meet on Tuesdays, so you'll hear one way or the other by the end of next week.",
      ),
    ).toHaveLength(2);
  });

  it("reads the tuning half of the probes both ways (odd ids are held out)", () => {
    for (const p of R24_PROBES.filter((x) => x.reader === "discretion" && x.id % 2 === 0))
      expect(refundLeftToDecision(p.text).length > 0, p.text).toBe(p.caught);
  });

  it("leaves her own choice, a denied discretion and a check that does not touch the refund", () => {
    expect(
      refundLeftToDecision("You can decide whether you'd like the refund or a price reduction."),
    ).toEqual([]);
    expect(refundLeftToDecision("Nobody decides whether you get your refund: it's yours.")).toEqual([]);
    expect(
      refundLeftToDecision('Some shops say "refunds are at our discretion", but yours has gone through.'),
    ).toEqual([]);
  });
});
