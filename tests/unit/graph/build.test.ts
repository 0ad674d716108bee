import { describe, expect, it } from "vitest";
import { buildCorpusGraph } from "../../../src/lib/graph/build.ts";
import { Paper } from "../../../src/schemas/index.ts";
import { tinyCorpus } from "./corpus-fixture.ts";

describe("buildCorpusGraph", () => {
  it("makes one node per researcher, paper, topic and institution, keyed by kind", () => {
    const graph = buildCorpusGraph(tinyCorpus());
    expect(graph.nodes().sort()).toEqual(["i:mit", "p:p1", "p:p2", "p:p3", "r:ana", "r:bo", "r:cy", "t:dc", "t:lg"]);
    expect(graph.getNodeAttributes("r:ana")).toMatchObject({ kind: "researcher", id: "ana", label: "Ana <b>Ruiz</b>" });
  });

  it("labels an unnamed profile with a placeholder that keeps its id", () => {
    expect(buildCorpusGraph(tinyCorpus()).getNodeAttribute("r:cy", "label")).toBe("Unnamed profile (cy)");
  });

  it("names a topic by its arXiv name and code, or by the code alone when unknown", () => {
    const graph = buildCorpusGraph(tinyCorpus());
    expect(graph.getNodeAttribute("t:dc", "label")).toBe("Distributed, Parallel, and Cluster Computing (DC)");
    expect(graph.getNodeAttribute("t:lg", "label")).toBe("LG");
  });

  it("weights co-authorship by shared papers and every other relation by 1", () => {
    const graph = buildCorpusGraph(tinyCorpus());
    const attributes = (a: string, b: string) => graph.getEdgeAttributes(graph.edge(a, b)!);
    expect(attributes("r:ana", "r:bo")).toEqual({ relation: "coauthorship", weight: 2 });
    expect(attributes("r:bo", "r:cy")).toEqual({ relation: "coauthorship", weight: 1 });
    expect(attributes("r:ana", "p:p1")).toEqual({ relation: "authorship", weight: 1 });
    expect(attributes("p:p1", "t:dc")).toEqual({ relation: "topic", weight: 1 });
    expect(attributes("p:p1", "i:mit")).toEqual({ relation: "institution", weight: 1 });
  });

  it("links a profile-page paper that lists no authors to the researcher whose page lists it", () => {
    const graph = buildCorpusGraph(tinyCorpus());
    expect(graph.neighbors("p:p3").sort()).toEqual(["r:ana", "t:dc"]);
  });

  it("adds each relation once although both sides list it", () => {
    const graph = buildCorpusGraph(tinyCorpus());
    // ana–p1/p2/p3, bo–p1/p2, cy–p2, 3 co-author pairs, 3 paper→topic, 1 paper→institution
    expect(graph.size).toBe(6 + 3 + 3 + 1);
  });

  it("does not depend on the order the collections were read in", () => {
    const corpus = tinyCorpus();
    const reversed = { researchers: [...corpus.researchers].reverse(), papers: [...corpus.papers].reverse(), topics: [...corpus.topics].reverse(), institutions: corpus.institutions };
    // Edge keys are generated per graph instance; everything else must match.
    const shape = (graph: ReturnType<typeof buildCorpusGraph>) => ({ nodes: graph.export().nodes, edges: graph.mapEdges((_, a, s, t) => [s, t, a]) });
    expect(shape(buildCorpusGraph(reversed))).toEqual(shape(buildCorpusGraph(corpus)));
  });

  it("fails naming the content file when a paper refers to a researcher that has no file", () => {
    const corpus = tinyCorpus();
    const broken = { ...corpus, papers: [...corpus.papers, Paper.parse({ id: "p9", title: "Orphan", authors: [{ name: "Ghost", id: "ghost" }] })] };
    expect(() => buildCorpusGraph(broken)).toThrow(/content\/papers\/p9\.json: refers to ghost, which has no file in content\/researchers\//);
  });
});
