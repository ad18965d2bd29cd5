/**
 * Message analyser CLI (Node built-ins only).
 *
 *   npm run analyse -- "I'm so sorry, I'll send a replacement today."
 *   npm run analyse -- --json "Thanks for your patience, Priya." --first-name Priya
 *   npm run analyse -- --explain "I'm sorry, but we can't refund you."
 *   npm run analyse -- --jsonl replies.jsonl > labelled.jsonl
 *
 * Context flags (apply to the single text, and as defaults for every --jsonl line):
 *   --first-name X  --last-name Y  --other-name Z (repeatable)  --order ORD-1 (repeatable)
 *   --product "Name" (repeatable)
 *
 * --jsonl FILE reads one JSON object per line: {"text": "...", "context"?: {...}} ("-" = stdin) and
 * writes one JSON line per input: {"text", "labels", "spans"}. Blank lines are skipped. A malformed
 * line is reported on stderr with its line number; the rest still run, and the exit code is 1.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import {
  explainMessage,
  LABEL_DESCRIPTIONS,
  type AnalysisContext,
  type ExplainedAnalysis,
} from "../server/core/analysis/index";

const USAGE = `Usage:
  npm run analyse -- [options] "<text>"
  npm run analyse -- [options] --jsonl <file|->

Options:
  --json              print one JSON object instead of a summary
  --explain           also show which rule matched each phrase, and matches that were not counted
  --jsonl <file>      analyse one {"text", "context"?} JSON object per line ("-" reads stdin)
  --first-name <X>    the customer's first name
  --last-name <Y>     the customer's last name
  --other-name <Z>    a name that would be wrong to use (repeatable)
  --order <ref>       one of the customer's order references (repeatable)
  --product <name>    a product the customer bought (repeatable)
  -h, --help          show this help`;

interface Options {
  json: boolean;
  explain: boolean;
  jsonl?: string;
  context: AnalysisContext;
  text: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options | "help" {
  const opts: Options = { json: false, explain: false, context: {}, text: [] };
  const list = (key: "otherNames" | "orderRefs" | "productNames", value: string) => {
    (opts.context[key] ??= []).push(value);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case "-h":
      case "--help":
        return "help";
      case "--json":
        opts.json = true;
        break;
      case "--explain":
        opts.explain = true;
        break;
      case "--jsonl":
        opts.jsonl = value();
        break;
      case "--first-name":
        opts.context.customerFirstName = value();
        break;
      case "--last-name":
        opts.context.customerLastName = value();
        break;
      case "--other-name":
        list("otherNames", value());
        break;
      case "--order":
        list("orderRefs", value());
        break;
      case "--product":
        list("productNames", value());
        break;
      case "--":
        opts.text.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (arg.startsWith("--")) throw new UsageError(`unknown option ${arg}`);
        opts.text.push(arg);
    }
  }
  return opts;
}

function summary(text: string, result: ExplainedAnalysis, explain: boolean): string {
  const lines: string[] = [];
  lines.push(`Text: ${JSON.stringify(text)}`);
  lines.push(`Labels: ${result.labels.length > 0 ? result.labels.join(", ") : "(none)"}`);
  for (const label of result.labels) lines.push(`  ${label.padEnd(16)} ${LABEL_DESCRIPTIONS[label]}`);
  if (result.spans.length > 0) {
    lines.push("Evidence:");
    for (const span of result.spans) {
      const rules = explain ? `   [${span.rules.join(", ")}]` : "";
      lines.push(
        `  ${span.label.padEnd(16)} ${String(span.start).padStart(4)}-${String(span.end).padEnd(4)} \u201c${span.text}\u201d${rules}`,
      );
    }
  }
  if (explain && result.suppressed.length > 0) {
    lines.push("Matched but not counted:");
    for (const s of result.suppressed) {
      lines.push(
        `  ${s.label.padEnd(16)} ${String(s.start).padStart(4)}-${String(s.end).padEnd(4)} \u201c${s.text}\u201d   [${s.rule}] ${s.reason}`,
      );
    }
  }
  return lines.join("\n");
}

function publicResult(text: string, result: ExplainedAnalysis) {
  return {
    text,
    labels: result.labels,
    spans: result.spans.map(({ label, start, end, text: t }) => ({ label, start, end, text: t })),
  };
}

function mergeContext(defaults: AnalysisContext, line: AnalysisContext | undefined): AnalysisContext {
  if (!line) return defaults;
  return { ...defaults, ...line };
}

async function runJsonl(file: string, opts: Options): Promise<number> {
  const input = file === "-" ? process.stdin : createReadStream(file, { encoding: "utf8" });
  let failed = false;
  const openError = new Promise<never>((_, reject) => input.once("error", reject));
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  const work = (async () => {
    for await (const raw of rl) {
      lineNo++;
      const line = raw.replace(/^\uFEFF/, "");
      if (line.trim() === "") continue;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch (err) {
        failed = true;
        process.stderr.write(`line ${lineNo}: invalid JSON (${(err as Error).message})\n`);
        continue;
      }
      if (typeof record !== "object" || record === null || Array.isArray(record)) {
        failed = true;
        process.stderr.write(`line ${lineNo}: expected a JSON object like {"text": "..."}\n`);
        continue;
      }
      const { text, context } = record as { text?: unknown; context?: unknown };
      if (typeof text !== "string") {
        failed = true;
        process.stderr.write(`line ${lineNo}: "text" must be a string\n`);
        continue;
      }
      if (
        context !== undefined &&
        (typeof context !== "object" || context === null || Array.isArray(context))
      ) {
        failed = true;
        process.stderr.write(`line ${lineNo}: "context" must be an object\n`);
        continue;
      }
      const result = explainMessage(text, mergeContext(opts.context, context as AnalysisContext | undefined));
      const out = opts.explain
        ? { ...publicResult(text, result), explain: { spans: result.spans, suppressed: result.suppressed } }
        : publicResult(text, result);
      process.stdout.write(`${JSON.stringify(out)}\n`);
    }
  })();
  work.catch(() => undefined); // reported through the race below
  try {
    await Promise.race([work, openError]);
  } catch (err) {
    process.stderr.write(`cannot read ${file}: ${(err as Error).message}\n`);
    return 2;
  }
  return failed ? 1 : 0;
}

async function main(): Promise<number> {
  let opts: Options | "help";
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
  if (opts === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (opts.jsonl !== undefined) {
    if (opts.text.length > 0) {
      process.stderr.write(`give either a text or --jsonl, not both\n\n${USAGE}\n`);
      return 2;
    }
    return runJsonl(opts.jsonl, opts);
  }
  if (opts.text.length === 0) {
    process.stderr.write(`no text given\n\n${USAGE}\n`);
    return 2;
  }
  const text = opts.text.join(" ");
  const result = explainMessage(text, opts.context);
  if (opts.json) {
    const out = opts.explain
      ? { ...publicResult(text, result), explain: { spans: result.spans, suppressed: result.suppressed } }
      : publicResult(text, result);
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    process.stdout.write(`${summary(text, result, opts.explain)}\n`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 2;
  },
);
