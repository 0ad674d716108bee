import { describe, expect, it } from "vitest";
import { GROUP_PAPERS_PER_PAGE, laterPaperPages } from "../../../src/lib/site/directory.ts";

describe("laterPaperPages", () => {
  it("has no later page while the papers fit on the group page itself", () => {
    expect(laterPaperPages(0)).toEqual([]);
    expect(laterPaperPages(GROUP_PAPERS_PER_PAGE)).toEqual([]);
  });

  it("numbers the later pages from 2", () => {
    expect(laterPaperPages(GROUP_PAPERS_PER_PAGE + 1)).toEqual([2]);
    expect(laterPaperPages(GROUP_PAPERS_PER_PAGE * 3)).toEqual([2, 3]);
  });
});
