/**
 * `npm run build`: runs the pipeline stages in order (ingest → graph → astro build → search index)
 * and prints the wall time of each. Options and environment:
 *   --seeds DIR     dumps folder (env SEEDS_DIR, default seeds/)
 *   --content DIR   generated collections (env CONTENT_DIR, default content/)
 *   --out DIR       site output (default dist/)
 *   --capture-year YYYY, --strict   passed to ingest (env CAPTURE_YEAR)
 *   --jobs N|auto   Astro processes that render the pages in parallel (env BUILD_JOBS, default
 *                   auto: see renderJobs in src/lib/build-jobs.ts)
 *   --force         recompute the graph and write every entity file, reusing nothing from the
 *                   last build (Astro's page cache still applies; INCREMENTAL_BUILD=0 turns it off)
 * BASE_PATH and SITE_URL are read by astro.config.mjs.
 *
 * The site is built into a temporary sibling folder and swapped into place only when every
 * stage succeeded, so a failed build leaves the previous output intact for the deploy step.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { availableParallelism, totalmem } from "node:os";
import { join, relative, resolve } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { jobMemory, parseJobs, renderJobs, type JobsContext } from "../src/lib/build-jobs.ts";
import { astroCacheDir, contentDir, seedsDir } from "../src/lib/config.ts";
import { commitPendingKeys } from "../src/lib/entity-files/reuse.ts";
import { mergeShardOutputs } from "../src/lib/shard-merge.ts";

const { values } = parseArgs({
  options: {
    seeds: { type: "string" },
    content: { type: "string" },
    out: { type: "string", default: "dist" },
    "capture-year": { type: "string" },
    strict: { type: "boolean", default: false },
    jobs: { type: "string" },
    force: { type: "boolean", default: false },
  },
});

const seeds = values.seeds ?? seedsDir();
const content = values.content ?? contentDir();
const captureYear = values["capture-year"] ?? process.env["CAPTURE_YEAR"];
const out = resolve(values.out);
const staging = `${out}.building`;
// PREVIOUS_OUTPUT: the entity files of unchanged entities are linked from the output this build
// replaces (src/lib/entity-files/reuse.ts); --force writes them all.
const env = { ...process.env, SEEDS_DIR: seeds, CONTENT_DIR: content, PREVIOUS_OUTPUT: values.force || !existsSync(out) ? "" : out };
const outsideProject = relative(process.cwd(), staging).startsWith("..");
// Memory this build may use: the machine's, or a container's lower limit (cgroup).
const constrained = process.constrainedMemory();
const machine = { cores: availableParallelism(), memory: constrained > 0 && constrained < totalmem() ? constrained : totalmem() };
let jobsSetting: ReturnType<typeof parseJobs>;
try {
  jobsSetting = parseJobs(values.jobs ?? process.env["BUILD_JOBS"]);
  // An explicit count that cannot work fails now, not after ingest and graph.
  renderJobs(jobsSetting, { entities: 0, ...machine, outsideProject });
} catch (error) {
  console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
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

const ingest: Stage = {
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
};
// Slices and explorer data into <content>/graph/ (scripts/graph.ts); astro build copies them.
const graph: Stage = { name: "graph", args: ["scripts/graph.ts", "--content", content, ...(values.force ? ["--force"] : [])], nodeFlags: HEAVY_STAGE_FLAGS };
/** `astro build` into `outDir`; SEARCH_INDEX=separate: Pagefind runs in the search stage, after the Astro process has exited. */
const astroBuild = (outDir: string, extraEnv: Record<string, string> = {}): Stage => ({
  name: "astro build",
  args: ["node_modules/astro/bin/astro.mjs", "build", "--outDir", outDir],
  nodeFlags: HEAVY_STAGE_FLAGS,
  env: { SEARCH_INDEX: "separate", ...extraEnv },
});
const searchIndex: Stage = { name: "search index", args: ["scripts/search-index.ts", "--site", staging] };

