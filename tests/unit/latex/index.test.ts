import { describe, expect, it } from "vitest";
import { abstractPlainText, escapeHtml, renderAbstract, safeHttpUrl } from "../../../src/lib/latex/index.ts";

const html = (source: string) => renderAbstract(source).html;

describe("renderAbstract", () => {
  it("renders $…$ math with KaTeX and reports that the page needs KaTeX CSS", () => {
    const out = renderAbstract("an $Acc_{Ex}$ score of 0.75");
    expect(out.hasMath).toBe(true);
    expect(out.html).toContain('class="katex"');
    expect(out.html).toContain("<math");
    expect(out.html).not.toContain("$Acc");
  });

  it("renders escaped percent signs inside math from the seed abstracts", () => {
    const out = html("outperform ($+130\\%$ on recall@100)");
    expect(out).toContain("130");
    expect(out).not.toContain("katex-error");
  });

  it("keeps a lone dollar sign as text and reports no math", () => {
    const out = renderAbstract("costs $5 per run");
    expect(out.hasMath).toBe(false);
    expect(out.html).toBe("<p>costs $5 per run</p>");
  });

  it("turns \\href with an https target into a link showing the label", () => {
    expect(html("code at \\href{https://github.com/facebookresearch/PerSRec}{the repo}.")).toBe(
      '<p>code at <a href="https://github.com/facebookresearch/PerSRec" rel="nofollow noopener noreferrer">the repo</a>.</p>',
    );
  });

  it("does not nest a link when the \\href label is the URL itself (seed 003)", () => {
    expect(html("at \\href{https://github.com/x/y}{https://github.com/x/y}.")).toBe(
      '<p>at <a href="https://github.com/x/y" rel="nofollow noopener noreferrer">https://github.com/x/y</a>.</p>',
    );
  });

  it("never turns \\href{javascript:alert(1)}{x} into a link", () => {
    const out = html("\\href{javascript:alert(1)}{x}");
    expect(out).toBe("<p>x</p>");
    expect(out).not.toContain("<a");
    expect(out).not.toContain("javascript");
  });

  it("rejects data:, relative and whitespace-smuggled \\url targets but shows them as text", () => {
    expect(html("\\url{data:text/html,<b>x</b>}")).toBe("<p>data:text/html,&lt;b&gt;x&lt;/b&gt;</p>");
    expect(html("\\url{java\tscript:alert(1)}")).not.toContain("<a");
    expect(html("\\url{/relative/path}")).toBe("<p>/relative/path</p>");
  });

  it("links \\url targets and un-escapes LaTeX escapes inside them", () => {
    expect(html("\\url{https://example.org/a\\_b?x=1\\&y=2}")).toBe(
      '<p><a href="https://example.org/a_b?x=1&amp;y=2" rel="nofollow noopener noreferrer">https://example.org/a_b?x=1&amp;y=2</a></p>',
    );
  });

  it("links bare http(s) URLs without swallowing the sentence's final full stop", () => {
    expect(html("open source at https://github.com/punica-ai/punica.")).toBe(
      '<p>open source at <a href="https://github.com/punica-ai/punica" rel="nofollow noopener noreferrer">https://github.com/punica-ai/punica</a>.</p>',
    );
  });

  it("renders the simple text macros, nested", () => {
    expect(html("\\textbf{bold \\emph{both}} \\underline{r}etrieval \\textit{it} \\texttt{tt}")).toBe(
      "<p><strong>bold <em>both</em></strong> <u>r</u>etrieval <em>it</em> <code>tt</code></p>",
    );
  });

  it("leaves unknown macros readable instead of dropping them", () => {
    expect(html("\\textbf{\\name} and \\name's strong potential")).toBe(
      "<p><strong>\\name</strong> and \\name&#39;s strong potential</p>",
    );
    expect(html("\\foo{bar}")).toBe("<p>\\foo{bar}</p>");
  });

  it("escapes HTML in the abstract so it is shown, never executed", () => {
    const out = html('<script>alert(1)</script><img src=x onerror="alert(2)">');
    expect(out).not.toMatch(/<script|<img/);
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("escapes HTML inside \\href labels and text macros", () => {
    expect(html("\\href{https://a.example}{<b>x</b>} \\textbf{<i>y</i>}")).toBe(
      '<p><a href="https://a.example/" rel="nofollow noopener noreferrer">&lt;b&gt;x&lt;/b&gt;</a> <strong>&lt;i&gt;y&lt;/i&gt;</strong></p>',
    );
  });

  it("keeps KaTeX's \\href inside math inert", () => {
    const out = html("$\\href{javascript:alert(1)}{x}$");
    expect(out).not.toContain('href="javascript');
  });

  it("turns TeX quotes into typographic quotes and escaped characters into the character", () => {
    expect(html("``structural hallucination'' at 97.9\\% \\& more")).toBe(
      "<p>\u201cstructural hallucination\u201d at 97.9% &amp; more</p>",
    );
  });

  it("keeps lone quotes, backticks and words starting with h as text around the markup it renders", () => {
    // Text between markup is emitted as whole runs: each run must still be escaped, and a
    // lone ' or ` or an "h" that starts no URL must stay what it was.
    expect(html("it's `x` <b>here</b> & \\emph{his} https://a.org/x. hhttp")).toBe(
      "<p>it&#39;s `x` &lt;b&gt;here&lt;/b&gt; &amp; <em>his</em> " +
        '<a href="https://a.org/x" rel="nofollow noopener noreferrer">https://a.org/x</a>. hhttp</p>',
    );
  });

  it("splits paragraphs on blank lines", () => {
    expect(html("one\n\ntwo")).toBe("<p>one</p><p>two</p>");
  });

  it("keeps an unclosed \\href readable", () => {
    const out = html("\\href{https://a.example}");
    expect(out.startsWith("<p>\\href{")).toBe(true);
    expect(out).toContain(">https://a.example</a>}</p>");
  });
});

describe("safeHttpUrl", () => {
  it("accepts http and https and rejects every other scheme", () => {
    expect(safeHttpUrl("https://example.org")).toBe("https://example.org/");
    expect(safeHttpUrl("http://example.org/x")).toBe("http://example.org/x");
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl("JaVaScRiPt:alert(1)")).toBeNull();
    expect(safeHttpUrl("vbscript:x")).toBeNull();
    expect(safeHttpUrl("//evil.example")).toBeNull();
  });
});

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});

describe("abstractPlainText", () => {
  it("turns links into their labels, macros into their content and math into bare TeX", () => {
    expect(abstractPlainText("See \\href{https://a.example}{the code}, \\textbf{bold} and $+130\\%$ on \\url{https://b.example}.")).toBe(
      "See the code, bold and +130% on https://b.example.",
    );
  });

  it("keeps markup as unescaped text for the caller's serializer and drops javascript: targets", () => {
    expect(abstractPlainText("<b>x</b> \\href{javascript:alert(1)}{label}")).toBe("<b>x</b> label");
  });

  it("joins paragraphs with a blank line", () => {
    expect(abstractPlainText("one\n\n\ntwo")).toBe("one\n\ntwo");
  });
});
