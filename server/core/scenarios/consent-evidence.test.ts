import { describe, expect, it } from "vitest";
import { consentChangeEvidenced, customerPermissions, judgeMessageMarketing } from "./consent-evidence";
import type { LearnerAction } from "./learner-actions";
import { initialState } from "./attempt-state";
import { scoreAttempt } from "./scoring";
import { START, loadScenarioFile, play } from "./test-support";

const winBack = loadScenarioFile("win-back-lapsed-customers");
const onboarding = loadScenarioFile("onboarding-new-subscriber");

const offer = (
  customerRef: string,
  channel: "email" | "sms" | "phone" | "post",
  text: string,
): LearnerAction => ({
  type: "send_message",
  customerRef,
  channel,
  text,
});

describe("what the customer actually permitted", () => {
  it("reads consents, TPS, objections and the soft opt-in from the scenario", () => {
    const s = initialState(winBack, START);
    expect(customerPermissions(winBack, s, "CUS-4103")).toMatchObject({
      tpsRegistered: true,
      consent: { post: true, email: false },
    });
    expect(customerPermissions(winBack, s, "CUS-4104").objections).toContain("all");
    expect(customerPermissions(winBack, s, "CUS-4111").softOptIn).toEqual({ email: true });
    // Keith asked in his opening email to be removed: known from the start.
    expect(customerPermissions(winBack, s, "CUS-4112").removeDetailsRequested).toBe(true);
  });

  it("a statement tied to a reaction counts only once the customer has said it", () => {
    const before = initialState(winBack, START);
    const omarBefore = customerPermissions(winBack, before, "CUS-4104");
    expect(omarBefore.removeDetailsRequested).toBe(false);
    const { state } = play(winBack, [
      offer("CUS-4104", "email", "Hi Omar, here's 15% off your next order with code OMAR15."),
    ]);
    expect(customerPermissions(winBack, state, "CUS-4104").removeDetailsRequested).toBe(true);
  });

  it("the onboarding customer's opening email gives email consent and refuses texts", () => {
    const s = initialState(onboarding, START);
    expect(consentChangeEvidenced(onboarding, s, "CUS-3107", "email", true)).toBe(true);
    expect(consentChangeEvidenced(onboarding, s, "CUS-3107", "sms", true)).toBe(false);
    expect(consentChangeEvidenced(onboarding, s, "CUS-3107", "sms", false)).toBe(true);
  });
});

describe("laundered consent", () => {
  const launder: LearnerAction[] = [
    { type: "update_consent", customerRef: "CUS-4107", channel: "email", granted: true, reason: "assumed" },
    offer(
      "CUS-4107",
      "email",
      "Hi Rachel, here's 15% off your next order of filter coffee with code RACHEL15. Reply STOP to opt out.",
    ),
  ];

  it("switching consent on changes the CRM field but not the verdict", () => {
    const { state } = play(winBack, launder);
    expect(state.customers["CUS-4107"]!.consents.email!.granted).toBe(true); // the CRM says so…
    const [change, message] = state.log;
    expect(change!.consentEvidenced).toBe(false);
    expect(message!.marketingConsent).toBe(false); // …but Rachel never gave it
    expect(message!.marketingLawful).toBe(false);
    expect(judgeMessageMarketing(winBack, state, "CUS-4107", "email", "Reply STOP").lawful).toBe(false);
  });

  it("is marked a breach that caps the band, the report never says she was rightly left out, and she reacts", () => {
    const { events } = play(winBack, launder);
    const report = scoreAttempt(winBack, events);
    const byId = Object.fromEntries(report.criteria.map((c) => [c.id, c]));
    expect(byId["no-consent-laundering"]!.status).toBe("not_met");
    expect(byId["marketing-consent"]!.status).toBe("not_met");
    expect(byId["no-consent-laundering"]!.feedback).toMatch(/Art 7\(1\)/);
    expect(report.band).not.toBe("Distinction");
    expect(JSON.stringify(report)).not.toMatch(/rightly left out/i);
    const rachel = report.customerOutcomes.find((c) => c.customerRef === "CUS-4107");
    expect(rachel?.churnRisk).toBe("high");
  });
});

describe("consent withdrawn (round 22 B)", () => {
  it("a customer who asked to be removed has no consent, whatever the old tick says", () => {
    const s = initialState(winBack, START);
    const keith = judgeMessageMarketing(
      winBack,
      s,
      "CUS-4112",
      "email",
      "Before you go, here's 20% off your next order. Reply STOP to opt out.",
    );
    expect(keith.consent).toBe(false);
    expect(keith.lawful).toBe(false);
    // Helen's consent stands: nothing withdrawn.
    expect(judgeMessageMarketing(winBack, s, "CUS-4101", "email", "Reply STOP to opt out.").consent).toBe(
      true,
    );
  });
});

describe("channels in the scenario", () => {
  it("a letter or a live call to a customer who never consented to them is lawful; a TPS number is not", () => {
    const { state } = play(winBack, [
      offer(
        "CUS-4101",
        "post",
        "Dear Helen, here's 15% off your Espresso Roast. If you'd rather not hear from us, let us know and we'll stop.",
      ),
      offer(
        "CUS-4101",
        "phone",
        "Hi Helen, 15% off your next Espresso Roast? If you'd rather we didn't call, just say.",
      ),
      offer(
        "CUS-4103",
        "phone",
        "Hello Grace, free delivery for three months on your decaf. If you'd rather we didn't call, just say.",
      ),
    ]);
    expect(state.log.map((r) => r.marketingLawful)).toEqual([true, true, false]);
  });

  it("the soft opt-in needs the opt-out in the message", () => {
    const { state } = play(winBack, [
      offer("CUS-4111", "email", "Hi Chloe, 15% off your next order with code CHLOE15."),
      offer(
        "CUS-4111",
        "email",
        "Hi Chloe, 15% off your next order with code CHLOE15. Unsubscribe at any time.",
      ),
    ]);
    expect(state.log.map((r) => [r.marketingLawful, r.optOutOffered])).toEqual([
      [false, false],
      [true, true],
    ]);
  });

  it("an opt-out with a slip in its word is still an opt-out; an offer with none is still unlawful", () => {
    const { state } = play(winBack, [
      offer("CUS-4111", "email", "Hi Chloe, 15% off with code CHLOE15. You can usnubscribe at any time."),
      offer("CUS-4111", "email", "Hi Chloe, 15% off with code CHLOE15. You can subscribe at any time."),
    ]);
    expect(state.log.map((r) => [r.marketingLawful, r.optOutOffered])).toEqual([
      [true, true],
      [false, false],
    ]);
  });
});
