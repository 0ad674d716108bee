import { describe, expect, it } from "vitest";
import { nameCost, normaliseKey, parseAuthorList, splitAffiliation, splitTitleAndAuthors } from "../../../src/lib/ingest/names.ts";
import { FIXTURES, linesOf, SEED, seedLines } from "./support.ts";
import { join } from "node:path";

/** Title and authors of a split, for compact assertions. */
function split(line: string, known: string[] = []) {
  const result = splitTitleAndAuthors(line, new Set(known.map(normaliseKey)));
  return result && { title: result.title, authors: result.authors, truncated: result.truncated };
}

describe("normaliseKey", () => {
  it("ignores case, accents and punctuation", () => {
    expect(normaliseKey("Zoë  O'Brien")).toBe(normaliseKey("zoe o brien"));
    expect(normaliseKey("Łukasz Øster")).toBe("lukasz oster");
  });

  it("keeps different names apart", () => {
    expect(normaliseKey("Qiang Zhang")).not.toBe(normaliseKey("Qunshu Zhang"));
  });
});

describe("parseAuthorList", () => {
  it("marks a list ending in et al. as truncated and keeps the names in order", () => {
    expect(parseAuthorList("Lequn Chen, Zihao Ye, Yongji Wu et al.")).toEqual({ names: ["Lequn Chen", "Zihao Ye", "Yongji Wu"], truncated: true });
  });

  it("reads two authors without et al. as a complete list", () => {
    expect(parseAuthorList("Walter White, Eve Markup")).toEqual({ names: ["Walter White", "Eve Markup"], truncated: false });
  });

  it("reads a single author", () => {
    expect(parseAuthorList("Zoë Ørsted")).toEqual({ names: ["Zoë Ørsted"], truncated: false });
  });
});

describe("splitAffiliation", () => {
  it("takes the text after the last ` · ` as the affiliation", () => {
    expect(splitAffiliation("Lequn Chen, Zihao Ye, Yongji Wu et al. · uw")).toEqual({ authors: "Lequn Chen, Zihao Ye, Yongji Wu et al.", affiliation: "uw" });
    expect(splitAffiliation("Hao Wu, Haoran Lou")).toEqual({ authors: "Hao Wu, Haoran Lou", affiliation: null });
  });
});

describe("nameCost", () => {
  it("accepts hyphens, apostrophes, particles, accents and Mc prefixes", () => {
    for (const name of ["Jean-Pierre Dupont", "Seán O'Connor", "Ludwig van Beethoven", "Maria de la Cruz", "Ryan McDonald", "Yann LeCun", "Zoë Ørsted", "Anna O'Neil-Smith", "JingJing Xie"]) {
      expect(nameCost(name), name).toBeLessThan(1);
    }
  });

  it("rejects what a name never contains", () => {
    for (const text of ["Models for Graphs", "Learning: A Survey", "Is it True?", "(UAVs as a Service)"]) expect(nameCost(text), text).toBe(Infinity);
  });
});

