import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { stockLines } from "./stock-lines";
import { criterionAfter, loadScenarioFile, play } from "./test-support";

describe("stock lines (stock-lines.ts)", () => {
  it.each([
    [
      "Being one of our treasured Crema One customers, it's lovely to have you with us.",
      "Being one of our treasured Crema One customers",
    ],
    [
      "Your continued custom really means so much to the team.",
      "Your continued custom really means so much to the team",
    ],
    [
      "Customer happiness will always be our number-one priority.",
      "Customer happiness will always be our number-one priority",
    ],
    [
      "We truly appreciate your loyal support over the years.",
      "We truly appreciate your loyal support over the years",
    ],
    [
      "At Hearth & Bean we pride ourselves on great coffee",
      "At Hearth & Bean we pride ourselves on great coffee",
    ],
    ["You're really valued to us here", "You're really valued to us here"],
    ["We value each and every customer.", "We value each and every customer"],
    [
      "We're dedicated to delivering a first-class experience to you",
      "We're dedicated to delivering a first-class experience to you",
    ],
  ])("reads %j as a stock line", (text, line) => {
    expect(stockLines(text).map((l) => l.text)).toEqual([line]);
  });

  it.each([
    "I know a 1kg bag means a lot of coffee for one person.",
    "Getting your order right is my priority this morning.",
    "Thanks for all your Espresso Roast orders over the last year.",
    "You've been ordering the House Blend since the spring, and I noticed the gaps getting longer.",
    "Your Crema One deserves fresh beans, so a smaller bag might suit you better.",
  ])("does not read %j as a stock line", (text) => {
    expect(stockLines(text)).toEqual([]);
  });

  it("reads only the stock clause of a sentence that also says something of the customer's own", () => {
    const text = "We value all our customers, and I saw your Crema One is due its first descale.";
    expect(stockLines(text).map((l) => l.text)).toEqual(["We value all our customers"]);
  });
});

describe("personalised (loyalty): a record fact inside a stock line is not personal", () => {
  const loyalty = loadScenarioFile("loyalty-silent-defection");
  const send = (customerRef: string, channel: "email" | "sms", text: string): LearnerAction => ({
    type: "send_message",
    customerRef,
    channel,
    text,
  });
  const priya = send(
    "CUS-8101",
    "email",
    "Hi Priya, it's Jo at Hearth & Bean. Your Crema One has had the Espresso Roast every month for over a year, and I noticed the last few orders came further apart. Is the 1kg bag still right for you? You'd get double points on your next order. If you'd rather not hear from us, just reply and let us know.",
  );
  const hassan = send(
    "CUS-8102",
    "sms",
    "Hi Hassan, Jo from Hearth & Bean. Your House Blend subscription has been paused a while. Restart and delivery is free for three months. Reply STOP to opt out.",
  );
  const tomStock = send(
    "CUS-8103",
    "email",
    "Dear Tom, being one of our treasured House Blend customers, you are so important to us. Customer happiness will always be our number-one priority, so here's 10% off your next order. If you'd rather not receive offers, just reply and tell us.",
  );
  const tomOwn = send(
    "CUS-8103",
    "email",
    "Dear Tom, you used to pick up a bag of House Blend every couple of months with your kitchen bits, and it's been a while. Here's 10% off your next order. If you'd rather not receive offers, just reply and tell us.",
  );

  it("is partly when one customer's record appears only inside stock lines, and says so", () => {
    const c = criterionAfter(loyalty, [priya, hassan, tomStock], "personalised");
    expect(c.status).toBe("partly");
    expect(c.detail).toMatch(/Missed: Tom/);
    expect(c.detail).toMatch(/only inside stock lines \("being one of our treasured House Blend customers"/);
  });

  it("is met when the same fact is said in the learner's own sentence", () => {
    expect(criterionAfter(loyalty, [priya, hassan, tomOwn], "personalised").status).toBe("met");
  });

  it("still lets the customer see her product named: Priya answers a stock email that names her beans", () => {
    const stockPriya = send(
      "CUS-8101",
      "email",
      "Dear Priya, as a valued Espresso Roast customer, we truly appreciate your loyal support. Here's double points on your next order. If you'd rather not hear from us, just reply and let us know.",
    );
    const { state } = play(loyalty, [stockPriya]);
    expect(state.contacts["CUS-8101"]?.flags).toContain("reason_given");
    expect(criterionAfter(loyalty, [stockPriya, hassan, tomOwn], "personalised").status).toBe("partly");
  });
});
