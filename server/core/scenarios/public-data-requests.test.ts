import { describe, expect, it } from "vitest";
import { publicDataRequests } from "./public-data-requests";

const asks = (text: string) => publicDataRequests(text).length > 0;

describe("publicDataRequests: a public reply asking the customer to post personal data (red-team rounds 16, 18 A)", () => {
  it("finds a request for an order number, email, postcode or phone number to be posted, in any frame", () => {
    expect(
      asks(
        "If you pop your order number and the email on your account in a comment below, I'll track it down and sort the refund today.",
      ),
    ).toBe(true);
    expect(asks("Could you reply here with the email address and postcode on your account?")).toBe(true);
    expect(asks("Please leave your phone number below and we'll call you.")).toBe(true);
    expect(asks("Just add your full name and order ref to this thread.")).toBe(true);
  });

  it("not a request sent somewhere private, negated, a private verb, or a detail that is not asked for", () => {
    expect(asks("Could you send us your order number by email?")).toBe(false);
    expect(asks("If you pop your order number in a DM, I'll track it down.")).toBe(false);
    expect(asks("Please email us at help@hearthandbean.co.uk with your order number.")).toBe(false);
    expect(asks("Could you send us your order number?")).toBe(false);
    expect(asks("Please don't post your order number or email address here.")).toBe(false);
    expect(asks("Please reply to the email I've sent to the address on your account.")).toBe(false);
    expect(asks("I've emailed you at the address on your account so we can put it right.")).toBe(false);
    expect(asks("Tom, I'm really sorry. I've emailed you so we can put it right today.")).toBe(false);
    expect(asks('You wrote "please reply with your order number" – sorry, we should have.')).toBe(false);
  });
});

describe("publicDataRequests: the ask in other frames, and the detail after 'with' (red-team round 20 D)", () => {
  it("finds 'would you be able to reply to this with your postcode' and 'are you able to…'", () => {
    expect(
      asks(
        "Would you be able to reply to this with your postcode and the name the account is under? Then I can find the payment straight away.",
      ),
    ).toBe(true);
    expect(asks("Are you able to leave your order number in the comments?")).toBe(true);
    expect(asks("Would you mind posting your email address under this review?")).toBe(true);
  });

  it("not a reply to an email with the detail, a private place, or a question about the reviewer's wishes", () => {
    expect(asks("Would you be able to reply to my email with your order number?")).toBe(false);
    expect(asks("Would you be able to reply to this with a time that suits you for a call?")).toBe(false);
    expect(asks("Would you be able to send your postcode to us by direct message?")).toBe(false);
    expect(asks("Would you be able to reply here to let us know the refund has arrived?")).toBe(false);
  });
});
