import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countFiles, mergeShardOutputs } from "../../src/lib/shard-merge.ts";

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "atlas-shard-merge-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Writes `files` (path → text) under `dir`. */
function write(dir: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const sitemapIndex = (loc: string) => `<?xml version="1.0"?><sitemapindex><sitemap><loc>${loc}</loc></sitemap></sitemapindex>`;

function twoShards(): [string, string] {
  return [
    write(join(root, "s1"), {
      "index.html": "home",
      "researchers/a/index.html": "A",
      "_astro/app.1234.js": "shared",
      "sitemap-shard-1-index.xml": sitemapIndex("https://x.org/sitemap-shard-1-0.xml"),
    }),
    write(join(root, "s2"), {
      "researchers/b/index.html": "B",
      "_astro/app.1234.js": "shared",
      "sitemap-shard-2-index.xml": sitemapIndex("https://x.org/sitemap-shard-2-0.xml"),
    }),
  ];
}

describe("mergeShardOutputs", () => {
  it.each(["copy", "move"] as const)("puts every shard's files in one site and lists every shard's sitemaps (%s)", (mode) => {
    const shards = twoShards();
    const site = join(root, "site");
    mergeShardOutputs(shards, site, mode);
    expect(readFileSync(join(site, "researchers/a/index.html"), "utf8")).toBe("A");
    expect(readFileSync(join(site, "researchers/b/index.html"), "utf8")).toBe("B");
    expect(readFileSync(join(site, "_astro/app.1234.js"), "utf8")).toBe("shared");
    const index = readFileSync(join(site, "sitemap-index.xml"), "utf8");
    expect([...index.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1])).toEqual(["https://x.org/sitemap-shard-1-0.xml", "https://x.org/sitemap-shard-2-0.xml"]);
    expect(countFiles(site, (path) => path.endsWith("index.html"))).toBe(3);
    expect(shards.map((dir) => existsSync(dir))).toEqual(mode === "copy" ? [true, true] : [false, false]);
  });

  it("accepts a file both shards hard-link from one source", () => {
    const [s1, s2] = twoShards();
    write(root, { "content/graph/slice.json": "{}" });
    for (const shard of [s1, s2]) {
      mkdirSync(join(shard, "graph"));
      linkSync(join(root, "content/graph/slice.json"), join(shard, "graph/slice.json"));
    }
    mergeShardOutputs([s1, s2], join(root, "site"), "move");
    expect(readFileSync(join(root, "site/graph/slice.json"), "utf8")).toBe("{}");
  });

  it("stops, naming the file, when two shards write one path with different bytes", () => {
    const [s1, s2] = twoShards();
    write(s2, { "index.html": "another home" });
    expect(() => mergeShardOutputs([s1, s2], join(root, "site"), "copy")).toThrow(/^index\.html differs between shards .*ENTITY_PATHS/);
  });

  it("refuses a missing shard folder and an existing target", () => {
    const [s1] = twoShards();
    expect(() => mergeShardOutputs([s1, join(root, "s3")], join(root, "site"), "move")).toThrow(/s3 is missing: build that shard first/);
    expect(() => mergeShardOutputs([s1], s1, "move")).toThrow(/already exists/);
  });
});
