/**
 * Classes, always through their tutor: every query that reads or changes a class names the tutor,
 * so another tutor's class is simply "not found" (its existence is not leaked).
 * The one exception is the join-code lookup, which is how a learner finds a class.
 */
import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import * as t from "@/db/schema";
import { withFreshJoinCode } from "@/server/auth/join-codes";
import { conflict, notFound } from "@/server/core/domain-errors";

export type ClassRow = typeof t.classes.$inferSelect;

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
export function requireTutorClass(db: AppDatabase, tutorId: number, classId: number): ClassRow {
  const row = db
    .select()
    .from(t.classes)
    .where(and(eq(t.classes.id, classId), eq(t.classes.tutorId, tutorId)))
    .get();
  if (!row) throw notFound("Class");
  return row;
}

/** The tutor's classes with how many learners (not removed) and assignments each has. */
export function listTutorClasses(
  db: AppDatabase,
  tutorId: number,
): { active: ClassSummary[]; archived: ClassSummary[] } {
  const rows = db
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
    .orderBy(desc(t.classes.createdAt), desc(t.classes.id))
    .all();

  const learnerCounts = new Map(
    db
      .select({ classId: t.learners.classId, n: count() })
      .from(t.learners)
      .innerJoin(t.classes, eq(t.classes.id, t.learners.classId))
      .where(and(eq(t.classes.tutorId, tutorId), isNull(t.learners.removedAt)))
      .groupBy(t.learners.classId)
      .all()
      .map((r) => [r.classId, r.n]),
  );
  const assignmentCounts = new Map(
    db
      .select({ classId: t.assignments.classId, n: count() })
      .from(t.assignments)
      .innerJoin(t.classes, eq(t.classes.id, t.assignments.classId))
      .where(eq(t.classes.tutorId, tutorId))
      .groupBy(t.assignments.classId)
      .all()
      .map((r) => [r.classId, r.n]),
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

export function createClass(db: AppDatabase, tutorId: number, name: string): ClassRow {
  return withFreshJoinCode(db, (joinCode) =>
    db.insert(t.classes).values({ tutorId, name, joinCode, joinOpen: true }).returning().get(),
  );
}

export function renameClass(db: AppDatabase, tutorId: number, classId: number, name: string): ClassRow {
  requireTutorClass(db, tutorId, classId);
  return db
    .update(t.classes)
    .set({ name })
    .where(and(eq(t.classes.id, classId), eq(t.classes.tutorId, tutorId)))
    .returning()
    .get()!;
}

export function setClassArchived(
  db: AppDatabase,
  tutorId: number,
  classId: number,
  archived: boolean,
  now: Date,
): ClassRow {
  const current = requireTutorClass(db, tutorId, classId);
  if (archived === (current.archivedAt !== null)) return current;
  return db
    .update(t.classes)
    .set({ archivedAt: archived ? now : null })
    .where(and(eq(t.classes.id, classId), eq(t.classes.tutorId, tutorId)))
    .returning()
    .get()!;
}

/** A new code; the old one stops working at once. */
export function regenerateJoinCode(db: AppDatabase, tutorId: number, classId: number): ClassRow {
  const current = requireTutorClass(db, tutorId, classId);
  if (current.archivedAt) throw conflict("This class is archived. Restore it before changing its join code.");
  return withFreshJoinCode(
    db,
    (joinCode) =>
      db
        .update(t.classes)
        .set({ joinCode })
        .where(and(eq(t.classes.id, classId), eq(t.classes.tutorId, tutorId)))
        .returning()
        .get()!,
  );
}

export function setJoinOpen(db: AppDatabase, tutorId: number, classId: number, open: boolean): ClassRow {
  const current = requireTutorClass(db, tutorId, classId);
  if (open && current.archivedAt)
    throw conflict("This class is archived. Restore it before opening its join code.");
  return db
    .update(t.classes)
    .set({ joinOpen: open })
    .where(and(eq(t.classes.id, classId), eq(t.classes.tutorId, tutorId)))
    .returning()
    .get()!;
}

/** Looks a class up by its join code (already normalised). Learners use this; it is not tutor-scoped. */
export function findClassByJoinCode(db: AppDatabase, code: string): ClassRow | undefined {
  return db.select().from(t.classes).where(eq(t.classes.joinCode, code)).get();
}

export function getClassName(db: AppDatabase, classId: number): string | undefined {
  return db.select({ name: t.classes.name }).from(t.classes).where(eq(t.classes.id, classId)).get()?.name;
}
