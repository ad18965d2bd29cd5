/**
 * Learner and customer text containing HTML and script renders as inert text in every page that
 * shows it, in a real browser (Chromium) against the production server, under the app's own
 * Content-Security-Policy (which must not block anything the app itself does).
 *
 * The scenario folder is a copy of the shipped one in which the complaint customer's opening message
 * carries markup; the learner's name, messages, notes, case and task (title and note), the class name and a note on the
 * demo CRM all carry markup too. Every payload would set window.__xss if it ever ran.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { parseDocument } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toolEnv } from "@/server/env";
import { startServer } from "./engine";
import { HttpClient, PROOF_TUTOR, type ProdServer } from "./prod-server";

/**
 * As the e2e tests (playwright.config.ts): Chromium's headless shell where it is installed (the same
 * engine and version, about a quarter less CPU than the full browser) in place of CHROMIUM_PATH's
 * default; any other CHROMIUM_PATH chooses. Read through toolEnv (server/env-usage.test.ts).
 */
const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
const { CHROMIUM_PATH } = toolEnv();
const CHROMIUM =
  CHROMIUM_PATH === "/usr/bin/chromium" && fs.existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM_PATH;
const SCENARIO = "complaint-faulty-kettle";
const CUSTOMER = "CUS-2041";

const payload = (marker: string) =>
  `${marker} <img src=x onerror="window.__xss='${marker}'"><script>window.__xss='${marker}'</script>`;
const LEARNER_NAME = `<img src=x onerror=window.__xss=1>`; // display names are at most 40 characters
const CLASS_NAME = `XSSCLASS <img src=x onerror="window.__xss='class'">`;

let server: ProdServer;
let browser: Browser;
let scenariosDir: string;
const ids = { attemptId: 0, classId: 0, assignmentId: 0, demoRef: "" };
const cookies = { learner: "", tutor: "" };

beforeAll(async () => {
  scenariosDir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-xss-scenarios-"));
  for (const f of fs.readdirSync("scenarios").filter((n) => n.endsWith(".yaml"))) {
    fs.copyFileSync(path.join("scenarios", f), path.join(scenariosDir, f));
  }
  const doc = parseDocument(fs.readFileSync(path.join("scenarios", `${SCENARIO}.yaml`), "utf8"));
  const opening = doc.getIn(["contacts", 0, "opening", 0, "text"]) as string;
  doc.setIn(["contacts", 0, "opening", 0, "text"], `${payload("XSSCUSTOMER")}\n\n${opening}`);
  fs.writeFileSync(path.join(scenariosDir, `${SCENARIO}.yaml`), doc.toString());

  server = await startServer({ env: { SCENARIOS_DIR: scenariosDir } });

  const tutor = new HttpClient(server.url);
  await tutor.ok("auth.tutorSignIn", PROOF_TUTOR);
  const klass = await tutor.ok<{ id: number; joinCode: string }>("classes.create", { name: CLASS_NAME });
  const assignment = await tutor.ok<{ id: number }>("assignments.create", {
    classId: klass.id,
    scenarioId: SCENARIO,
  });
  ids.classId = klass.id;
  ids.assignmentId = assignment.id;

  const learner = new HttpClient(server.url);
  await learner.ok("auth.joinClass", { code: klass.joinCode, displayName: LEARNER_NAME });
  const { attemptId } = await learner.ok<{ attemptId: number }>("attempts.start", {
    scenarioId: SCENARIO,
    assignmentId: assignment.id,
  });
  ids.attemptId = attemptId;
  const actions = [
    { type: "view_record", customerRef: CUSTOMER },
    {
      type: "send_message",
      customerRef: CUSTOMER,
      channel: "email",
      subject: payload("XSSSUBJECT"),
      text: `${payload("XSSMESSAGE")} I'm so sorry your kettle stopped working.`,
    },
    { type: "add_note", customerRef: CUSTOMER, text: payload("XSSNOTE") },
    {
      type: "open_case",
      customerRef: CUSTOMER,
      orderRef: "ORD-10234",
      category: "faulty_product",
      summary: payload("XSSCASE"),
    },
    {
      type: "create_task",
      customerRef: CUSTOMER,
      title: payload("XSSTASK"),
      dueInDays: 7,
      note: payload("XSSTASKNOTE"),
    },
  ];
  for (const [i, action] of actions.entries())
    await learner.ok("attempts.act", { attemptId, clientId: `xss-action-${i}`, action });

  // A note on the demo CRM, which any visitor can add to.
  const visitor = new HttpClient(server.url);
  const list = await visitor.get<{ rows?: { ref: string }[]; customers?: { ref: string }[] }>(
    "crm.listCustomers",
    {},
  );
  ids.demoRef = (list.rows ?? list.customers ?? [])[0]!.ref;
  await visitor.ok("crm.addNote", { customerRef: ids.demoRef, text: payload("XSSDEMONOTE") });

  cookies.learner = learner.cookie;
  cookies.tutor = tutor.cookie;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) fs.rmSync(path.dirname(server.databasePath), { recursive: true, force: true });
  if (scenariosDir) fs.rmSync(scenariosDir, { recursive: true, force: true });
});

async function contextWith(cookie: string): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: "en-GB", timezoneId: "Europe/London" });
  if (cookie) {
    const [name, value] = cookie.split("=", 2) as [string, string];
    await context.addCookies([{ name, value, url: server.url, httpOnly: true, sameSite: "Lax" }]);
  }
  return context;
}

