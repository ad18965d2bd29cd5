/**
 * A new learner's name may not pass for staff (learner-entry.ts, refuseStaffNames): the shared demo CRM
 * signs every note with its writer's name, and a learner who joined as their tutor's name, or as
 * "Tutor", wrote notes that every visitor read as staff's (probe, session 33).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { printsAs, roleWordIn } from "@/server/auth/display-names";
import { createTestApp, errorCode, type TestApp } from "@/server/test-support/test-app";

let app: TestApp;
let code: string;
let ip = 0;
const device = () => app.browser({}, { ip: `10.32.0.${++ip}` });

beforeAll(async () => {
  app = createTestApp();
  const tutor = app.browser({}, { ip: "10.32.250.1" });
  await tutor.api.auth.tutorSignUp({
    email: "ian@college.example",
    name: "Ian Reid",
    password: "correct horse battery",
  });
  await tutor.api.auth.tutorSignIn({ email: "ian@college.example", password: "correct horse battery" });
  code = (await tutor.api.classes.create({ name: "Names" })).joinCode!;
});
afterAll(() => app.close());

describe("names that pass for staff", () => {
  it.each(["Ian Reid", "ian  reid", "IAN REID.", "lan Reid", "Ian-Reid"])(
    "the class's tutor's name as it prints (%s) is refused on the name field",
    async (displayName) => {
      const error = await device()
        .api.auth.joinClass({ code, displayName })
        .catch((e: { code: string; message: string }) => e);
      expect(error).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/your tutor's name/) });
    },
  );

  it.each(["Tutor", "The Tutor", "Tut0r", "TEACHER", "Admin Sam", "System", "Ann (tutor)"])(
    "a role word (%s) is refused, joining or practising alone",
    async (displayName) => {
      expect(await errorCode(device().api.auth.joinClass({ code, displayName }))).toBe("BAD_REQUEST");
      expect(await errorCode(device().api.auth.practiseAlone({ displayName }))).toBe("BAD_REQUEST");
    },
  );

  it("a learner practising alone cannot take one as another name either", async () => {
    const learner = device();
    await learner.api.auth.practiseAlone({ displayName: "Pat Plain" });
    expect(await errorCode(learner.api.auth.practiseAlone({ displayName: "Tutor" }))).toBe("BAD_REQUEST");
    expect((await learner.api.auth.practiseAlone({ displayName: "Pat P" })).learner.displayName).toBe(
      "Pat P",
    );
  });

  it.each(["Ian Reid Jr", "Ian", "Tutu Adeyemi", "Sysy Admiral", "Teach Li"])(
    "names that are not staff's (%s) join",
    async (displayName) => {
      expect((await device().api.auth.joinClass({ code, displayName })).how).toBe("new");
    },
  );

  it("compares words as they print", () => {
    expect(roleWordIn("Ms Smith (Tutor)")).toBe("tutor");
    expect(roleWordIn("Tutorial Tom")).toBeUndefined();
    expect(printsAs("Demo Tutor", "dem0  tutor.")).toBe(true);
    expect(printsAs("Demo Tutor", "Demo Tutors")).toBe(false);
  });

  /**
   * Probe, session 41: "Tu\u0307tor" (a combining dot over the u) joined, printing as "Tu̇tor", because
   * the mark cut the word in two ("tu", "tor"). Marks are now left out when names are compared, so an
   * accent does not hide a role word or the tutor's name; names that differ by more still join.
   */
  it("reads a role word or the tutor's name through accents and combining marks", () => {
    expect(roleWordIn("Tu\u0307tor")).toBe("tutor");
    expect(roleWordIn("Tútor")).toBe("tutor");
    expect(roleWordIn("A\u0336dmin")).toBe("admin");
    expect(printsAs("Demo Tutor", "Dëmo Tutör")).toBe(true);
    expect(roleWordIn("Zoë Tutu")).toBeUndefined();
    expect(printsAs("Demo Tutor", "Demi Tutor")).toBe(false);
  });

  /**
   * Probe, session 48: "ᴬᵈᵐⁱⁿ" (modifier and superscript letters) joined a class, printing as a small
   * "Admin". Names were upper-cased before NFKC, and these letters have no capitals, so after NFKC the
   * word was "Admin" in mixed case, whose lookalike key ("m" as "rn") is not the role word's. Fullwidth
   * "ＡＤＭＩＮ" and circled "Ⓐdmin" were caught (they have capitals).
   */
  it.each(["ᴬᵈᵐⁱⁿ", "ᵀᵘᵗᵒʳ", "ᴵᵃⁿ ᴿᵉⁱᵈ", "Tᵘᵗᵒʳ Tom"])(
    "a role word or the tutor's name in modifier or superscript letters (%s) is refused",
    async (displayName) => {
      // A role word is refused (400); the class's tutor's name is taken (409).
      expect(await errorCode(device().api.auth.joinClass({ code, displayName }))).toMatch(
        /BAD_REQUEST|CONFLICT/,
      );
      if (displayName !== "ᴵᵃⁿ ᴿᵉⁱᵈ")
        expect(await errorCode(device().api.auth.practiseAlone({ displayName }))).toBe("BAD_REQUEST");
    },
  );
});
