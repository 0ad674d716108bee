/**
 * `npm run build`: runs the pipeline stages in order (ingest → graph → astro build → search index)
 * and prints the wall time of each. Options and environment:
 *   --seeds DIR     dumps folder (env SEEDS_DIR, default seeds/)
 *   --content DIR   generated collections (env CONTENT_DIR, default content/)
 *   --out DIR       site output (default dist/)
 *   --capture-year YYYY, --strict   passed to ingest (env CAPTURE_YEAR)
 * BASE_PATH and SITE_URL are read by astro.config.mjs.
 *
 * The site is built into a temporary sibling folder and swapped into place only when every
 * stage succeeded, so a failed build leaves the previous output intact for the deploy step.
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { contentDir, seedsDir } from "../src/lib/config.ts";

const { values } = parseArgs({
  options: {
    seeds: { type: "string" },
    content: { type: "string" },
    out: { type: "string", default: "dist" },
    "capture-year": { type: "string" },
    strict: { type: "boolean", default: false },
  },
});

const seeds = values.seeds ?? seedsDir();
const content = values.content ?? contentDir();
const captureYear = values["capture-year"] ?? process.env["CAPTURE_YEAR"];
const out = resolve(values.out);
const staging = `${out}.building`;
const env = { ...process.env, SEEDS_DIR: seeds, CONTENT_DIR: content };
rmSync(staging, { recursive: true, force: true });

/** One pipeline stage: a name and the command that runs it. */
interface Stage {
  name: string;
  args: string[];
  /** Extra node flags for the stage's process. */
  nodeFlags?: string[];
  /** Extra environment for the stage's process. */
  env?: Record<string, string>;
}

/**
 * Node flags of the allocation-heavy stages (graph, astro build). A 64 MB young generation means
 * fewer scavenges while pages are rendered (astro build: 42.9 → 37.4 s user CPU on a 5k-entity
 * corpus, README "Performance"); a 6 GB old generation lets a 150k-page build hold its data store
 * without hitting V8's default limit while staying under the 8 GB RSS budget (issue 7).
 */
const HEAVY_STAGE_FLAGS = ["--max-semi-space-size=64", "--max-old-space-size=6144"];

const stages: Stage[] = [
  {
    name: "ingest",
    args: [
      "scripts/ingest.ts",
      "--seeds", seeds,
      "--out", content,
      ...(captureYear ? ["--capture-year", captureYear] : []),
      ...(values.strict ? ["--strict"] : []),
    ],
    // Resolution allocates many short-lived strings: a larger young generation cut GC enough to
    // take a 40k-paper corpus from 15.7k to 20.5k papers/s (scripts/bench-ingest.ts, README Ingest).
    nodeFlags: ["--max-semi-space-size=64"],
  },
  // Slices and explorer data into <content>/graph/ (scripts/graph.ts); astro build copies them.
  { name: "graph", args: ["scripts/graph.ts", "--content", content], nodeFlags: HEAVY_STAGE_FLAGS },
  // SEARCH_INDEX=separate: Pagefind runs in the next stage, after the Astro process has exited.
  { name: "astro build", args: ["node_modules/astro/bin/astro.mjs", "build", "--outDir", staging], nodeFlags: HEAVY_STAGE_FLAGS, env: { SEARCH_INDEX: "separate" } },
  { name: "search index", args: ["scripts/search-index.ts", "--site", staging] },
];

const timings: Array<[string, number]> = [];
for (const stage of stages) {
  const started = performance.now();
  console.log(`\n▶ ${stage.name}`);
  const result = spawnSync(process.execPath, [...(stage.nodeFlags ?? []), ...stage.args], { stdio: "inherit", env: { ...env, ...stage.env } });
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    const kept = existsSync(out) ? `the previous site in ${values.out}/ is unchanged` : `no site was written`;
    console.error(`\n✖ build failed in stage "${stage.name}" (exit ${result.status ?? result.signal}); ${kept}. See the output above.`);
    process.exit(result.status ?? 1);
  }
  timings.push([stage.name, performance.now() - started]);
}
swapIntoPlace(staging, out);
console.log("\nBuild complete:");
for (const [name, ms] of timings) console.log(`  ${name.padEnd(14)} ${(ms / 1000).toFixed(1)} s`);
console.log(`  site           ${values.out}/`);

/** Replaces `target` with `fresh` using renames, so the old output is never half-deleted. */
function swapIntoPlace(fresh: string, target: string): void {
  const previous = `${target}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(fresh, target);
  rmSync(previous, { recursive: true, force: true });
}
