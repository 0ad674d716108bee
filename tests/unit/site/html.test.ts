import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../../src/lib/site/html.ts";

describe("escapeHtml", () => {
  it("turns the five markup characters into entities and leaves other text as the source gave it", () => {
    expect(escapeHtml(`<script>alert("x")</script>'&amp; Müller`)).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;&amp;amp; Müller");
  });
});
