import { describe, expect, it } from "vitest";
import { profileCard } from "../../../src/lib/embed/card.ts";
import { cardTree, renderHtml, type CardChild, type CardElement } from "../../../src/lib/embed/markup.ts";
import { publicResearcher } from "../../../src/lib/embed/record.ts";
import { catalog, HOSTILE, researcher, SITE_ROOT } from "./fixtures.ts";

const card = (id: string, variant: "compact" | "full" = "compact") => profileCard(publicResearcher(researcher(id), catalog, SITE_ROOT), variant);
const options = { base: "/atlas/", heading: "h2", theme: "auto" } as const;

function elements(node: CardChild): CardElement[] {
  return typeof node === "string" ? [] : [node, ...node.children.flatMap(elements)];
}
function text(node: CardChild): string {
  return typeof node === "string" ? node : node.children.map(text).join("");
}

describe("cardTree", () => {
  it("links the name and the footer to the profile page under the base path", () => {
    const links = elements(cardTree(card("yongji-wu"), options)).filter((e) => e.tag === "a");
    const profileLinks = links.filter((a) => a.attrs["href"] === "/atlas/researchers/yongji-wu/");
    expect(profileLinks.map(text)).toEqual(["Yongji Wu", "Full profile on Research Atlas"]);
  });

  it("links each paper and the primary topic to their pages", () => {
    const hrefs = elements(cardTree(card("yongji-wu"), options)).filter((e) => e.tag === "a").map((a) => a.attrs["href"]);
    expect(hrefs).toContain("/atlas/papers/firered-ocr/");
    expect(hrefs).toContain("/atlas/topics/dc/");
  });

  it("marks the forced theme on the card and leaves auto to prefers-color-scheme", () => {
    expect(cardTree(card("yongji-wu"), { ...options, theme: "dark" }).attrs["data-theme"]).toBe("dark");
    expect(cardTree(card("yongji-wu"), options).attrs["data-theme"]).toBeUndefined();
  });

  it("opens links in a new tab only when asked (the iframe)", () => {
    const framed = elements(cardTree(card("yongji-wu"), { ...options, linkTarget: "_blank" })).filter((e) => e.tag === "a");
    expect(framed.every((a) => a.attrs["target"] === "_blank" && a.attrs["rel"] === "noopener")).toBe(true);
    expect(elements(cardTree(card("yongji-wu"), options)).some((e) => e.attrs["target"] !== undefined)).toBe(false);
  });

  it("says how many of the papers the card lists", () => {
    expect(text(cardTree(card("yongji-wu"), options))).toContain("Latest papers (2 of 3)");
  });

  it("names the dump the metrics were read from", () => {
    expect(text(cardTree(card("yongji-wu"), options))).toContain("Metrics as shown in 002_50d14b9dda15e8db.txt (scholar card)");
  });

  it("keeps hostile source text as text nodes, never as elements", () => {
    const tree = cardTree(card("hostile", "full"), options);
    expect(elements(tree).map((e) => e.tag).filter((tag) => !["article", "header", "footer", "h2", "p", "a", "span", "bdi", "dl", "div", "dt", "dd", "ul", "li"].includes(tag))).toEqual([]);
    expect(text(tree)).toContain(HOSTILE);
  });
});

describe("renderHtml", () => {
  it("escapes hostile text and attribute values so no tag or attribute is injected", () => {
    const html = renderHtml(cardTree(card("hostile", "full"), options));
    expect(html).not.toMatch(/<script|<img|onerror=(?!alert\(1\)&gt;)/);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&amp;amp;\ufffd&#39;");
    expect(html).toContain(`aria-label="&lt;script&gt;`);
  });
});
