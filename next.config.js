// @ts-check
const isDev = process.env.NODE_ENV !== "production";

/**
 * Pages get a Content-Security-Policy with a per-request nonce from proxy.ts. Everything else (API
 * routes, static files, prefetches) gets this one: nothing there is a document that runs script.
 */
const apiCsp = [
  "default-src 'none'",
  `script-src 'self'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${isDev ? " ws:" : ""}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A separate build folder lets a second build (e.g. a benchmark) run beside the usual one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["better-sqlite3", "exceljs"],
  // `npm test` runs `tsc --noEmit` beside the build and fails if it fails, so the build's own check (a
  // long single-core step) is skipped there only; `npm start` and `npm run build` keep it.
  typescript: { ignoreBuildErrors: process.env.NEXT_BUILD_SKIP_TYPECHECK === "1" },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          // No window of another origin keeps a handle on ours, and no other origin may load our
          // answers or pages into its own process (a side channel could read them there): the app
          // opens no other site's windows and is embedded nowhere (proof/security.server.test.ts).
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
        ],
      },
      // Not documents: the proxy's per-page policy does not run for these.
      ...["/api/:path*", "/_next/:path*", "/icon.svg"].map((source) => ({
        source,
        headers: [{ key: "Content-Security-Policy", value: apiCsp }],
      })),
      // API answers are one person's data (an attempt, a class's results, an export): never kept by a
      // browser's disk cache on a shared classroom PC, nor by a proxy in between. This replaces tRPC's
      // own header on the live streams (server-sent events), so it keeps their no-transform: a proxy
      // must not compress or buffer a stream.
      { source: "/api/:path*", headers: [{ key: "Cache-Control", value: "no-store, no-transform" }] },
    ];
  },
};

export default nextConfig;
