// Built-HTML assertions for every page type of the default site (seeds/ → tests/.sites/default).
import { existsSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { siteContent, siteDist } from "../support/sites.ts";
import { attributeValues, jsonLd, listBuilt, metaContents, pageValidator, readBuilt, visibleText } from "../support/html.ts";

const dist = siteDist("default");
const page = (path: string) => readBuilt(dist, path);
const ORIGIN = "https://atlas.example.org";

const YONGJI = "researchers/yongji-wu/index.html";
const UNNAMED = "researchers/unnamed-004-6f089a92616556e8/index.html";
const COAUTHOR = "researchers/lequn-chen/index.html";
/** A paper whose abstract has `\href{https://github.com/facebookresearch/PerSRec}…` and a truncated author list. */
const PERSREC = "efficient-sequential-recommendation-for-long-term-user-interest-via";
/** A paper whose abstract has `$+130\%$`. */
const SCALING = "principled-synthetic-data-enables-the-first-scaling-laws-for-llms-in";

/** Text of the section with the given heading id. */
function section(html: string, headingId: string): string {
  const start = html.indexOf(`id="${headingId}"`);
  expect(start, `section ${headingId}`).toBeGreaterThan(-1);
  const end = html.indexOf("</section>", start);
  return html.slice(start, end);
}

describe("researcher page of a profile owner (Yongji Wu, scholar card)", () => {
  const html = page(YONGJI);

  it("shows the name as the only h1 and Person JSON-LD with the canonical URL", () => {
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toMatch(/<h1[^>]*>Yongji Wu<\/h1>/);
    const person = jsonLd(html).find((d) => d["@type"] === "Person");
    expect(person?.["name"]).toBe("Yongji Wu");
    expect(person?.["url"]).toBe(`${ORIGIN}/researchers/yongji-wu/`);
    expect(attributeValues(html, "href")).toContain(`${ORIGIN}/researchers/yongji-wu/`);
    expect(metaContents(html, "og:type")).toEqual(["profile"]);
  });

  it("labels each metric with the dump it was read from", () => {
    const metrics = visibleText(section(html, "metrics-h"));
    expect(metrics).toContain("h-index 39");
    expect(metrics).toContain("Citations 424");
    expect(metrics).toContain("Novelty 58%");
    expect(metrics).toContain("AI score 58");
    expect(metrics).toContain("002_50d14b9dda15e8db.txt, scholar card");
  });

  it("surfaces the ingest warning about an impossible h-index next to the data", () => {
    expect(visibleText(html)).toMatch(/h-index 39 is impossible with 424 citations/);
  });

  it("lists all 22 papers newest first, grouped by year", () => {
    const papers = html.slice(html.indexOf('id="papers-h"'), html.indexOf('id="embed"'));
    const dates = [...papers.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1] ?? "");
    expect(dates).toHaveLength(22);
    expect([...dates].sort().reverse()).toEqual(dates);
    const years = [...papers.matchAll(/<h3 id="p-(\d{4}|Undated)"/g)].map((m) => m[1]);
    expect(years[0]).toBe("2026");
    expect(years).toEqual([...new Set(years)]);
  });

  it("ranks co-authors by shared papers and links each one", () => {
    const coauthors = section(html, "coauthors-h");
    const counts = [...coauthors.matchAll(/<span class="count">(\d+)<\/span>/g)].map((m) => Number(m[1]));
    expect(counts.length).toBeGreaterThan(10);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(coauthors).toMatch(/href="\/researchers\/xueshen-liu\/">Xueshen Liu<\/a> <span class="count">5</);
  });

  it("offers an Atom feed and the complete BibTeX list", () => {
    expect(html).toContain('type="application/atom+xml"');
    expect(attributeValues(html, "href")).toEqual(expect.arrayContaining(["/researchers/yongji-wu/feed.atom", "/researchers/yongji-wu/papers.bib"]));
    const bib = page("researchers/yongji-wu/papers.bib");
    expect(bib.match(/^@\w+\{/gm)).toHaveLength(22);
  });

  it("keeps the graph and embed regions for the later features", () => {
    expect(html).toContain('id="graph"');
    expect(html).toContain('id="embed"');
  });

  it("marks the main content for Pagefind and keeps header and footer out of it", () => {
    expect(html).toMatch(/<main[^>]*data-pagefind-body/);
    expect(html).toMatch(/<header class="site-header" data-pagefind-ignore="all"/);
    expect(html).toMatch(/<footer class="site-footer" data-pagefind-ignore="all"/);
  });

  it("ships no client JavaScript except the theme script and what the later islands add", () => {
    // Islands own these regions: the search form in the header (issue 4), the graph slice
    // (issue 5) and the embed panel (issue 6). Outside them only the theme script may run.
    const islands: Array<[number, number]> = [
      [html.indexOf("data-search-form"), html.indexOf("</header>")],
      [html.indexOf('<section id="graph"'), html.indexOf('aria-labelledby="papers-h"')],
      [html.indexOf('<section id="embed"'), html.indexOf("</main>")],
    ];
    const inIsland = (at: number) => islands.some(([from, to]) => from > -1 && at > from && at < to);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    const own = scripts.filter((m) => !inIsland(m.index ?? 0) && !(m[1] ?? "").includes("application/ld+json"));
    expect(own).toHaveLength(1);
    expect(own[0]?.[1]).toBe("");
    expect(own[0]?.[2]).toContain("atlas-theme");
    expect((own[0]?.[2] ?? "").length).toBeLessThan(1024);
  });

  it("fits HTML and CSS in 30 KB gzipped for a 22-paper profile", () => {
    const css = attributeValues(html, "href").filter((h) => h.endsWith(".css"));
    const bytes = gzipSync(html).length + css.reduce((sum, href) => sum + gzipSync(readBuilt(dist, href.slice(1))).length, 0);
    console.log(`[budget] researchers/yongji-wu: ${(bytes / 1024).toFixed(1)} KB gzipped (HTML + ${css.length} CSS)`);
    expect(bytes).toBeLessThanOrEqual(30 * 1024);
  });
});

describe("researcher page of an unnamed profile", () => {
  const html = page(UNNAMED);

  it("says Unnamed profile, explains why and how to name it in seeds/overrides.json", () => {
    const text = visibleText(html);
    expect(html).toMatch(/<h1[^>]*>Unnamed profile<\/h1>/);
    expect(text).toContain("did not include a name");
    expect(text).toContain('"names": { "004_6f089a92616556e8.txt": "Full Name" }');
    expect(text).toContain("seeds/overrides.json");
  });

  it("shows the profile-page chips and counters with their source", () => {
    const text = visibleText(html);
    expect(text).toContain("Unclaimed author");
    expect(text).toContain("Verification L1");
    expect(text).toMatch(/Trust 21 – Emerging/);
    expect(text).toMatch(/Works 14/);
    expect(text).toContain("004_6f089a92616556e8.txt, profile page");
  });
});

describe("researcher page of a co-author", () => {
  const html = page(COAUTHOR);

  it("says plainly that no profile dump exists and shows their papers and co-authors", () => {
    const text = visibleText(html);
    expect(text).toContain("No profile dump exists for Lequn Chen");
    expect(text).toContain("Punica: Multi-Tenant LoRA Serving");
    expect(html).toContain('href="/researchers/yongji-wu/"');
    expect(html).not.toContain('id="metrics-h"');
  });
});

describe("paper page", () => {
  const html = page(`papers/${PERSREC}/index.html`);

  it("carries Highwire citation_* tags with one citation_author per listed author", () => {
    expect(metaContents(html, "citation_title")).toEqual(["Efficient Sequential Recommendation for Long Term User Interest Via Personalization"]);
    expect(metaContents(html, "citation_author")).toEqual(["Qiang Zhang", "Hanchao Yu", "Ivan Ji", "Qunshu Zhang"]);
    expect(metaContents(html, "citation_publication_date")).toEqual(["2026/01/07"]);
  });

  it("links every author and marks the truncated list with et al.", () => {
    const authors = html.slice(html.indexOf('class="authors lede"'), html.indexOf("</p>", html.indexOf('class="authors lede"')));
    for (const id of ["qiang-zhang", "hanchao-yu", "ivan-ji", "qunshu-zhang"]) expect(authors).toContain(`href="/researchers/${id}/"`);
    expect(visibleText(authors)).toContain("et al.");
    expect(visibleText(authors)).toContain("(profile owner)");
  });

  it("renders the abstract's \\href as a link and offers the three citation formats", () => {
    expect(html).toContain('<a href="https://github.com/facebookresearch/PerSRec" rel="nofollow noopener noreferrer">');
    expect(html).not.toContain("\\href");
    for (const ext of ["bib", "ris", "json"]) expect(attributeValues(html, "href")).toContain(`/papers/${PERSREC}/cite.${ext}`);
  });

  it("has ScholarlyArticle JSON-LD naming every author", () => {
    const article = jsonLd(html).find((d) => d["@type"] === "ScholarlyArticle");
    expect(article?.["headline"]).toBe("Efficient Sequential Recommendation for Long Term User Interest Via Personalization");
    expect((article?.["author"] as unknown[]).length).toBe(4);
  });

  it("lists related papers and the dump it came from", () => {
    expect(html).toContain('id="related-h"');
    expect(visibleText(html)).toContain("003_33063d6da1e502e2.txt, scholar card");
  });

  it("renders $…$ math with KaTeX at build time", () => {
    const scaling = page(`papers/${SCALING}/index.html`);
    expect(scaling).toContain('class="katex"');
    expect(scaling).not.toMatch(/\$\+130/);
    expect(scaling).not.toContain("katex-error");
  });
});

describe("citation downloads", () => {
  it("writes BibTeX, RIS and CSL-JSON for every paper", () => {
    const papers = readdirSync(join(dist, "papers")).filter((d) => existsSync(join(dist, "papers", d, "index.html")));
    expect(papers.length).toBeGreaterThan(50);
    for (const id of papers) {
      for (const file of ["cite.bib", "cite.ris", "cite.json"]) expect(existsSync(join(dist, "papers", id, file)), `${id}/${file}`).toBe(true);
    }
    const csl = JSON.parse(page(`papers/${PERSREC}/cite.json`));
    expect(csl[0].author[0]).toEqual({ given: "Qiang", family: "Zhang" });
    expect(page(`papers/${PERSREC}/cite.ris`)).toMatch(/^TI {2}- Efficient Sequential Recommendation/m);
  });
});

describe("Atom feed of a researcher", () => {
  it("is well-formed Atom with one entry per paper and absolute links", () => {
    const xml = page("researchers/yongji-wu/feed.atom");
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.entry).toHaveLength(22);
    expect(feed.entry[0].id).toMatch(new RegExp(`^${ORIGIN}/papers/`));
    expect(feed.title).toContain("Yongji Wu");
  });
});

