import { describe, expect, it } from "vitest";
import { clockStartsOnOurSide } from "./sar-clock";

// Round 27 B (redB): the month said to start on our side. My own wordings, not the playthrough's.
describe("the month for a subject access request said to start on our side", () => {
  it.each([
    "The one-month period starts once the request has been assigned to a handler.",
    "Our clock starts when the privacy team opens your case, so allow a little extra time.",
    "The 30 days begin from the date our compliance officer approves the request.",
    "The deadline counts from when we start working on it, not before.",
    "Please note the month only runs once your request is processed by our data protection team.",
    "The time limit kicks in after someone in the data team gets round to it.",
  ])("reads %s", (text) => {
    expect(clockStartsOnOurSide(text)).toHaveLength(1);
  });

  it.each([
    "The month runs from the day we received your request, so you'll have it by 14 December.",
    "The one-month clock started today, when you asked in the chat.",
    "The month starts once you've confirmed who you are, which you have, so it started today.",
    "Our data team picks it up today and will send your copy by 14 December.",
    "Once our team has gathered everything, we'll email it to you.",
    "The month started when you asked, not when our team picks it up.",
    "Does the month start when your team opens it?",
    "The deadline is one calendar month from your request, whenever our team gets to it.",
  ])("leaves %s", (text) => {
    expect(clockStartsOnOurSide(text)).toHaveLength(0);
  });
});
