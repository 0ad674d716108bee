import { describe, expect, it } from "vitest";
import { buildCorpusGraph } from "../../../src/lib/graph/build.ts";
import { assignCommunities } from "../../../src/lib/graph/communities.ts";
import { LAYOUT_EXTENT } from "../../../src/lib/graph/layout.ts";
import { sliceAround } from "../../../src/lib/graph/slice.ts";
import { topicStar, tinyCorpus } from "./corpus-fixture.ts";

const corpusGraph = (corpus = tinyCorpus()) => {
  const graph = buildCorpusGraph(corpus);
  assignCommunities(graph, 1);
  return graph;
};
const ids = (slice: ReturnType<typeof sliceAround>) => slice.nodes.map((n) => `${n.attributes.k}:${n.attributes.id}`);

describe("sliceAround", () => {
  it("puts the focus first, then its neighbours strongest link first, then second-degree nodes", () => {
    const slice = sliceAround(corpusGraph(), "r:ana");
    expect(slice.attributes.focus).toBe("0");
    expect(ids(slice)[0]).toBe("r:ana");
    // bo shares 2 papers; then by degree (p1 and p2 have 4 links, cy 3, p3 2), then by key
    expect(ids(slice).slice(1, 6)).toEqual(["r:bo", "p:p1", "p:p2", "r:cy", "p:p3"]);
    expect(ids(slice).slice(6).sort()).toEqual(["i:mit", "t:dc", "t:lg"]);
    expect(slice.nodes.map((n) => n.attributes.d)).toEqual([0, 1, 1, 1, 1, 1, 2, 2, 2]);
    expect(slice.attributes).toMatchObject({ total: 9, omitted: {}, unexpanded: [] });
  });

  it("keeps every edge between shown nodes, with weights above 1", () => {
    const slice = sliceAround(corpusGraph(), "r:ana");
    expect(slice.edges).toHaveLength(13);
    const at = (id: string) => slice.nodes.find((n) => n.attributes.id === id)!.key;
    const anaBo = slice.edges.find((e) => [e.source, e.target].sort().join() === [at("ana"), at("bo")].sort().join());
    expect(anaBo?.attributes).toEqual({ w: 2 });
  });

  it("keeps label text exactly as the source gave it (markup is text, escaped where drawn)", () => {
    const slice = sliceAround(corpusGraph(), "p:p1");
    expect(slice.nodes.find((n) => n.attributes.id === "ana")?.attributes.label).toBe("Ana <b>Ruiz</b>");
  });

  it("caps the slice and counts what it left out, per kind", () => {
    const graph = corpusGraph(topicStar(300));
    const slice = sliceAround(graph, "t:hub", { cap: 150, hubDegree: 1000 });
    expect(slice.nodes).toHaveLength(150);
    // 300 papers are neighbours: 149 shown, 151 left out; their 300 authors are never reached.
    expect(slice.attributes).toMatchObject({ cap: 150, total: 601, omitted: { paper: 151, researcher: 300 } });
  });

  it("fills the room left by few neighbours with the best-linked second-degree nodes", () => {
    const graph = corpusGraph(topicStar(300));
    const slice = sliceAround(graph, "r:a0100", { cap: 7, hubDegree: 1000 });
    // Neighbours a0099, a0101, p0100. Second degree: the topic through p0100 (2 links, scores
    // 1/ln 3) beats a0098, a0102, p0099, p0101 (through 3-link authors, 1/ln 4); ties by degree.
    expect(ids(slice)).toEqual(["r:a0100", "r:a0099", "r:a0101", "p:p0100", "t:hub", "r:a0098", "r:a0102"]);
    expect(slice.attributes).toMatchObject({ cap: 7, total: 9, omitted: { paper: 2 } });
  });

  it("shows a hub neighbour but does not expand it, and says so with its degree", () => {
    const graph = corpusGraph(topicStar(300));
    const slice = sliceAround(graph, "p:p0007", { cap: 150, hubDegree: 100 });
    const hub = slice.nodes.find((n) => n.attributes.id === "hub")!;
    expect(slice.attributes.unexpanded).toEqual([[hub.key, 300]]);
    expect(ids(slice).sort()).toEqual(["p:p0007", "r:a0006", "r:a0007", "r:a0008", "t:hub"]);
    expect(slice.attributes).toMatchObject({ total: 5, omitted: {} });
  });

  it("lays the slice out deterministically inside the layout square, focus in the middle", () => {
    const graph = corpusGraph(topicStar(300));
    const first = sliceAround(graph, "r:a0100", { cap: 60, hubDegree: 1000 });
    expect(sliceAround(graph, "r:a0100", { cap: 60, hubDegree: 1000 })).toEqual(first);
    for (const { attributes: { x, y } } of first.nodes) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(Math.abs(x)).toBeLessThanOrEqual(LAYOUT_EXTENT);
      expect(Math.abs(y)).toBeLessThanOrEqual(LAYOUT_EXTENT);
    }
    expect(first.nodes[0]?.attributes).toMatchObject({ x: 0, y: 0 });
    const spread = new Set(first.nodes.map((n) => `${n.attributes.x},${n.attributes.y}`));
    expect(spread.size).toBe(first.nodes.length);
  });

  it("serialises to a graph graphology can import", async () => {
    const { default: Graph } = await import("graphology");
    const slice = sliceAround(corpusGraph(), "t:dc");
    const graph = new Graph();
    graph.import(slice);
    expect(graph.order).toBe(slice.nodes.length);
    expect(graph.getAttribute("focus")).toBe("0");
  });
});
