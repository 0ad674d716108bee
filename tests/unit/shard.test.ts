import { describe, expect, it } from "vitest";
import { entityOfPath, mergedBundleDirs, mergeSitemapIndexes, parseShard, rangeStarts, searchBundleDir, shardRangeStarts, shardOfId, shardOfPath } from "../../src/lib/shard.ts";

describe("parseShard", () => {
  it("reads k/n and leaves unsharded builds alone", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    expect(parseShard(undefined)).toBeUndefined();
    expect(parseShard(" ")).toBeUndefined();
  });

  it("names the variable and the expected form when the value is wrong", () => {
    expect(() => parseShard("0/2")).toThrow(/SHARD=0\/2 is not "k\/n"/);
    expect(() => parseShard("3/2")).toThrow(/1 ≤ k ≤ n/);
    expect(() => parseShard("half")).toThrow(/e\.g\. SHARD=2\/4/);
  });
});

describe("id ranges", () => {
  const ids = ["ada", "alan", "barbara", "edsger", "grace", "john", "ken", "linus"];

  it("splits sorted ids into equal contiguous ranges, so every id has exactly one shard", () => {
    const starts = rangeStarts(ids, 3);
    expect(starts).toEqual(["barbara", "john"]);
    expect(ids.map((id) => shardOfId(id, starts))).toEqual([1, 1, 2, 2, 2, 3, 3, 3]);
  });

  it("puts every id in shard 1 when there is one shard", () => {
    expect(rangeStarts(ids, 1)).toEqual([]);
    expect(shardOfId("zed", [])).toBe(1);
  });
});

describe("entityOfPath", () => {
  it("finds the researcher or paper behind every per-entity output", () => {
    expect(entityOfPath("/researchers/ada-lovelace/", "/")).toEqual({ kind: "researcher", id: "ada-lovelace" });
    expect(entityOfPath("/atlas/researchers/ada-lovelace/feed.atom", "/atlas/")).toEqual({ kind: "researcher", id: "ada-lovelace" });
    expect(entityOfPath("/papers/a-study/cite.bib", "/")).toEqual({ kind: "paper", id: "a-study" });
    expect(entityOfPath("/embed/researchers/ada/full/", "/")).toEqual({ kind: "researcher", id: "ada" });
    expect(entityOfPath("/embed/researchers/ada.dark.svg", "/")).toEqual({ kind: "researcher", id: "ada" });
    expect(entityOfPath("/api/papers/a-study.json", "/")).toEqual({ kind: "paper", id: "a-study" });
    expect(entityOfPath("/oembed/researchers/ada.json", "/")).toEqual({ kind: "researcher", id: "ada" });
  });

  it("treats directories and other site-wide pages as belonging to no entity", () => {
    for (const path of ["/", "/researchers/", "/researchers/page/2/", "/papers/year/2025/", "/papers/year/2025/3/", "/topics/lg/", "/search/", "/embed.js"]) {
      expect(entityOfPath(path, "/")).toBeNull();
    }
  });
});

describe("shardOfPath", () => {
  const starts = { researcher: ["m"], paper: ["p"] };
  it("sends entity pages to their range and site-wide pages to shard 1", () => {
    expect(shardOfPath("/researchers/zoe/", "/", starts)).toBe(2);
    expect(shardOfPath("/researchers/ada/", "/", starts)).toBe(1);
    expect(shardOfPath("/papers/quantum/cite.ris", "/", starts)).toBe(2);
    expect(shardOfPath("/topics/lg/", "/", starts)).toBe(1);
  });
});

describe("search bundles", () => {
  it("keeps shard 1's bundle at pagefind/ and lets its search page merge the others", () => {
    expect(searchBundleDir(undefined)).toBe("pagefind");
    expect(searchBundleDir({ index: 1, count: 3 })).toBe("pagefind");
    expect(searchBundleDir({ index: 3, count: 3 })).toBe("pagefind-shard-3");
    expect(mergedBundleDirs({ index: 1, count: 3 })).toEqual(["pagefind-shard-2/", "pagefind-shard-3/"]);
    expect(mergedBundleDirs({ index: 2, count: 3 })).toEqual([]);
    expect(mergedBundleDirs(undefined)).toEqual([]);
  });
});

describe("mergeSitemapIndexes", () => {
  it("lists every shard's sitemaps in one index", () => {
    const index = (loc: string) => `<?xml version="1.0"?><sitemapindex><sitemap><loc>${loc}</loc></sitemap></sitemapindex>`;
    const merged = mergeSitemapIndexes([index("https://x.org/sitemap-shard-1-0.xml"), index("https://x.org/sitemap-shard-2-0.xml")]);
    expect([...merged.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1])).toEqual(["https://x.org/sitemap-shard-1-0.xml", "https://x.org/sitemap-shard-2-0.xml"]);
  });
});

describe("shardRangeStarts", () => {
  it("splits each kind's ids in sorted order, whatever order they come in", () => {
    expect(shardRangeStarts({ researcher: ["d", "b", "a", "c"], paper: ["p2", "p1"] }, 2)).toEqual({ researcher: ["c"], paper: ["p2"] });
  });
});
