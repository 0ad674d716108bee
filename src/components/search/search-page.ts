/**
 * The search page (/search/): runs the visitor's query on Pagefind's search API and shows the
 * results, restores `?q=…&topic=…` from the URL on load and on back/forward, and writes every
 * search back to the address bar (push for a new search, replace while a term is typed).
 *
 * The filter pane loads its lists only when the visitor opens it (or a shared URL selects a
 * filter): counting pages per filter value needs every filter chunk of the index, which on a
 * large directory is more than the rest of a first query together (README, "Search").
 */
import { filterGroups, type FilterCounts } from "../../lib/search/filter-pane.ts";
import { summaryText } from "../../lib/search/results.ts";
import { historyMode, isActiveSearch, normaliseFilters, pagefindFilters, parseSearchState, searchQuery, type SearchState } from "../../lib/search/url-state.ts";
import { loadPagefind, type Pagefind, type PagefindResult } from "./pagefind-api.ts";
import { renderFilterGroups, resultItem } from "./search-view.ts";

/** Results rendered at once; "Show more results" adds as many again. */
const PAGE_SIZE = 10;
/** Pause after the last keystroke before searching. */
const TYPING_PAUSE_MS = 250;
/** Filter groups expanded when the pane is first drawn. */
const OPEN_GROUPS = new Set(["kind"]);

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: ${selector} is missing from the markup (src/components/search/SearchUI.astro)`);
  return found;
}

const root = required<HTMLElement>(document, "[data-search]");
const input = required<HTMLInputElement>(root, "[data-search-input]");
const form = required<HTMLFormElement>(root, "[data-search-form]");
const summary = required<HTMLElement>(root, "[data-search-summary]");
const list = required<HTMLOListElement>(root, "[data-search-results]");
const more = required<HTMLButtonElement>(root, "[data-search-more]");
const pane = required<HTMLDetailsElement>(root, "[data-filter-pane]");
const groupsBox = required<HTMLElement>(root, "[data-filter-groups]");
const paneStatus = required<HTMLElement>(root, "[data-filter-status]");
const paneActive = required<HTMLElement>(root, "[data-filter-active]");
const clearFilters = required<HTMLButtonElement>(root, "[data-filter-clear]");
const status = required<HTMLElement>(root, "[data-search-status]");

const bundle = {
  bundle: root.dataset["bundle"] ?? "/pagefind/",
  base: root.dataset["base"] ?? "/",
  merge: JSON.parse(root.dataset["mergeIndex"] ?? "[]") as string[],
};

let engine: Promise<Pagefind> | undefined;
/** Pagefind, loaded on first use (focus of the field, a search, the filter pane). */
function pagefind(): Promise<Pagefind> {
  engine ??= loadPagefind(bundle);
  return engine;
}

let current: SearchState = parseSearchState(location.search);
/** Whether a search has run (the index's metadata and WebAssembly are loaded). */
let engineReady = false;
let searchId = 0;
let results: readonly PagefindResult[] = [];
let shown = 0;
/** Pages per filter value in the whole index, once the pane has loaded it. */
let totals: FilterCounts | undefined;
/** Pages per filter value among the current query's results (the totals when nothing is searched). */
let counts: FilterCounts = {};

function showError(error: unknown): void {
  console.error(error);
  status.textContent = "Search could not be loaded. Try reloading the page, or browse the directories below.";
  status.hidden = false;
  summary.textContent = "";
  root.removeAttribute("aria-busy");
}

function drawFilters(): void {
  // How many values are selected shows on the pane even while it is closed.
  const selected = Object.values(current.filters).reduce((sum, values) => sum + values.length, 0);
  paneActive.textContent = selected > 0 ? ` · ${selected} selected` : "";
  clearFilters.hidden = selected === 0;
  if (totals) renderFilterGroups(groupsBox, filterGroups(totals, counts, current), OPEN_GROUPS);
}

/** Renders the next PAGE_SIZE results of search `id` (fetching their fragments), unless a newer search started. */
async function showMore(id: number, focusFirst: boolean): Promise<void> {
  const batch = results.slice(shown, shown + PAGE_SIZE);
  const pages = await Promise.all(batch.map((result) => result.data()));
  if (id !== searchId) return;
  const items = pages.map(resultItem);
  list.append(...items);
  shown += batch.length;
  more.hidden = shown >= results.length;
  if (focusFirst) items[0]?.querySelector("a")?.focus();
}

/** Runs a search and shows its first results and, when the pane is loaded, its filter counts. */
async function run(state: SearchState): Promise<void> {
  const id = ++searchId;
  if (!isActiveSearch(state)) {
    results = [];
    shown = 0;
    list.replaceChildren();
    more.hidden = true;
    summary.textContent = "";
    counts = totals ?? {};
    drawFilters();
    return;
  }
  root.setAttribute("aria-busy", "true");
  // The first query downloads the index's page list (≈ 500 KB at 80k pages): say so meanwhile.
  if (!engineReady) summary.textContent = "Loading the search index…";
  const engine = await pagefind();
  const response = await engine.search(state.term || null, { filters: pagefindFilters(state) });
  engineReady = true;
  if (id !== searchId) return;
  results = response.results;
  shown = 0;
  list.replaceChildren();
  await showMore(id, false);
  if (id !== searchId) return;
  summary.textContent = summaryText(results.length, state.term, Object.keys(state.filters).length > 0);
  root.removeAttribute("aria-busy");
  if (totals) {
    // Per value, the query's results whatever is selected: a count never drops to 0 just
    // because another value of the same filter is checked (values within a filter are alternatives).
    counts = response.totalFilters ?? response.filters;
    drawFilters();
  }
}

/** Makes `next` the current search: records it in the history as historyMode says and runs it. */
function commit(next: SearchState): void {
  const mode = historyMode(current, next);
  current = next;
  if (mode === "none") return;
  const url = `${location.pathname}${searchQuery(next)}`;
  if (mode === "push") history.pushState(null, "", url);
  else history.replaceState(null, "", url);
  run(next).catch(showError);
}

let filtersLoaded: Promise<void> | undefined;
/** Loads the filter lists (once, however often the pane is toggled) and draws the pane; re-runs the current search for its counts. */
function loadFilters(): Promise<void> {
  filtersLoaded ??= (async () => {
    paneStatus.textContent = "Loading filters…";
    const engine = await pagefind();
    totals = await engine.filters();
    paneStatus.textContent = "";
    counts = totals;
    if (isActiveSearch(current)) await run(current);
    else drawFilters();
  })();
  return filtersLoaded;
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(() => commit({ term: input.value.trim(), filters: current.filters }), TYPING_PAUSE_MS);
});
input.addEventListener("focus", () => void pagefind().catch(showError), { once: true });
form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(typing);
  commit({ term: input.value.trim(), filters: current.filters });
});
more.addEventListener("click", () => void showMore(searchId, true).catch(showError));
pane.addEventListener("toggle", () => {
  if (pane.open) loadFilters().catch(showError);
});
groupsBox.addEventListener("change", () => {
  const selection: Record<string, string[]> = {};
  for (const box of groupsBox.querySelectorAll<HTMLInputElement>("input[type=checkbox]:checked")) (selection[box.name] ??= []).push(box.value);
  commit({ term: current.term, filters: normaliseFilters(selection) });
});
clearFilters.addEventListener("click", () => {
  commit({ term: current.term, filters: {} });
  input.focus();
});
addEventListener("popstate", () => {
  current = parseSearchState(location.search);
  input.value = current.term;
  if (Object.keys(current.filters).length > 0) pane.open = true;
  drawFilters();
  run(current).catch(showError);
});

input.value = current.term;
if (Object.keys(current.filters).length > 0) pane.open = true;
drawFilters();
if (isActiveSearch(current)) run(current).catch(showError);
else input.focus();
