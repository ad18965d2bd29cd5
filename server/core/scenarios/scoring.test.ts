import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument, stringify } from "yaml";
import { calibrationWork, cpuPerCall, REFERENCE_CALIBRATION_MS } from "../cpu-calibration";
import type { StoredEvent } from "./engine-types";
import type { LearnerAction } from "./learner-actions";
import { formatScenarioError } from "./scenario-file-errors";
import { parseScenario } from "./scenario-parser";
import type { Frameworks } from "./scenario-schema";
import { BAND_THRESHOLDS, applyOverrides, bandFor, scoreAttempt, type AttemptReport } from "./scoring";
import { learnerEvent, loadScenarioFile, play, playthroughFile } from "./test-support";

const complaint = loadScenarioFile("complaint-faulty-kettle");

const email = (text: string): LearnerAction => ({
  type: "send_message",
  customerRef: "CUS-2041",
  channel: "email",
  text,
});
const view: LearnerAction = { type: "view_record", customerRef: "CUS-2041" };
const events = (actions: LearnerAction[]): StoredEvent[] => actions.map((a, i) => learnerEvent(i + 1, a));
const criterion = (r: AttemptReport, id: string) => {
  const c = r.criteria.find((x) => x.id === id);
  if (!c) throw new Error(`no criterion ${id}`);
  return c;
};

const GOOD_REPLY =
  "Dear Priya, I understand your kettle stopped working yesterday. I'm so sorry. I've issued a full refund to your card, and it will reach you within 5 working days. Thank you for letting us know.";

