/**
 * Size limits for /api/trpc. The largest thing the app sends is a learner's reply or a batch of a few
 * queries (a few kilobytes), so 256 KiB leaves ample room while stopping a client from making the
 * server hold megabytes per request. A batch may hold at most MAX_BATCH_SIZE calls (the client's
 * batch link uses the same number), so one POST cannot carry hundreds of writes.
 */
export const MAX_BODY_BYTES = 256 * 1024;
export const MAX_BATCH_SIZE = 20;
/**
 * The deepest nesting of arrays and objects a request's JSON may have. The app's deepest input, in
 * tRPC's batch envelope with superjson's meta beside it, is about 10 levels; 64 leaves room for any
 * honest client. Checked by one pass over the bytes before anything parses them: 20 bodies of 240 KB
 * of "[[[[…" at once took 4.3 s to refuse after parsing (probe, session 41), each 3-5 times the cost
 * of a flat body of the same size. Bounding the size alone left the depth, and so the parse, free
 * (CWE-770, allocation without limits; a delimiter pre-scan is what parser advisories advise).
 */
export const MAX_JSON_DEPTH = 64;

/** True when `json` opens more than `max` arrays or objects inside one another (strings are skipped). */
export function nestedDeeperThan(json: Uint8Array | string, max: number): boolean {
  const bytes = typeof json === "string" ? new TextEncoder().encode(json) : json;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (inString) {
      if (b === 0x5c)
        i++; // a backslash: the next byte is escaped
      else if (b === 0x22) inString = false;
    } else if (b === 0x22) inString = true;
    else if (b === 0x5b || b === 0x7b) {
      if (++depth > max) return true;
    } else if (b === 0x5d || b === 0x7d) depth--;
  }
  return false;
}

/**
 * The request with its body in memory, or why it is refused before tRPC reads it: a body larger than
 * MAX_BODY_BYTES, or JSON nested deeper than MAX_JSON_DEPTH (the body, or a GET's `input`).
 */
export async function readRequestWithin(req: Request): Promise<Request | "too-large" | "too-deep"> {
  if (req.method === "GET" || req.method === "HEAD" || !req.body) {
    const input = new URL(req.url).searchParams.get("input");
    return input !== null && nestedDeeperThan(input, MAX_JSON_DEPTH) ? "too-deep" : req;
  }
  const body = await readBytesWithin(req.body, req.headers, MAX_BODY_BYTES);
  if (!body) return "too-large";
  if (nestedDeeperThan(body, MAX_JSON_DEPTH)) return "too-deep";
  return new Request(req.url, { method: req.method, headers: req.headers, body: body as BodyInit });
}

/** The body, read only up to `limit` bytes (a declared Content-Length over it is not read at all). */
async function readBytesWithin(
  stream: ReadableStream<Uint8Array>,
  headers: Headers,
  limit: number,
): Promise<Uint8Array | undefined> {
  const declared = Number(headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) {
    await stream.cancel().catch(() => {});
    return undefined;
  }
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
