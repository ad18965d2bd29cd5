import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "./client";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
const file = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-client-"));
  dirs.push(dir);
  return path.join(dir, "crm.sqlite");
};
/** SQLite's own reading of the setting: 1 NORMAL, 2 FULL. */
const synchronousOf = (db: ReturnType<typeof openDatabase>) =>
  db.$client.pragma("synchronous", { simple: true });

describe("openDatabase: how hard each saved action survives a power cut", () => {
  it("is NORMAL in WAL mode by default, and FULL when SQLITE_SYNCHRONOUS asks for it", () => {
    const normal = openDatabase(file());
    expect(normal.$client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(synchronousOf(normal)).toBe(1);
    normal.$client.close();
    const full = openDatabase(file(), { synchronous: "full" });
    expect(synchronousOf(full)).toBe(2);
    full.$client.close();
  });
});
