import { describe, expect, it } from "vitest";
import {
  DEFAULT_EXPECTED_LIFESPAN_YEARS,
  InvalidScoreError,
  calculateAverageOrderValue,
  calculateCaseFcr,
  calculateCes,
  caseResolvedAtFirstContact,
  calculateClv,
  calculateCsat,
  calculateCustomerValue,
  calculateFcr,
  calculateNps,
  calculatePurchaseFrequency,
  calculateRepeatPurchaseRate,
  calculateRetention,
  formatPence,
  isCustomerAt,
  isSatisfied,
  monthLabel,
  monthlyNps,
  monthlyRevenue,
  monthlySeries,
  monthsBefore,
  monthsInRange,
  npsCategory,
  roundHalfAwayFromZero,
  ukMonthKey,
  yearsBetween,
} from "./metrics";

const d = (iso: string) => new Date(iso);
const MINUS = "\u2212";

describe("npsCategory", () => {
  it("splits 0–6 / 7–8 / 9–10", () => {
    expect([0, 3, 6].map(npsCategory)).toEqual(["detractor", "detractor", "detractor"]);
    expect([7, 8].map(npsCategory)).toEqual(["passive", "passive"]);
    expect([9, 10].map(npsCategory)).toEqual(["promoter", "promoter"]);
  });

  it("throws a typed RangeError for scores off the scale or not whole", () => {
    for (const bad of [-1, 11, 7.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => npsCategory(bad)).toThrow(InvalidScoreError);
      expect(() => npsCategory(bad)).toThrow(RangeError);
    }
  });
});

describe("calculateNps", () => {
  it("returns null with 'No responses in this period' when there are no responses", () => {
    const r = calculateNps([]);
    expect(r.value).toBeNull();
    expect(r.rounded).toBeNull();
    expect(r.responses).toBe(0);
    expect(r.explanation.calculation).toBe("No responses in this period");
    expect(r.display).toBe("No responses");
  });

  it("is 0 when everyone is a passive", () => {
    const r = calculateNps([7, 8, 7, 8]);
    expect(r.value).toBe(0);
    expect(r.rounded).toBe(0);
    expect(r.display).toBe("0");
    expect(r).toMatchObject({ promoters: 0, passives: 4, detractors: 0, responses: 4 });
  });

  it("is +100 when everyone is a promoter and −100 when everyone is a detractor", () => {
    expect(calculateNps([9, 10, 10])).toMatchObject({ value: 100, rounded: 100, display: "+100" });
    expect(calculateNps([0, 6, 3])).toMatchObject({ value: -100, rounded: -100, display: `${MINUS}100` });
  });

  it("takes % detractors from % promoters (hand-computed)", () => {
    // 5 promoters (10, 9, 9, 10, 9), 2 passives (8, 7), 3 detractors (6, 5, 0) of 10: 50% − 30% = +20.
    const r = calculateNps([10, 9, 9, 8, 7, 6, 5, 0, 10, 9]);
    expect(r).toMatchObject({
      value: 20,
      rounded: 20,
      display: "+20",
      promoters: 5,
      passives: 2,
      detractors: 3,
    });
    expect(r.promoterPercent).toBe(50);
    expect(r.detractorPercent).toBe(30);
    expect(r.passivePercent).toBe(20);
    expect(r.explanation.calculation).toBe(
      `5 of 10 responses are promoters (50%) and 3 are detractors (30%). NPS = 50 − 30 = +20.`,
    );
    expect(r.explanation.inputs).toEqual([
      { label: "Responses", value: 10 },
      { label: "Promoters (9–10)", value: 5 },
      { label: "Passives (7–8)", value: 2 },
      { label: "Detractors (0–6)", value: 3 },
    ]);
    expect(r.explanation.definition).toMatch(/promoters \(scores 9–10\).*detractors \(scores 0–6\)/);
  });

  it("keeps the exact value and rounds the display half away from zero", () => {
    const twoThirds = calculateNps([10, 9, 8]); // 66.67 − 0
    expect(twoThirds.value).toBeCloseTo(66.6667, 3);
    expect(twoThirds.rounded).toBe(67);
    expect(twoThirds.display).toBe("+67");
    expect(twoThirds.explanation.calculation).toContain("= +66.7, shown as +67.");

    const negThird = calculateNps([10, 0, 0]); // 33.3 − 66.7 = −33.3
    expect(negThird.value).toBeCloseTo(-33.3333, 3);
    expect(negThird.rounded).toBe(-33);
    expect(negThird.display).toBe(`${MINUS}33`);

    expect(calculateNps([10, 8, 8, 8, 8, 8, 8, 8]).value).toBe(12.5);
    expect(calculateNps([10, 8, 8, 8, 8, 8, 8, 8]).rounded).toBe(13);
    expect(calculateNps([0, 8, 8, 8, 8, 8, 8, 8]).rounded).toBe(-13);
  });

  it("treats the 6/7 and 8/9 boundaries correctly", () => {
    expect(calculateNps([6]).value).toBe(-100);
    expect(calculateNps([7]).value).toBe(0);
    expect(calculateNps([8]).value).toBe(0);
    expect(calculateNps([9]).value).toBe(100);
  });

  it("throws InvalidScoreError naming the bad score and where it is", () => {
    expect(() => calculateNps([9, 11])).toThrow(InvalidScoreError);
    try {
      calculateNps([9, 10, -1]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RangeError);
      const err = e as InvalidScoreError;
      expect(err.metric).toBe("NPS");
      expect(err.score).toBe(-1);
      expect(err.index).toBe(2);
      expect(err.message).toBe("NPS scores must be whole numbers from 0 to 10; got -1 (response 3).");
    }
    expect(() => calculateNps([8.5])).toThrow(InvalidScoreError);
  });
});

