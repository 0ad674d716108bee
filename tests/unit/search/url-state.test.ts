import { describe, expect, it } from "vitest";
import {
  historyMode,
  isActiveSearch,
  normaliseFilters,
  pagefindFilters,
  parseSearchState,
  searchQuery,
  type SearchState,
} from "../../../src/lib/search/url-state.ts";

const state = (term: string, filters: SearchState["filters"] = {}): SearchState => ({ term, filters });

describe("parseSearchState", () => {
  it("reads the query and every known filter, repeated parameters included", () => {
    expect(parseSearchState("?q=lora&topic=Distributed%2C+Parallel&year=2024&year=2023&kind=paper")).toEqual({
      term: "lora",
      filters: { topic: ["Distributed, Parallel"], year: ["2023", "2024"], kind: ["paper"] },
    });
  });

  it("ignores unknown parameters and empty values", () => {
    expect(parseSearchState("?q=+graph+&utm_source=x&topic=&author=yongji-wu")).toEqual(state("graph"));
  });

  it("reads an empty query string as an empty search", () => {
    expect(parseSearchState("")).toEqual(state(""));
    expect(isActiveSearch(parseSearchState(""))).toBe(false);
  });

  it("keeps markup in values as text", () => {
    expect(parseSearchState("?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").term).toBe("<script>alert(1)</script>");
  });
});

describe("searchQuery", () => {
  it("writes the query first, then filters in a fixed order with sorted values", () => {
    expect(searchQuery(state("lora", { year: ["2024", "2023"], kind: ["paper"] }))).toBe("?q=lora&kind=paper&year=2023&year=2024");
  });

  it("writes nothing for an empty search", () => {
    expect(searchQuery(state("  "))).toBe("");
  });

  it("round-trips through parseSearchState", () => {
    const original = state("mixture of experts", { topic: ["Machine Learning", "C&C = ?"], code: ["with code"] });
    expect(parseSearchState(searchQuery(original))).toEqual(normalisedCopy(original));
  });
});

function normalisedCopy(search: SearchState): SearchState {
  return { term: search.term, filters: normaliseFilters(search.filters) };
}

describe("normaliseFilters", () => {
  it("drops unknown filters and empty selections from a Pagefind selection", () => {
    expect(normaliseFilters({ kind: [], topic: ["AI", "AI"], author: ["x"], year: "2024" })).toEqual({ topic: ["AI"] });
  });
});

describe("pagefindFilters", () => {
  it("asks for any of a filter's values and all of the filters", () => {
    expect(pagefindFilters(state("x", { kind: ["paper", "researcher"], year: ["2024"] }))).toEqual({
      kind: { any: ["paper", "researcher"] },
      year: { any: ["2024"] },
    });
  });

  it("gives Pagefind a copy it may mutate", () => {
    const search = state("x", { kind: ["paper"] });
    const filters = pagefindFilters(search);
    filters["kind"]?.any.push("researcher");
    expect(search.filters.kind).toEqual(["paper"]);
  });
});

describe("historyMode", () => {
  it("changes nothing when the search is the same", () => {
    expect(historyMode(state("lora "), state("lora"))).toBe("none");
  });

  it("rewrites the current entry while a term is typed or shortened", () => {
    expect(historyMode(state(""), state("lo"))).toBe("replace");
    expect(historyMode(state("lo"), state("lora"))).toBe("replace");
    expect(historyMode(state("lora adapters"), state("lora"))).toBe("replace");
  });

  it("adds an entry for a different term, a cleared term or a change of filters", () => {
    expect(historyMode(state("lora"), state("graph"))).toBe("push");
    expect(historyMode(state("lora"), state(""))).toBe("push");
    expect(historyMode(state("lora"), state("lora", { kind: ["paper"] }))).toBe("push");
  });
});
