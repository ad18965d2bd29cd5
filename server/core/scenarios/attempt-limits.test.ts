import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { actionText } from "./action-resolution";
import { initialState } from "./attempt-state";
import { ATTEMPT_LIMITS, attemptLimitReached } from "./attempt-limits";
import type { ActionRecord, AttemptState } from "./engine-types";
import type { LearnerAction } from "./learner-actions";
import { parsePlaythrough } from "./playthrough";
import { loadScenarioFile, SCENARIOS_DIR, START } from "./test-support";

const complaint = loadScenarioFile("complaint-faulty-kettle");

/** A state whose log holds these actions (the bounds read nothing else). */
const holding = (actions: LearnerAction[]): AttemptState => ({
  ...initialState(complaint, START),
  log: actions.map((action, index) => ({ index, action }) as ActionRecord),
});

const view: LearnerAction = { type: "view_record", customerRef: "CUS-2041" };
const email = (text: string): LearnerAction => ({
  type: "send_message",
  customerRef: "CUS-2041",
  channel: "email",
  text,
});
const note = (text: string): LearnerAction => ({ type: "add_note", customerRef: "CUS-2041", text });

describe("how much one attempt may hold", () => {
  it("takes the last action within each bound and refuses the next", () => {
    const actions = Array.from({ length: ATTEMPT_LIMITS.actions - 1 }, () => view);
    expect(attemptLimitReached(holding(actions), view)).toBeNull();
    expect(attemptLimitReached(holding([...actions, view]), view)).toMatch(/already holds 200 actions/);

    const messages = Array.from({ length: ATTEMPT_LIMITS.messages - 1 }, (_, i) => email(`Reply ${i}`));
    expect(attemptLimitReached(holding(messages), email("One more"))).toBeNull();
    const full = holding([...messages, email("The last")]);
    expect(attemptLimitReached(full, email("One more"))).toMatch(/already holds 30 messages/);
    // A colleague's message is read like a customer's; a note is not a message.
    expect(
      attemptLimitReached(full, { type: "message_person", personRef: "P1", channel: "internal", text: "Hi" }),
    ).toMatch(/30 messages/);
    expect(attemptLimitReached(full, note("Called back."))).toBeNull();
  });

  it("counts every character the learner writes, whatever the action", () => {
    const notes = Array.from({ length: 7 }, () => note("n".repeat(4000)));
    const written = notes.reduce((sum, a) => sum + actionText(a).length, 0);
    const left = ATTEMPT_LIMITS.writtenCharacters - written;
    expect(attemptLimitReached(holding(notes), note("x".repeat(left)))).toBeNull();
    expect(attemptLimitReached(holding(notes), email("x".repeat(left)))).toMatch(
      /30,000 characters of writing in all, and 2,000 are left/,
    );
  });

  it("leaves every playthrough at least twice the room it uses", () => {
    const dir = path.join(SCENARIOS_DIR, "playthroughs");
    let checked = 0;
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".yaml"))) {
      const parsed = parsePlaythrough(file, fs.readFileSync(path.join(dir, file), "utf8"));
      if (!parsed.ok) continue;
      const { actions } = parsed.playthrough;
      const messages = actions.filter((a) => a.type === "send_message" || a.type === "message_person");
      const written = actions.reduce((sum, a) => sum + actionText(a).length, 0);
      expect(actions.length * 2, file).toBeLessThanOrEqual(ATTEMPT_LIMITS.actions);
      expect(messages.length * 2, file).toBeLessThanOrEqual(ATTEMPT_LIMITS.messages);
      expect(written * 2, file).toBeLessThanOrEqual(ATTEMPT_LIMITS.writtenCharacters);
      checked++;
    }
    expect(checked).toBeGreaterThan(500);
  });
});
