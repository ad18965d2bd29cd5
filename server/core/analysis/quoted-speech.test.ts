import { describe, expect, it } from "vitest";
import { analyseMessage, explainMessage } from "./analyse-message";
import { IS_RESPECT_BREACH } from "./label-names";
import { attributedQuotes } from "./quoted-speech";

const breaches = (text: string) => analyseMessage(text).labels.filter((l) => IS_RESPECT_BREACH.has(l));
const quotes = (text: string) => attributedQuotes(text).map((q) => text.slice(q.start, q.end));

describe("the customer's own words, quoted (session 47)", () => {
  it("finds quotations given to the customer or another speaker, marks included", () => {
    expect(quotes("Caller said 'you're all useless' and rang off.")).toEqual(["'you're all useless'"]);
    expect(quotes('Mrs Osei wrote: "worst shop I have ever used". Apologised.')).toEqual([
      '"worst shop I have ever used"',
    ]);
    expect(quotes("Cust livid, said 'don't fob me off again'.")).toEqual(["'don't fob me off again'"]);
    expect(quotes("In her words, 'a total shambles'.")).toEqual(["'a total shambles'"]);
    // no speaker, or the learner's own side
    expect(quotes('Your "faulty" kettle.')).toEqual([]);
    expect(quotes("I said 'read the leaflet'.")).toEqual([]);
    expect(quotes("As they say, 'the customer is always wrong'.")).toEqual([]);
    expect(quotes("My manager said 'she's a time-waster'.")).toEqual([]);
    expect(quotes("As my colleague put it, 'she's a right time-waster'.")).toEqual([]);
  });

  it("a note or reply recording her harsh words is not the learner's disrespect", () => {
    for (const honest of [
      "Cust rang back, said 'you people are clueless'. Stayed calm, rebooked the engineer for Tuesday.",
      "He called me 'a useless jobsworth'. Ended the call after one warning.",
      "Customer asked 'are you even listening?' Apologised and read her details back.",
      "You wrote that we're 'a bunch of cowboys', and after three failed repairs I can see why.",
      'Mr Patel said "stop moaning at me about the returns policy" and hung up.',
    ])
      expect(breaches(honest), honest).toEqual([]);
    expect(
      explainMessage("Customer said 'you lot are hopeless'.").suppressed.some((m) =>
        m.reason.includes("quoted"),
      ),
    ).toBe(true);
  });

  it("the learner's own remark stays a remark, inside quotation marks or outside them", () => {
    for (const rude of [
      "Customer said 'it just stopped', but she clearly dropped it.",
      "I told her 'calm down, love'.",
      "As my colleague put it, 'she's a right time-waster'.",
      "Customer was moaning again, said 'it's still broken'.",
      'Your "broken" kettle works perfectly, funnily enough.',
    ])
      expect(breaches(rude).length, rude).toBeGreaterThan(0);
  });

  it("stays linear on many openings with no closing mark", () => {
    const text = `${"Customer said ".repeat(3000)}'`;
    const t0 = process.cpuUsage();
    attributedQuotes(text);
    const ms = (process.cpuUsage(t0).user + process.cpuUsage(t0).system) / 1000;
    expect(ms).toBeLessThan(500);
  });
});

describe("names and reported accounts are not disparagement (session 47)", () => {
  it("Karen as the customer's name is her name; the slur is still read", () => {
    expect(breaches("Hi Karen, sorry your kettle leaked. I've refunded you.")).toEqual([]);
    expect(breaches("Spoke to Karen Hughes about her order; she's happy now.")).toEqual([]);
    expect(breaches("Cust went full Karen over a 20p postage difference.")).toContain("dismissive");
    expect(breaches("Typical Karen behaviour on the phone again.")).toContain("dismissive");
  });

  it("what she told us she did is a record; our own verdict is blame", () => {
    expect(breaches("Customer said he dropped the grinder. Damage not covered; quoted repair.")).toEqual([]);
    expect(breaches("Cust told us she dropped it on the tiles, so we quoted a repair.")).toEqual([]);
    expect(breaches("Customer obviously dropped the grinder.")).toContain("blame");
    expect(breaches("He dropped the grinder and now wants a freebie.")).toContain("blame");
  });
});
