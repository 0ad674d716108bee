/**
 * `npm run bench -- --profiles N [options]`: generates N profile dumps from the arXiv dataset,
 * builds them with `node scripts/build.ts` exactly as a user would (cold cache), and reports per
 * stage (ingest, graph, astro setup, render, integrations, pagefind, total): wall time, CPU time,
 * pages/s and peak RSS of the whole process tree; output size and file count, HTML bytes per
 * page, slice sizes, the cold first-query search payload, the stack ceiling ratio and the time
 * of a rebuild after one dump changed. Writes `<out>/report.json` and `<out>/report.md`.
 *
 *   --profiles N        profile dumps to generate (default 300)
 *   --multiplier M      copies of the selected profiles (default: as many as N needs past the
 *                       real authors; copies get their own names and titles)
 *   --min-papers K      only authors with ≥ K papers own a dump (default 1)
 *   --out DIR           run folder, inside the project (default bench/out/p<N>)
 *   --dataset FILE      default ../shared/datasets/arxiv-cs-2025.jsonl.gz
 *   --no-ceiling, --no-search, --no-rebuild   skip those measurements
 *   --query TEXT        search queries (repeatable)
 *
 * Figures only: a benchmark never fails on a budget. Logic lives in src/lib/bench/.
 */
import { spawn } from "node:child_process";
import { cpus, freemem, loadavg, totalmem } from "node:os";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import { generateCorpus, selectOwners, type ArxivRecord } from "../src/lib/corpus/generate.ts";
import { seededRandom } from "../src/lib/corpus/random.ts";
import { splitBuildPhases, STAGES, type BuildPhases, type TimedLine } from "../src/lib/bench/phases.ts";
import { parseProcStat, processTree, TreeSampler, type ProcStat } from "../src/lib/bench/proc.ts";
import { ceilingProject, formatReport, renderedFileCount, summariseOutput, type BenchReport, type OutputFile, type StageFigures } from "../src/lib/bench/report.ts";

const { values } = parseArgs({
  options: {
    profiles: { type: "string", default: "300" },
    multiplier: { type: "string" },
    "min-papers": { type: "string", default: "1" },
    out: { type: "string" },
    dataset: { type: "string", default: "../shared/datasets/arxiv-cs-2025.jsonl.gz" },
    "no-ceiling": { type: "boolean", default: false },
    "no-search": { type: "boolean", default: false },
    "no-rebuild": { type: "boolean", default: false },
    query: { type: "string", multiple: true },
  },
});

const profiles = Number(values.profiles);
if (!Number.isInteger(profiles) || profiles < 1) fail(`--profiles ${values.profiles}: give a positive whole number, e.g. --profiles 1000`);
const minPapers = Number(values["min-papers"]);
const runDir = resolve(values.out ?? `bench/out/p${profiles}`);
// Astro writes its server build to <cwd>/.astro/ when outDir is outside the project, and two
// such builds at once overwrite each other's chunks: keep the run inside the project.
if (relative(process.cwd(), runDir).startsWith("..")) fail(`--out ${values.out}: use a folder inside the project (bench/out/ is gitignored), Astro needs the output inside its working directory`);
const dataset = resolve(values.dataset);
if (!existsSync(dataset)) fail(`${dataset} not found: pass --dataset FILE (arXiv records as gzipped JSON lines, see ../shared/datasets/README.md)`);

const seeds = join(runDir, "seeds");
const content = join(runDir, "content");
const dist = join(runDir, "dist");
const cache = join(runDir, "cache");
const notes: string[] = [];

