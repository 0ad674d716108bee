import { describe, expect, it } from "vitest";
import { directoryLetter, paginate, plural, sitePaths } from "../../../src/lib/site/paths.ts";

describe("sitePaths", () => {
  it("puts every URL under the base path", () => {
    const paths = sitePaths("/atlas/");
    expect(paths.researcher("yongji-wu")).toBe("/atlas/researchers/yongji-wu/");
    expect(paths.paperCite("p", "bib")).toBe("/atlas/papers/p/cite.bib");
    expect(paths.researchers(3)).toBe("/atlas/researchers/page/3/");
    expect(paths.papersYear("2024", 2)).toBe("/atlas/papers/year/2024/2/");
    expect(paths.asset("/photos/a.jpg")).toBe("/atlas/photos/a.jpg");
    expect(paths.topic("lg")).toBe("/atlas/topics/lg/");
    expect(paths.topic("lg", 2)).toBe("/atlas/topics/lg/page/2/");
    expect(sitePaths("/").researchers()).toBe("/researchers/");
  });

  it("percent-encodes ids so an odd id cannot leave its path segment", () => {
    expect(sitePaths("/").researcher("a/../b?c")).toBe("/researchers/a%2F..%2Fb%3Fc/");
  });
});

describe("paginate", () => {
  it("splits into pages and keeps one empty page for an empty list", () => {
    expect(paginate([1, 2, 3, 4, 5], 2).map((p) => [p.page, p.pages, p.items])).toEqual([[1, 3, [1, 2]], [2, 3, [3, 4]], [3, 3, [5]]]);
    expect(paginate([], 10)).toEqual([{ items: [], page: 1, pages: 1 }]);
  });
});

describe("directoryLetter", () => {
  it("files names by their first Latin letter without accents, others under #", () => {
    expect(directoryLetter("Émile Zola")).toBe("E");
    expect(directoryLetter("yongji wu")).toBe("Y");
    expect(directoryLetter("王小明")).toBe("#");
    expect(directoryLetter("<script>")).toBe("#");
  });
});

describe("plural", () => {
  it("uses the singular only for one", () => {
    expect(plural(1, "paper")).toBe("1 paper");
    expect(plural(0, "paper")).toBe("0 papers");
    expect(plural(1200, "person", "people")).toBe("1,200 people");
  });
});
