/** Seeded Louvain communities over the corpus graph, weighted by shared papers. */
import louvain from "graphology-communities-louvain";
import type { CorpusGraph } from "./build.ts";
import { seededRandom } from "./random.ts";

/** Default seed of every random choice in the graph stage. */
export const GRAPH_SEED = 20250;

/**
 * Writes each node's community number into its `community` attribute and returns the number of
 * communities. Same graph + same seed → same communities, numbered by decreasing size so that
 * colour 0 is always the largest group.
 */
export function assignCommunities(graph: CorpusGraph, seed = GRAPH_SEED): number {
  if (graph.order === 0) return 0;
  const raw = louvain(graph, { getEdgeWeight: "weight", rng: seededRandom(seed) });
  const sizes = new Map<number, number>();
  for (const community of Object.values(raw)) sizes.set(community, (sizes.get(community) ?? 0) + 1);
  const ranked = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([community]) => community);
  const renumber = new Map(ranked.map((community, index) => [community, index]));
  graph.forEachNode((node) => graph.setNodeAttribute(node, "community", renumber.get(raw[node] ?? -1) ?? -1));
  return ranked.length;
}
