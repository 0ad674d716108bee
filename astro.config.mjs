// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { astroCacheDir, basePath, buildShard, contentDir, incrementalBuild, renderConcurrency, searchIndexDeferred, searchIndexSettings, siteUrl } from "./src/lib/config.ts";
import { searchBundleDir } from "./src/lib/shard.ts";
import { shardPages, shardSitemapFilter } from "./src/integrations/shard.ts";
import { pagefindIndexer } from "./src/integrations/pagefind.ts";
import { graphData } from "./src/integrations/graph.ts";
import { headersFile } from "./src/integrations/headers.ts";
import { embedScript } from "./src/integrations/embed-script.ts";
import { entityFiles } from "./src/integrations/entity-files.ts";
import { EMBED_HEADER_RULES } from "./src/lib/embed/headers.ts";

// SHARD=k/n builds only shard k's pages, sitemap and search bundle (README, "Scaling out").
const shard = buildShard();

// A page cache in Astro's cache folder (incremental-build.json) means this build mostly restores pages.
const cacheDir = astroCacheDir();

// SITE_URL and BASE_PATH decide the absolute origin and the sub-path (see README, Deploying).
export default defineConfig({
  site: siteUrl(),
  base: basePath(),
  trailingSlash: "always",
  // Stylesheets as files, never inlined: Astro inlined the graph's 5 KB into each of the ~80k
  // entity pages of a large directory (HTML written, read by Pagefind and downloaded each time)
  // where a file is fetched once and cached (README, "Performance").
  // Restoring cached pages goes several at a time (renderConcurrency in src/lib/config.ts).
  build: { format: "directory", inlineStylesheets: "never", concurrency: renderConcurrency(existsSync(join(cacheDir, "incremental-build.json"))) },
  // pagefindIndexer runs last on astro:build:done so it indexes the final HTML (issue 4), unless
  // SEARCH_INDEX=separate leaves it to scripts/search-index.ts (npm run build does).
  // sitemap lists every HTML page under site+base; headersFile writes _headers (README, Deploying).
  // embedScript bundles /embed.js, the <researcher-card> web component (issue 6).
  // graphData publishes the graph stage output (<content>/graph/) under <base>graph/ (issue 5).
  // entityFiles writes each entity's feed, citations, badges, /api/ and /oembed/ JSON as plain
  // files instead of Astro routes (README, "Performance"); a shard writes only its own.
  integrations: [
    mdx(),
    ...(shard ? [shardPages(shard, contentDir(), basePath())] : []),
    graphData(`${contentDir()}/graph`, basePath()),
    entityFiles(contentDir(), { site: siteUrl(), base: basePath() }, shard),
    sitemap(shard ? { filenameBase: `sitemap-shard-${shard.index}`, filter: shardSitemapFilter(shard, contentDir(), basePath()) } : {}),
    headersFile(EMBED_HEADER_RULES),
    embedScript(),
    pagefindIndexer({ ...searchIndexSettings(), bundleDir: searchBundleDir(shard), deferred: searchIndexDeferred() }),
  ],
  // Fonts (KaTeX's) stay files: inlined as data: URIs they would be blocked by the
  // Content-Security-Policy's `font-src 'self'` in _headers.
  // Researcher and paper pages carry a cacheKey (src/lib/page-keys.ts): a rebuild copies the
  // unchanged ones from the last build's cache (<cacheDir>/dist/) instead of rendering them.
  // INCREMENTAL_BUILD=0 turns it off (README, "Performance").
  experimental: { incrementalBuild: incrementalBuild() },
  // The dev server watches the project: not the benchmark's and the fixture sites' outputs (a
  // --profiles 20000 run leaves ~1M files there, past the system's file-watcher limit).
  vite: {
    build: { assetsInlineLimit: (file) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined) },
    server: { watch: { ignored: ["**/bench/out/**", "**/tests/.sites/**"] } },
  },
  // Fixture builds in tests use their own cache so they never share content-layer state.
  ...(process.env["ASTRO_CACHE_DIR"] ? { cacheDir } : {}),
});
