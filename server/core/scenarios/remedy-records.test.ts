import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { dispatchersFor } from "./promises";
import { remedyClaimsIn, remedyRecordClaims } from "./remedy-records";
import { scoreAttempt } from "./scoring";
import { START, loadScenarioFile, play } from "./test-support";

/** Session 50: a record saying a remedy was done when it never was (issue 8 item 3). */
const kettle = loadScenarioFile("complaint-faulty-kettle");
const caseOpen: LearnerAction = {
  type: "open_case",
  customerRef: "CUS-2041",
  orderRef: "ORD-10234",
  category: "faulty_product",
  summary:
    "Aurora kettle stopped working 12 days after delivery. She wants her money back or a working kettle.",
};
const close = (resolution: string): LearnerAction => ({ type: "close_case", caseRef: "CASE-A1", resolution });
const note = (text: string): LearnerAction => ({ type: "add_note", customerRef: "CUS-2041", text });
const remedy = (kind: "refund" | "replacement" | "repair" | "voucher" | "goodwill"): LearnerAction => ({
  type: "issue_remedy",
  customerRef: "CUS-2041",
  orderRef: "ORD-10234",
  sku: "KET-AURORA-17",
  kind,
  ...(kind === "voucher" || kind === "goodwill" ? { amountPence: 1000 } : {}),
});
const email: LearnerAction = {
  type: "send_message",
  customerRef: "CUS-2041",
  channel: "email",
  text: "Dear Priya, I'm sorry your kettle stopped working. Please send it back to us and we'll sort it out from there. Jodie",
};
const judged = (actions: LearnerAction[]) =>
  remedyRecordClaims(play(kettle, actions).state.log, "CUS-2041", "Priya").map((v) => [
    v.promise.text,
    v.status,
  ]);
const said = (text: string, outcome = false) =>
  remedyClaimsIn(text, ["Priya"], outcome).map((c) => [c.kind, c.text]);

describe("remedyClaimsIn: a record saying a remedy was done", () => {
  it("reads a remedy stated as done, in the words records use", () => {
    expect(said("Full refund of KET-AURORA-17 issued to original card (3-5 working days).")).toEqual([
      ["refund", "refund of KET-AURORA-17 issued"],
    ]);
    expect(said("Refunded £44.99 to her Visa debit.")).toEqual([["refund", "Refunded"]]);
    expect(said("Issued full refund to card.")).toEqual([["refund", "Issued full refund"]]);
    expect(said("I've processed the refund this morning.")).toEqual([["refund", "processed the refund"]]);
    expect(said("Refund has been put through.")).toEqual([["refund", "Refund has been put through"]]);
    expect(said("Replacement kettle sent by tracked delivery.")).toEqual([
      ["replacement", "Replacement kettle sent"],
    ]);
    expect(said("Parcel re-sent today.")).toEqual([["replacement", "re-sent"]]);
    expect(said("Repair booked for Thursday.")).toEqual([["repair", "Repair booked"]]);
    expect(said("Machine sent for repair.")).toEqual([["repair", "sent for repair"]]);
    expect(said("£10 voucher issued for the trouble.")).toEqual([["gesture", "voucher issued"]]);
    expect(said("Gave £10 goodwill credit.")).toEqual([["gesture", "Gave £10 goodwill credit"]]);
    expect(said("Voucher code emailed to customer.")).toEqual([["gesture", "Voucher code emailed"]]);
    // A closed case's resolution names its outcome with no verb.
    expect(said("Kettle faulty within 30 days: full refund £44.99 to Visa debit.", true)).toEqual([
      ["refund", "full refund"],
    ]);
    expect(said("Kettle faulty within 30 days: full refund £44.99 to Visa debit.")).toEqual([]);
  });

  it("reads no claim in what is negated, for later, conditional, wanted, asked for, refused, a to-do or past", () => {
    for (const text of [
      "Refund to be issued once the kettle is back.",
      "Customer wants a refund.",
      "Asked for a refund.",
      "She asked for her refund to be processed today.",
      "Refund declined: outside the policy.",
      "Will send a replacement when stock arrives.",
      "Replacement will be sent when stock arrives.",
      "Refund not yet issued.",
      "No refund issued yet.",
      "Check the refund has been processed.",
      "Make sure the replacement is dispatched on Monday.",
      "If the engineer cannot fix it, refund issued in full.",
      "Previous repair booked in October under CAS-7101.",
      "Customer would like to be refunded.",
      'She said "you refunded my sister last year".',
      "Has the refund been processed?",
      "Sent refund request to finance.",
      "She was refunded last year for a grinder.",
    ])
      expect(said(text), text).toEqual([]);
    // A resolution that names choices or a request, or an agreement, is not an outcome done.
    expect(said("Refund or replacement.", true)).toEqual([]);
    expect(said("Full refund requested by the customer.", true)).toEqual([]);
    expect(said("Full refund of £44.99 agreed with the customer by email.", true)).toEqual([]);
  });

  it("reads the customer's own doing as hers, not a claim of ours", () => {
    expect(said("Priya sent a replacement request by email.")).toEqual([]);
    expect(said("She has booked a repair with a local shop.")).toEqual([]);
  });
});

