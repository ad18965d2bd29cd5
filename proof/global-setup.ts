/** Builds the app once before the server-level suites, if the build is missing or stale. */
import { distDir, ensureBuild } from "./prod-server";

export default function setup() {
  const started = Date.now();
  if (ensureBuild()) console.log(`Built ${distDir()} in ${Math.round((Date.now() - started) / 1000)} s.`);
}
