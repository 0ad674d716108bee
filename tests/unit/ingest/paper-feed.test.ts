import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePaperFeed } from "../../../src/lib/ingest/paper-feed.ts";
import { FIXTURES, linesOf, SEED, seedLines } from "./support.ts";

describe("parsePaperFeed", () => {
  const feed = parsePaperFeed(SEED.paperFeed, seedLines(SEED.paperFeed));

  it("reads one block per paper: header, title+authors line, abstract", () => {
    expect(feed.papers).toHaveLength(20);
    expect(feed.papers[0]).toMatchObject({
      line: 1,
      titleAuthorLine: "A Survey on User Behavior Modeling in Recommender SystemsZhicheng He, Weiwen Liu, Wei Guo et al.",
      category: "IR",
      date: { year: 2023, month: 2, day: 22 },
      hasCode: false,
    });
    expect(feed.papers[0]!.abstract.startsWith("User Behavior Modeling (UBM) plays")).toBe(true);
    expect(feed.papers[3]).toMatchObject({ hasCode: true, date: { year: 2024, month: 4, day: 28 } });
    expect(feed.messages).toEqual([]);
  });

  it("has no owner of its own: the name is inferred later", () => {
    expect(feed.owner.name).toBeNull();
  });

  it("parses a CRLF file with a byte-order mark exactly like the clean one", () => {
    expect(parsePaperFeed(SEED.paperFeed, linesOf(join(FIXTURES, "crlf-bom-paper-feed.txt")))).toEqual(feed);
  });

  it("warns when a block runs on past its abstract (a damaged header)", () => {
    const lines = seedLines(SEED.paperFeed);
    lines[3] = lines[3]!.replace("Dec", "Dez"); // `CLDez 31, 2025` is no longer a header
    const damaged = parsePaperFeed("f.txt", lines);
    expect(damaged.papers).toHaveLength(19);
    expect(damaged.messages[0]).toMatchObject({ level: "warning", line: 1, message: expect.stringContaining("runs on past its abstract") });
  });
});
