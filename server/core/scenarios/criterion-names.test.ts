import { describe, expect, it } from "vitest";
import { criterionShortName } from "./criterion-names";

describe("criterionShortName", () => {
  it("reads the id as words, keeping acronyms and proper words", () => {
    expect(criterionShortName({ id: "sincere-apology" })).toBe("Sincere apology");
    expect(criterionShortName({ id: "lass-order" })).toBe("LASS order");
    expect(criterionShortName({ id: "plain-english" })).toBe("Plain English");
    expect(criterionShortName({ id: "reason-lass" })).toBe("Reason LASS");
    expect(criterionShortName({ id: "cra-not-obstructed" })).toBe("CRA not obstructed");
    expect(criterionShortName({ id: "sar-deadline" })).toBe("SAR deadline");
  });

  it("prefers the scenario's own short name", () => {
    expect(criterionShortName({ id: "lawful-remedy-ravi", short: "Remedy: Ravi" })).toBe("Remedy: Ravi");
  });
});
