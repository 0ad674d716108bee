/**
 * Indexes the built site with Pagefind's Node API when `astro build` finishes, the way Starlight's
 * `packages/starlight/integrations/pagefind.ts` does, and fails the build on any Pagefind error.
 * The bundle is written to `<outDir>/pagefind/`, which the site serves at `${base}pagefind/`.
 *
 * `astro dev` has no built HTML to index, so the dev server serves the bundle of the last
 * `astro build` (`<outDir>/pagefind/`, i.e. `dist/pagefind/` after `npm run build`) at the same
 * URL. Search in dev therefore reflects the last build; the dev server says so once, and says
 * how to get an index when there is none.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";
import { bundleFileFor } from "../lib/search/bundle-path.ts";

/** Options of the search indexer. */
export interface PagefindIndexerOptions {
  /**
   * Upper bound on fragment files per language (Pagefind's `maxFragments`): above it Pagefind
   * bundles fragments into shared files, which keeps the file count of a 100k-page site within
   * host limits at the cost of larger fragment downloads. Unset: one file per page.
   */
  maxFragments?: number;
  /**
   * Folder of the bundle inside the site (default `pagefind`). Sharded builds give every shard
   * but the first its own folder, merged at query time (src/lib/shard.ts, README "Scaling out").
   */
  bundleDir?: string;
  /**
   * Postings per word-index chunk (default {@link DEFAULT_INDEX_CHUNK_SIZE}). A query downloads
   * the chunk of each of its words, so smaller chunks cut the cold-query payload; the price is
   * more, smaller files.
   */
  indexChunkSize?: number;
  /** Leave the index to scripts/search-index.ts, run after astro build exits (`SEARCH_INDEX=separate`). */
  deferred?: boolean;
}

/**
 * Pagefind's default (about 20 000) puts the default corpus in three ~25 KB chunks, so a
 * three-word query downloads ~50 KB of index; at 2 500 each chunk is ≤ 5 KB and the whole index
 * grows by ~8 %. Measured with scripts/bench-search.ts (issue 4, 150 KB cold-query budget).
 */
export const DEFAULT_INDEX_CHUNK_SIZE = 2500;

/**
 * Pagefind 1.6 reads the chunk size only from this environment variable (no Node API option);
 * "UNSTABLE" is Pagefind's name for it, which is why the pagefind version is pinned.
 */
const CHUNK_SIZE_VARIABLE = "PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE";

/** Content types for the files a Pagefind bundle contains (dev server only). */
const BUNDLE_TYPES: Record<string, string> = {
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  json: "application/json; charset=utf-8",
};

/** The Astro integration that builds and (in dev) serves the Pagefind search bundle. */
export function pagefindIndexer(options: PagefindIndexerOptions = {}): AstroIntegration {
  let base = "/";
  let outDir: URL | undefined;
  return {
    name: "research-atlas:pagefind",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
        outDir = config.outDir;
      },
      "astro:server:setup": ({ server, logger }) => {
        if (!outDir) return;
        const bundleDir = fileURLToPath(new URL("./pagefind/", outDir));
        if (existsSync(join(bundleDir, "pagefind.js"))) {
          logger.info(`search in dev uses the index of the last build (${bundleDir}); run \`npm run build\` to refresh it`);
        } else {
          logger.warn(`no search index at ${bundleDir}: run \`npm run build\` once so /search/ works in dev`);
        }
        server.middlewares.use((req, res, next) => {
          const file = bundleFileFor(new URL(req.url ?? "/", "http://dev").pathname, base);
          if (file === null) return next();
          const path = join(bundleDir, file);
          if (!existsSync(path) || !statSync(path).isFile()) {
            res.statusCode = 404;
            res.end(`no ${file} in ${bundleDir}; run \`npm run build\` to build the search index`);
            return;
          }
          const extension = file.slice(file.lastIndexOf(".") + 1);
          res.setHeader("content-type", BUNDLE_TYPES[extension] ?? "application/octet-stream");
          res.setHeader("cache-control", "no-cache");
          res.end(readFileSync(path));
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (options.deferred) {
          logger.info(`search index left to the next step (SEARCH_INDEX=separate): node scripts/search-index.ts --site ${fileURLToPath(dir)}`);
          return;
        }
        await buildSearchIndex(fileURLToPath(dir), options, logger.fork("pagefind"));
      },
    },
  };
}

/** The part of Astro's integration logger the indexer uses (tests pass a recorder). */
export interface IndexLogger {
  info(message: string): void;
  error(message: string): void;
}

/** A Pagefind service answer: any error means the index is unusable. */
interface PagefindResponse {
  errors: string[];
}

