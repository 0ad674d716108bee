/**
 * The whole-site XSS sweep over the `hostile` fixture site (tests/fixtures/hostile: markup,
 * `javascript:` links, `</script>` and quotes in names, titles, affiliations, venues, abstracts,
 * LaTeX and file names). Chromium's own parsers judge the output, so what counts as markup is
 * what a browser would make of it, not what a regex guesses:
 *  - every built text file parsed as its type (HTML, SVG, Atom and the HTML inside it, oEmbed
 *    `html`, JSON and JSON-LD) holds no injected element, handler or dangerous URL;
 *  - every HTML page, opened live, runs no payload and grows none in its DOM or shadow roots
 *    (lazy islands included), and the same holds for Pagefind results, graph hover cards and the
 *    `<researcher-card>` web component embedded on another origin.
 * tests/site/hostile.test.ts and tests/e2e/search.test.ts check specific spots; this is the sweep.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { hasChromium, launchChromium } from "../support/browser.ts";
import { listBuilt } from "../support/html.ts";
import { pagesPerType } from "../support/page-types.ts";
import { parseHeadersFile, serveDist, type StaticServer } from "../support/serve.ts";
import { siteDist } from "../support/sites.ts";

const dist = siteDist("hostile");
const run = hasChromium();

/** How a built file is parsed for the sweep. */
type Kind = "html" | "svg" | "atom" | "json" | "oembed";

function kindOf(file: string): Kind | null {
  if (file.startsWith("pagefind/") || file.startsWith("_astro/")) return null;
  if (file.endsWith(".html")) return "html";
  if (file.endsWith(".svg")) return "svg";
  if (file.endsWith(".atom") || file.endsWith(".xml")) return "atom";
  if (file.startsWith("oembed/") && file.endsWith(".json")) return "oembed";
  if (file.endsWith(".json")) return "json";
  return null;
}

/**
 * Runs in the page: lists injected markup in a parsed document (and open shadow roots): event
 * handler attributes, URL attributes with a script-capable scheme, payload elements (`img[src=x]`,
 * `svg[onload]`, `<script>`/`<style>`/comments carrying payload text), `<b>` from a title, and
 * JSON-LD that does not parse or could end its element early. Kept self-contained for evaluate.
 */
