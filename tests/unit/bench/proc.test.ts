import { describe, expect, it } from "vitest";
import { parseProcStat, processTree, TreeSampler } from "../../../src/lib/bench/proc.ts";

// Fields after comm: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime … rss (24th).
const stat = (pid: number, comm: string, ppid: number, utime: number, stime: number, rss: number) =>
  `${pid} (${comm}) S ${ppid} 1 1 0 -1 4194304 10 0 0 0 ${utime} ${stime} 0 0 20 0 11 0 100 1000000 ${rss} 18446744073709551615`;

describe("parseProcStat", () => {
  it("reads pid, parent, name, resident pages and CPU ticks, even when the name has spaces and parentheses", () => {
    expect(parseProcStat(stat(42, "node (astro) x", 7, 150, 30, 2560))).toEqual({ pid: 42, ppid: 7, comm: "node (astro) x", rssPages: 2560, cpuTicks: 180 });
  });

  it("rejects a line that is not a stat line", () => {
    expect(parseProcStat("")).toBeNull();
    expect(parseProcStat("garbage")).toBeNull();
  });
});

describe("processTree", () => {
  it("collects the root and all its descendants, and nothing else", () => {
    const all = [stat(1, "init", 0, 0, 0, 1), stat(10, "node", 1, 0, 0, 1), stat(11, "node", 10, 0, 0, 1), stat(12, "pagefind_extended", 11, 0, 0, 1), stat(20, "other", 1, 0, 0, 1)]
      .map((line) => parseProcStat(line)!);
    expect(processTree(10, all).map((s) => s.pid).sort()).toEqual([10, 11, 12]);
    expect(processTree(99, all)).toEqual([]);
  });
});

describe("TreeSampler", () => {
  it("sums RSS over the tree per sample and keeps CPU of processes that exited", () => {
    const sampler = new TreeSampler(4096);
    sampler.add(0, [parseProcStat(stat(10, "node", 1, 100, 0, 1000))!]);
    sampler.add(200, [parseProcStat(stat(10, "node", 1, 150, 0, 1000))!, parseProcStat(stat(12, "pagefind", 10, 50, 0, 3000))!]);
    sampler.add(400, [parseProcStat(stat(10, "node", 1, 160, 0, 500))!]);
    expect(sampler.peakRss(0, 400)).toBe(4000 * 4096);
    expect(sampler.peakRss(300, 400)).toBe(500 * 4096);
    // 100 → 150+50 → 160+50 ticks: 110 ticks between the first and last sample.
    expect(sampler.cpuSeconds(0, 400)).toBeCloseTo(1.1);
  });
});
