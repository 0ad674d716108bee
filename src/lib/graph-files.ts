/**
 * Build-time access to the graph stage's output for pages (the fs side of src/lib/graph/, like
 * src/lib/data.ts is for the collections): a page's slice feeds both the island's fetch URL and
 * the HTML list of the same neighbourhood.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { contentDir } from "./config.ts";
import { unpackNodes, type ExplorerMeta, type NodeKind, type SliceMeta, type ViewNodes } from "./graph/model.ts";
import { SLICE_DIGESTS_FILE, slicePath } from "./graph/stage.ts";

/** Folder the graph stage writes to. */
export function graphDir(): string {
  return join(contentDir(), "graph");
}

/**
 * The nodes of an entity's slice, for the page's link list (the island fetches the whole file);
 * throws with the remedy when the graph stage has not run.
 */
export function loadSlice(kind: NodeKind, id: string): ViewNodes<SliceMeta> {
  const file = join(graphDir(), slicePath(kind, id));
  if (!existsSync(file)) {
    throw new Error(`${file}: no graph slice for ${kind} "${id}"; run the graph stage (node scripts/graph.ts) after ingest, or npm run build`);
  }
  return unpackNodes<SliceMeta>(JSON.parse(readFileSync(file, "utf8")));
}

let sliceDigests: Map<string, string> | undefined;

/**
 * A digest of an entity's slice file as the graph stage wrote it (read once from
 * SLICE_DIGESTS_FILE), for page cache keys; "none" when the stage recorded none for it.
 */
export function sliceDigest(kind: NodeKind, id: string): string {
  if (!sliceDigests) {
    const file = join(graphDir(), SLICE_DIGESTS_FILE);
    if (!existsSync(file)) throw new Error(`${file}: missing; run the graph stage (node scripts/graph.ts) after ingest, or npm run build`);
    sliceDigests = new Map(Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, string>));
  }
  return sliceDigests.get(slicePath(kind, id)) ?? "none";
}

/** The explorer view's graph attributes (counts), for the /graph/ page's text. */
export function loadExplorerMeta(): ExplorerMeta {
  const file = join(graphDir(), "explorer.json");
  if (!existsSync(file)) throw new Error(`${file}: missing; run the graph stage (node scripts/graph.ts) after ingest, or npm run build`);
  return unpackNodes<ExplorerMeta>(JSON.parse(readFileSync(file, "utf8"))).attributes;
}