function findInjected(root: Document | ShadowRoot, where: string): string[] {
  const problems: string[] = [];
  const urlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcdoc"];
  const badScheme = /^(javascript|vbscript|data):/i;
  const walk = (node: Document | ShadowRoot | Element) => {
    for (const element of Array.from(node.querySelectorAll("*"))) {
      const tag = element.tagName.toLowerCase();
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase();
        // Strip what browsers ignore in URLs (controls, whitespace) before reading the scheme.
        const value = attribute.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
        if (name.startsWith("on")) problems.push(`${where}: <${tag} ${name}="${attribute.value.slice(0, 60)}">`);
        if (urlAttributes.includes(name) && badScheme.test(value)) problems.push(`${where}: <${tag} ${name}="${attribute.value.slice(0, 60)}">`);
        if (name === "srcdoc" || (name === "style" && /alert|expression\(/i.test(value))) problems.push(`${where}: <${tag} ${name}> from a dump`);
      }
      if (tag === "img" && element.getAttribute("src") === "x") problems.push(`${where}: injected <img src=x>`);
      if ((tag === "script" || tag === "style") && /alert\(1\)|body\{display:none\}/.test(element.textContent ?? "")) {
        const type = element.getAttribute("type") ?? "";
        if (!/json/.test(type)) problems.push(`${where}: dump text inside an executable <${tag}>`);
      }
      if (tag === "script" && element.getAttribute("type") === "application/ld+json") {
        const text = element.textContent ?? "";
        try {
          JSON.parse(text);
        } catch {
          problems.push(`${where}: JSON-LD that does not parse`);
        }
        if (/<\/script|<!--/i.test(text)) problems.push(`${where}: JSON-LD containing </script or <!--`);
      }
      if (tag === "b" && element.textContent === "Bold") problems.push(`${where}: <b> from a title is live markup`);
      if ((tag === "textarea" || tag === "noscript") && /<(script|img|svg)\b/i.test(element.innerHTML) && !/&lt;/.test(element.innerHTML)) problems.push(`${where}: <${tag}> carrying raw payload markup`);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(root);
  const iterator = (root instanceof Document ? root : root.ownerDocument).createNodeIterator(root, NodeFilter.SHOW_COMMENT);
  for (let comment = iterator.nextNode(); comment; comment = iterator.nextNode()) {
    if (/a comment|alert/.test(comment.textContent ?? "")) problems.push(`${where}: comment from a dump is live markup`);
  }
  return problems;
}

/** Runs in the page: parses a built file the way a consumer would and applies `findInjected`. */
function sweepFile(args: { file: string; kind: string; text: string; check: string }): string[] {
  const check = new Function(`return (${args.check})`)() as typeof findInjected;
  const { file, kind, text } = args;
  const html = (markup: string, where: string) => check(new DOMParser().parseFromString(markup, "text/html"), where);
  const xml = (type: DOMParserSupportedType) => {
    const doc = new DOMParser().parseFromString(text, type);
    if (doc.querySelector("parsererror")) return { doc, problems: [`${file}: does not parse as ${type}`] };
    return { doc, problems: [] as string[] };
  };
  switch (kind) {
    case "html":
      return html(text, file);
    case "svg": {
      const { doc, problems } = xml("image/svg+xml");
      for (const element of Array.from(doc.querySelectorAll("script, foreignObject, iframe"))) problems.push(`${file}: <${element.tagName}> in an SVG`);
      return [...problems, ...check(doc, file)];
    }
    case "atom": {
      const { doc, problems } = xml("application/xml");
      // Feed readers render type="html" text as HTML: what it decodes to must be inert too.
      for (const element of Array.from(doc.querySelectorAll("[type=html]"))) problems.push(...html(element.textContent ?? "", `${file} <${element.tagName} type=html>`));
      for (const link of Array.from(doc.querySelectorAll("link[href], uri, id"))) {
        const url = link.getAttribute("href") ?? link.textContent ?? "";
        if (/^\s*(javascript|vbscript|data):/i.test(url)) problems.push(`${file}: feed URL ${url.slice(0, 60)}`);
      }
      return [...problems, ...check(doc, file)];
    }
    case "oembed":
    case "json": {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return [`${file}: does not parse as JSON`];
      }
      const found: string[] = [];
      // Every URL in public JSON is followed by consumers; none may carry a script scheme.
      JSON.stringify(value, (key, item: unknown) => {
        if (typeof item === "string" && /(url|href|src|link)$/i.test(key) && /^\s*(javascript|vbscript|data):/i.test(item)) found.push(`${file}: ${key} = ${item.slice(0, 60)}`);
        return item;
      });
      if (kind === "oembed") found.push(...html(String((value as { html?: unknown }).html ?? ""), `${file} (html)`));
      return found;
    }
  }
  return [];
}

describe.runIf(run)("hostile text stays inert across the whole built site", () => {
  let server: StaticServer;
  let browser: Browser;
  const files = listBuilt(dist, "").filter((file) => kindOf(file) !== null);
  const pages = files.filter((file) => file.endsWith(".html"));

  beforeAll(async () => {
    server = await serveDist(dist, "/");
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page that records every alert/confirm/prompt/print call and dialog instead of showing it. */
  async function guardedPage(): Promise<{ page: Page; fired: string[] }> {
    const page = await browser.newPage();
    const fired: string[] = [];
    await page.exposeFunction("__atlasPayloadRan", (what: string) => void fired.push(what));
    await page.addInitScript(() => {
      const report = (window as unknown as { __atlasPayloadRan: (what: string) => void }).__atlasPayloadRan;
      for (const name of ["alert", "confirm", "prompt", "print"] as const) {
        Object.defineProperty(window, name, { value: (...args: unknown[]) => report(`${name}(${args.join(",")}) on ${location.pathname}`) });
      }
    });
    page.on("dialog", (dialog) => {
      fired.push(`dialog ${dialog.message()}`);
      void dialog.dismiss();
    });
    return { page, fired };
  }

  it("covers every kind of output the site publishes", () => {
    const kinds = new Set(files.map(kindOf));
    expect([...kinds].sort()).toEqual(["atom", "html", "json", "oembed", "svg"]);
    for (const type of ["researchers/", "papers/", "topics/", "institutions/", "sources/", "embed/researchers/", "search/"]) {
      expect(pages.some((page) => page.startsWith(type)), type).toBe(true);
    }
  });

  it("parses every built HTML, SVG, feed, JSON and oEmbed file into markup with no injected element, handler or script URL", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}robots.txt`);
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(dist, file), "utf8");
      problems.push(...(await page.evaluate(sweepFile, { file, kind: kindOf(file)!, text, check: findInjected.toString() })));
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it("keeps citation downloads inert: no live \\href or \\url in BibTeX, and nosniff on every .bib and .ris", () => {
    const downloads = listBuilt(dist, "").filter((file) => /\.(bib|ris)$/.test(file));
    expect(downloads.some((file) => file.endsWith(".bib")) && downloads.some((file) => file.endsWith(".ris"))).toBe(true);
    const rules = parseHeadersFile(readFileSync(join(dist, "_headers"), "utf8"));
    const problems: string[] = [];
    for (const file of downloads) {
      const text = readFileSync(join(dist, file), "utf8");
      // A title's \href{javascript:…} must reach LaTeX as text (\textbackslash{}href), never as a command.
      if (file.endsWith(".bib") && /(?<!\\textbackslash\{\})\\(href|url)\s*\{/.test(text)) problems.push(`${file}: live \\href or \\url`);
      // RIS and BibTeX carry titles verbatim (<script> included): browsers must never sniff them as HTML.
      const headers = rules.filter((rule) => rule.pattern.test(`/${file}`)).map((rule) => rule.headers);
      if (!headers.some((h) => /nosniff/i.test(h["X-Content-Type-Options"] ?? ""))) problems.push(`${file}: no X-Content-Type-Options: nosniff`);
      if (headers.some((h) => /html/i.test(h["Content-Type"] ?? ""))) problems.push(`${file}: served as HTML`);
    }
    expect(problems).toEqual([]);
  });

  it("opens two pages of every page type, scrolled to the end so lazy islands load, without running or growing a payload", async () => {
    const { page, fired } = await guardedPage();
    const problems: string[] = [];
    for (const file of pagesPerType(pages, 2)) {
      const path = file.replace(/index\.html$/, "");
      await page.goto(server.url + path.split("/").map(encodeURIComponent).join("/"));
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(150);
      problems.push(...(await page.evaluate(([check, where]) => (new Function(`return (${check})`)() as typeof findInjected)(document, where), [findInjected.toString(), file] as const)));
    }
    await page.close();
    expect(problems).toEqual([]);
    expect(fired).toEqual([]);
  });

  it("keeps payload words inert in Pagefind results: titles, names, affiliations and abstract excerpts", async () => {
    const { page, fired } = await guardedPage();
    const problems: string[] = [];
    for (const query of ["alert", "onerror", "script", "Markup", "Injector", "javascript", "Université", "Bold"]) {
      await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
      await page.locator(".search-result").first().waitFor({ timeout: 20_000 });
      await page.waitForLoadState("networkidle");
      problems.push(...(await page.evaluate(([check, where]) => (new Function(`return (${check})`)() as typeof findInjected)(document, where), [findInjected.toString(), `search ${query}`] as const)));
    }
    await page.close();
    expect(problems).toEqual([]);
    expect(fired).toEqual([]);
  });

  it("shows hostile graph labels in hover cards as text when every node of a slice is hovered", async () => {
    const { page, fired } = await guardedPage();
    const profile = pages.find((file) => file === "researchers/eve-markup/index.html");
    expect(profile, "the page of Eve Markup, co-author of every hostile paper").toBeDefined();
    await page.goto(server.url + profile!.replace(/index\.html$/, ""));
    await page.locator("graph-slice").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector("graph-slice")?.getAttribute("data-state") === "ready", null, { timeout: 20_000 });
    const points = await page.evaluate(() => {
      type Controller = { graph: { nodes(): string[] }; renderer: { getNodeDisplayData(k: string): { x: number; y: number }; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number } } };
      const element = document.querySelector("graph-slice") as HTMLElement & { controller: Controller };
      const box = element.querySelector(".graph-canvas")!.getBoundingClientRect();
      const { graph, renderer } = element.controller;
      return graph.nodes().map((key) => {
        const point = renderer.framedGraphToViewport(renderer.getNodeDisplayData(key));
        return { x: box.left + point.x, y: box.top + point.y };
      });
    });
    expect(points.length).toBeGreaterThan(3);
    const problems: string[] = [];
    let cards = 0;
    for (const point of points) {
      await page.mouse.move(point.x, point.y);
      await page.waitForTimeout(60);
      const card = await page.evaluate(() => { const card = document.querySelector<HTMLElement>("graph-slice .graph-card"); return card && !card.hidden ? card.textContent ?? "" : ""; });
      if (card.trim()) cards++;
      problems.push(...(await page.evaluate(([check, where]) => (new Function(`return (${check})`)() as typeof findInjected)(document, where), [findInjected.toString(), `hover ${point.x},${point.y}`] as const)));
    }
    await page.close();
    expect(cards, "hover cards shown").toBeGreaterThan(0);
    expect(problems).toEqual([]);
    expect(fired).toEqual([]);
  });

  it("renders the <researcher-card> web component for every hostile researcher on another origin without running a payload", async () => {
    const { page, fired } = await guardedPage();
    const ids = files.filter((file) => file.startsWith("api/researchers/")).map((file) => file.replace(/^api\/researchers\/|\.json$/g, ""));
    const cards = ids.map((id) => `<researcher-card researcher="${id}" variant="full"><a href="${server.url}researchers/${id}/">fallback</a></researcher-card>`).join("\n");
    // The embedding page is served by a second local server: another origin, as on a real blog
    // (a routed fake origin would be a public one, which Chromium forbids to fetch loopback).
    const hostServer = createServer((_, res) => res.writeHead(200, { "content-type": "text/html" }).end(`<!doctype html><title>host</title><script type="module" src="${server.url}embed.js"></script>${cards}`));
    await new Promise<void>((ok) => hostServer.listen(0, "127.0.0.1", ok));
    const host = `http://127.0.0.1:${(hostServer.address() as AddressInfo).port}/`;
    const errors: string[] = [];
    page.on("console", (message) => { if (message.type() === "error") errors.push(message.text()); });
    await page.goto(host);
    // Wait until every card rendered its shadow DOM from the JSON.
    await page.waitForFunction((n) => Array.from(document.querySelectorAll("researcher-card")).filter((c) => (c.shadowRoot?.textContent ?? "").trim().length > 0).length === n, ids.length, { timeout: 20_000 }).catch((error: Error) => {
      throw new Error(`${error.message}\nconsole errors: ${errors.join("\n")}`);
    });
    const problems = await page.evaluate(([check]) => (new Function(`return (${check})`)() as typeof findInjected)(document, "web component host"), [findInjected.toString()] as const);
    const texts = await page.evaluate(() => Array.from(document.querySelectorAll("researcher-card")).map((c) => c.shadowRoot?.textContent ?? ""));
    await page.close();
    hostServer.close();
    expect(problems).toEqual([]);
    expect(fired).toEqual([]);
    // The payload is shown as the literal text of the dump.
    expect(texts.join("\n")).toContain("<script>alert(1)</script> Mallory");
  });
});
