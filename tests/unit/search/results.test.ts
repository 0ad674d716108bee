import { describe, expect, it } from "vitest";
import { excerptSegments, resultHref, sectionLinks, summaryText } from "../../../src/lib/search/results.ts";

describe("excerptSegments", () => {
  it("splits an excerpt into plain and highlighted runs", () => {
    expect(excerptSegments("Multi-Tenant <mark>LoRA</mark> Serving")).toEqual([
      { text: "Multi-Tenant ", marked: false },
      { text: "LoRA", marked: true },
      { text: " Serving", marked: false },
    ]);
  });

  it("keeps markup that Pagefind escaped as text, decoded for reading", () => {
    expect(excerptSegments("a &lt;script&gt;alert(1)&lt;/script&gt; &amp; b &#39;c&#x27;")).toEqual([
      { text: "a <script>alert(1)</script> & b 'c'", marked: false },
    ]);
  });

  it("never turns a tag other than mark into markup, even unescaped", () => {
    const segments = excerptSegments('<img src=x onerror="alert(1)"> <mark>graph</mark>');
    expect(segments).toEqual([
      { text: '<img src=x onerror="alert(1)"> ', marked: false },
      { text: "graph", marked: true },
    ]);
  });

  it("joins adjacent highlighted words and leaves unknown entities as written", () => {
    expect(excerptSegments("<mark>Yongji</mark><mark>Wu</mark> &bogus;")).toEqual([
      { text: "YongjiWu", marked: true },
      { text: " &bogus;", marked: false },
    ]);
  });
});

describe("resultHref", () => {
  it("accepts site paths and http(s) URLs", () => {
    expect(resultHref("/papers/punica/")).toBe("/papers/punica/");
    expect(resultHref("https://example.org/a")).toBe("https://example.org/a");
  });

  it("refuses script URLs, protocol-relative URLs and empty values", () => {
    expect(resultHref("javascript:alert(1)")).toBeNull();
    expect(resultHref(" JavaScript:alert(1)")).toBeNull();
    expect(resultHref("//evil.example/")).toBeNull();
    expect(resultHref("data:text/html,x")).toBeNull();
    expect(resultHref("")).toBeNull();
    expect(resultHref(undefined)).toBeNull();
  });
});

describe("summaryText", () => {
  it("counts results for a term, with a thousands separator", () => {
    expect(summaryText(1, "Punica", false)).toBe("1 result for Punica");
    expect(summaryText(27548, "model", true)).toBe("27,548 results for model");
  });

  it("says when nothing matched, and names a filter-only search", () => {
    expect(summaryText(0, "xyzzy", false)).toBe("No results for xyzzy");
    expect(summaryText(12, "", true)).toBe("12 results with these filters");
  });
});

describe("sectionLinks", () => {
  const page = "/papers/punica/";

  it("lists other sections than the page itself, most matches first, at most two", () => {
    const links = sectionLinks(
      [
        { title: "Punica", url: page, locations: [1, 2, 3, 4] },
        { title: "Authors", url: `${page}#authors`, locations: [5] },
        { title: "Abstract", url: `${page}#abstract`, locations: [6, 7] },
        { title: "Topics", url: `${page}#topics`, locations: [8] },
      ],
      page,
    );
    expect(links).toEqual([
      { title: "Abstract", href: `${page}#abstract` },
      { title: "Authors", href: `${page}#authors` },
    ]);
  });

  it("drops sections without a title or with an unsafe link", () => {
    expect(sectionLinks([{ title: " ", url: `${page}#a` }, { title: "X", url: "javascript:alert(1)" }], page)).toEqual([]);
  });
});
