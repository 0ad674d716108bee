/**
 * The Sigma view shared by the page island and the /graph/ explorer: imports a serialised view,
 * draws it with kind shapes and theme colours, and changes what is displayed only through
 * Sigma's node/edge reducers (the graph is never mutated after import). Loaded on demand: this
 * module and its imports (Sigma + graphology core) are the whole graph JS budget.
 */
import Graph from "graphology";
import Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { entityHref, KIND_SHAPE, kindOfCode, NODE_KINDS, unpackView, type NodeKind, type ViewEdge, type ViewNode } from "../../lib/graph/model.ts";
import type { NodeProgramType } from "sigma/rendering";
import { SHAPE_PROGRAMS } from "./shapes.ts";

/** How nodes are coloured: by kind (pages) or by Louvain community (explorer). */
export type ColourMode = "kind" | "community";

/** Options of `mountGraph`. */
export interface MountOptions {
  /** Site base path ("/" or "/atlas/"), for click-through links. */
  base: string;
  colourBy: ColourMode;
  /** Key of the focal node (drawn larger, always labelled). */
  focus?: string | undefined;
  /** Element that shows the hover card; filled with textContent only (labels are untrusted text). */
  card: HTMLElement;
  /** Element that carries the --graph-* colour variables (the island or the explorer root). */
  themeRoot: HTMLElement;
}

/** Handle on a mounted graph, used by the toolbars and by the browser tests. */
export interface GraphController {
  readonly renderer: Sigma<ViewNode, ViewEdge>;
  readonly graph: Graph<ViewNode, ViewEdge>;
  setHiddenKinds(kinds: ReadonlySet<NodeKind>): void;
  /** Highlights nodes whose label contains `text` (case- and accent-insensitive); returns their keys. */
  setQuery(text: string): string[];
  setColourBy(mode: ColourMode): void;
  /** Makes `key` the focal node and moves the camera to it. */
  focusNode(key: string | undefined, zoom?: boolean): void;
  zoomIn(): void;
  zoomOut(): void;
  reset(): void;
  /** Re-reads the theme colours (after a theme switch) and redraws. */
  refreshTheme(): void;
  kill(): void;
}

type Rgb = [number, number, number];

/** Colours of the current theme, resolved from CSS custom properties. */
interface Palette {
  kind: Record<NodeKind, Rgb>;
  background: Rgb;
  text: Rgb;
  edge: Rgb;
  dark: boolean;
}

