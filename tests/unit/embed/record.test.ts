import { describe, expect, it } from "vitest";
import { publicPaper, publicResearcher, topicByCode } from "../../../src/lib/embed/record.ts";
import { catalog, researcher, SITE_ROOT } from "./fixtures.ts";

describe("publicResearcher", () => {
  const record = publicResearcher(researcher("yongji-wu"), catalog, SITE_ROOT);

  it("resolves the primary topic code to its topic name and page", () => {
    expect(record.primaryTopic).toEqual({
      code: "DC",
      source: "dump",
      topic: { id: "dc", code: "DC", name: "Distributed, Parallel, and Cluster Computing", known: true, path: "topics/dc/" },
    });
  });

  it("lists paper summaries in the collection's newest-first order with site-relative paths", () => {
    expect(record.papers.map((p) => [p.id, p.path])).toEqual([
      ["firered-ocr", "papers/firered-ocr/"],
      ["punica-multi-tenant-lora-serving", "papers/punica-multi-tenant-lora-serving/"],
      ["third-paper", "papers/third-paper/"],
    ]);
    expect(record.papers[0]?.dateYearInferred).toBe(true);
  });

  it("keeps a co-author's missing name as null instead of inventing one", () => {
    expect(record.coauthors).toEqual([{ id: "unnamed-profile", name: null, count: 1, path: "researchers/unnamed-profile/" }]);
  });

  it("gives site-relative embed links and an absolute profile URL under the base path", () => {
    expect(record.links.json).toBe("api/researchers/yongji-wu.json");
    expect(record.links.badgeDark).toBe("embed/researchers/yongji-wu.dark.svg");
    expect(record.url).toBe("https://atlas.example.org/atlas/researchers/yongji-wu/");
  });

  it("keeps metrics and their sources exactly as validated", () => {
    expect(record.metrics).toEqual(researcher("yongji-wu").metrics);
    expect(record.metricSources.hIndex).toEqual({ file: "002_50d14b9dda15e8db.txt", format: "scholar-card", line: 1 });
  });

  it("keeps a primary topic code that has no topic entry, with topic null", () => {
    const hostile = publicResearcher(researcher("hostile"), catalog, SITE_ROOT);
    expect(hostile.primaryTopic?.topic).toBeNull();
    expect(hostile.primaryTopic?.code).toBe(researcher("hostile").primaryTopic);
  });

  it("fails with the content file and a remedy when a referenced paper is missing", () => {
    const broken = { ...researcher("yongji-wu"), papers: ["no-such-paper"] };
    expect(() => publicResearcher(broken, catalog, SITE_ROOT)).toThrow(
      'content/researchers/yongji-wu.json: references paper "no-such-paper", which is not in the content collections; re-run `npm run ingest`',
    );
  });
});

describe("publicPaper", () => {
  it("adds author pages, the topic, the institution and its own links", () => {
    const paper = catalog.papers.get("punica-multi-tenant-lora-serving");
    if (!paper) throw new Error("fixture paper missing");
    const record = publicPaper(paper, catalog, SITE_ROOT);
    expect(record.authors[0]).toEqual({ name: "Yongji Wu", id: "yongji-wu", addedAsOwner: false, path: "researchers/yongji-wu/" });
    expect(record.topic?.name).toBe("Distributed, Parallel, and Cluster Computing");
    expect(record.institutionRef).toEqual({ id: "uw", name: "uw", path: "institutions/uw/" });
    expect(record.links).toEqual({ page: "papers/punica-multi-tenant-lora-serving/", json: "api/papers/punica-multi-tenant-lora-serving.json" });
    expect(record.url).toBe("https://atlas.example.org/atlas/papers/punica-multi-tenant-lora-serving/");
    expect(record.abstract).toBe(paper.abstract);
  });
});

describe("topicByCode", () => {
  it("finds a topic by its source code, not its slug", () => {
    expect(topicByCode(catalog.topics, "CV")?.id).toBe("cv");
    expect(topicByCode(catalog.topics, "cv")).toBeUndefined();
  });
});
