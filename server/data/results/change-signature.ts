/**
 * Cheap "has anything changed?" answers for the pushed live views. A server process streaming a
 * class's dashboard (or one attempt) to a tutor asks this every few hundred milliseconds and rebuilds
 * the full view only when the answer differs from last time. Because the answer comes from the
 * database, a learner's action stored by ANY server process on the same database shows up; nothing
 * in one process's memory decides what a tutor sees.
 *
 * Each signature is a short string of counts and maxima over indexed columns (attempts are bumped
 * on every action and on submission; overrides, learners and assignments are counted). It only has
 * to change when the view would; the streams also rebuild the view every few seconds regardless, so
 * a change of a kind not counted here (say, a column added later) still appears, just more slowly.
 *
 * The SQL is the same on SQLite and PostgreSQL: counts of conditions are `sum(case …)` (PostgreSQL
 * cannot sum a boolean), every number is cast to text before it is joined, and the aliases are quoted.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Scope } from "@/db/store";

/** Numbers joined with ":" as text, the same on both engines. */
const joined = (...parts: SQL[]) =>
  sql.join(
    parts.map((p) => sql`cast(${p} as text)`),
    sql` || ':' || `,
  );

/**
 * The class's change signature, or undefined when the class does not exist or belongs to another
 * tutor (so a stream can stop when a class is deleted under it).
 */
export async function classChangeSignature(
  scope: Scope,
  tutorId: number,
  classId: number,
): Promise<string | undefined> {
  const [row] = await scope.rows<{
    owned: number;
    learners: string;
    attempts: string;
    assignments: string;
    overrides: string;
  }>(sql`
    select
      (select count(*) from classes where id = ${classId} and tutor_id = ${tutorId}) as "owned",
      (select ${joined(sql`count(*)`, sql`coalesce(max(id), 0)`, sql`coalesce(sum(case when removed_at is not null then 1 else 0 end), 0)`, sql`coalesce(max(session_version), 0)`)}
         from learners where class_id = ${classId}) as "learners",
      (select ${joined(sql`count(*)`, sql`coalesce(max(a.updated_at), 0)`, sql`coalesce(sum(a.action_count), 0)`, sql`coalesce(sum(case when a.status = 'submitted' then 1 else 0 end), 0)`)}
         from attempts a join learners l on l.id = a.learner_id where l.class_id = ${classId}) as "attempts",
      (select ${joined(sql`count(*)`, sql`coalesce(max(id), 0)`, sql`coalesce(sum(due_at), 0)`)}
         from assignments where class_id = ${classId}) as "assignments",
      (select ${joined(sql`count(*)`, sql`coalesce(max(o.id), 0)`)}
         from mark_overrides o join attempts a on a.id = o.attempt_id join learners l on l.id = a.learner_id where l.class_id = ${classId}) as "overrides"
  `);
  if (!row || Number(row.owned) === 0) return undefined;
  return `${row.learners}|${row.attempts}|${row.assignments}|${row.overrides}`;
}

/**
 * One attempt's change signature (for the tutor's Watch view), or undefined when it is not an attempt
 * by a learner in one of this tutor's classes.
 */
export async function attemptChangeSignature(
  scope: Scope,
  tutorId: number,
  attemptId: number,
): Promise<string | undefined> {
  const [row] = await scope.rows<{
    updatedAt: number;
    actionCount: number;
    status: string;
    overrides: string;
  }>(sql`
    select a.updated_at as "updatedAt", a.action_count as "actionCount", a.status as "status",
      (select ${joined(sql`count(*)`, sql`coalesce(max(o.id), 0)`)} from mark_overrides o where o.attempt_id = a.id) as "overrides"
    from attempts a
      join learners l on l.id = a.learner_id
      join classes c on c.id = l.class_id
    where a.id = ${attemptId} and c.tutor_id = ${tutorId}
  `);
  if (!row) return undefined;
  return `${row.updatedAt}|${row.actionCount}|${row.status}|${row.overrides}`;
}
