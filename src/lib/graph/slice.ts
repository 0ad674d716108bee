/**
 * The slice shown on a researcher, paper or topic page: the entity, its direct neighbours and the
 * most relevant second-degree nodes, capped, with what was left out counted per kind.
 *
 * Slicing runs once per page (150k times for the 40k-paper corpus), so it works on a compact
 * integer index of the corpus graph (`SliceIndex`, built once) instead of building a graphology
 * view graph per slice: graphology's per-edge bookkeeping was 61 % of the graph stage's CPU
 * (README, "Performance"). The output is the same `SerializedView` graphology can import, node
 * for node and edge for edge in the order the graphology version produced.
 */
import type { CorpusGraph } from "./build.ts";
import { layoutEgo } from "./layout.ts";
import { KIND_CODE, NODE_KINDS, PACKED_FORMAT, unpackView, type NodeKind, type PackedNode, type PackedView, type SerializedView, type SliceMeta } from "./model.ts";

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
 * The corpus graph as arrays, nodes numbered in graphology's node order: adjacency in compressed
 * rows (each node's neighbours in graphology's neighbour order, with edge weights), and an edge
 * lookup by node pair.
 */
export interface SliceIndex {
  keys: string[];
  kinds: NodeKind[];
  ids: string[];
  labels: string[];
  communities: Int32Array;
  indexOf: Map<string, number>;
  /** Neighbours of node i are `targets[offsets[i]] … targets[offsets[i + 1] - 1]`. */
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  /** Weight of the edge between two nodes, by `pairKey`. */
  edgeWeight: Map<number, number>;
}

/** Builds the index of a corpus graph (after communities are assigned: they are copied). */
export function sliceIndex(corpus: CorpusGraph): SliceIndex {
  const keys = corpus.nodes();
  const indexOf = new Map(keys.map((key, i) => [key, i]));
  const count = keys.length;
  const kinds: NodeKind[] = [];
  const ids: string[] = [];
  const labels: string[] = [];
  const communities = new Int32Array(count);
  const offsets = new Int32Array(count + 1);
  const targets = new Int32Array(corpus.size * 2);
  const weights = new Float64Array(corpus.size * 2);
  const edgeWeight = new Map<number, number>();
  corpus.forEachEdge((_, { weight }, source, target) => {
    edgeWeight.set(pairKey(indexOf.get(source) ?? -1, indexOf.get(target) ?? -1, count), weight);
  });
  let at = 0;
  keys.forEach((key, i) => {
    const attributes = corpus.getNodeAttributes(key);
    kinds.push(attributes.kind);
    ids.push(attributes.id);
    labels.push(attributes.label);
    communities[i] = attributes.community;
    offsets[i] = at;
    corpus.forEachNeighbor(key, (neighbour) => {
      const j = indexOf.get(neighbour) ?? -1;
      targets[at] = j;
      weights[at] = edgeWeight.get(pairKey(i, j, count)) ?? 0;
      at++;
    });
  });
  offsets[count] = at;
  return { keys, kinds, ids, labels, communities, indexOf, offsets, targets, weights, edgeWeight };
}

/** One number per unordered node pair (exact in a double for up to 94 million nodes). */
function pairKey(a: number, b: number, count: number): number {
  return a < b ? a * count + b : b * count + a;
}

const indexes = new WeakMap<CorpusGraph, SliceIndex>();

/** The index of `corpus`, built on first use (slicing must not start before communities are set). */
function indexFor(corpus: CorpusGraph): SliceIndex {
  let index = indexes.get(corpus);
  if (!index) {
    index = sliceIndex(corpus);
    indexes.set(corpus, index);
  }
  return index;
}

/**
 * Cuts the slice around corpus node `focus` and lays it out. Direct neighbours come first,
 * strongest link first (shared papers), then better connected, then by key. Second-degree
 * candidates are nodes adjacent to a shown, non-hub neighbour, ranked by weighted Adamic–Adar
 * (Σ weight / ln(1 + degree of the neighbour): a link through a small paper counts more than one
 * through a big one).
 */
export function sliceAround(corpus: CorpusGraph, focusKey: string, options: SliceOptions = {}): SerializedView<SliceMeta> {
  return unpackView<SliceMeta>(packedSliceAround(corpus, focusKey, options));
}

/** `sliceAround` in the packed format the graph stage writes (no intermediate graphology-shaped objects). */
export function packedSliceAround(corpus: CorpusGraph, focusKey: string, options: SliceOptions = {}): PackedView<SliceMeta> {
  const index = indexFor(corpus);
  const focus = index.indexOf.get(focusKey);
  if (focus === undefined) throw new Error(`sliceAround: no node "${focusKey}" in the corpus graph`);
  return cutSlice(index, focus, options);
}

