/**
 * Lighthouse (issue 8) with Debian's Chromium through chrome-launcher: the home, a researcher, a
 * paper and the search page of the `default` site must score at least 95 in performance,
 * accessibility, best practices and SEO. Lighthouse's default settings are kept (mobile form
 * factor, simulated slow 4G and 4× CPU slowdown). The site is served with gzip and the `_headers`
 * rules, as a CDN serves it.
 *
 * Performance is measured from a CPU trace, so a busy machine lowers it; as Lighthouse's
 * documentation on variability advises, a page whose performance is under the bar is run twice
 * more and judged on the median. The other categories are deterministic and judged on one run.
 */
import lighthouse, { type Result } from "lighthouse";
import { launch, type LaunchedChrome } from "chrome-launcher";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, CHROMIUM_FLAGS, hasChromium } from "../support/browser.ts";
import { serveDist, type StaticServer } from "../support/serve.ts";
import { siteDist } from "../support/sites.ts";

const run = hasChromium();
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const MINIMUM = 95;
const PAGES = {
  home: "",
  researcher: "researchers/yongji-wu/",
  paper: "papers/principled-synthetic-data-enables-the-first-scaling-laws-for-llms-in/",
  search: "search/",
};

/** Scores in percent, by category. */
type Scores = Record<(typeof CATEGORIES)[number], number>;

/** Audits that cost points, with Lighthouse's own short explanation, for failure messages. */
function losses(lhr: Result): string[] {
  return Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && ["binary", "numeric", "metricSavings"].includes(a.scoreDisplayMode))
    .map((a) => `${a.id} ${Math.round((a.score ?? 0) * 100)}${a.displayValue ? ` (${a.displayValue})` : ""}`);
}

describe.runIf(run)("Lighthouse scores on the default site", () => {
  let chrome: LaunchedChrome;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveDist(siteDist("default"), "/", { compress: true });
    chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS] });
  });
  afterAll(async () => {
    chrome?.kill();
    await server?.close();
  });

  async function audit(url: string): Promise<{ scores: Scores; lhr: Result }> {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Scores;
    return { scores, lhr };
  }

  for (const [name, path] of Object.entries(PAGES)) {
    it(`scores at least ${MINIMUM} in every category on the ${name} page`, { timeout: 180_000 }, async () => {
      const first = await audit(server.url + path);
      const scores = { ...first.scores };
      const notes = [`run 1: ${JSON.stringify(first.scores)}`];
      if (scores.performance < MINIMUM) {
        const performance = [first.scores.performance];
        for (let i = 2; i <= 3; i++) {
          const again = await audit(server.url + path);
          performance.push(again.scores.performance);
          notes.push(`run ${i}: ${JSON.stringify(again.scores)}`);
        }
        scores.performance = performance.sort((a, b) => a - b)[1]!;
      }
      const below = CATEGORIES.filter((c) => scores[c] < MINIMUM);
      expect(below, `${name}: ${notes.join("; ")}\nlost points: ${losses(first.lhr).join(", ")}`).toEqual([]);
    });
  }
});
