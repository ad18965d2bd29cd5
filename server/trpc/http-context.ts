import "server-only";
import { getIronSession } from "iron-session";
import { cookies } from "next/headers";
import { sessionSecret } from "@/server/auth/session-secret";
import type { SessionData, SessionStore } from "@/server/auth/session";
import { getAppDatabase } from "@/server/data/app-database";
import type { TrpcContext } from "./context";

export const SESSION_COOKIE = "crm_trainer_session";

let secret: string | undefined;

export async function ironSession() {
  const { db } = getAppDatabase();
  secret ??= sessionSecret(db);
  return getIronSession<SessionData>(await cookies(), {
    password: secret,
    cookieName: SESSION_COOKIE,
    ttl: 60 * 60 * 24 * 30,
    cookieOptions: {
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.COOKIE_SECURE === "true",
      path: "/",
    },
  });
}

export async function createHttpContext(req: Request): Promise<TrpcContext> {
  const { db } = getAppDatabase();
  const session = await ironSession();
  const store: SessionStore = {
    read: () => ({ tutorId: session.tutorId, learnerId: session.learnerId, learnerVersion: session.learnerVersion }),
    save: async (data) => {
      session.tutorId = data.tutorId;
      session.learnerId = data.learnerId;
      session.learnerVersion = data.learnerVersion;
      await session.save();
    },
    destroy: async () => session.destroy(),
  };
  const ip = req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || req.headers.get("x-real-ip") || "local";
  return { db, session: store, ip, now: () => new Date() };
}
