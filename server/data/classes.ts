/**
 * Classes, always through their tutor: every query that reads or changes a class names the tutor,
 * so another tutor's class is simply "not found" (its existence is not leaked).
 * The one exception is the join-code lookup, which is how a learner finds a class.
 */
import { and, count, desc, eq, isNull } from "drizzle-orm";
import type * as schema from "@/db/schema";
import type { Scope } from "@/db/store";
import { withFreshJoinCode } from "@/server/auth/join-codes";
import { conflict, notFound } from "@/server/core/domain-errors";

export type ClassRow = typeof schema.classes.$inferSelect;

export interface ClassSummary {
  id: number;
  name: string;
  joinCode: string | null;
  joinOpen: boolean;
  archivedAt: Date | null;
  createdAt: Date;
  learnerCount: number;
  assignmentCount: number;
}

/** The class if it belongs to this tutor; otherwise not_found, whether it exists or not. */
export async function requireTutorClass(scope: Scope, tutorId: number, classId: number): Promise<ClassRow> {
  const { t, db } = scope;
  const [row] = await db
    .select()
    .from(t.classes)
    .where(and(eq(t.classes.id, classId), eq(t.classes.tutorId, tutorId)))
    .limit(1);
  if (!row) throw notFound("Class");
  return row;
}

/** The tutor's classes with how many learners (not removed) and assignments each has. */
export async function listTutorClasses(
  scope: Scope,
  tutorId: number,
): Promise<{ active: ClassSummary[]; archived: ClassSummary[] }> {
  const { t, db } = scope;
  const rows = await db
    .select({
      id: t.classes.id,
      name: t.classes.name,
      joinCode: t.classes.joinCode,
      joinOpen: t.classes.joinOpen,
      archivedAt: t.classes.archivedAt,
      createdAt: t.classes.createdAt,
    })
    .from(t.classes)
    .where(eq(t.classes.tutorId, tutorId))
    .orderBy(desc(t.classes.createdAt), desc(t.classes.id));

  const learnerCounts = new Map(
    (
      await db
        .select({ classId: t.learners.classId, n: count() })
        .from(t.learners)
        .innerJoin(t.classes, eq(t.classes.id, t.learners.classId))
        .where(and(eq(t.classes.tutorId, tutorId), isNull(t.learners.removedAt)))
        .groupBy(t.learners.classId)
    ).map((r) => [r.classId, r.n]),
  );
  const assignmentCounts = new Map(
    (
      await db
        .select({ classId: t.assignments.classId, n: count() })
        .from(t.assignments)
        .innerJoin(t.classes, eq(t.classes.id, t.assignments.classId))
        .where(eq(t.classes.tutorId, tutorId))
        .groupBy(t.assignments.classId)
    ).map((r) => [r.classId, r.n]),
  );

  const summaries = rows.map((r) => ({
    ...r,
    learnerCount: learnerCounts.get(r.id) ?? 0,
    assignmentCount: assignmentCounts.get(r.id) ?? 0,
  }));
  return {
    active: summaries.filter((c) => c.archivedAt === null),
    archived: summaries.filter((c) => c.archivedAt !== null),
  };
}

export async function createClass(scope: Scope, tutorId: number, name: string): Promise<ClassRow> {
  const { t, db } = scope;
  return withFreshJoinCode(scope, async (joinCode) => {
    const [row] = await db.insert(t.classes).values({ tutorId, name, joinCode, joinOpen: true }).returning();
    return row!;
  });
}

/** Changes the tutor's class and returns it as it now is. */
async function updateClass(
  scope: Scope,
  tutorId: number,
  classId: number,
  set: Partial<Pick<ClassRow, "name" | "archivedAt" | "joinCode" | "joinOpen">>,
): Promise<ClassRow> {
  const { t, db } = scope;
  const [row] = await db
    .update(t.classes)
    .set(set)
    .where(and(eq(t.classes.id, classId), eq(t.classes.tutorId, tutorId)))
    .returning();
  if (!row) throw notFound("Class");
  return row;
}

export async function renameClass(
  scope: Scope,
  tutorId: number,
  classId: number,
  name: string,
): Promise<ClassRow> {
  await requireTutorClass(scope, tutorId, classId);
  return updateClass(scope, tutorId, classId, { name });
}

export async function setClassArchived(
  scope: Scope,
  tutorId: number,
  classId: number,
  archived: boolean,
  now: Date,
): Promise<ClassRow> {
  const current = await requireTutorClass(scope, tutorId, classId);
  if (archived === (current.archivedAt !== null)) return current;
  return updateClass(scope, tutorId, classId, { archivedAt: archived ? now : null });
}

/** A new code; the old one stops working at once. */
export async function regenerateJoinCode(scope: Scope, tutorId: number, classId: number): Promise<ClassRow> {
  const current = await requireTutorClass(scope, tutorId, classId);
  if (current.archivedAt) throw conflict("This class is archived. Restore it before changing its join code.");
  return withFreshJoinCode(scope, (joinCode) => updateClass(scope, tutorId, classId, { joinCode }));
}

export async function setJoinOpen(
  scope: Scope,
  tutorId: number,
  classId: number,
  open: boolean,
): Promise<ClassRow> {
  const current = await requireTutorClass(scope, tutorId, classId);
  if (open && current.archivedAt)
    throw conflict("This class is archived. Restore it before opening its join code.");
  return updateClass(scope, tutorId, classId, { joinOpen: open });
}

/** Looks a class up by its join code (already normalised). Learners use this; it is not tutor-scoped. */
export async function findClassByJoinCode(scope: Scope, code: string): Promise<ClassRow | undefined> {
  const { t, db } = scope;
  return (await db.select().from(t.classes).where(eq(t.classes.joinCode, code)).limit(1))[0];
}

export async function getClassName(scope: Scope, classId: number): Promise<string | undefined> {
  const { t, db } = scope;
  return (
    await db.select({ name: t.classes.name }).from(t.classes).where(eq(t.classes.id, classId)).limit(1)
  )[0]?.name;
}
