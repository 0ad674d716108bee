/**
 * Splits the timestamped output of `node scripts/build.ts` into the benchmark's stages. The build
 * prints `▶ ingest`, `▶ graph`, `▶ astro build` before each stage; inside `astro build`, Astro
 * prints ` generating static routes ` and `✓ Completed in …` around page rendering, and the
 * Pagefind indexer prints `[pagefind] indexed N of M HTML files … in S s` when it is done
 * (src/integrations/pagefind.ts, inside astro build or in the `search index` stage that
 * scripts/build.ts runs after it). With render jobs (`--jobs N`) the Astro lines come from N
 * processes at once, each line prefixed `[job k/N] `. Pure: lines in, windows and reported figures out.
 */

/** One line of build output and when the benchmark received it (ms since the run started). */
export interface TimedLine {
  at: number;
  text: string;
}

/** A time window in ms since the run started. */
export interface Window {
  start: number;
  end: number;
}

/** Stage names of the report, in pipeline order. */
export const STAGES = ["ingest", "graph", "astro setup", "render", "integrations", "pagefind"] as const;
/** A stage of the report. */
export type StageName = (typeof STAGES)[number];

/** What the build output tells about the run. */
export interface BuildPhases {
  windows: Partial<Record<StageName, Window>>;
  /** The whole build, first line to last. */
  total: Window;
  /** Seconds Astro reports for page generation (` generating static routes ` … `✓ Completed in`). */
  renderReported: number | null;
  /** Pages Astro says it built (`N page(s) built`; Astro counts routes of .astro pages and endpoints). */
  astroPages: number | null;
  /** Pagefind's own figures from the integration's log line. */
  pagefind: { indexed: number; htmlFiles: number; seconds: number } | null;
  /** The ingest and graph stages' one-line summaries, as printed. */
  ingestSummary: string | null;
  graphSummary: string | null;
}

const ANSI = /\u001b\[[0-9;]*m/g;

/** Removes terminal colour codes (Astro colours its log when it thinks it may). */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, "");
}

/** Seconds from Astro's `getTimeStat` format: `450ms`, `9.06s`, `1m 26s`. */
export function parseAstroDuration(text: string): number | null {
  const match = /^(?:(\d+)m\s*)?(?:([\d.]+)s|(\d+)ms)$/.exec(text.trim());
  if (!match) return null;
  const minutes = Number(match[1] ?? 0);
  if (match[2] !== undefined) return minutes * 60 + Number(match[2]);
  if (match[3] !== undefined) return minutes * 60 + Number(match[3]) / 1000;
  return null;
}

/** Where one Astro process's lines are: the index of its render start, render end and last line (-1 when absent), and its page count. */
interface AstroJob {
  generating: number;
  rendered: number;
  done: number;
  pages: number | null;
}

const JOB_PREFIX = /^\[job (\d+\/\d+)\] /;

/** The Astro processes of the astro stage (one, or the render jobs), found from line `from` on. */
function astroJobs(lines: readonly TimedLine[], from: number): AstroJob[] {
  const byJob = new Map<string, Array<{ index: number; text: string }>>();
  for (let index = from; index < lines.length; index++) {
    const text = lines[index]!.text;
    const job = JOB_PREFIX.exec(text)?.[1] ?? "";
    const list = byJob.get(job) ?? [];
    list.push({ index, text: text.replace(JOB_PREFIX, "") });
    byJob.set(job, list);
  }
  // With render jobs, unprefixed lines are the build script's own (the merge, the search stage).
  const keys = byJob.size > 1 ? [...byJob.keys()].filter((key) => key !== "") : [...byJob.keys()];
  return keys.map((key) => {
    const own = byJob.get(key) ?? [];
    const find = (test: (text: string) => boolean, after = -1): number => own.find((line) => line.index > after && test(line.text))?.index ?? -1;
    const generating = find((t) => /generating static routes/.test(t));
    const rendered = generating >= 0 ? find((t) => /^\S*\s*✓ Completed in /.test(t.trim()) || /^\d\d:\d\d:\d\d ✓ Completed in/.test(t.trim()), generating) : -1;
    const done = find((t) => /\[build\] Complete!/.test(t));
    const pagesLine = done >= 0 ? own.find((line) => /\d+ page\(s\) built in/.test(line.text)) : undefined;
    return { generating, rendered, done, pages: pagesLine ? Number(/(\d+) page\(s\) built/.exec(pagesLine.text)?.[1]) : null };
  });
}

