/**
 * Next.js Proxy (Next 16's middleware): a Content-Security-Policy with a fresh nonce for every page.
 * Next.js reads the nonce from the request's copy of the header and puts it on its own scripts; the
 * browser enforces the response's copy, so only scripts the app itself rendered can run. Injected
 * markup cannot run script: no 'unsafe-inline', no inline event handlers, no other origins.
 * Pages are rendered per request for this (app/layout.tsx is force-dynamic). API routes and static
 * files get their headers from next.config.js.
 */
import { NextResponse, type NextRequest } from "next/server";

export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV !== "production"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${dev ? " 'unsafe-eval'" : ""}`,
    // React style attributes and Next's injected styles need inline styles; styles cannot run script.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Whether a path's %-escapes do not decode (a stray "%", or bytes that are not UTF-8: "/customers/%E0%A4%A").
 * Next.js decodes a dynamic segment of such a path by throwing, and answered 500 "Internal Server
 * Error" for what is the client's mistake (probe, session 43): a scanner reads a 500 as a fault it
 * provoked, and the log is the place for the server's own faults only (OWASP ASVS 4.0.3 V7.4.1, errors
 * handled the same way without leaking; RFC 9110 §15.5.1, 400 for a request the server will not read).
 */
export function undecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * The same under /api/trpc/ (session 47): "/api/trpc/%ZZ" was Next's bare 500 too, thrown decoding the
 * route's [trpc] segment before the route's own code runs. The proxy runs there only for a path with a "%"
 * in it (see `config`), which no call the app makes has, so ordinary calls do not pay for it; the answer is
 * a 400 in tRPC's own error shape, as the route gives for a body it will not read.
 */
function undecodableApiPath(): Response {
  return Response.json(
    {
      error: {
        json: {
          message: "That address does not name anything the server can answer, so it was not read.",
          code: -32600,
          data: { code: "BAD_REQUEST", httpStatus: 400 },
        },
      },
    },
    { status: 400, headers: { "cache-control": "no-store" } },
  );
}

export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/api/"))
    return undecodablePath(request.nextUrl.pathname) ? undecodableApiPath() : NextResponse.next();
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  if (undecodablePath(request.nextUrl.pathname))
    return new NextResponse("That address is not a valid web address, so there is no page at it.", {
      status: 400,
      headers: { "content-security-policy": csp, "content-type": "text/plain; charset=utf-8" },
    });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  headers.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

/**
 * Every page request, prefetches included: a request with a prefetch header can still be answered
 * with a whole HTML page, and every HTML response must carry the policy. And a tRPC path holding a "%"
 * (Next tries the matchers on the path as sent, so "/api/trpc/%ZZ" is one), only to refuse it if it does
 * not decode.
 */
export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|icon.svg|favicon.ico).*)", "/api/trpc/:path(.*%.*)"],
};
