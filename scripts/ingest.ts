/**
 * `npm run ingest -- [--seeds DIR] [--out DIR] [--capture-year YYYY] [--strict]`
 * Reads every dump in the seeds folder, writes one JSON file per entity into the content folder
 * (validated against src/schemas), removes stale generated files, writes ingest-report.json and
 * prints problems as `file:line: reason; remedy`. Exit code 0 even with bad files, unless --strict
 * (then 1 when any file could not be read). The logic lives in src/lib/ingest/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import type { z } from "zod";
import { Institution, IngestReport, Paper, Researcher, Topic } from "../src/schemas/index.ts";
import { contentDir, seedsDir } from "../src/lib/config.ts";
import { DEFAULT_MAX_DUMP_BYTES } from "../src/lib/ingest/detect-format.ts";
import { parseOverrides, type Overrides } from "../src/lib/ingest/overrides.ts";
import { ingestDumps, type DumpInput } from "../src/lib/ingest/pipeline.ts";
import { formatMessage } from "../src/lib/ingest/report.ts";
import { toJson } from "../src/lib/ingest/serialize.ts";

const { values } = parseArgs({
  options: {
    seeds: { type: "string" },
    out: { type: "string" },
    "capture-year": { type: "string" },
    strict: { type: "boolean", default: false },
    "max-file-mb": { type: "string" },
    quiet: { type: "boolean", default: false },
  },
});

const seeds = values.seeds ?? seedsDir();
const out = values.out ?? contentDir();
const started = performance.now();

function fail(message: string): never {
  console.error(`ingest: ${message}`);
  process.exit(2);
}

let captureYear: number | undefined;
if (values["capture-year"] !== undefined) {
  if (!/^\d{4}$/.test(values["capture-year"])) fail(`--capture-year "${values["capture-year"]}" is not a four-digit year, e.g. --capture-year 2026`);
  captureYear = Number(values["capture-year"]);
}
const maxBytes = values["max-file-mb"] === undefined ? DEFAULT_MAX_DUMP_BYTES : Number(values["max-file-mb"]) * 1024 * 1024;
if (!Number.isFinite(maxBytes) || maxBytes <= 0) fail(`--max-file-mb "${values["max-file-mb"]}" is not a positive number`);
if (!existsSync(seeds) || !statSync(seeds).isDirectory()) fail(`seeds folder "${seeds}" does not exist; pass --seeds DIR or set SEEDS_DIR`);

/** `12.3 KB`, `16.0 MB`. */
function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Files of the seeds folder that are dumps: every regular file except hidden ones and overrides. */
const OVERRIDES_FILE = "overrides.json";
const files = readdirSync(seeds, { withFileTypes: true })
  .filter((e) => e.isFile() && !e.name.startsWith(".") && e.name !== OVERRIDES_FILE)
  .map((e) => e.name)
  .sort();

const inputs: DumpInput[] = files.map((file) => {
  const path = join(seeds, file);
  const size = statSync(path).size;
  if (size > maxBytes) {
    return {
      file,
      bytes: null,
      rejection: { line: null, reason: `file is ${formatSize(size)}, above the ${formatSize(maxBytes)} limit for one dump`, remedy: "check that it is a single captured page, or raise the limit with --max-file-mb" },
    };
  }
  try {
    return { file, bytes: readFileSync(path) };
  } catch (error) {
    return { file, bytes: null, rejection: { line: null, reason: `could not read the file (${(error as Error).message})`, remedy: "check its permissions" } };
  }
});

let overrides: Overrides | undefined;
const overrideProblems: Array<{ level: "error"; line: null; message: string }> = [];
const overridesPath = join(seeds, OVERRIDES_FILE);
if (existsSync(overridesPath)) {
  const parsed = parseOverrides(readFileSync(overridesPath, "utf8"));
  if ("overrides" in parsed) overrides = parsed.overrides;
  else for (const problem of parsed.problems) overrideProblems.push({ level: "error", line: null, message: `${OVERRIDES_FILE}: ${problem}; fix the file (format in README, "Ingest")` });
}

