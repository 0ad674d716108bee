/**
 * Measures what a visitor downloads for a cold first search: a fresh browser profile opens
 * `/search/`, types one query and waits for the first result (or for "No results"). Used by the browser test
 * (budget: ≤ 150 KB on the default corpus, issue 4) and by `scripts/bench-search.ts` (issue 7).
 *
 * Bytes are counted twice: by the browser (Playwright's `request.sizes()`, body bytes as
 * received) and by the server (body bytes it sent, gzip applied as a CDN would). They must
 * agree; the server figure also covers requests a web worker makes.
 */
import type { Browser } from "playwright-core";
import { serveDist, type ServedResponse } from "./serve.ts";

/** One downloaded file of the measured search. */
export interface PayloadEntry {
  /** Path relative to the site root (`pagefind/pagefind.js`). */
  path: string;
  /** Body bytes on the wire. */
  bytes: number;
  /** Body bytes before compression. */
  rawBytes: number;
}

/** What a cold first query downloaded. */
export interface SearchPayload {
  /** The query typed. */
  query: string;
  /** Pagefind bundle requests and the search UI's own scripts/styles, in request order. */
  search: PayloadEntry[];
  /** Sum of `search` bytes on the wire. */
  searchBytes: number;
  /** Everything else the page loaded (HTML, site CSS), for context. */
  page: PayloadEntry[];
  /** Bytes the browser itself reported for search requests it saw (worker requests may be missing). */
  browserSearchBytes: number;
  /** Number of results the search found (the page's summary line). */
  results: number;
}

/** True for requests that exist only because of search (Pagefind bundle, search page scripts). */
function isSearchRequest(path: string): boolean {
  // pagefind-shard-k/: the other shards' bundles a sharded build merges (src/lib/shard.ts).
  return path.startsWith("pagefind/") || /^pagefind-shard-\d+\//.test(path) || /^_astro\/.*search.*\.(js|css)$/i.test(path);
}

/**
 * Serves `dist` under `basePath` with gzip and measures a cold first query for `query` in a new
 * browser context (empty cache). Resolves once the first result is rendered.
 */
export async function measureColdSearch(browser: Browser, dist: string, basePath: string, query: string): Promise<SearchPayload> {
  const served: ServedResponse[] = [];
  const server = await serveDist(dist, basePath, { compress: true, onResponse: (response) => served.push(response) });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    let browserSearchBytes = 0;
    const sizes: Array<Promise<void>> = [];
    page.on("requestfinished", (request) => {
      const path = new URL(request.url()).pathname.slice(basePath.length);
      if (!isSearchRequest(path)) return;
      sizes.push(request.sizes().then((size) => void (browserSearchBytes += size.responseBodySize)));
    });
    await page.goto(`${server.url}search/`);
    await page.locator("[data-search-input]").fill(query);
    const firstResult = page.locator(".search-result-link").first();
    await firstResult.or(page.locator("[data-search-summary]").getByText(/No results/i)).waitFor({ timeout: 120_000 });
    // Let lazy result fragments that were requested finish before counting.
    await page.waitForLoadState("networkidle");
    await Promise.all(sizes);
    // The summary counts every result ("27,548 results for model"); the list shows the first ten.
    const summary = (await page.locator("[data-search-summary]").textContent()) ?? "";
    const results = Number(/^([\d,]+) results?/.exec(summary)?.[1]?.replaceAll(",", "") ?? 0);
    const entries = served.map((response) => ({
      path: response.path.slice(basePath.length),
      bytes: response.bytes,
      rawBytes: response.rawBytes,
    }));
    const search = entries.filter((entry) => isSearchRequest(entry.path));
    return {
      query,
      search,
      searchBytes: search.reduce((sum, entry) => sum + entry.bytes, 0),
      page: entries.filter((entry) => !isSearchRequest(entry.path)),
      browserSearchBytes,
      results,
    };
  } finally {
    await context.close();
    await server.close();
  }
}

/** A readable table of a measured payload, largest files first. */
export function formatPayload(payload: SearchPayload): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const lines = [`cold first query "${payload.query}": ${payload.results} results`];
  for (const entry of [...payload.search].sort((a, b) => b.bytes - a.bytes)) {
    lines.push(`  ${kb(entry.bytes).padStart(9)}  (${kb(entry.rawBytes).padStart(9)} raw)  ${entry.path}`);
  }
  const raw = payload.search.reduce((sum, entry) => sum + entry.rawBytes, 0);
  lines.push(`  search total: ${kb(payload.searchBytes)} transferred (${kb(raw)} uncompressed) in ${payload.search.length} requests`);
  const pageBytes = payload.page.reduce((sum, entry) => sum + entry.bytes, 0);
  lines.push(`  page itself (HTML, site CSS): ${kb(pageBytes)} in ${payload.page.length} requests (not search payload)`);
  return lines.join("\n");
}