describe("remedyRecordClaims: judged at the end of the attempt", () => {
  it("is true when the remedy was issued, before the record or after it", () => {
    expect(
      judged([
        caseOpen,
        remedy("refund"),
        email,
        close("Full refund of KET-AURORA-17 issued to original card."),
      ]),
    ).toEqual([]);
    // Written just before the remedy that follows: true by the end.
    expect(judged([caseOpen, note("Refunded £44.99 to Visa."), remedy("refund"), email])).toEqual([]);
    expect(judged([caseOpen, remedy("voucher"), note("£10 voucher issued for the trouble.")])).toEqual([]);
    expect(judged([caseOpen, remedy("replacement"), note("Replacement kettle sent.")])).toEqual([]);
  });

  it("is untrue when nothing was issued, and says so with the record's sentence", () => {
    const { state } = play(kettle, [
      caseOpen,
      email,
      close(
        "Kettle faulty within 30 days. Full refund of KET-AURORA-17 issued to original card (3-5 working days).",
      ),
    ]);
    const v = remedyRecordClaims(state.log, "CUS-2041", "Priya");
    expect(v.map((x) => [x.promise.kind, x.status, x.promise.text, x.action])).toEqual([
      ["remedy_record", "untrue", "refund of KET-AURORA-17 issued", null],
    ]);
    expect(v[0]!.explanation).toBe(
      'The record says "Full refund of KET-AURORA-17 issued to original card (3-5 working days).", but no refund was issued for Priya in the attempt: the next colleague reads that it is done and tells Priya so.',
    );
    expect(judged([caseOpen, note("Repair booked for Thursday."), note("Parcel re-sent today.")])).toEqual([
      ["Repair booked", "untrue"],
      ["re-sent", "untrue"],
    ]);
  });

  it("is contradicted when another remedy was issued instead (the record says refunded, a voucher was given)", () => {
    const { state } = play(kettle, [caseOpen, remedy("voucher"), close("Refunded £44.99 in full.")]);
    const v = remedyRecordClaims(state.log, "CUS-2041", "Priya");
    expect(v.map((x) => [x.status, x.promise.text, x.action?.action.type])).toEqual([
      ["broken", "Refunded", "issue_remedy"],
    ]);
    expect(v[0]!.explanation).toMatch(/what was issued for Priya was a voucher, not a refund/);
  });

  it("leaves the exempt wordings alone with nothing issued", () => {
    expect(
      judged([
        caseOpen,
        note("Refund to be issued once the kettle is back. Customer wants a refund."),
        note("Refund declined until the kettle is inspected. Will send a replacement when stock arrives."),
        {
          type: "create_task",
          customerRef: "CUS-2041",
          title: "Check the refund has been processed",
          dueInDays: 5,
        },
      ]),
    ).toEqual([]);
  });

  it("takes a re-send the warehouse booked as the replacement (the lost-parcel scenario's vocabulary)", () => {
    const internal = loadScenarioFile("internal-customer-lost-parcel");
    const openCase: LearnerAction = {
      type: "open_case",
      customerRef: "CUS-6101",
      orderRef: "ORD-61011",
      category: "delivery",
      summary: "Lost by the courier; re-send requested.",
    };
    const toDev = (text: string): LearnerAction => ({
      type: "message_person",
      personRef: "STF-WH1",
      channel: "internal",
      customerRef: "CUS-6101",
      text,
    });
    const noteIt: LearnerAction = {
      type: "add_note",
      customerRef: "CUS-6101",
      text: "Grinder re-sent today.",
    };
    const run = (actions: LearnerAction[]) => {
      const { state } = play(internal, actions);
      return remedyRecordClaims(
        state.log,
        "CUS-6101",
        "Aisha",
        dispatchersFor(internal, state, "CUS-6101"),
      ).map((v) => v.status);
    };
    expect(
      run([
        openCase,
        toDev("Case ref CASE-A1, address confirmed as 14 Elm Road."),
        { type: "wait", minutes: 15 },
        noteIt,
      ]),
    ).toEqual([]);
    // Dev given only the address books nothing: the note says what did not happen.
    expect(run([toDev("Address is confirmed: 14 Elm Road, Leeds LS6 2AB."), noteIt])).toEqual(["untrue"]);
  });

  it("takes a voucher given in a campaign's message as given, where offers are made by message", () => {
    const loyalty = loadScenarioFile("loyalty-silent-defection");
    const { state } = play(loyalty, [
      {
        type: "send_message",
        customerRef: "CUS-8101",
        channel: "email",
        text: "Dear Priya, thank you for telling me. Here's a £15 voucher for your next order of Espresso Roast. Alex",
      },
      { type: "add_note", customerRef: "CUS-8101", text: "Loyalty contact. Sent a £15 voucher." },
    ]);
    expect(remedyRecordClaims(state.log, "CUS-8101", "Priya", [], true)).toEqual([]);
    expect(remedyRecordClaims(state.log, "CUS-8101", "Priya", [], false).map((v) => v.status)).toEqual([
      "untrue",
    ]);
  });
});

describe("words-match-actions: the false record costs the criterion, with both pieces of evidence", () => {
  it("is not met when the resolution says the refund was issued and none was", () => {
    const actions: LearnerAction[] = [
      caseOpen,
      email,
      close(
        "Kettle faulty within 30 days. Full refund of KET-AURORA-17 issued to original card (3-5 working days).",
      ),
    ];
    const c = scoreAttempt(kettle, play(kettle, actions).events, START).criteria.find(
      (x) => x.id === "words-match-actions",
    )!;
    expect(c.status).toBe("not_met");
    expect(c.evidence.map((e) => e.summary.split(":")[0])).toEqual(["What the record says", "What happened"]);
    expect(c.evidence[0]!.spans).toEqual([
      expect.objectContaining({ label: "claim", text: "refund of KET-AURORA-17 issued" }),
    ]);
    expect(c.evidence[1]!.summary).toBe("What happened: no refund was issued for Priya in the attempt.");
    // The same resolution with the refund issued keeps it.
    const kept = scoreAttempt(
      kettle,
      play(kettle, [caseOpen, remedy("refund"), ...actions.slice(1)]).events,
      START,
    );
    expect(kept.criteria.find((x) => x.id === "words-match-actions")!.status).toBe("met");
  });
});
