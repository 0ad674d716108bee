import { describe, expect, it } from "vitest";
import { compareNewestFirst, entityFileRenderer, entityFileType, filePathList, paperFilePaths, researcherFilePaths, type EntityCorpus } from "../../../src/lib/entity-files/index.ts";
import { entityFileKeys } from "../../../src/lib/entity-files/keys.ts";
import { isEntityFilePath } from "../../../src/lib/entity-files/paths.ts";
import { catalog, HOSTILE, researcher } from "../embed/fixtures.ts";

const corpus: EntityCorpus = {
  researchers: [...catalog.researchers.values()],
  papers: [...catalog.papers.values()],
  topics: [...catalog.topics.values()],
  institutions: [...catalog.institutions.values()],
};
const render = entityFileRenderer(corpus, { site: "https://atlas.example.org", base: "/atlas/" });
const paper = (id: string) => {
  const found = catalog.papers.get(id);
  if (!found) throw new Error(`fixture paper ${id} missing`);
  return found;
};

describe("entity files", () => {
  it("gives a researcher a feed, BibTeX, two card pages, three badges, public JSON and oEmbed at the endpoint paths", () => {
    expect(render.researcherFiles(researcher("yongji-wu")).map((f) => f.path)).toEqual([
      "researchers/yongji-wu/feed.atom",
      "researchers/yongji-wu/papers.bib",
      "embed/researchers/yongji-wu/index.html",
      "embed/researchers/yongji-wu/full/index.html",
      "embed/researchers/yongji-wu.svg",
      "embed/researchers/yongji-wu.light.svg",
      "embed/researchers/yongji-wu.dark.svg",
      "api/researchers/yongji-wu.json",
      "oembed/researchers/yongji-wu.json",
    ]);
  });

  it("gives a paper three citation formats and its public JSON", () => {
    expect(render.paperFiles(paper("third-paper")).map((f) => f.path)).toEqual([
      "papers/third-paper/cite.bib",
      "papers/third-paper/cite.ris",
      "papers/third-paper/cite.json",
      "api/papers/third-paper.json",
    ]);
  });

  it("makes a researcher's papers.bib from the papers' own cite.bib entries, newest first, a blank line apart", () => {
    const who = researcher("yongji-wu");
    const bib = render.researcherFiles(who).find((f) => f.path.endsWith("papers.bib"))?.body ?? "";
    const newestFirst = who.papers.map(paper).sort(compareNewestFirst);
    expect(newestFirst.length).toBeGreaterThan(1);
    const entries = newestFirst.map((p) => render.paperFiles(p).find((f) => f.path.endsWith("cite.bib"))?.body.trimEnd() ?? "");
    expect(entries.every((entry) => /^@article\{[\s\S]+\}$/.test(entry))).toBe(true);
    expect(bib).toBe(entries.map((entry) => `${entry}\n`).join("\n"));
  });

  it("builds absolute URLs from SITE_URL and the base path", () => {
    const files = render.researcherFiles(researcher("yongji-wu"));
    const feed = files.find((f) => f.path.endsWith("feed.atom"))?.body ?? "";
    expect(feed).toContain('href="https://atlas.example.org/atlas/researchers/yongji-wu/feed.atom"');
    expect(feed).toContain("https://atlas.example.org/atlas/papers/punica-multi-tenant-lora-serving/");
    const oembed = JSON.parse(files.find((f) => f.path.startsWith("oembed/"))?.body ?? "{}") as { provider_url?: string };
    expect(oembed.provider_url).toBe("https://atlas.example.org/atlas/");
  });

  it("renders the compact and the full card page, with the profile as canonical URL", () => {
    const files = render.researcherFiles(researcher("yongji-wu"));
    const compact = files.find((f) => f.path === "embed/researchers/yongji-wu/index.html")?.body ?? "";
    const full = files.find((f) => f.path === "embed/researchers/yongji-wu/full/index.html")?.body ?? "";
    for (const page of [compact, full]) {
      expect(page).toMatch(/^<!DOCTYPE html>/);
      expect(page).toContain('<link rel="canonical" href="https://atlas.example.org/atlas/researchers/yongji-wu/">');
    }
    expect(compact).toContain('data-variant="compact"');
    expect(full).toContain('data-variant="full"');
  });

  it("escapes hostile text in the paper's citation JSON and the feed", () => {
    const csl = render.paperFiles(paper("hostile-paper")).find((f) => f.path.endsWith("cite.json"))?.body ?? "";
    expect(JSON.parse(csl)[0].title).toBe(HOSTILE);
    for (const file of corpus.researchers.flatMap((r) => render.researcherFiles(r))) {
      if (/\.(atom|svg|html)$/.test(file.path)) expect(file.body).not.toContain("<script>alert");
    }
  });

  it("serves each file with the content type its extension stands for", () => {
    expect(entityFileType("papers/x/cite.json")).toBe("application/vnd.citationstyles.csl+json; charset=utf-8");
    expect(entityFileType("api/papers/x.json")).toBe("application/json; charset=utf-8");
    expect(entityFileType("embed/researchers/x.dark.svg")).toBe("image/svg+xml; charset=utf-8");
  });
});

