/**
 * How many Astro processes `npm run build` renders the pages in (`--jobs N|auto`, env
 * BUILD_JOBS). Astro renders on one thread, so one process leaves every other core idle for the
 * longest stage; each job renders one shard's pages (src/lib/shard.ts) and the outputs are merged
 * before the search stage. Every job also holds the whole corpus (3.4 GB at 81k entity pages)
 * and repeats Astro's setup (Vite build, content layer), so more jobs pay only on big corpora and
 * cost memory: README, "Performance". Pure: no fs, no os (the caller passes cores and memory).
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

/**
 * Peak memory of one render job, by corpus size: a fixed part (Node, Vite, Astro) and a part
 * per researcher or paper (the content layer and the lookups of src/lib/data.ts). Fitted to the
 * peaks `npm run bench` measured with two jobs: 1.94 GB each at 30,872 entities (--profiles
 * 1000) and 3.56 GB each at 81,298 (--profiles 20000).
 */
export const JOB_MEMORY = { fixed: 0.95e9, perEntity: 32e3 } as const;

/** The share of the machine's memory `auto` lets its render jobs take together (the rest: the OS, the page cache, the deleted previous output). */
export const AUTO_MEMORY_SHARE = 0.75;

/** Estimated peak memory of one render job for `entities` researchers + papers. */
export function jobMemory(entities: number): number {
  return JOB_MEMORY.fixed + JOB_MEMORY.perEntity * entities;
}

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
  /** Memory the build may use, in bytes (os.totalmem(), or a lower cgroup limit). */
  memory: number;
  /**
   * Whether the output folder is outside the project: Astro then writes each build's server
   * chunks to `<cwd>/.astro/`, and two builds at once overwrite each other's.
   */
  outsideProject: boolean;
}

/**
 * The number of render jobs for this build; throws when an explicit `--jobs N` cannot work.
 * `auto` starts no more jobs than fit in {@link AUTO_MEMORY_SHARE} of the memory, by
 * {@link jobMemory}: a second job on a small machine would make the build swap, or be killed.
 */
export function renderJobs(setting: JobsSetting, context: JobsContext): number {
  if (setting === "auto") {
    if (context.entities < PARALLEL_RENDER_FROM || context.outsideProject) return 1;
    const fitInMemory = Math.floor((AUTO_MEMORY_SHARE * context.memory) / jobMemory(context.entities));
    return Math.max(1, Math.min(context.cores, MAX_AUTO_JOBS, fitInMemory));
  }
  if (setting > 1 && context.outsideProject) {
    throw new Error(`--jobs ${setting}: the output folder must be inside the project for parallel render jobs (Astro writes their server builds to <cwd>/.astro/); use --out inside it, or --jobs 1`);
  }
  return setting;
}
