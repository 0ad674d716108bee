/**
 * `node scripts/search-index.ts --site DIR`: the search stage of `npm run build`. Builds the
 * Pagefind bundle of a site that `astro build` wrote with `SEARCH_INDEX=separate`, in its own
 * process, so the Astro process and its corpus are gone while Pagefind holds every page. Reads
 * the same settings as the build (SEARCH_MAX_FRAGMENTS, SEARCH_INDEX_CHUNK_SIZE, SHARD); the
 * indexing itself is src/integrations/pagefind.ts's `buildSearchIndex`, which fails on any error.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildSearchIndex } from "../src/integrations/pagefind.ts";
import { buildShard, searchIndexSettings } from "../src/lib/config.ts";
import { searchBundleDir } from "../src/lib/shard.ts";

const { values } = parseArgs({ options: { site: { type: "string", default: "dist" } } });
const site = resolve(values.site);
if (!existsSync(site)) {
  console.error(`search-index: ${site} does not exist; build the site first (astro build), or pass --site DIR`);
  process.exit(2);
}
try {
  await buildSearchIndex(site, { ...searchIndexSettings(), bundleDir: searchBundleDir(buildShard()) }, {
    info: (message) => console.log(`[pagefind] ${message}`),
    error: (message) => console.error(`[pagefind] ${message}`),
  });
} catch (error) {
  console.error(`search-index: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
