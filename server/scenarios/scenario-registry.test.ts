import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getScenario, listScenarios, loadErrors, reloadScenarios } from "./scenario-registry";

const realDir = path.join(process.cwd(), "scenarios");

afterEach(() => {
  delete process.env.SCENARIOS_DIR;
  reloadScenarios();
  vi.restoreAllMocks();
});

describe("scenario registry", () => {
  it("loads the shipped scenarios from ./scenarios", () => {
    const ids = listScenarios().map((s) => s.id);
    expect(ids).toEqual([
      "complaint-faulty-kettle",
      "complaint-repeat-fault-call",
      "complaint-returns-desk",
      "data-protection-access-request",
      "internal-customer-lost-parcel",
      "loyalty-silent-defection",
      "monthly-service-review",
      "onboarding-new-subscriber",
      "public-review-chatbot-loop",
      "win-back-lapsed-customers",
    ]);
    expect(getScenario("complaint-faulty-kettle")?.rubric.length).toBeGreaterThan(5);
    expect(getScenario("nope")).toBeUndefined();
    expect(loadErrors()).toEqual([]);
    // summaries carry nothing of the rubric
    expect(JSON.stringify(listScenarios())).not.toMatch(/rubric|feedback|modelAnswer/);
  });

  it("skips invalid files, reports them with file and field, and keeps the valid ones (SCENARIOS_DIR)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scenarios-"));
    fs.copyFileSync(
      path.join(realDir, "complaint-faulty-kettle.yaml"),
      path.join(dir, "complaint-faulty-kettle.yaml"),
    );
    const broken = fs
      .readFileSync(path.join(realDir, "onboarding-new-subscriber.yaml"), "utf8")
      .replace("SUB-BEANS-500G-MONTHLY", "SUB-NOPE");
    fs.writeFileSync(path.join(dir, "onboarding-new-subscriber.yaml"), broken);
    fs.writeFileSync(path.join(dir, "notes.txt"), "not a scenario");
    process.env.SCENARIOS_DIR = dir;
    reloadScenarios();
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});

    expect(listScenarios().map((s) => s.id)).toEqual(["complaint-faulty-kettle"]);
    const errors = loadErrors();
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file).toMatch(/onboarding-new-subscriber\.yaml$/);
    expect(errors[0]!.path).toBe("customers[0].orders[1].items[0].sku");
    expect(errors[0]!.message).toBe('unknown SKU "SUB-NOPE"');
    expect(spy).toHaveBeenCalledTimes(1);
    expect(String(spy.mock.calls[0]![0])).toContain(
      'customers[0].orders[1].items[0].sku: unknown SKU "SUB-NOPE"',
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("caches: files are read once until reloaded", () => {
    const spy = vi.spyOn(fs, "readFileSync");
    listScenarios();
    const calls = spy.mock.calls.length;
    listScenarios();
    getScenario("complaint-faulty-kettle");
    expect(spy.mock.calls.length).toBe(calls);
  });

  it("reports a missing directory instead of crashing", () => {
    process.env.SCENARIOS_DIR = path.join(os.tmpdir(), "definitely-not-here-scenarios");
    reloadScenarios();
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(listScenarios()).toEqual([]);
    expect(loadErrors()[0]!.message).toMatch(/cannot read the scenarios directory/);
  });
});
