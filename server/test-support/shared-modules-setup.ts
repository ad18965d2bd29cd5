/**
 * Set-up file of the test projects whose files share one module graph per worker (`isolate: false`,
 * SHARED_APP in vitest.config.ts): each such file starts as if it had a process of its own, as far as
 * the app's module state goes. Vitest runs this before every file of those projects.
 *
 * - The attempt-state cache (server/data/attempts.ts) is keyed by attempt id, and every file's fresh
 *   database numbers its attempts from 1: a state another file's attempt left there must not be
 *   offered to this one (the cache also checks seq, scenario and origin, which a fixed test clock can
 *   make alike).
 * - process.env: the files that set a variable put it back themselves (vi.unstubAllEnvs or a saved
 *   copy), as they did when each had a process of its own.
 * - The tutors' names a file's helpers gave (tutor-names.ts): a file that signs up "Morgan Tutor" must get that
 *   name, not "Morgan Tutor 11" because an earlier file in the worker used it (results.test.ts failed so, by order).
 * - A test app the file left open is closed (on PostgreSQL its pools would otherwise hold connections
 *   for the rest of the worker's files).
 */
import { afterAll, beforeAll } from "vitest";
import { clearAttemptStateCache } from "@/server/data/attempts";
import { closeLeftoverTestApps } from "./test-app";
import { forgetTutorNames } from "./tutor-names";

beforeAll(() => {
  clearAttemptStateCache();
  forgetTutorNames();
});

afterAll(async () => {
  await closeLeftoverTestApps();
  clearAttemptStateCache();
});
