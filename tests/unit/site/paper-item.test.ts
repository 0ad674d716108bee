import { describe, expect, it } from "vitest";
import { Paper, Topic } from "../../../src/schemas/index.ts";
import { paperItemHtml } from "../../../src/lib/site/paper-item.ts";
import { coauthorItemsHtml } from "../../../src/lib/site/people.ts";
import { sitePaths } from "../../../src/lib/site/paths.ts";

const HOSTILE = `<script>alert("x")</script>'&`;
const paths = sitePaths("/atlas/");
const topic = Topic.parse({ id: "lg", code: "LG", name: "Machine <Learning>", papers: [] });
const paper = (fields: Record<string, unknown>) =>
  Paper.parse({ id: "p 1", title: "A title", authors: [], sources: [], ...fields });

describe("paperItemHtml", () => {
  it("shows the title link, authors, date, topic chip, Code, score, type and venue as the source gave them", () => {
    const html = paperItemHtml(
      paper({ authors: ["Ana", "Bo", "Cy"].map((name) => ({ id: name.toLowerCase(), name })), authorsTruncated: true, date: "2025-01-02", year: 2025, category: "LG", hasCode: true, score: 85.2, type: "preprint", venue: "NeurIPS" }),
      { topic, paths, maxAuthors: 2, filterSlot: "3" },
    );
    expect(html).toBe(
      '<li data-t="3"><a class="paper-title" href="/atlas/papers/p%201/">A title</a><div class="authors">Ana, Bo + 1 more et al.</div>' +
        '<div class="paper-meta"><time datetime="2025-01-02">2025-01-02</time><a class="chip chip-accent" href="/atlas/topics/lg/" title="Machine &lt;Learning&gt;">LG</a>' +
        '<span class="chip chip-ok">Code</span><span>Score 85.2</span><span>preprint</span><span>NeurIPS</span></div></li>',
    );
  });

  it("says the date is unknown, shows an unresolved category as text and escapes hostile text everywhere", () => {
    const html = paperItemHtml(paper({ title: HOSTILE, category: HOSTILE, venue: HOSTILE, authors: [{ id: "x", name: HOSTILE }] }), { topic: undefined, paths });
    expect(html).not.toContain("<script>");
    expect(html).toContain("<span>Date unknown</span>");
    expect(html).toContain('<span class="chip">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;&amp;</span>');
    expect(html.startsWith("<li><a")).toBe(true);
  });
});

describe("coauthorItemsHtml", () => {
  it("links each co-author with the shared-paper count and escapes the name", () => {
    expect(coauthorItemsHtml([{ href: "/researchers/a/", name: HOSTILE, count: 3 }])).toBe(
      '<li><a href="/researchers/a/">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;&amp;</a> <span class="count">3</span></li>',
    );
  });
});
