import { describe, expect, it } from "vitest";
import { misplacedApologies } from "./apology-object";
import { S42_APOLOGY_LOOKALIKES, S42_APOLOGY_PROBES } from "./obligations-s42-probes";
import { loadScenarioFile } from "./test-support";

/**
 * Probes written after the reader's first draft and before it was run on any of them (session 41, redA): each
 * customer's own problem apologised for must not be read; a stock problem the case never had must be. Odd
 * numbers tune, even numbers were held out at first read (README "Session 41": first read, then after tuning).
 */
const WHO = {
  tom: ["public-review-chatbot-loop", 0],
  priya: ["complaint-faulty-kettle", 0],
  aisha: ["internal-customer-lost-parcel", 0],
  linda: ["complaint-repeat-fault-call", 0],
  ravi: ["complaint-returns-desk", 0],
  joanne: ["complaint-returns-desk", 1],
} as const;
const evidenceOf = (who: keyof typeof WHO) => {
  const [id, i] = WHO[who];
  return loadScenarioFile(id).contacts[i]!.evidence;
};
const read = (who: keyof typeof WHO, text: string) =>
  misplacedApologies(text, evidenceOf(who)).map((m) => m.family);

const APOLOGY_PROBES: [number, keyof typeof WHO, string][] = [
  [1, "tom", "We're sorry your order didn't arrive as expected. We have now processed a refund."],
  [2, "tom", "Apologies that your parcel was delayed in the post."],
  [3, "priya", "I'm so sorry you were charged twice for your kettle."],
  [4, "linda", "Sorry the machine arrived damaged, that's not what we want for you."],
  [5, "tom", "I do apologise that your coffee maker has stopped working."],
  [6, "joanne", "So sorry you were sent the wrong item, Joanne."],
  [7, "aisha", "I'm sorry you were overcharged on your grinder order."],
  [8, "ravi", "We apologise for the double payment on your account."],
];
const APOLOGY_LOOKALIKES: [number, keyof typeof WHO, string][] = [
  [1, "tom", "I'm so sorry you were charged twice, and that Bean Bot went round in circles."],
  [2, "aisha", "I'm really sorry your grinder hasn't arrived, especially with the birthday on Saturday."],
  [3, "priya", "I'm sorry your kettle stopped working after only twelve days."],
  [4, "tom", "Sorry for the delay in getting back to you, Tom."],
  [5, "linda", "I'm so sorry it has let you down again, after the repair."],
  [6, "ravi", "Sorry for the trouble, Ravi."],
  [7, "joanne", "I'm sorry the frother has stopped heating again."],
  [8, "tom", "You wrote \"sorry your order didn't arrive\" was all the bot said; I'm sorry it looped."],
];

describe("misplacedApologies: an apology for a problem this customer never had (issue 8 item 2)", () => {
  it.each(APOLOGY_PROBES.filter(([n]) => n % 2 === 1))("probe %i (%s) is read: %s", (_n, who, text) => {
    expect(read(who, text).length).toBe(1);
  });
  it.each(APOLOGY_LOOKALIKES)("look-alike %i (%s) is not: %s", (_n, who, text) => {
    expect(read(who, text)).toEqual([]);
  });
  it("names the family and the words, and reads nothing without evidence", () => {
    const [m] = misplacedApologies(
      "We're sorry your order didn't arrive as expected. We have now processed a refund.",
      evidenceOf("tom"),
    );
    expect(m?.family).toBe("delivery");
    expect(m?.problem).toBe("didn't arrive");
    expect(misplacedApologies("We're sorry your order didn't arrive.", undefined)).toEqual([]);
  });
});

describe("session 42: damage in transit and the wrong goods, to customers whose goods broke or 'went wrong'", () => {
  // Session 41's held-out probes 4 (Linda, "arrived damaged") and 6 (Joanne, "the wrong item") were missed; the
  // two families' own words are now damage words and wrong goods, not "broke" and "wrong" (tuning now).
  it.each(APOLOGY_PROBES.filter(([n]) => n % 2 === 0))(
    "session 41 probe %i (%s) is read: %s",
    (_n, who, text) => {
      expect(read(who, text).length).toBe(1);
    },
  );
  it.each(S42_APOLOGY_PROBES.filter(([n]) => n % 2 === 1))("probe %i (%s) is read: %s", (_n, who, text) => {
    expect(read(who, text).length).toBe(1);
  });
  it.each(S42_APOLOGY_LOOKALIKES)("look-alike %i (%s) is not: %s", (_n, who, text) => {
    expect(read(who, text)).toEqual([]);
  });
});
