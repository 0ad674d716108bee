// Full-text search (issue 4) in Debian's Chromium against the built fixture sites.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchChromium } from "../support/browser.ts";
import { formatPayload, measureColdSearch } from "../support/search-payload.ts";
import { serveDist, type StaticServer } from "../support/serve.ts";
import { siteContent, siteDist } from "../support/sites.ts";
import { Paper } from "../../src/schemas/index.ts";

/** Issue 4: a cold first query on the default corpus transfers at most this much. */
const BUDGET_BYTES = 150 * 1024;

const suite = hasChromium() ? describe : describe.skip;

/** Chromium and a served fixture site, started before the suite's tests and closed after them. */
function servedSite(name: string, basePath: string, options: { compress?: boolean } = {}): { browser: Browser; server: StaticServer } {
  const site = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    site.browser = await launchChromium();
    site.server = await serveDist(siteDist(name), basePath, options);
  });
  afterAll(async () => {
    await site.server?.close();
    await site.browser?.close();
  });
  return site;
}

/** Waits until Pagefind has answered a query for `term` (the summary counts the results). */
async function waitForAnswer(page: Page, term: string): Promise<void> {
  await page.locator("[data-search-summary]").getByText(new RegExp(`(\\d+ results? for|No results for) ${term}`)).waitFor({ timeout: 20_000 });
}

/** The number of results the summary announces ("12 results for x"), 0 for "No results". */
async function resultCount(page: Page): Promise<number> {
  const text = (await page.locator("[data-search-summary]").textContent()) ?? "";
  const match = /(\d+) results? for/.exec(text);
  return match ? Number(match[1]) : 0;
}

/** Href of the first rendered result. */
async function firstResultHref(page: Page): Promise<string | null> {
  const link = page.locator(".search-result-link").first();
  await link.waitFor({ timeout: 20_000 });
  return link.getAttribute("href");
}

