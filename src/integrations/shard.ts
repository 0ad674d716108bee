/**
 * Renders only this shard's pages (see src/lib/shard.ts): wraps Astro's default prerenderer so
 * its `getStaticPaths` keeps the paths whose entity falls in this shard's id ranges. No route
 * file knows about shards; every page still sees the whole corpus through src/lib/data.ts.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { AstroIntegration } from "astro";
import { shardOfPath, shardRangeStarts, type Shard, type ShardedKind } from "../lib/shard.ts";

/** Ids of a generated collection (its file names). */
function collectionIds(contentDir: string, folder: string): string[] {
  return readdirSync(join(contentDir, folder)).filter((name) => name.endsWith(".json")).map((name) => name.slice(0, -5));
}

/** The first ids of shards 2…n, per entity kind, from the collections in `contentDir`. */
function shardRanges(contentDir: string, count: number): Record<ShardedKind, string[]> {
  return shardRangeStarts({ researcher: collectionIds(contentDir, "researchers"), paper: collectionIds(contentDir, "papers") }, count);
}

/**
 * The sitemap's `filter` for a shard: only the URLs of the pages this shard renders. Without it
 * every shard's sitemap would also list the site-wide pages (@astrojs/sitemap adds every static
 * route, rendered or not), and the merged sitemap would list them once per shard.
 */
export function shardSitemapFilter(shard: Shard, contentDir: string, base: string): (url: string) => boolean {
  let starts: Record<ShardedKind, string[]> | undefined;
  return (url) => {
    starts ??= shardRanges(contentDir, shard.count);
    return shardOfPath(new URL(url).pathname, base, starts) === shard.index;
  };
}

/** The integration; `contentDir` holds the generated collections, `base` is the site base path. */
export function shardPages(shard: Shard, contentDir: string, base: string): AstroIntegration {
  return {
    name: "research-atlas:shard",
    hooks: {
      "astro:build:start": ({ setPrerenderer, logger }) => {
        const starts = shardRanges(contentDir, shard.count);
        setPrerenderer((prerenderer) => ({
          ...prerenderer,
          name: `${prerenderer.name}+shard`,
          getStaticPaths: async () => {
            const all = await prerenderer.getStaticPaths();
            const mine = all.filter(({ pathname }) => shardOfPath(pathname, base, starts) === shard.index);
            logger.info(`shard ${shard.index}/${shard.count}: rendering ${mine.length} of ${all.length} paths`);
            return mine;
          },
        }));
      },
    },
  };
}
