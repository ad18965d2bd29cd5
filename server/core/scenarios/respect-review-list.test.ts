/**
 * The tutor's "Remarks to check" (respect-review-list.ts) both ways: a remark about the customer the marker did not
 * count is listed with where it was written, in a message, a note or case text; what the marker counted is not listed
 * again (its own reading, the scenario's own breach phrases); honest work lists nothing.
 */
import { describe, expect, it } from "vitest";
import { remarksForReview } from "../analysis/respect-review";
import type { LearnerAction } from "./learner-actions";
import { REMARK_REASON, remarksToCheck } from "./respect-review-list";
import { START, loadScenarioFile, play } from "./test-support";

const kettle = loadScenarioFile("complaint-faulty-kettle");
const PRIYA = "CUS-2041";
const CHEERY = "lol ur kettle really said nope 😂 anyway new one coming thurs.";
const DIG = "Cust rang again about her kettle, as usual.";
const email = (text: string): LearnerAction => ({
  type: "send_message",
  customerRef: PRIYA,
  channel: "email",
  text,
});
const listed = (actions: LearnerAction[]) => remarksToCheck(kettle, START, play(kettle, actions).events);

describe("remarksToCheck", () => {
  it("lists an unjudged remark in a message and in a note, quoting it where it was written", () => {
    const remarks = listed([
      email(`Dear Priya, I'm sorry your kettle stopped working. ${CHEERY} Thank you.`),
      { type: "add_note", customerRef: PRIYA, text: `${DIG} Refund done.` },
      {
        type: "open_case",
        customerRef: PRIYA,
        category: "faulty_product",
        summary: `${DIG} Kettle light flickers.`,
      },
    ]);
    expect(remarks.map((r) => [r.where, r.sentence])).toEqual([
      ["Message 1 to Priya Shah (email)", CHEERY],
      ["In a note on Priya Shah's record", DIG],
      ["In the case on Priya Shah's record", DIG],
    ]);
    for (const r of remarks) {
      expect(r.text.slice(r.start, r.end)).toBe(r.sentence);
      expect(r.reason).toBe(REMARK_REASON);
      expect(r.seq).toEqual(expect.any(Number));
    }
  });

  it("does not list what the marker counted, nor anything in honest work", () => {
    expect(
      listed([
        // counted by the marker (dismissive), so not listed again
        email("Dear Priya, calm down, it's only a kettle. A refund is on its way."),
        {
          type: "add_note",
          customerRef: PRIYA,
          text: "Priya thinks the kettle is broken, bless her. Replacement sent.",
        },
      ]),
    ).toEqual([]);
    expect(
      listed([
        email(
          "Dear Priya, I'm so sorry the kettle's light flickers and then it stops. I've refunded you in full today. Thank you for telling us.",
        ),
        {
          type: "add_note",
          customerRef: PRIYA,
          text: "Cust upset kettle light flickers then stops. Full refund issued, apologised.",
        },
      ]),
    ).toEqual([]);
  });

  it("does not list the customer's own words quoted in an email reply", () => {
    const reply = `Dear Priya, a new kettle is on its way today.\n\n> ${CHEERY}\n> Sent from my phone`;
    expect(listed([email(reply)])).toEqual([]);
    expect(listed([email(`Dear Priya, a new kettle is on its way today.\n\n${CHEERY}`)])).toHaveLength(1);
  });

  it("counts the scenario's own breach phrases as judged", () => {
    const withPhrase = {
      ...kettle,
      rubric: kettle.rubric.map((c) =>
        c.kind === "respect" ? { ...c, alsoBreach: ["really said nope"] } : c,
      ),
    };
    const events = play(kettle, [email(`Dear Priya, thanks for your email. ${CHEERY}`)]).events;
    expect(remarksToCheck(kettle, START, events)).toHaveLength(1);
    expect(remarksToCheck(withPhrase, START, events)).toEqual([]);
  });
});

describe("remarksForReview with the marker's spans", () => {
  it("leaves out a sentence the given spans cover, and only that one", () => {
    const text = `Thanks for your email. ${CHEERY}`;
    expect(remarksForReview(text).map((r) => r.text)).toEqual([CHEERY]);
    const at = text.indexOf("nope");
    expect(remarksForReview(text, [{ start: at, end: at + 4 }])).toEqual([]);
    expect(remarksForReview(text, [{ start: 0, end: 6 }]).map((r) => r.text)).toEqual([CHEERY]);
  });
});