describe("topic, institution and directory pages", () => {
  it("lists a topic's papers and researchers", () => {
    const html = page("topics/dc/index.html");
    expect(html).toMatch(/<h1[^>]*>Distributed, Parallel, and Cluster Computing<\/h1>/);
    expect(html).toContain('href="/papers/punica-multi-tenant-lora-serving/"');
    expect(html).toContain('href="/researchers/yongji-wu/"');
    expect(html).toContain('id="graph"');
  });

  it("lists an institution's papers", () => {
    const html = page("institutions/uw/index.html");
    expect(html).toContain('href="/papers/punica-multi-tenant-lora-serving/"');
  });

  it("lists every researcher A–Z with letter jump links", () => {
    const html = page("researchers/index.html");
    const links = attributeValues(html, "href").filter((h) => /^\/researchers\/[^/]+\/$/.test(h) && !h.includes("/page/"));
    expect(links.length).toBe(readdirSync(join(dist, "researchers")).filter((d) => d !== "index.html" && d !== "page").length);
    expect(html).toContain('href="/researchers/#letter-Y"');
  });

  it("lists papers by year with a page per year", () => {
    const html = page("papers/index.html");
    expect(html).toContain('href="/papers/year/2026/"');
    const year = page("papers/year/2026/index.html");
    expect(year).toContain("Papers from 2026");
  });
});

