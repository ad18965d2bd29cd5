import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["**/*.test.ts"],
    // Suites that need the production server run separately: `npm run test:server` (vitest.server.config.ts).
    exclude: ["node_modules/**", ".next*/**", "e2e/**", "**/*.server.test.ts", "**/*.pg.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
