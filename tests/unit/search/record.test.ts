import { describe, expect, it } from "vitest";
import { Institution, Paper, Researcher, Topic } from "../../../src/schemas/index.ts";
import {
  authorLine,
  authoredPageSearchRecord,
  institutionSearchRecord,
  paperSearchRecord,
  recordAttributes,
  researcherSearchRecord,
  topicSearchRecord,
} from "../../../src/lib/search/record.ts";

const dc = Topic.parse({ id: "dc", code: "DC", name: "Distributed, Parallel, and Cluster Computing", papers: ["a", "b"] });
const lg = Topic.parse({ id: "lg", code: "LG", name: "Machine Learning", papers: ["c"] });

const paper = Paper.parse({
  id: "serving-loras",
  title: "Serving  LoRA adapters\nat scale",
  authors: [
    { name: "Yongji Wu", id: "yongji-wu" },
    { name: "Ana <b>Bold</b>", id: "ana-bold" },
  ],
  authorsTruncated: true,
  year: 2024,
  category: "DC",
  type: "preprint",
  hasCode: true,
});

describe("paperSearchRecord", () => {
  it("gives a paper its kind, year, topic, authors and single-line title", () => {
    expect(paperSearchRecord(paper, dc).meta).toEqual({
      title: "Serving LoRA adapters at scale",
      kind: "Paper",
      year: "2024",
      topic: "Distributed, Parallel, and Cluster Computing",
      authors: "Yongji Wu, Ana <b>Bold</b> et al.",
    });
  });

  it("files a paper under kind, topic, year, code and paper type", () => {
    expect(paperSearchRecord(paper, dc).filters).toEqual({
      kind: ["paper"],
      topic: ["Distributed, Parallel, and Cluster Computing"],
      year: ["2024"],
      code: ["with code"],
      type: ["preprint"],
    });
  });

  it("leaves out what the source does not say, and falls back to the category code", () => {
    const bare = Paper.parse({ id: "x", title: "X", category: "ZZ" });
    const record = paperSearchRecord(bare, null);
    expect(record.meta).toEqual({ title: "X", kind: "Paper", topic: "ZZ" });
    expect(record.filters).toEqual({ kind: ["paper"], topic: ["ZZ"], code: ["without code"] });
  });
});

describe("authorLine", () => {
  it("caps long author lists and says how many are left out", () => {
    const authors = Array.from({ length: 11 }, (_, i) => ({ name: `Author ${i + 1}`, id: `a${i}`, addedAsOwner: false }));
    expect(authorLine({ authors, authorsTruncated: false })).toBe(
      "Author 1, Author 2, Author 3, Author 4, Author 5, Author 6, Author 7, Author 8 and 3 more",
    );
  });
});

describe("researcherSearchRecord", () => {
  const owner = Researcher.parse({
    id: "yongji-wu",
    name: "Yongji Wu",
    nameSource: "dump",
    kind: "profile",
    affiliation: "Duke University",
    primaryTopic: "DC",
    papers: ["a", "b", "c"],
  });

  it("shows a profile owner's affiliation, primary topic and paper count", () => {
    const record = researcherSearchRecord(owner, "Yongji Wu", [lg, dc]);
    expect(record.meta).toEqual({
      title: "Yongji Wu",
      kind: "Researcher",
      affiliation: "Duke University",
      topic: "Distributed, Parallel, and Cluster Computing",
      papers: "3 papers",
    });
    expect(record.filters).toEqual({
      kind: ["researcher"],
      researcher: ["profile"],
      topic: ["Machine Learning", "Distributed, Parallel, and Cluster Computing"],
    });
  });

  it("shows an overlay photo with its alternative text", () => {
    const record = researcherSearchRecord(owner, "Yongji Wu", [], { src: "/photos/yongji-wu.jpg", alt: "Photo of Yongji Wu" });
    expect(record.meta.image).toBe("/photos/yongji-wu.jpg");
    expect(record.meta.image_alt).toBe("Photo of Yongji Wu");
  });

  it("marks co-authors so they can be filtered apart from profiles", () => {
    const coauthor = Researcher.parse({ id: "ana", name: "Ana", nameSource: "dump", kind: "coauthor", papers: ["a"] });
    const record = researcherSearchRecord(coauthor, "Ana", []);
    expect(record.meta).toEqual({ title: "Ana", kind: "Co-author", papers: "1 paper" });
    expect(record.filters).toEqual({ kind: ["researcher"], researcher: ["co-author"] });
  });
});

describe("topicSearchRecord", () => {
  it("files a topic page under its own name", () => {
    expect(topicSearchRecord(dc)).toEqual({
      meta: { title: dc.name, kind: "Topic", topic: "DC", papers: "2 papers" },
      filters: { kind: ["topic"], topic: [dc.name] },
    });
  });
});

describe("institutionSearchRecord", () => {
  it("files an institution under its own kind, with its name as written", () => {
    const uw = Institution.parse({ id: "uw", name: "uw", papers: ["a"] });
    expect(institutionSearchRecord(uw)).toEqual({
      meta: { title: "uw", kind: "Institution", papers: "1 paper" },
      filters: { kind: ["institution"] },
    });
  });
});

describe("authoredPageSearchRecord", () => {
  it("files a hand-written page under the page kind", () => {
    expect(authoredPageSearchRecord(" About  this atlas ")).toEqual({
      meta: { title: "About this atlas", kind: "Page" },
      filters: { kind: ["page"] },
    });
  });
});

describe("recordAttributes", () => {
  it("writes one inline key:value attribute per meta key and per filter value", () => {
    expect(recordAttributes({ meta: { title: "A: B, C" }, filters: { topic: ["X", "Y, Z"] } })).toEqual([
      { meta: "title:A: B, C" },
      { filter: "topic:X" },
      { filter: "topic:Y, Z" },
    ]);
  });
});
