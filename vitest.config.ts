import { defineConfig } from "vitest/config";

// Kinds of tests: pure logic (unit), assertions on built HTML (site), Chromium (e2e, lighthouse).
// The fixture sites are built once by the global setup; `npm run test:unit` skips them.
export default defineConfig({
  test: {
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      { extends: true, test: { name: "site", include: ["tests/site/**/*.test.ts"] } },
      {
        extends: true,
        test: { name: "e2e", include: ["tests/e2e/**/*.test.ts"], exclude: ["tests/e2e/lighthouse.test.ts"], fileParallelism: false },
      },
      // Lighthouse measures performance from a CPU trace, so `npm test` runs it alone, after the
      // other projects, on an otherwise idle machine.
      { extends: true, test: { name: "lighthouse", include: ["tests/e2e/lighthouse.test.ts"] } },
    ],
  },
});
