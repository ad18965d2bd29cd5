/**
 * JSON Schemas for the scenario and playthrough YAML files, generated from the zod schemas the app
 * validates with (zod 4's z.toJSONSchema), so an editor that reads the files' `# yaml-language-server:
 * $schema=…` line (VS Code's YAML extension, JetBrains IDEs) validates and completes them as you type.
 *
 * The schemas describe the files as written (zod's "input" side: defaults optional, one-or-many
 * fields accept either). Cross-field checks zod cannot express (unknown customer refs, syllabus codes,
 * duplicate ids) stay with `npm run scenarios:check`. Regenerate after changing a schema with
 * `npm run scenarios:schema`; a unit test fails while the committed files are out of date.
 */
import { z } from "zod";
import { playthroughSchema } from "./playthrough";
import { scenarioSchema } from "./scenario-schema";

/** Where the committed schemas live (relative to the repository) and the header each YAML file carries. */
export const SCENARIO_JSON_SCHEMA_FILE = "scenarios/scenario.schema.json";
export const PLAYTHROUGH_JSON_SCHEMA_FILE = "scenarios/playthroughs/playthrough.schema.json";
export const SCENARIO_SCHEMA_HEADER = "# yaml-language-server: $schema=./scenario.schema.json";
export const PLAYTHROUGH_SCHEMA_HEADER = "# yaml-language-server: $schema=./playthrough.schema.json";

function toJsonSchema(schema: z.ZodType, title: string, description: string): string {
  const json = z.toJSONSchema(schema, {
    io: "input",
    // Repeated parts (criteria, matches, dates) are written once under $defs and referenced.
    reused: "ref",
    // Transforms and refinements run in the app; the file's shape is what the schema describes.
    unrepresentable: "any",
  });
  return `${JSON.stringify({ title, description, ...json }, null, 2)}\n`;
}

export function scenarioJsonSchema(): string {
  return toJsonSchema(
    scenarioSchema,
    "Hearth & Bean CRM Trainer scenario",
    "Generated from server/core/scenarios/scenario-schema.ts by `npm run scenarios:schema`; do not edit. " +
      "See server/core/scenarios/README.md and scenarios/README.md.",
  );
}

export function playthroughJsonSchema(): string {
  return toJsonSchema(
    playthroughSchema,
    "Hearth & Bean CRM Trainer playthrough",
    "Generated from server/core/scenarios/playthrough.ts by `npm run scenarios:schema`; do not edit. " +
      "See scenarios/playthroughs/README.md.",
  );
}
