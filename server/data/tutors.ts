/**
 * Tutor accounts: email, name and password hash. Checking a password and deciding who may sign in
 * are server/auth's; this module only reads and writes the rows.
 */
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import * as t from "@/db/schema";

/**
 * Adds an account unless one already has this email (then nothing happens, so sign-up answers the
 * same either way and cannot tell anyone who has an account).
 */
export function addTutorUnlessTaken(
  db: Db,
  values: { email: string; name: string; passwordHash: string },
): void {
  db.insert(t.tutors).values(values).onConflictDoNothing().run();
}

/** What sign-in needs to know about the account with this email, if there is one. */
export function tutorForSignIn(db: Db, email: string) {
  return db
    .select({
      id: t.tutors.id,
      name: t.tutors.name,
      email: t.tutors.email,
      passwordHash: t.tutors.passwordHash,
      mustChangePassword: t.tutors.mustChangePassword,
    })
    .from(t.tutors)
    .where(eq(t.tutors.email, email))
    .get();
}

export function tutorPasswordHash(db: Db, tutorId: number): string | undefined {
  return db
    .select({ passwordHash: t.tutors.passwordHash })
    .from(t.tutors)
    .where(eq(t.tutors.id, tutorId))
    .get()?.passwordHash;
}

/** Stores a new hash of the same password (an older or cheaper hash replaced at sign-in). */
export function replacePasswordHash(db: Db, tutorId: number, passwordHash: string): void {
  db.update(t.tutors).set({ passwordHash }).where(eq(t.tutors.id, tutorId)).run();
}

/** Stores a password the tutor chose: the published demo password, if it was that, is gone. */
export function setChosenPassword(db: Db, tutorId: number, passwordHash: string): void {
  db.update(t.tutors).set({ passwordHash, mustChangePassword: false }).where(eq(t.tutors.id, tutorId)).run();
}
