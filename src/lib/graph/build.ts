/**
 * Builds the one graph of the whole corpus from the content collections: a node per researcher,
 * paper, topic and institution; edges for authorship, co-authorship (weighted by shared papers),
 * paper→topic and paper→institution. Pure: takes parsed collections, returns a graphology graph.
 */
import Graph from "graphology";
import type { Institution, Paper, Researcher, Topic } from "../../schemas/index.ts";
import { KIND_ROUTE, kindOfCode, nodeKey, type CorpusEdge, type CorpusNode, type NodeKind, type Relation } from "./model.ts";

/** The four collections the graph is made of, as loaded from `content/`. */
export interface CorpusCollections {
  researchers: readonly Researcher[];
  papers: readonly Paper[];
  topics: readonly Topic[];
  institutions: readonly Institution[];
}

/** The corpus graph: undirected, simple, with typed node and edge attributes. */
export type CorpusGraph = Graph<CorpusNode, CorpusEdge>;

/** Display text of a researcher: the name as given, or a placeholder that keeps the id visible. */
export function researcherLabel(researcher: Pick<Researcher, "id" | "name">): string {
  return researcher.name ?? `Unnamed profile (${researcher.id})`;
}

/** Display text of a topic: its arXiv name, with the code when the name is not the code itself. */
export function topicLabel(topic: Pick<Topic, "code" | "name">): string {
  return topic.name === topic.code ? topic.code : `${topic.name} (${topic.code})`;
}

/** Builds the corpus graph; throws (naming the content file) on a reference to a missing entity. */
export function buildCorpusGraph(corpus: CorpusCollections): CorpusGraph {
  const graph: CorpusGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const addNode = (kind: NodeKind, id: string, label: string): void => {
    graph.addNode(nodeKey(kind, id), { kind, id, label, community: -1, x: 0, y: 0 });
  };
  // Sorted insertion makes node order (and so Louvain, layout and slices) independent of the
  // order the files were read in.
  for (const r of byId(corpus.researchers)) addNode("researcher", r.id, researcherLabel(r));
  for (const p of byId(corpus.papers)) addNode("paper", p.id, p.title);
  for (const t of byId(corpus.topics)) addNode("topic", t.id, topicLabel(t));
  for (const i of byId(corpus.institutions)) addNode("institution", i.id, i.name);

  const link = (from: string, to: string, relation: Relation, weight: number, where: string): void => {
    if (!graph.hasNode(to)) {
      throw new Error(`${where}: refers to ${to.slice(2)}, which has no file in content/${collectionOf(to)}/; re-run ingest (npm run ingest) so the collections agree`);
    }
    // Both sides of a relation are listed (a paper's authors and a researcher's papers); the
    // first one seen wins, and co-authorship keeps the larger count if the two sides disagree.
    const existing = graph.edge(from, to);
    if (existing === undefined) graph.addEdge(from, to, { relation, weight });
    else if (graph.getEdgeAttribute(existing, "weight") < weight) graph.setEdgeAttribute(existing, "weight", weight);
  };

  for (const paper of byId(corpus.papers)) {
    const key = nodeKey("paper", paper.id);
    const where = `content/papers/${paper.id}.json`;
    for (const author of paper.authors) link(key, nodeKey("researcher", author.id), "authorship", 1, where);
    if (paper.institution) link(key, nodeKey("institution", paper.institution), "institution", 1, where);
  }
  for (const researcher of byId(corpus.researchers)) {
    const key = nodeKey("researcher", researcher.id);
    const where = `content/researchers/${researcher.id}.json`;
    // Profile-page items list no authors: the researcher's own paper list is the only link.
    for (const paperId of researcher.papers) link(key, nodeKey("paper", paperId), "authorship", 1, where);
    for (const co of researcher.coauthors) {
      if (co.id !== researcher.id) link(key, nodeKey("researcher", co.id), "coauthorship", co.count, where);
    }
  }
  for (const topic of byId(corpus.topics)) {
    const where = `content/topics/${topic.id}.json`;
    for (const paperId of topic.papers) link(nodeKey("topic", topic.id), nodeKey("paper", paperId), "topic", 1, where);
  }
  for (const institution of byId(corpus.institutions)) {
    const where = `content/institutions/${institution.id}.json`;
    for (const paperId of institution.papers) {
      link(nodeKey("institution", institution.id), nodeKey("paper", paperId), "institution", 1, where);
    }
  }
  return graph;
}

/** Collection folder of a corpus node key (collections are named like the page routes). */
function collectionOf(key: string): string {
  const kind = kindOfCode(key.slice(0, 1));
  return kind ? KIND_ROUTE[kind] : "?";
}

function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
