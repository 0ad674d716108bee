import { describe, expect, it } from "vitest";
import { describeSource, groupMetricsBySource } from "../../../src/lib/site/metrics.ts";
import type { SourceRef } from "../../../src/schemas/index.ts";

const card: SourceRef = { file: "002_50d14b9dda15e8db.txt", format: "scholar-card", line: 1 };
const page: SourceRef = { file: "004_6f089a92616556e8.txt", format: "profile-page", line: 5 };

describe("groupMetricsBySource", () => {
  it("groups metrics by the dump they were read from, in display order", () => {
    const groups = groupMetricsBySource(
      { citations: 424, hIndex: 39, followers: 0, novelty: 58 },
      { citations: card, hIndex: card, novelty: card, followers: page },
    );
    expect(groups).toHaveLength(2);
    expect(groups[0]?.source).toEqual(card);
    expect(groups[0]?.metrics.map((m) => `${m.label}=${m.value}`)).toEqual(["h-index=39", "Citations=424", "Novelty=58%"]);
    expect(groups[1]?.metrics).toEqual([{ key: "followers", label: "Followers", value: "0" }]);
    expect(groups[1]?.lines).toEqual([5]);
  });

  it("lists every line of one dump that metrics came from", () => {
    const [group] = groupMetricsBySource({ trustScore: 13, followers: 0 }, { trustScore: { ...page, line: 8 }, followers: page });
    expect(group?.lines).toEqual([5, 8]);
    expect(describeSource(page, group?.lines)).toBe("004_6f089a92616556e8.txt, profile page, lines 5, 8");
  });

  it("keeps a metric whose source is unknown instead of dropping it", () => {
    const groups = groupMetricsBySource({ hIndex: 3 }, {});
    expect(groups).toEqual([{ source: null, lines: [], metrics: [{ key: "hIndex", label: "h-index", value: "3" }] }]);
  });
});

describe("describeSource", () => {
  it("names the file, the format and the line", () => {
    expect(describeSource(card)).toBe("002_50d14b9dda15e8db.txt, scholar card, line 1");
  });
});
