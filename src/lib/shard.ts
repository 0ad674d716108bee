/**
 * Sharded builds: a directory too big for one machine is built as n shards, each on its own
 * machine or CI job (`SHARD=k/n`, 1-based like Playwright's `--shard`). Every shard reads the
 * whole corpus (pages link across shards) but renders only the pages of its id ranges: the
 * researchers and papers are split into n contiguous ranges of their sorted ids, so each shard
 * gets an equal share, and a page's shard follows from its id alone. Shard 1 also renders the
 * site-wide pages (home, directories, topics, search …). Each shard indexes its own pages into
 * its own Pagefind bundle; the search page of shard 1 merges the others at query time
 * (Pagefind's `mergeIndex`). README, "Scaling out". Pure: no fs, no Astro.
 */

/** Which shard this build is. */
export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Parses `SHARD=k/n`; undefined when unset (an ordinary, unsharded build). */
export function parseShard(raw: string | undefined): Shard | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new Error(`SHARD=${raw} is not "k/n" with 1 ≤ k ≤ n (e.g. SHARD=2/4); unset it for an unsharded build`);
  }
  return { index, count };
}

/** First ids of shards 2…n for a sorted id list: `count` contiguous ranges of equal size. */
export function rangeStarts(sortedIds: readonly string[], count: number): string[] {
  const starts: string[] = [];
  for (let shard = 1; shard < count; shard++) {
    const id = sortedIds[Math.floor((shard * sortedIds.length) / count)];
    if (id !== undefined) starts.push(id);
  }
  return starts;
}

/** Range starts of every sharded kind, from each kind's ids in any order. */
export function shardRangeStarts(ids: Readonly<Record<ShardedKind, readonly string[]>>, count: number): Record<ShardedKind, string[]> {
  return { researcher: rangeStarts([...ids.researcher].sort(), count), paper: rangeStarts([...ids.paper].sort(), count) };
}

/** 1-based shard of an id, given the range starts of its kind. */
export function shardOfId(id: string, starts: readonly string[]): number {
  let shard = 1;
  for (const start of starts) if (id >= start) shard++;
  return shard;
}

/** Entity kinds whose pages are spread over shards. */
export type ShardedKind = "researcher" | "paper";

/** Pathname patterns of per-entity outputs (pages, feeds, cite files, embeds, API, oEmbed). */
const ENTITY_PATHS: Array<[RegExp, ShardedKind]> = [
  [/^researchers\/(?!page(?:\/|$))([^/]+)(?:\/|$)/, "researcher"],
  [/^papers\/(?!year(?:\/|$))([^/]+)(?:\/|$)/, "paper"],
  [/^embed\/researchers\/([^/.]+)(?:[/.]|$)/, "researcher"],
  [/^api\/researchers\/([^/]+)\.json$/, "researcher"],
  [/^api\/papers\/([^/]+)\.json$/, "paper"],
  [/^oembed\/researchers\/([^/]+)\.json$/, "researcher"],
];

/** The entity a site path belongs to (`base` stripped first), or null for a site-wide page. */
export function entityOfPath(pathname: string, base: string): { kind: ShardedKind; id: string } | null {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, "");
  for (const [pattern, kind] of ENTITY_PATHS) {
    const id = pattern.exec(path)?.[1];
    if (id) return { kind, id: decodeURIComponent(id) };
  }
  return null;
}

/** The shard that renders a path: its entity's range, or shard 1 for site-wide pages. */
export function shardOfPath(pathname: string, base: string, starts: Readonly<Record<ShardedKind, readonly string[]>>): number {
  const entity = entityOfPath(pathname, base);
  return entity ? shardOfId(entity.id, starts[entity.kind]) : 1;
}

/** Folder of a shard's Pagefind bundle in the merged site: `pagefind/` for shard 1, else `pagefind-shard-k/`. */
export function searchBundleDir(shard: Shard | undefined): string {
  return !shard || shard.index === 1 ? "pagefind" : `pagefind-shard-${shard.index}`;
}

/** Bundles the search page of shard 1 merges at query time (paths relative to the base). */
export function mergedBundleDirs(shard: Shard | undefined): string[] {
  if (!shard || shard.index !== 1) return [];
  return Array.from({ length: shard.count - 1 }, (_, i) => `${searchBundleDir({ index: i + 2, count: shard.count })}/`);
}

/**
 * The site's `sitemap-index.xml` for a merged sharded build: every sitemap listed by the shards'
 * own indexes (`sitemap-shard-k-index.xml`, written by @astrojs/sitemap with `filenameBase`).
 */
export function mergeSitemapIndexes(indexes: readonly string[]): string {
  const locations = indexes.flatMap((xml) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!));
  return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locations.map((loc) => `<sitemap><loc>${loc}</loc></sitemap>`).join("")}</sitemapindex>`;
}
