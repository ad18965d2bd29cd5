/** The words a tutor's results use for where a learner is and how a criterion was marked. */
import type { CriterionStatus } from "@/server/core/scenarios/scoring";

/** Where a learner is with their work: no attempt yet, working on one, or submitted. */
export type LearnerStatus = "not_started" | "in_progress" | "submitted";

/** How a learner's status reads in an export. */
export const LEARNER_STATUS_TEXT: Record<LearnerStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  submitted: "Submitted",
};

export const CRITERION_STATUSES = ["met", "partly", "not_met"] as const satisfies readonly CriterionStatus[];

/** How a criterion status reads in a spreadsheet or to a screen reader. */
export const STATUS_TEXT: Record<CriterionStatus, string> = {
  met: "met",
  partly: "partly",
  not_met: "not met",
};

/**
 * A criterion's cell in an export: an answer the tutor has not marked yet is not "not met", and a
 * gate judged on work never done reads "not attempted" (it scores as not met).
 */
export function cellText(
  cell: { status: CriterionStatus | null; awaitingTutor: boolean; notAttempted?: boolean } | undefined,
): string {
  if (!cell?.status) return "";
  if (cell.awaitingTutor) return AWAITING_TEXT;
  return cell.notAttempted ? NOT_ATTEMPTED_TEXT : STATUS_TEXT[cell.status];
}

export const AWAITING_TEXT = "awaiting the tutor";
export const NOT_ATTEMPTED_TEXT = "not attempted";

/** A debrief's words for a criterion every learner who missed it never attempted. */
export const NOT_ATTEMPTED_FEEDBACK =
  "Not attempted: nobody was written to, so there was nothing to judge, and it counts as not met. This is judged on what a learner writes to the customer about their own case; a learner who replies will be marked on that reply.";

/**
 * The "Late" cell of an export: "Yes" for work submitted after the due date of an assignment that
 * accepts late work (a locked one refuses it), "No" for work on time, blank when nothing is submitted.
 */
export function lateText(row: { status: LearnerStatus; late: boolean }): string {
  if (row.status !== "submitted") return "";
  return row.late ? "Yes" : "No";
}
