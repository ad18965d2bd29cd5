/**
 * The classroom set-up of helpers/classroom.ts done through the app's own tRPC API instead of its
 * pages, for specs whose story starts after it: the same procedures the pages call, from the browser
 * context's own cookie jar (`context.request` shares it), so the pages that follow see the same
 * signed-in tutor or joined learner. Each saves the page loads a person would make to get there.
 * The pages themselves stay covered: classroom-setup.spec.ts signs in, creates, assigns and joins by
 * hand, and the specs that still call classroom.ts's helpers walk the same steps.
 */
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { actionCount } from "./play-in-browser";

/** The demo tutor of the e2e server (scripts/e2e-server.ts sets this password). */
export const E2E_TUTOR = { email: "tutor@example.com", password: "e2e tutor password" };

/** A page's address on the e2e server, as the UI helpers return it (absolute). */
const absolute = (path: string) => new URL(path, test.info().project.use.baseURL).toString();

/**
 * Calls one tRPC procedure (a mutation by POST, a query by GET) in superjson's wire format and returns
 * its answer; an error answer fails with the server's message.
 */
export async function trpc<T>(
  request: APIRequestContext,
  procedure: string,
  input: unknown,
  kind: "mutation" | "query" = "mutation",
): Promise<T> {
  const url = `/api/trpc/${procedure}`;
  // A connection of its own each time: Playwright's request pool can reuse a kept-alive socket the
  // server has just closed (its keep-alive is 5 s), which fails as "read ECONNRESET" (microsoft/playwright
  // issue 42701). It did once here, on a busy machine.
  const headers = { connection: "close" };
  const res =
    kind === "mutation"
      ? await request.post(url, { data: { json: input }, headers })
      : await request.get(`${url}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`, { headers });
  const body = (await res.json()) as {
    result?: { data: { json: T } };
    error?: { json: { message: string } };
  };
  if (!res.ok() || !body.result) throw new Error(`${procedure}: ${res.status()} ${body.error?.json.message}`);
  return body.result.data.json;
}

const requestOf = (page: Page) => page.context().request;

/** The demo tutor signs in on this page's browser context (no page load). */
export async function signInTutorByApi(page: Page) {
  await trpc(requestOf(page), "auth.tutorSignIn", E2E_TUTOR);
}

/** Assigns one more scenario to a class; returns the assignment's results page. */
export async function assignByApi(tutor: Page, classId: number, scenarioId: string) {
  const { id } = await trpc<{ id: number }>(requestOf(tutor), "assignments.create", { classId, scenarioId });
  return { assignmentId: id, resultsUrl: absolute(`/tutor/assignments/${id}`) };
}

/**
 * As classroom.ts's signInTutor + createClassWithAssignment: the tutor signs in, creates a class named
 * `<prefix> <unique suffix>` and assigns one scenario, then opens the class page (where the UI helper
 * leaves them) unless `open` is false; `signedIn` skips the sign-in for a tutor already signed in (a
 * second sign-in ends the browser's first session under any page still open on it). Returns the same
 * fields, with the ids.
 */
export async function classWithAssignmentByApi(
  tutor: Page,
  { prefix, scenarioId, scenarioTitle }: { prefix: string; scenarioId: string; scenarioTitle: string },
  { open = true, signedIn = false }: { open?: boolean; signedIn?: boolean } = {},
) {
  if (!signedIn) await signInTutorByApi(tutor);
  const className = `${prefix} ${Date.now().toString(36)}`;
  const made = await trpc<{ id: number; joinCode: string; joinCodeDisplay: string }>(
    requestOf(tutor),
    "classes.create",
    { name: className },
  );
  const { assignmentId, resultsUrl } = await assignByApi(tutor, made.id, scenarioId);
  const classUrl = absolute(`/tutor/classes/${made.id}`);
  if (open) {
    await tutor.goto(classUrl);
    await expect(tutor.getByRole("heading", { level: 1, name: className })).toBeVisible();
    await expect(tutor.getByRole("link", { name: `Results: ${scenarioTitle}` })).toBeVisible();
  }
  return { className, code: made.joinCodeDisplay, classId: made.id, assignmentId, classUrl, resultsUrl };
}

/** A learner joins the class with its code on this page's browser context (no page load). */
export async function joinClassByApi(page: Page, code: string, name: string) {
  await trpc(requestOf(page), "auth.joinClass", { code, displayName: name });
}

/**
 * As classroom.ts's startAssigned, for a learner who has joined: starts the assigned scenario and opens
 * the workspace, waiting for its clock. Returns the attempt id.
 */
export async function startByApi(
  page: Page,
  { scenarioId, assignmentId }: { scenarioId: string; assignmentId: number },
) {
  const { attemptId } = await trpc<{ attemptId: number }>(requestOf(page), "attempts.start", {
    scenarioId,
    assignmentId,
  });
  await page.goto(`/attempts/${attemptId}`);
  await expect(page.getByTestId("sim-clock")).toBeVisible();
  // The workspace opens the first customer who contacted us by itself and stores that view; wait for it
  // (or for the customer list, where nobody has), so whatever the test does next is stored after it. A
  // colleague message sent at once was stored first, once, and the tutor's "Last:" showed the view.
  const header = page.getByText(/^\S+ · Customer since /);
  await expect(header.or(page.getByRole("search", { name: "Search and filter customers" }))).toBeVisible();
  if (await header.isVisible()) await expect.poll(() => actionCount(page)).toBeGreaterThan(0);
  return attemptId;
}

/** As classroom.ts's joinClass + startAssigned: joinClassByApi, then startByApi. */
export async function joinAndStartByApi(
  page: Page,
  opts: { code: string; name: string; scenarioId: string; assignmentId: number },
) {
  await joinClassByApi(page, opts.code, opts.name);
  return startByApi(page, opts);
}
