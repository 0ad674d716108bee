/**
 * Page types of a built site: HTML files grouped by route with entity ids and page numbers
 * collapsed (`researchers/:id/index.html`), so checks that are too slow for every page (browser,
 * validator, Lighthouse) still see every kind of page.
 */

/** Route words of the site; any other path segment is an entity id, a year or a page number. */
const ROUTE_WORDS = new Set(["researchers", "papers", "topics", "institutions", "sources", "search", "about", "graph", "embed", "full", "year", "page", "index.html", "404.html"]);

/** The page type of a built HTML path, e.g. `papers/year/:id/index.html`. */
export function pageType(file: string): string {
  return file
    .split("/")
    .map((part) => (ROUTE_WORDS.has(part) ? part : ":id"))
    .join("/");
}

/** Up to `n` pages of each page type, in the order given. */
export function pagesPerType(files: string[], n = 1): string[] {
  const byType = new Map<string, string[]>();
  for (const file of files) {
    const type = pageType(file);
    byType.set(type, [...(byType.get(type) ?? []), file]);
  }
  return [...byType.values()].flatMap((group) => group.slice(0, n));
}
