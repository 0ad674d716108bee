import { describe, expect, it } from "vitest";
import { profileCard } from "../../../src/lib/embed/card.ts";
import { publicResearcher } from "../../../src/lib/embed/record.ts";
import { embedSnippets, escapeMarkdown } from "../../../src/lib/embed/snippets.ts";
import { catalog, researcher, SITE_ROOT } from "./fixtures.ts";

const snippets = (id: string) => embedSnippets(profileCard(publicResearcher(researcher(id), catalog, SITE_ROOT)), SITE_ROOT);
const code = (id: string, snippet: string) => snippets(id).find((s) => s.id === snippet)?.code;

describe("embedSnippets", () => {
  it("offers every way of embedding, with absolute URLs under the base path", () => {
    expect(snippets("yongji-wu").map((s) => s.id)).toEqual(["iframe", "iframe-full", "badge-html", "badge-markdown", "web-component", "json", "oembed"]);
    expect(code("yongji-wu", "json")).toBe("https://atlas.example.org/atlas/api/researchers/yongji-wu.json");
    expect(code("yongji-wu", "oembed")).toBe("https://atlas.example.org/atlas/oembed/researchers/yongji-wu.json");
  });

  it("gives the web component snippet with the script URL, the researcher id and a fallback link", () => {
    expect(code("yongji-wu", "web-component")).toBe(
      '<script type="module" src="https://atlas.example.org/atlas/embed.js"></script>\n<researcher-card researcher="yongji-wu" theme="auto" variant="compact"><a href="https://atlas.example.org/atlas/researchers/yongji-wu/">Yongji Wu on Research Atlas</a></researcher-card>',
    );
  });

  it("links the badge image to the profile in HTML and in Markdown", () => {
    expect(code("yongji-wu", "badge-html")).toBe(
      '<a href="https://atlas.example.org/atlas/researchers/yongji-wu/"><img src="https://atlas.example.org/atlas/embed/researchers/yongji-wu.svg" alt="Yongji Wu – Research Atlas profile" width="420" height="128"></a>',
    );
    expect(code("yongji-wu", "badge-markdown")).toBe(
      "[![Yongji Wu – Research Atlas profile](https://atlas.example.org/atlas/embed/researchers/yongji-wu.svg)](https://atlas.example.org/atlas/researchers/yongji-wu/)",
    );
  });

  it("escapes a hostile name in the HTML and Markdown snippets", () => {
    expect(code("hostile", "badge-html")).toContain('alt="&lt;script&gt;alert(&quot;x&quot;)');
    expect(code("hostile", "web-component")).toContain('">&lt;script&gt;alert(&quot;x&quot;)');
    expect(code("hostile", "badge-markdown")).toMatch(/^\[!\[\\<script\\>alert\\\(\\"x\\"\\\)/);
  });
});

describe("escapeMarkdown", () => {
  it("backslash-escapes brackets, parentheses and other punctuation that would end the alt text", () => {
    expect(escapeMarkdown("a](b) *c*")).toBe("a\\]\\(b\\) \\*c\\*");
  });
});
