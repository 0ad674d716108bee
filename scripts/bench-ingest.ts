/**
 * `node scripts/bench-ingest.ts [--dataset FILE] [--papers N] [--runs R]`
 * Prints how many papers per second ingest parses and resolves (detection, parsing, title/author
 * split, owner inference, deduplication, researcher merge, ids, report) on a generated corpus of
 * about N papers (default 40,000) rendered from the arXiv dataset. Timing is in-process on the
 * dump bytes, without file I/O or JSON writing. A benchmark prints figures; it asserts nothing.
 */
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import { parseJsonLines } from "../src/lib/corpus/accuracy.ts";
import { generateCorpus, type ArxivRecord } from "../src/lib/corpus/generate.ts";
import { ingestDumps, type DumpInput } from "../src/lib/ingest/pipeline.ts";

const { values } = parseArgs({
  options: {
    dataset: { type: "string", default: "../shared/datasets/arxiv-cs-2025.jsonl.gz" },
    papers: { type: "string", default: "40000" },
    runs: { type: "string", default: "5" },
  },
});
if (!existsSync(values.dataset)) {
  console.error(`bench-ingest: dataset "${values.dataset}" not found; pass --dataset FILE (see ../shared/datasets/README.md)`);
  process.exit(2);
}
const target = Number(values.papers);
const records = parseJsonLines<ArxivRecord>(gunzipSync(readFileSync(values.dataset)).toString("utf8"));
// Enough profiles for the target; the multiplier makes distinct copies when the dataset runs out.
const corpus = generateCorpus(records, { profiles: 1_000_000, minPapers: 2, multiplier: 3, seed: 1 });
const inputs: DumpInput[] = [];
let papers = 0;
const encoder = new TextEncoder();
for (let i = 0; i < corpus.dumps.length && papers < target; i++) {
  inputs.push({ file: corpus.dumps[i]!.file, bytes: encoder.encode(corpus.dumps[i]!.text) });
  papers += corpus.truth[i]!.papers.length;
}
const megabytes = inputs.reduce((n, i) => n + i.bytes!.length, 0) / 1024 / 1024;
console.log(`bench-ingest: ${inputs.length} dumps, ${papers} papers, ${megabytes.toFixed(1)} MB (Node ${process.version}, ${availableParallelism()} CPUs)`);

// Wall time, process CPU time (all threads, including V8's parallel GC helpers) and main-thread
// CPU time per run: on a shared machine the wall time includes waiting for other processes.
const wall: number[] = [];
const cpu: number[] = [];
const thread: number[] = [];
let output = ingestDumps(inputs); // warm-up
for (let run = 0; run < Number(values.runs); run++) {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const threadStarted = process.threadCpuUsage();
  output = ingestDumps(inputs);
  const used = process.cpuUsage(cpuStarted);
  const usedThread = process.threadCpuUsage(threadStarted);
  wall.push(performance.now() - started);
  cpu.push((used.user + used.system) / 1000);
  thread.push((usedThread.user + usedThread.system) / 1000);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rate = (ms: number) => `${Math.round(papers / (ms / 1000)).toLocaleString("en-US")} papers/s`;
const [load1] = loadavg();
console.log(`  output: ${output.papers.length} papers after dedupe, ${output.researchers.length} researchers, ${output.topics.length} topics`);
console.log(`  parse + resolve, ${wall.length} runs:            wall median ${(median(wall) / 1000).toFixed(2)} s = ${rate(median(wall))} (best ${rate(Math.min(...wall))})`);
console.log(`                     process CPU  median ${(median(cpu) / 1000).toFixed(2)} s = ${rate(median(cpu))} (best ${rate(Math.min(...cpu))})`);
console.log(`                 main-thread CPU  median ${(median(thread) / 1000).toFixed(2)} s = ${rate(median(thread))} (best ${rate(Math.min(...thread))}); load average ${load1!.toFixed(1)}`);