describe("scoreAttempt on hand-made event lists", () => {
  it("order: listen, apologise, solve, thank in one message is met", () => {
    const r = scoreAttempt(complaint, events([email(GOOD_REPLY)]));
    expect(criterion(r, "lass-order").status).toBe("met");
  });

  it("order: solving before apologising is not met, with the reason and the evidence", () => {
    const r = scoreAttempt(
      complaint,
      events([
        {
          type: "issue_remedy",
          customerRef: "CUS-2041",
          orderRef: "ORD-10234",
          sku: "KET-AURORA-17",
          kind: "refund",
        },
        email(
          "I understand the kettle stopped working. I'm so sorry about that. Thank you for your patience.",
        ),
      ]),
    );
    const c = criterion(r, "lass-order");
    expect(c.status).toBe("not_met");
    expect(c.detail).toMatch(
      /^Out of order: Solve \(when you issued a remedy\) came before Apologise \(in message 1\)/,
    );
    expect(c.evidence.map((e) => e.seq)).toEqual(expect.arrayContaining([1, 2]));
    expect(c.feedback).toBe(complaint.rubric.find((x) => x.id === "lass-order")!.feedback.not_met);
  });

  it("order: facts restated as the object of the apology, in one sentence, are not an apology before listening", () => {
    const r = scoreAttempt(
      complaint,
      events([
        email(
          "So sorry, Priya: your Aurora kettle stopped working after twelve days and you've been boiling water in a saucepan since. I've issued a full refund to your card. Thank you for telling us.",
        ),
      ]),
    );
    expect(criterion(r, "lass-order").status).toBe("met");
    // In separate sentences, apologising first is still out of order.
    const apart = scoreAttempt(
      complaint,
      events([
        email(
          "I'm so sorry. Your Aurora kettle stopped working after twelve days and you've been boiling water in a saucepan since. I've issued a full refund to your card. Thank you for telling us.",
        ),
      ]),
    );
    expect(criterion(apart, "lass-order").status).toBe("not_met");
  });

  it("order: a courtesy apology before listening, then the apology in its place, is in order", () => {
    const r = scoreAttempt(
      complaint,
      events([
        email(
          "Sorry about all this hassle, it's not what you want. Your Aurora kettle stopped working after twelve days and you've been boiling water in a saucepan since. I'm so sorry it has let you down. I've issued a full refund to your card. Thank you for telling us.",
        ),
      ]),
    );
    expect(criterion(r, "lass-order").status).toBe("met");
    // Sorry only after the refund: the apology is out of its place, whatever came first.
    const late = scoreAttempt(
      complaint,
      events([
        email(
          "Sorry about all this hassle. Your Aurora kettle stopped working after twelve days and you've been boiling water in a saucepan since. I've issued a full refund to your card. I'm so sorry it let you down. Thank you for telling us.",
        ),
      ]),
    );
    expect(criterion(late, "lass-order").status).toBe("not_met");
  });

  it("order: steps in order but one missing is partly", () => {
    const r = scoreAttempt(
      complaint,
      events([email("I understand your kettle stopped working. I'm so sorry. I've issued a full refund.")]),
    );
    const c = criterion(r, "lass-order");
    expect(c.status).toBe("partly");
    expect(c.detail).toBe("In order, but missing: Thank.");
  });

  it("order: a thank-you only as the opening courtesy is the closing step missing (partly), not out of order", () => {
    // Round 34 (rules helper): the same reply with and without the greeting must not swap partly for not met.
    const lassOrderOf = (text: string) =>
      criterion(scoreAttempt(complaint, events([email(text)])), "lass-order");
    const c = lassOrderOf(
      "Thanks very much for getting back to me, Priya. Your Aurora gave up after less than a fortnight and you've been using a pan on the hob since. I'm truly sorry about that. The full £44.99 is on its way back to your card.",
    );
    expect(c.status).toBe("partly");
    expect(c.detail).toMatch(
      /^In order, but missing: Thank\. Thank only as an opening courtesy in message 1/,
    );
    // A thank-you between the apology and the fix is a closing step said too early: still out of order.
    const between = lassOrderOf(
      "Your Aurora gave up after less than a fortnight and you've been using a pan on the hob since. I'm truly sorry about that. Thanks for bearing with us. The full £44.99 is on its way back to your card.",
    );
    expect(between.status).toBe("not_met");
    // And a greeting thank-you with a closing one after the fix is met, as before.
    const both = lassOrderOf(
      "Thanks very much for getting back to me, Priya. Your Aurora gave up after less than a fortnight and you've been using a pan on the hob since. I'm truly sorry about that. The full £44.99 is on its way back to your card. Thank you for your patience with us.",
    );
    expect(both.status).toBe("met");
  });

  it("absence penalty: blaming the customer is not met, quoting the learner's exact words and the span", () => {
    const text = "You must have dropped it during unpacking.";
    const r = scoreAttempt(complaint, events([view, email(text)]));
    const c = criterion(r, "respectful-language");
    expect(c.status).toBe("not_met");
    expect(c.points).toBe(0);
    expect(c.evidence[0]).toMatchObject({ seq: 2, kind: "message", text });
    expect(c.evidence[0]!.spans?.some((s) => s.label === "blame")).toBe(true);
    // and the simulated customer got angrier
    expect(r.customerOutcomes[0]).toMatchObject({ customerRef: "CUS-2041", churnRisk: "high" });
  });

  it("absence: no blame at all is met", () => {
    const r = scoreAttempt(complaint, events([email(GOOD_REPLY)]));
    expect(criterion(r, "respectful-language").status).toBe("met");
  });

  it("timing on the simulated clock: met within 60 minutes of the email, partly within 120, else not met", () => {
    // The customer's email arrived at 08:40 (minute -20); views cost 1 minute, a message 6.
    const at = (views: number) =>
      criterion(
        scoreAttempt(complaint, events([...Array.from({ length: views }, () => view), email("Hello Priya")])),
        "first-response-time",
      );
    expect(at(0).status).toBe("met"); // 09:06, 26 minutes
    const late = at(50); // 09:56, 76 minutes
    expect(late.status).toBe("partly");
    expect(late.detail).toBe(
      "First reply at 09:56, 76 minutes after the message arrived at 08:40 (standard: within 60 minutes).",
    );
    expect(at(120).status).toBe("not_met");
    expect(criterion(scoreAttempt(complaint, events([view])), "first-response-time").status).toBe("not_met");
  });

  it("timing: a letter by post does not stop the clock; the first reply sent another way does", () => {
    // Red-team round 9 B (complaint-r9-reply-by-post): the model answer posted four minutes in.
    const letter = (text: string): LearnerAction => ({ ...email(text), channel: "post" }) as LearnerAction;
    const onlyLetter = criterion(
      scoreAttempt(complaint, events([letter("Dear Priya, I'm so sorry.")])),
      "first-response-time",
    );
    expect(onlyLetter.status).toBe("not_met");
    expect(onlyLetter.detail).toMatch(/only reply was a letter posted at 09:06/);
    const thenEmail = criterion(
      scoreAttempt(complaint, events([letter("Dear Priya, I'm so sorry."), email("Hello Priya")])),
      "first-response-time",
    );
    expect(thenEmail.status).toBe("met");
    expect(thenEmail.detail).toMatch(/^First reply at 09:12/);
  });

  it("the first reply is the first one read: a letter posted before the email arrives after it", () => {
    // Red-team round 9 B, second set (onboarding-r9b-letter-then-email): a leaflet posted first.
    const letter = {
      ...email("Dear Priya, please find our leaflet enclosed."),
      channel: "post",
    } as LearnerAction;
    const r = scoreAttempt(complaint, events([letter, email(GOOD_REPLY)]));
    expect(criterion(r, "listen-first").status).toBe("met");
    expect(criterion(r, "sincere-apology").status).toBe("met");
    // Sent the other way round, the letter is still second, and the email still first.
    const r2 = scoreAttempt(complaint, events([email("Dear Priya, thank you."), letter, email(GOOD_REPLY)]));
    expect(criterion(r2, "listen-first").status).toBe("partly");
  });

  it("final state: a case closed with the right category and a resolution", () => {
    const base: LearnerAction[] = [
      {
        type: "open_case",
        customerRef: "CUS-2041",
        orderRef: "ORD-10234",
        category: "faulty_product",
        summary: "Kettle",
      },
    ];
    expect(criterion(scoreAttempt(complaint, events(base)), "case-recorded").status).toBe("partly");
    expect(
      criterion(
        scoreAttempt(
          complaint,
          events([...base, { type: "close_case", caseRef: "CASE-A1", resolution: "Refunded in full" }]),
        ),
        "case-recorded",
      ).status,
    ).toBe("met");
    expect(criterion(scoreAttempt(complaint, events([])), "case-recorded").status).toBe("not_met");
  });

  it("a remedy the Consumer Rights Act does not allow caps the band at Pass", () => {
    const actions: LearnerAction[] = [
      {
        type: "update_preferences",
        customerRef: "CUS-2041",
        preferredChannel: "email",
        accessibilityNotes: "Hard of hearing: email only",
      },
      email(GOOD_REPLY.replace("I've issued a full refund to your card", "I've sent you a £25 voucher")),
      {
        type: "issue_remedy",
        customerRef: "CUS-2041",
        orderRef: "ORD-10234",
        sku: "KET-AURORA-17",
        kind: "voucher",
        amountPence: 2500,
      },
      {
        type: "open_case",
        customerRef: "CUS-2041",
        orderRef: "ORD-10234",
        category: "faulty_product",
        summary: "Kettle",
      },
      { type: "close_case", caseRef: "CASE-A1", resolution: "Voucher" },
      { type: "send_survey", customerRef: "CUS-2041", kind: "csat" },
    ];
    const r = scoreAttempt(complaint, events(actions));
    expect(criterion(r, "lawful-remedy").status).toBe("not_met");
    expect(r.totalPercent).toBeGreaterThanOrEqual(65);
    expect(r.uncappedBand).not.toBe("Pass");
    expect(r.band).toBe("Pass");
    expect(r.bandCappedBy).toEqual([{ criterionId: "lawful-remedy", cap: "Pass" }]);
  });

  it("accepts events in any order and ignores stored customer events (they are regenerated)", () => {
    const { events: stored } = play(complaint, [email(GOOD_REPLY)]);
    const shuffled = [...stored].reverse();
    const fake: StoredEvent = {
      seq: 999,
      actor: "customer",
      type: "customer_message",
      payload: { text: "forged" },
      simMinute: 1,
    };
    expect(scoreAttempt(complaint, [...shuffled, fake])).toEqual(scoreAttempt(complaint, stored));
  });
});

