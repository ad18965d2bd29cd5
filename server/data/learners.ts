/**
 * Learners: a display name and nothing else (no email). A learner belongs to one class, or to none
 * when practising alone. Tutor operations on learners always go through the tutor's own classes.
 */
import { createHash, randomBytes } from "node:crypto";
import { and, count, eq, gt, inArray, isNull, lt, sql } from "drizzle-orm";
import { storageFault } from "@/db/faults";
import type { Scope, Tables } from "@/db/store";
import { lookalikeKey } from "@/server/auth/display-names";
import { LEARNER_TOUCH_STEP_MS } from "@/server/auth/learner-idle";
import { displayJoinCode, randomJoinCode } from "@/server/auth/join-codes";
import { notFound } from "@/server/core/domain-errors";
import { requireTutorClass } from "./classes";

/** After a tutor resets a learner's access, the learner has this long to rejoin and pick up their record. */
export const RECLAIM_WINDOW_MS = 60 * 60_000;

export interface LearnerSessionInfo {
  id: number;
  classId: number | null;
  displayName: string;
}

/** How long a pre-token cookie still works after it was swapped for a token (requests already under way). */
const LEGACY_SWAP_GRACE_MS = 60_000;

/** A learner signed in on this device: the random token its cookie now carries. */
export interface LearnerSignIn extends LearnerSessionInfo {
  sessionToken: string;
}

/**
 * A learner's session token: 32 random bytes in the cookie, only its SHA-256 in the database (as for
 * tutors, server/auth/tutor-sessions.ts), so neither the cookie key nor a copy of the database lets
 * anyone make a cookie that passes as a learner (OWASP Session Management Cheat Sheet, "Session ID
 * Properties": at least 64 bits of entropy, from a CSPRNG; ASVS 4.0 V3.2.2).
 */
function newSessionToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: sessionTokenDigest(token) };
}

const sessionTokenDigest = (token: string) => createHash("sha256").update(token).digest("base64url");

/** What a learner cookie carries: the token, or (from before tokens) the session version. */
export interface LearnerCookie {
  learnerId: number;
  learnerSession?: string;
  learnerVersion?: number;
  /** For a cookie from before tokens: when its seal was made (its last use), in ms. */
  legacySealedAt?: number;
}

export type LearnerOfSession =
  | { learner: LearnerSessionInfo; newToken?: string; activeAt: Date }
  | { ended: "removed" | "reset" }
  /**
   * The cookie's token is no longer the learner's and no tutor reset it: they left on this device, or came in again on
   * another (the page must not say a tutor reset them).
   */
  | { ended: "elsewhere"; inClass: boolean }
  /** Not used for the idle period: `inClass` says whether a tutor can give them a reclaim code. */
  | { ended: "idle"; inClass: boolean };

export interface RosterEntry {
  id: number;
  displayName: string;
  joinedAt: Date;
  /** Set while a reset learner has not rejoined yet. */
  accessResetAt: Date | null;
  /** True while the learner can still rejoin under the same name, with their reclaim code, and get their record back. */
  awaitingRejoin: boolean;
  attemptsStarted: number;
  attemptsSubmitted: number;
}

const sessionColumns = (t: Tables) => ({
  id: t.learners.id,
  classId: t.learners.classId,
  displayName: t.learners.displayName,
});

/** Columns that end every device's session: a new version, no token, no legacy cookie. */
const endedSession = (t: Tables) => ({
  sessionVersion: sql`${t.learners.sessionVersion} + 1`,
  sessionHash: null,
  legacySessionUntil: null,
});

/** Case- and space-insensitive comparison key for display names. */
export function nameKey(displayName: string): string {
  return displayName.normalize("NFKC").replace(/\s+/g, " ").trim().toLocaleLowerCase("en-GB");
}

/**
 * Whether two display names would be taken for one another in a class: the same but for case, width
 * and spacing, printing alike (UTS #39 confusables: "Рора" and "Popa", "J0hn" and "John"), or the same
 * but for punctuation ("Ann Lee." or "Ann Lee!" beside "Ann Lee": the security probe, session 48).
 * Accents still make a different name ("Ian Colé" beside "Ian Cole"), as decided before.
 */
export function namesClash(a: string, b: string): boolean {
  return (
    nameKey(a) === nameKey(b) ||
    lookalikeKey(a) === lookalikeKey(b) ||
    withoutPunctuation(a) === withoutPunctuation(b)
  );
}
const withoutPunctuation = (name: string) => nameKey(name.replace(/\p{P}+/gu, " "));

