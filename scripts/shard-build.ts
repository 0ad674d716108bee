/**
 * `node scripts/shard-build.ts --shards N [--seeds DIR] [--content DIR] [--out DIR] [--query TEXT]…`
 *   [--reuse-content]  skip ingest and graph (the content folder came from an earlier job)
 *   [--merge-only]     only merge existing `<out>.shard-k/` folders
 * Builds the site as N shards and merges them, the way N CI jobs would (README, "Scaling out"):
 * ingest and graph once, then `SHARD=k/N astro build` per shard into `<out>.shard-k/`, then one
 * merged folder `<out>/` where shard 1's search page merges the other shards' Pagefind bundles.
 * In CI, run the shard builds as a matrix and this script's merge step (--merge-only) after.
 * Prints pages per shard and, when Chromium is available, what a search for each --query finds.
 */
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { contentDir, seedsDir } from "../src/lib/config.ts";
import { countFiles, mergeShardOutputs } from "../src/lib/shard-merge.ts";

const { values } = parseArgs({
  options: {
    shards: { type: "string", default: "2" },
    seeds: { type: "string" },
    content: { type: "string" },
    out: { type: "string", default: "bench/out/shards/dist" },
    "merge-only": { type: "boolean", default: false },
    "reuse-content": { type: "boolean", default: false },
    query: { type: "string", multiple: true },
  },
});
const count = Number(values.shards);
if (!Number.isInteger(count) || count < 1) fail(`--shards ${values.shards}: give a whole number ≥ 1`);
const out = resolve(values.out);
// Astro puts its server build in <cwd>/.astro/ when outDir is outside the project: keep it inside.
if (relative(process.cwd(), out).startsWith("..")) fail(`--out ${values.out}: use a folder inside the project`);
const seeds = values.seeds ?? seedsDir();
const content = values.content ?? contentDir();
const env = { ...process.env, SEEDS_DIR: seeds, CONTENT_DIR: content };
const shardDir = (k: number) => `${out}.shard-${k}`;

if (!values["merge-only"]) {
  if (!values["reuse-content"]) {
    run("ingest", ["scripts/ingest.ts", "--seeds", seeds, "--out", content], env);
    run("graph", ["scripts/graph.ts", "--content", content], env);
  }
  for (let k = 1; k <= count; k++) {
    rmSync(shardDir(k), { recursive: true, force: true });
    run(`shard ${k}/${count}`, ["node_modules/astro/bin/astro.mjs", "build", "--outDir", shardDir(k)], { ...env, SHARD: `${k}/${count}` });
  }
}

// Merge (src/lib/shard-merge.ts): files that several shards write must be identical.
rmSync(out, { recursive: true, force: true });
const shardDirs = Array.from({ length: count }, (_, i) => shardDir(i + 1));
const pagesPerShard = shardDirs.map((dir) => (existsSync(dir) ? countFiles(dir, (path) => path.endsWith("index.html")) : 0));
try {
  mergeShardOutputs(shardDirs, out, "copy");
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)} (SHARD=k/${count} builds shard k)`);
}
console.log(`\nmerged ${count} shards into ${relative(".", out)}/: ${pagesPerShard.map((n, i) => `shard ${i + 1} ${n} pages`).join(", ")}`);

if (values.query?.length) {
  const { hasChromium, launchChromium } = await import("../tests/support/browser.ts");
  const { measureColdSearch } = await import("../tests/support/search-payload.ts");
  if (hasChromium()) {
    const browser = await launchChromium();
    try {
      for (const query of values.query) {
        const payload = await measureColdSearch(browser, out, "/", query);
        const bundles = [...new Set(payload.search.map((entry) => entry.path.split("/")[0]))].join(", ");
        console.log(`search "${query}": ${payload.results} results, ${(payload.searchBytes / 1024).toFixed(1)} KB from ${bundles}`);
      }
    } finally {
      await browser.close();
    }
  }
}

function run(name: string, args: string[], environment: NodeJS.ProcessEnv): void {
  console.log(`\n▶ ${name}`);
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env: environment });
  if (result.status !== 0) fail(`stage "${name}" failed (exit ${result.status ?? result.signal}); see the output above`);
  console.log(`  ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function fail(message: string): never {
  console.error(`shard-build: ${message}`);
  process.exit(1);
}