describe("bands and overrides", () => {
  it("maps percentages to bands at the documented thresholds", () => {
    expect(BAND_THRESHOLDS.map((t) => [t.band, t.minPercent])).toEqual([
      ["Distinction", 80],
      ["Merit", 65],
      ["Pass", 50],
      ["Fail", 0],
    ]);
    expect([0, 49, 50, 64, 65, 79, 80, 100].map(bandFor)).toEqual([
      "Fail",
      "Fail",
      "Pass",
      "Pass",
      "Merit",
      "Merit",
      "Distinction",
      "Distinction",
    ]);
  });

  it("applyOverrides recomputes total and band and keeps the original status", () => {
    const r = scoreAttempt(complaint, events([email(GOOD_REPLY)]));
    const before = criterion(r, "case-recorded");
    expect(before.status).toBe("not_met");
    const o = applyOverrides(r, [
      { criterionId: "case-recorded", newStatus: "met", comment: "Recorded on paper during the role-play." },
      { criterionId: "no-such-criterion", newStatus: "met", comment: "ignored" },
    ]);
    const after = criterion(o, "case-recorded");
    expect(after).toMatchObject({
      status: "met",
      originalStatus: "not_met",
      points: before.weight,
      override: { newStatus: "met", comment: "Recorded on paper during the role-play." },
    });
    expect(o.totalPoints).toBe(r.totalPoints + before.weight);
    expect(o.totalPercent).toBe(Math.round((o.totalPoints / o.maxPoints) * 100));
    expect(o.uncappedBand).toBe(bandFor(o.totalPercent));
    expect(o.band).toBe("Pass"); // still capped: no lawful remedy was given
    // the original report is untouched, and a second override keeps the first original status
    expect(criterion(r, "case-recorded").status).toBe("not_met");
    const again = applyOverrides(o, [
      { criterionId: "case-recorded", newStatus: "partly", comment: "On reflection" },
    ]);
    expect(criterion(again, "case-recorded")).toMatchObject({
      status: "partly",
      originalStatus: "not_met",
      points: before.weight / 2,
    });
  });

  it("overriding a capping criterion to met lifts the cap", () => {
    const r = scoreAttempt(
      complaint,
      events([
        email(GOOD_REPLY),
        {
          type: "issue_remedy",
          customerRef: "CUS-2041",
          orderRef: "ORD-10234",
          sku: "KET-AURORA-17",
          kind: "voucher",
          amountPence: 1000,
        },
      ]),
    );
    expect(
      r.bandCappedBy.length + (r.uncappedBand === "Fail" || r.uncappedBand === "Pass" ? 1 : 0),
    ).toBeGreaterThan(0);
    const o = applyOverrides(r, [
      { criterionId: "lawful-remedy", newStatus: "met", comment: "Customer asked for a voucher" },
    ]);
    expect(o.bandCappedBy).toEqual([]);
  });
});