export async function createLearner(
  scope: Scope,
  values: { classId: number | null; displayName: string },
  now: Date,
): Promise<LearnerSignIn> {
  const { t, db } = scope;
  const { token, hash } = newSessionToken();
  const [learner] = await db
    .insert(t.learners)
    .values({ ...values, sessionHash: hash, sessionActiveAt: now })
    .returning(sessionColumns(t));
  return { ...learner!, sessionToken: token };
}

/**
 * A fresh token for a learner coming back in on this device (joining their class again, or practising
 * alone again under their own name): the token the browser held stops working at once, so a cookie
 * planted or copied before this entry cannot read what follows (session fixation: OWASP Session
 * Management Cheat Sheet, "Renew the Session ID After Any Privilege Level Change"; ASVS 4.0 V3.2.1).
 * Undefined when the learner has been removed meanwhile.
 */
export async function renewLearnerSession(
  scope: Scope,
  learnerId: number,
  now: Date,
): Promise<LearnerSignIn | undefined> {
  const { t, db } = scope;
  const { token, hash } = newSessionToken();
  const [learner] = await db
    .update(t.learners)
    .set({ sessionHash: hash, legacySessionUntil: null, sessionActiveAt: now })
    .where(and(eq(t.learners.id, learnerId), isNull(t.learners.removedAt)))
    .returning(sessionColumns(t));
  return learner && { ...learner, sessionToken: token };
}

/**
 * The learner a cookie names, if it still lets them in: not removed, carrying the token of the
 * device signed in as them, and used within `idleMs` (server/auth/learner-idle.ts). A cookie from
 * before tokens (id and session version) is accepted while the learner's legacy window lasts, nobody
 * has a token yet and its seal was made within `idleMs`; it is then swapped for one (`newToken`, for
 * the caller to put in the cookie), and stops working a minute later (the page's other requests
 * already on their way with it).
 */
export async function learnerOfSession(
  scope: Scope,
  cookie: LearnerCookie,
  now: Date,
  idleMs: number,
): Promise<LearnerOfSession> {
  const { t, db } = scope;
  const [row] = await db
    .select({
      ...sessionColumns(t),
      sessionVersion: t.learners.sessionVersion,
      sessionHash: t.learners.sessionHash,
      legacySessionUntil: t.learners.legacySessionUntil,
      sessionActiveAt: t.learners.sessionActiveAt,
      previewTutorId: t.learners.previewTutorId,
      accessResetAt: t.learners.accessResetAt,
    })
    .from(t.learners)
    .where(and(eq(t.learners.id, cookie.learnerId), isNull(t.learners.removedAt)))
    .limit(1);
  if (!row) return { ended: "removed" };
  const learner = { id: row.id, classId: row.classId, displayName: row.displayName };
  // A preview learner is only ever reached through its tutor's session, never a learner cookie.
  if (row.previewTutorId !== null) return { ended: "reset" };
  const idleSince = now.getTime() - idleMs;
  const idle = { ended: "idle" as const, inClass: row.classId !== null };
  if (cookie.learnerSession !== undefined) {
    if (row.sessionHash === null || row.sessionHash !== sessionTokenDigest(cookie.learnerSession))
      return row.accessResetAt === null
        ? { ended: "elsewhere", inClass: row.classId !== null }
        : { ended: "reset" };
    // A token row always has a time of last use (set with the token; migration 0007 for older ones).
    if (row.sessionActiveAt === null || row.sessionActiveAt.getTime() <= idleSince) return idle;
    return { learner, activeAt: row.sessionActiveAt };
  }
  const legacyOk =
    row.legacySessionUntil !== null &&
    row.legacySessionUntil > now &&
    cookie.learnerVersion === row.sessionVersion;
  if (!legacyOk) return { ended: "reset" };
  // The old cookie was renewed on each day's first use, so its seal's date is when it was last used.
  if (cookie.legacySealedAt === undefined || cookie.legacySealedAt <= idleSince) return idle;
  // Swapped already: the page's other requests sent with the old cookie at the same moment.
  if (row.sessionHash !== null) return { learner, activeAt: row.sessionActiveAt ?? now };
  const { token, hash } = newSessionToken();
  // The old cookie keeps working for LEGACY_SWAP_GRACE_MS after the swap (not longer than its own
  // window), for those requests; of two swapping at once, one writes the token and the other just
  // lets its request in.
  const graceEnds = new Date(
    Math.min(row.legacySessionUntil!.getTime(), now.getTime() + LEGACY_SWAP_GRACE_MS),
  );
  let swapped: { id: number } | undefined;
  try {
    [swapped] = await db
      .update(t.learners)
      .set({ sessionHash: hash, legacySessionUntil: graceEnds, sessionActiveAt: now })
      .where(
        and(
          eq(t.learners.id, row.id),
          isNull(t.learners.sessionHash),
          eq(t.learners.sessionVersion, row.sessionVersion),
        ),
      )
      .returning({ id: t.learners.id });
  } catch (error) {
    // A database that cannot take the write just now (locked, read-only, full) must not lock the
    // learner out of reading their work: the old cookie is swapped on a later request instead.
    if (!storageFault(error)) throw error;
  }
  return swapped ? { learner, newToken: token, activeAt: now } : { learner, activeAt: now };
}