describe("calculateCsat", () => {
  it("counts 4 as satisfied and 3 as not", () => {
    expect(calculateCsat([3])).toMatchObject({ value: 0, display: "0%", satisfied: 0 });
    expect(calculateCsat([4])).toMatchObject({ value: 100, display: "100%", satisfied: 1 });
    expect(isSatisfied(3)).toBe(false);
    expect(isSatisfied(4)).toBe(true);
  });

  it("is the % of responses rating 4–5 (hand-computed)", () => {
    expect(calculateCsat([1, 2, 3, 4, 5])).toMatchObject({
      value: 40,
      rounded: 40,
      satisfied: 2,
      responses: 5,
    });
    const r = calculateCsat([5, 4, 3]);
    expect(r.value).toBeCloseTo(66.6667, 3);
    expect(r.display).toBe("67%");
    expect(r.explanation.calculation).toBe(
      "2 of 3 responses rated 4 or 5. CSAT = 2 ÷ 3 × 100 = 66.7%, shown as 67%.",
    );
  });

  it("returns null for no responses and throws for scores outside 1–5", () => {
    expect(calculateCsat([]).value).toBeNull();
    expect(calculateCsat([]).explanation.calculation).toBe("No responses in this period");
    expect(() => calculateCsat([0])).toThrow(InvalidScoreError);
    expect(() => calculateCsat([6])).toThrow(/CSAT scores must be whole numbers from 1 to 5/);
  });
});

describe("calculateCes", () => {
  it("is the mean effort score and says lower is easier", () => {
    const r = calculateCes([1, 2, 3, 4]);
    expect(r.value).toBe(2.5);
    expect(r.rounded).toBe(2.5);
    expect(r.display).toBe("2.5 out of 7 (lower is easier)");
    expect(r.easy).toBe(3);
    expect(r.difficult).toBe(0);
    expect(r.explanation.notes.join(" ")).toMatch(/Lower is easier/);
    expect(r.explanation.definition).toMatch(/lower CES is better/);
  });

  it("rounds the mean to one decimal place half up without binary-fraction errors", () => {
    // 17 × 1 + 3 × 2 = 23 over 20 responses = 1.15 → 1.2
    const scores = [...Array(17).fill(1), 2, 2, 2] as number[];
    const r = calculateCes(scores);
    expect(r.value).toBeCloseTo(1.15, 10);
    expect(r.rounded).toBe(1.2);
    expect(calculateCes([7, 7, 6]).rounded).toBe(6.7);
  });

  it("returns null for no responses and throws for scores outside 1–7", () => {
    expect(calculateCes([]).value).toBeNull();
    expect(() => calculateCes([0])).toThrow(InvalidScoreError);
    expect(() => calculateCes([8])).toThrow(InvalidScoreError);
  });
});

