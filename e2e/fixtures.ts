/**
 * The `test` every spec uses: Playwright's, plus one automatic fixture that closes the browser contexts a
 * test opened itself (`browser.newContext()` for a second learner, a tutor, a phone-sized window) when
 * the test ends. Playwright closes only the `context` fixture's own; the rest stayed open for the rest of
 * the worker's run, their pages still polling the server. Stop 44's CI run failed a workspace test that
 * waited 10 s for a record to load while 20 such pages were left open in its worker (its failure
 * screenshots: one per open page), and Playwright also starts a trace chunk on every open context at the
 * start of each test. Failure screenshots are taken before fixtures are torn down, so they still show
 * every page the failed test had open.
 */
import { test as base } from "@playwright/test";

export const test = base.extend<{ closeContextsOpenedByTheTest: undefined }>({
  closeContextsOpenedByTheTest: [
    async ({ browser }, use) => {
      const openBefore = new Set(browser.contexts());
      await use(undefined);
      await Promise.all(
        browser
          .contexts()
          .filter((c) => !openBefore.has(c))
          .map((c) => c.close()),
      );
    },
    { auto: true },
  ],
});

export { expect } from "@playwright/test";
