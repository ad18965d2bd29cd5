/**
 * The rules of an assignment's life, kept pure so the server enforces them in one place and the
 * pages can explain them in the same words: whether learners may still work on it, whether a
 * submission is late, how many attempts are left, and whether a learner may see their marks.
 */
import { formatUkDateTime } from "./scenarios/dates";
import type { AttemptStatus, LateWorkPolicy, MarkReleaseMode, VoidKind } from "./vocabulary";

export interface AssignmentTerms {
  dueAt: Date | null;
  closedAt: Date | null;
  lateWork: LateWorkPolicy;
  /** Null means unlimited. */
  maxAttempts: number | null;
  marksRelease: MarkReleaseMode;
  marksReleasedAt: Date | null;
  /**
   * When the tutor archived the assignment's class (the course is over): its assignments take no more
   * work, as if closed, and its results stay as they were. Absent where the class is not known.
   */
  classArchivedAt?: Date | null;
}

export type AssignmentAvailability =
  | { open: true; late: boolean }
  | { open: false; reason: "closed" | "locked"; message: string };

/** Whether learners may start, carry on with or submit work for the assignment at `now`. */
export function availability(terms: AssignmentTerms, now: Date): AssignmentAvailability {
  if (terms.classArchivedAt)
    return {
      open: false,
      reason: "closed",
      message:
        "Your tutor has archived this class, so its assignments no longer take work. Your reports are still here to read.",
    };
  if (terms.closedAt)
    return {
      open: false,
      reason: "closed",
      message: "Your tutor has closed this assignment, so it no longer takes work.",
    };
  const pastDue = terms.dueAt !== null && now.getTime() > terms.dueAt.getTime();
  if (pastDue && terms.lateWork === "lock") {
    return {
      open: false,
      reason: "locked",
      message: `This assignment locked at its due date (${formatUkDateTime(terms.dueAt!)}), so it no longer takes work.`,
    };
  }
  return { open: true, late: pastDue };
}

/**
 * Attempts that use up one of those allowed: every submitted attempt, and a submitted one a tutor
 * voided (a void is a sanction). Attempts set aside before submission, and tutor resets, do not.
 */
export function attemptsUsed(
  attempts: { status: AttemptStatus; submittedAt: Date | null; voidKind: VoidKind | null }[],
): number {
  return attempts.filter(
    (a) =>
      a.status === "submitted" || (a.status === "void" && a.voidKind === "voided" && a.submittedAt !== null),
  ).length;
}

/** Attempts the learner may still submit; null when unlimited. */
export function attemptsLeft(terms: Pick<AssignmentTerms, "maxAttempts">, used: number): number | null {
  return terms.maxAttempts === null ? null : Math.max(0, terms.maxAttempts - used);
}

/** True while the tutor is holding this assignment's marks back from its learners. */
export function marksHeld(terms: Pick<AssignmentTerms, "marksRelease" | "marksReleasedAt">): boolean {
  return terms.marksRelease === "held" && terms.marksReleasedAt === null;
}

export const ATTEMPT_LIMIT_MESSAGE = (max: number) =>
  `You have used ${max === 1 ? "your one attempt" : `all ${max} of your attempts`} at this assignment. Ask your tutor if you need another.`;

/** What a learner is told about an attempt that has been set aside. */
export function voidNotice(kind: VoidKind, reason: string | null): string {
  switch (kind) {
    case "restarted":
      return "You started this scenario again, so this attempt was set aside. It is kept on record but not marked.";
    case "reset":
      return `Your tutor reset this attempt${reason ? `: ${reason}` : "."} It does not count, and you can start the scenario again.`;
    case "voided":
      return `Your tutor voided this attempt${reason ? `: ${reason}` : "."} It is not marked, and it still counts as one of your attempts.`;
  }
}
