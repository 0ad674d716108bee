import { describe, expect, it } from "vitest";
import { buildCorpusGraph } from "../../../src/lib/graph/build.ts";
import { assignCommunities } from "../../../src/lib/graph/communities.ts";
import { PACKED_FORMAT, packView, unpackNodes, unpackView } from "../../../src/lib/graph/model.ts";
import { sliceAround } from "../../../src/lib/graph/slice.ts";
import { tinyCorpus } from "./corpus-fixture.ts";

const slice = () => {
  const graph = buildCorpusGraph(tinyCorpus());
  assignCommunities(graph, 1);
  return sliceAround(graph, "r:ana");
};

describe("packed views", () => {
  it("round-trips a slice through its JSON file exactly", () => {
    const view = slice();
    expect(unpackView(JSON.parse(JSON.stringify(packView(view))))).toEqual(view);
  });

  it("stores a node as one row and an edge as a source, target, weight triple", () => {
    const view = slice();
    const packed = packView(view);
    expect(packed.format).toBe(PACKED_FORMAT);
    expect(packed.nodes[0]).toEqual(["r", "ana", "Ana <b>Ruiz</b>", 0, 0, view.nodes[0]?.attributes.c, view.nodes[0]?.attributes.n, 0]);
    expect(packed.edges).toHaveLength(view.edges.length * 3);
    // The weight-2 co-authorship of ana (row 0) and bo (row 1) keeps its weight; the rest store 1.
    const triples = Array.from({ length: packed.edges.length / 3 }, (_, i) => packed.edges.slice(i * 3, i * 3 + 3));
    expect(triples.find(([s, t]) => (s === 0 && t === 1) || (s === 1 && t === 0))?.[2]).toBe(2);
    expect(triples.filter(([, , w]) => w !== 1)).toHaveLength(1);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(view).length * 0.6);
  });

  it("unpacks only the attributes and nodes for a page's link list, the same as the whole view has", () => {
    const view = slice();
    expect(unpackNodes(JSON.parse(JSON.stringify(packView(view))))).toEqual({ attributes: view.attributes, nodes: view.nodes });
  });

  it("refuses a file in another format, saying how to rebuild it", () => {
    for (const unpack of [unpackView, unpackNodes]) {
      expect(() => unpack(slice())).toThrow(/atlas-view-1.*node scripts\/graph\.ts/);
      expect(() => unpack(null)).toThrow(/not a graph view/);
    }
  });
});
