import { describe, expect, it } from "vitest";
import { bundleFileFor, bundleUrl } from "../../../src/lib/search/bundle-path.ts";

describe("bundleUrl", () => {
  it("puts the bundle under the base path", () => {
    expect(bundleUrl("/")).toBe("/pagefind/");
    expect(bundleUrl("/atlas/")).toBe("/atlas/pagefind/");
    expect(bundleUrl("/atlas")).toBe("/atlas/pagefind/");
  });
});

describe("bundleFileFor", () => {
  it("maps a bundle URL to the file inside the bundle", () => {
    expect(bundleFileFor("/pagefind/pagefind.js", "/")).toBe("pagefind.js");
    expect(bundleFileFor("/atlas/pagefind/index/en_1a.pf_index", "/atlas/")).toBe("index/en_1a.pf_index");
  });

  it("ignores paths outside the bundle or outside the base path", () => {
    expect(bundleFileFor("/papers/x/", "/")).toBeNull();
    expect(bundleFileFor("/pagefind/pagefind.js", "/atlas/")).toBeNull();
    expect(bundleFileFor("/pagefind/", "/")).toBeNull();
  });

  it("refuses paths that climb out of the bundle, even when encoded", () => {
    expect(bundleFileFor("/pagefind/../secrets.txt", "/")).toBeNull();
    expect(bundleFileFor("/pagefind/%2e%2e/secrets.txt", "/")).toBeNull();
    expect(bundleFileFor("/pagefind/a%5c..%5cb", "/")).toBeNull();
    expect(bundleFileFor("/pagefind/%E0%A4%A", "/")).toBeNull();
  });
});
