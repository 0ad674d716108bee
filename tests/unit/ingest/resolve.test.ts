import { describe, expect, it } from "vitest";
import { ingestDumps } from "../../../src/lib/ingest/pipeline.ts";
import { inferFeedOwner } from "../../../src/lib/ingest/resolve.ts";
import { SEED, seedInputs } from "./support.ts";

const corpus = ingestDumps(seedInputs());
const paper = (id: string) => corpus.papers.find((p) => p.id === id)!;
const researcher = (id: string) => corpus.researchers.find((r) => r.id === id)!;
const feed = (names: string[][], truncated = true) => names.map((list) => ({ names: list, truncated }));

describe("inferFeedOwner", () => {
  it("names the author in clearly most lists", () => {
    expect(inferFeedOwner(feed([["A", "Owner"], ["Owner", "B"], ["C", "Owner"], ["D", "E"]]))).toEqual({ name: "Owner", count: 3, lists: 4 });
  });

  it("abstains when no one clearly leads", () => {
    expect(inferFeedOwner(feed([["A", "B"], ["A", "B"], ["C", "D"]]))).toBeNull();
    expect(inferFeedOwner(feed([["A"], ["B"], ["C"]]))).toBeNull();
  });

  it("rules out a name missing from a complete list: the owner is in every list of their page", () => {
    const lists = [
      { names: ["Frequent", "X"], truncated: true },
      { names: ["Frequent", "Y"], truncated: true },
      { names: ["Frequent", "Owner"], truncated: true },
      { names: ["Owner", "Z"], truncated: false },
      { names: ["Owner", "W"], truncated: false },
    ];
    expect(inferFeedOwner(lists)?.name).toBe("Owner");
  });

  it("infers Jiarui Qin for the seed paper feed", () => {
    expect(corpus.report.files.find((f) => f.file === SEED.paperFeed)?.researcher).toBe("jiarui-qin");
    expect(researcher("jiarui-qin")).toMatchObject({ name: "Jiarui Qin", nameSource: "inferred", kind: "profile" });
  });
});

describe("resolveCorpus on the seed dumps", () => {
  it("adds the owner behind a truncated list that does not show them, marked addedAsOwner", () => {
    const fireRed = paper("firered-ocr-technical-report");
    expect(fireRed.authors.map((a) => [a.name, a.addedAsOwner])).toEqual([
      ["Hao Wu", false], ["Haoran Lou", false], ["Xinyue Li", false], ["Yongji Wu", true],
    ]);
    expect(fireRed.authorsTruncated).toBe(true);
  });

  it("never adds the owner to a list that already shows them", () => {
    const punica = paper("punica-multi-tenant-lora-serving");
    expect(punica.authors.map((a) => a.name)).toEqual(["Lequn Chen", "Zihao Ye", "Yongji Wu"]);
    expect(punica.authors.every((a) => !a.addedAsOwner)).toBe(true);
  });

  it("keeps Qiang Zhang and Qunshu Zhang apart", () => {
    expect(researcher("qiang-zhang")).toMatchObject({ kind: "coauthor", name: "Qiang Zhang" });
    expect(researcher("qunshu-zhang")).toMatchObject({ kind: "profile", name: "Qunshu Zhang" });
  });

  it("makes every author a researcher with a page", () => {
    const ids = new Set(corpus.researchers.map((r) => r.id));
    for (const p of corpus.papers) for (const a of p.authors) expect(ids.has(a.id), a.id).toBe(true);
    expect(researcher("lequn-chen")).toMatchObject({ kind: "coauthor", nameSource: "dump", papers: ["computing-in-the-era-of-large-generative-models-from-cloud-native-to-ai-native", "punica-multi-tenant-lora-serving"] });
  });

  it("keeps the header-less profile as an unnamed profile with a stable id from its file", () => {
    const unnamed = researcher("unnamed-004-6f089a92616556e8");
    expect(unnamed).toMatchObject({ name: null, nameSource: "unknown", kind: "profile" });
    expect(unnamed.papers).toHaveLength(14);
    expect(unnamed.sources).toEqual([{ file: SEED.headerlessProfile, format: "profile-page", line: 1 }]);
  });

  it("dates year-less entries in the capture year inferred from the card and feed dumps", () => {
    expect(corpus.report.captureYear).toEqual({ value: 2026, source: "inferred" });
    expect(paper("foundry-template-based-cuda-graph-context-materialization-for-fast-llm-serving")).toMatchObject({ date: "2026-04-08", dateYearInferred: true, year: 2026, score: 99.7 });
    expect(paper("punica-multi-tenant-lora-serving")).toMatchObject({ date: "2023-10-28", dateYearInferred: false, hasCode: true, institution: "uw" });
  });

  it("ranks co-authors by shared papers, then id", () => {
    const wu = researcher("yongji-wu");
    expect(wu.coauthors[0]).toEqual({ id: "xueshen-liu", count: 5 });
    const counts = wu.coauthors.map((c) => c.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("takes the primary topic from the card, else from the most frequent category", () => {
    expect(researcher("yongji-wu")).toMatchObject({ primaryTopic: "DC", primaryTopicSource: "dump" });
    expect(researcher("jiarui-qin")).toMatchObject({ primaryTopic: "IR", primaryTopicSource: "papers" });
    expect(researcher("jiarui-qin").topics[0]).toEqual({ id: "ir", count: 12 });
  });

  it("lists a researcher's papers newest first", () => {
    const years = researcher("jiarui-qin").papers.map((id) => paper(id).date!);
    expect(years).toEqual([...years].sort().reverse());
  });

  it("names topics after their arXiv category", () => {
    expect(corpus.topics.find((t) => t.code === "DC")).toMatchObject({ id: "dc", name: "Distributed, Parallel, and Cluster Computing", known: true });
  });
});

describe("merging dumps", () => {
  const card = seedInputs().find((i) => i.file === SEED.cardYongjiWu)!;
  const text = Buffer.from(card.bytes!).toString("utf8");

  it("deduplicates a paper listed by two dumps, merges sources and keeps the longer abstract", () => {
    const lines = text.split("\n");
    const at = lines.findIndex((l) => l.startsWith("Low-rank adaptation (LoRA)"));
    lines[at] = `${lines[at]} And with more text.`;
    const other = Buffer.from(lines.join("\n"), "utf8");
    const merged = ingestDumps([card, { file: "zz_second.txt", bytes: other }]);
    const punica = merged.papers.find((p) => p.id === "punica-multi-tenant-lora-serving")!;
    expect(punica.sources.map((s) => s.file)).toEqual([SEED.cardYongjiWu, "zz_second.txt"]);
    expect(punica.abstract.endsWith("with more text.")).toBe(true);
    expect(merged.researchers.filter((r) => r.name === "Yongji Wu")).toHaveLength(1);
    expect(merged.researchers.find((r) => r.id === "yongji-wu")!.sources).toHaveLength(2);
  });

  it("reports a conflict between two dumps and keeps the first value", () => {
    const conflicting = Buffer.from(text.replace("DCOct 28, 2023Code", "LGOct 28, 2023Code"), "utf8");
    const merged = ingestDumps([card, { file: "zz_conflict.txt", bytes: conflicting }]);
    expect(merged.papers.find((p) => p.id === "punica-multi-tenant-lora-serving")!.category).toBe("DC");
    expect(merged.report.messages.map((m) => m.message).join("\n")).toMatch(/Punica.*category "LG" in zz_conflict\.txt:\d+ differs from "DC"/);
  });
});
