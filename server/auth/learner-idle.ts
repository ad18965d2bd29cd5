/**
 * A learner's session ends after LEARNER_IDLE_MINUTES without the learner's own use of the app, as a
 * tutor's does after TUTOR_IDLE_MINUTES (tutor-sessions.ts): the same idle hint (what a page fetches by
 * itself is not use), the same write at most every few minutes, the same refusal that says why.
 *
 * The clock is kept as the time of last use (learners.session_active_at), not as a deadline, so a
 * college that lowers the setting has it apply at once to every session, including those already open.
 *
 * The default is long (30 days, the cookie's own lifetime without a visit) because a learner has no
 * password: a signed-out learner gets back to their work only with a reclaim code from their tutor
 * (server/data/learners.ts), so a short default would mean a reset for every learner at the start of
 * every lesson. Where learners share classroom computers without logins of their own, a college sets
 * it to a lesson's length (OWASP Session Management Cheat Sheet, "Idle Timeout": the figure depends
 * on how the application is used and on who else can reach the device).
 */
import { env } from "@/server/env";

/** How long a learner's session lasts without use. */
export const learnerIdleMs = () => env().LEARNER_IDLE_MINUTES * 60_000;

/** The last-use time is written at most once per this much use, so most requests only read. */
export const LEARNER_TOUCH_STEP_MS = 5 * 60_000;

/** "2 hours", "90 minutes", "30 days": an idle period as a person would say it. */
export function idlePeriodText(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (minutes % 1440 === 0) return unit(minutes / 1440, "day");
  if (minutes % 60 === 0) return unit(minutes / 60, "hour");
  return unit(minutes, "minute");
}
