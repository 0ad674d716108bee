import { defineConfig } from "vitest/config";

// Three kinds of tests: pure logic (unit), assertions on built HTML (site), Chromium (e2e).
// The fixture sites are built once by the global setup; `npm run test:unit` skips them.
export default defineConfig({
  test: {
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      { extends: true, test: { name: "site", include: ["tests/site/**/*.test.ts"] } },
      { extends: true, test: { name: "e2e", include: ["tests/e2e/**/*.test.ts"], fileParallelism: false } },
    ],
  },
});