describe("calculateFcr", () => {
  it("is the % of contacts resolved at first contact", () => {
    const r = calculateFcr([
      { resolvedAtFirstContact: true },
      { resolvedAtFirstContact: true },
      { resolvedAtFirstContact: false },
    ]);
    expect(r.value).toBeCloseTo(66.6667, 3);
    expect(r.display).toBe("67%");
    expect(r.contacts).toBe(3);
    expect(r.resolvedAtFirstContact).toBe(2);
    expect(calculateFcr([{ resolvedAtFirstContact: false }]).value).toBe(0);
  });

  it("returns null with no contacts", () => {
    expect(calculateFcr([]).value).toBeNull();
    expect(calculateFcr([]).explanation.calculation).toBe("No contacts in this period");
  });
});

describe("customer at a date", () => {
  it("needs a first order before the date and an order in the 12 months before it", () => {
    const at = d("2026-01-01T00:00:00Z");
    expect(isCustomerAt([d("2025-06-01T00:00:00Z")], at)).toBe(true);
    expect(isCustomerAt([d("2025-01-01T00:00:00Z")], at)).toBe(true); // exactly 12 months before: still active
    expect(isCustomerAt([d("2024-12-31T23:59:59Z")], at)).toBe(false); // lapsed
    expect(isCustomerAt([at], at)).toBe(false); // an order at that moment is not "before" it
    expect(isCustomerAt([], at)).toBe(false);
    expect(isCustomerAt([d("2025-11-01T00:00:00Z")], at, 1)).toBe(false); // custom 1-month window
  });

  it("subtracts calendar months, clamping the day", () => {
    expect(monthsBefore(d("2026-03-31T10:00:00Z"), 1).toISOString()).toBe("2026-02-28T10:00:00.000Z");
    expect(monthsBefore(d("2026-11-20T09:00:00Z"), 12).toISOString()).toBe("2025-11-20T09:00:00.000Z");
  });
});

