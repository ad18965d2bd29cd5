/**
 * Whether an attempt still takes work, and whether its learner may see its marks, under its
 * assignment's terms (closed, locked at the due date, marks held by the tutor).
 */
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import * as t from "@/db/schema";
import { availability, marksHeld, voidNotice } from "@/server/core/assignment-rules";
import { conflict } from "@/server/core/domain-errors";
import { termsOf } from "./assignments";

type AttemptRow = typeof t.attempts.$inferSelect;
type AssignmentRow = typeof t.assignments.$inferSelect;

/** The assignment an attempt counts towards, if it still exists. */
function assignmentOf(db: Db, attempt: Pick<AttemptRow, "assignmentId">): AssignmentRow | undefined {
  if (attempt.assignmentId === null) return undefined;
  return db.select().from(t.assignments).where(eq(t.assignments.id, attempt.assignmentId)).get();
}

/**
 * Throws, in words the learner can act on, if the attempt no longer takes work: set aside by its
 * learner or tutor, already submitted, or its assignment closed or locked. Returns whether a
 * submission now would be late.
 */
export function requireWorkable(db: Db, attempt: AttemptRow, now: Date): { late: boolean } {
  if (attempt.status === "void")
    throw conflict(voidNotice(attempt.voidKind ?? "restarted", attempt.voidReason));
  if (attempt.status === "submitted")
    throw conflict(
      "This attempt has been submitted, so it can no longer be changed. Its report is ready to read.",
    );
  const assignment = assignmentOf(db, attempt);
  if (!assignment) return { late: false };
  const open = availability(termsOf(assignment), now);
  if (!open.open) throw conflict(open.message);
  return { late: open.late };
}

/** True while the attempt's marks must not be sent to its learner (the tutor is holding them). */
export function marksHeldFor(db: Db, attempt: Pick<AttemptRow, "assignmentId">): boolean {
  const assignment = assignmentOf(db, attempt);
  return assignment !== undefined && marksHeld(termsOf(assignment));
}

/** Assignment ids among these whose marks are held, for lists. */
export function heldAssignmentIds(db: Db, assignmentIds: (number | null)[]): Set<number> {
  const held = new Set<number>();
  for (const id of new Set(assignmentIds)) {
    if (id === null) continue;
    const row = db.select().from(t.assignments).where(eq(t.assignments.id, id)).get();
    if (row && marksHeld(termsOf(row))) held.add(id);
  }
  return held;
}

/** Null while the attempt's assignment takes work; otherwise what to tell the learner. */
export function workBlockedReason(db: Db, attempt: AttemptRow, now: Date): string | null {
  const assignment = assignmentOf(db, attempt);
  if (!assignment) return null;
  const open = availability(termsOf(assignment), now);
  return open.open ? null : open.message;
}
