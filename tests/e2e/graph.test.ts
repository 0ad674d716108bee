// The research graph in Debian's Chromium: the page island (lazy loading, drawing, hover, click,
// legend) and the /graph/ explorer (search-to-focus, URL state), with no console errors.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { hasChromium, launchChromium } from "../support/browser.ts";
import { serveDist, type StaticServer } from "../support/serve.ts";
import { siteDist } from "../support/sites.ts";

const run = hasChromium();
const PROFILE = "researchers/yongji-wu/";

describe.runIf(run)("research graph in the browser", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveDist(siteDist("default"));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page, recording console errors, page errors and failed responses. */
  async function open(path: string, width = 1280): Promise<{ page: Page; problems: string[]; requests: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const problems: string[] = [];
    const requests: string[] = [];
    // The browser's own /favicon.ico probe is the site's business (no icon yet), not the graph's.
    page.on("console", (message) => { if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico")) problems.push(`${message.text()} ${message.location().url}`); });
    page.on("pageerror", (error) => problems.push(String(error)));
    page.on("request", (request) => requests.push(request.url()));
    page.on("response", (response) => { if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`); });
    await page.goto(server.url + path);
    return { page, problems, requests };
  }

  async function showIsland(page: Page): Promise<void> {
    await page.locator("graph-slice").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector("graph-slice")?.getAttribute("data-state") === "ready", null, { timeout: 20_000 });
    await page.waitForTimeout(300);
  }

  /** Viewport coordinates of a slice node whose entity id is `id`. */
  async function nodePoint(page: Page, selector: string, id: string): Promise<{ x: number; y: number; key: string }> {
    return page.evaluate(([selector, id]) => {
      const element = document.querySelector(selector) as HTMLElement & { controller: { graph: { findNode(f: (k: string, a: { id: string }) => boolean): string | undefined }; renderer: { getNodeDisplayData(k: string): { x: number; y: number }; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number } } } };
      const { graph, renderer } = element.controller;
      const key = graph.findNode((_, a) => a.id === id);
      if (key === undefined) throw new Error(`no node ${id}`);
      const point = renderer.framedGraphToViewport(renderer.getNodeDisplayData(key));
      const box = element.querySelector(".graph-canvas")!.getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y, key };
    }, [selector, id] as const);
  }

  it("loads no graph code or data until the island scrolls into view, then draws a non-blank canvas", async () => {
    // On a phone the graph sits below the fold, out of the island's 200 px look-ahead.
    const { page, problems, requests } = await open(PROFILE, 390);
    expect(await page.evaluate(() => document.querySelector("graph-slice")!.getBoundingClientRect().top - innerHeight)).toBeGreaterThan(200);
    await page.waitForTimeout(500);
    expect(requests.filter((url) => /island|\/graph\/.*\.json/.test(url))).toEqual([]);
    await showIsland(page);
    expect(requests.some((url) => url.endsWith("/graph/researchers/yongji-wu.json"))).toBe(true);
    const shot = await page.locator("graph-slice .graph-stage").screenshot();
    const coloured = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = Object.assign(document.createElement("canvas"), { width: image.width, height: image.height });
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let count = 0;
      // Count strongly coloured pixels (node markers), not the near-white background or grey edges.
      for (let i = 0; i < data.length; i += 4) {
        const max = Math.max(data[i]!, data[i + 1]!, data[i + 2]!);
        const min = Math.min(data[i]!, data[i + 1]!, data[i + 2]!);
        if (max - min > 60) count++;
      }
      return count;
    }, shot.toString("base64"));
    expect(coloured).toBeGreaterThan(2000);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows a label card on hover and dims nodes not adjacent to the hovered one", async () => {
    const { page, problems } = await open(PROFILE);
    await showIsland(page);
    const topic = await nodePoint(page, "graph-slice", "ir");
    await page.mouse.move(topic.x, topic.y);
    await page.waitForFunction(() => !document.querySelector("graph-slice .graph-card")?.hasAttribute("hidden"));
    expect(await page.locator("graph-slice .graph-card strong").textContent()).toBe("Information Retrieval (IR)");
    const display = await page.evaluate((key) => {
      const { graph, renderer } = (document.querySelector("graph-slice") as HTMLElement & { controller: { graph: { neighbors(k: string): string[]; nodes(): string[] }; renderer: { getNodeDisplayData(k: string): { label: string | null } } } }).controller;
      const neighbours = new Set(graph.neighbors(key));
      const other = graph.nodes().find((node) => node !== key && !neighbours.has(node))!;
      const neighbour = [...neighbours][0]!;
      return { other: renderer.getNodeDisplayData(other).label, neighbour: renderer.getNodeDisplayData(neighbour).label };
    }, topic.key);
    expect(display.other).toBe("");
    expect(display.neighbour).not.toBe("");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("opens a node's page when it is clicked", async () => {
    const { page } = await open(PROFILE);
    await showIsland(page);
    const topic = await nodePoint(page, "graph-slice", "ir");
    await page.mouse.move(topic.x, topic.y);
    await Promise.all([page.waitForURL(/\/topics\/ir\/$/), page.mouse.click(topic.x, topic.y)]);
    await page.close();
  });

  it("hides and shows a kind from the legend", async () => {
    const { page, problems } = await open(PROFILE);
    await showIsland(page);
    const papersHidden = () => page.evaluate(() => {
      const { graph, renderer } = (document.querySelector("graph-slice") as HTMLElement & { controller: { graph: { filterNodes(f: (k: string, a: { k: string }) => boolean): string[] }; renderer: { getNodeDisplayData(k: string): { hidden: boolean } } } }).controller;
      return graph.filterNodes((_, a) => a.k === "p").map((key) => renderer.getNodeDisplayData(key).hidden);
    });
    expect(new Set(await papersHidden())).toEqual(new Set([false]));
    const button = page.locator('graph-slice button[data-kind="paper"]');
    await button.click();
    expect(await button.getAttribute("aria-pressed")).toBe("false");
    expect(new Set(await papersHidden())).toEqual(new Set([true]));
    await button.click();
    expect(new Set(await papersHidden())).toEqual(new Set([false]));
    expect(problems).toEqual([]);
    await page.close();
  });

  it("keeps the neighbourhood as a list of links for visitors without JavaScript", async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(server.url + PROFILE);
    expect(await page.locator("graph-slice .graph-stage").isHidden()).toBe(true);
    const links = await page.locator("graph-slice .graph-list a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toContain("/topics/ir/");
    expect(links.length).toBeGreaterThan(20);
    expect(await page.locator("graph-slice .graph-canvas").getAttribute("aria-label")).toMatch(/^Graph of the neighbourhood of Yongji Wu: \d+ people, \d+ papers/);
    await page.close();
  });

  it("focuses a node found with the explorer's search and keeps it in the URL", async () => {
    const { page, problems } = await open("graph/");
    await page.waitForFunction(() => document.querySelector("graph-explorer")?.getAttribute("data-state") === "ready", null, { timeout: 20_000 });
    await page.locator("#graph-search").fill("Yongji");
    await page.waitForSelector("#graph-suggestions li");
    expect(await page.locator("#graph-suggestions li").first().locator("span").first().textContent()).toBe("Yongji Wu");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("focus") === "r:yongji-wu");
    await page.waitForTimeout(600);
    const ratio = await page.evaluate(() => (document.querySelector("graph-explorer") as HTMLElement & { controller: { renderer: { getCamera(): { ratio: number } } } }).controller.renderer.getCamera().ratio);
    expect(ratio).toBeLessThan(1);
    // The shared URL restores the focus and the type filter.
    await page.goto(`${server.url}graph/?focus=r:yongji-wu&types=researcher,topic`);
    await page.waitForFunction(() => document.querySelector("graph-explorer")?.getAttribute("data-state") === "ready");
    expect(await page.locator('graph-explorer button[data-kind="paper"]').getAttribute("aria-pressed")).toBe("false");
    expect(problems).toEqual([]);
    await page.close();
  });
});
