import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { scoreAttempt } from "./scoring";
import { loadScenarioFile, play, START } from "./test-support";

// Session 49: an independent tutor's ESOL learner told Aisha "I am sending again the grinder for free" and was
// marked as never telling her the fix. "Send again", in any word order, is the re-send told.
const scenario = loadScenarioFile("internal-customer-lost-parcel");
const toAisha = (text: string): LearnerAction => ({
  type: "send_message",
  customerRef: "CUS-6101",
  channel: "email",
  text,
});
const updated = (text: string) => {
  const { events } = play(scenario, [toAisha(text)]);
  return scoreAttempt(scenario, events, START).criteria.find((c) => c.id === "customer-updated")!.status;
};

describe("the re-send told to Aisha in other words", () => {
  it("reads 'send again' in a second-language word order as the fix", () => {
    expect(
      updated(
        "Dear Aisha, I am very sorry, the courier was lose it. I am sending again the grinder for free.",
      ),
    ).toBe("met");
    expect(updated("Dear Aisha, so sorry about this. We will send the grinder again today.")).toBe("met");
  });

  it("does not read an apology with no fix, or a re-send refused, as the fix", () => {
    expect(updated("Dear Aisha, I am very sorry the courier lost your parcel.")).not.toBe("met");
    expect(
      updated("Dear Aisha, I am very sorry, but we can't send it again until the courier replies."),
    ).not.toBe("met");
  });
});

describe("consent Aisha never gave, recorded", () => {
  const gate = (actions: LearnerAction[]) => {
    const { events } = play(scenario, actions);
    return scoreAttempt(scenario, events, START).criteria.find((c) => c.id === "no-consent-laundering")
      ?.status;
  };

  it("is a breach of the consent gate", () => {
    expect(
      gate([
        {
          type: "update_consent",
          customerRef: "CUS-6101",
          channel: "sms",
          granted: true,
          reason: "To send her tracking updates.",
        },
      ]),
    ).toBe("not_met");
  });

  it("is no breach when nothing is recorded", () => {
    expect(gate([toAisha("Dear Aisha, I'm so sorry: we will send the grinder again today.")])).toBe("met");
  });
});
