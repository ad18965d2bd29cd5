import { describe, expect, it } from "vitest";
import { databaseErrorCode, storageFault } from "./faults";

const pgError = (code: string) => Object.assign(new Error("x"), { code, severity: "ERROR" });

describe("storageFault", () => {
  it("reads SQLite's result codes as before", () => {
    expect(storageFault({ code: "SQLITE_BUSY_SNAPSHOT" })).toBe("busy");
    expect(storageFault({ code: "SQLITE_READONLY_DBMOVED" })).toBe("unavailable");
    expect(storageFault({ code: "SQLITE_CONSTRAINT_UNIQUE" })).toBeUndefined();
  });

  it("reads PostgreSQL's SQLSTATEs into the same two kinds", () => {
    for (const code of ["40001", "40P01", "55P03", "53300", "57P03", "57014", "25P03"])
      expect(storageFault(pgError(code))).toBe("busy");
    for (const code of ["08006", "08003", "53100", "57P01", "25006", "58030", "XX001"])
      expect(storageFault(pgError(code))).toBe("unavailable");
    for (const code of ["23505", "23503", "42P01", "22P02"])
      expect(storageFault(pgError(code))).toBeUndefined();
  });

  it("does not take a five-letter code from elsewhere for a SQLSTATE", () => {
    expect(storageFault({ code: "40001" })).toBeUndefined();
    expect(storageFault(Object.assign(new Error("x"), { code: "EPIPE" }))).toBeUndefined();
  });

  it("reads the driver's error that drizzle wrapped as the cause of its own", () => {
    const wrapped = Object.assign(new Error("Failed query: select 1"), { cause: pgError("55P03") });
    expect(storageFault(wrapped)).toBe("busy");
    expect(databaseErrorCode(wrapped)).toBe("55P03");
    expect(storageFault(new Error("Failed query", { cause: new Error("no code") }))).toBeUndefined();
  });

  it("reads a database server that cannot be reached as unavailable, not other sockets' errors", () => {
    const connect = (code: string, syscall = "connect") => Object.assign(new Error("x"), { code, syscall });
    expect(storageFault(connect("ECONNREFUSED"))).toBe("unavailable");
    expect(storageFault(connect("ENOTFOUND", "getaddrinfo"))).toBe("unavailable");
    expect(storageFault(new AggregateError([connect("ECONNREFUSED")]))).toBe("unavailable");
    expect(storageFault(new Error("Connection terminated unexpectedly"))).toBe("unavailable");
    expect(storageFault(connect("ECONNRESET", "read"))).toBeUndefined();
    expect(storageFault(new Error("Connection terminated by the browser, said nobody"))).toBeUndefined();
  });

  it("reads the pool's wait for a free connection running out as busy, and a connection that cannot open in time as unavailable", () => {
    expect(storageFault(new Error("timeout exceeded when trying to connect"))).toBe("busy");
    expect(storageFault(new Error("Connection terminated due to connection timeout"))).toBe("unavailable");
    expect(
      storageFault(new Error("timeout exceeded when trying to connect to the mail server")),
    ).toBeUndefined();
  });
});
