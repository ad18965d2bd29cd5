import { describe, expect, it } from "vitest";
import { type AssignmentTerms, availability } from "./assignment-rules";

const OPEN: AssignmentTerms = {
  dueAt: null,
  closedAt: null,
  lateWork: "accept",
  maxAttempts: null,
  marksRelease: "immediate",
  marksReleasedAt: null,
};
const NOW = new Date("2026-12-05T10:00:00Z");

describe("availability", () => {
  it("is open while nothing stops it, and late past an accepting due date", () => {
    expect(availability(OPEN, NOW)).toEqual({ open: true, late: false });
    expect(availability({ ...OPEN, dueAt: new Date("2026-12-04T10:00:00Z") }, NOW)).toEqual({
      open: true,
      late: true,
    });
  });

  it("takes no work once the class is archived, whatever the assignment's own terms", () => {
    const archived = availability({ ...OPEN, classArchivedAt: new Date("2026-12-01T09:00:00Z") }, NOW);
    expect(archived).toMatchObject({ open: false, reason: "closed" });
    expect(archived.open === false && archived.message).toMatch(/archived this class/);
    expect(availability({ ...OPEN, classArchivedAt: null }, NOW)).toEqual({ open: true, late: false });
  });

  it("takes no work once closed, or past a locking due date", () => {
    expect(availability({ ...OPEN, closedAt: NOW }, NOW)).toMatchObject({ open: false, reason: "closed" });
    expect(
      availability({ ...OPEN, lateWork: "lock", dueAt: new Date("2026-12-04T10:00:00Z") }, NOW),
    ).toMatchObject({ open: false, reason: "locked" });
  });
});