suite("search page on the default site", () => {
  const site = servedSite("default", "/", { compress: true });

  async function openSearch(query = ""): Promise<Page> {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/${query}`);
    return page;
  }

  it("finds a paper first from a distinctive phrase of its abstract", async () => {
    const page = await openSearch();
    await page.locator("[data-search-input]").fill("User Behavior Simulation Engine");
    expect(await firstResultHref(page)).toBe("/papers/usergpt-technical-report/");
    await expect.poll(() => page.url()).toContain("q=User+Behavior+Simulation+Engine");
    await page.close();
  });

  it("finds a researcher's page first from their name", async () => {
    const page = await openSearch();
    await page.locator("[data-search-input]").fill("Yongji Wu");
    expect(await firstResultHref(page)).toBe("/researchers/yongji-wu/");
    const first = page.locator(".search-result").first();
    await expect.poll(() => first.locator(".search-result-kind").textContent()).toBe("Researcher");
    await page.close();
  });

  it("shows kind, year, topic and authors on a paper result, with the match highlighted", async () => {
    const page = await openSearch("?q=Punica");
    const first = page.locator(".search-result").first();
    await first.locator(".search-result-link").waitFor();
    expect(await first.locator(".search-result-link").textContent()).toBe("Punica: Multi-Tenant LoRA Serving");
    const facts = await first.locator(".search-result-facts").innerText();
    expect(facts).toContain("PAPER");
    expect(facts).toContain("2023");
    expect(facts).toContain("Distributed, Parallel, and Cluster Computing");
    expect(await first.locator(".search-result-people").first().textContent()).toContain("Yongji Wu");
    expect(await first.locator(".search-result-excerpt mark").first().textContent()).toMatch(/punica/i);
    await page.close();
  });

  it("narrows results with a filter and records the filter in the URL", async () => {
    // The name matches the researcher's page and the papers that list them.
    const page = await openSearch("?q=Yongji+Wu");
    await waitForAnswer(page, "Yongji Wu");
    const all = await resultCount(page);
    await page.locator("[data-filter-pane] > summary").click();
    await page.getByRole("checkbox", { name: /^researcher\s*\d+$/ }).check();
    await expect.poll(() => page.url()).toContain("kind=researcher");
    await expect.poll(() => resultCount(page)).toBeLessThan(all);
    expect(await resultCount(page)).toBeGreaterThan(0);
    await page.locator(".search-result-kind").first().waitFor();
    const kinds = await page.locator(".search-result-kind").allTextContents();
    expect(new Set(kinds)).toEqual(new Set(kinds.filter((kind) => kind === "Researcher" || kind === "Co-author")));
    // A second value of the same filter is an alternative: researchers or papers, so every result is back.
    await page.getByRole("checkbox", { name: /^paper\s*\d+$/ }).check();
    await expect.poll(() => page.url()).toMatch(/kind=paper&kind=researcher/);
    await expect.poll(() => resultCount(page)).toBe(all);
    await page.close();
  });

  it("restores a shared search, filters included, from the URL", async () => {
    const page = await openSearch("?q=Punica&kind=paper");
    expect(await firstResultHref(page)).toBe("/papers/punica-multi-tenant-lora-serving/");
    expect(await page.locator("[data-search-input]").inputValue()).toBe("Punica");
    await expect.poll(() => page.locator('[data-filter-pane] input[name="kind"][value="paper"]').isChecked()).toBe(true);
    // Here '/' goes to the search page's own field, not the header box.
    await page.locator("h1").click();
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.matches("[data-search-input]") === true)).toBe(true);
    await page.close();
  });

  it("clears every filter at once and says how many are selected while the pane is closed", async () => {
    const page = await openSearch("?q=Yongji+Wu&kind=paper&year=2023");
    await waitForAnswer(page, "Yongji Wu");
    const filtered = await resultCount(page);
    const summary = page.locator("[data-filter-pane] > summary");
    await expect.poll(() => summary.textContent()).toContain("2 selected");
    await page.getByRole("button", { name: "Clear all filters" }).click();
    await expect.poll(() => page.url()).not.toContain("kind=");
    expect(page.url()).toContain("q=Yongji+Wu");
    await expect.poll(() => resultCount(page)).toBeGreaterThan(filtered);
    expect(await page.locator('[data-filter-pane] input[type="checkbox"]:checked').count()).toBe(0);
    expect(await summary.textContent()).toBe("Filter results");
    expect(await page.getByRole("button", { name: "Clear all filters" }).isVisible()).toBe(false);
    await page.close();
  });

  it("says the index is loading while a cold first query waits for it", async () => {
    const page = await site.browser.newPage();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/pagefind/*.pf_meta", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${site.server.url}search/?q=Punica`);
    await expect.poll(() => page.locator("[data-search-summary]").textContent()).toBe("Loading the search index…");
    release();
    await waitForAnswer(page, "Punica");
    await page.close();
  });

  it("loads the filter lists only when the filter pane is opened", async () => {
    const page = await site.browser.newPage();
    const filterChunks: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/pagefind/filter/")) filterChunks.push(request.url());
    });
    await page.goto(`${site.server.url}search/?q=Yongji+Wu`);
    await waitForAnswer(page, "Yongji Wu");
    await page.waitForLoadState("networkidle");
    expect(filterChunks).toEqual([]);
    expect(await page.locator("[data-filter-pane]").evaluate((pane) => (pane as HTMLDetailsElement).open)).toBe(false);
    await page.locator("[data-filter-pane] > summary").click();
    const paper = page.getByRole("checkbox", { name: /^paper\s*\d+$/ });
    await paper.waitFor();
    expect(filterChunks.length).toBeGreaterThan(0);
    // The counts are those of the current results: the paper count is below the index's total.
    const label = (await page.locator("label", { has: paper }).innerText()).replace(/\s+/g, " ");
    expect(label).toMatch(/^paper \d+$/);
    expect(Number(label.split(" ")[1])).toBeLessThan(64);
    await page.close();
  });

  it("steps back and forward through searches", async () => {
    const page = await openSearch();
    const input = page.locator("[data-search-input]");
    await input.fill("Punica");
    await expect.poll(() => page.url()).toContain("q=Punica");
    await input.fill("UserGPT");
    await expect.poll(() => page.url()).toContain("q=UserGPT");
    await page.goBack();
    await expect.poll(() => page.url()).toContain("q=Punica");
    await expect.poll(() => input.inputValue()).toBe("Punica");
    await expect.poll(() => page.locator(".search-result-link").first().textContent()).toBe("Punica: Multi-Tenant LoRA Serving");
    await page.goForward();
    await expect.poll(() => page.url()).toContain("q=UserGPT");
    await expect.poll(() => input.inputValue()).toBe("UserGPT");
    await page.close();
  });

  it("has no serious or critical accessibility violations, with results shown", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}search/?q=Yongji+Wu`);
    await page.locator(".search-result-link").first().waitFor();
    await page.locator("[data-filter-pane] > summary").click();
    await page.locator("[data-filter-pane] .search-filter").first().waitFor();
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await context.close();
  });

  it("says search needs JavaScript and links to the directories when it is off", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}search/?q=LoRA`);
    expect(await page.getByText("needs JavaScript").isVisible()).toBe(true);
    expect(await page.locator(".search-directories a").evaluateAll((links) => links.map((a) => a.getAttribute("href")))).toEqual([
      "/researchers/",
      "/papers/",
      "/topics/",
    ]);
    await context.close();
  });

  it("hides the JavaScript notice when scripts run", async () => {
    const page = await openSearch();
    await page.locator("[data-search-input]").waitFor();
    expect(await page.getByText("needs JavaScript").isVisible()).toBe(false);
    await page.close();
  });

  it("loads no search code on other pages, and '/' focuses the header search box", async () => {
    const page = await site.browser.newPage();
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.server.url}researchers/yongji-wu/`);
    await page.waitForLoadState("networkidle");
    expect(requested.filter((path) => path.startsWith("/pagefind/"))).toEqual([]);
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("q");
    await page.keyboard.type("Punica");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\/\?q=Punica$/);
    expect(await firstResultHref(page)).toBe("/papers/punica-multi-tenant-lora-serving/");
    await page.close();
  });

  it(`transfers at most ${BUDGET_BYTES / 1024} KB for a cold first query`, async () => {
    // A broad word (many matches, many fragments), a name, and a four-word phrase (one index
    // chunk per word); the budget holds for each.
    for (const query of ["model", "Yongji Wu", "User Behavior Simulation Engine"]) {
      const payload = await measureColdSearch(site.browser, siteDist("default"), "/", query);
      console.log(formatPayload(payload));
      expect(payload.results).toBeGreaterThan(0);
      expect(payload.searchBytes).toBeGreaterThan(payload.browserSearchBytes * 0.5);
      expect(payload.searchBytes).toBeLessThanOrEqual(BUDGET_BYTES);
    }
  });
});

suite("search under a base path", () => {
  const site = servedSite("atlas", "/atlas/");

  it("loads the bundle from /atlas/pagefind/ and links results inside /atlas/", async () => {
    const page = await site.browser.newPage();
    const outside: string[] = [];
    page.on("response", (response) => {
      if (!new URL(response.url()).pathname.startsWith("/atlas/")) outside.push(response.url());
    });
    await page.goto(`${site.server.url}search/?q=Yongji+Wu`);
    expect(await firstResultHref(page)).toBe("/atlas/researchers/yongji-wu/");
    expect(outside).toEqual([]);
    await page.close();
  });
});

suite("search on the hostile site", () => {
  const site = servedSite("hostile", "/");

  /** A paper of the hostile fixtures whose title carries markup, read from the generated content. */
  function paperWithMarkupInTitle(): Paper {
    const folder = join(siteContent("hostile"), "papers");
    const papers = readdirSync(folder).map((file) => Paper.parse(JSON.parse(readFileSync(join(folder, file), "utf8"))));
    const hostile = papers.find((paper) => /<script/i.test(paper.title));
    if (!hostile) throw new Error(`no paper title with <script> in ${folder}; tests/fixtures/hostile should provide one`);
    return hostile;
  }

  it("shows a <script> in a title as text in results, never running it", async () => {
    const paper = paperWithMarkupInTitle();
    const page = await site.browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // Search for the words of the title outside the markup, which Pagefind indexes as text.
    const words = paper.title.replace(/<[^>]*>/g, " ").match(/[A-Za-z]{4,}/g) ?? [];
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent(words.slice(0, 3).join(" "))}`);
    const link = page.locator(".search-result-link", { hasText: "<script" }).first();
    await link.waitFor({ timeout: 20_000 });
    expect(await link.textContent()).toBe(paper.title.replace(/\s+/g, " ").trim());
    expect(await page.locator("[data-search-results] script").count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
