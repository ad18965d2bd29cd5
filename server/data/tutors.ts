/**
 * Tutor accounts: email, name and password hash. Checking a password and deciding who may sign in
 * are server/auth's; this module only reads and writes the rows.
 */
import { asc, eq } from "drizzle-orm";
import type { Scope } from "@/db/store";

/**
 * Adds an account unless one already has this email (then nothing happens, so sign-up answers the
 * same either way and cannot tell anyone who has an account).
 */
export async function addTutorUnlessTaken(
  scope: Scope,
  values: { email: string; name: string; passwordHash: string },
): Promise<void> {
  const { t, db } = scope;
  await db.insert(t.tutors).values(values).onConflictDoNothing();
}

/** Every tutor's name, oldest account first (for telling a new name from those in use). */
export async function tutorNames(scope: Scope): Promise<string[]> {
  const { t, db } = scope;
  const rows = await db.select({ name: t.tutors.name }).from(t.tutors).orderBy(asc(t.tutors.id));
  return rows.map((row) => row.name);
}

/** What sign-in needs to know about the account with this email, if there is one. */
export async function tutorForSignIn(scope: Scope, email: string) {
  const { t, db } = scope;
  const [tutor] = await db
    .select({
      id: t.tutors.id,
      name: t.tutors.name,
      email: t.tutors.email,
      passwordHash: t.tutors.passwordHash,
      mustChangePassword: t.tutors.mustChangePassword,
    })
    .from(t.tutors)
    .where(eq(t.tutors.email, email))
    .limit(1);
  return tutor;
}

export async function tutorPasswordHash(scope: Scope, tutorId: number): Promise<string | undefined> {
  const { t, db } = scope;
  const [row] = await db
    .select({ passwordHash: t.tutors.passwordHash })
    .from(t.tutors)
    .where(eq(t.tutors.id, tutorId))
    .limit(1);
  return row?.passwordHash;
}

/** Stores a new hash of the same password (an older or cheaper hash replaced at sign-in). */
export async function replacePasswordHash(
  scope: Scope,
  tutorId: number,
  passwordHash: string,
): Promise<void> {
  const { t, db } = scope;
  await db.update(t.tutors).set({ passwordHash }).where(eq(t.tutors.id, tutorId));
}

/** Stores a password the tutor chose: the published demo password, if it was that, is gone. */
export async function setChosenPassword(scope: Scope, tutorId: number, passwordHash: string): Promise<void> {
  const { t, db } = scope;
  await db.update(t.tutors).set({ passwordHash, mustChangePassword: false }).where(eq(t.tutors.id, tutorId));
}
