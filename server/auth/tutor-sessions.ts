/**
 * Server-side tutor sessions (the tutor_sessions table). The cookie holds a random token; the table
 * holds its SHA-256, the tutor and an expiry. A session is only as good as its row: signing out
 * deletes this browser's row, changing the password or "sign out everywhere" deletes all of the
 * tutor's rows, so a copied cookie stops working at once.
 */
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, lte, ne } from "drizzle-orm";
import type { Scope } from "@/db/store";

/** As long as the cookie lives (http-context.ts). */
export const TUTOR_SESSION_DAYS = 30;

const digest = (token: string) => createHash("sha256").update(token).digest("base64url");

export async function createTutorSession(scope: Scope, tutorId: number, now: Date): Promise<string> {
  const { t, db } = scope;
  const token = randomBytes(32).toString("base64url");
  await db
    .delete(t.tutorSessions)
    .where(and(eq(t.tutorSessions.tutorId, tutorId), lte(t.tutorSessions.expiresAt, now)));
  await db.insert(t.tutorSessions).values({
    id: digest(token),
    tutorId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + TUTOR_SESSION_DAYS * 86_400_000),
  });
  return token;
}

/** The tutor this session belongs to, if the session still exists and has not expired. */
export async function tutorOfSession(scope: Scope, tutorId: number, token: string, now: Date) {
  const { t, db } = scope;
  const [tutor] = await db
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
    .limit(1);
  return tutor;
}

export async function endTutorSession(scope: Scope, token: string): Promise<void> {
  const { t, db } = scope;
  await db.delete(t.tutorSessions).where(eq(t.tutorSessions.id, digest(token)));
}

/** Ends every session of the tutor, except `keepToken`'s if given. Returns how many ended. */
export async function endOtherTutorSessions(
  scope: Scope,
  tutorId: number,
  keepToken?: string,
): Promise<number> {
  const { t, db } = scope;
  const where = keepToken
    ? and(eq(t.tutorSessions.tutorId, tutorId), ne(t.tutorSessions.id, digest(keepToken)))
    : eq(t.tutorSessions.tutorId, tutorId);
  // The rows themselves rather than the driver's change count, which the engines report differently.
  const ended = await db.delete(t.tutorSessions).where(where).returning({ id: t.tutorSessions.id });
  return ended.length;
}
