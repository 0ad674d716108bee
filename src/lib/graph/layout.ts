/**
 * Deterministic layouts computed at build time (the browser never runs a layout):
 * - `layoutForceAtlas2` for the explorer view: a seeded start grouped by community, ForceAtlas2
 *   for a fixed number of iterations (Barnes–Hut above a size threshold), then overlap removal.
 * - `layoutEgo` for slices (on plain arrays, see slice.ts): the focus in the centre, direct
 *   neighbours on an inner ring grouped by kind, second-degree nodes on an outer ring next to the
 *   neighbours that bring them in. It is O(n log n) per slice, which is what lets 150k slices be
 *   laid out in minutes on 2 cores.
 */
import type Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import { LAYOUT_EXTENT, NODE_KINDS, type NodeKind } from "./model.ts";
import { seededRandom } from "./random.ts";

/** Node attributes a layout reads and writes. */
export interface Positioned {
  x: number;
  y: number;
  kind: NodeKind;
  community: number;
}

export { LAYOUT_EXTENT };

/** Above this many nodes ForceAtlas2 uses the Barnes–Hut approximation (O(n log n) per step). */
export const BARNES_HUT_THRESHOLD = 1500;

/** Marker radius in layout units for a node of `degree` (what the client draws, scaled). */
export function layoutRadius(degree: number): number {
  return 1.2 + Math.min(3, Math.log2(1 + degree) / 2.5);
}

/** Options of the force-directed layout. */
export interface ForceLayoutOptions {
  seed: number;
  /** Fixed iteration count (default: fewer for bigger graphs, see `defaultIterations`). */
  iterations?: number;
}

/** Iterations that settle a graph of `order` nodes in about the same time whatever its size. */
export function defaultIterations(order: number): number {
  if (order <= 500) return 400;
  if (order <= BARNES_HUT_THRESHOLD) return 200;
  return 100;
}

/** Lays `graph` out in place with seeded ForceAtlas2 + noverlap, scaled to ±LAYOUT_EXTENT. */
export function layoutForceAtlas2<N extends Positioned>(graph: Graph<N>, options: ForceLayoutOptions): void {
  if (graph.order === 0) return;
  const random = seededRandom(options.seed);
  // Start each community as a cluster on a circle: ForceAtlas2 then only has to refine, and two
  // builds of the same corpus start (and so end) in the same place.
  const communities = new Set<number>();
  graph.forEachNode((_, attributes) => communities.add(attributes.community));
  const slots = [...communities].sort((a, b) => a - b);
  const slotOf = new Map(slots.map((community, index) => [community, index]));
  graph.forEachNode((node, attributes) => {
    const angle = (2 * Math.PI * (slotOf.get(attributes.community) ?? 0)) / Math.max(1, slots.length);
    const spread = Math.sqrt(graph.order);
    graph.mergeNodeAttributes(node, {
      x: Math.cos(angle) * spread * 2 + (random() - 0.5) * spread,
      y: Math.sin(angle) * spread * 2 + (random() - 0.5) * spread,
    } as Partial<N>);
  });
  const settings = forceAtlas2.inferSettings(graph);
  forceAtlas2.assign(graph, {
    iterations: options.iterations ?? defaultIterations(graph.order),
    getEdgeWeight: "weight",
    settings: { ...settings, barnesHutOptimize: graph.order > BARNES_HUT_THRESHOLD },
  });
  scaleToExtent(graph);
  removeOverlaps(graph);
}

/** Ring order of kinds around the focus: people first, then their papers, topics, institutions. */
const KIND_ORDER = new Map(NODE_KINDS.map((kind, index) => [kind, index]));

/** A slice to lay out, nodes numbered 0…n-1 with the focus at 0 (see src/lib/graph/slice.ts). */
export interface EgoGraph {
  /** Corpus key of each node (the final tie-break, so layouts never depend on input order). */
  keys: readonly string[];
  kinds: readonly NodeKind[];
  communities: readonly number[];
  /** Distance from the focus: 0, 1 or 2. */
  hops: readonly number[];
  /** Neighbours of each node within the slice. */
  adjacency: readonly (readonly number[])[];
}

/**
 * Lays a slice out around node 0, the focus. Inner ring: neighbours by kind, then community,
 * then key. Outer ring: second-degree nodes in the angular order of the neighbours they attach
 * to, so edges stay short and do not cross. Positions are scaled into ±LAYOUT_EXTENT around the
 * focus and rounded to 0.1.
 */