describe("isEntityFilePath", () => {
  it("recognises every file the renderer writes and no Astro page", () => {
    const written = [...corpus.researchers.flatMap((r) => render.researcherFiles(r)), ...corpus.papers.flatMap((p) => render.paperFiles(p))];
    expect(written.every((file) => isEntityFilePath(file.path))).toBe(true);
    for (const path of ["researchers/ada/index.html", "embed/index.html", "graph/researchers/ada.json", "papers/p1/index.html", "embed.js"]) {
      expect(isEntityFilePath(path)).toBe(false);
    }
  });
});

describe("file paths without rendering", () => {
  it("lists exactly the files the renderer writes, for researchers with and without papers and for papers", () => {
    const paperless = { ...researcher("yongji-wu"), id: "no-papers-yet", papers: [] };
    for (const someone of [...corpus.researchers, paperless]) {
      expect(filePathList(researcherFilePaths(someone))).toEqual(render.researcherFiles(someone).map((f) => f.path));
    }
    expect(filePathList(researcherFilePaths(paperless))).not.toContain("researchers/no-papers-yet/papers.bib");
    for (const item of corpus.papers) expect(filePathList(paperFilePaths(item))).toEqual(render.paperFiles(item).map((f) => f.path));
  });
});

describe("entityFileKeys", () => {
  const address = { site: "https://atlas.example.org", base: "/atlas/" };
  const keys = entityFileKeys(corpus, address, "v1");
  const someone = researcher("yongji-wu");
  const theirPaper = paper(someone.papers[0]!);

  it("is stable for the same corpus, address and code", () => {
    expect(entityFileKeys(corpus, address, "v1").researcher(someone)).toBe(keys.researcher(someone));
  });

  it("changes a researcher's key with one of their papers, a co-author's record, the code or the address", () => {
    const withEdit = (edited: Partial<EntityCorpus>) => entityFileKeys({ ...corpus, ...edited }, address, "v1").researcher(someone);
    expect(withEdit({ papers: corpus.papers.map((p) => (p.id === theirPaper.id ? { ...p, abstract: `${p.abstract} edited` } : p)) })).not.toBe(keys.researcher(someone));
    const coauthor = someone.coauthors[0]!.id;
    expect(withEdit({ researchers: corpus.researchers.map((r) => (r.id === coauthor ? { ...r, name: "Renamed" } : r)) })).not.toBe(keys.researcher(someone));
    expect(entityFileKeys(corpus, address, "v2").researcher(someone)).not.toBe(keys.researcher(someone));
    expect(entityFileKeys(corpus, { ...address, base: "/" }, "v1").paper(theirPaper)).not.toBe(keys.paper(theirPaper));
  });

  it("keeps keys when only a topic's paper list changes (no entity file shows it)", () => {
    const topics = corpus.topics.map((topic) => ({ ...topic, papers: [...topic.papers, "another-paper"] }));
    expect(entityFileKeys({ ...corpus, topics }, address, "v1").paper(theirPaper)).toBe(keys.paper(theirPaper));
  });
});
