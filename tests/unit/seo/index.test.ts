import { describe, expect, it } from "vitest";
import { Paper, Researcher } from "../../../src/schemas/index.ts";
import { highwireMeta, jsonLdText, paperJsonLd, personJsonLd } from "../../../src/lib/seo/index.ts";

const links = { researcher: (id: string) => `https://x.org/researchers/${id}/`, paper: (id: string) => `https://x.org/papers/${id}/` };
const paper = Paper.parse({
  id: "p",
  title: "A </script><script>alert(1)</script> title",
  authors: [{ name: "Ann Lee", id: "ann-lee" }, { name: "Bo Li", id: "bo-li" }],
  date: "2024-03-05",
  year: 2024,
  venue: "arXiv",
  type: "preprint",
  abstract: "See \\href{https://a.example}{code} and $x^2$.",
});

describe("jsonLdText", () => {
  it("escapes <, > and & so a value can never close the script element", () => {
    const text = jsonLdText({ name: "</script><script>alert(1)</script> & co" });
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual({ name: "</script><script>alert(1)</script> & co" });
  });

  it("escapes U+2028 and U+2029", () => {
    expect(jsonLdText({ a: "x\u2028y\u2029" })).toBe('{"a":"x\\u2028y\\u2029"}');
  });
});

describe("paperJsonLd", () => {
  it("describes a ScholarlyArticle with every author, the date and a plain-text abstract", () => {
    const ld = paperJsonLd(paper, links, "Machine Learning");
    expect(ld["@type"]).toBe("ScholarlyArticle");
    expect(ld["author"]).toEqual([
      { "@type": "Person", name: "Ann Lee", url: "https://x.org/researchers/ann-lee/" },
      { "@type": "Person", name: "Bo Li", url: "https://x.org/researchers/bo-li/" },
    ]);
    expect(ld["datePublished"]).toBe("2024-03-05");
    expect(ld["abstract"]).toBe("See code and x^2.");
  });

  it("leaves out author for a profile-page item whose source lists no authors", () => {
    const ld = paperJsonLd(Paper.parse({ id: "q", title: "Untold authors" }), links, null);
    expect(ld).not.toHaveProperty("author");
  });
});

describe("personJsonLd", () => {
  it("omits the name of an unnamed profile instead of inventing one", () => {
    const r = Researcher.parse({ id: "unnamed-1", name: null, nameSource: "unknown", kind: "profile" });
    const ld = personJsonLd(r, links, { sameAs: ["https://orcid.org/0000-0002-1825-0097"] });
    expect(ld["name"]).toBeUndefined();
    expect(ld["sameAs"]).toEqual(["https://orcid.org/0000-0002-1825-0097"]);
  });
});

describe("highwireMeta", () => {
  it("writes one citation_author per author in order, with a slash date", () => {
    const tags = highwireMeta(paper, { abstractUrl: "https://x.org/papers/p/" });
    expect(tags.filter(([n]) => n === "citation_author").map(([, v]) => v)).toEqual(["Ann Lee", "Bo Li"]);
    expect(tags).toContainEqual(["citation_publication_date", "2024/03/05"]);
    expect(tags).toContainEqual(["citation_title", paper.title]);
    expect(tags[0]?.[0]).toBe("citation_title");
  });
});
