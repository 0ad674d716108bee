/**
 * Connects Pagefind's Component UI on /search/ to the URL: restores `?q=…&topic=…` on load and on
 * back/forward, and writes every search back into the address bar (push for a new search,
 * replace while a term is being typed). Loaded only by the search page.
 */
import {
  historyMode,
  isActiveSearch,
  normaliseFilters,
  pagefindFilters,
  parseSearchState,
  searchQuery,
  type SearchState,
} from "../../lib/search/url-state.ts";

/** The part of a Component UI instance this script uses (pagefind_ui/component/core/instance.ts). */
interface PagefindInstance {
  on(event: "search", callback: (term: unknown, filters: unknown) => void): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
}

/** `window.PagefindComponents`, set by pagefind-component-ui.js. */
interface PagefindComponentsApi {
  getInstanceManager(): { getInstance(name: string): PagefindInstance };
  configureInstance(name: string, options: { mergeIndex: Array<{ bundlePath: string }> }): void;
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponentsApi;
  }
}

const status = document.querySelector<HTMLElement>("[data-search-status]");

/** Resolves with the Component UI once its script ran; rejects if the page loaded without it. */
function componentsLoaded(): Promise<PagefindComponentsApi> {
  const defined = customElements.whenDefined("pagefind-results").then(() => window.PagefindComponents);
  const pageLoaded = new Promise<undefined>((resolve) => {
    if (document.readyState === "complete") resolve(undefined);
    else addEventListener("load", () => resolve(undefined), { once: true });
  });
  return Promise.race([defined, pageLoaded.then(() => window.PagefindComponents)]).then((api) => {
    if (!api) throw new Error("pagefind-component-ui.js did not load");
    return api;
  });
}

function connect(api: PagefindComponentsApi): void {
  // Sharded builds: search the other shards' bundles too (Pagefind mergeIndex), set before the
  // instance loads its index on the first search.
  const merge = document.querySelector<HTMLElement>("[data-merge-index]")?.dataset["mergeIndex"];
  if (merge) api.configureInstance("default", { mergeIndex: (JSON.parse(merge) as string[]).map((bundlePath) => ({ bundlePath })) });
  const instance = api.getInstanceManager().getInstance("default");
  let current: SearchState = parseSearchState(location.search);

  instance.on("search", (term, filters) => {
    const next: SearchState = {
      term: typeof term === "string" ? term.trim() : "",
      filters: normaliseFilters(typeof filters === "object" && filters !== null ? (filters as Record<string, unknown>) : {}),
    };
    const mode = historyMode(current, next);
    current = next;
    if (mode === "none") return;
    const url = `${location.pathname}${searchQuery(next)}`;
    if (mode === "push") history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  });

  addEventListener("popstate", () => {
    current = parseSearchState(location.search);
    // The input ignores search events while it has focus, so set its text here.
    const input = document.querySelector<HTMLInputElement>("pagefind-input input");
    if (input) input.value = current.term;
    instance.triggerSearchWithFilters(current.term, pagefindFilters(current));
  });

  status?.setAttribute("hidden", "");
  if (isActiveSearch(current)) instance.triggerSearchWithFilters(current.term, pagefindFilters(current));
  else document.querySelector<HTMLInputElement>("pagefind-input input")?.focus();
}

componentsLoaded().then(connect, (error: unknown) => {
  console.error(error);
  if (status) {
    status.textContent = "Search could not be loaded. Try reloading the page, or browse the directories below.";
    status.removeAttribute("hidden");
  }
});
