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
