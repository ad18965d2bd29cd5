/**
 * A copy of a migrations folder whose journal stops after the migration tagged `lastTag`, for tests that
 * migrate a database to an older schema, add rows, then run the newer migrations. The copy is made under
 * the system temp folder and its path pushed onto `cleanup`, which the caller removes after the test.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "vitest";

export function migrationsUpTo(folder: string, lastTag: string, cleanup: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-migrations-"));
  cleanup.push(dir);
  fs.cpSync(folder, dir, { recursive: true });
  const journalFile = path.join(dir, "meta", "_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((e) => e.tag === lastTag);
  expect(last, `migration ${lastTag} exists`).toBeGreaterThanOrEqual(0);
  journal.entries = journal.entries.slice(0, last + 1);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}
