import { describe, expect, it } from "vitest";
import { marketingSignUpsIn } from "./marketing-signup-claims";
import { playthroughFile, withText } from "./test-support";

const found = (text: string) => marketingSignUpsIn(text).map((c) => c.channel);
const status = (report: { criteria: { id: string; status: string; detail: string }[] }, id: string) =>
  report.criteria.find((c) => c.id === id)!;

describe("marketingSignUpsIn: the customer told they are on our marketing (lead's mutation set 15)", () => {
  it("finds signing them up, done or promised, or said to be on it, with the channel named", () => {
    expect(found("I've gone ahead and added you to our offers emails so you don't miss out.")).toEqual([
      "email",
    ]);
    expect(found("You're now signed up to our monthly newsletter.")).toEqual(["email"]);
    expect(found("I'll pop you on our text deals list as well.")).toEqual(["sms"]);
    expect(found("We've also subscribed you to our special offers.")).toEqual([null]);
    expect(found("You've been added to our mailing list, so look out for the codes.")).toEqual(["email"]);
  });

  it("not an offer, a question, a negation, taking them off, or something that is not marketing", () => {
    expect(found("I can add you to our offers emails if you'd like.")).toEqual([]);
    expect(found("Would you like me to sign you up for our newsletter?")).toEqual([]);
    expect(found("Just say if you'd like me to put you on our mailing list.")).toEqual([]);
    expect(found("I haven't signed you up to any offers, don't worry.")).toEqual([]);
    expect(found("I've removed you from our mailing list.")).toEqual([]);
    expect(found("I've added you to the delivery texts so you know when it's coming.")).toEqual([]);
    expect(found("I've added a note to your record.")).toEqual([]);
  });
});

describe("words against the record: marketing without consent (PECR reg 22(2); UK GDPR Art 7)", () => {
  it("Joanne, who never ticked the marketing box, told she is on our offers emails: not met, Merit at best", () => {
    const { actions, run } = playthroughFile("returns-model.yaml");
    const model = run(actions);
    expect(status(model, "words-match-actions").status).toBe("met");
    const joanne = actions.find((a) => a.type === "send_message" && a.customerRef === "CUS-5202");
    if (joanne?.type !== "send_message") throw new Error("returns-model has no message to Joanne");
    const signed = run(
      withText(
        actions,
        joanne.text,
        `${joanne.text}\n\nP.S. I've gone ahead and added you to our offers emails so you don't miss out.`,
      ),
    );
    const c = status(signed, "words-match-actions");
    expect(c.status).toBe("not_met");
    expect(c.detail).toContain("no consent to email marketing");
    expect(["Merit", "Pass", "Fail"]).toContain(signed.band);
  });

  it("Priya, who ticked the email box at checkout, told the same: true, so still met", () => {
    const { actions, run } = playthroughFile("complaint-model.yaml");
    const text = "There's no need to send the faulty kettle back.";
    const said = run(
      withText(actions, text, `${text} I've also added you to our offers emails so you don't miss out.`),
    );
    expect(status(said, "words-match-actions").status).toBe("met");
  });
});
