import bcrypt from "bcryptjs";
import { afterEach, describe, expect, it } from "vitest";
import { hashPassword, needsRehash, passwordProblem, verifyPassword } from "./passwords";

const saved = process.env.PASSWORD_HASH_COST;
afterEach(() => {
  if (saved === undefined) delete process.env.PASSWORD_HASH_COST;
  else process.env.PASSWORD_HASH_COST = saved;
});

describe("passwords", () => {
  it("hashes with argon2id and verifies", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("wrong horse battery", hash)).toBe(false);
    expect(await verifyPassword("anything at all", undefined)).toBe(false);
  });

  it("still verifies old bcrypt hashes, and asks for them to be re-hashed", async () => {
    const old = await bcrypt.hash("correct horse battery", 4);
    expect(await verifyPassword("correct horse battery", old)).toBe(true);
    expect(await verifyPassword("wrong horse battery", old)).toBe(false);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(await hashPassword("correct horse battery"))).toBe(false);
  });

  it("uses the full cost outside tests, and re-hashes a cheaper hash then", async () => {
    const cheap = await hashPassword("correct horse battery");
    process.env.PASSWORD_HASH_COST = "full";
    expect(needsRehash(cheap)).toBe(true);
    const full = await hashPassword("correct horse battery");
    expect(full).toMatch(/\$m=19456,t=2,p=1\$/);
  });

  it("keeps the event loop free while 24 full-cost hashes run", async () => {
    process.env.PASSWORD_HASH_COST = "full";
    const lags: number[] = [];
    let running = true;
    const probe = (async () => {
      while (running) {
        const started = performance.now();
        await new Promise((resolve) => setTimeout(resolve, 10));
        lags.push(performance.now() - started - 10);
      }
    })();
    const hashes = await Promise.all(
      Array.from({ length: 24 }, (_, i) => hashPassword(`password number ${i}`)),
    );
    running = false;
    await probe;
    expect(hashes.every((h) => h.includes("m=19456"))).toBe(true);
    expect(lags.length).toBeGreaterThan(10);
    // A blocking hash at this cost holds the loop for tens of milliseconds each, 24 in a row for seconds.
    expect(Math.max(...lags)).toBeLessThan(100);
  }, 60_000);

  it("states the length rules", () => {
    expect(passwordProblem("short")).toMatch(/at least 10/);
    expect(passwordProblem("é".repeat(40))).toMatch(/at most 72 bytes/);
    expect(passwordProblem("a long enough password")).toBeUndefined();
  });

  /**
   * Probe, session 40: sign-up and password change took "1234567890", "qwertyuiop", "aaaaaaaaaa" and
   * "Password123": the first a guesser tries, and ten characters long, so the length rule alone let them
   * in (NIST SP 800-63B §5.1.1.2: check new passwords against common, repetitive or sequential ones and
   * context words such as the account's own name).
   */
  it.each([
    "1234567890",
    "0987654321",
    "12345678901",
    "qwertyuiop",
    "QWERTYUIOP12",
    "1q2w3e4r5t",
    "abcdefghijk",
    "aaaaaaaaaa",
    "ababababab",
    "1212121212",
    "Password123",
    "password1234!",
    "P@ssw0rd2024",
    "iloveyou123",
    "letmein12345",
    "Welcome2024!",
    "trustno1trustno1",
    "hearthandbean1",
    "CRMtrainer2026",
  ])("refuses %s, one of the first a guesser tries", (password) => {
    expect(passwordProblem(password)).toMatch(/first an attacker would try/);
  });

  it("refuses the account's own email address or its name part, with digits or not", () => {
    const email = "tutor.a@college.example";
    expect(passwordProblem("tutor.a@college.example", { email })).toMatch(/first an attacker would try/);
    expect(passwordProblem("Tutor.A2024!", { email })).toMatch(/first an attacker would try/);
    expect(passwordProblem("tutor a password", { email })).toBeUndefined();
  });

  it.each([
    "a long enough password",
    "correct horse battery",
    "tutor b's own password",
    "proof tutor password",
    "hunter2 hunter2",
    "change-me-please",
    "my own new password",
    "7391046285",
    "Zoë's kettle 1987",
  ])("accepts %s (long, and not a common pattern)", (password) => {
    expect(passwordProblem(password, { email: "tutor.b@college.example" })).toBeUndefined();
  });
});
