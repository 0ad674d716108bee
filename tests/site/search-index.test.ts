// The search index of the built site (issue 4), and the indexer's failure modes.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildSearchIndex, type IndexLogger } from "../../src/integrations/pagefind.ts";
import { authoringDir } from "../../src/lib/config.ts";
import { ROOT, siteContent, siteDist } from "../support/sites.ts";

/** A logger that keeps what it was told. */
function recordingLogger(): IndexLogger & { infos: string[]; errors: string[] } {
  const infos: string[] = [];
  const errors: string[] = [];
  return { infos, errors, info: (message) => infos.push(message), error: (message) => errors.push(message) };
}

describe("the default site's search index", () => {
  const dist = siteDist("default");
  const entry = JSON.parse(readFileSync(join(dist, "pagefind/pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };

  it("indexes exactly the paper, researcher, topic, institution and hand-written pages", () => {
    const count = (folder: string, extension: string) => readdirSync(folder).filter((file) => file.endsWith(extension)).length;
    const content = siteContent("default");
    const generated = ["papers", "researchers", "topics", "institutions"].map((kind) => count(join(content, kind), ".json"));
    const authored = count(join(ROOT, authoringDir({}), "pages"), ".mdx");
    const expected = generated.reduce((sum, n) => sum + n, authored);
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(expected);
  });

  it("ships the Component UI and no playground", () => {
    expect(existsSync(join(dist, "pagefind/pagefind-component-ui.js"))).toBe(true);
    expect(existsSync(join(dist, "pagefind/pagefind-component-ui.css"))).toBe(true);
    expect(existsSync(join(dist, "pagefind/playground"))).toBe(false);
  });

  it("splits the word index into small chunks so a query downloads little", () => {
    const chunks = readdirSync(join(dist, "pagefind/index")).map((file) => readFileSync(join(dist, "pagefind/index", file)).length);
    expect(chunks.length).toBeGreaterThan(3);
    expect(Math.max(...chunks)).toBeLessThan(12 * 1024);
  });

  it("gives a paper page its title weight, metadata and filters", () => {
    const html = readFileSync(join(dist, "papers/punica-multi-tenant-lora-serving/index.html"), "utf8");
    expect(html).toContain('<h1 data-pagefind-weight="10">Punica: Multi-Tenant LoRA Serving</h1>');
    for (const attribute of [
      'data-pagefind-meta="kind:Paper"',
      'data-pagefind-meta="year:2023"',
      'data-pagefind-filter="kind:paper"',
      'data-pagefind-filter="year:2023"',
      'data-pagefind-filter="code:with code"',
      'data-pagefind-filter="topic:Distributed, Parallel, and Cluster Computing"',
    ]) {
      expect(html).toContain(attribute);
    }
  });

  it("loads no search script or stylesheet on pages other than /search/", () => {
    const html = readFileSync(join(dist, "researchers/yongji-wu/index.html"), "utf8");
    expect(html).not.toMatch(/pagefind[-\w]*\.(js|css)/);
    expect(readFileSync(join(dist, "search/index.html"), "utf8")).toContain('src="/pagefind/pagefind-component-ui.js"');
  });
});

describe("buildSearchIndex", () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  function siteWith(pages: Record<string, string>): string {
    const folder = mkdtempSync(join(tmpdir(), "atlas-search-"));
    folders.push(folder);
    for (const [path, html] of Object.entries(pages)) {
      mkdirSync(join(folder, path, ".."), { recursive: true });
      writeFileSync(join(folder, path), html);
    }
    return folder;
  }

  it("writes a bundle and reports how many pages it indexed", async () => {
    const site = siteWith({
      "papers/a/index.html": '<html lang="en"><body><main data-pagefind-body><h1>A paper</h1><p>Text.</p></main></body></html>',
      "about/index.html": '<html lang="en"><body><main><h1>About</h1></main></body></html>',
    });
    const logger = recordingLogger();
    await buildSearchIndex(site, {}, logger);
    expect(existsSync(join(site, "pagefind/pagefind.js"))).toBe(true);
    expect(logger.infos.join("\n")).toMatch(/indexed 1 of 2 HTML files/);
    expect(logger.errors).toEqual([]);
  });

  it("fails, saying why, when the site has no HTML page", async () => {
    const site = siteWith({ "robots.txt": "User-agent: *" });
    const logger = recordingLogger();
    await expect(buildSearchIndex(site, {}, logger)).rejects.toThrow(/Pagefind could not index/);
    expect(logger.errors.join("\n")).toMatch(/search index failed/);
  });
});
