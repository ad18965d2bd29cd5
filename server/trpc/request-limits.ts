/**
 * Size limits for /api/trpc. The largest thing the app sends is a learner's reply or a batch of a few
 * queries (a few kilobytes), so 256 KiB leaves ample room while stopping a client from making the
 * server hold megabytes per request. A batch may hold at most MAX_BATCH_SIZE calls (the client's
 * batch link uses the same number), so one POST cannot carry hundreds of writes.
 */
export const MAX_BODY_BYTES = 256 * 1024;
export const MAX_BATCH_SIZE = 20;

/**
 * The request with its body read into memory, or undefined when the body is larger than `limit`
 * bytes. A declared Content-Length over the limit is refused before reading; a chunked body is
 * read only up to the limit.
 */
export async function readBodyWithin(req: Request, limit: number): Promise<Request | undefined> {
  if (req.method === "GET" || req.method === "HEAD" || !req.body) return req;
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) {
    await req.body.cancel().catch(() => {});
    return undefined;
  }
  const reader = req.body.getReader();
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
  return new Request(req.url, { method: req.method, headers: req.headers, body });
}
