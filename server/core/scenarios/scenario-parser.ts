/**
 * Reading one scenario file: YAML, then the zod schema (scenario-schema.ts), then the cross-field
 * checks (scenario-references.ts). Every problem is reported, not just the first.
 */
import { parseDocument } from "yaml";
import { CATALOGUE } from "../catalogue";
import type { CatalogueProduct } from "../crm-dataset";
import { zodIssuesToErrors, type ParseScenarioResult, type ScenarioFileError } from "./scenario-file-errors";
import { checkReferences } from "./scenario-references";
import { scenarioSchema } from "./scenario-schema";

export interface ParseOptions {
  /** Products scenario files may refer to (default: the shop's catalogue). */
  catalogue?: readonly CatalogueProduct[];
}

/**
 * Parses and validates one scenario file. Every problem is returned (not just the first), each
 * naming the file and the field, e.g.
 * `scenarios/complaint.yaml: customers[0].orders[1].items[0].sku: unknown SKU "KET-X"`.
 */
export function parseScenario(
  fileName: string,
  yamlText: string,
  options: ParseOptions = {},
): ParseScenarioResult {
  const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) return { ok: false, errors: yamlErrors(fileName, doc.errors) };
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return {
      ok: false,
      errors: [{ file: fileName, path: "", message: "the file must be a YAML mapping (key: value pairs)" }],
    };
  }
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, errors: zodIssuesToErrors(fileName, parsed.error.issues) };
  }
  const errors = checkReferences(fileName, parsed.data, options.catalogue ?? CATALOGUE);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, scenario: parsed.data };
}

/** YAML syntax errors as file errors: `line 3, column 5` and the parser's message. */
export function yamlErrors(
  file: string,
  errors: readonly {
    message: string;
    linePos?:
      | [{ line: number; col: number }]
      | [{ line: number; col: number }, { line: number; col: number }];
  }[],
): ScenarioFileError[] {
  return errors.map((e) => {
    const pos = e.linePos?.[0];
    const message = (e.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
    return {
      file,
      path: pos ? `line ${pos.line}, column ${pos.col}` : "",
      message: `invalid YAML: ${message}`,
    };
  });
}