/** Lowercase, accent-free form used to match labels against a query. */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/** Imports a packed view (a slice or explorer file of the graph stage) and mounts Sigma into `container`. */
export function mountGraph(container: HTMLElement, data: unknown, options: MountOptions): GraphController {
  const graph = new Graph<ViewNode, ViewEdge>();
  // The JSON was written by the graph stage from a graph of these attribute types.
  graph.import(unpackView(data) as unknown as Parameters<typeof graph.import>[0]);
  const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)").matches;
  const duration = reducedMotion ? 0 : 300;

  let palette = readPalette(options.themeRoot);
  let colourBy = options.colourBy;
  let focus = options.focus;
  let hidden: ReadonlySet<NodeKind> = new Set();
  let hovered: string | null = null;
  let hoveredNeighbours = new Set<string>();
  let matches = new Set<string>();
  const folded = new Map<string, string>();
  graph.forEachNode((key, attributes) => folded.set(key, foldText(attributes.label)));

  const kindOf = (attributes: ViewNode): NodeKind => kindOfCode(attributes.k) ?? "paper";
  const baseColour = (attributes: ViewNode): Rgb =>
    colourBy === "community" ? communityColour(attributes.c, palette.dark) : palette.kind[kindOf(attributes)];

  const nodeReducer = (key: string, attributes: ViewNode): Partial<NodeDisplayData> => {
    const kind = kindOf(attributes);
    const isFocus = key === focus;
    const shown: Partial<NodeDisplayData> & { type: string } = {
      x: attributes.x,
      y: attributes.y,
      // Long titles are cut on the canvas; the hover card and the lists carry the full text.
      label: attributes.label.length > 42 ? `${attributes.label.slice(0, 40)}…` : attributes.label,
      type: KIND_SHAPE[kind],
      size: 3 + Math.min(8, Math.log2(1 + attributes.n) * 1.5) + (isFocus ? 6 : 0),
      color: hex(baseColour(attributes)),
      zIndex: isFocus ? 3 : 1,
      forceLabel: isFocus,
    };
    if (hidden.has(kind) && !isFocus) return { ...shown, hidden: true };
    const faded =
      (hovered !== null && key !== hovered && !hoveredNeighbours.has(key)) ||
      (hovered === null && matches.size > 0 && !matches.has(key));
    if (faded) return { ...shown, color: hex(mix(baseColour(attributes), palette.background, 0.82)), label: "", zIndex: 0, forceLabel: false };
    if (key === hovered || matches.has(key)) return { ...shown, label: attributes.label, zIndex: 2, forceLabel: true, highlighted: key === hovered };
    return shown;
  };
  const edgeReducer = (key: string, attributes: ViewEdge): Partial<EdgeDisplayData> => {
    const [source, target] = graph.extremities(key);
    const sourceKind = kindOf(graph.getNodeAttributes(source));
    const targetKind = kindOf(graph.getNodeAttributes(target));
    const weight = attributes.w ?? 1;
    const edge: Partial<EdgeDisplayData> = { size: 0.6 + Math.log2(weight), color: hex(palette.edge) };
    if ((hidden.has(sourceKind) && source !== focus) || (hidden.has(targetKind) && target !== focus)) return { ...edge, hidden: true };
    if (hovered !== null) {
      return source === hovered || target === hovered ? { ...edge, color: hex(mix(palette.edge, palette.text, 0.5)), zIndex: 1 } : { ...edge, hidden: true };
    }
    return edge;
  };

  const renderer = new Sigma<ViewNode, ViewEdge>(graph, container, {
    allowInvalidContainer: true,
    // The shape programs read only display data (x, y, size, colour), never node attributes.
    nodeProgramClasses: SHAPE_PROGRAMS as unknown as Record<string, NodeProgramType<ViewNode, ViewEdge>>,
    defaultNodeType: "circle",
    nodeReducer,
    edgeReducer,
    zIndex: true,
    renderEdgeLabels: false,
    // Small graphs get every label; big ones only those of nodes large enough on screen.
    labelRenderedSizeThreshold: graph.order <= 40 ? 0 : 6,
    labelDensity: 0.35,
    labelFont: getComputedStyle(options.themeRoot).fontFamily || "system-ui, sans-serif",
    labelSize: 12,
    labelColor: { color: hex(palette.text) },
    // The hover card is HTML (set with textContent); drawing Sigma's canvas hover box as well
    // would show the label twice.
    defaultDrawNodeHover: () => undefined,
  });
  const refresh = (): void => {
    renderer.refresh({ skipIndexation: true });
  };

  const showCard = (key: string | null): void => {
    const card = options.card;
    if (key === null) {
      card.hidden = true;
      return;
    }
    const attributes = graph.getNodeAttributes(key);
    const kind = kindOf(attributes);
    const title = document.createElement("strong");
    title.textContent = attributes.label;
    const detail = document.createElement("span");
    const links = graph.degree(key);
    detail.textContent = `${kind[0]?.toUpperCase()}${kind.slice(1)} · ${links} link${links === 1 ? "" : "s"} here · click to open`;
    card.replaceChildren(title, detail);
    const position = renderer.framedGraphToViewport(renderer.getNodeDisplayData(key) ?? { x: 0, y: 0 });
    const width = container.clientWidth;
    card.style.left = `${Math.min(Math.max(8, position.x + 12), Math.max(8, width - 248))}px`;
    card.style.top = `${Math.max(8, position.y + 12)}px`;
    card.hidden = false;
  };

  renderer.on("enterNode", ({ node }) => {
    hovered = node;
    hoveredNeighbours = new Set(graph.neighbors(node));
    container.style.cursor = "pointer";
    showCard(node);
    refresh();
  });
  renderer.on("leaveNode", () => {
    hovered = null;
    hoveredNeighbours = new Set();
    container.style.cursor = "";
    showCard(null);
    refresh();
  });
  renderer.on("clickNode", ({ node }) => {
    const attributes = graph.getNodeAttributes(node);
    location.assign(entityHref(options.base, kindOf(attributes), attributes.id));
  });

  const camera = renderer.getCamera();
  return {
    renderer,
    graph,
    setHiddenKinds(kinds) {
      hidden = new Set(kinds);
      refresh();
    },
    setQuery(text) {
      const query = foldText(text.trim());
      matches = new Set(query ? [...folded].filter(([, label]) => label.includes(query)).map(([key]) => key) : []);
      refresh();
      return [...matches];
    },
    setColourBy(mode) {
      colourBy = mode;
      refresh();
    },
    focusNode(key, zoom = true) {
      focus = key;
      refresh();
      const display = key === undefined ? undefined : renderer.getNodeDisplayData(key);
      if (display && zoom) void camera.animate({ x: display.x, y: display.y, ratio: 0.35 }, { duration });
    },
    zoomIn: () => void camera.animatedZoom({ duration }),
    zoomOut: () => void camera.animatedUnzoom({ duration }),
    reset: () => void camera.animatedReset({ duration }),
    refreshTheme() {
      palette = readPalette(options.themeRoot);
      renderer.setSetting("labelColor", { color: hex(palette.text) });
    },
    kill: () => renderer.kill(),
  };
}

