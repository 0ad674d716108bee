/**
 * The vocabulary of the research graph, shared by the build (graph construction, slicing) and the
 * browser island (colours, shapes, links). Kept free of graphology imports so the client bundle
 * can use it without pulling anything else in.
 */

/** The four kinds of entity that become graph nodes. */
export const NODE_KINDS = ["researcher", "paper", "topic", "institution"] as const;
/** One kind of entity. */
export type NodeKind = (typeof NODE_KINDS)[number];

/** The relations that become graph edges. */
export type Relation = "authorship" | "coauthorship" | "topic" | "institution";

/**
 * One-letter code of each kind: it prefixes corpus node keys (`r:yongji-wu`) so ids from
 * different collections never collide, and it is the `k` attribute of serialised nodes.
 */
export const KIND_CODE: Record<NodeKind, string> = { researcher: "r", paper: "p", topic: "t", institution: "i" };

/** Kind for a one-letter code, or undefined for anything else (untrusted JSON). */
export function kindOfCode(code: string): NodeKind | undefined {
  return NODE_KINDS.find((kind) => KIND_CODE[kind] === code);
}

/** URL segment of each kind's pages (`/researchers/<id>/`), matching src/pages. */
export const KIND_ROUTE: Record<NodeKind, string> = {
  researcher: "researchers",
  paper: "papers",
  topic: "topics",
  institution: "institutions",
};

/** Plural label of each kind for legends, lists and the "left out" line. */
export const KIND_PLURAL: Record<NodeKind, string> = {
  researcher: "People",
  paper: "Papers",
  topic: "Topics",
  institution: "Institutions",
};

/** Marker shape of each kind, so kinds stay distinguishable without colour. */
export const KIND_SHAPE: Record<NodeKind, "circle" | "square" | "diamond" | "triangle"> = {
  researcher: "circle",
  paper: "square",
  topic: "diamond",
  institution: "triangle",
};

/** Half-width of the square every layout is scaled into (slices are centred on their focus). */
export const LAYOUT_EXTENT = 100;

/** Corpus node key of an entity: kind code + ":" + id. */
export function nodeKey(kind: NodeKind, id: string): string {
  return `${KIND_CODE[kind]}:${id}`;
}

/** Site-relative path of an entity's page under `base` (which ends with "/"). */
export function entityHref(base: string, kind: NodeKind, id: string): string {
  return `${base}${KIND_ROUTE[kind]}/${encodeURIComponent(id)}/`;
}

/** Site-relative URL of the slice JSON of an entity (written by scripts/graph.ts). */
export function sliceHref(base: string, kind: NodeKind, id: string): string {
  return `${base}graph/${KIND_ROUTE[kind]}/${encodeURIComponent(id)}.json`;
}

/** Attributes of a node of the corpus graph. */
export interface CorpusNode {
  kind: NodeKind;
  /** Entity id (slug) within its collection. */
  id: string;
  /** Display text: a name, title or topic name, exactly as the source gave it. */
  label: string;
  /** Louvain community (assigned by `assignCommunities`); -1 before. */
  community: number;
  x: number;
  y: number;
}

/** Attributes of an edge of the corpus graph. */
export interface CorpusEdge {
  relation: Relation;
  /** Shared papers for co-authorship, 1 otherwise. */
  weight: number;
}

/**
 * Attributes of a node in a serialised slice or explorer view (graphology's serialisation with
 * short names: these files exist once per page, so bytes matter at 150k pages).
 */
export interface ViewNode {
  /** Kind code (see KIND_CODE). */
  k: string;
  /** Entity id. */
  id: string;
  /** Display text (plain text: draw it on canvas or set it with textContent, never as HTML). */
  label: string;
  x: number;
  y: number;
  /** Community number (explorer colouring). */
  c: number;
  /** Hops from the focus in a slice (0, 1 or 2); absent in the explorer. */
  d?: number;
  /** Degree in the whole corpus, for sizing. */
  n: number;
}

/** Attributes of an edge in a serialised view. */
export interface ViewEdge {
  /** Weight when above 1 (shared papers). */
  w?: number;
}

/** Graph-level attributes of a slice: what it is centred on and what it left out. */
export interface SliceMeta {
  /** Key (within the slice) of the focal node. */
  focus: string;
  /** Most nodes a slice may hold. */
  cap: number;
  /** Nodes in the neighbourhood the slice was cut from (shown + left out). */
  total: number;
  /** Neighbourhood nodes left out because of the cap, per kind. */
  omitted: Partial<Record<NodeKind, number>>;
  /** Shown nodes whose own neighbours were not explored because they are hubs: [key, degree]. */
  unexpanded: Array<[string, number]>;
}

