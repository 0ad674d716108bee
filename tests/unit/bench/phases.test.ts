import { describe, expect, it } from "vitest";
import { parseAstroDuration, splitBuildPhases, stripAnsi } from "../../../src/lib/bench/phases.ts";

// Output of `node scripts/build.ts` as seen at 300 profiles (route lines left out).
const output = [
  [0, ""], [1, "▶ ingest"], [900, "ingest: 300 files (100 paper-feed) → 2030 papers, 2955 researchers"],
  [1000, ""], [1001, "▶ graph"], [40_000, "graph: 5002 slices (median 5.9 KB)"],
  [40_100, ""], [40_101, "▶ astro build"], [49_000, "11:52:52 [build] Collecting build info..."],
  [55_000, "\u001b[42m\u001b[30m generating static routes \u001b[39m\u001b[49m"],
  [141_000, "11:54:23 \u001b[32m✓ Completed in 1m 26s.\u001b[39m"],
  [143_000, "11:54:25 [research-atlas:graph] copied graph data"],
  [170_000, "11:54:52 [pagefind] indexed 5015 of 10990 HTML files into /x/pagefind in 26.08 s"],
  [170_100, "11:54:52 [build] 5080 page(s) built in 2m 9s"], [170_200, "11:54:52 [build] Complete!"],
  [171_000, "Build complete:"],
].map(([at, text]) => ({ at: at as number, text: text as string }));

describe("splitBuildPhases", () => {
  const phases = splitBuildPhases(output);

  it("finds each stage between the markers the build and Astro print", () => {
    expect(phases.windows.ingest).toEqual({ start: 1, end: 1001 });
    expect(phases.windows.graph).toEqual({ start: 1001, end: 40_101 });
    expect(phases.windows["astro setup"]).toEqual({ start: 40_101, end: 55_000 });
    expect(phases.windows.render).toEqual({ start: 55_000, end: 141_000 });
  });

  it("places Pagefind by the seconds it reports and leaves the other build:done hooks in between", () => {
    expect(phases.pagefind).toEqual({ indexed: 5015, htmlFiles: 10_990, seconds: 26.08 });
    expect(phases.windows.pagefind?.end).toBe(170_000);
    expect(phases.windows.pagefind?.start).toBeCloseTo(143_920, 0);
    expect(phases.windows.integrations).toEqual({ start: 141_000, end: phases.windows.pagefind?.start });
  });

  it("reads Astro's own render time, page count and the stage summaries", () => {
    expect(phases.renderReported).toBe(86);
    expect(phases.astroPages).toBe(5080);
    expect(phases.ingestSummary).toMatch(/^ingest: 300 files/);
    expect(phases.graphSummary).toMatch(/^graph: 5002 slices/);
  });

  it("reads a bare Astro project's output, which has no pipeline markers", () => {
    const bare = splitBuildPhases([
      { at: 0, text: "12:00:00 [build] output: \"static\"" },
      { at: 2000, text: " generating static routes " },
      { at: 23_000, text: "11:59:59 ✓ Completed in 21.25s." },
      { at: 24_000, text: "11:59:59 [build] Complete!" },
    ]);
    expect(bare.renderReported).toBe(21.25);
    expect(bare.windows.render).toEqual({ start: 2000, end: 23_000 });
    expect(bare.pagefind).toBeNull();
  });
});

describe("splitBuildPhases with render jobs", () => {
  // Two Astro processes at once (scripts/build.ts --jobs 2), then the merge and the search stage.
  const jobs = splitBuildPhases([
    [0, "▶ graph"], [1000, "▶ astro build (2 render jobs)"],
    [9000, "[job 2/2]  generating static routes "], [9500, "[job 1/2]  generating static routes "],
    [60_000, "[job 1/2] 12:01:00 ✓ Completed in 50.5s."], [70_000, "[job 1/2] 12:01:10 [build] 900 page(s) built in 1m 9s"],
    [70_001, "[job 1/2] 12:01:10 [build] Complete!"],
    [75_000, "[job 2/2] 12:01:15 ✓ Completed in 66s."], [80_000, "[job 2/2] 12:01:20 [build] 850 page(s) built in 1m 19s"],
    [80_001, "[job 2/2] 12:01:20 [build] Complete!"], [81_000, "merged 2 render jobs into /x/dist.building in 1.0 s"],
    [81_100, "▶ search index"], [90_000, "[pagefind] indexed 1700 of 3000 HTML files into /x/pagefind in 8.5 s"],
  ].map(([at, text]) => ({ at: at as number, text: text as string })));

  it("renders from the first job's start to the last job's end", () => {
    expect(jobs.windows["astro setup"]).toEqual({ start: 1000, end: 9000 });
    expect(jobs.windows.render).toEqual({ start: 9000, end: 75_000 });
    expect(jobs.windows.integrations).toEqual({ start: 75_000, end: 81_500 });
  });

  it("adds up the jobs' pages and leaves Astro's per-job durations out", () => {
    expect(jobs.astroPages).toBe(1750);
    expect(jobs.renderReported).toBeNull();
  });
});

describe("parseAstroDuration", () => {
  it("reads milliseconds, seconds and minutes as Astro prints them", () => {
    expect(parseAstroDuration("450ms")).toBe(0.45);
    expect(parseAstroDuration("9.06s")).toBe(9.06);
    expect(parseAstroDuration("1m 26s")).toBe(86);
    expect(parseAstroDuration("soon")).toBeNull();
  });
});

describe("stripAnsi", () => {
  it("removes colour codes", () => {
    expect(stripAnsi("\u001b[32m✓ done\u001b[39m")).toBe("✓ done");
  });
});
