/** For `*.pg.test.ts` files: a new, empty database in the run's throw-away cluster (see postgres-global-setup.ts). */
import { inject } from "vitest";
import { createDatabase } from "./postgres-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    /** Superuser URL of the cluster postgres-global-setup.ts started. */
    postgresAdminUrl: string;
  }
}

export function freshPostgresDatabase(name?: string): Promise<string> {
  return createDatabase(inject("postgresAdminUrl"), name);
}
