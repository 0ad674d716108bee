/**
 * Merges the output folders of a sharded build into one site (the fs side of src/lib/shard.ts,
 * as src/lib/graph-files.ts is for src/lib/graph/). Used by scripts/shard-build.ts, which copies
 * the shard folders (they are CI artifacts), and by the render jobs of scripts/build.ts, which
 * move them (same disk, and the shard folders are thrown away after).
 *
 * Shards write disjoint entity files, and the same bytes for what every shard writes (hashed
 * `_astro/` assets, graph data, `_headers`, `embed.js`); a file that several shards write with
 * different bytes is a page whose route is not sharded, and the merge stops naming it.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { mergeSitemapIndexes } from "./shard.ts";

/** `copy` leaves the shard folders as they are; `move` renames their files into the site and removes the folders. */
export type MergeMode = "copy" | "move";

/** Merges `shardDirs` (shard 1 first) into `target`, which must not exist yet, and writes the merged `sitemap-index.xml`. */
export function mergeShardOutputs(shardDirs: readonly string[], target: string, mode: MergeMode): void {
  if (existsSync(target)) throw new Error(`${target} already exists; the merge writes a new folder`);
  for (const dir of shardDirs) {
    if (!existsSync(dir)) throw new Error(`${dir} is missing: build that shard first`);
  }
  const [first, ...others] = shardDirs;
  if (first === undefined) throw new Error("no shard folders to merge");
  if (mode === "move") renameSync(first, target);
  else mergeTree(first, target, mode, "");
  for (const dir of others) {
    mergeTree(dir, target, mode, "");
    if (mode === "move") rmSync(dir, { recursive: true, force: true });
  }
  const indexes = readdirSync(target).filter((name) => /^sitemap-shard-\d+-index\.xml$/.test(name)).sort();
  writeFileSync(join(target, "sitemap-index.xml"), mergeSitemapIndexes(indexes.map((name) => readFileSync(join(target, name), "utf8"))));
}

/** Files under `dir` whose site path passes `test` (for reports: pages per shard). */
export function countFiles(dir: string, test: (path: string) => boolean, prefix = ""): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) count += countFiles(join(dir, entry.name), test, path);
    else if (test(path)) count++;
  }
  return count;
}

function mergeTree(from: string, to: string, mode: MergeMode, prefix: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (!existsSync(target)) {
      // A folder only this shard has (an entity's page folder) moves in one rename.
      if (mode === "move") renameSync(source, target);
      else if (entry.isDirectory()) mergeTree(source, target, mode, path);
      else copyFileSync(source, target);
      continue;
    }
    if (entry.isDirectory()) {
      mergeTree(source, target, mode, path);
      continue;
    }
    if (!sameFile(source, target)) {
      throw new Error(`${path} differs between shards (${relative(".", source)}); files several shards write must be identical, so this file is per-page and its route is not sharded (see ENTITY_PATHS in src/lib/shard.ts)`);
    }
  }
}

/** Same bytes; hard links to one file (the graph data every shard links from the content folder) are compared without reading them. */
function sameFile(a: string, b: string): boolean {
  const left = statSync(a);
  const right = statSync(b);
  if (left.ino === right.ino && left.dev === right.dev) return true;
  return left.size === right.size && readFileSync(a).equals(readFileSync(b));
}