interface PageReport {
  cspViolations: string[];
  dialogs: string[];
  errors: string[];
}

async function visit(
  context: BrowserContext,
  pathname: string,
  mustShow: (string | RegExp)[],
): Promise<{ page: Page; report: PageReport }> {
  const page = await context.newPage();
  const report: PageReport = { cspViolations: [], dialogs: [], errors: [] };
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(m.text()))
      report.cspViolations.push(m.text());
  });
  page.on("dialog", (d) => {
    report.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => report.errors.push(String(e)));
  const res = await page.goto(`${server.url}${pathname}`);
  expect(res?.status(), pathname).toBe(200);
  for (const text of mustShow) await page.getByText(text).first().waitFor({ timeout: 20_000 });
  await page.waitForLoadState("networkidle");
  return { page, report };
}

/** Nothing ran, nothing was injected, and the markup is on screen as text. */
async function expectInert(page: Page, report: PageReport, visibleMarkup: string[]) {
  const state = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
    handlers: document.querySelectorAll("[onerror],[onload],[onmouseover],[onclick]").length,
    injectedImages: document.querySelectorAll('img[src="x"]').length,
    injectedScripts: [...document.scripts].filter((s) => s.textContent?.includes("__xss")).length,
  }));
  expect(state).toEqual({ xss: null, handlers: 0, injectedImages: 0, injectedScripts: 0 });
  expect(report.dialogs).toEqual([]);
  expect(report.cspViolations).toEqual([]);
  expect(report.errors).toEqual([]);
  const text = await page.evaluate(() => document.body.innerText);
  for (const markup of visibleMarkup) expect(text).toContain(markup);
}

describe("HTML in learner and customer text renders inert (Chromium, production build, CSP on)", () => {
  it("learner workspace: customer message, learner's reply, subject, note, case, task and name", async () => {
    const context = await contextWith(cookies.learner);
    const { page, report } = await visit(context, `/attempts/${ids.attemptId}`, [
      "XSSMESSAGE",
      "XSSCUSTOMER",
    ]);
    await expectInert(page, report, [
      `<img src=x onerror="window.__xss='XSSMESSAGE'">`,
      `<img src=x onerror="window.__xss='XSSCUSTOMER'">`,
    ]);
    // The CRM record inside the attempt: the note, the case and the task.
    const record = page.getByText("XSSNOTE").first();
    if (!(await record.isVisible())) {
      const link = page
        .getByRole("link", { name: /Priya/ })
        .or(page.getByRole("button", { name: /Priya/ }))
        .first();
      if (await link.isVisible()) await link.click();
    }
    await expectInert(page, report, []);
    await context.close();
  });

  it("learner home and library: the class name", async () => {
    const context = await contextWith(cookies.learner);
    const { page, report } = await visit(context, "/", ["XSSCLASS"]);
    await expectInert(page, report, [CLASS_NAME]);
    await context.close();
  });

  it("report after submission: the learner's words as evidence", async () => {
    const learner = new HttpClient(server.url);
    learner.cookie = cookies.learner;
    await learner.ok("attempts.submit", { attemptId: ids.attemptId });
    const context = await contextWith(cookies.learner);
    const { page, report } = await visit(context, `/attempts/${ids.attemptId}/report`, ["XSSMESSAGE"]);
    await expectInert(page, report, [`<img src=x onerror="window.__xss='XSSMESSAGE'">`]);
    await context.close();
  });

  const tutorPages: [string, () => string, string[], string[]][] = [
    ["tutor home", () => "/tutor", ["XSSCLASS"], [CLASS_NAME]],
    ["class page", () => `/tutor/classes/${ids.classId}`, [LEARNER_NAME], [LEARNER_NAME, CLASS_NAME]],
    ["live dashboard", () => `/tutor/classes/${ids.classId}/live`, [LEARNER_NAME], [LEARNER_NAME]],
    ["assignment results", () => `/tutor/assignments/${ids.assignmentId}`, [LEARNER_NAME], [LEARNER_NAME]],
    // The projector page quotes learners' own words (anonymised) beside the class name.
    ["debrief", () => `/tutor/assignments/${ids.assignmentId}/debrief`, ["XSSCLASS"], [CLASS_NAME]],
    [
      "a learner's attempt, read-only",
      () => `/attempts/${ids.attemptId}`,
      ["XSSMESSAGE"],
      [`<img src=x onerror="window.__xss='XSSMESSAGE'">`],
    ],
    [
      "a learner's report",
      () => `/attempts/${ids.attemptId}/report`,
      ["XSSMESSAGE"],
      [`<img src=x onerror="window.__xss='XSSMESSAGE'">`],
    ],
  ];
  it.each(tutorPages)("tutor: %s", async (_label, pathname, mustShow, visible) => {
    const context = await contextWith(cookies.tutor);
    const { page, report } = await visit(context, pathname(), mustShow);
    await expectInert(page, report, visible);
    await context.close();
  });

  it("demo CRM: a note with markup on the customer record", async () => {
    const context = await contextWith("");
    const { page, report } = await visit(context, `/customers/${ids.demoRef}`, ["XSSDEMONOTE"]);
    await expectInert(page, report, [`<img src=x onerror="window.__xss='XSSDEMONOTE'">`]);
    await context.close();
  });
});
