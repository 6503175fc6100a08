import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // Participants' data must never reach a log (issue 5).
      "no-console": "error",
      // `_why`: the sentence that names an it.each row, unused in the body by design.
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["scripts/**", "test/**"],
    // Tests read arbitrary JSON answers; scripts print their figures.
    rules: { "no-console": "off", "@typescript-eslint/no-explicit-any": "off" },
  },
  globalIgnores([".bench/**", ".next/**", ".next-*/**", "out/**", "build/**", "coverage/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