const showProgress = process.stderr.isTTY && files.length > 300 && !values.quiet;
let lastProgress = 0;
/** Rewrites the progress line at most five times a second (always for the final state). */
function progress(line: string, final = false): void {
  if (!showProgress) return;
  const now = performance.now();
  if (!final && now - lastProgress < 200) return;
  lastProgress = now;
  process.stderr.write(`\r  ${line}\u001b[K`);
}
const parseStarted = performance.now();
const result = ingestDumps(inputs, {
  ...(captureYear !== undefined ? { captureYear } : {}),
  ...(overrides ? { overrides } : {}),
  overrideProblems,
  onParsed: (done, papers) => {
    const rate = papers / Math.max(0.001, (performance.now() - parseStarted) / 1000);
    progress(`parsed ${done}/${files.length} files, ${papers} papers (${Math.round(rate)} papers/s)${done === files.length ? "; resolving…" : ""}`, done === files.length);
  },
});

// Write the collections: one JSON per entity, validated, only when changed; stale files removed.
let written = 0;
let unchanged = 0;
let removed = 0;
function writeCollection<T extends { id: string }>(name: string, schema: z.ZodType, entries: T[]): void {
  const dir = join(out, name);
  mkdirSync(dir, { recursive: true });
  const keep = new Set<string>();
  for (const entry of entries) {
    const check = schema.safeParse(entry);
    if (!check.success) {
      throw new Error(`ingest produced an invalid ${name} entry "${entry.id}" (a bug in src/lib/ingest): ${check.error.message}`);
    }
    const fileName = `${entry.id}.json`;
    keep.add(fileName);
    writeIfChanged(join(dir, fileName), toJson(entry));
    progress(`writing ${name}: ${keep.size}/${entries.length}`);
  }
  for (const existing of readdirSync(dir)) {
    if (existing.endsWith(".json") && !keep.has(existing)) {
      rmSync(join(dir, existing));
      removed++;
    }
  }
}
function writeIfChanged(path: string, text: string): void {
  if (existsSync(path) && readFileSync(path, "utf8") === text) {
    unchanged++;
    return;
  }
  writeFileSync(path, text);
  written++;
}

writeCollection("researchers", Researcher, result.researchers);
writeCollection("papers", Paper, result.papers);
writeCollection("topics", Topic, result.topics);
writeCollection("institutions", Institution, result.institutions);
const reportCheck = IngestReport.safeParse(result.report);
if (!reportCheck.success) throw new Error(`ingest produced an invalid report (a bug in src/lib/ingest): ${reportCheck.error.message}`);
const reportPath = join(out, "ingest-report.json");
writeIfChanged(reportPath, toJson(result.report));

if (showProgress) progress(`wrote ${written} files, ${unchanged} unchanged, ${removed} stale removed`, true);
if (showProgress) process.stderr.write("\n");

// Problems on stderr (errors first, at most MAX_PRINTED; the report has them all), summary on stdout.
const MAX_PRINTED = 50;
const report = result.report;
const problems: Array<{ level: string; text: string }> = [];
for (const message of report.messages) if (message.level !== "info") problems.push({ level: message.level, text: `ingest: ${message.level}: ${message.message}` });
for (const file of report.files) {
  for (const message of file.messages) {
    if (message.level !== "info") problems.push({ level: message.level, text: formatMessage(relative(".", join(seeds, file.file)), message) });
  }
}
const ordered = [...problems.filter((p) => p.level === "error"), ...problems.filter((p) => p.level !== "error")];
for (const problem of ordered.slice(0, MAX_PRINTED)) console.error(problem.text);
if (ordered.length > MAX_PRINTED) console.error(`ingest: … and ${ordered.length - MAX_PRINTED} more problems, all listed in ${join(out, "ingest-report.json")}`);
const t = report.totals;
const list = (record: Record<string, number>) => Object.entries(record).map(([k, v]) => `${v} ${k}`).join(", ");
const seconds = (performance.now() - started) / 1000;
if (!values.quiet) {
  console.log(
    `ingest: ${t.files} files (${list(t.byFormat)}; ${list(t.byStatus)}) → ${t.papers} papers, ${t.researchers} researchers (${t.profiles} profiles), ` +
      `${t.topics} topics, ${t.institutions} institutions; ${t.warnings} warnings, ${t.errors} errors in ${seconds.toFixed(2)} s` +
      ` (${written} files written, ${unchanged} unchanged, ${removed} stale removed). Details: ${reportPath}`,
  );
}
if (values.strict && t.errors > 0) {
  console.error(`ingest: --strict and ${t.errors} error(s); see ${reportPath}`);
  process.exit(1);
}
