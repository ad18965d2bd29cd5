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

/**
 * The cookie's name over plain HTTP. Where the cookie is Secure (HTTPS, or COOKIE_SECURE) it is
 * SECURE_SESSION_COOKIE instead: browsers accept a `__Host-` cookie only when it is Secure, set by this
 * very host (no Domain) for the whole site (Path=/), so no sibling subdomain and nobody on the network
 * answering a plain-HTTP request in the server's name can plant or overwrite it (RFC 6265bis §4.1.3.2;
 * OWASP Session Management Cheat Sheet, "Cookies"). A classroom server on plain HTTP cannot use the
 * prefix (browsers refuse it without Secure) and keeps the plain name.
 */
export const SESSION_COOKIE = "crm_trainer_session";
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

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
const isSecure = (req: Request) => env().COOKIE_SECURE || new URL(req.url).protocol === "https:";

const cookieOptions = (req: Request) => ({
  httpOnly: true,
  sameSite: "lax" as const,
  secure: isSecure(req),
  path: "/",
});

/** The name this request's cookie is kept under (see SECURE_SESSION_COOKIE). */
const cookieName = (req: Request) => (isSecure(req) ? SECURE_SESSION_COOKIE : SESSION_COOKIE);

/**
 * Unsealed session cookies, by their exact sealed text. Unsealing derives two keys (PBKDF2) and checks
 * an HMAC on every request, which was a large share of a learner action's cost. A cached entry is
 * kept at most a minute and never past the seal's own expiry; the data is only ids and a token, and
 * every request still checks them against the database (see procedures.ts).
 */
const unsealed = new Map<string, { read: ReadSession; until: number }>();
const UNSEALED_CACHE_SIZE = 2_000;
const UNSEALED_CACHE_MS = 60_000;

/**
 * Which name a seal was made to be sent under, sealed with it; absent in seals from before the
 * prefix. A seal is moved from the plain name to the prefixed one only when it has none (createHttpContext).
 */
type SealedFor = "plain" | "host";

interface ReadSession {
  data: SessionData;
  sealedFor?: SealedFor;
}

/**
 * The session a cookie holds, or undefined when it cannot be read (forged, from another secret,
 * expired, or not a seal at all). Such a cookie means "signed out", never an error.
 */
async function readSession(seal: string): Promise<ReadSession | undefined> {
  const now = Date.now();
  const hit = unsealed.get(seal);
  if (hit && hit.until > now) return hit.read;
  // Outside the try: a key that cannot be had just now (the database unreachable at the first request)
  // fails this request, to be retried; it must not read as a bad cookie, which would be cleared and
  // cost a learner their place.
  const key = await password();
  let data: SessionData;
  let sealedFor: SealedFor | undefined;
  try {
    const raw = await unsealData<SessionData & { sealedFor?: unknown }>(seal, {
      password: key,
      ttl: TTL_SECONDS,
    });
    data = sessionFields(raw);
    if (raw.sealedFor === "plain" || raw.sealedFor === "host") sealedFor = raw.sealedFor;
  } catch {
    return undefined;
  }
  // iron-session answers {} for a seal that is expired or fails its HMAC.
  if (data.tutorId === undefined && data.learnerId === undefined) return undefined;
  // Iron seals carry their expiry (ms) as the sixth field.
  const expires = Number(seal.split("*")[5]) || now + UNSEALED_CACHE_MS;
  if (unsealed.size >= UNSEALED_CACHE_SIZE) unsealed.delete(unsealed.keys().next().value!);
  const read = { data, sealedFor };
  unsealed.set(seal, { read, until: Math.min(expires, now + UNSEALED_CACHE_MS) });
  return read;
}

type CookieJar = Awaited<ReturnType<typeof cookies>>;

async function saveSeal(jar: CookieJar, req: Request, data: SessionData): Promise<SessionData> {
  const fields = sessionFields(data);
  const sealedFor: SealedFor = cookieName(req) === SECURE_SESSION_COOKIE ? "host" : "plain";
  const sealed = await sealData({ ...fields, sealedFor }, { password: await password(), ttl: TTL_SECONDS });
  // As iron-session does: the cookie ends a minute before the seal, so it is never sent expired.
  jar.set(cookieName(req), sealed, { ...cookieOptions(req), maxAge: TTL_SECONDS - 60 });
  return fields;
}

/** When a seal was made: iron seals carry their expiry (ms) as the sixth field, made TTL_SECONDS after. */
function sealedAt(seal: string): number | undefined {
  const expires = Number(seal.split("*")[5]);
  return Number.isFinite(expires) && expires > 0 ? expires - TTL_SECONDS * 1000 : undefined;
}

const clear = (jar: CookieJar, req: Request, name: string) =>
  jar.set(name, "", { ...cookieOptions(req), maxAge: 0 });

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
  const name = cookieName(req);
  // A server that has just started using the prefix (upgraded) still finds its browsers' cookies under
  // the plain name: such a cookie is moved under the prefixed one, once, if it was sealed before the
  // prefix. A seal made since says where it belongs, so one planted under the plain name (the very
  // thing the prefix stops: a seal of the planter's own, set by a plain-HTTP answer forged on the
  // network) is not taken up.
  const plain = name === SECURE_SESSION_COOKIE ? jar.get(SESSION_COOKIE)?.value : undefined;
  const seal = jar.get(name)?.value ?? plain;
  const moving = plain !== undefined && seal === plain;
  let current: SessionData = {};
  // The database could not give the sealing key just now: the procedure answers 503 (init.ts maps
  // the fault) and the browser tries again with its cookie untouched.
  let keyFault: unknown;
  if (seal) {
    try {
      const found = await readSession(seal);
      const read = found && (!moving || found.sealedFor === undefined) ? found.data : undefined;
      if (read) {
        current = read;
        // Only from before learner tokens: the seal's date is when the learner last used the app.
        if (read.learnerId !== undefined && read.learnerSession === undefined)
          current = { ...read, legacySealedAt: sealedAt(seal) };
      }
      // A cookie that cannot be read (or not under this name) is cleared, so the browser stops sending it.
      else clear(jar, req, moving ? SESSION_COOKIE : name);
      // A learner's cookie from before tokens is not sealed afresh (its seal's date is its last use):
      // the procedure swaps it for a token, saved under the prefixed name (save, below).
      if (read && moving && read.learnerVersion === undefined) {
        await saveSeal(jar, req, read);
        clear(jar, req, SESSION_COOKIE);
      } else if (read?.learnerSession !== undefined && learnerSealIsOld(seal)) await saveSeal(jar, req, read);
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
      if (plain !== undefined) clear(jar, req, SESSION_COOKIE);
    },
    destroy: async () => {
      clear(jar, req, name);
      if (plain !== undefined) clear(jar, req, SESSION_COOKIE);
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
