/**
 * `node scripts/bench-search.ts [--dist DIR] [--base /atlas/] [--query TEXT]…`: serves a built
 * site (gzip on, as a CDN would) and prints what a cold first search downloads, per file and in
 * total. Issue 4 budgets ≤ 150 KB on the default corpus; issue 7 ≤ 300 KB at 100k pages.
 * Prints figures only; it never fails on a budget (benchmarks are not tests).
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { basePath } from "../src/lib/config.ts";
import { hasChromium, launchChromium } from "../tests/support/browser.ts";
import { formatPayload, measureColdSearch } from "../tests/support/search-payload.ts";

const { values } = parseArgs({
  options: {
    dist: { type: "string", default: "dist" },
    base: { type: "string" },
    query: { type: "string", multiple: true },
  },
});

const dist = resolve(values.dist);
const base = basePath({ BASE_PATH: values.base ?? process.env["BASE_PATH"] ?? "/" });
// Common words hit many pages (large index chunks, many fragments); a name hits few.
const queries = values.query ?? ["model", "graph neural network", "Yongji Wu"];

if (!existsSync(resolve(dist, "pagefind/pagefind.js"))) {
  console.error(`${dist}/pagefind/pagefind.js not found: build the site first (npm run build, or --dist DIR)`);
  process.exit(1);
}
if (!hasChromium()) process.exit(1);

const browser = await launchChromium();
try {
  for (const query of queries) {
    // Each query runs in a fresh browser context: nothing cached from the previous one.
    const payload = await measureColdSearch(browser, dist, base, query);
    console.log(formatPayload(payload));
    console.log("");
  }
} finally {
  await browser.close();
}