// 1. Corpus.
console.log(`bench: generating ${profiles} profile dumps from ${relative(".", dataset)}…`);
const records: ArxivRecord[] = gunzipSync(readFileSync(dataset)).toString("utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as ArxivRecord);
const available = selectOwners(records, minPapers, seededRandom(1)).length;
const multiplier = values.multiplier ? Number(values.multiplier) : Math.max(1, Math.ceil(profiles / available));
const corpus = generateCorpus(records, { profiles: Math.ceil(profiles / multiplier), multiplier, minPapers, order: "prolific" });
const dumps = corpus.dumps.slice(0, profiles);
rmSync(runDir, { recursive: true, force: true });
mkdirSync(seeds, { recursive: true });
let dumpBytes = 0;
for (const dump of dumps) {
  writeFileSync(join(seeds, dump.file), dump.text);
  dumpBytes += Buffer.byteLength(dump.text);
}
console.log(`bench: ${dumps.length} dumps (${(dumpBytes / 1024 / 1024).toFixed(1)} MB, ×${multiplier}) in ${relative(".", seeds)}/`);

// 2. Cold build, then 3. the output.
const buildArgs = ["scripts/build.ts", "--seeds", seeds, "--content", content, "--out", dist, "--capture-year", String(corpus.captureYear)];
const cold = await runMeasured(process.execPath, buildArgs, { cwd: process.cwd(), env: { ASTRO_CACHE_DIR: cache }, label: "build" });
if (cold.code !== 0) fail(`the build failed (exit ${cold.code}); its output is above`);
const output = summariseOutput(listFiles(dist));
const pages = output.htmlFiles;
const totals = readJson<{ totals?: { papers: number; researchers: number } }>(join(content, "ingest-report.json"))?.totals;
const sliceSummary = readJson<{ slices: number; sliceBytes: { median: number; max: number; total: number } }>(join(content, "graph", "summary.json"));

// 4. Search payload.
let search: BenchReport["search"] = null;
if (!values["no-search"]) search = await measureSearch(dist, values.query ?? ["model", "graph neural network", dumps[0] ? ownerOf(dumps[0].text) : "learning"]);

// 5. Stack ceiling: the same number of pages from a bare one-line template, same node_modules.
let ceiling: BenchReport["ceiling"] = null;
// Our side of the ratio is every HTML page of the output, so it counts Astro's render and the
// integrations after it: the iframe card pages are written there as entity files (with the
// feeds, citations, badges and JSON, which the bare project does not have to write at all).
const ourRender = (cold.phases.renderReported ?? windowSeconds(cold.phases, "render")) + windowSeconds(cold.phases, "integrations");
if (!values["no-ceiling"]) {
  const root = join(runDir, "ceiling");
  for (const file of ceilingProject(pages)) {
    mkdirSync(join(root, file.path, ".."), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
  const bare = await runMeasured(process.execPath, [resolve("node_modules/astro/bin/astro.mjs"), "build"], { cwd: root, env: {}, label: "ceiling" });
  const renderSeconds = bare.phases.renderReported ?? windowSeconds(bare.phases, "render");
  if (bare.code === 0 && renderSeconds > 0 && ourRender > 0) {
    const renderedFiles = renderedFileCount(output);
    const cpuOf = (run: MeasuredRun) => {
      const window = run.phases.windows.render;
      return window ? run.sampler.cpuSeconds(window.start, run.phases.windows.integrations?.end ?? window.end) : 0;
    };
    const [ourCpu, bareCpu] = [cpuOf(cold), cpuOf(bare)];
    ceiling = {
      pages, renderSeconds, pagesPerSecond: pages / renderSeconds, ratio: renderSeconds / ourRender,
      renderedFiles, fileRatio: (renderedFiles / ourRender) / (pages / renderSeconds),
      cpuRatio: ourCpu > 0 && bareCpu > 0 ? bareCpu / ourCpu : null,
    };
  } else notes.push(`the ceiling build failed (exit ${bare.code}); no ratio`);
  rmSync(join(root, "dist"), { recursive: true, force: true });
}

// 6. Rebuild after one dump changed (content-layer cache and unchanged collection files kept).
let rebuild: BenchReport["rebuild"] = null;
if (!values["no-rebuild"]) {
  const changed = dumps.find((dump) => dump.file.includes("scholar-card")) ?? dumps[0];
  if (changed) {
    const path = join(seeds, changed.file);
    writeFileSync(path, `${readFileSync(path, "utf8").trimEnd()} This sentence was added to measure a rebuild.\n`);
    const again = await runMeasured(process.execPath, buildArgs, { cwd: process.cwd(), env: { ASTRO_CACHE_DIR: cache }, label: "rebuild" });
    if (again.code === 0) rebuild = { changed: changed.file, seconds: again.seconds, stages: stageFigures(again, pages) };
    else notes.push(`the rebuild failed (exit ${again.code})`);
  }
}

// 7. Report.
notes.push(
  "Peak RSS: sum of the resident sets of every process in the build's tree (node, Astro, Pagefind's binary), sampled from /proc/<pid>/stat every 200 ms.",
  "CPU: user + system time of the same tree, from the same samples.",
  `Pages = HTML files in the output (${pages}); pages/s divides them by each stage's wall time.`,
  `Load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(" ")} on ${cpus().length} CPUs; other work on the machine makes wall times noisy, CPU times less so.`,
);
const report: BenchReport = {
  date: new Date().toISOString(),
  command: `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim(),
  machine: { cpus: cpus().length, memoryBytes: totalmem(), loadAverage: loadavg(), node: process.version },
  corpus: { profiles: Math.ceil(profiles / multiplier), multiplier, dumps: dumps.length, dumpBytes, papers: totals?.papers ?? null, researchers: totals?.researchers ?? null },
  pages,
  stages: stageFigures(cold, pages),
  total: { name: "total", seconds: cold.seconds, cpuSeconds: cold.sampler.cpuSeconds(0, Infinity), pagesPerSecond: pages / cold.seconds, peakRssBytes: cold.sampler.peakRss(0, Infinity) },
  output,
  slices: sliceSummary ? { count: sliceSummary.slices, medianBytes: sliceSummary.sliceBytes.median, maxBytes: sliceSummary.sliceBytes.max, totalBytes: sliceSummary.sliceBytes.total } : null,
  search,
  ceiling,
  rebuild,
  notes,
};
writeFileSync(join(runDir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
const text = formatReport(report);
writeFileSync(join(runDir, "report.md"), `# Benchmark: ${report.command}\n\n${report.date}, free memory at the end ${(freemem() / 2 ** 30).toFixed(1)} GB\n\n${text}\n`);
console.log(`\n${text}\n\nbench: ${relative(".", join(runDir, "report.json"))} and report.md written`);

/** A finished, measured child process. */
interface MeasuredRun {
  code: number | null;
  seconds: number;
  lines: TimedLine[];
  phases: BuildPhases;
  sampler: TreeSampler;
}

/** Runs a command, streams its output with a prefix, timestamps every line and samples its process tree. */
function runMeasured(command: string, args: string[], options: { cwd: string; env: Record<string, string>; label: string }): Promise<MeasuredRun> {
  const started = performance.now();
  const lines: TimedLine[] = [];
  const sampler = new TreeSampler();
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env, FORCE_COLOR: "0" }, stdio: ["ignore", "pipe", "pipe"] });
  const sample = () => {
    if (child.pid !== undefined) sampler.add(performance.now() - started, processTree(child.pid, scanProc()));
  };
  const timer = setInterval(sample, 200);
  const onData = (stream: NodeJS.ReadableStream) => {
    let pending = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      const at = performance.now() - started;
      const parts = (pending + chunk).split("\n");
      pending = parts.pop() ?? "";
      for (const text of parts) {
        lines.push({ at, text });
        // Astro lists every route it renders; the per-route lines are only noise here.
        if (!/^\s*[├└]/.test(text) && !/^\d\d:\d\d:\d\d\s+[├└]/.test(text)) process.stdout.write(`[${options.label}] ${text}\n`);
      }
    });
  };
  onData(child.stdout);
  onData(child.stderr);
  return new Promise((done) => {
    child.on("close", (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      done({ code, seconds, lines, phases: splitBuildPhases(lines), sampler });
    });
  });
}

