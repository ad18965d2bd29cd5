/**
 * Whether an attempt still takes work, and whether its learner may see its marks, under its
 * assignment's terms (closed, locked at the due date, marks held by the tutor).
 */
import { eq } from "drizzle-orm";
import type * as schema from "@/db/schema";
import type { Scope } from "@/db/store";
import { availability, marksHeld, voidNotice } from "@/server/core/assignment-rules";
import { conflict } from "@/server/core/domain-errors";
import { termsOf, workTermsOf } from "./assignments";

type AttemptRow = typeof schema.attempts.$inferSelect;
type AssignmentRow = typeof schema.assignments.$inferSelect;

async function assignmentById(scope: Scope, id: number): Promise<AssignmentRow | undefined> {
  const { t, db } = scope;
  const [row] = await db.select().from(t.assignments).where(eq(t.assignments.id, id)).limit(1);
  return row;
}

/** The assignment an attempt counts towards, if it still exists. */
function assignmentOf(
  scope: Scope,
  attempt: Pick<AttemptRow, "assignmentId">,
): Promise<AssignmentRow | undefined> {
  if (attempt.assignmentId === null) return Promise.resolve(undefined);
  return assignmentById(scope, attempt.assignmentId);
}

/**
 * Throws, in words the learner can act on, if the attempt no longer takes work: set aside by its
 * learner or tutor, already submitted, or its assignment closed or locked. Returns whether a
 * submission now would be late.
 */
export async function requireWorkable(
  scope: Scope,
  attempt: AttemptRow,
  now: Date,
): Promise<{ late: boolean }> {
  if (attempt.status === "void")
    throw conflict(voidNotice(attempt.voidKind ?? "restarted", attempt.voidReason));
  if (attempt.status === "submitted")
    throw conflict(
      "This attempt has been submitted, so it can no longer be changed. Its report is ready to read.",
    );
  const assignment = await assignmentOf(scope, attempt);
  if (!assignment) return { late: false };
  const open = availability(await workTermsOf(scope, assignment), now);
  if (!open.open) throw conflict(open.message);
  return { late: open.late };
}

/** True while the attempt's marks must not be sent to its learner (the tutor is holding them). */
export async function marksHeldFor(
  scope: Scope,
  attempt: Pick<AttemptRow, "assignmentId">,
): Promise<boolean> {
  const assignment = await assignmentOf(scope, attempt);
  return assignment !== undefined && marksHeld(termsOf(assignment));
}

/** Assignment ids among these whose marks are held, for lists. */
export async function heldAssignmentIds(
  scope: Scope,
  assignmentIds: (number | null)[],
): Promise<Set<number>> {
  const held = new Set<number>();
  for (const id of new Set(assignmentIds)) {
    if (id === null) continue;
    const row = await assignmentById(scope, id);
    if (row && marksHeld(termsOf(row))) held.add(id);
  }
  return held;
}

/** An assignment's due date and its rule for late work. */
export interface Deadline {
  dueAt: Date;
  lateWork: AssignmentRow["lateWork"];
}

export function deadlineOf(assignment: AssignmentRow | null | undefined): Deadline | null {
  return assignment?.dueAt ? { dueAt: assignment.dueAt, lateWork: assignment.lateWork } : null;
}

/**
 * Whether the attempt's assignment still takes work, read once: while it does, `blockedReason` is null and
 * `deadline` says when it is due and what happens then (a learner was not told their assignment locks at its
 * due date: session 39); once it does not, `blockedReason` is what to tell the learner and there is no deadline
 * to show. An attempt with no assignment is never blocked and has no deadline.
 */
export async function workTerms(
  scope: Scope,
  attempt: AttemptRow,
  now: Date,
): Promise<{ blockedReason: string | null; deadline: Deadline | null }> {
  const assignment = await assignmentOf(scope, attempt);
  if (!assignment) return { blockedReason: null, deadline: null };
  const open = availability(await workTermsOf(scope, assignment), now);
  return open.open
    ? { blockedReason: null, deadline: deadlineOf(assignment) }
    : { blockedReason: open.message, deadline: null };
}
