import "server-only";
import { sealData, unsealData } from "iron-session";
import { cookies } from "next/headers";
import { storageFault } from "@/db/faults";
import { requestClientAddress } from "@/server/auth/client-address";
import { sessionSecret } from "@/server/auth/session-secret";
import { sessionFields, type SessionData, type SessionStore } from "@/server/auth/session";
import { TUTOR_SESSION_DAYS } from "@/server/auth/tutor-sessions";
import { appDatabase } from "@/server/data/app-database";
import { env } from "@/server/env";
import type { TrpcContext } from "./context";
import { IDLE_HEADER, idleHint } from "./idle-hint";

export const SESSION_COOKIE = "crm_trainer_session";

let secret: Promise<string> | undefined;
const TTL_SECONDS = 60 * 60 * 24 * TUTOR_SESSION_DAYS;

function password(): Promise<string> {
  // Read (or made) once per process; a failed read is tried again by the next request.
  secret ??= appDatabase()
    .then(({ store }) => sessionSecret(store))
    .catch((error: unknown) => {
      secret = undefined;
      throw error;
    });
  return secret;
}

/**
 * Secure (sent over HTTPS only) with COOKIE_SECURE=true, and on any request that itself came over
 * HTTPS even without it: a proxy's X-Forwarded-Proto: https makes the request's URL https (Next.js
 * reads it). A cookie set over HTTPS without the flag would also go out over plain HTTP, where anyone
 * on the network can read it; a client that sends the header itself only makes its own cookie stricter.
 */
const cookieOptions = (req: Request) => ({
  httpOnly: true,
  sameSite: "lax" as const,
  secure: env().COOKIE_SECURE || new URL(req.url).protocol === "https:",
  path: "/",
});

/**
 * Unsealed session cookies, by their exact sealed text. Unsealing derives two keys (PBKDF2) and checks
 * an HMAC on every request, which was a large share of a learner action's cost. A cached entry is
 * kept at most a minute and never past the seal's own expiry; the data is only ids and a token, and
 * every request still checks them against the database (see procedures.ts).
 */
const unsealed = new Map<string, { data: SessionData; until: number }>();
const UNSEALED_CACHE_SIZE = 2_000;
const UNSEALED_CACHE_MS = 60_000;

/**
 * The session a cookie holds, or undefined when it cannot be read (forged, from another secret,
 * expired, or not a seal at all). Such a cookie means "signed out", never an error.
 */
async function readSession(seal: string): Promise<SessionData | undefined> {
  const now = Date.now();
  const hit = unsealed.get(seal);
  if (hit && hit.until > now) return hit.data;
  // Outside the try: a key that cannot be had just now (the database unreachable at the first request)
  // fails this request, to be retried; it must not read as a bad cookie, which would be cleared and
  // cost a learner their place.
  const key = await password();
  let data: SessionData;
  try {
    data = sessionFields(await unsealData<SessionData>(seal, { password: key, ttl: TTL_SECONDS }));
  } catch {
    return undefined;
  }
  // iron-session answers {} for a seal that is expired or fails its HMAC.
  if (data.tutorId === undefined && data.learnerId === undefined) return undefined;
  // Iron seals carry their expiry (ms) as the sixth field.
  const expires = Number(seal.split("*")[5]) || now + UNSEALED_CACHE_MS;
  if (unsealed.size >= UNSEALED_CACHE_SIZE) unsealed.delete(unsealed.keys().next().value!);
  unsealed.set(seal, { data, until: Math.min(expires, now + UNSEALED_CACHE_MS) });
  return data;
}

type CookieJar = Awaited<ReturnType<typeof cookies>>;

async function saveSeal(jar: CookieJar, req: Request, data: SessionData): Promise<SessionData> {
  const fields = sessionFields(data);
  const sealed = await sealData(fields, { password: await password(), ttl: TTL_SECONDS });
  // As iron-session does: the cookie ends a minute before the seal, so it is never sent expired.
  jar.set(SESSION_COOKIE, sealed, { ...cookieOptions(req), maxAge: TTL_SECONDS - 60 });
  return fields;
}

/**
 * A learner's cookie is their only identity: let it lapse and they cannot get back in without their
 * tutor (their name is taken in the class). Sealed once at joining, it used to end 30 days later,
 * mid-term, however often the learner came back. So a learner's seal more than a day old is sealed
 * afresh on use: it lapses only after 30 days without a visit. (A tutor's cookie is not renewed: a
 * tutor session ends 30 days after sign-in anyway, server/auth/tutor-sessions.ts.)
 */
const RENEW_LEARNER_AFTER_MS = 86_400_000;

function learnerSealIsOld(seal: string): boolean {
  // Iron seals carry their expiry (ms) as the sixth field.
  const expires = Number(seal.split("*")[5]);
  return Number.isFinite(expires) && expires - Date.now() < TTL_SECONDS * 1000 - RENEW_LEARNER_AFTER_MS;
}

export async function createHttpContext(req: Request): Promise<TrpcContext> {
  const { store: dataStore } = await appDatabase();
  const jar = await cookies();
  const seal = jar.get(SESSION_COOKIE)?.value;
  let current: SessionData = {};
  // The database could not give the sealing key just now: the procedure answers 503 (init.ts maps
  // the fault) and the browser tries again with its cookie untouched.
  let keyFault: unknown;
  if (seal) {
    try {
      const read = await readSession(seal);
      // A cookie that cannot be read is cleared, so the browser stops sending it.
      if (read) current = read;
      else jar.set(SESSION_COOKIE, "", { ...cookieOptions(req), maxAge: 0 });
      if (read?.learnerId !== undefined && learnerSealIsOld(seal)) await saveSeal(jar, req, read);
    } catch (error) {
      if (!storageFault(error)) throw error;
      keyFault = error;
    }
  }
  const store: SessionStore = {
    read: () => {
      if (keyFault !== undefined) throw keyFault;
      return { ...current };
    },
    save: async (data) => {
      current = await saveSeal(jar, req, data);
    },
    destroy: async () => {
      jar.set(SESSION_COOKIE, "", { ...cookieOptions(req), maxAge: 0 });
      current = {};
    },
  };
  return {
    store: dataStore,
    session: store,
    ip: requestClientAddress(req),
    host: req.headers.get("host") ?? undefined,
    now: () => new Date(),
    idleMs: idleHint(req.headers.get(IDLE_HEADER)),
  };
}
