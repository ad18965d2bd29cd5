import "server-only";
import { getIronSession, unsealData } from "iron-session";
import { cookies } from "next/headers";
import { sessionSecret } from "@/server/auth/session-secret";
import type { SessionData, SessionStore } from "@/server/auth/session";
import { getAppDatabase } from "@/server/data/app-database";
import type { TrpcContext } from "./context";

export const SESSION_COOKIE = "crm_trainer_session";

let secret: string | undefined;
const TTL_SECONDS = 60 * 60 * 24 * 30;

function password(): string {
  secret ??= sessionSecret(getAppDatabase().db);
  return secret;
}

export async function ironSession() {
  return getIronSession<SessionData>(await cookies(), {
    password: password(),
    cookieName: SESSION_COOKIE,
    ttl: TTL_SECONDS,
    cookieOptions: {
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.COOKIE_SECURE === "true",
      path: "/",
    },
  });
}

/**
 * Unsealed session cookies, by their exact sealed text. Unsealing derives two keys (PBKDF2) and checks
 * an HMAC on every request, which was a large share of a learner action's cost. A cached entry is
 * kept at most a minute and never past the seal's own expiry; the data is only ids, and every
 * request still checks them against the database (see procedures.ts).
 */
const unsealed = new Map<string, { data: SessionData; until: number }>();
const UNSEALED_CACHE_SIZE = 2_000;
const UNSEALED_CACHE_MS = 60_000;

async function readSession(seal: string | undefined): Promise<SessionData> {
  if (!seal) return {};
  const now = Date.now();
  const hit = unsealed.get(seal);
  if (hit && hit.until > now) return hit.data;
  const data = await unsealData<SessionData>(seal, { password: password(), ttl: TTL_SECONDS });
  // Iron seals carry their expiry (ms) as the sixth field.
  const expires = Number(seal.split("*")[5]) || now + UNSEALED_CACHE_MS;
  if (unsealed.size >= UNSEALED_CACHE_SIZE) unsealed.delete(unsealed.keys().next().value!);
  unsealed.set(seal, { data: { tutorId: data.tutorId, learnerId: data.learnerId, learnerVersion: data.learnerVersion }, until: Math.min(expires, now + UNSEALED_CACHE_MS) });
  return data;
}

export async function createHttpContext(req: Request): Promise<TrpcContext> {
  const { db } = getAppDatabase();
  let current = await readSession((await cookies()).get(SESSION_COOKIE)?.value);
  const store: SessionStore = {
    read: () => ({ tutorId: current.tutorId, learnerId: current.learnerId, learnerVersion: current.learnerVersion }),
    save: async (data) => {
      const session = await ironSession();
      session.tutorId = data.tutorId;
      session.learnerId = data.learnerId;
      session.learnerVersion = data.learnerVersion;
      await session.save();
      current = { ...data };
    },
    destroy: async () => {
      (await ironSession()).destroy();
      current = {};
    },
  };
  const ip = req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || req.headers.get("x-real-ip") || "local";
  return { db, session: store, ip, host: req.headers.get("host") ?? undefined, now: () => new Date() };
}
