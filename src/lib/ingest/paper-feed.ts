/**
 * Parser for paper-feed dumps (seeds/001_…): no header, no blank lines; per paper a
 * category/date/Code line, ONE line where the title runs into the author list, then the abstract.
 * The title/author split needs corpus-wide signals, so it is left to `resolve.ts` (the line is
 * kept in `titleAuthorLine`).
 */
import { cutBlocks, joinLines } from "./blocks.ts";
import { clip, emptyPaper, isCardPaperHeader, parseCardPaperHeader } from "./scholar-card.ts";
import type { ParsedDump } from "./types.ts";

/** Parses a paper-feed dump given its normalised lines. */
export function parsePaperFeed(file: string, lines: string[]): ParsedDump {
  const dump: ParsedDump = {
    file,
    format: "paper-feed",
    owner: { name: null, line: 1, bio: null, role: null, affiliation: null, openToCollaborate: null, primaryTopic: null, metrics: {}, metricLines: {} },
    papers: [],
    declared: [],
    messages: [],
  };
  const first = lines.findIndex(isCardPaperHeader);
  for (let i = 0; i < first; i++) {
    if (lines[i]!.trim() !== "") {
      dump.messages.push({ level: "warning", line: i + 1, message: `text before the first paper ("${clip(lines[i]!)}") ignored; check the capture` });
    }
  }
  if (first < 0) return dump;
  for (const block of cutBlocks(lines, first, isCardPaperHeader)) {
    const header = parseCardPaperHeader(lines[block.header]!)!;
    const paper = emptyPaper(block.header + 1, header);
    const body = block.body.filter((l) => l.text.trim() !== "");
    const combined = body[0];
    if (!combined) {
      dump.messages.push({ level: "warning", line: block.header + 1, message: "paper header without a title line (the dump ends or is cut here); re-capture the page" });
      continue;
    }
    paper.titleAuthorLine = combined.text.trim();
    paper.abstract = joinLines(block.body.filter((l) => l.index > combined.index));
    // A feed block is exactly three lines; more means the next paper's header was damaged.
    const extra = body[2];
    if (extra) {
      dump.messages.push({ level: "warning", line: paper.line, message: `paper block runs on past its abstract (line ${extra.index + 1} "${clip(extra.text, 40)}"); a damaged paper header? kept the lines in this abstract, check the capture` });
    }
    if (paper.abstract === "") {
      dump.messages.push({ level: "warning", line: combined.index + 1, message: "paper without an abstract (the dump looks cut here); re-capture the page" });
    }
    dump.papers.push(paper);
  }
  return dump;
}
