/**
 * The /graph/ explorer's data: the whole corpus when it is small, else the `limit` best-connected
 * nodes (the rest stay reachable through the search index and their own slices). Only this
 * bounded view gets a force-directed layout, which is what keeps the graph stage linear at scale:
 * the corpus graph itself is never laid out.
 */
import type { CorpusGraph } from "./build.ts";
import { layoutForceAtlas2 } from "./layout.ts";
import { KIND_CODE, type ExplorerMeta, type SerializedView } from "./model.ts";
import { inducedView, serializeView } from "./view.ts";

/** Default node budget of the explorer view: what Sigma draws smoothly on a phone. */
export const EXPLORER_LIMIT = 3000;

/** Options of `explorerView`. */
export interface ExplorerOptions {
  limit?: number;
  seed: number;
  communities: number;
  /** Fixed ForceAtlas2 iterations (default depends on size). */
  iterations?: number;
}

/** The explorer graph: top nodes by degree (ties by key), laid out with seeded ForceAtlas2. */
export function explorerView(corpus: CorpusGraph, options: ExplorerOptions): SerializedView<ExplorerMeta> {
  const limit = options.limit ?? EXPLORER_LIMIT;
  const nodes = corpus.nodes();
  const kept = nodes.length <= limit ? nodes : nodes
    .map((node) => [node, corpus.degree(node)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([node]) => node);
  const view = inducedView(corpus, kept);
  layoutForceAtlas2(view, { seed: options.seed, ...(options.iterations === undefined ? {} : { iterations: options.iterations }) });
  return serializeView(view, corpus, () => ({ total: corpus.order, shown: view.order, communities: options.communities }));
}

/** One search entry: kind code, id, label. */
export type SearchEntry = [kind: string, id: string, label: string];

/** Every corpus node as a search entry, sorted by label, for finding nodes outside the view. */
export function searchIndex(corpus: CorpusGraph): SearchEntry[] {
  const entries: SearchEntry[] = corpus.mapNodes((_, a) => [KIND_CODE[a.kind], a.id, a.label]);
  return entries.sort((a, b) => a[2].localeCompare(b[2], "en") || (a[1] < b[1] ? -1 : 1));
}
