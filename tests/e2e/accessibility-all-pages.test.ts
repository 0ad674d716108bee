/**
 * axe-core on every page type, light and dark (issue 8). tests/e2e/pages.test.ts already covers
 * the home, researcher, paper, topic and sources pages at two widths, and tests/e2e/embeds.test.ts
 * the embed cards; this file covers every other page type of the default site (directories, year
 * pages, institutions, about, 404, search, the graph explorer), the states that only exist after
 * scripts ran (search results listed, the graph island drawn), and one page of every type of the
 * hostile site, whose odd names and ids stress labels, headings and landmarks (light only: the
 * hostile pages use the same templates and colours, only their text differs).
 */
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchChromium } from "../support/browser.ts";
import { listBuilt } from "../support/html.ts";
import { pagesPerType, pageType } from "../support/page-types.ts";
import { serveDist, type StaticServer } from "../support/serve.ts";
import { siteDist } from "../support/sites.ts";

const run = hasChromium();
const SCHEMES = ["light", "dark"] as const;
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Page types the other axe tests check already (see the header). */
const COVERED_ELSEWHERE = new Set(["index.html", "researchers/:id/index.html", "papers/:id/index.html", "topics/:id/index.html", "sources/index.html", "embed/researchers/:id/index.html", "embed/researchers/:id/full/index.html"]);

/** Serious and critical violations on the page as it is now, one line each. */
async function seriousViolations(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

describe.runIf(run)("accessibility of every page type", () => {
  let browser: Browser;
  let site: StaticServer;
  let hostile: StaticServer;

  beforeAll(async () => {
    browser = await launchChromium();
    site = await serveDist(siteDist("default"), "/");
    hostile = await serveDist(siteDist("hostile"), "/");
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await hostile?.close();
  });

  for (const scheme of SCHEMES) {
    it(`has no serious or critical axe violation on the remaining page types of the default site in ${scheme} mode`, { timeout: 180_000 }, async () => {
      const pages = pagesPerType(listBuilt(siteDist("default"), ".html")).filter((file) => !COVERED_ELSEWHERE.has(pageType(file)));
      expect(pages.map(pageType)).toEqual(expect.arrayContaining(["researchers/index.html", "papers/index.html", "papers/year/:id/index.html", "institutions/index.html", "institutions/:id/index.html", "topics/index.html", "404.html", "search/index.html", "graph/index.html"]));
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      const found: string[] = [];
      for (const file of pages) {
        await page.goto(site.url + file.replace(/index\.html$/, ""));
        found.push(...(await seriousViolations(page, file)));
      }
      await context.close();
      expect(found).toEqual([]);
    });

    it(`has no serious or critical axe violation once scripts ran (search results, drawn graph) in ${scheme} mode`, { timeout: 120_000 }, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      const found: string[] = [];
      await page.goto(`${site.url}search/?q=recommendation`);
      await page.locator(".search-result").first().waitFor({ timeout: 20_000 });
      await page.locator("[data-filter-pane] > summary").click();
      await page.locator("[data-filter-pane] .search-filter").first().waitFor({ timeout: 20_000 });
      await page.waitForLoadState("networkidle");
      found.push(...(await seriousViolations(page, "search results and filters")));
      await page.goto(`${site.url}researchers/yongji-wu/`);
      await page.locator("graph-slice").scrollIntoViewIfNeeded();
      await page.waitForFunction(() => document.querySelector("graph-slice")?.getAttribute("data-state") === "ready", null, { timeout: 20_000 });
      found.push(...(await seriousViolations(page, "graph island drawn")));
      await page.goto(`${site.url}graph/`);
      await page.waitForLoadState("networkidle");
      found.push(...(await seriousViolations(page, "graph explorer")));
      await context.close();
      expect(found).toEqual([]);
    });
  }

  it("has no serious or critical axe violation on one page of every type of the hostile site", { timeout: 240_000 }, async () => {
    const pages = pagesPerType(listBuilt(siteDist("hostile"), ".html"));
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
    const page = await context.newPage();
    const found: string[] = [];
    for (const file of pages) {
      await page.goto(hostile.url + file.replace(/index\.html$/, "").split("/").map(encodeURIComponent).join("/"));
      found.push(...(await seriousViolations(page, file)));
    }
    await context.close();
    expect(found).toEqual([]);
  });
});