describe("calculateRetention", () => {
  const period = { from: d("2026-01-01T00:00:00Z"), to: d("2026-07-01T00:00:00Z") };
  const A = [d("2025-03-01T10:00:00Z"), d("2026-03-01T10:00:00Z")]; // at start and end: retained
  const B = [d("2025-06-01T10:00:00Z")]; // at start, lapsed by the end: churned
  const C = [d("2025-12-15T10:00:00Z")]; // at start, still within 12 months at the end: retained
  const D = [d("2026-02-10T10:00:00Z")]; // new in the period
  const F = [d("2024-01-01T10:00:00Z")]; // long gone: in neither
  const E = [d("2023-05-01T10:00:00Z"), d("2026-04-01T10:00:00Z")]; // lapsed, came back in the period

  it("computes (E − N) ÷ S and churn = 1 − retention (hand-computed)", () => {
    // S = {A, B, C} = 3; E = {A, C, D} = 3; N = {D} = 1 → (3 − 1) ÷ 3 = 66.7%; churn 33.3%.
    const r = calculateRetention([A, B, C, D, F, []], period);
    expect(r).toMatchObject({
      startCount: 3,
      endCount: 3,
      newCount: 1,
      retainedCount: 2,
      reactivatedCount: 0,
    });
    expect(r.retentionRate).toBeCloseTo(2 / 3, 10);
    expect(r.churnRate).toBeCloseTo(1 / 3, 10);
    expect(r.retentionPercent).toBeCloseTo(66.6667, 3);
    expect(r.churnPercent).toBeCloseTo(33.3333, 3);
    expect(r.value).toBe(r.retentionPercent);
    expect(r.display).toBe("66.7%");
    expect(r.churnDisplay).toBe("33.3%");
    expect(r.explanation.calculation).toBe(
      "Retention = (3 − 1) ÷ 3 × 100 = 66.7%. Churn = 100% − 66.7% = 33.3%.",
    );
    expect(r.explanation.notes.join(" ")).toMatch(
      /first order was before that date AND they are still active/,
    );
  });

  it("accepts customers as objects with orderDates", () => {
    const r = calculateRetention(
      [{ orderDates: A }, { orderDates: B }, { orderDates: C }, { orderDates: D }],
      period,
    );
    expect(r.retentionPercent).toBeCloseTo(66.6667, 3);
  });

  it("counts returning lapsed customers at the end and says so", () => {
    // S = 3; E = {A, C, D, E} = 4; N = 1 → (4 − 1) ÷ 3 = 100%.
    const r = calculateRetention([A, B, C, D, E], period);
    expect(r).toMatchObject({ startCount: 3, endCount: 4, newCount: 1, reactivatedCount: 1 });
    expect(r.retentionPercent).toBe(100);
    expect(r.churnPercent).toBe(0);
    expect(r.explanation.notes.join(" ")).toMatch(/ordered again/);
  });

  it("is 100% with no churn and 0% when everyone lapsed", () => {
    expect(calculateRetention([A, C], period).retentionPercent).toBe(100);
    const gone = calculateRetention([B, [d("2025-02-01T00:00:00Z")]], period);
    expect(gone.retentionPercent).toBe(0);
    expect(gone.churnPercent).toBe(100);
    expect(gone.churnRate).toBe(1);
  });

  it("returns null when there were no customers at the start", () => {
    const r = calculateRetention([D, F, [d("2026-06-30T00:00:00Z")]], period);
    expect(r.startCount).toBe(0);
    expect(r.newCount).toBe(2);
    expect(r.value).toBeNull();
    expect(r.retentionRate).toBeNull();
    expect(r.churnRate).toBeNull();
    expect(r.explanation.calculation).toMatch(/no customers at the start/);
    expect(calculateRetention([], period).value).toBeNull();
  });

  it("treats a first order exactly at the start of the period as new", () => {
    const r = calculateRetention([A, [period.from]], period);
    expect(r).toMatchObject({ startCount: 1, newCount: 1, endCount: 2 });
  });

  it("rejects a period that does not move forward", () => {
    expect(() => calculateRetention([A], { from: period.to, to: period.from })).toThrow(RangeError);
    expect(() => calculateRetention([A], { from: period.from, to: period.from })).toThrow(RangeError);
  });
});

describe("calculateRepeatPurchaseRate", () => {
  it("divides customers with more than one order by customers with at least one", () => {
    const r = calculateRepeatPurchaseRate([0, 1, 2, 3, 1]);
    expect(r).toMatchObject({
      value: 50,
      rounded: 50,
      display: "50%",
      customersWithOrders: 4,
      repeatCustomers: 2,
    });
    expect(r.explanation.calculation).toBe(
      "2 of 4 customers ordered more than once. Repeat purchase rate = 2 ÷ 4 × 100 = 50%.",
    );
    expect(calculateRepeatPurchaseRate([1, 1, 2]).rounded).toBe(33);
  });

  it("returns null without customers who ordered and rejects bad counts", () => {
    expect(calculateRepeatPurchaseRate([]).value).toBeNull();
    expect(calculateRepeatPurchaseRate([0, 0]).value).toBeNull();
    expect(() => calculateRepeatPurchaseRate([-1])).toThrow(RangeError);
    expect(() => calculateRepeatPurchaseRate([1.5])).toThrow(RangeError);
  });
});

