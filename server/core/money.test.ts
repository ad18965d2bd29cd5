import { describe, expect, it } from "vitest";
import { formatPence, formatWholePounds } from "./money";

const MINUS = "\u2212";

describe("formatPence", () => {
  it("shows pounds and pence with a pound sign and comma thousands", () => {
    expect(formatPence(123456)).toBe("£1,234.56");
    expect(formatPence(4499)).toBe("£44.99");
    expect(formatPence(2000)).toBe("£20.00");
    expect(formatPence(5)).toBe("£0.05");
    expect(formatPence(0)).toBe("£0.00");
    expect(formatPence(123456789)).toBe("£1,234,567.89");
  });

  it("puts a minus sign before the pound sign for negative amounts", () => {
    expect(formatPence(-150)).toBe(`${MINUS}£1.50`);
    expect(formatPence(-123456)).toBe(`${MINUS}£1,234.56`);
    expect(formatPence(-5)).toBe(`${MINUS}£0.05`);
  });

  it("rounds fractional pence to the nearest penny, and never prints a negative zero", () => {
    expect(formatPence(1234.5)).toBe("£12.35");
    expect(formatPence(1234.49)).toBe("£12.34");
    expect(formatPence(99.6)).toBe("£1.00");
    expect(formatPence(-0.4)).toBe("£0.00");
  });
});

describe("formatWholePounds", () => {
  it("rounds to whole pounds with comma thousands", () => {
    expect(formatWholePounds(123456)).toBe("£1,235");
    expect(formatWholePounds(149)).toBe("£1");
    expect(formatWholePounds(150)).toBe("£2");
    expect(formatWholePounds(0)).toBe("£0");
    expect(formatWholePounds(100_000_000)).toBe("£1,000,000");
  });

  it("puts a minus sign before the pound sign for negative amounts", () => {
    expect(formatWholePounds(-123456)).toBe(`${MINUS}£1,235`);
    expect(formatWholePounds(-40)).toBe("£0");
  });
});
