/** Starts the production server for the end-to-end tests on a fresh temporary database. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-e2e-"));
// Set, not read: start.ts and the server it spawns read it through server/env.ts. The demo tutor the
// e2e tests sign in as has the default email and the password set below.
process.env.DATABASE_PATH = path.join(dir, "e2e.sqlite");
// Not the published default password: that one must be replaced at first sign-in (proof/identity.server.test.ts).
process.env.DEMO_TUTOR_PASSWORD ??= "e2e tutor password";
await import("./start");
