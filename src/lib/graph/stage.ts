/**
 * What the `graph` build stage writes, as (path, JSON text) pairs relative to `<content>/graph/`:
 * one slice per researcher, paper and topic page, the explorer view, and (when the explorer view
 * is truncated) the search index. Pure; scripts/graph.ts does the file I/O.
 */
import { buildCorpusGraph, type CorpusCollections } from "./build.ts";
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