/**
 * The learner used the app at `activeAt` on the device holding `token`: their last-use time moves
 * there, written only when that moves it by LEARNER_TOUCH_STEP_MS or more, and only forward.
 */
export async function touchLearnerSession(
  scope: Scope,
  learnerId: number,
  token: string,
  lastActive: Date,
  activeAt: Date,
): Promise<boolean> {
  if (activeAt.getTime() - lastActive.getTime() < LEARNER_TOUCH_STEP_MS) return false;
  const { t, db } = scope;
  await db
    .update(t.learners)
    .set({ sessionActiveAt: activeAt })
    .where(
      and(
        eq(t.learners.id, learnerId),
        eq(t.learners.sessionHash, sessionTokenDigest(token)),
        lt(t.learners.sessionActiveAt, activeAt),
      ),
    );
  return true;
}

/** Learners in the class (not removed) whose name clashes with this one (namesClash). */
export async function learnersNamed(scope: Scope, classId: number, displayName: string) {
  const { t, db } = scope;
  const rows = await db
    .select({
      ...sessionColumns(t),
      accessResetAt: t.learners.accessResetAt,
      reclaimCodeHash: t.learners.reclaimCodeHash,
    })
    .from(t.learners)
    .where(and(eq(t.learners.classId, classId), isNull(t.learners.removedAt)));
  return rows.filter((l) => namesClash(l.displayName, displayName));
}

/** A learner whose access a tutor reset within RECLAIM_WINDOW_MS, not yet rejoined. */
export interface AwaitingRejoin {
  id: number;
  displayName: string;
  accessResetAt: Date;
  /** False once the code was used up (too many wrong tries), or for a reset from before codes. */
  hasCode: boolean;
}

/** The learner with this name in this class whose access was reset within the window, if any. */
export async function learnerAwaitingRejoin(
  scope: Scope,
  classId: number,
  displayName: string,
  now: Date,
): Promise<AwaitingRejoin | undefined> {
  const since = new Date(now.getTime() - RECLAIM_WINDOW_MS);
  const found = (await learnersNamed(scope, classId, displayName)).find(
    (l) => l.accessResetAt !== null && l.accessResetAt > since,
  );
  if (!found) return undefined;
  return {
    id: found.id,
    displayName: found.displayName,
    accessResetAt: found.accessResetAt!,
    hasCode: found.reclaimCodeHash !== null,
  };
}

/** The stored form of a reclaim code: bound to its learner, so one hash never fits another row. */
const reclaimCodeDigest = (learnerId: number, code: string) =>
  createHash("sha256").update(`reclaim:${learnerId}:${code}`).digest("base64url");

/**
 * Hands the reset learner's record to this device if `code` (normalised: "ABCDEF") is their current
 * reclaim code and the window is still open; the code is then used up. Undefined otherwise. The
 * check and the hand-over are one update: of two devices with the right code at once, one gets it.
 */
export async function reclaimWithCode(
  scope: Scope,
  learnerId: number,
  code: string,
  now: Date,
): Promise<LearnerSignIn | undefined> {
  const { t, db } = scope;
  const since = new Date(now.getTime() - RECLAIM_WINDOW_MS);
  const { token, hash } = newSessionToken();
  const [claimed] = await db
    .update(t.learners)
    .set({
      accessResetAt: null,
      reclaimCodeHash: null,
      sessionHash: hash,
      legacySessionUntil: null,
      sessionActiveAt: now,
    })
    .where(
      and(
        eq(t.learners.id, learnerId),
        isNull(t.learners.removedAt),
        gt(t.learners.accessResetAt, since),
        eq(t.learners.reclaimCodeHash, reclaimCodeDigest(learnerId, code)),
      ),
    )
    .returning(sessionColumns(t));
  return claimed && { ...claimed, sessionToken: token };
}

/** The reclaim code stops working (too many wrong tries); the tutor can reset again for a new one. */
export async function voidReclaimCode(scope: Scope, learnerId: number): Promise<void> {
  const { t, db } = scope;
  await db.update(t.learners).set({ reclaimCodeHash: null }).where(eq(t.learners.id, learnerId));
}

