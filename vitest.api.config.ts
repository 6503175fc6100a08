import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

/** API tests over HTTP: a global setup starts the production build on a free port. */
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["test/api/**/*.test.ts"],
    globalSetup: ["test/api/server.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
