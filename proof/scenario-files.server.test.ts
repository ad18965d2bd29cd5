/**
 * Malformed scenario files: the production server starts with a scenarios folder holding the three
 * valid files and several broken ones. Each broken file is reported once, naming the file and the
 * field, and the server serves the valid scenarios (the scenario list returns exactly those three).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseDocument, stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "./engine";
import { HttpClient, type ProdServer } from "./prod-server";

const VALID = ["complaint-faulty-kettle", "onboarding-new-subscriber", "win-back-lapsed-customers"];
const complaint = () =>
  parseDocument(fs.readFileSync("scenarios/complaint-faulty-kettle.yaml", "utf8")).toJS() as Record<
    string,
    any
  >;

/** file name → [contents, the field the error must name]. */
const BROKEN: Record<string, [string, string]> = {
  "bad-yaml.yaml": ["id: bad-yaml\ntitle: [unclosed\n  brief: : :\n", "line "],
  "missing-title.yaml": [
    stringify(Object.assign(complaint(), { id: "missing-title", title: undefined })),
    "title",
  ],
  "wrong-type.yaml": [
    (() => {
      const d = complaint();
      d.id = "wrong-type";
      d.estimatedMinutes = "about half an hour";
      return stringify(d);
    })(),
    "estimatedMinutes",
  ],
  "unknown-customer.yaml": [
    (() => {
      const d = complaint();
      d.id = "unknown-customer";
      d.rubric[0].customerRef = "CUS-9999";
      return stringify(d);
    })(),
    "rubric[0].customerRef",
  ],
  "unknown-sku.yaml": [
    (() => {
      const d = complaint();
      d.id = "unknown-sku";
      d.customers[0].orders[0].items[0].sku = "NOPE-123";
      return stringify(d);
    })(),
    "customers[0].orders[0].items[0].sku",
  ],
  "id-mismatch.yaml": [fs.readFileSync("scenarios/onboarding-new-subscriber.yaml", "utf8"), "id"],
  "not-a-mapping.yaml": ["- just\n- a list\n", ""],
  "empty.yaml": ["", ""],
};

describe("malformed scenario files (production server)", () => {
  let server: ProdServer;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-scenarios-"));
    for (const id of VALID)
      fs.copyFileSync(path.join("scenarios", `${id}.yaml`), path.join(dir, `${id}.yaml`));
    for (const [name, [text]] of Object.entries(BROKEN)) fs.writeFileSync(path.join(dir, name), text);
    server = await startServer({ env: { SCENARIOS_DIR: dir } });
  });
  afterAll(async () => {
    await server?.stop();
    if (server) fs.rmSync(path.dirname(server.databasePath), { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("starts and serves exactly the valid scenarios", async () => {
    const visitor = new HttpClient(server.url);
    const list = await visitor.get<{ id: string }[]>("scenarios.list");
    expect(list.map((s) => s.id).sort()).toEqual(VALID);
    // And they work: a learner can start one and act in it.
    await visitor.ok("auth.practiseAlone", { displayName: "Still Works" });
    const { attemptId } = await visitor.ok<{ attemptId: number }>("attempts.start", {
      scenarioId: "complaint-faulty-kettle",
    });
    await visitor.ok("attempts.act", {
      attemptId,
      clientId: "still-works-1",
      action: { type: "view_record", customerRef: "CUS-2041" },
    });
    for (const id of Object.keys(BROKEN).map((f) => f.replace(/\.yaml$/, ""))) {
      const r = await visitor.query("scenarios.get", { scenarioId: id });
      expect(r.status, id).toBe(404);
    }
  });

  it("reports each broken file once, naming the file and the field", async () => {
    const lines = server
      .output()
      .split("\n")
      .filter((l) => l.includes("[scenarios] skipped:"));
    for (const [name, [, field]] of Object.entries(BROKEN)) {
      const mine = lines.filter((l) => l.includes(`${name}:`));
      expect(mine, `${name}\n${lines.join("\n")}`).toHaveLength(1);
      const message = mine[0]!.slice(mine[0]!.indexOf(`${name}:`) + name.length + 1).trim();
      if (field) expect(message.startsWith(field), `${name}: ${message}`).toBe(true);
      expect(message.length, `${name}: ${message}`).toBeGreaterThan(10);
    }
    // Nothing about the valid files.
    for (const id of VALID) expect(lines.some((l) => l.includes(`${id}.yaml`))).toBe(false);
  });
});
