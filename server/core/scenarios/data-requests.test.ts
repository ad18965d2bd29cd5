import { describe, expect, it } from "vitest";
import { unneededDataRequested } from "./data-requests";

describe("unneededDataRequested: asking for personal data nothing needs (UK GDPR Art 5(1)(c))", () => {
  it.each([
    [
      "Please reply with your date of birth and the long number on the Mastercard you paid with.",
      ["a date of birth", "a full card number"],
    ],
    [
      "To make sure it's really you, please type your postcode, your date of birth, your account password and the full long number on the card you paid with.",
      ["a password or PIN", "a full card number", "a date of birth"],
    ],
    ["Could you confirm the 3 digits on the back of your card?", ["a card security code"]],
    ["What's your password?", ["a password or PIN"]],
    ["I'll need a copy of your passport before I can do that.", ["an identity document"]],
    ["Just send over your sort code and account number and I'll refund it.", ["bank details"]],
    ["Can you give me your PIN so I can check?", ["a password or PIN"]],
    // Round 22 A (complaint-r22-bank-info-instead): bank details in plain words, a short form's full stop
    // inside the request, and the request as "email me".
    [
      "If it's easier, just email me your bank info (the account no. and the 6 digit branch code) and I'll transfer it across.",
      ["bank details", "bank details"],
    ],
    ["Text us your banking details and we'll pay it straight in.", ["bank details"]],
    ["Could you send over your IBAN so I can transfer the money?", ["bank details"]],
    ["Please reply with your bank account no. and sort-code.", ["bank details", "bank details"]],
  ])("finds: %s", (text, items) => {
    expect(
      unneededDataRequested(text)
        .map((r) => r.item)
        .sort(),
    ).toEqual([...items].sort());
  });

  it.each([
    "We will never ask for your password or your full card number.",
    "Please don't send your card number, date of birth or password by email.",
    "Could you tell me the last four digits of the card number you paid with?",
    "Please could you tell me your postcode and the order number of your most recent order?",
    "Your date of birth is not something we hold.",
    'Some companies ask "what is your password?", but we never do.',
    "You can change your password from your account page.",
    "Your refund goes back to your card, so we never need your bank info.",
    "Please don't email us your bank details: the refund goes back to the card you paid with.",
    "Please check your banking app in 3 to 5 working days.",
    "Please quote your order no. and I'll look it up.",
    "Email me if the money isn't in your bank account by Friday.",
  ])("leaves alone: %s", (text) => {
    expect(unneededDataRequested(text)).toEqual([]);
  });
});

describe("unneededDataRequested: asked for as what someone else wants (round 25 B)", () => {
  it("reads a team, they or we wanting or requiring it, and the item said to be needed", () => {
    for (const text of [
      "For the data team to release a full copy they'll also want a scan of your passport or driving licence.",
      "They'll also require a scan of your passport.",
      "We'd want to see your date of birth on the form as well.",
      "Your driving licence will also be required before we can send it.",
    ])
      expect(unneededDataRequested(text).length, text).toBeGreaterThan(0);
  });

  it("does not read it ruled out, a promise never to ask, an order number, or a rule in the negative", () => {
    for (const text of [
      "We don't need your passport for this.",
      "Nobody from our team will ever ask for your card number.",
      "The team will want your new address if you've moved.",
      "Your passport isn't something we need for this.",
      "A copy of your passport is not needed.",
    ])
      expect(unneededDataRequested(text), text).toEqual([]);
  });
});
