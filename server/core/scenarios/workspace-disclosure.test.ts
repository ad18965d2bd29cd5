import { describe, expect, it } from "vitest";
import { initialState } from "./attempt-state";
import type { LearnerAction } from "./learner-actions";
import { scoreState } from "./scoring";
import { loadScenarioFile, play, START } from "./test-support";
import {
  misattributedPurchases,
  misdirectedTo,
  othersCircumstances,
  workspaceDisclosures,
} from "./workspace-disclosure";
import { analyse } from "./message-reading";
import { actionMatches } from "./matching";

// The returns desk has two customers: Ravi Mistry (CUS-5201: Aurora kettle, ORD-52011, Visa debit
// ending 4410, 8 Canal Street NG1 7EH) and Joanne Price (CUS-5202: Cloud milk frother, ORD-52021,
// Mastercard ending 7702, 3 Orchard Close TA1 2PX).
const scenario = loadScenarioFile("complaint-returns-desk");
const state = initialState(scenario, START);
const RAVI = "CUS-5201";
const JOANNE = "CUS-5202";

const leaks = (to: string, text: string) => {
  const analysis = analyse(scenario, state, state.customers[to]!, text);
  const found = workspaceDisclosures(scenario, state, to, text, analysis);
  return { kinds: found.map((d) => `${d.customerRef}/${d.kind}`), found, analysis };
};

describe("another customer's personal data in a message (workspace-disclosure.ts)", () => {
  it("finds the other customer's full name, order, address and card digits", () => {
    expect(leaks(RAVI, "I've also dealt with Joanne Price today.").kinds).toEqual([`${JOANNE}/name`]);
    expect(leaks(RAVI, "Your refund on ORD-52021 is done.").kinds).toEqual([`${JOANNE}/order`]);
    expect(leaks(RAVI, "We'll collect it from 3 Orchard Close.").kinds).toEqual([`${JOANNE}/address`]);
    expect(leaks(RAVI, "The courier will call at Orchard Close tomorrow.").kinds).toEqual([
      `${JOANNE}/address`,
    ]);
    expect(leaks(RAVI, "Is your postcode TA1 2PX?").kinds).toEqual([`${JOANNE}/address`]);
    expect(leaks(RAVI, "Refunded to the card ending 7702.").kinds).toEqual([`${JOANNE}/card`]);
  });

  it("ties a purchase to them by their first name or by a card the recipient never used", () => {
    expect(leaks(RAVI, "I've refunded the frother to your Mastercard.").kinds).toEqual([
      `${JOANNE}/purchase`,
    ]);
    expect(leaks(JOANNE, "Dear Ravi, I'm sorry your Aurora kettle has stopped heating.").kinds).toEqual([
      `${RAVI}/purchase`,
    ]);
    // A product alone, or a card brand the recipient also uses, ties it to no one.
    expect(leaks(RAVI, "Frothers are popular this winter.").kinds).toEqual([]);
    expect(leaks(JOANNE, "I've refunded your frother to your Mastercard.").kinds).toEqual([]);
  });

  it("counts nothing that is the recipient's own", () => {
    expect(
      leaks(RAVI, "Dear Ravi, your Aurora kettle (ORD-52011) goes back to 8 Canal Street, Visa ending 4410.")
        .kinds,
    ).toEqual([]);
    expect(
      leaks(JOANNE, "Dear Joanne, your frother refund of £49.99 is on your Mastercard ending 7702.").kinds,
    ).toEqual([]);
  });

  it("a message greeting the recipient by the other customer's name and carrying their data was written for them", () => {
    const m = leaks(
      RAVI,
      "Dear Joanne,\n\nI'm so sorry the frother has failed again. I've refunded your Mastercard.",
    );
    expect(m.kinds).toEqual([`${JOANNE}/purchase`]);
    expect(misdirectedTo(state, m.analysis, m.found)).toBe(JOANNE);
    // The right data with only the name wrong is a slip, not someone else's reply.
    const slip = leaks(RAVI, "Dear Joanne, your Aurora kettle replacement is on its way.");
    expect(slip.kinds).toEqual([]);
    expect(misdirectedTo(state, slip.analysis, slip.found)).toBeNull();
  });
});

