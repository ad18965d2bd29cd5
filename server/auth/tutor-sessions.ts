/**
 * Server-side tutor sessions (the tutor_sessions table). The cookie holds a random token; the table
 * holds its SHA-256, the tutor, when it was made and until when it lasts. A session is only as good as
 * its row: signing out deletes this browser's row, changing the password or "sign out everywhere"
 * deletes all of the tutor's rows, so a copied cookie stops working at once.
 *
 * Two limits end a session by themselves:
 * - **Idle**: `expires_at` is the idle deadline, pushed on by the tutor's own activity (touchTutorSession).
 *   A tutor who walks away from a classroom computer is signed out after TUTOR_IDLE_MINUTES (default
 *   120) without activity. OWASP's Session Management Cheat Sheet puts common idle timeouts at 15-30
 *   minutes for low-risk applications, and says the figure depends on how the application is used. A
 *   tutor teaching with the live dashboard on the projector does not touch the computer for much of
 *   a lesson, and what the page fetches by itself (the dashboard's stream and polls) is not activity
 *   (see `idleMs` in context.ts), so a window shorter than a lesson would sign tutors out mid-lesson.
 *   Two hours covers a lesson block and still ends a session left open at the end of the morning or
 *   the day; a college with longer blocks can set TUTOR_IDLE_MINUTES (15 to 720).
 * - **Absolute**: TUTOR_SESSION_DAYS after sign-in, however active (OWASP ASVS 4.0 V3.3.2: re-authenticate
 *   at least every 30 days at level 1).
 */
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, lt, lte, ne, notInArray } from "drizzle-orm";
import type { Scope } from "@/db/store";
import { env } from "@/server/env";

/** The longest a session lasts, however active; also the cookie's own lifetime (http-context.ts). */
export const TUTOR_SESSION_DAYS = 30;
const ABSOLUTE_MS = TUTOR_SESSION_DAYS * 86_400_000;

/** How long a tutor's session lasts without activity. */
export const tutorIdleMs = () => env().TUTOR_IDLE_MINUTES * 60_000;

/**
 * The idle deadline is written at most once per this much activity, so a busy tutor's requests are
 * reads, not writes; the deadline is then at most this much earlier than the last activity implies.
 */
export const TOUCH_STEP_MS = 5 * 60_000;

/**
 * Room for clocks: app servers on one PostgreSQL each use their own clock. A deadline further ahead
 * than a whole idle period (plus this) was not written under the idle rule: a session from before it,
 * which is treated as idle (its owner signs in again once).
 */
const CLOCK_SLACK_MS = 5 * 60_000;

const digest = (token: string) => createHash("sha256").update(token).digest("base64url");

/**
 * The most sessions one tutor has live at once (session 47): a signing-in beyond them ends the oldest. Nothing
 * bounded them before: one client with the password made 60 live sessions in 5 s (77 ms each), each a row
 * kept for the idle period, so a leaked password could fill the table, and a tutor's list of devices to end
 * grew without end. A tutor's real devices (classroom and office computers, a laptop, a phone, a previewing
 * second screen) are far fewer; the oldest session is the one most likely forgotten on a shared computer.
 */
export const MAX_TUTOR_SESSIONS = 20;

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
    expiresAt: new Date(now.getTime() + tutorIdleMs()),
  });
  const newest = db
    .select({ id: t.tutorSessions.id })
    .from(t.tutorSessions)
    .where(eq(t.tutorSessions.tutorId, tutorId))
    .orderBy(desc(t.tutorSessions.createdAt), desc(t.tutorSessions.id))
    .limit(MAX_TUTOR_SESSIONS);
  await db
    .delete(t.tutorSessions)
    .where(
      and(
        eq(t.tutorSessions.tutorId, tutorId),
        ne(t.tutorSessions.id, digest(token)),
        notInArray(t.tutorSessions.id, newest),
      ),
    );
  return token;
}

/** The tutor this session belongs to, if the session still exists and has not run out (idle or absolute). */
export async function tutorOfSession(scope: Scope, tutorId: number, token: string, now: Date) {
  const { t, db } = scope;
  const [row] = await db
    .select({
      id: t.tutors.id,
      name: t.tutors.name,
      email: t.tutors.email,
      mustChangePassword: t.tutors.mustChangePassword,
      createdAt: t.tutorSessions.createdAt,
      expiresAt: t.tutorSessions.expiresAt,
    })
    .from(t.tutorSessions)
    .innerJoin(t.tutors, eq(t.tutors.id, t.tutorSessions.tutorId))
    .where(
      and(
        eq(t.tutorSessions.id, digest(token)),
        eq(t.tutorSessions.tutorId, tutorId),
        gt(t.tutorSessions.expiresAt, now),
        lte(t.tutorSessions.expiresAt, new Date(now.getTime() + tutorIdleMs() + CLOCK_SLACK_MS)),
        gt(t.tutorSessions.createdAt, new Date(now.getTime() - ABSOLUTE_MS)),
      ),
    )
    .limit(1);
  if (!row) return undefined;
  const { createdAt, expiresAt, ...tutor } = row;
  return { tutor, session: { createdAt, expiresAt } };
}

/**
 * The tutor was active at `activeAt`: the idle deadline moves to a whole idle period after it (never
 * past the absolute end). Written only when that moves it by TOUCH_STEP_MS or more, and only forward.
 */
export async function touchTutorSession(
  scope: Scope,
  token: string,
  session: { createdAt: Date; expiresAt: Date },
  activeAt: Date,
): Promise<boolean> {
  const deadline = new Date(
    Math.min(activeAt.getTime() + tutorIdleMs(), session.createdAt.getTime() + ABSOLUTE_MS),
  );
  if (deadline.getTime() - session.expiresAt.getTime() < TOUCH_STEP_MS) return false;
  const { t, db } = scope;
  await db
    .update(t.tutorSessions)
    .set({ expiresAt: deadline })
    .where(and(eq(t.tutorSessions.id, digest(token)), lt(t.tutorSessions.expiresAt, deadline)));
  return true;
}

/** Why a session that no longer lets its tutor in ended, for the page to say. */
export type TutorSessionEnd = "idle" | "lifetime" | "ended" | "upgraded";

export async function whyTutorSessionEnded(
  scope: Scope,
  tutorId: number,
  token: string,
  now: Date,
): Promise<TutorSessionEnd> {
  const { t, db } = scope;
  const [row] = await db
    .select({ createdAt: t.tutorSessions.createdAt, expiresAt: t.tutorSessions.expiresAt })
    .from(t.tutorSessions)
    .where(and(eq(t.tutorSessions.id, digest(token)), eq(t.tutorSessions.tutorId, tutorId)))
    .limit(1);
  if (!row) return "ended";
  if (row.createdAt.getTime() <= now.getTime() - ABSOLUTE_MS) return "lifetime";
  // A deadline further ahead than the idle rule ever writes: a session from before the rule.
  if (row.expiresAt.getTime() > now.getTime() + tutorIdleMs() + CLOCK_SLACK_MS) return "upgraded";
  return "idle";
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
