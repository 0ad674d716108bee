import { describe, expect, it } from "vitest";
import { incrementalBuild, renderConcurrency, RESTORE_CONCURRENCY, searchBundlesPerShard, searchIndexDeferred, searchIndexSettings } from "../../src/lib/config.ts";

describe("searchIndexDeferred", () => {
  it("indexes during astro build unless SEARCH_INDEX=separate", () => {
    expect(searchIndexDeferred({})).toBe(false);
    expect(searchIndexDeferred({ SEARCH_INDEX: "build" })).toBe(false);
    expect(searchIndexDeferred({ SEARCH_INDEX: " separate " })).toBe(true);
  });

  it("refuses an unknown value and names the accepted ones", () => {
    expect(() => searchIndexDeferred({ SEARCH_INDEX: "later" })).toThrow(/SEARCH_INDEX=later is not "build" or "separate"/);
  });
});

describe("searchIndexSettings", () => {
  it("reads the fragment limit and chunk size, and refuses what is not a positive whole number", () => {
    expect(searchIndexSettings({ SEARCH_MAX_FRAGMENTS: "1000", SEARCH_INDEX_CHUNK_SIZE: "2500" })).toEqual({ maxFragments: 1000, indexChunkSize: 2500 });
    expect(searchIndexSettings({})).toEqual({});
    expect(() => searchIndexSettings({ SEARCH_MAX_FRAGMENTS: "-3" })).toThrow(/SEARCH_MAX_FRAGMENTS=-3/);
  });
});

describe("searchBundlesPerShard", () => {
  it("gives every shard its own bundle unless SEARCH_BUNDLES=one", () => {
    expect(searchBundlesPerShard({})).toBe(true);
    expect(searchBundlesPerShard({ SEARCH_BUNDLES: "per-shard" })).toBe(true);
    expect(searchBundlesPerShard({ SEARCH_BUNDLES: " one " })).toBe(false);
  });

  it("refuses an unknown value and names the accepted ones", () => {
    expect(() => searchBundlesPerShard({ SEARCH_BUNDLES: "merged" })).toThrow(/SEARCH_BUNDLES=merged is not "per-shard" or "one"/);
  });
});

describe("incrementalBuild", () => {
  it("reuses unchanged pages unless INCREMENTAL_BUILD=0, and refuses other values", () => {
    expect(incrementalBuild({})).toBe(true);
    expect(incrementalBuild({ INCREMENTAL_BUILD: "1" })).toBe(true);
    expect(incrementalBuild({ INCREMENTAL_BUILD: "0" })).toBe(false);
    expect(() => incrementalBuild({ INCREMENTAL_BUILD: "yes" })).toThrow(/INCREMENTAL_BUILD=yes is not 0 or 1/);
  });
});

describe("renderConcurrency", () => {
  it("restores several pages at once only when there is a page cache to restore from", () => {
    expect(RESTORE_CONCURRENCY).toBeGreaterThan(1);
    expect(renderConcurrency(true, {})).toBe(RESTORE_CONCURRENCY);
    expect(renderConcurrency(false, {})).toBe(1);
    expect(renderConcurrency(true, { INCREMENTAL_BUILD: "0" })).toBe(1);
  });
});
