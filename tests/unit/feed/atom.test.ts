import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { atomDate, renderAtom, xmlText } from "../../../src/lib/feed/atom.ts";

describe("xmlText", () => {
  it("escapes markup and drops characters XML 1.0 forbids", () => {
    expect(xmlText(`<a href="x">'&'</a>\u0000\u0007`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  });

  it("drops lone surrogates but keeps valid astral characters", () => {
    expect(xmlText("a\ud800b𝔸")).toBe("ab𝔸");
  });
});

describe("atomDate", () => {
  it("turns ISO dates and bare years into RFC 3339 timestamps", () => {
    expect(atomDate("2023-10-28", 2023)).toBe("2023-10-28T00:00:00Z");
    expect(atomDate(null, 2021)).toBe("2021-01-01T00:00:00Z");
    expect(atomDate(null, null)).toBeNull();
  });
});

describe("renderAtom", () => {
  it("writes a well-formed Atom feed even when titles carry markup and control characters", () => {
    const xml = renderAtom({
      selfUrl: "https://x.org/researchers/a/feed.atom",
      pageUrl: "https://x.org/researchers/a/",
      title: "Papers by <script>alert(1)</script>",
      updated: "2024-01-01T00:00:00Z",
      entries: [
        {
          url: "https://x.org/papers/p/?a=1&b=2",
          title: "]]> <b>bold</b> \u0001",
          updated: "2024-01-01T00:00:00Z",
          summary: "x < y & z",
          authors: ["Ann \"Q\" Lee"],
          categories: ["Machine Learning"],
        },
      ],
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed.title).toBe("Papers by <script>alert(1)</script>");
    expect(feed.entry.id).toBe("https://x.org/papers/p/?a=1&b=2");
    expect(feed.entry.author.name).toBe('Ann "Q" Lee');
    expect(feed.entry.category["@_term"]).toBe("Machine Learning");
  });
});
