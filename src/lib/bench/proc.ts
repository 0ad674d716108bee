/**
 * Peak memory and CPU of a build's whole process tree, from Linux `/proc/<pid>/stat` samples.
 * `/usr/bin/time -v` reports the largest single process only (wait4's ru_maxrss), but a build
 * runs node, Astro and Pagefind's native binary at the same time, so the benchmark sums the
 * resident set of every process in the tree at each sample. Pure: the script reads the files.
 * Field layout: proc(5), "/proc/pid/stat".
 */

/** The parts of one `/proc/<pid>/stat` line the benchmark uses. */
export interface ProcStat {
  pid: number;
  ppid: number;
  /** Executable name (at most 15 characters). */
  comm: string;
  /** Resident set size in pages. */
  rssPages: number;
  /** User + system CPU of the process itself, in clock ticks. */
  cpuTicks: number;
}

/** Parses a stat line; null when it is not one (the process may have exited mid-read). */
export function parseProcStat(line: string): ProcStat | null {
  // comm is in parentheses and may itself contain spaces and parentheses: cut at the last ")".
  const open = line.indexOf("(");
  const close = line.lastIndexOf(")");
  if (open < 0 || close < open) return null;
  const fields = line.slice(close + 2).split(" ");
  // fields[0] is field 3 (state); ppid is field 4, utime 14, stime 15, rss 24.
  const number = (field: number) => Number(fields[field - 3]);
  const stat = { pid: Number(line.slice(0, open).trim()), ppid: number(4), comm: line.slice(open + 1, close), rssPages: number(24), cpuTicks: number(14) + number(15) };
  return Number.isFinite(stat.pid) && Number.isFinite(stat.ppid) && Number.isFinite(stat.rssPages) && Number.isFinite(stat.cpuTicks) ? stat : null;
}

/** The processes of the tree rooted at `root` (the root included), from one scan of /proc. */
export function processTree(root: number, stats: readonly ProcStat[]): ProcStat[] {
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) {
    const list = children.get(stat.ppid);
    if (list) list.push(stat);
    else children.set(stat.ppid, [stat]);
  }
  const rootStat = stats.find((stat) => stat.pid === root);
  if (!rootStat) return [];
  const tree: ProcStat[] = [];
  const queue = [rootStat];
  while (queue.length > 0) {
    const stat = queue.pop()!;
    tree.push(stat);
    queue.push(...(children.get(stat.pid) ?? []));
  }
  return tree;
}

/** One sample of a process tree. */
export interface TreeSample {
  /** ms since the run started. */
  at: number;
  /** Sum of resident set sizes, bytes. */
  rssBytes: number;
  /** CPU ticks used by every process seen so far (exited ones keep their last value). */
  cpuTicks: number;
}

/**
 * Accumulates samples. CPU is a running total over every pid ever seen, so the CPU used inside a
 * window is the difference of two samples even when processes start and exit in between (the
 * last < 1 sample interval of an exiting process is not seen).
 */
export class TreeSampler {
  readonly samples: TreeSample[] = [];
  readonly #lastTicks = new Map<number, number>();
  readonly #pageSize: number;

  constructor(pageSize = 4096) {
    this.#pageSize = pageSize;
  }

  /** Records one scan of the tree taken at `at`. */
  add(at: number, tree: readonly ProcStat[]): void {
    let rssPages = 0;
    for (const stat of tree) {
      rssPages += stat.rssPages;
      this.#lastTicks.set(stat.pid, stat.cpuTicks);
    }
    let cpuTicks = 0;
    for (const ticks of this.#lastTicks.values()) cpuTicks += ticks;
    this.samples.push({ at, rssBytes: rssPages * this.#pageSize, cpuTicks });
  }

  /** Largest tree RSS among samples inside [start, end]; 0 when no sample fell inside. */
  peakRss(start: number, end: number): number {
    let peak = 0;
    for (const sample of this.samples) if (sample.at >= start && sample.at <= end && sample.rssBytes > peak) peak = sample.rssBytes;
    return peak;
  }

  /** CPU seconds used between the last sample at or before `start` and the last at or before `end`. */
  cpuSeconds(start: number, end: number, ticksPerSecond = 100): number {
    const before = (time: number) => {
      let ticks = 0;
      for (const sample of this.samples) if (sample.at <= time) ticks = sample.cpuTicks;
      return ticks;
    };
    return (before(end) - before(start)) / ticksPerSecond;
  }
}
