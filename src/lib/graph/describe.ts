/**
 * Words and lists for a slice: the grouped neighbourhood that the page renders as links (for
 * screen readers, crawlers and no-JS visitors) and the sentence stating the cap and what was left out.
 */
import { kindOfCode, NODE_KINDS, type NodeKind, type SliceMeta, type ViewNodes } from "./model.ts";

/** Singular and plural nouns of each kind for running text. */
const NOUNS: Record<NodeKind, [string, string]> = {
  researcher: ["person", "people"],
  paper: ["paper", "papers"],
  topic: ["topic", "topics"],
  institution: ["institution", "institutions"],
};

/** "1 paper", "3 people". */
export function countOf(kind: NodeKind, count: number): string {
  const [one, many] = NOUNS[kind];
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}

/** One entity of a slice as the HTML list shows it. */
export interface SliceEntry {
  id: string;
  label: string;
  /** 1 for direct neighbours, 2 for second-degree. */
  hops: number;
}

/** The slice's nodes other than the focus, grouped by kind (kinds in fixed order, empty ones left out). */
export function sliceGroups(slice: ViewNodes<SliceMeta>): Array<{ kind: NodeKind; entries: SliceEntry[] }> {
  const groups = new Map<NodeKind, SliceEntry[]>(NODE_KINDS.map((kind) => [kind, []]));
  for (const { key, attributes } of slice.nodes) {
    const kind = kindOfCode(attributes.k);
    if (key === slice.attributes.focus || !kind) continue;
    groups.get(kind)?.push({ id: attributes.id, label: attributes.label, hops: attributes.d ?? 1 });
  }
  // Direct neighbours first; within a distance, the slice's own (relevance) order is kept.
  return NODE_KINDS.map((kind) => ({ kind, entries: (groups.get(kind) ?? []).sort((a, b) => a.hops - b.hops) }))
    .filter((group) => group.entries.length > 0);
}

/** A group's entries split by distance, direct neighbours first; distances without entries are left out. */
export function hopLists(entries: readonly SliceEntry[]): Array<{ hops: number; entries: SliceEntry[] }> {
  const lists = [1, 2].map((hops) => ({ hops, entries: entries.filter((entry) => entry.hops === hops) }));
  return lists.filter((list) => list.entries.length > 0);
}

/** The sentence under a slice: how much is shown, the cap, and what was left out. */
export function sliceSummary(slice: ViewNodes<SliceMeta>): string {
  const { total, cap, omitted, unexpanded } = slice.attributes;
  const shown = slice.nodes.length;
  let text = `Showing ${shown.toLocaleString("en")} of ${total.toLocaleString("en")} nodes within two links.`;
  const left = NODE_KINDS.filter((kind) => (omitted[kind] ?? 0) > 0).map((kind) => countOf(kind, omitted[kind] ?? 0));
  if (left.length > 0) text += ` Left out by the cap of ${cap.toLocaleString("en")} nodes: ${joinList(left)}.`;
  if (unexpanded.length > 0) {
    const labels = unexpanded.map(([key, degree]) => {
      const node = slice.nodes.find((n) => n.key === key);
      return `${node?.attributes.label ?? key} (${degree.toLocaleString("en")} links)`;
    });
    text += ` Not expanded because they link to too much: ${joinList(labels)}.`;
  }
  return text;
}

function joinList(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
