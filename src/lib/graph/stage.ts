/**
 * What the `graph` build stage writes, as (path, JSON text) pairs relative to `<content>/graph/`:
 * one slice per researcher, paper and topic page, the explorer view, and (when the explorer view
 * is truncated) the search index. Pure; scripts/graph.ts does the file I/O.
 *
 * Every file is a function of the corpus graph, the options and the code alone, so
 * `graphInputDigest` over those three tells whether a previous run's output is still current:
 * scripts/graph.ts then keeps it instead of redoing communities, layouts and ~80k slices.
 */
import { createHash } from "node:crypto";
import { buildCorpusGraph, type CorpusCollections, type CorpusGraph } from "./build.ts";
import { assignCommunities, GRAPH_SEED } from "./communities.ts";
import { EXPLORER_LIMIT, explorerView, searchIndex } from "./explorer.ts";
import { KIND_ROUTE, nodeKey, packView, type NodeKind } from "./model.ts";
import { packedSliceAround, SLICE_CAP } from "./slice.ts";

/** Kinds whose pages carry a slice (issue 5: researcher, paper and topic pages). */
export const SLICED_KINDS: readonly NodeKind[] = ["researcher", "paper", "topic"];

/** One output file. */
export interface GraphFile {
  /** Path relative to the graph output folder, e.g. `researchers/yongji-wu.json`. */
  path: string;
  /** Compact JSON text (views in the packed format, see `PackedView`). */
  json: string;
  /** Which output it is. */
  role: "slice" | "explorer" | "search";
}

/** Options of the graph stage. */
export interface GraphStageOptions {
  seed?: number;
  sliceCap?: number;
  explorerLimit?: number;
  /**
   * Only this share of the output, for parallel workers: part `index` of `count` yields every
   * `count`-th slice (round robin, so each part gets a similar mix of big and small slices) and
   * part 0 also yields the explorer files. Every part builds the same graph and communities.
   */
  part?: { index: number; count: number };
}

/**
 * File of the graph folder mapping each slice's path to a digest of its bytes, so pages can key
 * their render cache on their slice without reading it (src/lib/page-keys.ts). Not published.
 */
export const SLICE_DIGESTS_FILE = "slice-digests.json";

/** Relative path of an entity's slice file (mirrors `sliceHref`). */
export function slicePath(kind: NodeKind, id: string): string {
  return `${KIND_ROUTE[kind]}/${id}.json`;
}

/** Builds the corpus graph once and yields every output file, slices last (streamed). */
export function* graphFiles(corpus: CorpusCollections, options: GraphStageOptions = {}): Generator<GraphFile> {
  const seed = options.seed ?? GRAPH_SEED;
  const graph = buildCorpusGraph(corpus);
  const communities = assignCommunities(graph, seed);
  const { index: part, count: parts } = options.part ?? { index: 0, count: 1 };
  if (part === 0) {
    const explorer = explorerView(graph, { seed, communities, limit: options.explorerLimit ?? EXPLORER_LIMIT });
    yield { path: "explorer.json", json: JSON.stringify(packView(explorer)), role: "explorer" };
    if (explorer.attributes.shown < explorer.attributes.total) {
      yield { path: "search.json", json: JSON.stringify(searchIndex(graph)), role: "search" };
    }
  }
  const cap = options.sliceCap ?? SLICE_CAP;
  const lists: Record<NodeKind, readonly { id: string }[]> = {
    researcher: corpus.researchers, paper: corpus.papers, topic: corpus.topics, institution: corpus.institutions,
  };
  let position = 0;
  for (const kind of SLICED_KINDS) {
    for (const { id } of lists[kind]) {
      if (position++ % parts !== part) continue;
      yield { path: slicePath(kind, id), json: JSON.stringify(packedSliceAround(graph, nodeKey(kind, id), { cap })), role: "slice" };
    }
  }
}

/**
 * A digest of everything the stage's output depends on: every node (kind, id, label) and edge
 * (ends, relation, weight) of the corpus graph in its deterministic insertion order, the options
 * that change the output, and `codeVersion` (the caller's digest of the graph code and the
 * locked dependency versions). A change to a paper's abstract leaves it alone; a new co-author,
 * a renamed researcher or a new paper changes it.
 */
export function graphInputDigest(graph: CorpusGraph, options: Omit<GraphStageOptions, "part">, codeVersion: string): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify([codeVersion, options.seed ?? GRAPH_SEED, options.sliceCap ?? SLICE_CAP, options.explorerLimit ?? EXPLORER_LIMIT]));
  graph.forEachNode((key, node) => hash.update(`\n${key}\u0000${node.label}`));
  graph.forEachEdge((_edge, edge, source, target) => hash.update(`\n${source}\u0000${target}\u0000${edge.relation}\u0000${edge.weight}`));
  return hash.digest("hex");
}
