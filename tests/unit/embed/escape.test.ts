import { describe, expect, it } from "vitest";
import { escapeMarkup, truncateText } from "../../../src/lib/embed/escape.ts";

describe("escapeMarkup", () => {
  it("escapes the five markup characters", () => {
    expect(escapeMarkup(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });

  it("replaces characters XML cannot carry with a visible replacement character", () => {
    expect(escapeMarkup("a\u0000b\u0001c\u001fd\uffff")).toBe("a\ufffdb\ufffdc\ufffdd\ufffd");
    expect(escapeMarkup("lone \ud800 surrogate")).toBe("lone \ufffd surrogate");
  });

  it("keeps tabs, newlines, astral characters and non-Latin scripts", () => {
    expect(escapeMarkup("a\tb\nc 𝔸 王 عربى")).toBe("a\tb\nc 𝔸 王 عربى");
  });
});

describe("truncateText", () => {
  it("leaves text that fits unchanged", () => {
    expect(truncateText("Yongji Wu", 9)).toBe("Yongji Wu");
  });

  it("cuts long text to the limit, ending in an ellipsis", () => {
    expect(truncateText("Distributed, Parallel, and Cluster Computing", 12)).toBe("Distributed…");
  });

  it("never splits an astral character", () => {
    expect(truncateText("𝔸𝔸𝔸𝔸", 3)).toBe("𝔸𝔸…");
  });
});