/** One scan of /proc: every process's stat line that could be read. */
function scanProc(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = parseProcStat(readFileSync(`/proc/${name}/stat`, "utf8"));
      if (stat) stats.push(stat);
    } catch {
      // The process exited between readdir and read: it is simply not in this sample.
    }
  }
  return stats;
}

function windowSeconds(phases: BuildPhases, stage: (typeof STAGES)[number]): number {
  const window = phases.windows[stage];
  return window ? (window.end - window.start) / 1000 : 0;
}

/** Per-stage figures of a measured build. */
function stageFigures(run: MeasuredRun, pageCount: number): StageFigures[] {
  return STAGES.flatMap((name) => {
    const window = run.phases.windows[name];
    if (!window) return [];
    const seconds = name === "render" && run.phases.renderReported !== null ? run.phases.renderReported : (window.end - window.start) / 1000;
    return [{
      name,
      seconds,
      cpuSeconds: run.sampler.cpuSeconds(window.start, window.end),
      pagesPerSecond: seconds > 0 && name !== "integrations" ? pageCount / seconds : null,
      peakRssBytes: run.sampler.peakRss(window.start, window.end),
    }];
  });
}

/** Every file under `root` with its size, paths relative to `root`. */
function listFiles(root: string): OutputFile[] {
  const files: OutputFile[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), path);
      else if (entry.isFile()) files.push({ path, bytes: statSync(join(dir, entry.name)).size });
    }
  };
  walk(root, "");
  return files;
}

/** Cold first-query payloads, measured in Debian's Chromium like scripts/bench-search.ts. */
async function measureSearch(site: string, queries: string[]): Promise<BenchReport["search"]> {
  const { hasChromium, launchChromium } = await import("../tests/support/browser.ts");
  const { measureColdSearch } = await import("../tests/support/search-payload.ts");
  if (!hasChromium()) {
    notes.push("no Chromium: the search payload was not measured");
    return null;
  }
  const browser = await launchChromium();
  try {
    const results: NonNullable<BenchReport["search"]> = [];
    for (const query of queries) {
      const payload = await measureColdSearch(browser, site, "/", query);
      results.push({ query, bytes: payload.searchBytes, results: payload.results });
    }
    return results;
  } finally {
    await browser.close();
  }
}

/** The owner name of a generated scholar-card or profile-page dump (first non-UI line), for a name query. */
function ownerOf(text: string): string {
  const lines = text.split("\n").filter(Boolean);
  return (lines[0] === "Researcher profile" ? lines[1] : lines[0]) ?? "learning";
}

function readJson<T>(path: string): T | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as T) : null;
}

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(2);
}