const timings: Array<[string, number]> = [];
await timed("ingest", () => runStage(ingest));
await timed("graph", () => runStage(graph));
const entities = ["researchers", "papers"].reduce((sum, folder) => sum + readdirSync(join(content, folder)).length, 0);
const jobsContext: JobsContext = { entities, ...machine, outsideProject };
const jobs = renderJobs(jobsSetting, jobsContext);
const jobsWithoutMemoryLimit = renderJobs(jobsSetting, { ...jobsContext, memory: Infinity });
if (jobs < jobsWithoutMemoryLimit) {
  const gb = (bytes: number) => `${(bytes / 1e9).toFixed(1)} GB`;
  console.log(`\nrendering in ${jobs} job${jobs === 1 ? "" : "s"}: ${jobsWithoutMemoryLimit} would need about ${gb(jobsWithoutMemoryLimit * jobMemory(entities))} of this machine's ${gb(machine.memory)} (--jobs N overrides)`);
}
const cacheRoot = astroCacheDir();
/** Each render job's own cache folder (content layer, page cache, entity-file keys). */
const jobCache = (k: number) => join(cacheRoot, `job-${k}-of-${jobs}`);
if (jobs === 1) {
  await timed("astro build", () => runStage(astroBuild(staging)));
} else {
  await timed("astro build", () => renderInJobs(jobs), ` (${jobs} render jobs)`);
}
await timed("search index", () => runStage(searchIndex));
swapIntoPlace(staging, out);
// Only now do the entity-file keys describe the output in place (reuse.ts).
for (const cacheDir of jobs === 1 ? [cacheRoot] : Array.from({ length: jobs }, (_, i) => jobCache(i + 1))) commitPendingKeys(cacheDir, out);
console.log("\nBuild complete:");
for (const [name, ms] of timings) console.log(`  ${name.padEnd(14)} ${(ms / 1000).toFixed(1)} s`);
console.log(`  site           ${values.out}/`);

/** Runs one stage and records its wall time; `note` is printed after the stage marker. */
async function timed(name: string, body: () => Promise<void>, note = ""): Promise<void> {
  const started = performance.now();
  console.log(`\n▶ ${name}${note}`);
  await body();
  timings.push([name, performance.now() - started]);
}

/** Runs a stage's process with inherited output; exits the build when it fails. */
async function runStage(stage: Stage): Promise<void> {
  const status = await runProcess(stage, "inherit");
  if (status !== 0) failBuild(stage.name, status);
}

/**
 * Renders the pages in `jobs` Astro processes at once, one shard each (SHARD=k/jobs, src/lib/shard.ts),
 * then moves their folders into the staging folder. Astro renders on one thread, so on a
 * machine with cores to spare this is what uses them; every job holds the whole corpus, which is
 * why renderJobs caps the count. Each job keeps its own content layer cache (two processes must
 * not write one data store), and the merged site is indexed once (SEARCH_BUNDLES=one).
 */
async function renderInJobs(jobs: number): Promise<void> {
  const jobDir = (k: number) => `${staging}.job-${k}`;
  const ks = Array.from({ length: jobs }, (_, i) => i + 1);
  for (const k of ks) rmSync(jobDir(k), { recursive: true, force: true });
  const statuses = await Promise.all(ks.map((k) =>
    runProcess(astroBuild(jobDir(k), { SHARD: `${k}/${jobs}`, SEARCH_BUNDLES: "one", ASTRO_CACHE_DIR: jobCache(k) }), `[job ${k}/${jobs}] `),
  ));
  const failed = statuses.findIndex((status) => status !== 0);
  if (failed >= 0) {
    for (const k of ks) rmSync(jobDir(k), { recursive: true, force: true });
    failBuild(`astro build, job ${failed + 1}/${jobs}`, statuses[failed] ?? null);
  }
  const started = performance.now();
  mergeShardOutputs(ks.map(jobDir), staging, "move");
  console.log(`merged ${jobs} render jobs into ${staging} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Spawns a stage's process; its output is inherited, or prefixed line by line (parallel jobs). Resolves to the exit status. */
function runProcess(stage: Stage, output: "inherit" | string): Promise<number | null> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [...(stage.nodeFlags ?? []), ...stage.args], {
      env: { ...env, ...stage.env },
      stdio: output === "inherit" ? "inherit" : ["ignore", "pipe", "pipe"],
    });
    if (output !== "inherit") {
      for (const [stream, sink] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
        if (stream) createInterface({ input: stream }).on("line", (line) => sink.write(`${output}${line}\n`));
      }
    }
    child.on("error", (error) => {
      console.error(`could not start ${stage.name}: ${error.message}`);
      done(null);
    });
    child.on("close", (status, signal) => done(status ?? (signal ? null : 0)));
  });
}

function failBuild(stageName: string, status: number | null): never {
  rmSync(staging, { recursive: true, force: true });
  const kept = existsSync(out) ? `the previous site in ${values.out}/ is unchanged` : `no site was written`;
  console.error(`\n✖ build failed in stage "${stageName}" (exit ${status ?? "by signal"}); ${kept}. See the output above.`);
  process.exit(status ?? 1);
}

/**
 * Replaces `target` with `fresh` using renames, so the old output is never half-deleted. The old
 * output is then deleted by a detached process: at 800k files that takes minutes (about a minute
 * for 300k on this machine's disk) and the new site is complete already. A leftover
 * `<out>.previous/` (an interrupted deletion) is removed first, by the next build.
 */
function swapIntoPlace(fresh: string, target: string): void {
  const previous = `${target}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(fresh, target);
  if (!existsSync(previous)) return;
  const remover = spawn(process.execPath, ["-e", "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })", previous], { detached: true, stdio: "ignore" });
  remover.unref();
  console.log(`\nthe previous output is being removed in the background (${previous})`);
}
