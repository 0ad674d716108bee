/**
 * Valid output (issue 8) on the `default` and `hostile` sites:
 *  - html-validate (config: .htmlvalidate.json) on two pages of every page type;
 *  - the sitemaps, every Atom feed and every SVG are well-formed XML;
 *  - every JSON-LD block of every page parses and carries what its type needs: a
 *    ScholarlyArticle its headline and name, its authors and its date when the content knows
 *    them; a Person its name when the content knows it.
 *
 * Rule relaxations in .htmlvalidate.json, and why:
 *  - no-inline-style: allowed only for the CSS properties KaTeX writes inline to place math
 *    glyphs (from katex.mjs; build-time math cannot move them to a stylesheet);
 *  - valid-id relaxed: ids are the HTML5 kind, so anchors named after dump files
 *    (`#000_4573bbf98b0973bd.txt` on /sources/) may start with a digit;
 *  - long-title: a paper page's <title> is the paper's title as the source gave it, never cut;
 *  - prefer-native-element except listbox: the graph finder's suggestions are a combobox popup
 *    (ARIA APG combobox pattern), which a native <select> cannot be.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate/node";
import { describe, expect, it } from "vitest";
import { jsonLd, listBuilt, readBuilt } from "../support/html.ts";
import { pagesPerType, pageType } from "../support/page-types.ts";
import { ROOT, siteContent, siteDist } from "../support/sites.ts";

for (const name of ["default", "hostile"] as const) {
  const dist = siteDist(name);
  const built = existsSync(join(dist, "index.html"));

  describe.runIf(built)(`valid output of the ${name} site`, () => {
    const pages = built ? listBuilt(dist, ".html") : [];

    it("passes html-validate on two pages of every page type", async () => {
      const validator = new HtmlValidate(new FileSystemConfigLoader());
      const sample = pagesPerType(pages, 2);
      expect(new Set(sample.map(pageType)).size).toBeGreaterThanOrEqual(15);
      const problems: string[] = [];
      for (const path of sample) {
        // Validated as if it lived in the project root, so .htmlvalidate.json applies.
        const report = await validator.validateString(readBuilt(dist, path), join(ROOT, "dist", path));
        for (const result of report.results) for (const m of result.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
      expect(problems).toEqual([]);
    });

    it("writes sitemaps, Atom feeds and SVGs that are well-formed XML", () => {
      const files = [...listBuilt(dist, ".xml"), ...listBuilt(dist, ".atom"), ...listBuilt(dist, ".svg").filter((f) => !f.startsWith("_astro/"))];
      expect(files.some((f) => f.startsWith("sitemap"))).toBe(true);
      expect(files.some((f) => f.endsWith(".atom"))).toBe(true);
      expect(files.some((f) => f.endsWith(".svg"))).toBe(true);
      const problems: string[] = [];
      for (const file of files) {
        const result = XMLValidator.validate(readBuilt(dist, file));
        if (result !== true) problems.push(`${file}:${result.err.line}: ${result.err.msg}`);
      }
      expect(problems).toEqual([]);
      const sitemap = new XMLParser().parse(readBuilt(dist, "sitemap-0.xml")) as { urlset: { url: Array<{ loc: string }> } };
      expect(sitemap.urlset.url.length).toBeGreaterThan(10);
    });

    it("writes JSON-LD that parses and names what the content knows: headline, authors, date, person name", () => {
      const content = siteContent(name);
      const read = (collection: string) =>
        new Map(readdirSync(join(content, collection)).map((f) => [f.replace(/\.json$/, ""), JSON.parse(readFileSync(join(content, collection, f), "utf8")) as Record<string, unknown>]));
      const papers = read("papers");
      const researchers = read("researchers");
      const problems: string[] = [];
      let articles = 0;
      let people = 0;
      for (const path of pages) {
        let blocks: Array<Record<string, unknown>>;
        try {
          blocks = jsonLd(readBuilt(dist, path));
        } catch (error) {
          problems.push(`${path}: JSON-LD does not parse (${(error as Error).message})`);
          continue;
        }
        const id = /^(papers|researchers)\/([^/]+)\/index\.html$/.exec(path);
        for (const block of blocks) {
          if (block["@context"] !== "https://schema.org") problems.push(`${path}: @context is ${String(block["@context"])}`);
          if (block["@type"] === "ScholarlyArticle" && id?.[1] === "papers") {
            articles++;
            const paper = papers.get(id[2]!)!;
            if (block["headline"] !== paper["title"] || block["name"] !== paper["title"]) problems.push(`${path}: headline/name ${JSON.stringify(block["headline"])} is not the title`);
            const authors = (paper["authors"] as Array<{ name: string }>).map((a) => a.name);
            const listed = ((block["author"] ?? []) as Array<{ name?: string }>).map((a) => a.name);
            if (JSON.stringify(listed) !== JSON.stringify(authors)) problems.push(`${path}: author ${JSON.stringify(listed)} ≠ ${JSON.stringify(authors)}`);
            if (paper["date"] !== null && block["datePublished"] !== paper["date"]) problems.push(`${path}: datePublished ${String(block["datePublished"])} ≠ ${String(paper["date"])}`);
          }
          if (block["@type"] === "Person" && id?.[1] === "researchers") {
            people++;
            const researcher = researchers.get(id[2]!)!;
            if (researcher["name"] !== null && block["name"] !== researcher["name"]) problems.push(`${path}: Person name ${JSON.stringify(block["name"])} ≠ ${JSON.stringify(researcher["name"])}`);
            if (researcher["name"] === null && "name" in block) problems.push(`${path}: an unnamed profile got a Person name ${JSON.stringify(block["name"])}`);
          }
        }
      }
      expect(problems).toEqual([]);
      expect(articles).toBe(papers.size);
      expect(people).toBe(researchers.size);
    });
  });
}
