import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["test/unit/**/*.test.ts", "test/property/**/*.test.ts"],
    environment: "node",
    coverage: {
      provider: "v8",
      include: ["lib/**/*.ts"],
      // Worker threads run the production build's bundle: the API tests drive them over HTTP
      // (test/api/batch.test.ts), which in-process coverage cannot see.
      exclude: ["lib/api/batch-pool.ts", "lib/api/batch-worker.ts"],
      thresholds: { lines: 95 },
    },
  },
});
