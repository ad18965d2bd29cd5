import { describe, expect, it } from "vitest";
import { remedyFeesIn } from "./remedy-fee";
import { REMEDY_FEE_R29_PROBES } from "./remedy-fee-r29-probes";

describe("remedyFeesIn: a charge for putting the goods right told as hers to pay (CRA 2015 s.23(2), s.20(8))", () => {
  it.each([
    // red-team round 29, returns-r29-ravi-diagnostic-charge
    "There's a £15 diagnostic charge for our engineer to assess it, which we'll refund if it turns out to be a manufacturing fault.",
    "We charge £20 to have the workshop look at it.",
    "It'll cost you £12 for the courier to collect it.",
    "You'll be charged a £10 handling fee for the return.",
    "The engineer's call-out is £25, payable when he arrives.",
    "A small assessment fee applies.",
    "There'll be a £9.99 bench-test fee, refunded if the fault's confirmed.",
    "there's a small fee for the engineer to check it over",
    "Return postage is £4.95, which comes off at the end.",
  ])("finds %s", (text) => {
    expect(remedyFeesIn(text)).toHaveLength(1);
  });

  it.each([
    "There's no charge for the repair, the collection or any postage.",
    "It won't cost you anything: we cover the courier both ways.",
    "Some shops charge a £15 inspection fee; we don't.",
    "We'll refund the £4.95 delivery charge as well.",
    "You were charged £11.50 twice on Saturday; the second charge is back on your Visa.",
    "There's a £3.95 delivery charge on orders under £20.",
    "Normally there's a £15 call-out charge, but not for a fault like this.",
    "I've waived the £15 inspection fee.",
    "The repair is free of charge, and so is the collection.",
    "No deduction has been made, whether for use, postage or any other reason.",
    "You asked whether there's a \"£15 inspection fee\": there isn't.",
    "The delivery charge you paid is on its way back to your Mastercard.",
  ])("leaves alone %s", (text) => {
    expect(remedyFeesIn(text)).toEqual([]);
  });
});

describe("round 29 probes (remedy-fee-r29-probes.ts): first read 3 of 8 caught, 0 of 6 accused; tuning since", () => {
  it.each(
    REMEDY_FEE_R29_PROBES.map((p) => [p.charged ? "finds" : "leaves alone", p.text, p.charged] as const),
  )("%s %s", (_, text, charged) => {
    expect(remedyFeesIn(text).length > 0).toBe(charged);
  });
});