describe("average order value, purchase frequency and CLV (pence)", () => {
  it("computes AOV in pence", () => {
    const r = calculateAverageOrderValue([1000, 2000, 3001]); // 6001 ÷ 3 = 2000.33p
    expect(r.value).toBeCloseTo(2000.3333, 3);
    expect(r.valuePence).toBe(2000);
    expect(r.revenuePence).toBe(6001);
    expect(r.display).toBe("£20.00");
    expect(r.explanation.calculation).toBe("AOV = £60.01 ÷ 3 orders = £20.00.");
    expect(calculateAverageOrderValue([]).value).toBeNull();
    expect(() => calculateAverageOrderValue([-5])).toThrow(RangeError);
    expect(() => calculateAverageOrderValue([10.5])).toThrow(RangeError);
  });

  it("computes purchase frequency as orders per customer per year", () => {
    const r = calculatePurchaseFrequency({ orderCount: 30, customerCount: 10, periodYears: 2 });
    expect(r.value).toBe(1.5);
    expect(r.display).toBe("1.5 orders per customer per year");
    expect(calculatePurchaseFrequency({ orderCount: 0, customerCount: 0, periodYears: 1 }).value).toBeNull();
    expect(() => calculatePurchaseFrequency({ orderCount: 1, customerCount: 1, periodYears: 0 })).toThrow(
      RangeError,
    );
  });

  it("computes CLV = AOV × frequency × lifespan, defaulting the lifespan to 3 years", () => {
    expect(DEFAULT_EXPECTED_LIFESPAN_YEARS).toBe(3);
    const r = calculateClv({ averageOrderValuePence: 4000, purchaseFrequencyPerYear: 2.5 });
    expect(r.value).toBe(30_000); // £40.00 × 2.5 × 3 = £300.00
    expect(r.display).toBe("£300.00");
    expect(r.expectedLifespanYears).toBe(3);
    expect(r.explanation.calculation).toBe("CLV = £40.00 × 2.5 × 3 = £300.00.");
    expect(
      calculateClv({ averageOrderValuePence: 4000, purchaseFrequencyPerYear: 2.5, expectedLifespanYears: 5 })
        .value,
    ).toBe(50_000);
    // From the exact AOV: 2000.33p × 1.5 × 3 = 9001.5p → 9002p (rounded to the nearest penny).
    expect(calculateClv({ averageOrderValuePence: 6001 / 3, purchaseFrequencyPerYear: 1.5 }).value).toBe(
      9002,
    );
    expect(
      Number.isInteger(
        calculateClv({ averageOrderValuePence: 1234.5678, purchaseFrequencyPerYear: 1.1 }).value,
      ),
    ).toBe(true);
  });

  it("returns null CLV when AOV or frequency is missing, and rejects a non-positive lifespan", () => {
    expect(calculateClv({ averageOrderValuePence: null, purchaseFrequencyPerYear: 2 }).value).toBeNull();
    expect(calculateClv({ averageOrderValuePence: 100, purchaseFrequencyPerYear: null }).value).toBeNull();
    expect(() =>
      calculateClv({ averageOrderValuePence: 100, purchaseFrequencyPerYear: 1, expectedLifespanYears: 0 }),
    ).toThrow(RangeError);
  });

  it("combines the three from orders in a period", () => {
    const from = d("2025-01-01T00:00:00Z");
    const to = d("2027-01-01T00:00:00Z");
    const years = yearsBetween(from, to);
    expect(years).toBeCloseTo(2, 2);
    const { averageOrderValue, purchaseFrequency, clv } = calculateCustomerValue(
      [
        { customerRef: "CUS-0001", placedAt: d("2025-03-01T10:00:00Z"), totalPence: 1000 },
        { customerRef: "CUS-0001", placedAt: d("2026-03-01T10:00:00Z"), totalPence: 3000 },
        { customerRef: "CUS-0002", placedAt: d("2025-08-01T10:00:00Z"), totalPence: 2000 },
        { customerRef: "CUS-0003", placedAt: d("2024-08-01T10:00:00Z"), totalPence: 99_999 }, // outside: ignored
      ],
      { from, to },
    );
    expect(averageOrderValue.valuePence).toBe(2000);
    expect(purchaseFrequency.customers).toBe(2);
    expect(purchaseFrequency.value).toBeCloseTo(3 / 2 / years, 10);
    expect(clv.value).toBe(Math.round(2000 * (3 / 2 / years) * 3));
  });

  it("formats pence as pounds", () => {
    expect(formatPence(123456)).toBe("£1,234.56");
    expect(formatPence(5)).toBe("£0.05");
    expect(formatPence(0)).toBe("£0.00");
    expect(formatPence(-150)).toBe(`${MINUS}£1.50`);
  });

  it("rounds half away from zero", () => {
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(Object.is(roundHalfAwayFromZero(-0.4), 0)).toBe(true);
  });
});

