/** Resolves which CRM workspace a request may see, and checks the caller may see it. */
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import * as t from "@/db/schema";
import { forbidden, notFound } from "@/server/core/domain-errors";
import type { Actor } from "@/server/auth/actor";

export function demoWorkspaceId(db: Db): number {
  const ws = db.select({ id: t.workspaces.id }).from(t.workspaces).where(eq(t.workspaces.kind, "demo")).get();
  if (!ws) throw notFound("The demo CRM");
  return ws.id;
}

/** Loads an attempt the caller may read: its learner, or the tutor who owns the learner's class. */
export function readableAttempt(db: Db, actor: Actor, attemptId: number) {
  // Before any lookup: the same answer for an attempt that exists and one that does not.
  if (actor.kind === "anonymous") throw forbidden("Please sign in to see this attempt.");
  const row = db
    .select({ attempt: t.attempts, learner: t.learners, tutorId: t.classes.tutorId })
    .from(t.attempts)
    .innerJoin(t.learners, eq(t.learners.id, t.attempts.learnerId))
    .leftJoin(t.classes, eq(t.classes.id, t.learners.classId))
    .where(eq(t.attempts.id, attemptId))
    .get();
  // Someone else's attempt is reported as missing, so ids cannot be probed.
  if (!row) throw notFound("That attempt");
  if (actor.kind === "learner" && row.attempt.learnerId === actor.learner.id) return row;
  if (actor.kind === "tutor" && row.tutorId === actor.tutor.id) return row;
  throw notFound("That attempt");
}

export function workspaceForRead(db: Db, actor: Actor, selector: { attemptId?: number }): number {
  if (selector.attemptId === undefined) return demoWorkspaceId(db);
  return readableAttempt(db, actor, selector.attemptId).attempt.workspaceId;
}
