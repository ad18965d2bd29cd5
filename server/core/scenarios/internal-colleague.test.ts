import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { playthroughFile } from "./test-support";

const status = (report: { criteria: { id: string; status: string }[] }, id: string) =>
  report.criteria.find((c) => c.id === id)?.status;

/**
 * Dev books the re-send on the case reference itself, not on the words "case ref" (the session 38 scripted
 * lesson: "Case ref to follow; the address is 14 Elm Road" before any case was opened had him book it).
 */
describe("internal customer: Dev needs the delivery case's reference and the address", () => {
  const { actions, run } = playthroughFile("internal-model.yaml");
  const firstToDev = actions.findIndex((a) => a.type === "message_person" && a.personRef === "STF-WH1");

  it("the model (CASE-A1 and 14 Elm Road) has the re-send booked", () => {
    expect(status(run(actions), "parcel-on-its-way")).toBe("met");
  });

  it("'case ref to follow' with no case opened does not", () => {
    // The first message to Dev says the reference will follow, and no case is ever opened.
    const promised: LearnerAction[] = actions
      .map(
        (a, i): LearnerAction =>
          i === firstToDev
            ? {
                type: "message_person",
                personRef: "STF-WH1",
                channel: "internal",
                customerRef: "CUS-6101",
                text: "Hi Dev, thanks. Case ref to follow; the address is 14 Elm Road, Leeds LS6 2AB.",
              }
            : a,
      )
      .filter((a) => a.type !== "open_case");
    expect(
      promised.some((a) => a.type === "message_person" && a.text.startsWith("Hi Dev, thanks. Case ref")),
    ).toBe(true);
    expect(status(run(promised), "parcel-on-its-way")).not.toBe("met");
  });
});
