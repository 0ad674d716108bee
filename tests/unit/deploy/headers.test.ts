import { describe, expect, it } from "vitest";
import { cspHeader, HEADER_RULES, renderHeaders } from "../../../src/lib/deploy/headers.ts";
import { parseHeadersFile } from "../../support/serve.ts";

describe("renderHeaders", () => {
  it("caches hashed assets for a year and sends security headers everywhere", () => {
    const rules = parseHeadersFile(renderHeaders());
    const forAsset = Object.assign({}, ...rules.filter((r) => r.pattern.test("/_astro/BaseLayout.abc123.css")).map((r) => r.headers));
    expect(forAsset["Cache-Control"]).toBe("public, max-age=31536000, immutable");
    expect(forAsset["X-Content-Type-Options"]).toBe("nosniff");
    const forPage = Object.assign({}, ...rules.filter((r) => r.pattern.test("/researchers/a/")).map((r) => r.headers));
    expect(forPage["Cache-Control"]).toBeUndefined();
    expect(forPage["Content-Security-Policy"]).toContain("object-src 'none'");
  });

  it("caches Pagefind's content-hashed chunks for a year and lets its entry files revalidate", () => {
    const rules = parseHeadersFile(renderHeaders());
    const cacheFor = (path: string) => rules.filter((r) => r.pattern.test(path)).map((r) => r.headers["Cache-Control"]).filter(Boolean);
    for (const chunk of ["/pagefind/index/en_30c27d9.pf_index", "/pagefind/fragment/en_23abbfd.pf_fragment", "/pagefind/filter/en_4c5bbf1.pf_filter"]) {
      expect(cacheFor(chunk)).toEqual(["public, max-age=31536000, immutable"]);
    }
    expect(cacheFor("/pagefind/pagefind.js")).toEqual([]);
    expect(cacheFor("/pagefind/pagefind-entry.json")).toEqual([]);
  });

  it("appends extra rules after the built-in ones so features can extend the file", () => {
    const text = renderHeaders([...HEADER_RULES, { path: "/api/*", why: "public JSON", headers: { "Access-Control-Allow-Origin": "*" } }]);
    expect(text.trimEnd().endsWith("/api/*\n  Access-Control-Allow-Origin: *")).toBe(true);
    expect(text).toContain("# public JSON");
  });
});

describe("cspHeader", () => {
  it("joins directives with their sources", () => {
    expect(cspHeader({ "default-src": ["'self'"], "img-src": ["'self'", "https:"] })).toBe("default-src 'self'; img-src 'self' https:");
  });
});