function cutSlice(index: SliceIndex, focus: number, options: SliceOptions): PackedView<SliceMeta> {
  const { keys, kinds, offsets, targets, weights } = index;
  const count = keys.length;
  const cap = Math.max(1, options.cap ?? SLICE_CAP);
  const hubDegree = options.hubDegree ?? HUB_DEGREE;
  const degree = (node: number): number => (offsets[node + 1] ?? 0) - (offsets[node] ?? 0);
  const isHub = (node: number): boolean => degree(node) > hubDegree;
  const kindRank = (node: number): number => KIND_RANK.get(kinds[node] ?? "researcher") ?? 0;
  const compareKeys = (a: number, b: number): number => {
    const [ka, kb] = [keys[a] ?? "", keys[b] ?? ""];
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };

  const weightToFocus = new Map<number, number>();
  for (let at = offsets[focus] ?? 0; at < (offsets[focus + 1] ?? 0); at++) weightToFocus.set(targets[at] ?? -1, weights[at] ?? 0);
  const neighbours = [...weightToFocus.keys()].sort((a, b) =>
    (weightToFocus.get(b) ?? 0) - (weightToFocus.get(a) ?? 0) || degree(b) - degree(a) || kindRank(a) - kindRank(b) || compareKeys(a, b));
  const shownNeighbours = neighbours.slice(0, cap - 1);
  const shownSet = new Set(shownNeighbours);

  // Everything two hops away through a non-hub neighbour is "the neighbourhood"; only nodes
  // reached through a shown neighbour can be shown (others would float unconnected).
  const secondDegree = new Set<number>();
  const score = new Map<number, number>();
  for (const via of neighbours) {
    if (isHub(via)) continue;
    const shown = shownSet.has(via);
    const damping = Math.log(1 + degree(via));
    for (let at = offsets[via] ?? 0; at < (offsets[via + 1] ?? 0); at++) {
      const node = targets[at] ?? -1;
      if (node === focus || weightToFocus.has(node)) continue;
      secondDegree.add(node);
      if (shown) score.set(node, (score.get(node) ?? 0) + (weights[at] ?? 0) / damping);
    }
  }
  const room = cap - 1 - shownNeighbours.length;
  const shownSecond = room <= 0 ? [] : [...score.keys()]
    .sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0) || degree(b) - degree(a) || compareKeys(a, b))
    .slice(0, room);

  const shown = [focus, ...shownNeighbours, ...shownSecond];
  const position = new Map(shown.map((node, i) => [node, i]));
  const omitted: Partial<Record<NodeKind, number>> = {};
  for (const node of [...neighbours, ...secondDegree]) {
    if (position.has(node)) continue;
    const kind = kinds[node] ?? "researcher";
    omitted[kind] = (omitted[kind] ?? 0) + 1;
  }
  const hops = shown.map((_, i) => (i === 0 ? 0 : i <= shownNeighbours.length ? 1 : 2));

  // Induced edges in the order a graphology view built node by node would hold them: each node
  // adds its links to the nodes after it, walking its own neighbours when it has fewer links than
  // the view has nodes, else the view's nodes (a topic's 10 000 papers are never walked).
  const edges: Array<{ source: number; target: number; weight: number }> = [];
  const adjacency: number[][] = shown.map(() => []);
  const addEdge = (i: number, j: number, weight: number): void => {
    edges.push({ source: i, target: j, weight });
    adjacency[i]?.push(j);
    adjacency[j]?.push(i);
  };
  shown.forEach((node, i) => {
    if (degree(node) <= shown.length) {
      for (let at = offsets[node] ?? 0; at < (offsets[node + 1] ?? 0); at++) {
        const j = position.get(targets[at] ?? -1);
        if (j !== undefined && j > i) addEdge(i, j, weights[at] ?? 0);
      }
    } else {
      for (let j = i + 1; j < shown.length; j++) {
        const weight = index.edgeWeight.get(pairKey(node, shown[j] ?? -1, count));
        if (weight !== undefined) addEdge(i, j, weight);
      }
    }
  });

  const { x, y } = layoutEgo({
    keys: shown.map((node) => keys[node] ?? ""),
    kinds: shown.map((node) => kinds[node] ?? "researcher"),
    communities: shown.map((node) => index.communities[node] ?? -1),
    hops,
    adjacency,
  });
  // Rows and triples exactly as packView would write them (weight 1 unless shared papers).
  const nodes = shown.map((node, i): PackedNode => [
    KIND_CODE[kinds[node] ?? "researcher"], index.ids[node] ?? "", index.labels[node] ?? "",
    x[i] ?? 0, y[i] ?? 0, index.communities[node] ?? -1, degree(node), hops[i] ?? 0,
  ]);
  const packedEdges: number[] = [];
  for (const { source, target, weight } of edges) packedEdges.push(source, target, weight > 1 ? weight : 1);
  return {
    format: PACKED_FORMAT,
    attributes: {
      focus: "0",
      cap,
      total: 1 + neighbours.length + secondDegree.size,
      omitted,
      unexpanded: shownNeighbours.filter(isHub).map((node): [string, number] => [String(position.get(node)), degree(node)]),
    },
    nodes,
    edges: packedEdges,
  };
}
