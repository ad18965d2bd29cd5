/**
 * Empathy in the words learners use for it (session 45): hearing or telling how she feels, strong everyday feeling
 * words ("fuming", "gutted"), a ruined start to her week, what the order meant to her. Round 29's
 * repeat-fault-r29-talks-it-through ("I can hear how fed up you are") was not read as empathy. Both ways.
 */
import { describe, expect, it } from "vitest";
import { analyseMessage } from "./analyse-message";

describe("empathy as learners write it", () => {
  it.each([
    "I can hear how fed up you are with it.",
    "I can tell how frustrated you are, Mrs Patel.",
    "I can sense how worried you are about the deposit.",
    "Honestly, I'd be livid too.",
    "I'd be gutted if that happened to my order.",
    "What a horrible start to your weekend.",
    "I know how much you were looking forward to the new grinder.",
    "We realise how much you rely on your morning coffee.",
  ])("reads %s as empathy", (text) => {
    expect(analyseMessage(text).labels).toContain("empathy");
  });

  it.each([
    "I can tell how to fix it from the photo.",
    "I can hear you fine now, thanks.",
    "What a horrible kettle design that was, so we've changed supplier.",
    "The machine was fuming and smoking when it stopped, you said.",
    "I know how much the grinder costs: £89.",
  ])("leaves %s without empathy", (text) => {
    expect(analyseMessage(text).labels).not.toContain("empathy");
  });
});