describe("the confidentiality gate in scoring", () => {
  const reply = (to: string, text: string): LearnerAction => ({
    type: "send_message",
    customerRef: to,
    channel: "email",
    subject: "Your complaint",
    text,
  });

  it("is met when each customer hears only about their own case", () => {
    const { state: s } = play(scenario, [
      reply(
        RAVI,
        "Dear Ravi, I'm sorry your Aurora kettle has stopped heating. A replacement is on its way.",
      ),
      reply(
        JOANNE,
        "Dear Joanne, I'm so sorry the frother failed again. I've refunded £49.99 to your Mastercard.",
      ),
    ]);
    const c = scoreState(scenario, s).criteria.find((x) => x.id === "confidentiality")!;
    expect(c.status).toBe("met");
    expect(c.weight).toBe(0);
  });

  it("is not met, caps the band, and shows both the other customer's data and the wrong name", () => {
    const { state: s } = play(scenario, [
      reply(
        RAVI,
        "Dear Joanne, I'm so sorry the frother has failed again. I've refunded £49.99 to your Mastercard.",
      ),
    ]);
    const report = scoreState(scenario, s);
    const c = report.criteria.find((x) => x.id === "confidentiality")!;
    expect(c.status).toBe("not_met");
    expect(c.capBandIfNotMet).toBe("Pass");
    expect(c.detail).toContain("Art 4(12)");
    expect(c.detail).toContain("written for Joanne Price");
    const labels = c.evidence[0]!.spans!.map((x) => `${x.label}=${x.text}`);
    expect(labels).toContain("wrong_name=Joanne");
    expect(labels).toContain("another customer's data=frother");
    expect(labels).toContain("another customer's data=Mastercard");
  });

  it("the customer who gets someone else's reply says so, and no longer trusts us with their data", () => {
    const { state: s, events } = play(scenario, [
      reply(
        RAVI,
        "Dear Joanne, I'm so sorry the frother has failed again. I've refunded £49.99 to your Mastercard.",
      ),
    ]);
    expect(s.contacts[RAVI]!.flags).toContain("misdirected");
    const said = events.filter((e) => e.type === "customer_message").at(-1)!;
    expect(String(said.payload.text)).toContain("I'm not Joanne");
    const outcome = scoreState(scenario, s).customerOutcomes.find((o) => o.customerRef === RAVI)!;
    expect(outcome.churnRisk).toBe("high");
    expect(outcome.quote).toContain("someone else's email");
  });

  it("calling a customer by someone else's name is not personalisation", () => {
    const { state: s } = play(scenario, [
      reply(
        RAVI,
        "Dear Joanne, I'm sorry your Aurora kettle has stopped heating. A replacement is on its way.",
      ),
    ]);
    const r = s.log.at(-1)!;
    expect(r.analysis!.labels).toContain("wrong_name");
    expect(r.misdirectedTo).toBeNull();
    expect(actionMatches({ action: ["send_message"], personal: true }, r)).toBe(false);
  });

  it("a message written for someone else earns its recipient nothing", () => {
    const { state: s } = play(scenario, [
      reply(
        RAVI,
        "Dear Joanne, I'm so sorry the frother has failed again after our repair. I've refunded the full £49.99 to your Mastercard.",
      ),
    ]);
    const report = scoreState(scenario, s);
    const listen = report.criteria.find((x) => x.id === "listen-ravi")!;
    expect(listen.status).toBe("not_met");
    expect(listen.detail).toContain("message 1 to Ravi Mistry was written for Joanne Price");
    const replied = report.criteria.find((x) => x.id === "replied")!;
    expect(replied.detail).toContain("Covered 0 of 2");
  });
});

describe("a purchase called the customer's own that they never made (misattributedPurchases)", () => {
  // Win-back: Helen Carter (CUS-4101) owns a Crema One; Fatima Begum (CUS-4109) a Crema Duo.
  const winBack = loadScenarioFile("win-back-lapsed-customers");
  const wb = initialState(winBack, START);
  const found = (to: string, text: string) => misattributedPurchases(wb, to, text).map((m) => m.text);

  it("finds another model named as theirs, not their own model or a mention that is not theirs", () => {
    expect(found("CUS-4101", "We hope your Crema Duo is still making you great coffee.")).toEqual([
      "Crema Duo",
    ]);
    expect(found("CUS-4109", "Running low on beans for your trusty Crema One?")).toEqual(["Crema One"]);
    expect(found("CUS-4101", "We hope your Crema One is still making you great coffee.")).toEqual([]);
    expect(found("CUS-4101", "Our new Crema Duo is out this month.")).toEqual([]);
  });

  it("makes the message not personal, however much else of their history it names", () => {
    const personal = (text: string) =>
      play(winBack, [{ type: "send_message", customerRef: "CUS-4101", channel: "email", text }]).state.log.at(
        -1,
      )!;
    const own = personal(
      "Hi Helen, we hope your Crema One is still making great coffee: 15% off your Espresso Roast.",
    );
    const swapped = personal(
      "Hi Helen, we hope your Crema Duo is still making great coffee: 15% off your Espresso Roast.",
    );
    expect(actionMatches({ personal: true }, own)).toBe(true);
    expect(actionMatches({ personal: true }, swapped)).toBe(false);
    expect(swapped.reading?.misattributed?.map((m) => m.text)).toEqual(["Crema Duo"]);
  });
});

