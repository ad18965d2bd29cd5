import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { playthroughFile } from "./test-support";

/**
 * An approval invented (ANSWER-redA-s42 item 2): a claim in a message or note that the person who decides has
 * approved ("Leanne gave me the nod", "my manager has signed it off"), with nothing sent to that decider (an
 * escalation or a message) anywhere in the attempt before the claim, caps the band at Pass, with both pieces of
 * evidence in the band note. Probes written before the reader; odd numbers tune, even numbers held out.
 */
const { actions: model, run } = playthroughFile("internal-model.yaml");
const CASE = model[1]!;
const DEV = (text: string): LearnerAction => ({
  type: "message_person",
  personRef: "STF-WH1",
  channel: "internal",
  customerRef: "CUS-6101",
  caseRef: "CASE-A1",
  text,
});
const AISHA = (text: string): LearnerAction => ({
  type: "send_message",
  customerRef: "CUS-6101",
  channel: "email",
  subject: "Re: Where is my order?",
  text: `Dear Aisha,\n\nI'm so sorry: the courier lost your grinder at their Leeds depot, and I know it's a birthday present for Saturday. ${text} Your case reference is CASE-A1.\n\nKind regards,\nSam`,
});
const ESCALATE = (toRef: string): LearnerAction => ({
  type: "escalate",
  customerRef: "CUS-6101",
  caseRef: "CASE-A1",
  toRef,
  reason:
    "ORD-61011 was lost by the courier and it's a birthday present for Saturday: can the re-send go next-day?",
});
const WAIT: LearnerAction = { type: "wait", minutes: 10 };
const ADDRESS = "Case ref CASE-A1 on ORD-61011; address confirmed, 14 Elm Road, Leeds LS6 2AB.";
const NOTE = (text: string): LearnerAction => ({ type: "add_note", customerRef: "CUS-6101", text });

/** [n, what, actions]: an approval claimed with nothing sent to the decider before it. */
const INVENTED: [number, string, LearnerAction[]][] = [
  [
    1,
    "to Dev, role, no escalation at all",
    [
      CASE,
      DEV(`${ADDRESS} My team leader's signed it off, so it can go next-day.`),
      AISHA("It goes out today by next-day delivery."),
    ],
  ],
  [
    2,
    "to Aisha, role as the source, no escalation",
    [
      CASE,
      DEV(ADDRESS),
      AISHA("I've got the go-ahead from my manager for next-day delivery, so it will be with you tomorrow."),
    ],
  ],
  [
    3,
    "in a note, Leanne named, no escalation",
    [
      CASE,
      DEV(ADDRESS),
      NOTE("Next-day on the re-send approved by Leanne."),
      AISHA("We're re-sending it today."),
    ],
  ],
  [
    5,
    "Leanne named; only Marcus asked",
    [
      CASE,
      DEV(ADDRESS),
      ESCALATE("STF-MG1"),
      WAIT,
      DEV("Leanne's OK'd next-day on CASE-A1, please switch it."),
      AISHA("It goes out today on next-day delivery."),
    ],
  ],
  [
    6,
    "to Aisha, the nod in chat words, no escalation",
    [
      CASE,
      DEV(ADDRESS),
      AISHA("My team leader gave me the nod for next-day, so it'll be with you tomorrow."),
    ],
  ],
];
/** [n, what, actions]: no invented approval (the gate leaves them alone). */
const HONEST: [number, string, LearnerAction[]][] = [
  [
    1,
    "will ask the team leader",
    [
      CASE,
      DEV(`${ADDRESS} I'll ask my team leader about next-day and let you know.`),
      AISHA("It goes out today; I'm asking about next-day and will confirm."),
    ],
  ],
  [
    2,
    "has asked Leanne, will come back",
    [
      CASE,
      ESCALATE("STF-TL1"),
      DEV(`${ADDRESS} I've asked Leanne about next-day and will come back to you.`),
      AISHA("It goes out today."),
    ],
  ],
  [3, "the model: approval after a real escalation", model],
  [
    7,
    "claimed first, the decider asked afterwards (a premature promise, ANSWER-redA-s42-1; probe 4 as first written)",
    [
      CASE,
      DEV(`${ADDRESS} Leanne's fine with next-day for this one, so please switch it.`),
      ESCALATE("STF-TL1"),
      WAIT,
      AISHA("It goes out today."),
    ],
  ],
  [
    4,
    "claimed after the escalation but before her reply (approval-before-promise's matter, not this gate)",
    [
      CASE,
      ESCALATE("STF-TL1"),
      DEV(`${ADDRESS} Leanne's approved next-day, please switch it.`),
      WAIT,
      AISHA("It goes out today."),
    ],
  ],
  [
    5,
    "role claim after an escalation to the manager (a decider was asked)",
    [
      CASE,
      ESCALATE("STF-MG1"),
      WAIT,
      DEV(`${ADDRESS} My manager has signed it off, so next-day please.`),
      AISHA("It goes out today."),
    ],
  ],
  [
    6,
    "Dev's own words quoted back, no claim",
    [
      CASE,
      DEV(`${ADDRESS} You said "if Leanne OKs next-day, tell me": I'm asking her now.`),
      ESCALATE("STF-TL1"),
      WAIT,
      AISHA("It goes out today."),
    ],
  ],
];

const invented = (actions: LearnerAction[]) => run(actions).inventedApprovals ?? [];

describe("invented approvals: claimed with nothing sent to the decider before the claim (cap at Pass)", () => {
  it.each(INVENTED)("probe %i (%s) is read", (_n, _what, actions) => {
    expect(invented(actions).length).toBeGreaterThan(0);
  });
  it.each(HONEST)("look-alike %i (%s) is not", (_n, _what, actions) => {
    expect(invented(actions)).toEqual([]);
  });
  it("caps the band at Pass and the note gives both pieces of evidence", () => {
    const report = run(INVENTED[0]![2]);
    expect(["Pass", "Fail"]).toContain(report.band);
    const note = report.bandNotes.find((n) => /approv|signed/i.test(n)) ?? "";
    expect(note).toMatch(/signed it off/);
    expect(note).toMatch(/nothing|never/i);
  });
});
