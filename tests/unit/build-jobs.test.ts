import { describe, expect, it } from "vitest";
import { AUTO_MEMORY_SHARE, jobMemory, MAX_AUTO_JOBS, PARALLEL_RENDER_FROM, parseJobs, renderJobs } from "../../src/lib/build-jobs.ts";

describe("parseJobs", () => {
  it("reads a whole number or auto, and auto when unset", () => {
    expect(parseJobs(undefined)).toBe("auto");
    expect(parseJobs(" auto ")).toBe("auto");
    expect(parseJobs("3")).toBe(3);
  });

  it("refuses what is not a whole number of processes", () => {
    expect(() => parseJobs("0")).toThrow(/--jobs 0: give a whole number ≥ 1, or auto/);
    expect(() => parseJobs("two")).toThrow(/--jobs two/);
  });
});

describe("renderJobs", () => {
  const big = { entities: PARALLEL_RENDER_FROM, cores: 8, memory: 64e9, outsideProject: false };

  it("renders small corpora in one process and big ones in one per core, up to the cap", () => {
    expect(renderJobs("auto", { ...big, entities: PARALLEL_RENDER_FROM - 1 })).toBe(1);
    expect(renderJobs("auto", big)).toBe(MAX_AUTO_JOBS);
    expect(renderJobs("auto", { ...big, cores: 1 })).toBe(1);
  });

  it("starts no more jobs than fit in the machine's memory, and always one", () => {
    // The whole arXiv dataset (81,298 researchers + papers) on this project's 24 GB machine: two jobs;
    // on an 8 GB laptop, one (two would need ~7 GB of the 6 GB it may take).
    const dataset = { ...big, entities: 81_298, cores: 2 };
    expect(renderJobs("auto", { ...dataset, memory: 24e9 })).toBe(2);
    expect(renderJobs("auto", { ...dataset, memory: 8e9 })).toBe(1);
    expect(renderJobs("auto", { ...dataset, memory: 1e9 })).toBe(1);
    expect(2 * jobMemory(81_298)).toBeGreaterThan(AUTO_MEMORY_SHARE * 8e9);
    // An explicit count is the user's call.
    expect(renderJobs(2, { ...dataset, memory: 8e9 })).toBe(2);
  });

  it("takes an explicit count as given, whatever the corpus size", () => {
    expect(renderJobs(3, { ...big, entities: 10 })).toBe(3);
    expect(renderJobs(1, { ...big, outsideProject: true })).toBe(1);
  });

  it("stays in one process when the output is outside the project, and refuses an explicit count there", () => {
    expect(renderJobs("auto", { ...big, outsideProject: true })).toBe(1);
    expect(() => renderJobs(2, { ...big, outsideProject: true })).toThrow(/must be inside the project/);
  });
});
