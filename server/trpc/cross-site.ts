/**
 * Cross-site request forgery guard for mutations (always POST). Browsers say where a request came
 * from: Sec-Fetch-Site, and Origin on every POST. A POST another site made is refused, even though
 * the SameSite=Lax session cookie would not be sent with it anyway. Clients that are not browsers
 * (no Origin, no Sec-Fetch-Site) are not a cross-site risk and pass.
 */
export function isCrossSite(req: Request): boolean {
  if (req.method !== "POST") return false;
  // Set by the browser itself (pages cannot forge it): the most reliable answer when present.
  const site = req.headers.get("sec-fetch-site");
  if (site) return site !== "same-origin" && site !== "none";
  // Older browsers: compare Origin with the host the request was sent to.
  const origin = req.headers.get("origin");
  if (origin === null) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host; // "null" (sandboxed frames, file:) does not parse
  } catch {
    return true;
  }
  const host = req.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || req.headers.get("host");
  return originHost !== host;
}
