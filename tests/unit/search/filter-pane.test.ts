import { describe, expect, it } from "vitest";
import { filterGroups } from "../../../src/lib/search/filter-pane.ts";

const total = {
  kind: { paper: 64, researcher: 93, topic: 8 },
  year: { "2023": 10, "2025": 20, "2024": 30 },
  topic: { "Machine Learning": 12, Databases: 3, "Computation and Language": 12 },
};

describe("filterGroups", () => {
  it("orders groups as the URL lists filters and leaves out filters the index lacks", () => {
    expect(filterGroups(total, total, { term: "", filters: {} }).map((group) => [group.name, group.label])).toEqual([
      ["kind", "Kind"],
      ["topic", "Topic"],
      ["year", "Year"],
    ]);
  });

  it("lists years newest first and other values by their count in the whole index", () => {
    const current = { kind: { paper: 1, researcher: 0, topic: 5 } };
    const [kind, topic, year] = filterGroups(total, current, { term: "x", filters: {} });
    expect(kind?.options.map((option) => [option.value, option.count])).toEqual([
      ["researcher", 0],
      ["paper", 1],
      ["topic", 5],
    ]);
    expect(topic?.options.map((option) => option.value)).toEqual(["Computation and Language", "Machine Learning", "Databases"]);
    expect(year?.options.map((option) => option.value)).toEqual(["2025", "2024", "2023"]);
  });

  it("marks the selection, and keeps a selected value the index no longer has", () => {
    const groups = filterGroups(total, total, { term: "", filters: { kind: ["paper"], code: ["with code"] } });
    expect(groups.find((group) => group.name === "kind")?.options.filter((option) => option.selected).map((option) => option.value)).toEqual(["paper"]);
    expect(groups.find((group) => group.name === "code")?.options).toEqual([{ value: "with code", count: 0, selected: true }]);
  });
});