describe("monthly series", () => {
  it("uses UK calendar months (Europe/London)", () => {
    expect(ukMonthKey(d("2026-03-31T23:30:00Z"))).toBe("2026-04"); // 00:30 BST on 1 April
    expect(ukMonthKey(d("2026-01-31T23:30:00Z"))).toBe("2026-01"); // GMT in winter
    expect(monthLabel("2026-03")).toBe("Mar 2026");
  });

  it("lists every month in the range, including empty ones", () => {
    expect(monthsInRange({ from: d("2025-11-15T00:00:00Z"), to: d("2026-03-31T23:00:00Z") })).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
    ]);
    expect(monthsInRange({ from: d("2026-01-01T00:00:00Z"), to: d("2026-01-01T00:00:00Z") })).toEqual([]);
  });

  it("computes NPS per month", () => {
    const range = { from: d("2026-01-01T00:00:00Z"), to: d("2026-03-31T23:00:00Z") };
    const points = monthlyNps(
      [
        { score: 10, receivedAt: d("2026-01-05T12:00:00Z") },
        { score: 9, receivedAt: d("2026-01-20T12:00:00Z") },
        { score: 3, receivedAt: d("2026-01-31T12:00:00Z") },
        { score: 7, receivedAt: d("2026-03-10T12:00:00Z") },
        { score: 10, receivedAt: d("2025-12-31T12:00:00Z") }, // before the range: ignored
      ],
      range,
    );
    expect(points.map((p) => [p.month, p.label, p.responses, p.npsRounded])).toEqual([
      ["2026-01", "Jan 2026", 3, 33],
      ["2026-02", "Feb 2026", 0, null],
      ["2026-03", "Mar 2026", 1, 0],
    ]);
    expect(points[0]!.nps).toBeCloseTo(33.3333, 3);
    expect(points[1]!.nps).toBeNull();
  });

  it("computes revenue per month in pence", () => {
    const range = { from: d("2026-01-01T00:00:00Z"), to: d("2026-03-01T00:00:00Z") };
    expect(
      monthlyRevenue(
        [
          { placedAt: d("2026-01-02T10:00:00Z"), totalPence: 1999 },
          { placedAt: d("2026-01-30T10:00:00Z"), totalPence: 501 },
          { placedAt: d("2026-02-14T10:00:00Z"), totalPence: 4499 },
        ],
        range,
      ),
    ).toEqual([
      { month: "2026-01", label: "Jan 2026", orders: 2, revenuePence: 2500 },
      { month: "2026-02", label: "Feb 2026", orders: 1, revenuePence: 4499 },
    ]);
  });

  it("supports any per-month summary", () => {
    const range = { from: d("2026-01-01T00:00:00Z"), to: d("2026-02-28T00:00:00Z") };
    const series = monthlySeries(
      [
        { at: d("2026-02-01T10:00:00Z"), csat: 5 },
        { at: d("2026-02-02T10:00:00Z"), csat: 2 },
      ],
      (x) => x.at,
      range,
      (items) => calculateCsat(items.map((i) => i.csat)).rounded,
    );
    expect(series).toEqual([
      { month: "2026-01", label: "Jan 2026", count: 0, value: null },
      { month: "2026-02", label: "Feb 2026", count: 2, value: 50 },
    ]);
  });

  it("throws InvalidScoreError for a bad score in a monthly NPS series", () => {
    expect(() =>
      monthlyNps([{ score: 12, receivedAt: d("2026-01-05T12:00:00Z") }], {
        from: d("2026-01-01T00:00:00Z"),
        to: d("2026-02-01T00:00:00Z"),
      }),
    ).toThrow(InvalidScoreError);
  });
});

