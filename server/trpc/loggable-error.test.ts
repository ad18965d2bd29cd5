import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { forTheLog } from "./loggable-error";

describe("forTheLog", () => {
  const hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo";
  const note = "Ann told me about her hospital appointment";
  const driver = Object.assign(new Error("could not extend file: No space left on device"), {
    code: "53100",
    detail: "Key (email)=(ann@college.example) already exists.",
  });
  const failed = new DrizzleQueryError(
    'update "tutors" set "password_hash" = $1 where "tutors"."id" = $2',
    [hash, note],
    driver,
  );

  it("keeps the statement, the database's code and message and where it happened", () => {
    const logged = forTheLog(failed);
    expect(logged).toContain('Failed query: update "tutors" set "password_hash" = $1');
    expect(logged).toContain("(2 values withheld)");
    expect(logged).toContain("caused by Error [53100]: could not extend file: No space left on device");
    expect(logged).toMatch(/\n\s+at /);
  });

  it("withholds the values, in the message, the stack and the driver's detail", () => {
    const logged = forTheLog(failed);
    for (const secret of [hash, "c2FsdHNhbHQ", note, "ann@college.example"])
      expect(logged).not.toContain(secret);
    // Logging the error as it was printed them all.
    expect(failed.message).toContain(hash);
    expect(failed.stack).toContain(note);
  });

  it("a wrapping error (the storage fault, a TRPCError) is followed to the query", () => {
    const wrapped = new Error("The database is unavailable.", { cause: failed });
    const logged = forTheLog(wrapped);
    expect(logged).toContain("caused by Error: Failed query: update");
    expect(logged).not.toContain(hash);
  });

  it("something thrown that is not an Error is not printed", () => {
    expect(forTheLog({ password: "hunter2 hunter2" })).not.toContain("hunter2");
  });
});
