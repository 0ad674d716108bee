import { describe, expect, it } from "vitest";
import { buildReport, checkDeclaredCounts, checkMetrics, fileStatus, formatMessage } from "../../../src/lib/ingest/report.ts";
import { ingestDumps } from "../../../src/lib/ingest/pipeline.ts";
import { SEED, seedInputs } from "./support.ts";

describe("checkDeclaredCounts", () => {
  it("warns once per declared value that differs from the parsed count", () => {
    const messages = checkDeclaredCounts([{ label: "22 papers", value: 22, line: 5 }, { label: "22 Papers", value: 22, line: 10 }], 11);
    expect(messages).toEqual([{ level: "warning", line: 5, message: "declares 22 papers but 11 papers were parsed; the dump looks truncated, re-capture the full page" }]);
  });

  it("says nothing when the counts agree", () => {
    expect(checkDeclaredCounts([{ label: "2 works", value: 2, line: 14 }], 2)).toEqual([]);
  });
});

describe("checkMetrics", () => {
  it("flags an h-index the citations cannot support, and shows the values as given", () => {
    const [message] = checkMetrics({ hIndex: 98, citations: 43 }, 4);
    expect(message).toEqual({ level: "warning", line: 4, message: "h-index 98 is impossible with 43 citations (needs at least 9604); shown as given, check the source" });
  });

  it("accepts a possible h-index", () => {
    expect(checkMetrics({ hIndex: 3, citations: 9 }, 4)).toEqual([]);
  });
});

describe("the report of the seed dumps", () => {
  const { report, researchers } = ingestDumps(seedInputs());

  it("lists every file with its format, status, papers and profile", () => {
    expect(report.files.map((f) => [f.file, f.format, f.status, f.papers, f.researcher])).toEqual([
      [SEED.profilePage, "profile-page", "ok", 2, "lin-qu"],
      [SEED.paperFeed, "paper-feed", "ok", 20, "jiarui-qin"],
      [SEED.cardYongjiWu, "scholar-card", "warning", 22, "yongji-wu"],
      [SEED.cardQunshuZhang, "scholar-card", "warning", 6, "qunshu-zhang"],
      [SEED.headerlessProfile, "profile-page", "warning", 14, "unnamed-004-6f089a92616556e8"],
    ]);
  });

  it("warns about the impossible h-index of 003 without changing it", () => {
    const file = report.files.find((f) => f.file === SEED.cardQunshuZhang)!;
    expect(file.messages.map((m) => m.message)).toContain("h-index 98 is impossible with 43 citations (needs at least 9604); shown as given, check the source");
    expect(researchers.find((r) => r.id === "qunshu-zhang")!.metrics.hIndex).toBe(98);
  });

  it("adds up the totals", () => {
    expect(report.totals).toMatchObject({ files: 5, byFormat: { "paper-feed": 1, "profile-page": 2, "scholar-card": 2 }, byStatus: { ok: 2, warning: 3 }, profiles: 5, errors: 0 });
    expect(report.totals.warnings).toBe(report.files.flatMap((f) => f.messages).filter((m) => m.level === "warning").length);
  });
});

describe("fileStatus and formatMessage", () => {
  it("derives the status from the worst message", () => {
    expect(fileStatus([])).toBe("ok");
    expect(fileStatus([{ level: "info", line: null, message: "" }, { level: "warning", line: 1, message: "" }])).toBe("warning");
    expect(fileStatus([{ level: "error", line: null, message: "" }])).toBe("error");
  });

  it("prints file:line: message", () => {
    expect(formatMessage("seeds/004.txt", { level: "warning", line: 1, message: "no name; add it" })).toBe("seeds/004.txt:1: no name; add it");
    expect(formatMessage("seeds/x.bin", { level: "error", line: null, message: "binary" })).toBe("seeds/x.bin: error: binary");
  });

  it("keeps files sorted by name in the report", () => {
    const report = buildReport([{ file: "b", format: null, status: "ok", papers: 0, researcher: null, messages: [] }, { file: "a", format: null, status: "ok", papers: 0, researcher: null, messages: [] }], { value: null, source: "none" }, [], { papers: 0, researchers: 0, profiles: 0, topics: 0, institutions: 0 });
    expect(report.files.map((f) => f.file)).toEqual(["a", "b"]);
  });
});
