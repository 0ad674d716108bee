// The search index of the built site (issue 4), and the indexer's failure modes.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { pathToFileURL } from "node:url";
import type { AstroIntegration } from "astro";
import { buildSearchIndex, indexedHtmlGlob, pagefindIndexer, type IndexLogger } from "../../src/integrations/pagefind.ts";
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

  it("ships the search API the search page loads, and neither Pagefind's prebuilt UIs nor its playground", () => {
    expect(existsSync(join(dist, "pagefind/pagefind.js"))).toBe(true);
    expect(readdirSync(join(dist, "pagefind")).some((file) => /^wasm\.\w+\.pagefind$/.test(file))).toBe(true);
    expect(readdirSync(join(dist, "pagefind")).filter((file) => /ui\.(js|css)$/.test(file))).toEqual([]);
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
    const search = readFileSync(join(dist, "search/index.html"), "utf8");
    expect(search).toContain('data-bundle="/pagefind/"');
    expect(search).toMatch(/<script type="module" src="\/_astro\/SearchUI[^"]*\.js">/);
  });
});

describe("indexedHtmlGlob", () => {
  it("matches the top-level HTML and every folder but embed/", () => {
    expect(indexedHtmlGlob(["researchers", "embed", "about"])).toBe("{*.html,{about,researchers}/**/*.html}");
    expect(indexedHtmlGlob(["embed"])).toBe("*.html");
  });

  it("falls back to every HTML file when a folder name has glob syntax in it", () => {
    expect(indexedHtmlGlob(["a{b}", "papers"])).toBe("**/*.html");
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

  it("does not read the iframe card pages under embed/, whatever they contain", async () => {
    const body = '<html lang="en"><body><main data-pagefind-body><h1>Card</h1></main></body></html>';
    const site = siteWith({ "index.html": body, "researchers/a/index.html": body, "embed/researchers/a/index.html": body });
    const logger = recordingLogger();
    await buildSearchIndex(site, {}, logger);
    expect(logger.infos.join("\n")).toMatch(/indexed 2 of 2 HTML files/);
  });

  it("fails, saying why, when the site has no HTML page", async () => {
    const site = siteWith({ "robots.txt": "User-agent: *" });
    const logger = recordingLogger();
    await expect(buildSearchIndex(site, {}, logger)).rejects.toThrow(/Pagefind could not index/);
    expect(logger.errors.join("\n")).toMatch(/search index failed/);
  });
});

/** What the dev middleware answered: passed on (`next`), or a status, content type and body. */
interface DevAnswer {
  passed: boolean;
  status: number;
  type: string | undefined;
  body: string;
}

describe("pagefindIndexer in astro dev", () => {
  type Hooks = AstroIntegration["hooks"];
  type Middleware = (req: { url: string }, res: unknown, next: () => void) => void;

  /** Runs the integration's config and dev-server hooks with only the fields they read. */
  async function devMiddleware(outDir: string, base: string): Promise<{ middleware: Middleware; warnings: string[] }> {
    const hooks: Hooks = pagefindIndexer().hooks;
    const warnings: string[] = [];
    const logger = { info: () => {}, warn: (message: string) => warnings.push(message) };
    let middleware: Middleware | undefined;
    const server = { middlewares: { use: (handler: Middleware) => void (middleware = handler) } };
    // The hooks receive Astro's full context; these stand-ins carry the fields the hooks use.
    await hooks["astro:config:done"]?.({ config: { base, outDir: pathToFileURL(`${outDir}/`) } } as unknown as Parameters<NonNullable<Hooks["astro:config:done"]>>[0]);
    await hooks["astro:server:setup"]?.({ server, logger } as unknown as Parameters<NonNullable<Hooks["astro:server:setup"]>>[0]);
    if (!middleware) throw new Error("the integration registered no dev middleware");
    return { middleware, warnings };
  }

  function ask(middleware: Middleware, url: string): DevAnswer {
    const answer: DevAnswer = { passed: false, status: 200, type: undefined, body: "" };
    const res = {
      set statusCode(code: number) {
        answer.status = code;
      },
      setHeader: (name: string, value: string) => {
        if (name === "content-type") answer.type = value;
      },
      end: (body: string | Buffer) => void (answer.body = String(body)),
    };
    middleware({ url }, res, () => void (answer.passed = true));
    return answer;
  }

  it("serves the last build's bundle under the base path and passes other requests on", async () => {
    const { middleware, warnings } = await devMiddleware(siteDist("atlas"), "/atlas/");
    expect(warnings).toEqual([]);
    const entry = ask(middleware, "/atlas/pagefind/pagefind-entry.json");
    expect(entry.status).toBe(200);
    expect(entry.type).toMatch(/^application\/json/);
    expect(JSON.parse(entry.body)).toHaveProperty("version", "1.6.0");
    expect(ask(middleware, "/atlas/pagefind/pagefind.js").type).toMatch(/^text\/javascript/);
    expect(ask(middleware, "/atlas/search/").passed).toBe(true);
    expect(ask(middleware, "/pagefind/pagefind.js").passed).toBe(true);
  });

  it("refuses paths that climb out of the bundle and answers 404 for missing files", async () => {
    const { middleware } = await devMiddleware(siteDist("default"), "/");
    expect(ask(middleware, "/pagefind/..%2F..%2Fpackage.json").passed).toBe(true);
    const missing = ask(middleware, "/pagefind/no-such-file.js");
    expect(missing.status).toBe(404);
    expect(missing.body).toMatch(/npm run build/);
  });

  it("says how to get an index when no build exists yet", async () => {
    const empty = mkdtempSync(join(tmpdir(), "atlas-nobuild-"));
    try {
      const { warnings } = await devMiddleware(empty, "/");
      expect(warnings.join("\n")).toMatch(/run `npm run build` once/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
