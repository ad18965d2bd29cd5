import { describe, expect, it } from "vitest";
import { type CustomerOutcome, satisfactionNote } from "./customer-outcome";

const outcome = (over: Partial<CustomerOutcome>): CustomerOutcome => ({
  customerRef: "CUS-1",
  name: "Helen Carter",
  mood: 0,
  moodLabel: "neutral",
  csat: 3,
  nps: 6,
  npsCategory: "detractor",
  churnRisk: "medium",
  quote: "",
  flags: [],
  ...over,
});

describe("satisfactionNote", () => {
  // The lesson run: a subject access request and a new subscriber were both called "a complaint".
  it("does not call every contact a complaint", () => {
    const note = satisfactionNote([outcome({})]);
    expect(note).toMatch(/Helen Carter rates the contact 3\/5 and 6\/10/);
    expect(note).not.toMatch(/A complaint handled well/);
  });
});
