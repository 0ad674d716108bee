import { describe, expect, it } from "vitest";
import { graphFiles } from "../../../src/lib/graph/stage.ts";
import { tinyCorpus } from "./corpus-fixture.ts";

describe("graphFiles parts", () => {
  it("splits the output into parts that together hold exactly the files of a single run", () => {
    const whole = [...graphFiles(tinyCorpus())];
    const parts = [0, 1, 2].map((index) => [...graphFiles(tinyCorpus(), { part: { index, count: 3 } })]);
    const byPath = (files: typeof whole) => new Map(files.map((file) => [file.path, file.json]));
    expect(byPath(parts.flat())).toEqual(byPath(whole));
    expect(parts.flat()).toHaveLength(whole.length);
  });

  it("writes the explorer only in part 0", () => {
    const explorerIn = (index: number) => [...graphFiles(tinyCorpus(), { part: { index, count: 2 } })].some((file) => file.role === "explorer");
    expect(explorerIn(0)).toBe(true);
    expect(explorerIn(1)).toBe(false);
  });
});