/**
 * Indexes every HTML file under `siteDir` and writes the bundle to `siteDir/pagefind/`; rejects,
 * after logging each Pagefind error, when anything fails or no page was indexed.
 */
export async function buildSearchIndex(siteDir: string, options: PagefindIndexerOptions, logger: IndexLogger): Promise<void> {
  const started = performance.now();
  const outputPath = join(siteDir, options.bundleDir ?? "pagefind");
  // The Pagefind service process starts on the first call below and inherits this environment.
  const previousChunkSize = process.env[CHUNK_SIZE_VARIABLE];
  process.env[CHUNK_SIZE_VARIABLE] = String(options.indexChunkSize ?? DEFAULT_INDEX_CHUNK_SIZE);
  try {
    const created = check(
      await pagefind.createIndex(options.maxFragments === undefined ? {} : { maxFragments: options.maxFragments }),
      "create the index",
      logger,
    );
    if (!created.index) throw new Error("Pagefind returned no index and no error");
    const glob = indexedHtmlGlob(readdirSync(siteDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name));
    const read = check(await created.index.addDirectory({ path: siteDir, glob }), `index the HTML files in ${siteDir}`, logger);
    check(await created.index.writeFiles({ outputPath }), `write the bundle to ${outputPath}`, logger);
    removeUnusedUi(outputPath);
    // Pages without data-pagefind-body are skipped once any page has it, so count what was indexed.
    const indexed = indexedPageCount(outputPath);
    if (indexed === 0) {
      throw new Error(`no page was indexed out of ${read.page_count} HTML files; pages must mark their content with data-pagefind-body`);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    logger.info(`indexed ${indexed} of ${read.page_count} HTML files into ${outputPath} in ${seconds} s (${[...UNINDEXED_FOLDERS].map((f) => `${f}/`).join(", ")} not read)`);
  } catch (error) {
    // Never swallow: a site without a working index must not deploy (issue 4).
    const reason = error instanceof Error ? error.message : String(error);
    logger.error(`search index failed: ${reason}`);
    throw new Error(`Pagefind could not index ${siteDir}: ${reason}. Fix the error above and rebuild.`, { cause: error });
  } finally {
    await pagefind.close();
    if (previousChunkSize === undefined) delete process.env[CHUNK_SIZE_VARIABLE];
    else process.env[CHUNK_SIZE_VARIABLE] = previousChunkSize;
  }
}

/**
 * Pagefind's prebuilt UIs, which it writes into every bundle: the search page runs on its search
 * API (`pagefind.js`, src/components/search/), so nothing loads these and the site does not ship them.
 */
export const UNUSED_UI_FILES: readonly string[] = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
];

function removeUnusedUi(bundleDir: string): void {
  for (const file of UNUSED_UI_FILES) rmSync(join(bundleDir, file), { force: true });
}

/**
 * Folders whose HTML Pagefind never indexes: `embed/` holds the iframe card pages (`noindex`,
 * no `data-pagefind-body`), two of every three HTML files of a big site. Pagefind has no exclude
 * option and reads and parses every file its glob matches, so they are left out of the glob:
 * Pagefind's read step 24.0 → 19.3 s on a 65k-HTML-file site (31k indexed pages).
 */
export const UNINDEXED_FOLDERS: ReadonlySet<string> = new Set(["embed"]);

/**
 * Pagefind's glob for a site with these top-level folders: the HTML at the top and in every
 * folder but {@link UNINDEXED_FOLDERS}. A folder name with glob syntax in it makes it fall back
 * to every HTML file, which is only slower.
 */
export function indexedHtmlGlob(topLevelFolders: readonly string[]): string {
  const folders = topLevelFolders.filter((name) => !UNINDEXED_FOLDERS.has(name)).sort();
  if (folders.some((name) => /[{}[\]*?,!\\]/.test(name))) return "**/*.html";
  return folders.length === 0 ? "*.html" : `{*.html,{${folders.join(",")}}/**/*.html}`;
}

/** Pages in the written index, summed over languages (from `pagefind-entry.json`). */
function indexedPageCount(outputPath: string): number {
  const entry = JSON.parse(readFileSync(join(outputPath, "pagefind-entry.json"), "utf8")) as {
    languages?: Record<string, { page_count?: number }>;
  };
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}

/** Logs every error of a Pagefind response and throws when there is any. */
function check<T extends PagefindResponse>(response: T, step: string, logger: IndexLogger): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind error while trying to ${step}: ${error}`);
    throw new Error(`${response.errors.length} Pagefind error(s) while trying to ${step}`);
  }
  return response;
}
