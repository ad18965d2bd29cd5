/**
 * The layers of ARCHITECTURE.md, checked on every `npm test` (`npm run lint:layers`). Arrows point down:
 *
 *   pages (app/, components/, lib/)  →  tRPC client (lib/trpc) and, type-only, the router's types
 *   route handlers (app/api/)        →  server/trpc, server/data
 *   server/trpc (routers)            →  server/data, server/core, server/auth
 *   server/data, server/auth         →  server/core, db
 *   db/                              →  server/core (the vocabulary)
 *   server/core                      →  nothing of ours outside server/core
 *
 * Violations that existed when a rule was introduced are listed in `.dependency-cruiser-known-violations.json`
 * (run with --ignore-known): they are debts to pay off, and anything new fails.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "core-is-pure",
      comment: "server/core is pure TypeScript: it imports nothing of ours outside server/core.",
      severity: "error",
      from: { path: "^server/core/" },
      to: { path: "^(app|components|lib|db|scripts|proof|e2e|server/(?!core/))" },
    },
    {
      name: "core-has-no-framework",
      comment: "No database driver, ORM, web framework or React inside the core.",
      severity: "error",
      from: { path: "^server/core/", pathNot: "\\.test\\.ts$" },
      to: { path: "node_modules/(drizzle-orm|better-sqlite3|next|react|react-dom|@trpc|iron-session)/" },
    },
    {
      name: "pages-call-trpc-only",
      comment:
        "Pages and UI components reach the server through lib/trpc only. They may use the pure core's vocabulary " +
        "and label names (bundle-safe, no secrets) and the router's types (type-only).",
      severity: "error",
      from: { path: "^(app|components|lib)/", pathNot: "^app/api/" },
      to: { path: "^(db|server/(data|auth|scenarios|env\\.ts$)|server/trpc/(?!root\\.ts$))" },
    },
    {
      name: "pages-import-router-types-only",
      comment: "Pages use the router's types (inferRouterOutputs), never its code.",
      severity: "error",
      from: { path: "^(app|components|lib)/", pathNot: "^app/api/" },
      to: { path: "^server/trpc/root\\.ts$", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "routers-do-not-query",
      comment: "Routers and procedures are thin: they call server/data, which owns every query.",
      severity: "error",
      from: { path: "^server/trpc/", pathNot: "\\.test\\.ts$" },
      to: { path: "^db/(client|schema)\\.ts$" },
    },
    {
      name: "data-and-auth-below-trpc",
      comment: "The data and auth layers sit below tRPC and the UI helpers: nothing points up.",
      severity: "error",
      from: { path: "^server/(data|auth)/", pathNot: "\\.test\\.ts$" },
      to: { path: "^(app|components|lib|server/trpc)/" },
    },
    {
      name: "db-below-server",
      comment:
        "The schema and seed import only the core's vocabulary, never the data or tRPC layers. The client reads " +
        "DATABASE_PATH through server/env.ts, which imports nothing of ours.",
      severity: "error",
      from: { path: "^db/", pathNot: "\\.test\\.ts$" },
      to: { path: "^(app|components|lib|server/(?!core/|env\\.ts$))" },
    },
    {
      name: "env-is-a-leaf",
      comment:
        "server/env.ts sits below every layer that reads settings (db included), so it imports nothing of ours.",
      severity: "error",
      from: { path: "^server/env\\.ts$" },
      to: { path: "^(app|components|lib|db|scripts|proof|e2e|server)/" },
    },
    {
      name: "no-circular",
      comment:
        "Import cycles make layering meaningless and load order fragile. A cycle that needs a type-only import to " +
        "close is erased at run time, so only cycles of value imports count (the first edge alone was checked before).",
      severity: "error",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|\\.next|test-results|playwright-report)" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
    },
  },
};
