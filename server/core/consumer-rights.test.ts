import { describe, expect, it } from "vitest";
import { addMonths, assessRemedy, cancellationDeadline } from "./consumer-rights";

const DAY = 86_400_000;
const delivered = new Date("2026-10-01T10:00:00Z");
const after = (days: number) => new Date(delivered.getTime() + days * DAY);

describe("assessRemedy: short-term right to reject (within 30 days)", () => {
  it("a full refund 12 days after delivery is lawful and due within 14 days", () => {
    const a = assessRemedy({
      deliveredAt: delivered,
      reportedAt: after(12),
      itemPricePence: 4499,
      remedy: { kind: "refund" },
    });
    expect(a.right).toBe("short-term right to reject");
    expect(a.lawful).toBe(true);
    expect(a.daysSinceDelivery).toBe(12);
    expect(a.faultPresumedAtDelivery).toBe(true);
    expect(a.refundDueBy?.toISOString()).toBe(after(26).toISOString());
    expect(a.explanation).toContain("full refund of £44.99");
    expect(a.explanation).toContain("1 October 2026");
    expect(a.explanation).toContain("original payment method");
  });

  it("day 30 is still inside the short-term right", () => {
    expect(
      assessRemedy({ deliveredAt: delivered, reportedAt: after(30), itemPricePence: 100, remedy: { kind: "refund" } })
        .right,
    ).toBe("short-term right to reject");
    expect(
      assessRemedy({ deliveredAt: delivered, reportedAt: after(31), itemPricePence: 100, remedy: { kind: "refund" } })
        .right,
    ).toBe("repair or replace");
  });

  it("a voucher alone is not lawful unless the customer agrees", () => {
    const base = { deliveredAt: delivered, reportedAt: after(12), itemPricePence: 4499 } as const;
    const v = assessRemedy({ ...base, remedy: { kind: "voucher", amountPence: 5000 } });
    expect(v.lawful).toBe(false);
    expect(v.explanation).toMatch(/voucher alone is not a remedy/i);
    expect(assessRemedy({ ...base, remedy: { kind: "voucher", amountPence: 5000 }, customerAgreed: true }).lawful).toBe(
      true,
    );
  });

  it("a partial refund, an imposed replacement or a goodwill gesture is not lawful", () => {
    const base = { deliveredAt: delivered, reportedAt: after(5), itemPricePence: 4499 } as const;
    expect(assessRemedy({ ...base, remedy: { kind: "refund", amountPence: 2000 } }).lawful).toBe(false);
    expect(assessRemedy({ ...base, remedy: { kind: "replacement" } }).lawful).toBe(false);
    expect(assessRemedy({ ...base, remedy: { kind: "replacement" }, customerAgreed: true }).lawful).toBe(true);
    expect(assessRemedy({ ...base, remedy: { kind: "goodwill", amountPence: 1000 }, customerAgreed: true }).lawful).toBe(
      false,
    );
  });
});

describe("assessRemedy: after 30 days", () => {
  it("30 days to 6 months: one repair or replacement is lawful; fault presumed", () => {
    const a = assessRemedy({ deliveredAt: delivered, reportedAt: after(60), itemPricePence: 12999, remedy: { kind: "repair" } });
    expect(a.right).toBe("repair or replace");
    expect(a.lawful).toBe(true);
    expect(a.faultPresumedAtDelivery).toBe(true);
    expect(a.entitledRemedies).toEqual(["repair", "replacement"]);
    expect(assessRemedy({ deliveredAt: delivered, reportedAt: after(60), itemPricePence: 12999, remedy: { kind: "voucher" } }).lawful).toBe(false);
  });

  it("after a failed repair: final right to reject or price reduction", () => {
    const base = {
      deliveredAt: delivered,
      reportedAt: after(90),
      itemPricePence: 12999,
      previousRepairOrReplacementFailed: true,
    } as const;
    const full = assessRemedy({ ...base, remedy: { kind: "refund" } });
    expect(full.right).toBe("final right to reject / price reduction");
    expect(full.lawful).toBe(true);
    expect(assessRemedy({ ...base, remedy: { kind: "refund", amountPence: 4000 } }).lawful).toBe(true);
    expect(assessRemedy({ ...base, remedy: { kind: "repair" } }).lawful).toBe(false);
  });

  it("after six months the fault is no longer presumed", () => {
    const a = assessRemedy({ deliveredAt: delivered, reportedAt: after(200), itemPricePence: 5499, remedy: { kind: "replacement" } });
    expect(a.faultPresumedAtDelivery).toBe(false);
    expect(a.explanation).toMatch(/six years/);
  });
});

describe("change of mind (Consumer Contracts Regulations 2013)", () => {
  it("within 14 days of delivery an online purchase can be cancelled for a refund", () => {
    const a = assessRemedy({
      deliveredAt: delivered,
      reportedAt: after(10),
      itemPricePence: 2499,
      remedy: { kind: "voucher", amountPence: 2499 },
      faulty: false,
    });
    expect(a.right).toBe("change-of-mind cancellation");
    expect(a.lawful).toBe(false);
    expect(a.explanation).toContain("Consumer Contracts Regulations 2013");
  });

  it("after 14 days there is no statutory right for a non-faulty item", () => {
    const a = assessRemedy({ deliveredAt: delivered, reportedAt: after(20), itemPricePence: 2499, remedy: { kind: "refund" }, faulty: false });
    expect(a.right).toBe("no statutory remedy");
  });

  it("cancellation deadline and calendar months", () => {
    expect(cancellationDeadline(delivered).toISOString()).toBe(after(14).toISOString());
    expect(addMonths(new Date("2026-08-31T00:00:00Z"), 6).toISOString()).toBe("2027-02-28T00:00:00.000Z");
  });
});
