import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Server-level suites (`npm run test:server`): each starts the production server from the build
 * (durability, security headers and cookies, cross-site requests, rate limits over HTTP, scenario
 * files). The global setup builds first if the build is missing or older than the source.
 */
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["**/*.server.test.ts"],
    exclude: ["node_modules/**", ".next*/**", "e2e/**"],
    environment: "node",
    globalSetup: ["./proof/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
