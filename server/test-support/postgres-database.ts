/** For `*.pg.test.ts` files: a new, empty database in the run's throw-away cluster (see postgres-global-setup.ts). */
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { childEnv } from "@/server/env";
import { createDatabase, postgresBinDir } from "./postgres-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    /** Superuser URL of the cluster postgres-global-setup.ts started. */
    postgresAdminUrl: string;
    /** A migrated database with the catalogue and demo CRM, for createTestApp to clone. */
    postgresTemplate: { name: string; demoWorkspaceId: number };
    /** The engine createTestApp uses when not told: "postgres" in `npm run test:postgres`. */
    testEngine: "sqlite" | "postgres";
  }
}

export function freshPostgresDatabase(name?: string): Promise<string> {
  return createDatabase(inject("postgresAdminUrl"), name);
}

let clones = 0;

/**
 * A new database cloned from the run's template (migrated, catalogue and demo CRM), made synchronously
 * (psql, `CREATE DATABASE … TEMPLATE`, a file copy inside the server), so `createTestApp` stays
 * synchronous on both engines.
 */
export function cloneTemplateDatabase(): { url: string; name: string; demoWorkspaceId: number } {
  const adminUrl = inject("postgresAdminUrl");
  const template = inject("postgresTemplate");
  const name = `crm_app_${process.pid}_${++clones}`;
  const made = spawnSync(
    path.join(postgresBinDir(), "psql"),
    [
      "-X",
      "-q",
      "-v",
      "ON_ERROR_STOP=1",
      "-d",
      adminUrl,
      "-c",
      `CREATE DATABASE ${name} TEMPLATE ${template.name}`,
    ],
    { encoding: "utf8", env: childEnv({}) },
  );
  if (made.status !== 0)
    throw new Error(`Could not clone the template database: ${made.stderr || made.error}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), name, demoWorkspaceId: template.demoWorkspaceId };
}

/** Drops a database made for one test app (its pools closed first). */
export async function dropDatabase(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject("postgresAdminUrl") });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