describe("issue 14: lifetime value, one rounding rule per card, FCR from cases", () => {
  it("frequency averages over the customers at the end of the period plus anyone else who ordered, not buyers only", () => {
    const to = d("2026-11-20T09:00:00Z");
    const from = monthsBefore(to, 3);
    const orders = [
      { customerRef: "A", placedAt: d("2026-10-01T10:00:00Z"), totalPence: 5000 },
      { customerRef: "A", placedAt: d("2026-11-01T10:00:00Z"), totalPence: 5000 },
      // B and C are customers (ordered in the last 12 months) who did not order this quarter.
      { customerRef: "B", placedAt: d("2026-03-01T10:00:00Z"), totalPence: 5000 },
      { customerRef: "C", placedAt: d("2026-06-01T10:00:00Z"), totalPence: 5000 },
      // D lapsed long ago: not a customer now.
      { customerRef: "D", placedAt: d("2024-01-01T10:00:00Z"), totalPence: 5000 },
    ];
    const { purchaseFrequency, clv } = calculateCustomerValue(orders, { from, to });
    expect(purchaseFrequency.customers).toBe(3);
    const years = yearsBetween(from, to);
    expect(purchaseFrequency.value).toBeCloseTo(2 / 3 / years, 10);
    expect(clv.value).toBe(Math.round(5000 * (2 / 3 / years) * 3));
    expect(purchaseFrequency.explanation.definition).toMatch(/customer at the end of the period/);
  });

  it("the CLV working shows factors that multiply to the result", () => {
    // £51.37 × 5.033 × 3: with the frequency at two places the factors would give £775.17.
    const r = calculateClv({ averageOrderValuePence: 5137, purchaseFrequencyPerYear: 342 / 68 });
    const m = /CLV = £([\d.]+) × ([\d.]+) × 3 = £([\d,.]+)\./.exec(r.explanation.calculation)!;
    expect(Math.round(Number(m[1]) * 100 * Number(m[2]) * 3)).toBe(r.value);
    expect(r.explanation.inputs[1]!.value).toBe(m[2]);
  });

  it("CES working rounds once, as the card does", () => {
    const r = calculateCes([...Array(17).fill(1), 2, 2, 2] as number[]);
    expect(r.explanation.calculation).toBe(
      "Total of 20 scores = 23. CES = 23 ÷ 20 = 1.2 to one decimal place (lower is easier).",
    );
  });

  it("FCR from cases: resolved or closed, with at most one inbound contact", () => {
    expect(caseResolvedAtFirstContact({ status: "closed", inboundContacts: 1 })).toBe(true);
    expect(caseResolvedAtFirstContact({ status: "resolved", inboundContacts: 0 })).toBe(true);
    expect(caseResolvedAtFirstContact({ status: "closed", inboundContacts: 2 })).toBe(false);
    expect(caseResolvedAtFirstContact({ status: "escalated", inboundContacts: 1 })).toBe(false);
    const r = calculateCaseFcr([
      { status: "closed", inboundContacts: 1 },
      { status: "closed", inboundContacts: 3 },
      { status: "open", inboundContacts: 1 },
    ]);
    expect(r.display).toBe("33%");
    expect(r.explanation.calculation).toBe(
      "1 of 3 cases resolved first time. FCR = 1 ÷ 3 × 100 = 33.3%, shown as 33%.",
    );
  });
});
