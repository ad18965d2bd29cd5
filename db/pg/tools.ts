/**
 * PostgreSQL's client programs (pg_dump, pg_restore) for `npm run db:backup`, and how to hand them a
 * connection without the password ever reaching a command line, a log or a message.
 */
import fs from "node:fs";
import path from "node:path";
import { childEnv, toolEnv } from "@/server/env";

export class PostgresToolMissingError extends Error {
  override name = "PostgresToolMissingError";
}

/**
 * Where `program` is: POSTGRES_BIN_DIR, else Debian's newest /usr/lib/postgresql/<version>/bin (a newer
 * pg_dump reads an older server, never the reverse), else PATH.
 */
export function postgresProgram(program: "pg_dump" | "pg_restore"): string {
  const chosen = toolEnv().POSTGRES_BIN_DIR;
  const candidates: string[] = [];
  if (chosen) candidates.push(chosen);
  else {
    const debian = "/usr/lib/postgresql";
    if (fs.existsSync(debian)) {
      for (const v of fs
        .readdirSync(debian)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a)))
        candidates.push(path.join(debian, v, "bin"));
    }
    candidates.push(...(toolEnv().PATH ?? "").split(path.delimiter).filter(Boolean));
  }
  for (const dir of candidates) {
    const file = path.join(dir, program);
    if (fs.existsSync(file)) return file;
  }
  throw new PostgresToolMissingError(
    `${program} was not found${chosen ? ` in POSTGRES_BIN_DIR=${chosen}` : ""}. Install PostgreSQL's client programs ` +
      "(Debian/Ubuntu: `apt-get install postgresql-client`, the same major version as the server or newer), " +
      "or set POSTGRES_BIN_DIR to the folder that holds them.",
  );
}

/**
 * A connection for a child program: the URL without its password (that goes in PGPASSWORD, which
 * other users cannot read, unlike a command line), and the environment to run it with.
 */
export function connectionForChild(url: string): {
  dbname: string;
  env: NodeJS.ProcessEnv;
  password: string;
} {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  // libpq reads the URL's own query (sslmode, sslrootcert…) as it is.
  return {
    dbname: u.toString(),
    env: childEnv({ PGPASSWORD: password || undefined, PGCONNECT_TIMEOUT: "10" }),
    password,
  };
}

/** Removes a secret from text a program printed, should it ever appear there. */
export function withoutSecret(text: string, secret: string): string {
  if (!secret) return text;
  return text.split(secret).join("***").split(encodeURIComponent(secret)).join("***");
}
