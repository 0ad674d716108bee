import { describe, expect, it } from "vitest";
import { generateCorpus, syntheticNames, type ArxivRecord } from "../../../src/lib/corpus/generate.ts";

const record = (id: string, authors: string[], date = "2025-05-0" + (Number(id) % 9 + 1)): ArxivRecord => ({
  id, title: `A study of thing ${id}`, authors, abstract: `Abstract ${id}.`, categories: ["cs.LG"], date,
});
const records: ArxivRecord[] = [
  record("1", ["Ada Lovelace", "Alan Turing", "Grace Hopper"]),
  record("2", ["Ada Lovelace", "Grace Hopper"]),
  record("3", ["Ada Lovelace", "Edsger Dijkstra"]),
  record("4", ["Alan Turing", "Edsger Dijkstra"]),
  record("5", ["Barbara Liskov", "Alan Turing"]),
];

describe("generateCorpus", () => {
  it("puts the most prolific owners first when asked for the prolific order", () => {
    const corpus = generateCorpus(records, { profiles: 2, minPapers: 1, order: "prolific" });
    expect(corpus.truth.map((t) => t.owner)).toEqual(["Ada Lovelace", "Alan Turing"]);
  });

  it("gives every multiplier copy its own people, consistently across that copy's dumps", () => {
    const corpus = generateCorpus(records, { profiles: 2, minPapers: 1, order: "prolific", multiplier: 3 });
    expect(corpus.dumps).toHaveLength(6);
    const owners = corpus.truth.map((t) => t.owner);
    expect(owners.slice(0, 2)).toEqual(["Ada Lovelace", "Alan Turing"]);
    expect(owners.slice(2, 4)).not.toEqual(owners.slice(0, 2));
    // Copy 2 of Ada's paper 1 lists the same renamed co-author as copy 2 of Alan's paper 1.
    const copy2 = corpus.truth.slice(2, 4);
    const paperOf = (i: number) => copy2[i]!.papers.find((p) => p.title === "A study of thing 1 (part 2)");
    const ada = paperOf(0);
    const alan = paperOf(1);
    if (ada?.listed.length && alan?.listed.length) expect(ada.listed).toEqual(alan.listed);
    for (const truth of corpus.truth.slice(2)) {
      for (const paper of truth.papers) expect(paper.title).toMatch(/\(part [23]\)$/);
    }
  });
});

describe("syntheticNames", () => {
  it("maps a name to a real given name and a real family name, the same way every time", () => {
    const rename = syntheticNames(records);
    const name = rename("Ada Lovelace", 2);
    expect(name).toBe(rename("Ada Lovelace", 2));
    const [given, family] = name.split(" ");
    expect(["Ada", "Alan", "Grace", "Edsger", "Barbara"]).toContain(given);
    expect(["Lovelace", "Turing", "Hopper", "Dijkstra", "Liskov"]).toContain(family);
  });
});