describe("splitTitleAndAuthors", () => {
  it("splits every line of the real paper-feed seed where a reader would", () => {
    const lines = seedLines(SEED.paperFeed).filter((_, i) => i % 3 === 1);
    const titles = lines.map((line) => split(line)?.title);
    expect(titles).toContain("A Survey on User Behavior Modeling in Recommender Systems");
    expect(titles).toContain("ReMiT: RL-Guided Mid-Training for Iterative LLM Evolution");
    expect(titles).toContain("Pangu Ultra: Pushing the Limits of Dense Large Language Models on Ascend NPUs");
    expect(titles).toContain("The Real Barrier to LLM Agent Usability is Agentic ROI");
    expect(titles).toContain("Retrieval & Interaction Machine for Tabular Data Prediction");
    expect(split("Youtu-LLM: Unlocking the Native Agentic Potential for Lightweight Large Language ModelsJunru Lu, Jiarui Qin, Lingfeng Qiao et al.")).toEqual({
      title: "Youtu-LLM: Unlocking the Native Agentic Potential for Lightweight Large Language Models",
      authors: ["Junru Lu", "Jiarui Qin", "Lingfeng Qiao"],
      truncated: true,
    });
  });

  it("ends a title on an acronym with a plural s (LLMs, NPUs)", () => {
    expect(split("Scaling Laws for LLMsJohn Smith, Maria García-López et al.")?.title).toBe("Scaling Laws for LLMs");
    expect(split("How to Train Your Big MoE on Ascend NPUsYehui Tang, Yichun Yin")?.authors).toEqual(["Yehui Tang", "Yichun Yin"]);
  });

  it("ends a title on digits, a question mark or a parenthesis", () => {
    expect(split("NTIRE 2025Yuqian Fu, Xingyu Qiu et al.")?.title).toBe("NTIRE 2025");
    expect(split("How Powerful is Graph Convolution for Recommendation?Yifei Shen, Yongji Wu")?.title).toBe("How Powerful is Graph Convolution for Recommendation?");
    expect(split("UaaS (UAVs as a Service)Zoë Ørsted")).toEqual({ title: "UaaS (UAVs as a Service)", authors: ["Zoë Ørsted"], truncated: false });
  });

  it("keeps inner capitals of names (McDonald, LeCun, ChengXiang) in the author", () => {
    expect(split("Neural Retrieval at ScaleRyan McDonald, Anna Li")?.authors).toEqual(["Ryan McDonald", "Anna Li"]);
    expect(split("The Indispensable Role of User Simulation in the Pursuit of AGIKrisztian Balog, ChengXiang Zhai")?.authors).toEqual(["Krisztian Balog", "ChengXiang Zhai"]);
    expect(split("Energy-Based ModelsYann LeCun")?.authors).toEqual(["Yann LeCun"]);
  });

  it("lets a first author open with a particle", () => {
    expect(split("Graph Neural Networksvan der Berg, Junjie Huang et al.")?.authors).toEqual(["van der Berg", "Junjie Huang"]);
  });

  it("keeps commas that belong to the title in the title", () => {
    expect(split("Walle: An End-to-End, General-Purpose, and Large-Scale SystemMaria de la Cruz, Anna O'Neil-Smith, D'Angelo Rossi")).toEqual({
      title: "Walle: An End-to-End, General-Purpose, and Large-Scale System",
      authors: ["Maria de la Cruz", "Anna O'Neil-Smith", "D'Angelo Rossi"],
      truncated: false,
    });
  });

  it("does not cut a camel-case given name at its inner capital", () => {
    expect(split("MMBench-GUI: Hierarchical Multi-Platform Evaluation Framework for GUI AgentsXuehui Wang, Zhenyu Wu, JingJing Xie")?.authors).toEqual(["Xuehui Wang", "Zhenyu Wu", "JingJing Xie"]);
  });

  it("reads organisation authors whole", () => {
    expect(split("SafeWork-R1: Coevolving Safety and Intelligence under the AI-45 LawShanghai AI Lab, Yicheng Bao, Guanxu Chen et al.")?.authors[0]).toBe("Shanghai AI Lab");
  });

  it("uses names known from other dumps to choose between plausible splits", () => {
    const line = "Fine-Tuning with DeepSeekAnna Lee, Bo Chen";
    expect(split(line, ["Anna Lee"])?.authors).toEqual(["Anna Lee", "Bo Chen"]);
  });

  it("keeps an affiliation after ` · `", () => {
    expect(splitTitleAndAuthors("Punica: Multi-Tenant LoRA ServingLequn Chen, Zihao Ye et al. · uw")?.affiliation).toBe("uw");
  });

  it("returns null when no author list can be found", () => {
    expect(splitTitleAndAuthors("all lowercase words and nothing else")).toBeNull();
  });

  it("splits the boundary fixture exactly", () => {
    const lines = linesOf(join(FIXTURES, "feed-title-boundaries.txt")).filter((_, i) => i % 3 === 1);
    expect(lines.map((line) => split(line)?.title)).toEqual([
      "Scaling Laws for LLMs",
      "NTIRE 2025",
      "How Powerful is Graph Convolution for Recommendation?",
      "UaaS (UAVs as a Service)",
      "Pangu Ultra: Pushing the Limits of Dense Large Language Models on Ascend NPUs",
      "ReMiT: RL-Guided Mid-Training for Iterative LLM Evolution",
      "Walle: An End-to-End, General-Purpose, and Large-Scale System",
    ]);
  });
});

describe("splitTitleAndAuthors on names from other traditions", () => {
  it("keeps Vietnamese camel-case names and elided particles whole", () => {
    expect(split("Compressed Video Quality Enhancement: Classifying and Benchmarking over StandardsXiem HoangVan, Dang BuiDinh, Sang Nguyen")?.authors).toEqual(["Xiem HoangVan", "Dang BuiDinh", "Sang Nguyen"]);
    expect(split("Monocular Depth from EndoscopyHao Li, Daiwei Lu, Jesse d'Almeida et al.")?.authors).toEqual(["Hao Li", "Daiwei Lu", "Jesse d'Almeida"]);
  });
});
