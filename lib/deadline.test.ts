import { describe, expect, it } from "vitest";
import { deadlineWords, formatDeadline } from "./deadline";

describe("deadlineWords", () => {
  it("says a locking assignment's UK date and time and that it then takes no work", () => {
    // 17:00 UTC in December is 17:00 in London.
    const words = deadlineWords({ dueAt: "2026-12-07T17:00:00.000Z", lateWork: "lock" });
    expect(words.when).toBe("This assignment locks at 17:00 on Monday 7 December 2026 (UK time).");
    expect(words.after).toMatch(
      /^After that you cannot change or submit your attempt, so submit before then\./,
    );
  });

  it("gives the London wall time in summer, not UTC", () => {
    expect(formatDeadline(new Date("2026-06-08T16:30:00.000Z"))).toBe("17:30 on Monday 8 June 2026");
  });

  it("says late work is accepted but marked late, before and after the due date", () => {
    const terms = { dueAt: new Date("2026-12-07T17:00:00.000Z"), lateWork: "accept" as const };
    const before = deadlineWords(terms, Date.parse("2026-12-07T16:00:00.000Z"));
    expect(before.when).toBe("This assignment is due at 17:00 on Monday 7 December 2026 (UK time).");
    expect(before.after).toBe("You can still submit after then, but it will be marked as late.");
    const after = deadlineWords(terms, Date.parse("2026-12-07T18:00:00.000Z"));
    expect(after.when).toBe("This assignment was due at 17:00 on Monday 7 December 2026 (UK time).");
  });
});
