/**
 * The key iron-session seals cookies with. Whoever has it can seal a cookie naming any learner (a
 * learner's cookie is their only identity), so it is kept out of the database and so out of its
 * backups: SESSION_SECRET if set, otherwise a key generated on first start into a file of its own
 * (SESSION_SECRET_FILE; by default `session-secret` beside the SQLite file, or `./data/session-secret`
 * with DATABASE_URL), readable by its owner only.
 *
 * Servers on one machine share the file: two starting together each try to create it, exclusively;
 * one writes it and both read that one. Servers on several machines must be given one SESSION_SECRET
 * (docs/deployment.md), as each would otherwise generate its own.
 *
 * Before this, the generated key was kept in the database (app_settings "session_secret"). A database
 * that still has one hands it to the file the first time (so every cookie already out keeps working),
 * and the row is then deleted, so backups made from then on no longer carry it. Backups made before
 * still do: the README says how to replace the key (which signs everybody out).
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { storageFault } from "@/db/faults";
import type { Scope } from "@/db/store";
import { env } from "@/server/env";

const LEGACY_KEY = "session_secret";
const MIN_LENGTH = 32;

/** Where the generated key is kept (when SESSION_SECRET is unset). */
export function sessionSecretFile(): string {
  const e = env();
  if (e.SESSION_SECRET_FILE) return path.resolve(e.SESSION_SECRET_FILE);
  if (e.DATABASE_URL) return path.resolve("data", "session-secret");
  return path.join(path.dirname(path.resolve(e.DATABASE_PATH)), "session-secret");
}

function readKeyFile(file: string): string | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const key = text.trim();
  if (key.length < MIN_LENGTH)
    throw new Error(
      `The session key file ${file} holds fewer than ${MIN_LENGTH} characters. Delete it to have a new key made (everybody is signed out), or set SESSION_SECRET.`,
    );
  return key;
}

/**
 * Creates the file with `key` unless it exists (another process won the race); either way, its key.
 * Written whole to a file of this process's own, then linked into place, which fails if the name
 * exists: the key file is never seen half-written, and the first process's key is the one kept.
 */
export function createKeyFile(file: string, key: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const draft = `${file}.${process.pid}.${randomBytes(6).toString("hex")}`;
  fs.writeFileSync(draft, `${key}\n`, { flag: "wx", mode: 0o600 });
  try {
    fs.linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    fs.rmSync(draft, { force: true });
  }
  return readKeyFile(file)!;
}

async function legacyKey(scope: Scope): Promise<string | undefined> {
  const { t, db } = scope;
  const [row] = await db.select().from(t.appSettings).where(eq(t.appSettings.key, LEGACY_KEY)).limit(1);
  return row?.value;
}

/** Deletes a key the database still holds. A database that cannot be written just keeps it for now. */
async function forgetLegacyKey(scope: Scope): Promise<void> {
  const { t, db } = scope;
  try {
    await db.delete(t.appSettings).where(eq(t.appSettings.key, LEGACY_KEY));
  } catch (error) {
    if (!storageFault(error)) throw error;
  }
}

export async function sessionSecret(scope: Scope, file = sessionSecretFile()): Promise<string> {
  // Validated by server/env.ts: set, it is at least 32 characters long.
  const fromEnv = env().SESSION_SECRET;
  const legacy = await legacyKey(scope);
  let key = fromEnv ?? readKeyFile(file);
  key ??= createKeyFile(file, legacy ?? randomBytes(32).toString("base64url"));
  if (legacy !== undefined) await forgetLegacyKey(scope);
  return key;
}
