/**
 * Problems in a scenario (or playthrough) file, each naming the file and the field path, and the
 * conversion of zod issues into them.
 */
import type { z } from "zod";
import type { Scenario } from "./scenario-schema";

export interface ScenarioFileError {
  file: string;
  /** Field path such as `customers[0].orders[1].items[0].sku`, or `line 3, column 5` for YAML errors. */
  path: string;
  message: string;
}

export type ParseScenarioResult =
  | { ok: true; scenario: Scenario }
  | { ok: false; errors: ScenarioFileError[] };

export function formatScenarioError(e: ScenarioFileError): string {
  return e.path ? `${e.file}: ${e.path}: ${e.message}` : `${e.file}: ${e.message}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

function zodIssueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && /received undefined$/.test(issue.message)) {
    return `is required (expected ${issue.expected})`;
  }
  if (issue.code === "invalid_type") return issue.message.replace(/^Invalid input: /, "");
  if (issue.code === "invalid_value") return issue.message.replace(/^Invalid option: /, "");
  if (issue.code === "invalid_union" && "discriminator" in issue && issue.discriminator) {
    return issue.message;
  }
  return issue.message;
}

/** Turns zod issues into file errors; unrecognised keys become one error per key, at the key. */
export function zodIssuesToErrors(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  prefix: PropertyKey[] = [],
): ScenarioFileError[] {
  const out: ScenarioFileError[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        out.push({
          file,
          path: formatPath([...prefix, ...issue.path, key]),
          message: "unknown field (check the spelling)",
        });
      }
      continue;
    }
    out.push({ file, path: formatPath([...prefix, ...issue.path]), message: zodIssueMessage(issue) });
  }
  return out;
}
