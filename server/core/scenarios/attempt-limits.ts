/**
 * How much work one attempt may hold. Submitting replays and marks every action in one synchronous
 * pass inside the database write, and reading a message is the costly part, so an attempt without
 * bounds could stop the whole server: 300 messages of 4,000 characters, sent by a script as a
 * practising learner (no class needed), held every other request and the write lock for 14 s at
 * submission (session 32, on the production build). These bounds are far above any honest attempt
 * (the largest of the 581 playthroughs has 35 actions, 10 messages and 10,010 characters of writing)
 * and keep the worst submission to about 2 s on the same busy 2-core machine (1.9 s for 30 messages of
 * 1,000 characters; 0.4 s for an ordinary attempt of five 600-character replies).
 */
import type { AttemptState } from "./engine-types";
import { actionText } from "./action-resolution";
import type { LearnerAction } from "./learner-actions";

export const ATTEMPT_LIMITS = {
  /** Learner actions of any kind, opening a record and waiting included. */
  actions: 200,
  /** Messages to customers or colleagues: each is read by the analyser and marked. */
  messages: 30,
  /** Characters of everything the learner writes (messages, notes, summaries, answers). */
  writtenCharacters: 30_000,
} as const;

const isMessage = (a: LearnerAction) => a.type === "send_message" || a.type === "message_person";

/** What the learner is told when `action` would take the attempt past a bound; null while it fits. */
export function attemptLimitReached(state: AttemptState, action: LearnerAction): string | null {
  const done = state.log.map((r) => r.action);
  const advice = "Submit it for marking, or start again.";
  if (done.length >= ATTEMPT_LIMITS.actions)
    return `This attempt already holds ${ATTEMPT_LIMITS.actions} actions, the most one attempt can. ${advice}`;
  if (isMessage(action) && done.filter(isMessage).length >= ATTEMPT_LIMITS.messages)
    return `This attempt already holds ${ATTEMPT_LIMITS.messages} messages, the most one attempt can. ${advice}`;
  const written = done.reduce((sum, a) => sum + actionText(a).length, 0);
  const adding = actionText(action).length;
  if (written + adding > ATTEMPT_LIMITS.writtenCharacters) {
    const left = Math.max(0, ATTEMPT_LIMITS.writtenCharacters - written);
    return `This attempt can hold ${ATTEMPT_LIMITS.writtenCharacters.toLocaleString("en-GB")} characters of writing in all, and ${left.toLocaleString("en-GB")} are left: shorten this, or submit.`;
  }
  return null;
}
