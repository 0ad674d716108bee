import { describe, expect, it } from "vitest";
import { buildCorpusGraph } from "../../../src/lib/graph/build.ts";
import { countOf, hopLists, sliceGroups, sliceSummary } from "../../../src/lib/graph/describe.ts";
import { sliceAround } from "../../../src/lib/graph/slice.ts";
import { topicStar, tinyCorpus } from "./corpus-fixture.ts";

describe("sliceGroups", () => {
  it("groups every node but the focus by kind, direct neighbours first", () => {
    const groups = sliceGroups(sliceAround(buildCorpusGraph(tinyCorpus()), "p:p1"));
    expect(groups.map((g) => g.kind)).toEqual(["researcher", "paper", "topic", "institution"]);
    expect(groups[0]?.entries.map((e) => [e.id, e.hops])).toEqual([["ana", 1], ["bo", 1], ["cy", 2]]);
    expect(groups.flatMap((g) => g.entries).some((e) => e.id === "p1")).toBe(false);
  });
});

describe("hopLists", () => {
  it("lists direct neighbours, then the second-degree ones, and leaves out an empty distance", () => {
    const [people] = sliceGroups(sliceAround(buildCorpusGraph(tinyCorpus()), "p:p1"));
    expect(hopLists(people?.entries ?? []).map((list) => [list.hops, list.entries.map((e) => e.id)])).toEqual([
      [1, ["ana", "bo"]],
      [2, ["cy"]],
    ]);
    expect(hopLists([{ id: "x", label: "X", hops: 2 }]).map((list) => list.hops)).toEqual([2]);
  });
});

describe("sliceSummary", () => {
  it("says how much is shown when nothing was left out", () => {
    expect(sliceSummary(sliceAround(buildCorpusGraph(tinyCorpus()), "r:ana"))).toBe("Showing 9 of 9 nodes within two links.");
  });

  it("states the cap and what it left out, per kind", () => {
    const slice = sliceAround(buildCorpusGraph(topicStar(300)), "t:hub", { cap: 150, hubDegree: 1000 });
    expect(sliceSummary(slice)).toBe("Showing 150 of 601 nodes within two links. Left out by the cap of 150 nodes: 300 people and 151 papers.");
  });

  it("names hubs that were shown but not expanded", () => {
    const slice = sliceAround(buildCorpusGraph(topicStar(300)), "p:p0007", { hubDegree: 100 });
    expect(sliceSummary(slice)).toMatch(/Not expanded because they link to too much: Hub topic \(HUB\) \(300 links\)\.$/);
  });
});

describe("countOf", () => {
  it("uses the singular for one", () => {
    expect([countOf("researcher", 1), countOf("researcher", 2), countOf("paper", 1200)]).toEqual(["1 person", "2 people", "1,200 papers"]);
  });
});
