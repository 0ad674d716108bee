import { describe, expect, it } from "vitest";
import { buildCorpusGraph } from "../../../src/lib/graph/build.ts";
import { assignCommunities } from "../../../src/lib/graph/communities.ts";
import { topicStar, tinyCorpus } from "./corpus-fixture.ts";

const communitiesOf = (seed: number) => {
  const graph = buildCorpusGraph(topicStar(60));
  const count = assignCommunities(graph, seed);
  return { count, map: Object.fromEntries(graph.mapNodes((node, a) => [node, a.community])) };
};

describe("assignCommunities", () => {
  it("gives the same communities on every run with the same seed", () => {
    expect(communitiesOf(7)).toEqual(communitiesOf(7));
  });

  it("numbers communities from 0 by decreasing size and assigns every node", () => {
    const graph = buildCorpusGraph(topicStar(60));
    const count = assignCommunities(graph, 7);
    const sizes = new Array<number>(count).fill(0);
    graph.forEachNode((_, { community }) => {
      expect(community).toBeGreaterThanOrEqual(0);
      expect(community).toBeLessThan(count);
      sizes[community]! += 1;
    });
    expect(count).toBeGreaterThan(1);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });

  it("keeps strongly linked co-authors together", () => {
    const graph = buildCorpusGraph(tinyCorpus());
    assignCommunities(graph, 1);
    expect(graph.getNodeAttribute("r:ana", "community")).toBe(graph.getNodeAttribute("r:bo", "community"));
  });
});
