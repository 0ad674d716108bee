import { describe, expect, it } from "vitest";
import { buildCorpusGraph } from "../../../src/lib/graph/build.ts";
import { graphFiles, graphInputDigest } from "../../../src/lib/graph/stage.ts";
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

describe("graphInputDigest", () => {
  const digestOf = (corpus: ReturnType<typeof tinyCorpus>, code = "v1", options = {}) => graphInputDigest(buildCorpusGraph(corpus), options, code);

  it("stays the same when only text the graph does not show changes", () => {
    const corpus = tinyCorpus();
    const edited = { ...corpus, papers: corpus.papers.map((paper, i) => (i === 0 ? { ...paper, abstract: "One more sentence." } : paper)) };
    expect(digestOf(edited)).toBe(digestOf(corpus));
  });

  it("changes with a label, an edge weight, the options or the code", () => {
    const base = digestOf(tinyCorpus());
    const corpus = tinyCorpus();
    const renamed = { ...corpus, papers: corpus.papers.map((paper, i) => (i === 0 ? { ...paper, title: "Sharded logs, revised" } : paper)) };
    const heavier = { ...corpus, researchers: corpus.researchers.map((r, i) => (i === 0 ? { ...r, coauthors: [{ id: "bo", count: 3 }, { id: "cy", count: 1 }] } : r)) };
    expect(new Set([base, digestOf(renamed), digestOf(heavier), digestOf(tinyCorpus(), "v2"), digestOf(tinyCorpus(), "v1", { sliceCap: 10 })]).size).toBe(5);
  });
});
