import { describe, expect, it } from "vitest";
import { blanketPayments } from "./blanket-payment";

// Round 27 B (redB): a recommendation that pays a whole group instead of fixing the cause. My own wordings.
describe("a blanket payment recommended", () => {
  it.each([
    "Send all our subscribers a tenner off their next bag so they stay with us.",
    "Add 500 bonus points to every account that uses the Reading depot.",
    "Offer free delivery for three months to each customer on the northern routes.",
    "Refund the delivery charge on every order this month as a goodwill gesture.",
    "Give everyone on a SwiftParcel postcode a £3 voucher and carry on as we are.",
  ])("reads %s", (text) => {
    expect(blanketPayments(text)).toHaveLength(1);
  });

  it.each([
    "Give a £5 credit to each customer whose parcel arrived late last month.",
    "Write to the five detractors with an apology and refund their delivery charges.",
    "No credit for everyone: Marcus should review SwiftParcel against the contract.",
    "Rather than a discount for all customers, trial a second courier on the worst routes.",
    "Review every SwiftParcel order from last month against the contract's on-time target.",
    "Offer goodwill to everyone affected by the late deliveries.",
    "Track the on-time rate for all parcels and report it monthly.",
  ])("leaves %s", (text) => {
    expect(blanketPayments(text)).toHaveLength(0);
  });
});
