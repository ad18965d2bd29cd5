/** Starts the production server for the end-to-end tests on a fresh temporary database. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-e2e-"));
process.env.DATABASE_PATH = path.join(dir, "e2e.sqlite");
process.env.DEMO_TUTOR_EMAIL ??= "tutor@example.com";
process.env.DEMO_TUTOR_PASSWORD ??= "change-me-please";
await import("./start");
