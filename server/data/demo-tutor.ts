import { and, eq } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import * as t from "@/db/schema";
import { hashPassword, verifyPassword } from "@/server/auth/passwords";
import { env } from "@/server/env";

/** The demo account's defaults. The password is the published one: it must be changed at first sign-in. */
export const DEFAULT_DEMO_TUTOR = {
  email: "tutor@example.com",
  password: "change-me-please",
  name: "Demo Tutor",
};

/**
 * A fresh install gets one tutor account so a lesson can start straight away. With the published
 * default password the account is marked to choose a new password at first sign-in (and
 * scripts/start.ts will not serve other computers until it has).
 */
export async function ensureDemoTutor(
  db: AppDatabase,
): Promise<{ email: string; password: string; created: boolean; mustChangePassword: boolean }> {
  const { DEMO_TUTOR_EMAIL, DEMO_TUTOR_PASSWORD: password } = env();
  const email = DEMO_TUTOR_EMAIL.toLowerCase();
  const mustChangePassword = password === DEFAULT_DEMO_TUTOR.password;
  const anyTutor = db.select({ id: t.tutors.id }).from(t.tutors).limit(1).get();
  if (anyTutor) {
    await flagPublishedPassword(db, email);
    return { email, password, created: false, mustChangePassword: demoPasswordStillSet(db) };
  }
  const passwordHash = await hashPassword(password);
  db.insert(t.tutors)
    .values({ email, name: DEFAULT_DEMO_TUTOR.name, passwordHash, mustChangePassword })
    .onConflictDoNothing()
    .run();
  const exists = db.select({ id: t.tutors.id }).from(t.tutors).where(eq(t.tutors.email, email)).get();
  return { email, password, created: Boolean(exists), mustChangePassword };
}

/** True while any tutor still has to replace the published demo password. */
export function demoPasswordStillSet(db: AppDatabase): boolean {
  return Boolean(
    db
      .select({ id: t.tutors.id })
      .from(t.tutors)
      .where(and(eq(t.tutors.mustChangePassword, true)))
      .limit(1)
      .get(),
  );
}

/**
 * Installs from before the forced change kept the published password without the mark: if the demo
 * account still accepts it, mark it now, so its owner is asked for a new one.
 */
async function flagPublishedPassword(db: AppDatabase, email: string): Promise<void> {
  const demo = db
    .select({
      id: t.tutors.id,
      passwordHash: t.tutors.passwordHash,
      mustChangePassword: t.tutors.mustChangePassword,
    })
    .from(t.tutors)
    .where(eq(t.tutors.email, email))
    .get();
  if (!demo || demo.mustChangePassword) return;
  if (await verifyPassword(DEFAULT_DEMO_TUTOR.password, demo.passwordHash)) {
    db.update(t.tutors).set({ mustChangePassword: true }).where(eq(t.tutors.id, demo.id)).run();
  }
}
