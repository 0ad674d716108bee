// Hand-authored MDX (README, Authoring): the atlas fixture site is built with
// AUTHORING_DIR=tests/fixtures/authoring, which holds a free page and a researcher overlay.
import { describe, expect, it } from "vitest";
import { siteDist } from "../support/sites.ts";
import { attributeValues, jsonLd, readBuilt, startTags, visibleText } from "../support/html.ts";

const dist = siteDist("atlas");

describe("free MDX pages", () => {
  const html = readBuilt(dist, "lab/index.html");

  it("renders content/pages/<slug>.mdx at /<slug>/ under the base path and links it in the header", () => {
    expect(html).toMatch(/<h1[^>]*>Lab page \(authoring fixture\)<\/h1>/);
    expect(readBuilt(dist, "index.html")).toContain('href="/atlas/lab/"');
  });

  it("can use ResearcherCard and PaperList without importing them", () => {
    expect(html).toContain('class="card researcher-card"');
    expect(html).toContain('href="/atlas/researchers/yongji-wu/"');
    expect(attributeValues(html, "href").filter((h) => h.startsWith("/atlas/papers/")).length).toBeGreaterThanOrEqual(6);
  });

  it("keeps relative Markdown links relative so they follow the base path", () => {
    expect(attributeValues(html, "href")).toContain("../sources/");
  });
});

describe("researcher overlays", () => {
  const html = readBuilt(dist, "researchers/yongji-wu/index.html");

  it("merges the extended bio onto the generated profile, components included", () => {
    const text = visibleText(html);
    expect(text).toContain("Overlay fixture");
    expect(text).toContain("Yongji Wu");
    expect(html).toMatch(/class="prose overlay-bio"[\s\S]*href="\/atlas\/papers\/punica-multi-tenant-lora-serving\/"/);
  });

  it("shows the photo with its alternative text and the homepage, ORCID and Scholar links", () => {
    const img = startTags(html).find((t) => t.name === "img" && t.attrs.get("class") === "photo");
    expect(img?.attrs.get("src")).toBe("https://images.example.org/fixture-portrait.jpg");
    expect(img?.attrs.get("alt")).toBe("Fixture portrait");
    const hrefs = attributeValues(html, "href");
    expect(hrefs).toEqual(expect.arrayContaining([
      "https://example.org/fixture-homepage",
      "https://orcid.org/0000-0002-1825-0097",
      "https://scholar.google.com/citations?user=FIXTURE",
    ]));
  });

  it("adds the links to the Person JSON-LD as sameAs", () => {
    const person = jsonLd(html).find((d) => d["@type"] === "Person");
    expect(person?.["sameAs"]).toContain("https://orcid.org/0000-0002-1825-0097");
    expect(person?.["image"]).toBe("https://images.example.org/fixture-portrait.jpg");
  });

  it("leaves profiles without an overlay unchanged", () => {
    expect(readBuilt(dist, "researchers/qunshu-zhang/index.html")).not.toContain("overlay-bio");
  });
});
