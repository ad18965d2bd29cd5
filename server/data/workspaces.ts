/** Resolves which CRM workspace a request may see, and checks the caller may see it. */
import { eq } from "drizzle-orm";
import type { Scope } from "@/db/store";
import { forbidden, notFound } from "@/server/core/domain-errors";
import type { Actor } from "@/server/auth/actor";

export async function demoWorkspaceId(scope: Scope): Promise<number> {
  const { t, db } = scope;
  const [ws] = await db
    .select({ id: t.workspaces.id })
    .from(t.workspaces)
    .where(eq(t.workspaces.kind, "demo"))
    .limit(1);
  if (!ws) throw notFound("The demo CRM");
  return ws.id;
}

/** Loads an attempt the caller may read: its learner, or the tutor who owns the learner's class. */
export async function readableAttempt(scope: Scope, actor: Actor, attemptId: number) {
  // Before any lookup: the same answer for an attempt that exists and one that does not.
  if (actor.kind === "anonymous") throw forbidden("Please sign in to see this attempt.");
  const { t, db } = scope;
  const [row] = await db
    .select({ attempt: t.attempts, learner: t.learners, tutorId: t.classes.tutorId })
    .from(t.attempts)
    .innerJoin(t.learners, eq(t.learners.id, t.attempts.learnerId))
    .leftJoin(t.classes, eq(t.classes.id, t.learners.classId))
    .where(eq(t.attempts.id, attemptId))
    .limit(1);
  // Someone else's attempt is reported as missing, so ids cannot be probed.
  if (!row) throw notFound("That attempt");
  if (actor.kind === "learner" && row.attempt.learnerId === actor.learner.id) return row;
  if (actor.kind === "tutor" && row.tutorId === actor.tutor.id) return row;
  throw notFound("That attempt");
}

export async function workspaceForRead(
  scope: Scope,
  actor: Actor,
  selector: { attemptId?: number },
): Promise<number> {
  if (selector.attemptId === undefined) return demoWorkspaceId(scope);
  return (await readableAttempt(scope, actor, selector.attemptId)).attempt.workspaceId;
}
