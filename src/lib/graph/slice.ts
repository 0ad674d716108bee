/**
 * The slice shown on a researcher, paper or topic page: the entity, its direct neighbours and the
 * most relevant second-degree nodes, capped, with what was left out counted per kind.
 */
import type { CorpusGraph } from "./build.ts";
import { layoutEgo } from "./layout.ts";
import { NODE_KINDS, type NodeKind, type SerializedView, type SliceMeta } from "./model.ts";
import { inducedView, serializeView } from "./view.ts";

/** Most nodes a slice holds (the "about 150"): enough context, still legible. */
export const SLICE_CAP = 150;

/**
 * Neighbours with more links than this are shown but not expanded: the other 3 000 papers of a
 * topic are not "adjacent work", and walking them for every paper page would make slicing
 * quadratic at scale. The slice names them in `unexpanded` with their degree.
 */
export const HUB_DEGREE = 400;

/** Options of `sliceAround`. */
export interface SliceOptions {
  cap?: number;
  hubDegree?: number;
}

const KIND_RANK = new Map<NodeKind, number>(NODE_KINDS.map((kind, index) => [kind, index]));

/**
 * Cuts the slice around corpus node `focus` and lays it out. Direct neighbours come first,
 * strongest link first (shared papers), then better connected, then by key. Second-degree
 * candidates are nodes adjacent to a shown, non-hub neighbour, ranked by weighted Adamic–Adar
 * (Σ weight / ln(1 + degree of the neighbour): a link through a small paper counts more than one
 * through a big one).
 */
export function sliceAround(corpus: CorpusGraph, focus: string, options: SliceOptions = {}): SerializedView<SliceMeta> {
  const cap = Math.max(1, options.cap ?? SLICE_CAP);
  const hubDegree = options.hubDegree ?? HUB_DEGREE;
  const weightTo = (from: string, to: string): number => {
    const edge = corpus.edge(from, to);
    return edge === undefined ? 0 : corpus.getEdgeAttribute(edge, "weight");
  };
  const byStrength = (from: string) => (a: string, b: string): number =>
    weightTo(from, b) - weightTo(from, a) || corpus.degree(b) - corpus.degree(a) || kindRank(corpus, a) - kindRank(corpus, b) || (a < b ? -1 : a > b ? 1 : 0);

  const neighbours = corpus.neighbors(focus).sort(byStrength(focus));
  const shownNeighbours = neighbours.slice(0, cap - 1);
  const shownSet = new Set(shownNeighbours);
  const isHub = (node: string): boolean => corpus.degree(node) > hubDegree;

  // Everything two hops away through a non-hub neighbour is "the neighbourhood"; only nodes
  // reached through a shown neighbour can be shown (others would float unconnected).
  const secondDegree = new Set<string>();
  const score = new Map<string, number>();
  const firstSet = new Set(neighbours);
  for (const via of neighbours) {
    if (isHub(via)) continue;
    const shown = shownSet.has(via);
    const damping = Math.log(1 + corpus.degree(via));
    corpus.forEachNeighbor(via, (node) => {
      if (node === focus || firstSet.has(node)) return;
      secondDegree.add(node);
      if (shown) score.set(node, (score.get(node) ?? 0) + weightTo(via, node) / damping);
    });
  }
  const room = cap - 1 - shownNeighbours.length;
  const shownSecond = room <= 0 ? [] : [...score.keys()]
    .sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0) || corpus.degree(b) - corpus.degree(a) || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, room);

  const shown = [focus, ...shownNeighbours, ...shownSecond];
  const shownAll = new Set(shown);
  const omitted: Partial<Record<NodeKind, number>> = {};
  for (const node of [...neighbours, ...secondDegree]) {
    if (shownAll.has(node)) continue;
    const kind = corpus.getNodeAttribute(node, "kind");
    omitted[kind] = (omitted[kind] ?? 0) + 1;
  }
  const hops = new Map<string, number>([[focus, 0]]);
  for (const node of shownNeighbours) hops.set(node, 1);
  for (const node of shownSecond) hops.set(node, 2);

  const view = inducedView(corpus, shown, hops);
  layoutEgo(view, focus, hops);
  return serializeView(view, corpus, (indexOf) => ({
    focus: indexOf(focus),
    cap,
    total: 1 + neighbours.length + secondDegree.size,
    omitted,
    unexpanded: shownNeighbours.filter(isHub).map((node): [string, number] => [indexOf(node), corpus.degree(node)]),
  }));
}

function kindRank(corpus: CorpusGraph, node: string): number {
  return KIND_RANK.get(corpus.getNodeAttribute(node, "kind")) ?? 0;
}
