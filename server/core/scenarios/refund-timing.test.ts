import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { refundDelaysTold } from "./refund-timing";
import { playthroughFile } from "./test-support";

const told = (text: string) => refundDelaysTold(text).map((d) => d.days);

describe("refundDelaysTold: a refund's timing told beyond CRA 2015 s.20(15) (red-team round 15 A)", () => {
  it("finds 30 days, a month or six weeks given for paying a refund", () => {
    expect(
      told(
        "By law we have 30 days to process a refund, so please allow up to 30 days for the money to reach your account.",
      ),
    ).toEqual([30, 30]);
    expect(
      told("By law we've got up to 30 days to get a refund back to you, so it could take up to a month."),
    ).toEqual([30, 30]);
    expect(told("Refunds can take up to six weeks to be processed.")).toEqual([42]);
    expect(told("Your refund will be paid within 28 working days.")).toEqual([40]);
    expect(told("Please allow twenty-eight days for your refund to be processed.")).toEqual([28]);
  });

  it("not a period within the limit, a period that dates something else, a question, a negation or quoted words", () => {
    expect(told("I've refunded £44.99; it should show in 3 to 5 working days.")).toEqual([]);
    expect(told("The refund will reach your account within 5 working days.")).toEqual([]);
    expect(told("We'll process your refund within 14 days, usually much sooner.")).toEqual([]);
    expect(
      told("As it was delivered less than 30 days ago, you're entitled to reject it for a full refund."),
    ).toEqual([]);
    expect(told("You can reject it for a full refund within 30 days of delivery.")).toEqual([]);
    expect(told("You have 30 days to reject a faulty item for a full refund.")).toEqual([]);
    expect(told("Will the refund take 30 days to reach me?")).toEqual([]);
    expect(told("It won't take 30 days for the refund to reach you: it's done today.")).toEqual([]);
    expect(told('Some shops say "allow up to 30 days for your refund to be processed".')).toEqual([]);
  });

  it("not where the customer stands in the 30 days, however the sentence goes on (round 16 A)", () => {
    expect(
      told(
        "You are within 30 days so you can have a full refund, I have done this today, £44.99 back to your Visa debit card, it takes 3 to 5 working days.",
      ),
    ).toEqual([]);
    expect(told("You're still within the 30 days, so I've refunded the full £44.99 to your card.")).toEqual(
      [],
    );
    expect(told("As it's well within 30 days, your refund has been processed today.")).toEqual([]);
    // A duration for the refund itself is still read, whoever the subject is.
    expect(told("You'll get your money back within 30 days.")).toEqual([30]);
    expect(told("Refunds are processed within 30 days.")).toEqual([30]);
  });
});

describe("refundDelaysTold: the refund named, its timing told in the next sentence (red-team round 21 C)", () => {
  it("finds 'It can take up to 30 days' after a sentence that names the refund", () => {
    expect(
      told(
        "As its under 30 days you are entitled to your money back so I have done a full refund of £44.99 to your card. It can take up to 30 days to go back on your card.",
      ),
    ).toEqual([30]);
    expect(told("I've refunded the £44.99. This may take up to a month to show on your statement.")).toEqual([
      30,
    ]);
    expect(told("Your refund has been processed. It'll take 28 days to reach your account.")).toEqual([28]);
  });

  it("not when the sentence before named no refund, the period is within the limit, or it is the customer's standing", () => {
    expect(
      told("I've sent you a new kettle today. It can take up to 30 days to go back on our system."),
    ).toEqual([]);
    expect(told("I've done a full refund to your card. It should show in 3 to 5 working days.")).toEqual([]);
    expect(
      told("I've done your refund. It's well within 30 days of delivery, so there's no problem."),
    ).toEqual([]);
    expect(told("I've done a full refund. It won't take 30 days: it's usually 3 to 5 working days.")).toEqual(
      [],
    );
    // "your" for "you're", as hurried and dyslexic writers spell it (lead's mutation set 17).
    expect(
      told("Your within 30 days so you can reject it for a full refund, paid back to your card."),
    ).toEqual([]);
    expect(told("Your refund will be paid within 30 days.")).toHaveLength(1);
  });
});

describe("refundDelaysTold: a deadline told as a calendar date (red-team round 17 A)", () => {
  // Said on Thursday 12 November 2026: day 14 of the refund is Wednesday 25 November.
  const on = "2026-11-12";
  it("finds a date past the 14th day after 'until', 'by', 'before' or 'no later than', weekday or not", () => {
    expect(
      refundDelaysTold(
        "Just so you know where you stand, the law gives us until Saturday 12 December to get the money back to you.",
        14,
        on,
      ).map((d) => [d.text, d.days]),
    ).toEqual([["until Saturday 12 December", 31]]);
    expect(refundDelaysTold("Your refund will be processed no later than 30/11.", 14, on)).toHaveLength(1);
    expect(refundDelaysTold("We have to pay the refund by the 10th of December.", 14, on)).toHaveLength(1);
  });

  it("not a date within the 14 days, a date for something else, a negation, or no day to count from", () => {
    expect(refundDelaysTold("The refund will reach your card by Friday 20 November.", 14, on)).toEqual([]);
    expect(
      refundDelaysTold("The refund is on its way; your new kettle arrives by 12 December.", 14, on),
    ).toEqual([]);
    expect(refundDelaysTold("It was delivered on 31 October, so I've refunded it in full.", 14, on)).toEqual(
      [],
    );
    expect(refundDelaysTold("The refund won't take until 12 December, don't worry.", 14, on)).toEqual([]);
    expect(refundDelaysTold("The law gives us until 12 December to refund you.", 14)).toEqual([]);
  });
});

