/**
 * The benchmark report: what a built site holds (files, bytes, HTML per page) and the per-stage
 * figures, as JSON and as a readable table. Pure; scripts/bench.ts measures and writes.
 */
import { isEntityFilePath } from "../entity-files/paths.ts";

/** One file of the built site. */
export interface OutputFile {
  /** Path relative to the site root, with `/` separators. */
  path: string;
  bytes: number;
}

/** What the deployable output holds. */
export interface OutputSummary {
  files: number;
  bytes: number;
  /** Files and bytes per top-level folder (`researchers`, `pagefind`, …; `.` for root files). */
  byFolder: Record<string, { files: number; bytes: number }>;
  /** HTML documents (every `.html` file, embed cards included). */
  htmlFiles: number;
  /** Feeds, citations, badges and JSON written as plain files after the render (src/lib/entity-files). */
  entityFiles: number;
  /** Mean bytes of the HTML of researcher, paper and topic pages (the pages the corpus scales). */
  htmlBytesPerPage: { researcher: number; paper: number; all: number };
}

/** Summarises a listing of the built site. */
export function summariseOutput(files: readonly OutputFile[]): OutputSummary {
  const byFolder: OutputSummary["byFolder"] = {};
  let bytes = 0;
  let htmlFiles = 0;
  let entityFiles = 0;
  const html = { researcher: [0, 0], paper: [0, 0], all: [0, 0] } as Record<"researcher" | "paper" | "all", [number, number]>;
  for (const file of files) {
    bytes += file.bytes;
    const slash = file.path.indexOf("/");
    const folder = slash < 0 ? "." : file.path.slice(0, slash);
    const entry = (byFolder[folder] ??= { files: 0, bytes: 0 });
    entry.files++;
    entry.bytes += file.bytes;
    if (isEntityFilePath(file.path)) entityFiles++;
    if (!file.path.endsWith(".html")) continue;
    htmlFiles++;
    const kind = /^researchers\/[^/]+\/index\.html$/.test(file.path) ? "researcher" : /^papers\/[^/]+\/index\.html$/.test(file.path) ? "paper" : null;
    if (kind) {
      html[kind][0] += file.bytes;
      html[kind][1]++;
    }
    if (kind || /^topics\/[^/]+\/index\.html$/.test(file.path)) {
      html.all[0] += file.bytes;
      html.all[1]++;
    }
  }
  const mean = ([total, count]: [number, number]) => (count === 0 ? 0 : Math.round(total / count));
  return {
    files: files.length,
    bytes,
    byFolder,
    htmlFiles,
    entityFiles,
    htmlBytesPerPage: { researcher: mean(html.researcher), paper: mean(html.paper), all: mean(html.all) },
  };
}

/** Figures of one stage. */
export interface StageFigures {
  name: string;
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds of the whole process tree in the stage (user + system). */
  cpuSeconds: number | null;
  /** HTML pages of the site per wall second (null when the stage does not scale with pages). */
  pagesPerSecond: number | null;
  /** Peak RSS of the process tree, bytes. */
  peakRssBytes: number;
}

/** The whole benchmark result (written as JSON). */
export interface BenchReport {
  /** ISO time of the run, and the command that produced it. */
  date: string;
  command: string;
  machine: { cpus: number; memoryBytes: number; loadAverage: number[]; node: string };
  corpus: { profiles: number; multiplier: number; dumps: number; dumpBytes: number; papers: number | null; researchers: number | null };
  /** HTML pages of the site (the throughput unit). */
  pages: number;
  stages: StageFigures[];
  total: StageFigures;
  output: OutputSummary;
  slices: { count: number; medianBytes: number; maxBytes: number; totalBytes: number } | null;
  search: Array<{ query: string; bytes: number; results: number }> | null;
  /**
   * The same number of HTML pages from a bare one-line Astro template. `ratio`: our render
   * throughput in HTML pages as a fraction of the ceiling's. `fileRatio`: the same per file Astro
   * rendered (our routes also write feeds, citations, badges, JSON), which isolates the per-page
   * cost of our templates from the number of outputs per entity.
   */
  ceiling: {
    pages: number;
    renderSeconds: number;
    pagesPerSecond: number;
    ratio: number;
    renderedFiles: number;
    fileRatio: number;
    /** The same ratio from CPU seconds of the two render phases: steadier on a shared machine. */
    cpuRatio: number | null;
  } | null;
  rebuild: { changed: string; seconds: number; stages: StageFigures[] } | null;
  /** How RSS and CPU were measured, and anything that makes the figures less reliable. */
  notes: string[];
}

const MB = 1024 * 1024;

