// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { basePath, siteUrl } from "./src/lib/config.ts";

// SITE_URL and BASE_PATH decide the absolute origin and the sub-path (see README, Deploying).
export default defineConfig({
  site: siteUrl(),
  base: basePath(),
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [mdx()],
  // Fixture builds in tests use their own cache so they never share content-layer state.
  ...(process.env["ASTRO_CACHE_DIR"] ? { cacheDir: process.env["ASTRO_CACHE_DIR"] } : {}),
});