describe("refundDelaysTold: when it will come, as an estimate, with the refund as 'it' (red-team round 21 A)", () => {
  const on = "2026-11-12";
  it("finds 'around', 'about' or 'not before' a date past the 14th day, the refund named earlier as 'it'", () => {
    expect(
      refundDelaysTold(
        "Our accounts team pay all refunds out together in one run at the end of each month, so it'll reach your Visa debit card around the 30th.",
        14,
        on,
      ).map((d) => d.days),
    ).toEqual([19]);
    expect(
      refundDelaysTold("Your refund will show on your statement on or around 4 December.", 14, on),
    ).toHaveLength(1);
  });
  it("not a date within the 14 days, 'it' standing for the goods, or the refund's clause dating something else", () => {
    expect(
      refundDelaysTold("I've refunded you today, so it should reach your card around the 18th.", 14, on),
    ).toEqual([]);
    expect(
      refundDelaysTold("Your refund won't arrive around the 30th, it'll be much sooner.", 14, on),
    ).toEqual([]);
    expect(
      refundDelaysTold(
        "I've refunded the £44.99 today, and the replacement is on back order, so it'll arrive around the 30th.",
        14,
        on,
      ),
    ).toEqual([]);
    expect(
      refundDelaysTold(
        "The refund has gone through; your new kettle should be with you around 2 December.",
        14,
        on,
      ),
    ).toEqual([]);
  });
});

describe("refundDelaysTold: a deadline told as a part of a month (red-team round 18 A)", () => {
  const on = "2026-11-12";
  const said = (t: string) => refundDelaysTold(t, 14, on).map((d) => [d.text, d.days]);
  it("finds the middle, start or end of next month, or a later month alone, past the 14th day", () => {
    expect(
      said(
        "I'm afraid we legally have until the middle of next month to get the money back to you, though it's normally quicker.",
      ),
    ).toEqual([["until the middle of next month", 29]]);
    expect(said("Your refund may take until December to come through.")).toEqual([["until December", 20]]);
    expect(said("Refunds are processed no later than the end of December.")).toHaveLength(1);
    expect(said("Please allow until mid-January for the refund to reach your account.")).toHaveLength(1);
  });

  it("not a month part within the limit, one said to be well beaten, one dating something else, or no day", () => {
    expect(said("Your refund should be with you by the end of the month.")).toEqual([]);
    expect(said("Your refund will reach you well before the end of next month.")).toEqual([]);
    expect(said("The refund is on its way; your new kettle arrives by the end of next month.")).toEqual([]);
    expect(said("The refund will reach your card by the start of next week.")).toEqual([]);
    expect(said("We refunded you this month, and your next order ships in December.")).toEqual([]);
    expect(refundDelaysTold("The law gives us until the middle of next month to refund you.", 14)).toEqual(
      [],
    );
  });
});

describe("lawful-remedy with refundDaysMax: the right refund told on the wrong law is partly", () => {
  it("the kettle's model with 'by law we have 30 days to process a refund' drops to Merit", () => {
    const { actions, run } = playthroughFile("complaint-model.yaml");
    expect(run(actions).criteria.find((c) => c.id === "lawful-remedy")!.status).toBe("met");
    const from = "and it should reach you within 5 working days.";
    const changed: LearnerAction[] = actions.map((a) =>
      a.type === "send_message" && a.text.includes(from)
        ? {
            ...a,
            text: a.text.replace(
              from,
              "and by law we have 30 days to process a refund, so please allow up to 30 days for the money to reach your account.",
            ),
          }
        : a,
    );
    const report = run(changed);
    const c = report.criteria.find((x) => x.id === "lawful-remedy")!;
    expect(c.status).toBe("partly");
    expect(c.detail).toContain("s.20(15)");
    expect(report.band).toBe("Merit");
  });
});

describe("refundDelaysTold, session 41: when in the calendar the refund comes (CRA 2015 s.20(15); red-team round 26 A)", () => {
  const on = (text: string) => refundDelaysTold(text, 14, "2026-11-12").map((d) => d.text);
  it("reads a month or part of one after 'in', 'during' or 'from', and 'the new year', more than 14 days away", () => {
    expect(
      on(
        "Refunds on items that have been through our repair centre go out with the finance team's quarterly run, so you'll see it on your Mastercard in early January.",
      ),
    ).toEqual(["in early January"]);
    expect(on("Your refund is paid in our next monthly batch, which lands in mid-December.")).toEqual([
      "in mid-December",
    ]);
    expect(on("The refund will be in your bank in the new year, once finance have done their run.")).toEqual([
      "in the new year",
    ]);
  });
  it("not our timing inside 14 days, a month that dates something else, or a month with the refund done", () => {
    expect(on("Your refund will show in 3 to 5 working days.")).toEqual([]);
    expect(
      on("Your refund is done, and the new range arrives in early January if you fancy a look."),
    ).toEqual([]);
    expect(
      on("In January we'll be writing about our new range, but your refund is already through."),
    ).toEqual([]);
    expect(on("The money should land in your account early next week.")).toEqual([]);
    expect(on("Your refund went through today and you'll see it on your card in November.")).toEqual([]);
    // The goods named between, with no card or account for "it" to land on: the date is the kettle's.
    expect(
      on("Your refund is done and the kettle goes back to the makers, so it arrives with them in January."),
    ).toEqual([]);
  });
});