/** Human-readable size: `812 B`, `14.2 KB`, `3.1 MB`, `2.40 GB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < MB) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * MB) return `${(bytes / MB).toFixed(1)} MB`;
  return `${(bytes / 1024 / MB).toFixed(2)} GB`;
}

/** Seconds as `42.1 s` or `7 min 03 s`. */
export function formatSeconds(seconds: number): string {
  if (seconds < 120) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(Math.round(seconds - minutes * 60)).padStart(2, "0")} s`;
}

/** Left-aligned first column, right-aligned others, as a Markdown table. */
export function markdownTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(" | ")} |`;
  const rule = `|${widths.map((width, i) => (i === 0 ? `:${"-".repeat(width + 1)}` : `${"-".repeat(width + 1)}:`)).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

function stageRow(stage: StageFigures): string[] {
  return [
    stage.name,
    formatSeconds(stage.seconds),
    stage.cpuSeconds === null ? "–" : formatSeconds(stage.cpuSeconds),
    stage.pagesPerSecond === null ? "–" : stage.pagesPerSecond.toFixed(0),
    formatBytes(stage.peakRssBytes),
  ];
}

/** The report as Markdown: stage table, output, budgets-relevant figures and notes. */
export function formatReport(report: BenchReport): string {
  const out: string[] = [];
  const c = report.corpus;
  out.push(
    `Corpus: ${c.dumps} dumps (${c.profiles} profiles × ${c.multiplier}, ${formatBytes(c.dumpBytes)}) → ${c.papers ?? "?"} papers, ${c.researchers ?? "?"} researchers; ` +
      `${report.pages} HTML pages, ${report.output.files} files.`,
    "",
    markdownTable(["stage", "wall", "CPU", "pages/s", "peak RSS"], [...report.stages.map(stageRow), stageRow(report.total)]),
    "",
  );
  const o = report.output;
  const folders = Object.entries(o.byFolder).sort((a, b) => b[1].files - a[1].files);
  out.push(
    `Output: ${o.files} files, ${formatBytes(o.bytes)} (${folders.slice(0, 8).map(([name, f]) => `${name} ${f.files}`).join(", ")}).`,
    `HTML per page: researcher ${formatBytes(o.htmlBytesPerPage.researcher)}, paper ${formatBytes(o.htmlBytesPerPage.paper)}, mean ${formatBytes(o.htmlBytesPerPage.all)}.`,
  );
  if (report.slices) {
    const s = report.slices;
    out.push(`Graph slices: ${s.count}, median ${formatBytes(s.medianBytes)}, max ${formatBytes(s.maxBytes)}, total ${formatBytes(s.totalBytes)}.`);
  }
  if (report.search) {
    out.push(`Cold first query (gzip): ${report.search.map((q) => `"${q.query}" ${formatBytes(q.bytes)} (${q.results} results)`).join("; ")}.`);
  }
  if (report.ceiling) {
    const k = report.ceiling;
    out.push(
      `Stack ceiling: a bare one-line Astro page renders ${k.pages} pages in ${formatSeconds(k.renderSeconds)} (${k.pagesPerSecond.toFixed(0)} pages/s); ` +
        `our render throughput is ${(k.ratio * 100).toFixed(0)}% of it per HTML page, ${(k.fileRatio * 100).toFixed(0)}% per file rendered (${k.renderedFiles} files)` +
        (k.cpuRatio === null ? "." : `; by CPU time ${(k.cpuRatio * 100).toFixed(0)}% per HTML page.`),
    );
  }
  if (report.rebuild) {
    const r = report.rebuild;
    out.push(`Rebuild after changing ${r.changed}: ${formatSeconds(r.seconds)} (${r.stages.map((s) => `${s.name} ${formatSeconds(s.seconds)}`).join(", ")}).`);
  }
  out.push("", ...report.notes.map((note) => `- ${note}`));
  return out.join("\n");
}

/** Folders the render stage does not write (copied or indexed after it): the rest, but the entity files, are route outputs. */
const NOT_RENDERED = /^(graph|pagefind(-shard-\d+)?|_astro)$/;

/** Files of the output that Astro rendered from routes (everything but copied data, the search bundle, assets and entity files). */
export function renderedFileCount(summary: OutputSummary): number {
  const files = Object.entries(summary.byFolder).reduce((sum, [folder, entry]) => sum + (NOT_RENDERED.test(folder) ? 0 : entry.files), 0);
  return files - summary.entityFiles;
}

/** Template files of the throwaway "stack ceiling" project: one route, one line of markup. */
export function ceilingProject(pages: number): Array<{ path: string; text: string }> {
  return [
    { path: "astro.config.mjs", text: `export default { build: { format: "directory" }, trailingSlash: "always" };\n` },
    {
      path: "src/pages/[id].astro",
      text: `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${pages} }, (_, i) => ({ params: { id: \`p\${i}\` } }));\n}\n---\n<p>{Astro.params.id}</p>\n`,
    },
  ];
}
