/**
 * `npm run scenarios:schema`: writes the JSON Schemas editors use to check scenario and playthrough
 * YAML (generated from the zod schemas; see server/core/scenarios/scenario-json-schema.ts).
 */
import fs from "node:fs";
import {
  PLAYTHROUGH_JSON_SCHEMA_FILE,
  playthroughJsonSchema,
  SCENARIO_JSON_SCHEMA_FILE,
  scenarioJsonSchema,
} from "../server/core/scenarios/scenario-json-schema";

fs.writeFileSync(SCENARIO_JSON_SCHEMA_FILE, scenarioJsonSchema());
fs.writeFileSync(PLAYTHROUGH_JSON_SCHEMA_FILE, playthroughJsonSchema());
console.log(`Wrote ${SCENARIO_JSON_SCHEMA_FILE} and ${PLAYTHROUGH_JSON_SCHEMA_FILE}`);