describe("sources page", () => {
  const html = page("sources/index.html");

  it("lists every seed dump with its detected format and status", () => {
    const text = visibleText(html);
    for (const file of readdirSync("seeds").filter((f) => f.endsWith(".txt"))) expect(text).toContain(file);
    expect(text).toContain("scholar card");
    expect(text).toContain("profile page");
    expect(text).toContain("paper feed");
  });

  it("shows the ingest warnings with their line", () => {
    expect(visibleText(html)).toMatch(/warning line 4 h-index 39 is impossible/);
  });
});

describe("home, about, 404, robots, sitemap and _headers", () => {
  it("home shows corpus statistics and entry points", () => {
    const text = visibleText(page("index.html"));
    expect(text).toMatch(/\d+ researchers/);
    expect(text).toMatch(/\d+ papers/);
    expect(text).toContain("Profiles");
  });

  it("renders the committed about.mdx page and links it from the header", () => {
    expect(page("about/index.html")).toContain("About this atlas");
    expect(page("index.html")).toContain('href="/about/"');
  });

  it("has a noindex 404 page with a way back", () => {
    const html = page("404.html");
    expect(html).toContain('content="noindex"');
    expect(html).toContain('href="/researchers/"');
  });

  it("points robots.txt at the sitemap, which lists researcher and paper pages", () => {
    expect(page("robots.txt")).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
    const sitemap = page("sitemap-0.xml");
    expect(sitemap).toContain(`<loc>${ORIGIN}/researchers/yongji-wu/</loc>`);
    expect(sitemap).toContain(`<loc>${ORIGIN}/papers/${PERSREC}/</loc>`);
  });

  it("writes _headers with immutable caching for hashed assets and security headers", () => {
    const headers = page("_headers");
    expect(headers).toMatch(/\/_astro\/\*\n(\s+.*\n)*?\s+Cache-Control: public, max-age=31536000, immutable/);
    expect(headers).toContain("X-Content-Type-Options: nosniff");
    expect(headers).toContain("Content-Security-Policy:");
  });
});

describe("HTML validity", () => {
  it("validates one page of every type with html-validate", async () => {
    const validator = pageValidator();
    const pages = [
      "index.html", YONGJI, UNNAMED, COAUTHOR, `papers/${PERSREC}/index.html`, `papers/${SCALING}/index.html`,
      "topics/dc/index.html", "topics/index.html", "institutions/uw/index.html", "institutions/index.html",
      "researchers/index.html", "papers/index.html", "papers/year/2026/index.html", "sources/index.html", "404.html", "about/index.html",
    ];
    const problems: string[] = [];
    for (const path of pages) {
      const report = await validator.validateString(page(path), path);
      for (const result of report.results) for (const m of result.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it("builds a page for every researcher, paper, topic and institution in the content", () => {
    for (const collection of ["researchers", "papers", "topics", "institutions"]) {
      const ids = readdirSync(join(siteContent("default"), collection)).map((f) => f.replace(/\.json$/, ""));
      const built = listBuilt(join(dist, collection), "index.html").map((p) => p.split("/")[0]);
      expect(ids.length).toBeGreaterThan(0);
      expect(built, collection).toEqual(expect.arrayContaining(ids));
    }
  });
});
