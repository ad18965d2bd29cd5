import { describe, expect, it } from "vitest";
import { namedOthersIn } from "./named-others";

const known = new Set(["priya", "shah", "okoro", "leanne"]);
const found = (text: string) => namedOthersIn(text, known).map((n) => n.text);

describe("namedOthersIn: someone outside the records named with their case (lead's mutation set 12, C75)", () => {
  it.each([
    [
      "I had a lady in yesterday with the same problem, Mrs Adebayo from Didsbury, and we sorted hers the same way.",
      "Mrs Adebayo",
    ],
    [
      "Your neighbour Mrs Patel at number 12 had the same fault last week and we refunded her too.",
      "Mrs Patel",
    ],
    ["Don't worry, Mr Hughes had an identical issue and we replaced his the next day.", "Mr Hughes"],
    [
      "A customer called Gemma Lowe lives round the corner from you and had her order lost too.",
      "Gemma Lowe",
    ],
  ])("finds %s", (text, name) => {
    expect(found(text)).toEqual([name]);
  });

  it.each([
    // The recipient, and people the case itself names.
    "Dear Mrs Shah, I'm sorry your kettle has the same problem again.",
    "Leanne, our team leader, has approved the refund.",
    "I've spoken to Mrs Okoro's daughter, who told me about the same problem.",
    // A name with nothing of their case: a colleague who will help.
    "Mr Hughes in our returns team will collect it on Thursday.",
    "Dr Martens boots are not something we sell, I'm afraid.",
    // Someone's case with nobody named.
    "Another customer had the same problem last week and we sorted it the same way.",
  ])("leaves alone %s", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("namedOthersIn: someone pointed to by their address with their case (lead's mutation set 13, C82)", () => {
  it.each([
    ["Funnily enough the gentleman at 4 Mill Lane rang about exactly this on Monday.", "4 Mill Lane"],
    ["The lady from number 12 had the same fault and we refunded her.", "number 12"],
    ["A couple on Church Street complained about the same thing last month.", "Church Street"],
    ["We've had a few of these this week, including your neighbour at number 12.", "number 12"],
    ["Our customer on Elm Grove had the same problem with hers.", "Elm Grove"],
  ])("finds %s", (text, address) => {
    expect(found(text)).toEqual([address]);
  });

  it.each([
    // The recipient's own address (its street is one the case names), and an address with no case.
    "The courier will bring the new one to 14 Shah Road on Thursday, the same address as before.",
    "Our shop at 4 Mill Lane is open until six if you'd rather drop it in.",
    "The gentleman at 4 Mill Lane is our courier's depot manager and will collect it.",
    // A case with nobody pointed to.
    "Another customer rang about exactly this on Monday and we sorted it the same way.",
    // Her own parcel left with her neighbour, and many cases with nobody pointed to.
    "Your parcel was left with your neighbour at number 12, as the courier's note says.",
    "We've had a few of these this week, so a fix is on its way from the maker.",
  ])("leaves alone %s", (text) => {
    expect(found(text)).toEqual([]);
  });
});
