/**
 * The state of the search page as it lives in the URL (`/search/?q=lora&topic=…&year=2024`), so a
 * search can be shared, bookmarked and restored, and back/forward step through searches.
 * Pure: the search page's script feeds it `location.search` and Pagefind's filter selections.
 */

/** Filters the site indexes (`data-pagefind-filter` names), in the order URLs list them. */
export const SEARCH_FILTERS = ["kind", "topic", "year", "code", "type", "researcher"] as const;
/** Name of one search filter; also its URL parameter. */
export type SearchFilterName = (typeof SEARCH_FILTERS)[number];

/** URL parameter of the query text. */
export const QUERY_PARAM = "q";

/** A search: the query text and, per filter, the selected values (Pagefind's filter selection). */
export interface SearchState {
  /** Query text, trimmed; empty when nothing was searched. */
  term: string;
  /** Selected values per filter; filters without a selection are absent. */
  filters: Partial<Record<SearchFilterName, string[]>>;
}

/** How the URL should change when the search changes. */
export type HistoryMode = "push" | "replace" | "none";

const FILTER_NAMES: ReadonlySet<string> = new Set(SEARCH_FILTERS);

function isFilterName(name: string): name is SearchFilterName {
  return FILTER_NAMES.has(name);
}

/** Sorted, de-duplicated, non-empty values, so equal selections compare and serialise equally. */
function normaliseValues(values: readonly unknown[]): string[] {
  const kept = values.filter((value): value is string => typeof value === "string" && value.trim() !== "");
  return [...new Set(kept)].sort((a, b) => a.localeCompare(b, "en"));
}

/**
 * Keeps the known filters of a Pagefind selection (`{ topic: ["…"] }`), dropping unknown names
 * and empty selections. Values are kept verbatim: they are compared with the indexed values.
 */
export function normaliseFilters(selection: Readonly<Record<string, unknown>>): SearchState["filters"] {
  const filters: SearchState["filters"] = {};
  for (const name of SEARCH_FILTERS) {
    const raw = selection[name];
    if (!Array.isArray(raw)) continue;
    const values = normaliseValues(raw);
    if (values.length > 0) filters[name] = values;
  }
  return filters;
}

/** Reads a search from a query string (`?q=lora&year=2024&year=2023`); unknown parameters are ignored. */
export function parseSearchState(query: string): SearchState {
  const params = new URLSearchParams(query);
  const selection: Record<string, string[]> = {};
  for (const [name, value] of params) {
    if (!isFilterName(name)) continue;
    (selection[name] ??= []).push(value);
  }
  return { term: (params.get(QUERY_PARAM) ?? "").trim(), filters: normaliseFilters(selection) };
}

/** The query string of a search (`?q=lora&topic=…`), or `""` for an empty search. */
export function searchQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.term.trim()) params.append(QUERY_PARAM, state.term.trim());
  for (const name of SEARCH_FILTERS) {
    for (const value of normaliseValues(state.filters[name] ?? [])) params.append(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** True when the search asks for anything (a term or a filter). */
export function isActiveSearch(state: SearchState): boolean {
  return state.term.trim() !== "" || Object.keys(state.filters).length > 0;
}

/**
 * Pagefind's filter selection for a search: the values of one filter are alternatives (`any`),
 * different filters must all hold. A plain array would ask Pagefind for pages with every value
 * at once, which for kind, year, code or type (one value per page) matches nothing.
 */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(state.filters).map(([name, values]) => [name, { any: [...values] }]));
}

/**
 * Whether a change of search adds a history entry or rewrites the current one. Typing refines
 * one search (each debounced keystroke would otherwise flood the history), so a term that
 * extends or shortens the previous one replaces it; a new term, a cleared term or a change of
 * filters is a new search that Back should return from.
 */
export function historyMode(previous: SearchState, next: SearchState): HistoryMode {
  if (searchQuery(previous) === searchQuery(next)) return "none";
  if (searchQuery({ term: "", filters: previous.filters }) !== searchQuery({ term: "", filters: next.filters })) return "push";
  const before = previous.term.trim().toLowerCase();
  const after = next.term.trim().toLowerCase();
  if (before === "") return "replace";
  if (after === "") return "push";
  return after.startsWith(before) || before.startsWith(after) ? "replace" : "push";
}
