/**
 * The search page's filter pane as data: Pagefind's filter counts (`{ topic: { "Machine
 * Learning": 12 } }`) become ordered groups of checkboxes, with the visitor's selection kept even
 * when a value has no match in the current results. Pure; rendered by search-view.ts.
 */
import { SEARCH_FILTERS, type SearchFilterName, type SearchState } from "./url-state.ts";

/** Pagefind's counts per filter and value. */
export type FilterCounts = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** One value of a filter: its checkbox. */
export interface FilterOption {
  value: string;
  /** Matching pages (in the current results, or in the whole index before a search). */
  count: number;
  selected: boolean;
}

/** One filter: a labelled group of checkboxes. */
export interface FilterGroup {
  name: SearchFilterName;
  label: string;
  options: FilterOption[];
}

/** The visitor-facing name of each filter. */
export const FILTER_LABELS: Readonly<Record<SearchFilterName, string>> = {
  kind: "Kind",
  topic: "Topic",
  year: "Year",
  code: "Code",
  type: "Paper type",
  researcher: "Researcher",
};

/**
 * Years newest first; other values by their count in the whole index, then alphabetically. Not
 * by the current counts: the order stays put from search to search, so a checkbox does not move
 * away from the pointer or the keyboard focus that just used it.
 */
function compareOptions(name: SearchFilterName, total: Readonly<Record<string, number>>): (a: FilterOption, b: FilterOption) => number {
  if (name === "year") return (a, b) => b.value.localeCompare(a.value, "en", { numeric: true });
  return (a, b) => (total[b.value] ?? 0) - (total[a.value] ?? 0) || a.value.localeCompare(b.value, "en");
}

/**
 * The groups to show, in SEARCH_FILTERS order (`total`: the index's counts, `counts`: the current results'): every value the index has for the filter, with
 * the count `counts` gives it (0 when the current results have none), and the selected values
 * even if the index no longer has them, so a shared URL's selection stays visible and removable.
 * Filters the index does not have and nothing selects are left out.
 */
export function filterGroups(total: FilterCounts, counts: FilterCounts, state: SearchState): FilterGroup[] {
  const groups: FilterGroup[] = [];
  for (const name of SEARCH_FILTERS) {
    const selected = new Set(state.filters[name] ?? []);
    const values = new Set([...Object.keys(total[name] ?? {}), ...selected]);
    if (values.size === 0) continue;
    const options = [...values].map((value) => ({ value, count: counts[name]?.[value] ?? 0, selected: selected.has(value) }));
    groups.push({ name, label: FILTER_LABELS[name], options: options.sort(compareOptions(name, total[name] ?? {})) });
  }
  return groups;
}
