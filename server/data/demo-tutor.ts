import { eq } from "drizzle-orm";
import type { Scope } from "@/db/store";
import { hashPassword, passwordProblem, verifyPassword } from "@/server/auth/passwords";
import { env } from "@/server/env";

/** The demo account's defaults. The password is the published one: it must be changed at first sign-in. */
export const DEFAULT_DEMO_TUTOR = {
  email: "tutor@example.com",
  password: "change-me-please",
  name: "Demo Tutor",
};

/**
 * A fresh install gets one tutor account so a lesson can start straight away. With the published
 * default password, or a DEMO_TUTOR_PASSWORD the password rules would refuse (too short, or easy to
 * guess: NIST SP 800-63B-4 §3.1.1.2 applies to every password set, not only those typed in the app),
 * the account is marked to choose a new password at first sign-in (and scripts/start.ts will not
 * serve other computers until it has).
 */
export async function ensureDemoTutor(
  scope: Scope,
): Promise<{ email: string; password: string; created: boolean; mustChangePassword: boolean }> {
  const { t, db } = scope;
  const { DEMO_TUTOR_EMAIL, DEMO_TUTOR_PASSWORD: password } = env();
  const email = DEMO_TUTOR_EMAIL.toLowerCase();
  const mustChangePassword =
    password === DEFAULT_DEMO_TUTOR.password ||
    (await passwordProblem(password, { email, name: DEFAULT_DEMO_TUTOR.name })) !== undefined;
  const [anyTutor] = await db.select({ id: t.tutors.id }).from(t.tutors).limit(1);
  if (anyTutor) {
    await flagPublishedPassword(scope, email);
    return { email, password, created: false, mustChangePassword: await demoPasswordStillSet(scope) };
  }
  const passwordHash = await hashPassword(password);
  // Two processes seeding together: the unique email keeps one account.
  const made = await db
    .insert(t.tutors)
    .values({ email, name: DEFAULT_DEMO_TUTOR.name, passwordHash, mustChangePassword })
    .onConflictDoNothing()
    .returning({ id: t.tutors.id });
  return { email, password, created: made.length > 0, mustChangePassword };
}

/** True while any tutor still has to replace the published demo password (on either engine). */
export async function demoPasswordStillSet(scope: Scope): Promise<boolean> {
  const { t, db } = scope;
  const [row] = await db
    .select({ id: t.tutors.id })
    .from(t.tutors)
    .where(eq(t.tutors.mustChangePassword, true))
    .limit(1);
  return Boolean(row);
}

/**
 * Installs from before the forced change kept the published password without the mark: if the demo
 * account still accepts it, mark it now, so its owner is asked for a new one.
 */
async function flagPublishedPassword(scope: Scope, email: string): Promise<void> {
  const { t, db } = scope;
  const [demo] = await db
    .select({
      id: t.tutors.id,
      passwordHash: t.tutors.passwordHash,
      mustChangePassword: t.tutors.mustChangePassword,
    })
    .from(t.tutors)
    .where(eq(t.tutors.email, email))
    .limit(1);
  if (!demo || demo.mustChangePassword) return;
  if (await verifyPassword(DEFAULT_DEMO_TUTOR.password, demo.passwordHash)) {
    await db.update(t.tutors).set({ mustChangePassword: true }).where(eq(t.tutors.id, demo.id));
  }
}
