/**
 * The one money formatter. Money is integer pence everywhere; people read pounds, the UK way:
 * a pound sign, thousands separated by commas, and a true minus sign (U+2212) for negative amounts,
 * as the metrics explanations print them. Fractional pence (an average, say) round to the nearest
 * penny first, halves upwards, so the pounds and pence never disagree.
 */

const MINUS = "\u2212";

function signed(negative: boolean, pounds: string): string {
  return `${negative ? MINUS : ""}£${pounds}`;
}

/** Pence as pounds and pence: 123456 → "£1,234.56", 5 → "£0.05", −150 → "−£1.50". */
export function formatPence(pence: number): string {
  const r = Math.round(pence);
  const abs = Math.abs(r);
  const pounds = Math.floor(abs / 100).toLocaleString("en-GB");
  return signed(r < 0, `${pounds}.${String(abs % 100).padStart(2, "0")}`);
}

/** Pence as whole pounds, for chart axes and rough totals: 123456 → "£1,235", 149 → "£1". */
export function formatWholePounds(pence: number): string {
  const r = Math.round(pence / 100);
  return signed(r < 0, Math.abs(r).toLocaleString("en-GB"));
}
