import { describe, expect, it } from "vitest";
import { otherGoodsDemanded } from "./partial-rejection";
import { R24_PROBES } from "./refund-conditions-r24-probes";

describe("otherGoodsDemanded: the refund made to wait on goods that conform (red-team round 24 A)", () => {
  it("reads the per-order rule of complaint-r24-whole-order-back", () => {
    expect(
      otherGoodsDemanded(
        "Refunds are processed per order rather than per item, so for me to put the money back, everything on ORD-10234 needs to come back to us, the toaster included.",
      ),
    ).toHaveLength(1);
  });

  it("reads the tuning half of the probes both ways (odd ids are held out)", () => {
    for (const p of R24_PROBES.filter((x) => x.reader === "partial" && x.id % 2 === 0))
      expect(otherGoodsDemanded(p.text).length > 0, p.text).toBe(p.caught);
  });

  it("leaves the faulty item's own return and a choice to send more", () => {
    expect(otherGoodsDemanded("The courier will collect the faulty kettle when it suits you.")).toEqual([]);
    expect(
      otherGoodsDemanded("If you want to send the whole order back, you can do that within 14 days."),
    ).toEqual([]);
  });
});
