/**
 * Link integrity of the built site (issue 8): linkinator crawls the `default` site, the `atlas`
 * site (BASE_PATH=/atlas/) and the `hostile` site (odd slugs, quotes in anchors) from their home
 * page and every page of their sitemap, as served under their base path, and checks every internal link, asset (scripts, styles, images, fonts referenced by CSS) and
 * `#fragment` it meets. Absolute URLs on the site's own origin (canonical, og:url, feed links) are
 * rewritten to the local server, so they are checked too; other origins are not fetched (no
 * network here). Every same-origin URL must stay under the base path.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { LinkChecker, LinkState, type LinkResult } from "linkinator";
import { describe, expect, it } from "vitest";
import { serveDist } from "../support/serve.ts";
import { siteDist, SITES } from "../support/sites.ts";

/** SITE_URL of the fixture builds (tests/support/sites.ts). */
const SITE_URL = "https://atlas.example.org";

/** Crawls a served site; returns every link result and the server's base URL. */
async function crawl(dist: string, basePath: string): Promise<{ links: LinkResult[]; base: string; origin: string }> {
  const server = await serveDist(dist, basePath);
  try {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: server.url,
      // Pages only reachable through a form (search) or nothing at all are in the sitemap.
      sitemap: `${server.url}sitemap-index.xml`,
      recurse: true,
      checkCss: true,
      checkFragments: true,
      concurrency: 8,
      timeout: 20_000,
      // The site's own absolute URLs point at the deployed origin; check them on the local copy.
      urlRewriteExpressions: [{ pattern: new RegExp(`^${SITE_URL.replace(/\./g, "\\.")}`), replacement: server.origin }],
      linksToSkip: async (link) => !link.startsWith(server.origin),
    });
    return { links: result.links, base: server.url, origin: server.origin };
  } finally {
    await server.close();
  }
}

for (const name of ["default", "atlas", "hostile"] as const) {
  const spec = SITES[name]!;
  const dist = siteDist(name);
  describe.runIf(existsSync(join(dist, "index.html")))(`links of the ${name} site (base ${spec.basePath})`, () => {
    let crawled: Awaited<ReturnType<typeof crawl>>;

    it("reaches every page type from the home page and the sitemap", { timeout: 300_000 }, async () => {
      crawled = await crawl(dist, spec.basePath);
      const pages = new Set(crawled.links.filter((l) => l.state === LinkState.OK).map((l) => new URL(l.url).pathname.slice(spec.basePath.length)));
      for (const type of [/^researchers\/[^/]+\/$/, /^papers\/[^/]+\/$/, /^topics\/[^/]+\/$/, /^institutions\/[^/]+\/$/, /^sources\/$/, /^search\/$/, /^papers\/year\/\d{4}\/$/, /\.atom$/, /cite\.bib$/, /_astro\/.*\.css$/]) {
        expect([...pages].some((path) => type.test(path)), `no crawled URL matches ${type}`).toBe(true);
      }
    });

    it("has no broken internal link, asset or #fragment", () => {
      // One line per broken URL, with the first page that links to it and how many do.
      const byUrl = new Map<string, LinkResult[]>();
      for (const link of crawled.links.filter((l) => l.state === LinkState.BROKEN)) byUrl.set(link.url, [...(byUrl.get(link.url) ?? []), link]);
      const broken = [...byUrl].map(([url, links]) => {
        const first = links[0]!;
        const detail = first.failureDetails?.[0];
        const reason = detail instanceof Error ? ` ${detail.message.slice(0, 80)}` : "";
        return `${first.status ?? "-"} ${url.replace(crawled.origin, "")} (from ${first.parent?.replace(crawled.origin, "") ?? "the sitemap"}${links.length > 1 ? ` and ${links.length - 1} more` : ""})${reason}`;
      });
      expect(broken).toEqual([]);
    });

    it(`keeps every same-origin URL under ${spec.basePath}`, () => {
      const escaping = crawled.links
        .filter((l) => l.url.startsWith(crawled.origin) && !new URL(l.url).pathname.startsWith(spec.basePath))
        .map((l) => `${l.url.replace(crawled.origin, "")} (from ${l.parent?.replace(crawled.origin, "") ?? "?"})`);
      expect(escaping).toEqual([]);
    });
  });
}