export function layoutEgo(graph: EgoGraph): { x: number[]; y: number[] } {
  const spacing = 9;
  const order = graph.keys.length;
  const x = new Array<number>(order).fill(0);
  const y = new Array<number>(order).fill(0);
  const nodes = Array.from({ length: order }, (_, node) => node);
  const kindOrder = (node: number): number => KIND_ORDER.get(graph.kinds[node] ?? "researcher") ?? 0;
  const community = (node: number): number => graph.communities[node] ?? 0;
  const key = (node: number): string => graph.keys[node] ?? "";
  const inner = nodes.filter((node) => graph.hops[node] === 1).sort((a, b) =>
    kindOrder(a) - kindOrder(b) || community(a) - community(b) || compare(key(a), key(b)));
  const innerRadius = Math.max(30, (inner.length * spacing) / (2 * Math.PI));
  const evenAngle = (index: number): number => -Math.PI / 2 + (2 * Math.PI * (index + 0.5)) / Math.max(1, inner.length);
  const angle = new Map<number, number>(inner.map((node, index) => [node, evenAngle(index)]));
  const ringNeighbourAngles = (node: number): number[] => (graph.adjacency[node] ?? []).filter((n) => angle.has(n)).map((n) => angle.get(n) ?? 0);
  // Barycentric sweeps (Sugiyama-style crossing reduction on a circle): each neighbour moves
  // towards the neighbours it links to, so co-authors sit next to their shared papers and edges
  // do not all cross the centre. Ties keep the previous order, so the result is deterministic.
  let ring = inner;
  for (let sweep = 0; sweep < 4; sweep++) {
    const preferred = new Map(ring.map((node) => [node, meanAngle([angle.get(node) ?? 0, ...ringNeighbourAngles(node)])] as const));
    const rank = new Map(ring.map((node, index) => [node, index]));
    ring = [...ring].sort((a, b) => (preferred.get(a) ?? 0) - (preferred.get(b) ?? 0) || (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    ring.forEach((node, index) => angle.set(node, evenAngle(index)));
  }
  const place = (node: number, radius: number, theta: number): void => {
    x[node] = radius * Math.cos(theta);
    y[node] = radius * Math.sin(theta);
  };
  for (const node of ring) place(node, innerRadius, angle.get(node) ?? 0);
  place(0, 0, 0);

  const outer = nodes
    .filter((node) => graph.hops[node] === 2)
    .map((node) => ({ node, theta: meanAngle(ringNeighbourAngles(node)) }))
    .sort((a, b) => a.theta - b.theta || compare(key(a.node), key(b.node)));
  // Two staggered sub-rings when the outer ring is crowded, so neighbouring labels do not collide.
  const perRing = Math.max(1, Math.floor((2 * Math.PI * (innerRadius + 40)) / spacing));
  const staggered = outer.length > perRing;
  const outerRadius = Math.max(innerRadius + 35, ((staggered ? outer.length / 2 : outer.length) * spacing) / (2 * Math.PI));
  // Spread the outer ring evenly but rotate it so its first node sits at its preferred angle.
  const offset = outer[0] ? outer[0].theta : 0;
  outer.forEach(({ node }, index) => {
    const theta = offset + (2 * Math.PI * index) / outer.length;
    place(node, outerRadius + (staggered && index % 2 === 1 ? 18 : 0), theta);
  });
  // Centred on the focus (not the bounding box) so the client can frame ±LAYOUT_EXTENT and the
  // focus lands in the middle of the canvas.
  scalePositions(x, y, { x: 0, y: 0 });
  return { x, y };
}

/** Circular mean of angles (the direction of the sum of unit vectors). */
function meanAngle(angles: number[]): number {
  let x = 0;
  let y = 0;
  for (const theta of angles) {
    x += Math.cos(theta);
    y += Math.sin(theta);
  }
  return angles.length === 0 ? 0 : Math.atan2(y, x);
}

/**
 * Scales positions into ±LAYOUT_EXTENT around `centre` (default: the bounding box centre),
 * rounded to 0.1 (smaller JSON, same picture).
 */
export function scaleToExtent<N extends Positioned>(graph: Graph<N>, centre?: { x: number; y: number }): void {
  const keys = graph.nodes();
  const x = keys.map((node) => graph.getNodeAttribute(node, "x"));
  const y = keys.map((node) => graph.getNodeAttribute(node, "y"));
  scalePositions(x, y, centre);
  keys.forEach((node, i) => graph.mergeNodeAttributes(node, { x: x[i], y: y[i] } as Partial<N>));
}

/** `scaleToExtent` on coordinate arrays, in place. */
function scalePositions(x: number[], y: number[], centre?: { x: number; y: number }): void {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < x.length; i++) {
    minX = Math.min(minX, x[i] ?? 0);
    maxX = Math.max(maxX, x[i] ?? 0);
    minY = Math.min(minY, y[i] ?? 0);
    maxY = Math.max(maxY, y[i] ?? 0);
  }
  const cx = centre ? centre.x : (minX + maxX) / 2;
  const cy = centre ? centre.y : (minY + maxY) / 2;
  const half = Math.max(maxX - cx, cx - minX, maxY - cy, cy - minY) || 1;
  for (let i = 0; i < x.length; i++) {
    x[i] = Math.round((((x[i] ?? 0) - cx) / half) * LAYOUT_EXTENT * 10) / 10;
    y[i] = Math.round((((y[i] ?? 0) - cy) / half) * LAYOUT_EXTENT * 10) / 10;
  }
}

/** Pushes overlapping markers apart, with marker sizes in layout units (see `layoutRadius`). */
function removeOverlaps<N extends Positioned>(graph: Graph<N>): void {
  noverlap.assign(graph, {
    maxIterations: 50,
    inputReducer: (node, attributes) => ({ ...attributes, size: layoutRadius(graph.degree(node)) }),
    settings: { margin: 1, ratio: 1.2 },
  });
  scaleToExtent(graph);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
