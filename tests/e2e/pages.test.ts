// Accessibility (axe-core, WCAG 2.2 AA) and the no-JS/theme behaviour of the main page types,
// in Debian's Chromium at phone and desktop widths, in light and dark.
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchChromium } from "../support/browser.ts";
import { serveDist, type StaticServer } from "../support/serve.ts";
import { siteDist } from "../support/sites.ts";

const suite = hasChromium() ? describe : describe.skip;

const PAGES = {
  home: "",
  researcher: "researchers/yongji-wu/",
  unnamed: "researchers/unnamed-004-6f089a92616556e8/",
  paper: "papers/principled-synthetic-data-enables-the-first-scaling-laws-for-llms-in/",
  topic: "topics/ir/",
  sources: "sources/",
};
const WIDTHS = [390, 1280];
const SCHEMES = ["light", "dark"] as const;

suite("page accessibility and theming on the default site", () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await serveDist(siteDist("default"), "/");
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      it(`has no serious or critical axe violations at ${width}px in ${scheme} mode`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
        const page = await context.newPage();
        const found: string[] = [];
        for (const [name, path] of Object.entries(PAGES)) {
          await page.goto(server.url + path);
          // The graph island renders into a canvas; axe checks the text alternative around it.
          const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
          for (const v of results.violations) {
            if (v.impact === "serious" || v.impact === "critical") {
              found.push(`${name}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
            }
          }
        }
        await context.close();
        expect(found).toEqual([]);
      });
    }
  }

  it("fits the 360px phone width without horizontal scrolling", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const overflowing: string[] = [];
    for (const [name, path] of Object.entries(PAGES)) {
      await page.goto(server.url + path);
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      if ((scroll ?? 0) > (client ?? 0)) overflowing.push(`${name}: ${scroll} > ${client}`);
    }
    await context.close();
    expect(overflowing).toEqual([]);
  });

  it("follows the OS theme and lets the toggle switch and remember it", async () => {
    const context = await browser.newContext({ colorScheme: "light" });
    const page = await context.newPage();
    await page.goto(server.url + PAGES.researcher);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    const toggle = page.locator("[data-theme-toggle]");
    await expect(toggle.getAttribute("aria-pressed")).resolves.toBe("false");
    await toggle.click();
    await expect(toggle.getAttribute("aria-pressed")).resolves.toBe("true");
    const dark = await background();
    expect(dark).not.toBe(light);
    await page.goto(server.url + PAGES.paper);
    expect(await background()).toBe(dark);
    await context.close();
  });

  it("hides the toggle and still follows the OS theme without JavaScript", async () => {
    const context = await browser.newContext({ colorScheme: "dark", javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + PAGES.researcher);
    expect(await page.locator("[data-theme-toggle]").isVisible()).toBe(false);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe("rgb(17, 19, 24)");
    await context.close();
  });

  it("filters a profile's papers by topic without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + PAGES.researcher);
    const visible = () => page.locator('#p li[data-t]:visible').count();
    expect(await visible()).toBe(22);
    await page.locator("#p .tf-0").check();
    const first = await visible();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(22);
    await context.close();
  });
});
