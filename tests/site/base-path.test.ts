// A build with BASE_PATH=/atlas/ (tests/.sites/atlas) must never point outside /atlas/:
// links, assets, forms, canonical/OG URLs, feeds, sitemap entries and CSS url()s.
import { describe, expect, it } from "vitest";
import { siteDist } from "../support/sites.ts";
import { attributeValues, listBuilt, metaContents, readBuilt } from "../support/html.ts";

const dist = siteDist("atlas");
const ORIGIN = "https://atlas.example.org";
const BASE = "/atlas/";

/** The URL of a built file as served (`researchers/x/index.html` → /atlas/researchers/x/). */
function servedUrl(file: string): string {
  return ORIGIN + BASE + file.replace(/index\.html$/, "");
}

/** Reasons a reference found in `file` escapes the base path (empty when it does not). */
function escapes(file: string, reference: string): string[] {
  if (/^(#|mailto:|data:|tel:)/.test(reference) || reference === "") return [];
  const url = new URL(reference, servedUrl(file));
  if (url.origin !== ORIGIN) return []; // external links (GitHub, ORCID …) are not part of the site
  return url.pathname.startsWith(BASE) ? [] : [`${file}: ${reference} → ${url.pathname}`];
}

describe("base path /atlas/", () => {
  const htmlFiles = listBuilt(dist, ".html");

  it("builds the site with pages of every type", () => {
    for (const page of ["index.html", "researchers/yongji-wu/index.html", "sources/index.html", "lab/index.html", "404.html"]) {
      expect(htmlFiles).toContain(page);
    }
  });

  it("keeps every href, src, action and srcset of every page inside /atlas/", () => {
    const problems: string[] = [];
    for (const file of htmlFiles) {
      const html = readBuilt(dist, file);
      const refs = [
        ...attributeValues(html, "href"),
        ...attributeValues(html, "src"),
        ...attributeValues(html, "action"),
        ...attributeValues(html, "poster"),
        ...attributeValues(html, "srcset").flatMap((s) => s.split(",").map((part) => part.trim().split(/\s+/)[0] ?? "")),
      ];
      for (const ref of refs) problems.push(...escapes(file, ref));
    }
    expect(problems).toEqual([]);
  });

  it("makes canonical and Open Graph URLs absolute under SITE_URL + /atlas/", () => {
    const html = readBuilt(dist, "researchers/yongji-wu/index.html");
    expect(metaContents(html, "og:url")).toEqual([`${ORIGIN}/atlas/researchers/yongji-wu/`]);
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}/atlas/researchers/yongji-wu/">`);
    for (const file of htmlFiles) {
      for (const url of metaContents(readBuilt(dist, file), "og:url")) expect(url.startsWith(`${ORIGIN}/atlas/`), `${file}: ${url}`).toBe(true);
    }
  });

  it("keeps url() references in stylesheets inside /atlas/", () => {
    const problems: string[] = [];
    for (const file of listBuilt(dist, ".css")) {
      for (const match of readBuilt(dist, file).matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        problems.push(...escapes(file, match[1] ?? ""));
      }
    }
    expect(problems).toEqual([]);
  });

  it("lists only /atlas/ URLs in the sitemap and robots.txt", () => {
    const locs = listBuilt(dist, ".xml")
      .filter((f) => f.startsWith("sitemap"))
      .flatMap((f) => [...readBuilt(dist, f).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ""));
    expect(locs.length).toBeGreaterThan(100);
    expect(locs.filter((loc) => !loc.startsWith(`${ORIGIN}/atlas/`))).toEqual([]);
    expect(readBuilt(dist, "robots.txt")).toContain(`Sitemap: ${ORIGIN}/atlas/sitemap-index.xml`);
  });

  it("writes feed ids and links under /atlas/", () => {
    const feed = readBuilt(dist, "researchers/yongji-wu/feed.atom");
    const urls = [...feed.matchAll(/(?:href="|<id>)([^"<]+)/g)].map((m) => m[1] ?? "");
    expect(urls.length).toBeGreaterThan(22);
    expect(urls.filter((u) => !u.startsWith(`${ORIGIN}/atlas/`))).toEqual([]);
  });

  it("points citation downloads at the base path", () => {
    const bib = readBuilt(dist, "researchers/yongji-wu/papers.bib");
    const urls = [...bib.matchAll(/url = \{([^}]+)\}/g)].map((m) => m[1] ?? "");
    expect(urls.length).toBe(22);
    expect(urls.filter((u) => !u.startsWith(`${ORIGIN}/atlas/papers/`))).toEqual([]);
  });
});
