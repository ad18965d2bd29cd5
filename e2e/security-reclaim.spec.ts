/**
 * Rejoining after a reset, in the browser, by keyboard (probe, 5 December 2026): the tutor's reset
 * shows a one-time reclaim code on the class page; a classmate typing the same name is asked for it
 * and gets nothing without it; the learner with the code lands on the reclaim field (it takes the
 * focus when the server asks for it), types it and carries on with their own record.
 */
import { expect, test } from "./fixtures";
import { createClassWithAssignment, joinClass, signInTutor } from "./helpers/classroom";

test("a reset learner rejoins with the tutor's reclaim code, by keyboard; without it the name gets nothing", async ({
  browser,
}) => {
  const tutorContext = await browser.newContext();
  const tutor = await tutorContext.newPage();
  await signInTutor(tutor);
  const { code } = await createClassWithAssignment(tutor, {
    prefix: "Reclaim",
    scenarioId: "complaint-faulty-kettle",
    scenarioTitle: "Complaint: the kettle that stopped working",
  });
  const firstDevice = await browser.newContext();
  await joinClass(await firstDevice.newPage(), code, "Nia Reclaim");

  await tutor.reload();
  await tutor.getByRole("button", { name: "Reset access for Nia Reclaim" }).click();
  await tutor.getByRole("button", { name: "Yes, reset" }).click();
  const notice = tutor.getByText(
    /^Access reset\. Their old device is signed out\. Give them this reclaim code: /,
  );
  await expect(notice).toBeVisible();
  const reclaimCode = /reclaim code: ([A-Z2-9]{3} [A-Z2-9]{3})\./.exec((await notice.textContent())!)![1]!;

  // The old device's join page says why it was signed out (auth.me's learnerSignedOut), not a guess.
  const oldDevice = firstDevice.pages()[0]!;
  await oldDevice.goto("/join");
  await expect(
    oldDevice.getByRole("status").filter({ hasText: /^Your tutor has reset your access, so this device/ }),
  ).toContainText("the reclaim code your tutor gives you");

  // A classmate on another device types the same name: asked for the code, and not let in.
  const classmateContext = await browser.newContext();
  const classmate = await classmateContext.newPage();
  await classmate.goto("/join");
  const classmateForm = classmate.getByRole("region", { name: "Join with a class code" });
  await classmateForm.getByRole("textbox", { name: "Class code" }).fill(code);
  await classmateForm.getByRole("textbox", { name: "Your display name" }).fill("Nia Reclaim");
  await classmate.keyboard.press("Enter");
  const field = classmate.getByRole("textbox", { name: "Reclaim code from your tutor" });
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(
    classmate.getByText(/^Your tutor has reset access for “Nia Reclaim” in this class\./),
  ).toBeVisible();
  await classmate.keyboard.type("ABC DEF");
  await classmate.keyboard.press("Enter");
  await expect(classmate.getByText(/^That reclaim code is not right\./)).toBeVisible();
  await expect(classmate.getByRole("heading", { level: 1, name: "Welcome, Nia Reclaim" })).toHaveCount(0);

  // Nia, on a new device, with the code her tutor gave her: all by keyboard.
  const niaContext = await browser.newContext();
  const nia = await niaContext.newPage();
  await nia.goto("/join");
  const niaForm = nia.getByRole("region", { name: "Join with a class code" });
  await niaForm.getByRole("textbox", { name: "Class code" }).focus();
  await nia.keyboard.type(code);
  await nia.keyboard.press("Tab");
  await expect(niaForm.getByRole("textbox", { name: "Your display name" })).toBeFocused();
  await nia.keyboard.type("Nia Reclaim");
  await nia.keyboard.press("Enter");
  await expect(nia.getByRole("textbox", { name: "Reclaim code from your tutor" })).toBeFocused();
  await nia.keyboard.type(reclaimCode.toLowerCase());
  await nia.keyboard.press("Enter");
  await expect(nia.getByRole("heading", { level: 1, name: "Welcome, Nia Reclaim" })).toBeVisible();

  await tutor.reload();
  await expect(tutor.getByText("Access reset: waiting to rejoin")).toHaveCount(0);
  await Promise.all([
    tutorContext.close(),
    firstDevice.close(),
    classmateContext.close(),
    niaContext.close(),
  ]);
});