/** Graph-level attributes of the explorer view. */
export interface ExplorerMeta {
  /** Nodes in the corpus. */
  total: number;
  /** Nodes in this view (≤ total: the view keeps the best-connected nodes at scale). */
  shown: number;
  /** Communities found by Louvain over the whole corpus. */
  communities: number;
}

/** graphology's `SerializedGraph` shape with our attribute types. */
export interface SerializedView<Meta> {
  attributes: Meta;
  options: { type: "undirected"; multi: false; allowSelfLoops: false };
  nodes: Array<{ key: string; attributes: ViewNode }>;
  edges: Array<{ source: string; target: string; attributes?: ViewEdge }>;
}

/**
 * A view as the graph stage writes it to disk (the slice and explorer files under `graph/`): the same content as a
 * `SerializedView` without its repeated key names, which were over half of every file (a
 * 150-node slice: 39 KB → 17 KB; parsed on every page build and fetched by every visitor who
 * scrolls to the graph). Node keys are row numbers; `unpackView` restores graphology's format.
 */
export interface PackedView<Meta> {
  /** Format marker, so an old or foreign file fails loudly instead of drawing nothing. */
  format: typeof PACKED_FORMAT;
  attributes: Meta;
  /** One row per node, key = row number: kind code, id, label, x, y, community, degree, and hops in slices. */
  nodes: PackedNode[];
  /** Edges as flat triples: source row, target row, weight (shared papers; 1 otherwise). */
  edges: number[];
}

/** A node row of a `PackedView` (see `ViewNode` for the fields). */
export type PackedNode = [k: string, id: string, label: string, x: number, y: number, c: number, n: number, d?: number];

/** Value of `PackedView.format`. */
export const PACKED_FORMAT = "atlas-view-1";

/** Packs a serialised view whose node keys are "0", "1", … in order (as the graph stage makes them). */
export function packView<Meta>(view: SerializedView<Meta>): PackedView<Meta> {
  const nodes = view.nodes.map(({ attributes: a }): PackedNode => (a.d === undefined ? [a.k, a.id, a.label, a.x, a.y, a.c, a.n] : [a.k, a.id, a.label, a.x, a.y, a.c, a.n, a.d]));
  const edges: number[] = [];
  for (const edge of view.edges) edges.push(Number(edge.source), Number(edge.target), edge.attributes?.w ?? 1);
  return { format: PACKED_FORMAT, attributes: view.attributes, nodes, edges };
}

/** A view's attributes and nodes without its edges: all that a page's text about the view needs. */
export type ViewNodes<Meta> = Pick<SerializedView<Meta>, "attributes" | "nodes">;

/** The packed view in `data`; throws on anything else. */
function checkPacked<Meta>(data: unknown): PackedView<Meta> {
  const packed = data as Partial<PackedView<Meta>> | null;
  if (packed?.format !== PACKED_FORMAT || !Array.isArray(packed.nodes) || !Array.isArray(packed.edges) || packed.attributes === undefined) {
    throw new Error(`not a graph view in the "${PACKED_FORMAT}" format; rebuild the graph stage (node scripts/graph.ts)`);
  }
  return packed as PackedView<Meta>;
}

function unpackRows(rows: readonly PackedNode[]): SerializedView<unknown>["nodes"] {
  return rows.map(([k, id, label, x, y, c, n, d], index) => {
    const attributes: ViewNode = { k, id, label, x, y, c, n };
    if (d !== undefined) attributes.d = d;
    return { key: String(index), attributes };
  });
}

/**
 * The attributes and nodes of a packed view, leaving its edges packed: the page build reads
 * every slice for its link list, and the ~2 edges per node it would unpack are drawn only by
 * the island (in the browser, through `unpackView`).
 */
export function unpackNodes<Meta>(data: unknown): ViewNodes<Meta> {
  const packed = checkPacked<Meta>(data);
  return { attributes: packed.attributes, nodes: unpackRows(packed.nodes) };
}

/** Restores graphology's serialisation format from a packed view; throws on anything else. */
export function unpackView<Meta>(data: unknown): SerializedView<Meta> {
  const packed = checkPacked<Meta>(data);
  const edges: SerializedView<Meta>["edges"] = [];
  for (let at = 0; at + 2 < packed.edges.length; at += 3) {
    const [source, target, weight] = [String(packed.edges[at]), String(packed.edges[at + 1]), packed.edges[at + 2] ?? 1];
    edges.push(weight > 1 ? { source, target, attributes: { w: weight } } : { source, target });
  }
  return { attributes: packed.attributes, options: { type: "undirected", multi: false, allowSelfLoops: false }, nodes: unpackRows(packed.nodes), edges };
}