describe("customer outcome", () => {
  it("solving before apologising leaves a satisfied but not loyal customer, and the report says so", () => {
    const { events: stored } = play(complaint, [
      {
        type: "issue_remedy",
        customerRef: "CUS-2041",
        orderRef: "ORD-10234",
        sku: "KET-AURORA-17",
        kind: "refund",
      },
      email("Hi Priya, I've issued a full refund for the kettle. It will reach you within 5 working days."),
      email(
        "I'm sorry the kettle stopped working. I understand how annoying that is. Thank you for your patience.",
      ),
    ]);
    const r = scoreAttempt(complaint, stored);
    expect(r.customerOutcomes[0]).toMatchObject({
      csat: 5,
      nps: 8,
      npsCategory: "passive",
      churnRisk: "medium",
    });
    expect(r.satisfactionNote).toMatch(/satisfied, not yet loyal/);
    expect(r.satisfactionNote).toMatch(/Satisfaction is not the same as loyalty/);
  });
});

describe("performance", () => {
  it("scores a 200-event attempt quickly (median printed)", () => {
    const actions: LearnerAction[] = [];
    for (let i = 0; i < 60; i++) {
      actions.push(view);
      actions.push(
        email(
          `Update ${i}: I understand, Priya. I'm so sorry for the trouble with the kettle. Thank you for your patience.`,
        ),
      );
      actions.push({ type: "add_note", customerRef: "CUS-2041", text: `Note ${i}` });
    }
    const { events: stored } = play(complaint, actions);
    const sample = stored.slice(0, 200);
    expect(sample.length).toBe(200);
    for (let i = 0; i < 20; i++) scoreAttempt(complaint, sample); // warm up
    // CPU time, not wall-clock: on a shared, busy machine (CI with the other suites running) waiting
    // for a core is not the scorer's cost, and it made this guard fail at a median of 55-65 ms wall-clock
    // while the work itself took 30-40 ms. And each call beside a calibration workload, taken as a ratio
    // at the reference machine's speed: the CI machine's cores change speed under the host's load
    // (cpu-calibration.ts), which moved this median 24-45 ms across clean-clone runs of like code.
    const times: number[] = [];
    const atReference: number[] = [];
    for (let i = 0; i < 100; i++) {
      const spent = cpuPerCall(() => scoreAttempt(complaint, sample), 1);
      const calibration = cpuPerCall(calibrationWork, 10);
      times.push(spent);
      atReference.push((spent / calibration) * REFERENCE_CALIBRATION_MS);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(
      `scoreAttempt, 200 stored events (${sample.filter((e) => e.actor === "learner").length} learner actions): median ${median(times).toFixed(3)} ms of CPU on this machine, ${median(atReference).toFixed(3)} ms at the reference speed`,
    );
    // generous: a guard against pathological regressions, not a benchmark
    expect(median(atReference)).toBeLessThan(50);
    // About 5 CPU-s of work, measured in CPU time: on a machine busy with other suites (load 16, session 43)
    // its wall time passed the default 30 s while the median it checks stayed within the bound.
  }, 120_000);
});

describe("criterion kinds not used by the shipped scenarios", () => {
  // The complaint scenario with extra criteria: data protection on the phone, and the customer's final state.
  const data = parseDocument(fs.readFileSync("scenarios/complaint-faulty-kettle.yaml", "utf8")).toJS();
  data.rubric.push(
    {
      id: "verify-before-disclosing",
      kind: "absence",
      title: "Verified identity before discussing the order on the phone",
      frameworks: { legislation: "UK GDPR / DPA 2018" },
      weight: 10,
      capBandIfNotMet: "Pass",
      match: {
        action: "send_message",
        channel: "phone",
        identityVerified: false,
        labels: { any: ["order_reference"] },
      },
      feedback: { met: "Verified first.", not_met: "You disclosed order details to an unverified caller." },
    },
    {
      id: "customer-calmed",
      kind: "customer_state",
      customerRef: "CUS-2041",
      title: "Priya ends the contact satisfied",
      frameworks: { rater: "empathy" },
      weight: 5,
      moodMin: 2,
      flags: { none: ["escalation_requested"] },
      partly: { moodMin: 0 },
      feedback: { met: "Calm and satisfied.", partly: "Calmer.", not_met: "Still upset." },
    },
  );
  const parsed = parseScenario("scenarios/complaint-faulty-kettle.yaml", stringify(data));
  if (!parsed.ok) throw new Error(parsed.errors.map(formatScenarioError).join("\n"));
  const s = parsed.scenario;
  const phone = (text: string): LearnerAction => ({
    type: "send_message",
    customerRef: "CUS-2041",
    channel: "phone",
    text,
  });

  it("absence with identityVerified: disclosing order details to an unverified caller is not met", () => {
    const bad = scoreAttempt(
      s,
      events([phone("Your order ORD-10234 with the Aurora kettle was delivered on 31 October.")]),
    );
    expect(criterion(bad, "verify-before-disclosing").status).toBe("not_met");
    expect(bad.band === "Pass" || bad.band === "Fail").toBe(true);
    const good = scoreAttempt(
      s,
      events([
        { type: "verify_identity", customerRef: "CUS-2041", method: "Postcode and date of last order" },
        phone("Your order ORD-10234 with the Aurora kettle was delivered on 31 October."),
      ]),
    );
    expect(criterion(good, "verify-before-disclosing").status).toBe("met");
  });

  it("customer_state: met, partly and not met from the scripted customer's final mood and flags", () => {
    const { events: happy } = play(s, [
      email(GOOD_REPLY),
      {
        type: "issue_remedy",
        customerRef: "CUS-2041",
        orderRef: "ORD-10234",
        sku: "KET-AURORA-17",
        kind: "refund",
      },
    ]);
    expect(criterion(scoreAttempt(s, happy), "customer-calmed").status).toBe("met");
    const { events: calmer } = play(s, [
      email("I'm so sorry your kettle stopped working. I understand how frustrating that is."),
    ]);
    expect(criterion(scoreAttempt(s, calmer), "customer-calmed").status).toBe("partly");
    const { events: angry } = play(s, [
      {
        type: "issue_remedy",
        customerRef: "CUS-2041",
        orderRef: "ORD-10234",
        sku: "KET-AURORA-17",
        kind: "voucher",
        amountPence: 1000,
      },
    ]);
    expect(criterion(scoreAttempt(s, angry), "customer-calmed").status).toBe("not_met");
  });
});

describe("band integrity", () => {
  const base = (over: Partial<AttemptReport>): AttemptReport => ({
    ...scoreAttempt(complaint, events([email(GOOD_REPLY)])),
    ...over,
  });
  const crit = (id: string, status: "met" | "partly" | "not_met", cap: "Pass" | "Merit" | null = null) => ({
    id,
    title: id,
    kind: "message" as const,
    frameworks: {},
    weight: 10,
    status,
    points: 0,
    detail: "",
    evidence: [],
    feedback: "",
    capBandIfNotMet: cap,
  });

  it("a Distinction needs every core outcome; a Merit all but one; a Pass at least half of them reached", () => {
    const r = (statuses: ("met" | "partly" | "not_met")[]) =>
      applyOverrides(
        base({
          coreCriteria: ["a", "b", "c", "d"],
          criteria: [
            ...statuses.map((s, i) => crit("abcd"[i]!, s)),
            ...Array.from({ length: 20 }, (_, i) => crit(`x${i}`, "met")),
          ],
        }),
        [],
      );
    expect(r(["met", "met", "met", "met"]).band).toBe("Distinction");
    const oneMissed = r(["met", "met", "met", "partly"]);
    expect(oneMissed.band).toBe("Merit");
    expect(oneMissed.bandNotes[0]).toMatch(/Distinction needs every core outcome/);
    expect(r(["met", "met", "partly", "partly"]).band).toBe("Pass");
    expect(r(["met", "partly", "not_met", "not_met"]).band).toBe("Pass");
    const most = r(["met", "not_met", "not_met", "not_met"]);
    expect(most.band).toBe("Fail");
    expect(most.uncappedBand).toBe("Distinction");
  });

  it("three or more failed gates give a Fail, with the reason shown; two cap at the lower cap", () => {
    // Twenty criteria met besides the ones given, so the total alone would be a Distinction.
    const withGates = (...gates: ReturnType<typeof crit>[]) =>
      applyOverrides(
        base({
          coreCriteria: [],
          criteria: [...gates, ...Array.from({ length: 20 }, (_, i) => crit(`x${i}`, "met"))],
        }),
        [],
      );
    const r = withGates(
      crit("law", "not_met", "Pass"),
      crit("respect", "not_met", "Pass"),
      crit("judgement", "not_met", "Pass"),
    );
    expect(r.band).toBe("Fail");
    expect(r.bandCappedBy.map((b) => b.criterionId)).toEqual(["law", "respect", "judgement"]);
    expect(r.bandNotes[0]).toMatch(/3 must-have criteria were not met/);
    expect(withGates(crit("law", "not_met", "Pass"), crit("respect", "not_met", "Pass")).band).toBe("Pass");
    // A cap at Merit (an untrue "I've done it") is not a must-have: two must-haves and it still Pass.
    const withMerit = withGates(
      crit("law", "not_met", "Pass"),
      crit("respect", "not_met", "Pass"),
      crit("words", "not_met", "Merit"),
    );
    expect(withMerit.band).toBe("Pass");
    const meritOnly = withGates(crit("words", "not_met", "Merit"));
    expect(meritOnly.band).toBe("Merit");
    expect(meritOnly.bandCappedBy).toEqual([{ criterionId: "words", cap: "Merit" }]);
  });

  it("stock phrases in every reply cap the band at Pass, whatever the clicks earn; a tutor who credits a reply lifts it", () => {
    // The public review's model answer (every click right), its private email to Tom replaced by stock phrases.
    const { actions: modelActions, run } = playthroughFile("review-model.yaml");
    const stock =
      "Dear customer, I understand how you feel and I hear you. I am so sorry and I apologise. I will resolve this and sort it out for you. Thank you for your patience and thank you for contacting us.";
    const actions = modelActions.map((a) => (a.type === "send_message" ? { ...a, text: stock } : a));
    const stuffed = run(actions);
    expect(stuffed.formulaOnlyReplies).toBe(true);
    expect(stuffed.uncappedBand).toBe("Distinction");
    expect(stuffed.band).toBe("Pass");
    expect(stuffed.bandNotes.join(" ")).toMatch(/mostly stock phrases/);
    // A tutor's re-mark of something else keeps the cap; a tutor who credits the reply lifts it.
    const remarked = applyOverrides(stuffed, [
      { criterionId: "root-cause-explained", newStatus: "met", comment: "" },
    ]);
    expect(remarked.band).toBe("Pass");
    const credited = applyOverrides(stuffed, [
      { criterionId: "private-apology", newStatus: "met", comment: "A reply" },
    ]);
    expect(credited.band).not.toBe("Pass");
    // The model answer itself is not capped.
    const model = run(modelActions);
    expect(model.formulaOnlyReplies).toBeUndefined();
    expect(model.band).toBe("Distinction");
  });

  it("stock phrases in every reply and a must-have missed as well give a Fail (session 50, tutor 16)", () => {
    // The public review's model answer with its replies replaced by stock phrases, and the duplicate never refunded.
    const { actions: modelActions, run } = playthroughFile("review-model.yaml");
    const stock =
      "Dear customer, I understand how you feel and I hear you. I am so sorry and I apologise. I will resolve this and sort it out for you. Thank you for your patience and thank you for contacting us.";
    const stuffedActions = modelActions.map((a) => (a.type === "send_message" ? { ...a, text: stock } : a));
    const noRefund = run(stuffedActions.filter((a) => a.type !== "issue_remedy"));
    expect(noRefund.formulaOnlyReplies).toBe(true);
    expect(noRefund.band).toBe("Fail");
    expect(noRefund.bandNotes.join(" ")).toMatch(/mostly stock phrases, and a must-have was not met as well/);
    // With the refund made, stock phrases alone stay a Pass.
    expect(run(stuffedActions).band).toBe("Pass");
  });

  it("a customer called by someone else's name keeps a Distinction out of reach, and the note says where", () => {
    // The kettle model answer with "Dear Priya" changed to "Dear Sarah": the lead's mutation check kept it 100% Distinction.
    const { actions: modelActions, run } = playthroughFile("complaint-model.yaml");
    const renamed = modelActions.map((a) =>
      a.type === "send_message" ? { ...a, text: a.text.replaceAll("Priya", "Sarah") } : a,
    );
    const wrong = run(renamed);
    expect(wrong.wrongNames?.length).toBeGreaterThan(0);
    for (const w of wrong.wrongNames ?? []) expect(w).toMatch(/^message \d called Priya Shah “Sarah”$/);
    expect(wrong.band).toBe("Merit");
    expect(wrong.bandNotes.join(" ")).toMatch(
      /^Message 1 called Priya Shah “Sarah”.*: a customer called by someone else's name .*Merit at most/,
    );
    const model = run(modelActions);
    expect(model.wrongNames).toBeUndefined();
    expect(model.band).toBe("Distinction");
  });

  it("two breaches of different kinds give a Fail with both named; one act read by two criteria stays a Pass", () => {
    const withGates = (...gates: AttemptReport["criteria"]) =>
      applyOverrides(
        base({
          coreCriteria: [],
          criteria: [...gates, ...Array.from({ length: 20 }, (_, i) => crit(`x${i}`, "met"))],
        }),
        [],
      );
    const law = (id: string, legislation: Frameworks["legislation"]) => ({
      ...crit(id, "not_met", "Pass"),
      kind: "absence" as const,
      frameworks: { legislation } as Frameworks,
    });
    const respect = { ...crit("respectful-language", "not_met", "Pass"), kind: "respect" as const };
    const disclosure = law("no-third-party-disclosure", ["UK GDPR / DPA 2018"]);
    const twoKinds = withGates(disclosure, respect);
    expect(twoKinds.band).toBe("Fail");
    expect(twoKinds.bandCappedBy.map((b) => b.criterionId)).toEqual([
      "no-third-party-disclosure",
      "respectful-language",
    ]);
    expect(twoKinds.bandNotes.join(" ")).toMatch(
      /^Two separate breaches.*personal data \(no-third-party-disclosure\) and respect \(respectful-language\)\. Together they give a Fail/,
    );
    expect(
      withGates(
        law("lawful-remedy", ["Consumer Rights Act 2015"]),
        law("no-needless-data", ["UK GDPR / DPA 2018"]),
      ).band,
    ).toBe("Fail");
    // One act, two criteria of the same kind: a partial refund; consent recorded against her word and then used.
    expect(
      withGates(
        law("lawful-remedy", ["Consumer Rights Act 2015"]),
        law("no-unlawful-remedy", ["Consumer Rights Act 2015"]),
      ).band,
    ).toBe("Pass");
    expect(
      withGates(
        law("no-consent-laundering", ["UK GDPR / DPA 2018", "PECR"]),
        law("marketing-lawful", ["PECR", "UK GDPR / DPA 2018"]),
      ).band,
    ).toBe("Pass");
    // A must-have that is no breach of law or respect (needless clicks) beside one breach: still a Pass.
    expect(withGates(crit("no-unneeded-actions", "not_met", "Pass"), respect).band).toBe("Pass");
    // A gate never put to the test is no breach the learner committed.
    const untested = { ...law("confidentiality", ["UK GDPR / DPA 2018"]), weight: 0, notAttempted: true };
    expect(withGates(untested, respect).band).toBe("Pass");
  });

  it("a zero-point gate never put to the test caps the band but is no must-have broken (round 14 A)", () => {
    const withGates = (...gates: ReturnType<typeof crit>[]) =>
      applyOverrides(
        base({
          coreCriteria: [],
          criteria: [...gates, ...Array.from({ length: 20 }, (_, i) => crit(`x${i}`, "met"))],
        }),
        [],
      );
    const untested = { ...crit("no-needless-data", "not_met", "Pass"), weight: 0, notAttempted: true };
    const r = withGates(crit("law", "not_met", "Pass"), crit("respect", "not_met", "Pass"), untested);
    expect(r.band).toBe("Pass");
    // Broken, it counts: the third must-have gives a Fail.
    const broken = { ...crit("no-needless-data", "not_met", "Pass"), weight: 0 };
    expect(withGates(crit("law", "not_met", "Pass"), crit("respect", "not_met", "Pass"), broken).band).toBe(
      "Fail",
    );
    // A scored criterion with nothing to credit still counts, as before.
    const scored = { ...crit("respect2", "not_met", "Pass"), notAttempted: true };
    expect(withGates(crit("law", "not_met", "Pass"), crit("respect", "not_met", "Pass"), scored).band).toBe(
      "Fail",
    );
  });
});
