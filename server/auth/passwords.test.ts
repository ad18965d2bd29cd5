import bcrypt from "bcryptjs";
import { afterEach, describe, expect, it } from "vitest";
import { guessablePasswordProblem } from "./password-strength";
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

  it("reads a password the same however its accents were typed (NFKC, NIST SP 800-63B-4 §3.1.1.2), and still signs in hashes made as typed", async () => {
    const composed = "café crème brûlée bien chaude"; // é as one character
    const decomposed = composed.normalize("NFD"); // e + a combining accent, as some keyboards send it
    expect(decomposed).not.toBe(composed);
    const hash = await hashPassword(decomposed);
    expect(await verifyPassword(composed, hash)).toBe(true);
    expect(await verifyPassword(decomposed, hash)).toBe(true);
    expect(await verifyPassword("cafe creme brulee bien chaude", hash)).toBe(false);
    // A hash made before normalising (of the decomposed form, as typed) still verifies.
    const { hash: argon } = await import("@node-rs/argon2");
    const before = await argon(decomposed, { memoryCost: 1_024, timeCost: 1, parallelism: 1 });
    expect(await verifyPassword(decomposed, before)).toBe(true);
    const oldBcrypt = await bcrypt.hash(decomposed, 4);
    expect(await verifyPassword(decomposed, oldBcrypt)).toBe(true);
    expect(await verifyPassword("café crème brûlée bien froide", oldBcrypt)).toBe(false);
  });

  it("accepts a 100-character passphrase in accented letters, beyond the 72 bytes bcrypt read", async () => {
    const long = "àéîõü çàéîõü ".repeat(8).slice(0, 100);
    expect(Buffer.byteLength(long, "utf8")).toBeGreaterThan(72);
    const hash = await hashPassword(long);
    expect(await verifyPassword(long, hash)).toBe(true);
    expect(await verifyPassword(long.slice(0, 99), hash)).toBe(false);
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
    // (Kept at 100 ms: under a load average of 16 it has lagged 108-239 ms with the old code as with the new,
    // but a loaded machine is not a reason to loosen it; CI runs it on a quiet one.)
    expect(Math.max(...lags)).toBeLessThan(100);
  }, 60_000);

  /**
   * NIST SP 800-63B-4 §3.1.1.2: a password that is the only factor SHALL be at least 15 characters
   * (ANSWER security-1, item 4; it was 10 until session 42). New and changed passwords only.
   */
  it("states the length rules: 15 characters at least, and suggests three ordinary words", async () => {
    expect(await passwordProblem("short")).toMatch(/at least 15/);
    const fourteen = await passwordProblem("kettle lantern");
    expect(fourteen).toMatch(/^Use at least 15 characters for your password\. Three ordinary words/);
    expect(await passwordProblem("kettle lanterns")).toBeUndefined();
    // NIST SP 800-63B-4 §3.1.1.2: at least 64 characters SHALL be permitted, counted as characters, not bytes
    // (72 bytes refused a 40-letter accented passphrase until session 46).
    expect(await passwordProblem("é".repeat(129))).toMatch(/at most 128 characters/);
    expect(
      await passwordProblem("crème brûlée à la café français, s'il vous plaît, très épicé"),
    ).toBeUndefined();
    expect(await passwordProblem("a long enough password")).toBeUndefined();
  });

  /**
   * Probe, session 42: with 15 characters asked, one word padded out to the length passed zxcvbn's
   * 10^8 (it prices "!!!!" and "1234567" as random characters; guessing programs add them to every
   * word first): 15 of 34 such passwords were refused before, 33 after, and 20 of 20 honest
   * passphrases still pass; a second held-out set, 16 and 16, went from 13 to 16 refused (one kind, a
   * word repeated in two cases around a year, was mended after it); letters that are one run in order
   * or along the keyboard ("Abc…", "Asdf…") last: set 3, 6/8 then 8/8 refused, 15/15 honest kept.
   */
  it.each([
    ["Password1234567!", /one common word or name with numbers or symbols added/],
    ["Liverpool2024!!!", /one common word or name with numbers or symbols added/],
    ["Welcome2024!2024", /one common word or name with numbers or symbols added/],
    ["P@ssw0rd2024!!!!", /one common word or name with numbers or symbols added/],
    ["London2012London", /one common word or name with numbers or symbols added/],
    ["Autumn2026autumn", /one common word or name with numbers or symbols added/],
    ["hunter2 hunter2", /one common word or name with numbers or symbols added/],
    ["Abc123456789012!", /one common word or name with numbers or symbols added/],
    ["Asdf1234567890!!", /one common word or name with numbers or symbols added/],
    ["CRMtrainer2026!!", /this service's name/],
    ["SamiraOkafor2026!", /your own name or email address/],
    ["samira.okafor1234", /your own name or email address/],
  ])("refuses %s, one word or name padded to the length, and says why", async (password, why) => {
    const problem = await passwordProblem(password, {
      email: "samira.okafor@college.example",
      name: "Samira Okafor",
    });
    expect(problem).toMatch(/^That password would be too easy to guess: /);
    expect(problem).toMatch(why);
  });

  /**
   * Probe, session 40: sign-up and password change took "1234567890", "qwertyuiop", "aaaaaaaaaa" and
   * "Password123": the first a guesser tries, and ten characters long, so the length rule alone let them
   * in. Session 41: the hand-written list became zxcvbn-ts (password-strength.ts), which must still
   * refuse every one of them and say why (NIST SP 800-63B-4 §3.1.1.2).
   */
  it.each([
    ["1234567890", /most common passwords|in order/],
    ["0987654321", /common password|in order/],
    ["12345678901", /common password|in order/],
    ["qwertyuiop", /most common passwords|keys on the keyboard/],
    ["QWERTYUIOP12", /common password|keys on the keyboard/],
    ["1q2w3e4r5t", /most common passwords|keys on the keyboard/],
    ["abcdefghijk", /in order/],
    ["aaaaaaaaaa", /repeats the same letter/],
    ["ababababab", /repeats the same group/],
    ["1212121212", /repeats the same group/],
    ["Password123", /most common passwords/],
    ["password1234!", /common password/],
    ["P@ssw0rd2024", /common password/],
    ["iloveyou123", /common password/],
    ["letmein12345", /common password/],
    ["Welcome2024!", /common password/],
    ["trustno1trustno1", /repeats the same group/],
    ["hearthandbean1", /this service's name/],
    ["CRMtrainer2026", /this service's name/],
  ])("refuses %s, one of the first a guesser tries, and says why", async (password, why) => {
    // Read by the guessability check alone: most of these are now short of 15 characters as well.
    const problem = await guessablePasswordProblem(password);
    expect(problem).toMatch(/^That password would be too easy to guess: /);
    expect(problem).toMatch(why);
    // What to do instead, not only "weak".
    expect(problem).toMatch(/Choose another one of your own: three or four ordinary words/);
  });

  it("refuses the account's own email address, its name part or the tutor's name, with digits or not", async () => {
    const own = { email: "tutor.a@college.example", name: "Ama Mensah" };
    for (const password of [
      "tutor.a@college.example",
      "Tutor.A2024!",
      "tutora12345",
      "AmaMensah1!",
      "ama.mensah.2026",
      "Mensah-Ama-99",
      "AmaMensah2026!!!",
    ])
      expect(await guessablePasswordProblem(password, own), password).toMatch(
        /your own name or email address/,
      );
    expect(await passwordProblem("tutor a password", own)).toBeUndefined();
  });

  /**
   * Session 42's probe "tutor12.college.2026" passed: words about the job (NIST SP 800-63B-4 §3.1.1.2,
   * context-specific words) joined with digits and a year. Session 43: a password made of nothing but
   * such words, the account's details and the service's name is refused; a passphrase with one of them
   * among other words is priced as before. The second half of each list was written and decided before
   * the rule first ran on it.
   */
  it.each([
    "tutor12.college.2026",
    "Lesson-Class-2026",
    "teacher.school.1999",
    "classroom tutor 2026",
    "Classroom2026!!",
    "lecturer.college.24",
    "School-Tutor-2025",
    "learners4lessons",
  ])("refuses %s, words about the job with digits, and says why", async (password) => {
    const problem = await passwordProblem(password, { email: "a.shah@college.example", name: "Asha Shah" });
    // A single word padded out ("Classroom2026!!") is refused by the padding rule first.
    expect(problem).toMatch(/words about the job|one common word or name with numbers/);
  });

  it.each([
    "proof tutor password",
    "class ocean pickle",
    "my lesson kettle 42",
    "my class loves marmalade",
    "tutor of the quiet heron",
    "lesson plans and porridge",
  ])("accepts %s, a passphrase with a job word among others", async (password) => {
    expect(
      await passwordProblem(password, { email: "a.shah@college.example", name: "Asha Shah" }),
    ).toBeUndefined();
  });

  it("refuses the demo tutor's email as its password (session 40's probe)", async () => {
    const demo = { email: "tutor@example.com", name: "Demo Tutor" };
    expect(await passwordProblem("tutor@example.com", demo)).toMatch(/your own name or email address/);
    expect(await passwordProblem("TUTOR@EXAMPLE.COM1", demo)).toMatch(/your own name or email address/);
  });

  it.each([
    "a long enough password",
    "correct horse battery",
    "tutor b's own password",
    "proof tutor password",
    "change-me-please",
    "my own new password",
    "7391046285917364",
    "kettle lanterns",
    "Dan's blue canoe 1994",
    "fog 42 lemon bicycle",
    "Zoë's kettle 1987",
    "e2e tutor password",
    "a long enough new password",
    "marmalade orbit kettle lantern",
    "the heron sketched a cold teapot at dawn",
  ])("accepts %s (long, and not a common pattern)", async (password) => {
    expect(
      await passwordProblem(password, { email: "tutor.b@college.example", name: "Ben Osei" }),
    ).toBeUndefined();
  });

  /**
   * Session 41: the dictionaries are loaded and built once, on first use, and each check is bounded (72 characters
   * read, 8 readings of swapped letters), so a hand-made worst case cannot hold the server's one thread.
   */
  it("checks quickly once built, even a worst case typed on purpose", async () => {
    await passwordProblem("warm the dictionaries up");
    const typed = [
      "a long enough password",
      "Password123",
      "1!|l".repeat(18),
      "P@ssw0rd!".repeat(8),
      "1".repeat(72),
      "p455w0rd".repeat(9),
      "kX9#mQ2$vL7!pR4@wT8%nB3^hJ6&cF1*dG5(sZ0)yU".repeat(2).slice(0, 72),
    ];
    // Processor time, not wall time: on a shared machine the wall clock measures the others too.
    const times: number[] = [];
    for (const password of typed) {
      const started = process.cpuUsage();
      await passwordProblem(password, { email: "tutor.b@college.example", name: "Ben Osei" });
      const used = process.cpuUsage(started);
      times.push((used.user + used.system) / 1000);
    }
    // About 5-60 ms each; zxcvbn's default l33t setting took up to 800 ms on the worst of these.
    expect(Math.max(...times)).toBeLessThan(250);
  });
});
