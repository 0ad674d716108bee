import { describe, expect, it } from "vitest";
import { buildCorpusGraph } from "../../../src/lib/graph/build.ts";
import { assignCommunities } from "../../../src/lib/graph/communities.ts";
import { explorerView, searchIndex } from "../../../src/lib/graph/explorer.ts";
import { topicStar, tinyCorpus } from "./corpus-fixture.ts";

describe("explorerView", () => {
  it("shows the whole corpus when it fits, laid out the same way on every build", () => {
    const graph = buildCorpusGraph(tinyCorpus());
    const communities = assignCommunities(graph, 3);
    const view = explorerView(graph, { seed: 3, communities });
    expect(view.attributes).toEqual({ total: 9, shown: 9, communities });
    expect(view.edges).toHaveLength(graph.size);
    expect(explorerView(graph, { seed: 3, communities })).toEqual(view);
  });

  it("keeps only the best-connected nodes above the limit", () => {
    const graph = buildCorpusGraph(topicStar(100));
    const view = explorerView(graph, { seed: 1, communities: 1, limit: 50, iterations: 20 });
    expect(view.attributes).toMatchObject({ total: 201, shown: 50 });
    expect(view.nodes[0]?.attributes.id).toBe("hub");
  });
});

describe("searchIndex", () => {
  it("lists every node with its kind and label, sorted by label", () => {
    const index = searchIndex(buildCorpusGraph(tinyCorpus()));
    expect(index).toHaveLength(9);
    expect(index[0]).toEqual(["p", "p3", "A profile-page item"]);
    expect(index.map((e) => e[2])).toContain("Unnamed profile (cy)");
  });
});
