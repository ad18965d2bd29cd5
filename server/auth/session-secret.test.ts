/**
 * The cookie-sealing key is kept out of the database (so out of its backups): SESSION_SECRET, or a
 * key generated once into a file of its own; a key an older database still holds moves to the file
 * (cookies already out keep working) and leaves the database.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sealData, unsealData } from "iron-session";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "@/server/test-support/test-app";
import { sessionSecret, sessionSecretFile } from "./session-secret";

let app: TestApp;
let dir: string;
beforeAll(() => {
  app = createTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-secret-"));
});
afterAll(async () => {
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const saved = { ...process.env };
afterEach(async () => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  const { t, db } = app.store;
  await db.delete(t.appSettings).where(eq(t.appSettings.key, "session_secret"));
});

let files = 0;
const newFile = () => path.join(dir, `k${++files}`, "session-secret");

async function storedSettings() {
  const { t, db } = app.store;
  return db.select().from(t.appSettings).where(eq(t.appSettings.key, "session_secret"));
}

describe("the cookie-sealing key", () => {
  it("is generated once into its own file (owner-only), never into the database", async () => {
    delete process.env.SESSION_SECRET;
    const file = newFile();
    const key = await sessionSecret(app.store, file);
    expect(key.length).toBeGreaterThanOrEqual(32);
    expect(fs.readFileSync(file, "utf8").trim()).toBe(key);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(await storedSettings()).toEqual([]);
    expect(await sessionSecret(app.store, file)).toBe(key);
    // Nothing else is left in the folder (the draft the file was linked from is removed).
    expect(fs.readdirSync(path.dirname(file))).toEqual(["session-secret"]);
  });

  it("is one key when several processes on the machine make it at once", async () => {
    const file = newFile();
    const tsx = path.resolve("node_modules", "tsx", "dist", "cli.mjs");
    const script = `import { createKeyFile } from ${JSON.stringify(path.resolve("server/auth/session-secret.ts"))};
      const [file, key] = process.argv.slice(-2); process.stdout.write(createKeyFile(file, key));`;
    const run = (candidate: string) =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, [tsx, "--eval", script, file, candidate], {
          stdio: ["ignore", "pipe", "inherit"],
        });
        let out = "";
        child.stdout.on("data", (d) => (out += d));
        child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
      });
    const keys = await Promise.all(
      Array.from({ length: 4 }, (_, i) => run(`candidate-key-of-process-${i}-0123456789abcdef`)),
    );
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^candidate-key-of-process-\d-/);
    expect(fs.readdirSync(path.dirname(file))).toEqual(["session-secret"]);
  }, 30_000);

  it("takes over the key an older database holds: cookies already out keep working, and it leaves the database", async () => {
    delete process.env.SESSION_SECRET;
    const legacy = "an-older-key-kept-in-the-database-0123456789";
    const cookie = await sealData({ learnerId: 7, learnerVersion: 1 }, { password: legacy, ttl: 3600 });
    const { t, db } = app.store;
    await db.insert(t.appSettings).values({ key: "session_secret", value: legacy });
    const file = newFile();
    const key = await sessionSecret(app.store, file);
    expect(key).toBe(legacy);
    expect(await unsealData(cookie, { password: key, ttl: 3600 })).toEqual({
      learnerId: 7,
      learnerVersion: 1,
    });
    expect(await storedSettings()).toEqual([]);
    expect(fs.readFileSync(file, "utf8").trim()).toBe(legacy);
  });

  it("a restored older backup's key is dropped: the file's key stays", async () => {
    delete process.env.SESSION_SECRET;
    const file = newFile();
    const key = await sessionSecret(app.store, file);
    const { t, db } = app.store;
    await db.insert(t.appSettings).values({ key: "session_secret", value: "x".repeat(43) });
    expect(await sessionSecret(app.store, file)).toBe(key);
    expect(await storedSettings()).toEqual([]);
  });

  it("SESSION_SECRET wins, makes no file, and an older database's key is dropped", async () => {
    process.env.SESSION_SECRET = "s".repeat(40);
    const { t, db } = app.store;
    await db.insert(t.appSettings).values({ key: "session_secret", value: "y".repeat(43) });
    const file = newFile();
    expect(await sessionSecret(app.store, file)).toBe("s".repeat(40));
    expect(fs.existsSync(file)).toBe(false);
    expect(await storedSettings()).toEqual([]);
  });

  it("a damaged key file stops with a message saying what to do, rather than a new key", async () => {
    delete process.env.SESSION_SECRET;
    const file = newFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, "short\n");
    await expect(sessionSecret(app.store, file)).rejects.toThrow(
      /holds fewer than 32 characters\. Delete it to have a new key made/,
    );
  });

  it("lives beside the SQLite file by default, in ./data with DATABASE_URL, or at SESSION_SECRET_FILE", () => {
    process.env.DATABASE_PATH = "/srv/crm/db/crm.sqlite";
    delete process.env.DATABASE_URL;
    delete process.env.SESSION_SECRET_FILE;
    expect(sessionSecretFile()).toBe("/srv/crm/db/session-secret");
    process.env.DATABASE_URL = "postgres://crm@db/crm";
    expect(sessionSecretFile()).toBe(path.resolve("data", "session-secret"));
    process.env.SESSION_SECRET_FILE = "/etc/crm/key";
    expect(sessionSecretFile()).toBe("/etc/crm/key");
  });
});
