/**
 * Build settings read from the environment, shared by astro.config.mjs, the content config and
 * the scripts. Kept free of Astro imports so scripts can use it too.
 */
import { parseShard, type Shard } from "./shard.ts";

/** Folder that holds the generated collections (`content/` unless `CONTENT_DIR` says otherwise). */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return env["CONTENT_DIR"] || "content";
}

/**
 * Folder of hand-authored MDX (`pages/`, `overlays/`). It stays the project's `content/` even
 * when CONTENT_DIR points generated collections elsewhere, so fixture builds keep the site's
 * own pages; AUTHORING_DIR overrides it (tests use a fixture folder).
 */
export function authoringDir(env: NodeJS.ProcessEnv = process.env): string {
  return env["AUTHORING_DIR"] || "content";
}

/** Folder of profile dumps (`seeds/` unless `SEEDS_DIR` says otherwise). */
export function seedsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env["SEEDS_DIR"] || "seeds";
}

/** Sub-path the site is served under, always with leading and trailing slash (`/`, `/atlas/`). */
export function basePath(env: NodeJS.ProcessEnv = process.env): string {
  const raw = (env["BASE_PATH"] || "/").trim();
  const trimmed = raw.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/** Absolute origin of the deployed site, used for canonical URLs, feeds and the sitemap. */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env["SITE_URL"] || "https://example.org").replace(/\/+$/, "");
}

/** Search index settings a deployment may tune (issue 7); unset values keep the indexer's defaults. */
export interface SearchIndexSettings {
  /** `SEARCH_MAX_FRAGMENTS`: above this many pages per language, fragments are bundled into shared files. */
  maxFragments?: number;
  /** `SEARCH_INDEX_CHUNK_SIZE`: postings per index chunk; smaller chunks mean less to download per query word. */
  indexChunkSize?: number;
}

/** Reads the search index settings from `SEARCH_MAX_FRAGMENTS` and `SEARCH_INDEX_CHUNK_SIZE`. */
export function searchIndexSettings(env: NodeJS.ProcessEnv = process.env): SearchIndexSettings {
  const settings: SearchIndexSettings = {};
  const maxFragments = positiveWholeNumber(env, "SEARCH_MAX_FRAGMENTS", "10000");
  if (maxFragments !== undefined) settings.maxFragments = maxFragments;
  const indexChunkSize = positiveWholeNumber(env, "SEARCH_INDEX_CHUNK_SIZE", "2500");
  if (indexChunkSize !== undefined) settings.indexChunkSize = indexChunkSize;
  return settings;
}

function positiveWholeNumber(env: NodeJS.ProcessEnv, name: string, example: string): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name}=${raw} is not a positive whole number; unset it or use e.g. ${example}`);
  }
  return value;
}

/**
 * Whether `astro build` leaves the Pagefind index to a later process (`SEARCH_INDEX=separate`).
 * `npm run build` does this and indexes in its own stage, so the Astro process (which holds the
 * whole corpus) has exited before Pagefind holds every page: peak memory is the larger of the
 * two, not their sum (README, "Performance"). Unset or `SEARCH_INDEX=build`: index in astro build.
 */
export function searchIndexDeferred(env: NodeJS.ProcessEnv = process.env): boolean {
  const raw = env["SEARCH_INDEX"]?.trim() ?? "";
  if (raw !== "" && raw !== "build" && raw !== "separate") {
    throw new Error(`SEARCH_INDEX=${raw} is not "build" or "separate"; unset it to index during astro build`);
  }
  return raw === "separate";
}

/**
 * Whether each shard of a sharded build has its own Pagefind bundle, merged at query time
 * (`SEARCH_BUNDLES=per-shard`, the default: shards built on separate machines), or the merged
 * site is indexed once as a whole (`SEARCH_BUNDLES=one`: the render jobs of `npm run build
 * -- --jobs N`, merged on the same machine before the search stage). README, "Scaling out".
 */
export function searchBundlesPerShard(env: NodeJS.ProcessEnv = process.env): boolean {
  const raw = env["SEARCH_BUNDLES"]?.trim() ?? "";
  if (raw !== "" && raw !== "per-shard" && raw !== "one") {
    throw new Error(`SEARCH_BUNDLES=${raw} is not "per-shard" or "one"; unset it for one bundle per shard`);
  }
  return raw !== "one";
}

/**
 * Whether Astro reuses unchanged researcher and paper pages from the last build (its
 * `experimental.incrementalBuild`, keyed by src/lib/page-keys.ts): on unless `INCREMENTAL_BUILD=0`.
 * Off, every page is rendered and nothing is written to the cache's copy of the output.
 */
export function incrementalBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  const raw = env["INCREMENTAL_BUILD"]?.trim() ?? "";
  if (raw !== "" && raw !== "0" && raw !== "1") {
    throw new Error(`INCREMENTAL_BUILD=${raw} is not 0 or 1; unset it to reuse unchanged pages`);
  }
  return raw !== "0";
}

/** Astro's cache folder: `ASTRO_CACHE_DIR` (fixture builds, each render job) or Astro's default. */
export function astroCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env["ASTRO_CACHE_DIR"] ?? "node_modules/.astro";
}

/**
 * Pages Astro works on at once (`build.concurrency`) when it has a page cache to restore from:
 * a restored page is a copy whose disk latency the one-at-a-time loop waits out, and copying
 * several at once took the restore of a 31k-route rebuild (--profiles 1000, one job) from
 * 27–48 s to 20–23 s over five pairs of runs. A cold build renders one at a time (Astro's
 * default): there the time is CPU, and two render jobs already use both cores.
 */
export const RESTORE_CONCURRENCY = 8;

/** `build.concurrency` for this build: {@link RESTORE_CONCURRENCY} when a page cache exists and incremental builds are on, else 1. */
export function renderConcurrency(hasPageCache: boolean, env: NodeJS.ProcessEnv = process.env): number {
  return hasPageCache && incrementalBuild(env) ? RESTORE_CONCURRENCY : 1;
}

/** This build's shard from `SHARD=k/n` (README, "Scaling out"); undefined for an unsharded build. */
export function buildShard(env: NodeJS.ProcessEnv = process.env): Shard | undefined {
  return parseShard(env["SHARD"]);
}

/**
 * The output folder `npm run build` is about to replace (`PREVIOUS_OUTPUT`, absolute), from which
 * the entity files of unchanged entities are linked (src/lib/entity-files/reuse.ts); undefined
 * for a plain `astro build` and for `npm run build -- --force`.
 */
export function previousOutput(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env["PREVIOUS_OUTPUT"]?.trim() || undefined;
}
