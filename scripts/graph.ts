/**
 * `graph` build stage: reads the generated collections from the content folder, builds the
 * research graph and writes the slices and the explorer data to `<content>/graph/` (copied into
 * the site by src/integrations/graph.ts). Prints counts and sizes.
 *   node scripts/graph.ts [--content DIR] [--workers N] [--force]   (env CONTENT_DIR, default
 *   content/; workers default to one per core, at most 4, for corpora of 4 000+ pages, else 1)
 * When the graph, the options and the graph code are those of the last run (graphInputDigest,
 * kept in summary.json), the output is kept as it is; --force recomputes it anyway.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { z } from "zod";
import { contentDir } from "../src/lib/config.ts";
import { codeVersion } from "../src/lib/code-version.ts";
import { buildCorpusGraph } from "../src/lib/graph/build.ts";
import { graphFiles, graphInputDigest, SLICE_DIGESTS_FILE } from "../src/lib/graph/stage.ts";
import { Institution, Paper, Researcher, Topic } from "../src/schemas/index.ts";

const { values } = parseArgs({ options: { content: { type: "string" }, workers: { type: "string" }, force: { type: "boolean", default: false } } });
/** Corpora with at least this many sliced entities are sliced by worker threads (below it, start-up costs more than it saves). */
const PARALLEL_FROM = 4000;
const content = values.content ?? contentDir();
const started = performance.now();

/** Every `*.json` of a collection folder, validated by its schema (errors name the file). */
function readCollection<T extends z.ZodType>(folder: string, schema: T): Array<z.output<T>> {
  const dir = join(content, folder);
  return readdirSync(dir).filter((name) => name.endsWith(".json")).sort().map((name) => {
    const file = join(dir, name);
    const parsed = schema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (!parsed.success) throw new Error(`${file}:1: does not match the ${folder} schema (${parsed.error.message}); re-run ingest`);
    return parsed.data;
  });
}

const corpus = {
  researchers: readCollection("researchers", Researcher),
  papers: readCollection("papers", Paper),
  topics: readCollection("topics", Topic),
  institutions: readCollection("institutions", Institution),
};
const loaded = performance.now();

// Written next to the final folder and swapped in, so a failed run never leaves half a graph.
const out = join(content, "graph");
const staging = `${out}.writing`;

/** What one part of the stage wrote. */
interface PartResult {
  sliceSizes: number[];
  explorerBytes: number;
  /** Slice path → digest of its bytes (SLICE_DIGESTS_FILE: the pages' cache keys use them). */
  sliceDigests: Record<string, string>;
}

/** Writes one part of the graph output (all of it when `part.count` is 1) under `staging`. */
function writePart(part: { index: number; count: number }): PartResult {
  const made = new Set<string>();
  const sliceSizes: number[] = [];
  const sliceDigests: Record<string, string> = {};
  let explorerBytes = 0;
  for (const file of graphFiles(corpus, { part })) {
    const target = join(staging, file.path);
    const dir = dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(target, file.json);
    const bytes = Buffer.byteLength(file.json);
    if (file.role === "slice") {
      sliceSizes.push(bytes);
      sliceDigests[file.path] = createHash("sha1").update(file.json).digest("base64url");
    }
    else if (file.role === "explorer") explorerBytes = bytes;
    if (sliceSizes.length > 0 && sliceSizes.length % 10_000 === 0) console.log(`  ${part.count > 1 ? `part ${part.index + 1}/${part.count}: ` : ""}${sliceSizes.length} slices…`);
  }
  return { sliceSizes, explorerBytes, sliceDigests };
}

if (!isMainThread) {
  // A worker: same corpus, same graph, its share of the slices (see GraphStageOptions.part).
  parentPort?.postMessage(writePart((workerData as { part: { index: number; count: number } }).part));
  process.exit(0);
}

// Unchanged inputs: keep the last run's output (a rebuild after an edit the graph does not show).
const inputDigest = graphInputDigest(buildCorpusGraph(corpus), {}, graphCodeVersion());
const previous = readPreviousSummary();
if (!values.force && previous?.inputDigest === inputDigest && existsSync(join(out, "explorer.json"))) {
  console.log(`graph: unchanged since the last run (same graph, options and code), kept ${out}/ (${previous.slices ?? "?"} slices); checked in ${((performance.now() - loaded) / 1000).toFixed(1)} s (+${((loaded - started) / 1000).toFixed(1)} s reading); --force recomputes it`);
  process.exit(0);
}
rmSync(staging, { recursive: true, force: true });
// Slicing is CPU-bound and independent per page: large corpora use one worker thread per core,
// each building the same graph (seeded, so identical) and writing every n-th slice.
const entities = corpus.researchers.length + corpus.papers.length + corpus.topics.length;
const workers = values.workers !== undefined ? Number(values.workers) : entities >= PARALLEL_FROM ? Math.min(availableParallelism(), 4) : 1;
if (!Number.isInteger(workers) || workers < 1) throw new Error(`--workers ${values.workers}: give a positive whole number`);
const parts: PartResult[] = workers === 1
  ? [writePart({ index: 0, count: 1 })]
  : await Promise.all(Array.from({ length: workers }, (_, index) => new Promise<PartResult>((done, failed) => {
    const worker = new Worker(new URL(import.meta.url), { argv: process.argv.slice(2), workerData: { part: { index, count: workers } } });
    worker.once("message", done);
    worker.once("error", failed);
    worker.once("exit", (code) => code !== 0 && failed(new Error(`graph worker ${index + 1}/${workers} exited with code ${code}; see the error above`)));
  })));
const sliceSizes = parts.flatMap((part) => part.sliceSizes);
const explorerBytes = parts[0]?.explorerBytes ?? 0;
mkdirSync(staging, { recursive: true });
writeFileSync(join(staging, SLICE_DIGESTS_FILE), JSON.stringify(Object.assign({}, ...parts.map((part) => part.sliceDigests))));
rmSync(out, { recursive: true, force: true });
renameSync(staging, out);

sliceSizes.sort((a, b) => a - b);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = sliceSizes[Math.floor(sliceSizes.length / 2)] ?? 0;
const summary = {
  inputDigest,
  slices: sliceSizes.length,
  sliceBytes: { median, max: sliceSizes.at(-1) ?? 0, total: sliceSizes.reduce((a, b) => a + b, 0) },
  explorerBytes,
  seconds: { read: (loaded - started) / 1000, graph: (performance.now() - loaded) / 1000 },
};
writeFileSync(join(out, "summary.json"), JSON.stringify(summary, null, 2));
console.log(
  `graph: ${summary.slices} slices (median ${kb(median)}, max ${kb(summary.sliceBytes.max)}, total ${kb(summary.sliceBytes.total)}), ` +
  `explorer ${kb(explorerBytes)} → ${out}/ in ${summary.seconds.graph.toFixed(1)} s (+${summary.seconds.read.toFixed(1)} s reading)`,
);

/** The last run's summary.json, if any and readable. */
function readPreviousSummary(): { inputDigest?: string; slices?: number } | null {
  try {
    return JSON.parse(readFileSync(join(out, "summary.json"), "utf8")) as { inputDigest?: string; slices?: number };
  } catch {
    return null;
  }
}

/**
 * A digest of the code the output depends on: the graph modules, the schemas, this script and
 * the lock file (graphology, Louvain and ForceAtlas2 versions). Any edit there recomputes the graph.
 */
function graphCodeVersion(): string {
  return codeVersion(join(import.meta.dirname, ".."), ["src/lib/graph", "src/schemas/index.ts", "scripts/graph.ts"]);
}
