import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCardPaperHeader, parseScholarCard } from "../../../src/lib/ingest/scholar-card.ts";
import { FIXTURES, linesOf, SEED, seedLines } from "./support.ts";

describe("parseCardPaperHeader", () => {
  it("reads score, category, date and the Code flag run together", () => {
    expect(parseCardPaperHeader("99.7DCApr 8")).toEqual({ score: 99.7, category: "DC", date: { year: null, month: 4, day: 8, text: "Apr 8" }, hasCode: false });
    expect(parseCardPaperHeader("DCOct 28, 2023Code")).toEqual({ score: null, category: "DC", date: { year: 2023, month: 10, day: 28, text: "Oct 28, 2023" }, hasCode: true });
  });

  it("is null for a line that is not a header", () => {
    expect(parseCardPaperHeader("Punica: Multi-Tenant LoRA Serving")).toBeNull();
  });
});

describe("parseScholarCard", () => {
  const card = parseScholarCard(SEED.cardYongjiWu, seedLines(SEED.cardYongjiWu));

  it("reads the owner, primary category and metrics exactly as shown", () => {
    expect(card.owner.name).toBe("Yongji Wu");
    expect(card.owner.primaryTopic).toBe("DC");
    expect(card.owner.metrics).toEqual({ hIndex: 39, paperCount: 22, citations: 424, novelty: 58, aiScore: 58 });
    expect(card.owner.metricLines.hIndex).toBe(4);
  });

  it("reads every declared paper with title, authors, affiliation and abstract", () => {
    expect(card.papers).toHaveLength(22);
    expect(card.declared.map((d) => d.value)).toEqual([22, 22]);
    const punica = card.papers[0]!;
    expect(punica).toMatchObject({
      line: 12,
      title: "Punica: Multi-Tenant LoRA Serving",
      authors: ["Lequn Chen", "Zihao Ye", "Yongji Wu"],
      authorsTruncated: true,
      category: "DC",
      hasCode: true,
      affiliation: "uw",
      score: null,
    });
    expect(punica.abstract.startsWith("Low-rank adaptation (LoRA) has become")).toBe(true);
    expect(card.papers.find((p) => p.title.startsWith("Foundry"))).toMatchObject({ score: 99.7, date: { year: null, month: 4, day: 8 } });
    expect(card.messages).toEqual([]);
  });

  it("keeps the papers of a dump cut in the middle of a paper and says where it was cut", () => {
    const cut = parseScholarCard("truncated-mid-paper.txt", linesOf(join(FIXTURES, "truncated-mid-paper.txt")));
    expect(cut.papers.map((p) => p.title)).toEqual(["First Complete Paper", "Second Paper Cut Before Its Authors"]);
    expect(cut.papers[1]).toMatchObject({ authors: [], hasCode: true });
    expect(cut.messages).toEqual([expect.objectContaining({ level: "warning", line: 20, message: expect.stringContaining("looks cut") })]);
  });

  it("parses a CRLF file with a byte-order mark exactly like the clean one", () => {
    const clean = parseScholarCard("x.txt", seedLines(SEED.cardQunshuZhang));
    const crlf = parseScholarCard("x.txt", linesOf(join(FIXTURES, "crlf-bom-scholar-card.txt")));
    expect(crlf).toEqual(clean);
    expect(clean.papers.map((p) => p.title)).toContain("S'MoRE: Structural Mixture of Residual Experts for Parameter-Efficient LLM Fine-tuning");
  });
});
