/**
 * Session 42 accessibility fixes (a11y helper), each written to fail on the build before its fix.
 */
import { expect, test } from "./fixtures";
import { smallTargets } from "./helpers/a11y";
import { startPractice } from "./helpers/play-in-browser";

const SIZES = [
  { name: "1366 px", width: 1366, height: 900 },
  { name: "820 px", width: 820, height: 1180 },
  { name: "320 px", width: 320, height: 640 },
  // A 1366 × 900 window at 200% browser zoom lays the page out in 683 × 450 CSS px.
  { name: "200% zoom", width: 683, height: 450 },
] as const;

test("the workspace's 'Contacting us' names are at least 24 × 24 px, without relying on spacing (WCAG 2.5.8)", async ({
  page,
}) => {
  // Two people contact us first in the data-protection scenario: Helen by chat, Liam by phone.
  await startPractice(page, "data-protection-access-request", "Pat");
  const group = page.getByRole("group", { name: "Contacting us: open their record" });
  const chips = group.getByRole("button");
  await expect(chips).toHaveCount(2);
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    for (const box of await chips.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { name: el.textContent, width: r.width, height: r.height };
      }),
    )) {
      expect(box.height, `${size.name}: "${box.name}" is ${box.height} px tall`).toBeGreaterThanOrEqual(24);
      expect(box.width, `${size.name}: "${box.name}" is ${box.width} px wide`).toBeGreaterThanOrEqual(24);
    }
    // The layout is not harmed: at 1366 px the names stay on one line (the group is one chip tall).
    if (size.width === 1366) {
      const named = await group.boundingBox();
      expect(named!.height, "the names' group is one line").toBeLessThanOrEqual(25);
    }
    expect(await smallTargets(page), `${size.name}: no target fails 2.5.8`).toEqual([]);
  }
});
