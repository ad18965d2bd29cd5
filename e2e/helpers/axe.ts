/**
 * Accessibility check for the end-to-end tests: runs axe-core against WCAG 2.0/2.1 A and AA rules and
 * fails on any violation axe rates serious or critical, listing each rule, its help text and the
 * elements that break it. Minor and moderate findings do not fail the test; they are attached to the
 * test as an annotation so they stay visible in the report.
 */
import type AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { axe } from "./a11y";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

function describeViolation(v: Violation): string {
  const nodes = v.nodes
    .slice(0, 8)
    .map(
      (n) =>
        `    - ${n.target.join(" ")}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, "\n      ")}` : ""}`,
    )
    .join("\n");
  const more = v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : "";
  return `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
}

/**
 * Fails if the page, as it is now, has a serious or critical WCAG 2.1 AA violation.
 * `context` names the page or state in the failure message (for example "customer record").
 */
export async function expectNoSeriousA11yViolations(
  page: Page,
  context: string,
  options: { exclude?: string[] } = {},
) {
  let builder = axe(page).withTags(AXE_TAGS);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();

  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const lesser = results.violations.filter((v) => !serious.includes(v));
  if (lesser.length > 0) {
    const description = `${context}: ${lesser.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`).join(", ")}`;
    test.info().annotations.push({ type: "axe (minor/moderate)", description });
    console.log(`axe, not failing (minor/moderate) on ${description}`);
  }

  expect(
    serious.map((v) => v.id),
    `Serious or critical accessibility violations on ${context}:\n\n${serious.map(describeViolation).join("\n\n")}`,
  ).toEqual([]);
}
