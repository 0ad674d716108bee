import { describe, expect, it } from "vitest";
import { ceilingProject, formatBytes, formatSeconds, markdownTable, renderedFileCount, summariseOutput } from "../../../src/lib/bench/report.ts";

describe("summariseOutput", () => {
  it("counts files and bytes per folder and averages the HTML of researcher and paper pages", () => {
    const summary = summariseOutput([
      { path: "index.html", bytes: 100 },
      { path: "researchers/ada/index.html", bytes: 3000 },
      { path: "researchers/ada/feed.atom", bytes: 500 },
      { path: "researchers/alan/index.html", bytes: 5000 },
      { path: "papers/p1/index.html", bytes: 2000 },
      { path: "embed/researchers/ada/index.html", bytes: 900 },
      { path: "pagefind/pagefind.js", bytes: 40 },
    ]);
    expect(summary.files).toBe(7);
    expect(summary.bytes).toBe(11_540);
    expect(summary.byFolder["researchers"]).toEqual({ files: 3, bytes: 8500 });
    expect(summary.byFolder["."]).toEqual({ files: 1, bytes: 100 });
    expect(summary.htmlFiles).toBe(5);
    expect(summary.htmlBytesPerPage).toEqual({ researcher: 4000, paper: 2000, all: 3333 });
  });
});

describe("formatting", () => {
  it("prints sizes and durations the way people read them", () => {
    expect(formatBytes(812)).toBe("812 B");
    expect(formatBytes(14_540)).toBe("14.2 KB");
    expect(formatBytes(2.4 * 2 ** 30)).toBe("2.40 GB");
    expect(formatSeconds(42.06)).toBe("42.1 s");
    expect(formatSeconds(423)).toBe("7 min 03 s");
  });

  it("aligns a Markdown table: names left, figures right", () => {
    expect(markdownTable(["stage", "wall"], [["ingest", "1.2 s"], ["render", "98.0 s"]])).toBe(
      ["| stage  |   wall |", "|:-------|-------:|", "| ingest |  1.2 s |", "| render | 98.0 s |"].join("\n"),
    );
  });
});

describe("ceilingProject", () => {
  it("is one route whose getStaticPaths makes exactly the requested number of pages", async () => {
    const route = ceilingProject(1234).find((file) => file.path === "src/pages/[id].astro")!;
    const frontmatter = route.text.split("---")[1]!;
    const getStaticPaths = new Function(`${frontmatter.replace("export function", "function")}; return getStaticPaths;`)() as () => Array<{ params: { id: string } }>;
    const paths = getStaticPaths();
    expect(paths).toHaveLength(1234);
    expect(paths[1233]).toEqual({ params: { id: "p1233" } });
  });
});

describe("renderedFileCount", () => {
  it("counts route outputs and leaves out copied graph data, search bundles, hashed assets and entity files", () => {
    const summary = summariseOutput([
      { path: "index.html", bytes: 1 },
      { path: "researchers/ada/index.html", bytes: 1 },
      { path: "embed/researchers/ada/index.html", bytes: 1 },
      { path: "researchers/ada/feed.atom", bytes: 1 },
      { path: "embed/researchers/ada.dark.svg", bytes: 1 },
      { path: "api/researchers/ada.json", bytes: 1 },
      { path: "papers/p1/cite.json", bytes: 1 },
      { path: "graph/researchers/ada.json", bytes: 1 },
      { path: "pagefind/pagefind.js", bytes: 1 },
      { path: "pagefind-shard-2/pagefind.js", bytes: 1 },
      { path: "_astro/site.css", bytes: 1 },
    ]);
    // The iframe card page is an entity file too (written after Astro's render).
    expect(renderedFileCount(summary)).toBe(2);
  });
});