describe("another customer's circumstances (round 7 B, loyalty-r7-priyas-reason-to-hassan)", () => {
  // Loyalty: Priya (CUS-8101) orders less since she works in the office three days a week and a 1kg
  // bag goes stale (her contact's facts); Hassan (CUS-8102) paused his House Blend subscription.
  const loyalty = loadScenarioFile("loyalty-silent-defection");
  const PRIYA = "CUS-8101";
  const HASSAN = "CUS-8102";
  const priyasReason =
    "Hi Hassan, it's Alex at Hearth & Bean. That makes sense: with three days a week in the office, a 1kg bag goes stale before you finish it. We can send the House Blend as a 500g bag every six weeks instead. Reply STOP to opt out.";
  const text = (t: string): LearnerAction => ({
    type: "send_message",
    customerRef: HASSAN,
    channel: "sms",
    text: t,
  });

  it("finds the facts of her case in a message to him, leaving out his own words and history", () => {
    const found = othersCircumstances(loyalty, HASSAN, priyasReason);
    expect(found.map((o) => [o.customerRef, o.spans.length])).toEqual([[PRIYA, 2]]);
    // "Too much" is what Hassan told us himself (his reply): not her circumstance.
    expect(othersCircumstances(loyalty, HASSAN, "Sorry you had too much coffee piling up, Hassan.")).toEqual(
      [],
    );
    // Said to Priya, they are hers.
    expect(othersCircumstances(loyalty, PRIYA, priyasReason)).toEqual([]);
  });

  it("told as his own, they make the message not personal; no breach, as nothing identifies her", () => {
    const { state } = play(loyalty, [text(priyasReason)]);
    const r = state.log.at(-1)!;
    expect(r.reading?.othersFacts?.customerRef).toBe(PRIYA);
    expect(actionMatches({ action: ["send_message"], personal: true }, r)).toBe(false);
    expect(r.leaks).toEqual([]);
    // His own history alone is personal.
    const own = play(loyalty, [
      text(
        "Hi Hassan, your House Blend subscription has been paused a while: every six weeks instead? Reply STOP to opt out.",
      ),
    ]);
    expect(actionMatches({ action: ["send_message"], personal: true }, own.state.log.at(-1)!)).toBe(true);
  });

  it("tied to her by her name they are a disclosure of her data (UK GDPR Art 5(1)(f))", () => {
    const st = initialState(loyalty, START);
    const t =
      "Hi Hassan, Priya told us she's in the office three days a week now, so we've been trying smaller bags.";
    const found = workspaceDisclosures(loyalty, st, HASSAN, t);
    expect(found.map((d) => `${d.customerRef}/${d.kind}`)).toEqual([`${PRIYA}/circumstances`]);
  });

  it("shared circumstances are not one customer's (a late courier told to another late customer)", () => {
    const review = loadScenarioFile("monthly-service-review");
    expect(
      othersCircumstances(
        review,
        "CUS-8702",
        "I'm sorry your first order was delayed by four days and left with a neighbour; SwiftParcel's late deliveries are being reviewed.",
      ).filter((o) => o.spans.length >= 2),
    ).toEqual([]);
  });

  // Red-team round 24 B: Daniel (CUS-8704) has no scripted contact, but his own survey comment on
  // his record names SwiftParcel; telling him about SwiftParcel's late deliveries is his story too.
  it("what the recipient told us on their record is theirs (Daniel's own comment names SwiftParcel)", () => {
    const review = loadScenarioFile("monthly-service-review");
    const two = (to: string, t: string) =>
      othersCircumstances(review, to, t)
        .filter((o) => o.spans.length >= 2)
        .map((o) => o.customerRef);
    for (const t of [
      "I'm sorry; that's worse than a plain delay. SwiftParcel were behind a number of late deliveries last month.",
      "Your parcel was delayed with SwiftParcel, and we're reviewing the courier.",
    ])
      expect(two("CUS-8704", t)).toEqual([]);
    // Another customer's story, none of it on his record, is still someone else's: Gareth's.
    expect(
      two("CUS-8704", "I'm sorry it came four days late and was left with a neighbour you'd never met."),
    ).toEqual(["CUS-8702"]);
    // Told to Rosa, whose record says nothing of SwiftParcel or a delay, Aisha's story is still Aisha's.
    expect(two("CUS-8707", "Sorry your beans came five days late with SwiftParcel.")).toEqual(["CUS-8701"]);
  });
});