/** The first of some line indexes (-1: none found). */
function earliest(indexes: readonly number[]): number {
  const found = indexes.filter((index) => index >= 0);
  return found.length > 0 ? Math.min(...found) : -1;
}

/** The last of some line indexes (-1: none found). */
function latest(indexes: readonly number[]): number {
  return Math.max(-1, ...indexes);
}

/** Finds the stage windows and reported figures in the build output. */
export function splitBuildPhases(lines: readonly TimedLine[]): BuildPhases {
  const clean = lines.map((line) => ({ at: line.at, text: stripAnsi(line.text) }));
  const first = clean[0]?.at ?? 0;
  const last = clean.at(-1)?.at ?? first;
  const find = (test: (text: string) => boolean, from = 0): number => clean.findIndex((line, i) => i >= from && test(line.text));
  const at = (index: number, fallback: number): number => (index >= 0 ? clean[index]!.at : fallback);

  const ingest = find((t) => t.trim() === "▶ ingest");
  const graph = find((t) => t.trim() === "▶ graph");
  const astro = find((t) => t.trim().startsWith("▶ astro build"));
  // Render jobs (`--jobs N`) print the same Astro lines, each prefixed `[job k/N] `: rendering
  // runs from the first job's start to the last job's end, and Astro's own duration is per job.
  const jobs = astroJobs(clean, Math.max(astro, 0));
  const generating = earliest(jobs.map((job) => job.generating));
  const rendered = latest(jobs.map((job) => job.rendered));
  const pagefindLine = find((t) => /\[pagefind\] indexed \d+/.test(t), Math.max(astro, 0));
  const done = latest(jobs.map((job) => job.done));
  const astroEnd = at(done, last);

  const windows: BuildPhases["windows"] = {};
  if (ingest >= 0) windows.ingest = { start: at(ingest, first), end: at(graph, at(astro, last)) };
  if (graph >= 0) windows.graph = { start: at(graph, first), end: at(astro, last) };
  if (astro >= 0 && generating >= 0) windows["astro setup"] = { start: at(astro, first), end: at(generating, last) };
  if (generating >= 0) windows.render = { start: at(generating, first), end: at(rendered, astroEnd) };

  let pagefind: BuildPhases["pagefind"] = null;
  if (pagefindLine >= 0) {
    const match = /\[pagefind\] indexed (\d+)(?: of (\d+) HTML files)?.* in ([\d.]+) s/.exec(clean[pagefindLine]!.text);
    if (match) {
      pagefind = { indexed: Number(match[1]), htmlFiles: Number(match[2] ?? match[1]), seconds: Number(match[3]) };
      const end = clean[pagefindLine]!.at;
      windows.pagefind = { start: Math.max(end - pagefind.seconds * 1000, windows.render?.end ?? first), end };
    }
  }
  if (windows.render) {
    windows.integrations = { start: windows.render.end, end: windows.pagefind?.start ?? astroEnd };
  }

  const renderText = jobs.length === 1 && rendered >= 0 ? /Completed in (.+?)\.?$/.exec(clean[rendered]!.text.trim())?.[1] : undefined;
  const pageCounts = jobs.map((job) => job.pages).filter((pages): pages is number => pages !== null);
  const astroPages = pageCounts.length > 0 ? pageCounts.reduce((sum, pages) => sum + pages, 0) : null;
  const summary = (prefix: string) => clean.find((line) => line.text.startsWith(prefix))?.text ?? null;
  return {
    windows,
    total: { start: first, end: last },
    renderReported: renderText ? parseAstroDuration(renderText) : null,
    astroPages,
    pagefind,
    ingestSummary: summary("ingest: "),
    graphSummary: summary("graph: "),
  };
}
