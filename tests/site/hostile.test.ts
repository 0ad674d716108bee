// The hostile fixture (tests/fixtures/hostile: markup in names, titles, affiliations, abstracts
// and `javascript:` in \href) must come out as text everywhere: HTML, JSON-LD, feeds, citations.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { siteDist } from "../support/sites.ts";
import { jsonLd, listBuilt, metaContents, pageValidator, readBuilt, startTags, visibleText } from "../support/html.ts";

const dist = siteDist("hostile");
const built = existsSync(join(dist, "index.html"));

describe.runIf(built)("hostile input is text, never markup", () => {
  const htmlFiles = built ? listBuilt(dist, ".html") : [];

  it("never emits an element or event handler injected from a dump", () => {
    const problems: string[] = [];
    for (const file of htmlFiles) {
      const html = readBuilt(dist, file);
      const tags = startTags(html);
      for (const tag of tags) {
        const handlers = [...tag.attrs.keys()].filter((a) => a.startsWith("on"));
        if (handlers.length) problems.push(`${file}: <${tag.name} ${handlers.join(" ")}>`);
        if (tag.name === "img" && tag.attrs.get("src") === "x") problems.push(`${file}: injected <img src=x>`);
        if (tag.name === "style" && tag.text?.includes("body{display:none}")) problems.push(`${file}: injected <style>`);
      }
      // A comment from a dump is harmless inside a quoted attribute; as markup it would be live.
      for (let at = html.indexOf("<!-- a comment -->"); at !== -1; at = html.indexOf("<!-- a comment -->", at + 1)) {
        if (!tags.some((t) => at > t.start && at < t.end)) problems.push(`${file}: injected comment`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("never turns javascript: into a link or any other URL attribute", () => {
    const problems: string[] = [];
    for (const file of htmlFiles) {
      const html = readBuilt(dist, file);
      const tags = startTags(html);
      for (const tag of tags) {
        for (const attr of ["href", "src", "action", "formaction", "xlink:href"]) {
          if (/^\s*javascript:/i.test(tag.attrs.get(attr) ?? "")) problems.push(`${file}: <${tag.name} ${attr}=${tag.attrs.get(attr)}>`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("runs no script that contains dump text, and JSON-LD cannot close its element", () => {
    const problems: string[] = [];
    for (const file of htmlFiles) {
      const html = readBuilt(dist, file);
      for (const script of startTags(html).filter((t) => t.name === "script")) {
        const body = script.text ?? "";
        if (/application\/(ld\+)?json/.test(script.attrs.get("type") ?? "")) {
          if (body.includes("<")) problems.push(`${file}: raw < in JSON script`);
          expect(() => JSON.parse(body), file).not.toThrow();
        } else if (body.includes("alert(")) {
          problems.push(`${file}: dump text in an executable script`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("shows a hostile name, affiliation and title as the literal text of the dump", () => {
    const mallory = readBuilt(dist, "researchers/script-alert-1-script-mallory/index.html");
    expect(mallory).toMatch(/<h1[^>]*>&lt;script&gt;alert\(1\)&lt;\/script&gt; Mallory<\/h1>/);
    expect(jsonLd(mallory).find((d) => d["@type"] === "Person")?.["name"]).toBe("<script>alert(1)</script> Mallory");

    const eve = readBuilt(dist, "researchers/img-src-x-onerror-alert-1-eve-markup/index.html");
    expect(visibleText(eve)).toContain("University of <script>alert(1)</script>");
    expect(metaContents(eve, "og:title")).toEqual(['"><img src=x onerror=alert(1)> Eve Markup']);

    const paper = readBuilt(dist, "papers/script-alert-1-script-cross-site-scripting-in-research-directories/index.html");
    expect(metaContents(paper, "citation_title")).toEqual(["<script>alert(1)</script> Cross-Site Scripting in Research Directories"]);
    expect(visibleText(paper)).toContain("Cards render x and <img src=x onerror=alert(1)> inside abstracts");
  });

  it("keeps pages full of hostile text valid HTML", async () => {
    const validator = pageValidator();
    const problems: string[] = [];
    for (const path of [
      "researchers/script-alert-1-script-mallory/index.html",
      "researchers/img-src-x-onerror-alert-1-eve-markup/index.html",
      "papers/img-src-x-onerror-alert-1-attribute-breakouts-in-static-sites/index.html",
      "papers/escaping-and-encoding-b-bold-b-claims/index.html",
      "sources/index.html",
    ]) {
      const report = await validator.validateString(readBuilt(dist, path), path);
      for (const result of report.results) for (const m of result.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it("writes feeds that are well-formed XML whatever the titles contain", () => {
    const feeds = listBuilt(dist, ".atom");
    expect(feeds.length).toBeGreaterThan(3);
    for (const feed of feeds) {
      const xml = readBuilt(dist, feed);
      expect(XMLValidator.validate(xml), feed).toBe(true);
      expect(new XMLParser().parse(xml).feed, feed).toBeDefined();
    }
  });

  it("keeps TeX specials from titles out of BibTeX commands", () => {
    const bib = readBuilt(dist, "papers/script-alert-1-script-cross-site-scripting-in-research-directories/cite.bib");
    expect(bib).toMatch(/title = \{\\textless\{\}script\\textgreater\{\}alert\(1\).*Cross/);
    expect(bib).not.toContain("<script>");
  });
});
