/**
 * Drives a page with the keyboard only, as a learner who cannot use a mouse would (issue 15): Tab,
 * Shift+Tab, Enter, Space, arrow keys and typing. No clicks and no scripted focus. After every key
 * press it checks that focus is on something (never `<body>`) and that its indicator is visible
 * (computed contrast, not covered, not clipped: see `expectFocusVisible`), and it counts the presses.
 */
import { expect, type Locator, type Page } from "@playwright/test";
import { expectFocusSettledAndVisible, expectFocusVisible, type FocusReport } from "./a11y";

export class KeyboardOnly {
  /** Key presses so far (typing is counted separately, in characters). */
  presses = 0;
  typed = 0;
  /** Every focus stop checked, for the record. */
  readonly stops: (FocusReport & { context: string })[] = [];

  constructor(readonly page: Page) {}

  private async check(context: string, settle: boolean) {
    const report = settle
      ? await expectFocusSettledAndVisible(this.page, context)
      : await expectFocusVisible(this.page, context);
    this.stops.push({ ...report, context });
    return report;
  }

  /**
   * Presses one key and checks focus. When the press replaces what had focus (a link to another page,
   * a form that becomes something else), pass where focus should land as `lands`: it waits until
   * focus is there, and fails if it never gets there or if it falls to `<body>` and stays; with `url`,
   * it first waits for the new page's address, so focus is looked for on the new page.
   */
  async press(key: string, context: string, options: { lands?: Locator; url?: RegExp } = {}) {
    await this.page.keyboard.press(key);
    this.presses += 1;
    if (options.url) await expect(this.page, `${context}: the page changes`).toHaveURL(options.url);
    if (options.lands) return this.expectFocusOn(options.lands, `${context} [${key}]`);
    return this.check(`${context} [${key}]`, false);
  }

  /** Types text into whatever has focus, then checks focus is still there and visible. */
  async type(text: string, context: string) {
    await this.page.keyboard.type(text);
    this.typed += text.length;
    return this.check(`${context} [typed ${text.length} characters]`, false);
  }

  /** Whether `target` (one element, or any element it matches) has focus now. Does not wait. */
  async has(target: Locator) {
    return target.evaluateAll((els) => els.some((el) => el === document.activeElement));
  }

  /**
   * Presses Tab (or Shift+Tab) until `target` has focus, checking focus after every press. Fails if
   * it is not reached in `max` presses. Returns the number of presses it took.
   */
  async tabTo(target: Locator, context: string, options: { backwards?: boolean; max?: number } = {}) {
    const max = options.max ?? 80;
    for (let i = 1; i <= max; i++) {
      await this.press(options.backwards ? "Shift+Tab" : "Tab", `${context} (stop ${i})`);
      if (await this.has(target)) return i;
    }
    throw new Error(
      `${context}: not reached in ${max} presses of ${options.backwards ? "Shift+Tab" : "Tab"}`,
    );
  }

  /** Waits until `target` has focus (after a press that moves focus on its own, such as a new page). */
  async expectFocusOn(target: Locator, context: string) {
    await expect
      .poll(() => this.has(target), { message: `${context}: focus should be on ${target}`, timeout: 15_000 })
      .toBe(true);
    return this.check(`${context} (focus landed)`, true);
  }
}
