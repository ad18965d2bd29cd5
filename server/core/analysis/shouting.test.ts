import { describe, expect, it } from "vitest";
import { shoutedSpans } from "./shouting";

const shouts = (t: string) => shoutedSpans(t).map((s) => s.text);

describe("shoutedSpans: a sentence in capitals reads as shouting", () => {
  it.each([
    ["I HAVE ALREADY TOLD YOU THE REFUND IS ON ITS WAY", "I HAVE ALREADY TOLD YOU THE REFUND IS ON ITS WAY"],
    [
      "Hi Priya, I HAVE ALREADY TOLD YOU THE REFUND IS ON ITS WAY.",
      "I HAVE ALREADY TOLD YOU THE REFUND IS ON ITS WAY",
    ],
    ["I'm sorry, but YOU NEED TO READ THE EMAIL I SENT you yesterday.", "YOU NEED TO READ THE EMAIL I SENT"],
    ["YOUR ORDER ORD-10234 WAS DELIVERED ON MONDAY.", "YOUR ORDER ORD-10234 WAS DELIVERED ON MONDAY"],
    [
      "Dear Grace,\n\nWE DON'T OFFER REFUNDS ON OPENED BEANS.\n\nAlex",
      "WE DON'T OFFER REFUNDS ON OPENED BEANS",
    ],
    ["Dear Grace,\n\nWE’VE SENT IT TWICE NOW.", "WE’VE SENT IT TWICE NOW"],
  ])("%j shouts", (text, span) => {
    expect(shouts(text)).toEqual([span]);
  });

  it("offsets are the original text's", () => {
    const text = "Hello again. THIS IS THE LAST TIME I WILL SAY IT!";
    const [s] = shoutedSpans(text);
    expect(text.slice(s!.start, s!.end)).toBe("THIS IS THE LAST TIME I WILL SAY IT");
  });
});

describe("shoutedSpans: acronyms, codes, emphasis and headings are not shouting", () => {
  it.each([
    "Under PECR and the CRA, UK GDPR and DPA 2018 rules apply to your NPS survey.",
    "Your order ORD-10234 (SKU AK-17X, £2.50 P&P) ships today.",
    "Use code DAVID15 at checkout, or call 0800 123 4567.",
    "This is NOT acceptable, and I'm sorry.",
    "PLEASE DO NOT throw the box away.",
    "YOUR ORDER IS ON ITS WAY\n\nHi Priya, your kettle left our warehouse this morning.",
    "Subject: WE ARE SORRY ABOUT YOUR KETTLE\nHi Priya, I'm so sorry.",
    "RETURNS AND REFUNDS POLICY. 1. Scope. This policy applies to all goods.",
    "Best wishes,\nHEARTH & BEAN CUSTOMER SERVICES TEAM",
    "Email us at HELP@HEARTHANDBEAN.CO.UK or see HTTPS://HEARTHANDBEAN.CO.UK/RETURNS.",
    "I hope you enjoy the Aurora kettle. A",
  ])("%j does not shout", (text) => {
    expect(shouts(text)).toEqual([]);
  });
});
