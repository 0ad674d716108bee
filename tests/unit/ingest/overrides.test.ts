import { describe, expect, it } from "vitest";
import { parseOverrides, type Overrides } from "../../../src/lib/ingest/overrides.ts";
import { ingestDumps } from "../../../src/lib/ingest/pipeline.ts";
import { SEED, seedInputs } from "./support.ts";

function withOverrides(json: unknown) {
  const parsed = parseOverrides(JSON.stringify(json));
  if (!("overrides" in parsed)) throw new Error(parsed.problems.join("; "));
  return ingestDumps(seedInputs(), { overrides: parsed.overrides });
}
const messages = (output: ReturnType<typeof withOverrides>) => output.report.messages.map((m) => `${m.level}: ${m.message}`);

describe("parseOverrides", () => {
  it("fills defaults for missing sections", () => {
    expect(parseOverrides("{}")).toEqual({ overrides: { names: {}, merge: [], split: [], fields: [] } satisfies Overrides });
  });

  it("explains invalid files by path", () => {
    expect(parseOverrides("{ nope")).toMatchObject({ problems: [expect.stringContaining("not valid JSON")] });
    const result = parseOverrides(JSON.stringify({ fields: [{ paper: "x", set: { title: "renamed" } }], typo: 1 }));
    expect("problems" in result && result.problems.join("\n")).toMatch(/typo|Unrecognized/);
  });
});

describe("applying overrides", () => {
  it("names an unnamed profile and reports it", () => {
    const output = withOverrides({ names: { [SEED.headerlessProfile]: "Ada Lovelace" } });
    const ada = output.researchers.find((r) => r.id === "ada-lovelace")!;
    expect(ada).toMatchObject({ name: "Ada Lovelace", nameSource: "override", kind: "profile" });
    expect(ada.papers).toHaveLength(14);
    expect(output.researchers.some((r) => r.id.startsWith("unnamed-004"))).toBe(false);
    expect(messages(output)).toContain(`info: overrides: ${SEED.headerlessProfile} is the profile of "Ada Lovelace"`);
  });

  it("merges two names into one researcher", () => {
    const output = withOverrides({ merge: [{ into: "Jiarui Qin", names: ["Jiarui Jin"] }] });
    expect(output.researchers.some((r) => r.id === "jiarui-jin")).toBe(false);
    const qin = output.researchers.find((r) => r.id === "jiarui-qin")!;
    const graphHinge = output.papers.find((p) => p.title.startsWith("GraphHINGE"))!;
    expect(qin.papers).toContain(graphHinge.id);
    // The listed "Jiarui Jin" is now the owner, so no extra owner entry is added behind "et al.".
    expect(graphHinge.authors.map((a) => [a.name, a.id])).toEqual([["Jiarui Jin", "jiarui-qin"], ["Kounianhua Du", "kounianhua-du"], ["Weinan Zhang", "weinan-zhang"]]);
  });

  it("splits one name into two people by paper", () => {
    const output = withOverrides({ split: [{ name: "Wei Guo", papers: ["MISS: Multi-Interest Self-Supervised Learning Framework for Click-Through Rate Prediction"], as: "Wei Guo (Huawei)" }] });
    const miss = output.papers.find((p) => p.title.startsWith("MISS:"))!;
    const split = output.researchers.find((r) => r.id === miss.authors[0]!.id)!;
    expect(split).toMatchObject({ name: "Wei Guo (Huawei)", nameSource: "override", papers: [miss.id] });
    expect(output.researchers.find((r) => r.id === "wei-guo")!.papers).not.toContain(miss.id);
  });

  it("corrects fields of papers and researchers, and warns about targets it cannot find", () => {
    const output = withOverrides({
      fields: [
        { paper: "punica-multi-tenant-lora-serving", set: { venue: "MLSys" } },
        { researcher: "Yongji Wu", set: { affiliation: "University of Washington" } },
        { paper: "No Such Paper", set: { venue: "x" } },
      ],
    });
    expect(output.papers.find((p) => p.id === "punica-multi-tenant-lora-serving")!.venue).toBe("MLSys");
    expect(output.researchers.find((r) => r.id === "yongji-wu")!.affiliation).toBe("University of Washington");
    expect(messages(output)).toContain('warning: overrides: fields: no paper with id or title "No Such Paper"; use the id from content/papers/ or the exact title');
  });

  it("warns about a name for a file that does not exist", () => {
    expect(messages(withOverrides({ names: { "missing.txt": "Nobody" } }))).toContain('warning: overrides: names: no dump named "missing.txt"; check the file name (relative to the seeds folder)');
  });
});
