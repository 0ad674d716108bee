import { describe, expect, it } from "vitest";
import { paperYear, profileCard, UNNAMED_PROFILE } from "../../../src/lib/embed/card.ts";
import { publicResearcher } from "../../../src/lib/embed/record.ts";
import { catalog, researcher, SITE_ROOT } from "./fixtures.ts";

const record = (id: string) => publicResearcher(researcher(id), catalog, SITE_ROOT);

describe("profileCard", () => {
  it("shows the first three metrics present, in card order, with their source dump", () => {
    const card = profileCard(record("yongji-wu"), "compact");
    expect(card.metrics.map((m) => [m.label, m.value])).toEqual([
      ["h-index", "39"],
      ["citations", "424"],
      ["papers", "22"],
    ]);
    expect(card.metrics[0]?.source?.file).toBe("002_50d14b9dda15e8db.txt");
    expect(card.metricSources).toEqual(["002_50d14b9dda15e8db.txt (scholar card)"]);
  });

  it("shows more metrics, more papers and the bio in the full variant", () => {
    const card = profileCard(record("yongji-wu"), "full");
    expect(card.metrics.map((m) => m.value)).toEqual(["39", "424", "22", "58%", "58"]);
    expect(card.papers).toHaveLength(3);
    expect(card.variant).toBe("full");
  });

  it("lists the latest papers first and counts all of them", () => {
    const card = profileCard(record("yongji-wu"), "compact");
    expect(card.papers.map((p) => p.title)).toEqual(["FireRed-OCR Technical Report", "Punica: Multi-Tenant LoRA Serving"]);
    expect(card.paperTotal).toBe(3);
  });

  it("names the primary topic by its arXiv name and links its page", () => {
    expect(profileCard(record("yongji-wu")).primaryTopic).toEqual({ name: "Distributed, Parallel, and Cluster Computing", path: "topics/dc/" });
  });

  it("shows a placeholder for a profile no dump names, and says it is one", () => {
    const card = profileCard(record("unnamed-profile"));
    expect(card.name).toBe(UNNAMED_PROFILE);
    expect(card.named).toBe(false);
  });

  it("shows the trust level next to the trust score, as the profile page does", () => {
    const card = profileCard(record("unnamed-profile"));
    expect(card.metrics.map((m) => [m.label, m.value])).toEqual([
      ["works", "14"],
      ["trust", "21 (Emerging)"],
    ]);
  });

  it("leaves the bio out of the compact variant", () => {
    expect(profileCard(record("hostile"), "compact").bio).toBeNull();
    expect(profileCard(record("hostile"), "full").bio).toBe(researcher("hostile").bio);
  });
});

describe("paperYear", () => {
  it("marks a year that was inferred from the capture year", () => {
    expect(paperYear({ year: 2026, dateYearInferred: true })).toBe("2026 (inferred)");
    expect(paperYear({ year: 2023, dateYearInferred: false })).toBe("2023");
    expect(paperYear({ year: null, dateYearInferred: false })).toBeNull();
  });
});
