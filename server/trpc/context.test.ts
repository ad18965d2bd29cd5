/**
 * Procedures reach the data layer only through the engine-neutral store: there is no SQLite handle in
 * their context (nor in what `appDatabase()` gives requests), so a procedure cannot come to depend on
 * one engine. Checked by the type checker (`npm run typecheck`), where these assertions fail if a `db`
 * comes back.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { AppData, SqliteAppData, Store } from "@/server/data/app-database";
import type { TrpcContext } from "./context";

describe("the tRPC context", () => {
  it("has the store and no SQLite handle", () => {
    expectTypeOf<TrpcContext>().not.toHaveProperty("db");
    expectTypeOf<TrpcContext["store"]>().toEqualTypeOf<Store>();
  });

  it("is built from what appDatabase() gives, which has no SQLite handle either", () => {
    expectTypeOf<AppData>().not.toHaveProperty("db");
    // Only the synchronous, SQLite-only getAppDatabase() hands out the file's handle.
    expectTypeOf<SqliteAppData>().toHaveProperty("db");
  });
});