/** Resolves the --graph-* custom properties (which use light-dark()) to RGB via a probe. */
function readPalette(root: HTMLElement): Palette {
  const probe = document.createElement("span");
  probe.hidden = true;
  root.append(probe);
  const resolve = (variable: string, fallback: Rgb): Rgb => {
    probe.style.color = `var(${variable})`;
    return parseRgb(getComputedStyle(probe).color) ?? fallback;
  };
  const background = resolve("--graph-bg", [255, 255, 255]);
  const palette: Palette = {
    kind: Object.fromEntries(NODE_KINDS.map((kind) => [kind, resolve(`--graph-${kind}`, [90, 90, 90])])) as Record<NodeKind, Rgb>,
    background,
    text: resolve("--graph-text", [20, 20, 20]),
    edge: resolve("--graph-edge", [180, 180, 180]),
    dark: background[0] + background[1] + background[2] < 384,
  };
  probe.remove();
  return palette;
}

function parseRgb(css: string): Rgb | undefined {
  const parts = css.match(/[\d.]+/g);
  if (!parts || parts.length < 3) return undefined;
  return [Number(parts[0]), Number(parts[1]), Number(parts[2])];
}

function mix(a: Rgb, b: Rgb, amount: number): Rgb {
  return [0, 1, 2].map((i) => Math.round((a[i] ?? 0) * (1 - amount) + (b[i] ?? 0) * amount)) as Rgb;
}

function hex(rgb: Rgb): string {
  return `#${rgb.map((v) => Math.max(0, Math.min(255, v)).toString(16).padStart(2, "0")).join("")}`;
}

/** Community colour: golden-angle hues, lighter on dark backgrounds (legible both ways). */
export function communityColour(community: number, dark: boolean): Rgb {
  if (community < 0) return dark ? [150, 150, 150] : [120, 120, 120];
  const hue = (community * 137.508) % 360;
  return hslToRgb(hue, 0.62, dark ? 0.66 : 0.42);
}

function hslToRgb(hue: number, saturation: number, lightness: number): Rgb {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const f = (n: number): number => {
    const k = (n + hue / 30) % 12;
    return Math.round(255 * (lightness - chroma / 2 * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}
