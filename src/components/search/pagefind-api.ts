/**
 * The part of Pagefind's search API (the bundle's `pagefind.js`, Pagefind 1.6) the search page
 * uses, and its loading. The module is fetched from the site's bundle at run time, never bundled:
 * it must match the index it searches.
 */
import type { FilterCounts } from "../../lib/search/filter-pane.ts";
import type { SubResult } from "../../lib/search/results.ts";

/** A result's page as `result.data()` resolves it. */
export interface PagefindPage {
  url: string;
  excerpt: string;
  meta: Readonly<Record<string, string | undefined>>;
  sub_results: readonly SubResult[];
}

/** One result of a search; its page's fragment is fetched only when `data()` is called. */
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindPage>;
}

/**
 * What `search()` resolves with. Counts cover the filter chunks loaded so far: `filters` per
 * value within the filtered results, `totalFilters` per value for the query alone.
 */
export interface PagefindResponse {
  results: readonly PagefindResult[];
  filters: FilterCounts;
  totalFilters?: FilterCounts;
}

/** `pagefind.js`'s exports that the page calls. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(bundlePath: string): Promise<void>;
  /** `term` null: a filter-only search. Loads the word chunks of the term and the filter chunks of the selected filters only. */
  search(term: string | null, options: { filters: Record<string, { any: string[] }> }): Promise<PagefindResponse>;
  /** Loads every filter chunk (the largest part of a big index) and counts the pages per value. */
  filters(): Promise<FilterCounts>;
}

/** Where the page finds its index, read from the search root's data attributes. */
export interface SearchBundle {
  /** URL of the bundle (`/pagefind/`). */
  bundle: string;
  /** Site root, prepended to result URLs. */
  base: string;
  /** Other shards' bundles searched with this one (sharded builds). */
  merge: readonly string[];
}

/**
 * Imports the bundle's `pagefind.js` and configures it: results relative to the site root,
 * 24-word excerpts, and no web worker, so the cold first query does not also download the
 * worker script (issue 4's budget; README, "Search").
 */
export async function loadPagefind({ bundle, base, merge }: SearchBundle): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base, excerptLength: 24, noWorker: true });
  for (const path of merge) await pagefind.mergeIndex(path);
  return pagefind;
}