/** A learner in one of the tutor's classes, or not_found. */
async function requireTutorLearner(scope: Scope, tutorId: number, learnerId: number) {
  const { t, db } = scope;
  const [row] = await db
    .select({ id: t.learners.id, classId: t.learners.classId, removedAt: t.learners.removedAt })
    .from(t.learners)
    .innerJoin(t.classes, eq(t.classes.id, t.learners.classId))
    .where(and(eq(t.learners.id, learnerId), eq(t.classes.tutorId, tutorId)))
    .limit(1);
  if (!row || row.removedAt !== null) throw notFound("Learner");
  return row;
}

/** The class's learners (not removed), in the order they joined, with a count of their attempts. */
export async function listRoster(
  scope: Scope,
  tutorId: number,
  classId: number,
  now: Date,
): Promise<{ learners: RosterEntry[]; removedCount: number }> {
  const { t, db } = scope;
  await requireTutorClass(scope, tutorId, classId);
  const rows = await db
    .select({
      id: t.learners.id,
      displayName: t.learners.displayName,
      joinedAt: t.learners.createdAt,
      accessResetAt: t.learners.accessResetAt,
      reclaimCodeHash: t.learners.reclaimCodeHash,
      removedAt: t.learners.removedAt,
    })
    .from(t.learners)
    .where(eq(t.learners.classId, classId))
    .orderBy(t.learners.createdAt, t.learners.id);
  const active = rows.filter((r) => r.removedAt === null);
  const ids = active.map((r) => r.id);
  const attemptCounts = new Map<number, { started: number; submitted: number }>();
  if (ids.length > 0) {
    for (const r of await db
      .select({
        learnerId: t.attempts.learnerId,
        started: count(),
        submitted: sql<number>`sum(case when ${t.attempts.status} = 'submitted' then 1 else 0 end)`,
      })
      .from(t.attempts)
      .where(inArray(t.attempts.learnerId, ids))
      .groupBy(t.attempts.learnerId)) {
      // PostgreSQL's sum of integers is numeric, which node-postgres hands over as a string.
      attemptCounts.set(r.learnerId, { started: Number(r.started), submitted: Number(r.submitted ?? 0) });
    }
  }
  const since = now.getTime() - RECLAIM_WINDOW_MS;
  return {
    learners: active.map((r) => ({
      id: r.id,
      displayName: r.displayName,
      joinedAt: r.joinedAt,
      accessResetAt: r.accessResetAt,
      awaitingRejoin:
        r.accessResetAt !== null && r.accessResetAt.getTime() > since && r.reclaimCodeHash !== null,
      attemptsStarted: attemptCounts.get(r.id)?.started ?? 0,
      attemptsSubmitted: attemptCounts.get(r.id)?.submitted ?? 0,
    })),
    removedCount: rows.length - active.length,
  };
}

/** Signs the learner out on every device: the token their cookie carries no longer matches. */
export async function endLearnerSessions(scope: Scope, learnerId: number): Promise<void> {
  const { t, db } = scope;
  await db.update(t.learners).set(endedSession(t)).where(eq(t.learners.id, learnerId));
}

/** Takes the learner out of the class: their session stops working; their attempts are kept. */
export async function removeLearner(
  scope: Scope,
  tutorId: number,
  learnerId: number,
  now: Date,
): Promise<void> {
  const { t, db } = scope;
  await requireTutorLearner(scope, tutorId, learnerId);
  await db
    .update(t.learners)
    .set({ removedAt: now, accessResetAt: null, reclaimCodeHash: null, ...endedSession(t) })
    .where(eq(t.learners.id, learnerId));
}

/**
 * Signs the learner out everywhere (their session token is dropped) and gives the tutor a one-time
 * reclaim code to hand to the learner: with the class code, the same display name and this code, the
 * learner can rejoin within RECLAIM_WINDOW_MS and carry on with their own record. Without the code a
 * classmate typing the same name cannot take the record (it used to go to the first device to ask).
 * Six characters from the join-code alphabet (32^6 ≈ 1.07 billion), drawn with node:crypto, only its
 * hash stored; wrong tries are slowed and capped (server/auth/learner-entry.ts). A new reset makes a
 * new code and the old one stops working.
 */
export async function resetLearnerAccess(
  scope: Scope,
  tutorId: number,
  learnerId: number,
  now: Date,
): Promise<{ reclaimUntil: Date; reclaimCode: string }> {
  const { t, db } = scope;
  await requireTutorLearner(scope, tutorId, learnerId);
  const code = randomJoinCode();
  await db
    .update(t.learners)
    .set({ accessResetAt: now, reclaimCodeHash: reclaimCodeDigest(learnerId, code), ...endedSession(t) })
    .where(eq(t.learners.id, learnerId));
  return { reclaimUntil: new Date(now.getTime() + RECLAIM_WINDOW_MS), reclaimCode: displayJoinCode(code) };
}
