/**
 * Server-side tutor sessions (the tutor_sessions table). The cookie holds a random token; the table
 * holds its SHA-256, the tutor and an expiry. A session is only as good as its row: signing out
 * deletes this browser's row, changing the password or "sign out everywhere" deletes all of the
 * tutor's rows, so a copied cookie stops working at once.
 */
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, lte, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import * as t from "@/db/schema";

/** As long as the cookie lives (http-context.ts). */
export const TUTOR_SESSION_DAYS = 30;

const digest = (token: string) => createHash("sha256").update(token).digest("base64url");

export function createTutorSession(db: Db, tutorId: number, now: Date): string {
  const token = randomBytes(32).toString("base64url");
  db.delete(t.tutorSessions)
    .where(and(eq(t.tutorSessions.tutorId, tutorId), lte(t.tutorSessions.expiresAt, now)))
    .run();
  db.insert(t.tutorSessions)
    .values({
      id: digest(token),
      tutorId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + TUTOR_SESSION_DAYS * 86_400_000),
    })
    .run();
  return token;
}

/** The tutor this session belongs to, if the session still exists and has not expired. */
export function tutorOfSession(db: Db, tutorId: number, token: string, now: Date) {
  return db
    .select({
      id: t.tutors.id,
      name: t.tutors.name,
      email: t.tutors.email,
      mustChangePassword: t.tutors.mustChangePassword,
    })
    .from(t.tutorSessions)
    .innerJoin(t.tutors, eq(t.tutors.id, t.tutorSessions.tutorId))
    .where(
      and(
        eq(t.tutorSessions.id, digest(token)),
        eq(t.tutorSessions.tutorId, tutorId),
        gt(t.tutorSessions.expiresAt, now),
      ),
    )
    .get();
}

export function endTutorSession(db: Db, token: string): void {
  db.delete(t.tutorSessions)
    .where(eq(t.tutorSessions.id, digest(token)))
    .run();
}

/** Ends every session of the tutor, except `keepToken`'s if given. Returns how many ended. */
export function endOtherTutorSessions(db: Db, tutorId: number, keepToken?: string): number {
  const where = keepToken
    ? and(eq(t.tutorSessions.tutorId, tutorId), ne(t.tutorSessions.id, digest(keepToken)))
    : eq(t.tutorSessions.tutorId, tutorId);
  return db.delete(t.tutorSessions).where(where).run().changes;
}
