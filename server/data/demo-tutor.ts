import bcrypt from "bcryptjs";
import { eq } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import * as t from "@/db/schema";
import { env } from "@/server/env";

export const DEFAULT_DEMO_TUTOR = { email: "tutor@example.com", password: "change-me-please", name: "Demo Tutor" };

/** A fresh install gets one tutor account so a lesson can start straight away. */
export async function ensureDemoTutor(db: AppDatabase): Promise<{ email: string; password: string; created: boolean }> {
  const { DEMO_TUTOR_EMAIL, DEMO_TUTOR_PASSWORD: password } = env();
  const email = DEMO_TUTOR_EMAIL.toLowerCase();
  const anyTutor = db.select({ id: t.tutors.id }).from(t.tutors).limit(1).get();
  if (anyTutor) return { email, password, created: false };
  const passwordHash = await bcrypt.hash(password, 12);
  db.insert(t.tutors).values({ email, name: DEFAULT_DEMO_TUTOR.name, passwordHash }).onConflictDoNothing().run();
  const exists = db.select({ id: t.tutors.id }).from(t.tutors).where(eq(t.tutors.email, email)).get();
  return { email, password, created: Boolean(exists) };
}
