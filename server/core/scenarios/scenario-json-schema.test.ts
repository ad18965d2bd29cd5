/**
 * The committed JSON Schemas are what the zod schemas generate today (regenerate with `npm run
 * scenarios:schema`), every scenario and playthrough file names its schema on its first line, and
 * the schema describes what the app accepts: every key the zod schema has, no key it refuses.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import {
  PLAYTHROUGH_JSON_SCHEMA_FILE,
  PLAYTHROUGH_SCHEMA_HEADER,
  playthroughJsonSchema,
  SCENARIO_JSON_SCHEMA_FILE,
  SCENARIO_SCHEMA_HEADER,
  scenarioJsonSchema,
} from "./scenario-json-schema";
import { scenarioSchema } from "./scenario-schema";

const root = process.cwd();
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");
const yamlFiles = (dir: string) =>
  fs
    .readdirSync(path.join(root, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => `${dir}/${f}`);

describe("the scenario JSON Schema", () => {
  it("is up to date with the zod schemas (run `npm run scenarios:schema` after changing them)", () => {
    expect(read(SCENARIO_JSON_SCHEMA_FILE) === scenarioJsonSchema(), SCENARIO_JSON_SCHEMA_FILE).toBe(true);
    expect(read(PLAYTHROUGH_JSON_SCHEMA_FILE) === playthroughJsonSchema(), PLAYTHROUGH_JSON_SCHEMA_FILE).toBe(
      true,
    );
  });

  it("is named on the first line of every scenario and playthrough file", () => {
    const missing = [
      ...yamlFiles("scenarios").filter((f) => read(f).split("\n")[0] !== SCENARIO_SCHEMA_HEADER),
      ...yamlFiles("scenarios/playthroughs").filter(
        (f) => read(f).split("\n")[0] !== PLAYTHROUGH_SCHEMA_HEADER,
      ),
    ];
    expect(missing, `add the yaml-language-server line as the first line of these files`).toEqual([]);
  });

  it("lists the scenario's fields, requires those without a default, and refuses unknown ones", () => {
    const schema = JSON.parse(scenarioJsonSchema()) as {
      properties: Record<string, unknown>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(scenarioSchema.shape).sort());
    expect(schema.required).toContain("rubric");
    expect(schema.required).not.toContain("people"); // defaults to [] when left out
    expect(schema.additionalProperties).toBe(false);
  });

  it("knows every top-level key the scenario files use", () => {
    const schema = JSON.parse(scenarioJsonSchema()) as { properties: Record<string, unknown> };
    for (const file of yamlFiles("scenarios")) {
      const doc = parseYaml(read(file)) as Record<string, unknown>;
      for (const key of Object.keys(doc)) expect(schema.properties, `${file}: ${key}`).toHaveProperty(key);
    }
  });
});
