/**
 * What a learner is told about an assignment's due date: when it is, in UK date and time, and what
 * happens then. Learners were not told their assignment locks at its due date (session 39's lesson): one
 * who left a reply half-written found the attempt shut, with nothing said beforehand.
 */
import { formatTime, formatWeekdayDate } from "./format";

/** "17:00 on Monday 7 December 2026" (UK time, with no comma after the weekday). */
export function formatDeadline(d: Date | number): string {
  return `${formatTime(d)} on ${formatWeekdayDate(d)}`;
}

export interface DeadlineTerms {
  dueAt: Date | string;
  lateWork: "accept" | "lock";
}

/** The two sentences: when (the headline), and what happens after. */
export function deadlineWords(
  { dueAt, lateWork }: DeadlineTerms,
  now: number = Date.now(),
): { when: string; after: string } {
  const due = new Date(dueAt);
  const at = `${formatDeadline(due)} (UK time)`;
  if (lateWork === "lock")
    return {
      when: `This assignment locks at ${at}.`,
      after:
        "After that you cannot change or submit your attempt, so submit before then. Work not submitted by then is kept for your tutor but not marked, unless they reopen it.",
    };
  return due.getTime() < now
    ? {
        when: `This assignment was due at ${at}.`,
        after: "You can still submit it, but it will be marked as late.",
      }
    : {
        when: `This assignment is due at ${at}.`,
        after: "You can still submit after then, but it will be marked as late.",
      };
}
