/**
 * Cheap "has anything changed?" answers for the pushed live views. A server process streaming a
 * class's dashboard (or one attempt) to a tutor asks this every few hundred milliseconds and rebuilds
 * the full view only when the answer differs from last time. Because the answer comes from the
 * database, a learner's action stored by ANY server process on the same file shows up; nothing in
 * one process's memory decides what a tutor sees.
 *
 * Each signature is a short string of counts and maxima over indexed columns (attempts are bumped
 * on every action and on submission; overrides, learners and assignments are counted). It only has
 * to change when the view would; the streams also rebuild the view every few seconds regardless, so
 * a change of a kind not counted here (say, a column added later) still appears, just more slowly.
 */
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

/**
 * The class's change signature, or undefined when the class does not exist or belongs to another
 * tutor (so a stream can stop when a class is deleted under it).
 */
export function classChangeSignature(db: Db, tutorId: number, classId: number): string | undefined {
  const row = db.get<
    { owned: number; learners: string; attempts: string; assignments: string; overrides: string } | undefined
  >(sql`
    select
      (select count(*) from classes where id = ${classId} and tutor_id = ${tutorId}) as owned,
      (select count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(sum(removed_at is not null), 0) || ':' || coalesce(max(session_version), 0)
         from learners where class_id = ${classId}) as learners,
      (select count(*) || ':' || coalesce(max(a.updated_at), 0) || ':' || coalesce(sum(a.action_count), 0) || ':' || coalesce(sum(a.status = 'submitted'), 0)
         from attempts a join learners l on l.id = a.learner_id where l.class_id = ${classId}) as attempts,
      (select count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(sum(due_at), 0)
         from assignments where class_id = ${classId}) as assignments,
      (select count(*) || ':' || coalesce(max(o.id), 0)
         from mark_overrides o join attempts a on a.id = o.attempt_id join learners l on l.id = a.learner_id where l.class_id = ${classId}) as overrides
  `);
  if (!row || row.owned === 0) return undefined;
  return `${row.learners}|${row.attempts}|${row.assignments}|${row.overrides}`;
}

/**
 * One attempt's change signature (for the tutor's Watch view), or undefined when it is not an attempt
 * by a learner in one of this tutor's classes.
 */
export function attemptChangeSignature(db: Db, tutorId: number, attemptId: number): string | undefined {
  const row = db.get<
    { updatedAt: number; actionCount: number; status: string; overrides: string } | undefined
  >(sql`
    select a.updated_at as updatedAt, a.action_count as actionCount, a.status as status,
      (select count(*) || ':' || coalesce(max(o.id), 0) from mark_overrides o where o.attempt_id = a.id) as overrides
    from attempts a
      join learners l on l.id = a.learner_id
      join classes c on c.id = l.class_id
    where a.id = ${attemptId} and c.tutor_id = ${tutorId}
  `);
  if (!row) return undefined;
  return `${row.updatedAt}|${row.actionCount}|${row.status}|${row.overrides}`;
}
