import { describe, expect, it } from "vitest";
import { MAX_AUTO_JOBS, PARALLEL_RENDER_FROM, parseJobs, renderJobs } from "../../src/lib/build-jobs.ts";

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
  const big = { entities: PARALLEL_RENDER_FROM, cores: 8, outsideProject: false };

  it("renders small corpora in one process and big ones in one per core, up to the cap", () => {
    expect(renderJobs("auto", { ...big, entities: PARALLEL_RENDER_FROM - 1 })).toBe(1);
    expect(renderJobs("auto", big)).toBe(MAX_AUTO_JOBS);
    expect(renderJobs("auto", { ...big, cores: 1 })).toBe(1);
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
