/**
 * Cross-site request forgery guard for mutations (always POST). Browsers say where a request came
 * from: Sec-Fetch-Site, and Origin on every POST. A POST another site made is refused, even though
 * the SameSite=Lax session cookie would not be sent with it anyway. Clients that are not browsers
 * (no Origin, no Sec-Fetch-Site) are not a cross-site risk and pass, as long as they send JSON.
 *
 * For a browser too old to send either header (or to honour SameSite), two more checks (OWASP CSRF
 * Prevention Cheat Sheet, "Verifying origin with standard headers" and "custom request headers"):
 * with no Origin the Referer must not be another site's, and the body must be declared JSON. The app
 * only ever posts JSON; a form on any site can post multipart/form-data, urlencoded or text/plain
 * without asking (tRPC runs multipart as a mutation), while JSON from another site's script needs a
 * CORS preflight, which this server never grants.
 */
export function isCrossSite(req: Request): boolean {
  if (req.method !== "POST") return false;
  if (!isJson(req)) return true;
  // Set by the browser itself (pages cannot forge it): the most reliable answer when present.
  const site = req.headers.get("sec-fetch-site");
  if (site) return site !== "same-origin" && site !== "none";
  // Older browsers: compare Origin, or failing that the Referer, with the host the request was sent to.
  const from = req.headers.get("origin") ?? req.headers.get("referer");
  if (from === null) return false;
  let fromHost: string;
  try {
    fromHost = new URL(from).host; // "null" (sandboxed frames, file:) does not parse
  } catch {
    return true;
  }
  const host = req.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || req.headers.get("host");
  return fromHost !== host;
}

/** Declared as JSON (charset and other parameters allowed), as the app's tRPC client sends. */
function isJson(req: Request): boolean {
  const type = req.headers.get("content-type")?.split(";", 1)[0]?.trim().toLowerCase();
  return type === "application/json";
}
