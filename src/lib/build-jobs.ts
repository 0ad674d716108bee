/**
 * How many Astro processes `npm run build` renders the pages in (`--jobs N|auto`, env
 * BUILD_JOBS). Astro renders on one thread, so one process leaves every other core idle for the
 * longest stage; each job renders one shard's pages (src/lib/shard.ts) and the outputs are merged
 * before the search stage. Every job also holds the whole corpus (3.4 GB at 81k entity pages)
 * and repeats Astro's setup (Vite build, content layer), so more jobs pay only on big corpora and
 * cost memory: README, "Performance". Pure: no fs.
 */

/** A `--jobs` value: a whole number of processes, or `auto`. */
export type JobsSetting = number | "auto";

/** Below this many researchers + papers, `auto` renders in one process (a second one's setup costs more than it saves). */
export const PARALLEL_RENDER_FROM = 10_000;

/**
 * Most processes `auto` starts: each holds the corpus, and two at 81k entity pages already
 * take 6–7 GB of the 8 GB budget (issue 7). Pass `--jobs N` to go past it on a bigger machine.
 */
export const MAX_AUTO_JOBS = 2;

/** Parses `--jobs` / BUILD_JOBS; unset means `auto`. */
export function parseJobs(raw: string | undefined): JobsSetting {
  const text = raw?.trim() ?? "";
  if (text === "" || text === "auto") return "auto";
  const jobs = Number(text);
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs ${raw}: give a whole number ≥ 1, or auto`);
  return jobs;
}

/** What the choice depends on. */
export interface JobsContext {
  /** Researchers + papers in the content folder. */
  entities: number;
  /** CPU cores (os.availableParallelism()). */
  cores: number;
  /**
   * Whether the output folder is outside the project: Astro then writes each build's server
   * chunks to `<cwd>/.astro/`, and two builds at once overwrite each other's.
   */
  outsideProject: boolean;
}

/** The number of render jobs for this build; throws when an explicit `--jobs N` cannot work. */
export function renderJobs(setting: JobsSetting, context: JobsContext): number {
  if (setting === "auto") {
    if (context.entities < PARALLEL_RENDER_FROM || context.outsideProject) return 1;
    return Math.max(1, Math.min(context.cores, MAX_AUTO_JOBS));
  }
  if (setting > 1 && context.outsideProject) {
    throw new Error(`--jobs ${setting}: the output folder must be inside the project for parallel render jobs (Astro writes their server builds to <cwd>/.astro/); use --out inside it, or --jobs 1`);
  }
  return setting;
}
