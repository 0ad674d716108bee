/**
 * Parser for scholar-card dumps (seeds/002_…, seeds/003_…): name, primary category code, metric
 * lines (`h-index39`, `22papers`, `424citations`, `Novelty58%`, `AI Score58`), `22 Papers`, then
 * per paper: `[score]CODEMon D[, YYYY][Code]`, the title, `A, B, C et al.[ · affiliation]`, the
 * abstract, separated by blank lines.
 */
import { cutBlocks, joinLines } from "./blocks.ts";
import { MONTH_PATTERN, rawMonthDay } from "./dates.ts";
import { nameCost, parseAuthorList, splitAffiliation } from "./names.ts";
import type { ParsedDump, ParsedPaper, RawDate } from "./types.ts";

const PAPER_HEADER = new RegExp(
  `^(\\d+(?:\\.\\d+)?)?([A-Za-z][A-Za-z.-]*?)?(${MONTH_PATTERN}) (\\d{1,2})(?:, (\\d{4}))?(Code)?$`,
);

/** The parts of a card/feed paper header line (`99.7DCApr 8`, `DCOct 28, 2023Code`). */
export interface PaperHeader {
  score: number | null;
  category: string | null;
  date: RawDate;
  hasCode: boolean;
}

/** Parses a card/feed paper header line, or returns null when the line is not one. */
export function parseCardPaperHeader(line: string): PaperHeader | null {
  const m = PAPER_HEADER.exec(line);
  if (!m) return null;
  return {
    score: m[1] === undefined ? null : Number(m[1]),
    category: m[2] ?? null,
    date: rawMonthDay(m[3]!, m[4]!, m[5]),
    hasCode: m[6] !== undefined,
  };
}

/** True when a line is a card/feed paper header. */
export function isCardPaperHeader(line: string): boolean {
  return line.length < 40 && PAPER_HEADER.test(line);
}

/** Numeric metrics of a card. */
type CardMetric = "hIndex" | "paperCount" | "citations" | "novelty" | "aiScore";
const METRIC_LINES: Array<[RegExp, CardMetric]> = [
  [/^h-index(\d+)$/, "hIndex"],
  [/^(\d+)papers$/, "paperCount"],
  [/^(\d+)citations$/, "citations"],
  [/^Novelty(\d+(?:\.\d+)?)%$/, "novelty"],
  [/^AI Score(\d+(?:\.\d+)?)$/, "aiScore"],
];
const CATEGORY_CODE = /^([A-Z]{2}|[a-z-]+(\.[A-Za-z-]+)?)$/;
const DECLARED_PAPERS = /^(\d+) Papers?$/;

/** Parses a scholar-card dump given its normalised lines. */
export function parseScholarCard(file: string, lines: string[]): ParsedDump {
  const dump: ParsedDump = {
    file,
    format: "scholar-card",
    owner: { name: null, line: 1, bio: null, role: null, affiliation: null, openToCollaborate: null, primaryTopic: null, metrics: {}, metricLines: {} },
    papers: [],
    declared: [],
    messages: [],
  };
  const firstPaper = lines.findIndex(isCardPaperHeader);
  const headerEnd = firstPaper < 0 ? lines.length : firstPaper;
  for (let i = 0; i < headerEnd; i++) {
    const line = lines[i]!.trim();
    if (line === "") continue;
    const metric = METRIC_LINES.find(([re]) => re.test(line));
    if (metric) {
      const value = Number(metric[0].exec(line)![1]);
      dump.owner.metrics[metric[1]] = value;
      dump.owner.metricLines[metric[1]] = i + 1;
      if (metric[1] === "paperCount") dump.declared.push({ label: `${value} papers`, value, line: i + 1 });
      continue;
    }
    const declared = DECLARED_PAPERS.exec(line);
    if (declared) {
      dump.declared.push({ label: line, value: Number(declared[1]), line: i + 1 });
      continue;
    }
    if (dump.owner.name === null && dump.owner.primaryTopic === null && !CATEGORY_CODE.test(line)) {
      dump.owner.name = line;
      dump.owner.line = i + 1;
    } else if (dump.owner.primaryTopic === null && CATEGORY_CODE.test(line)) {
      dump.owner.primaryTopic = line;
    } else {
      dump.messages.push({ level: "warning", line: i + 1, message: `unexpected header line "${clip(line)}" ignored; check the capture` });
    }
  }
  if (dump.owner.name === null) {
    dump.messages.push({ level: "warning", line: 1, message: "no researcher name before the metrics; name this profile in overrides.json" });
  }
  for (const block of cutBlocks(lines, headerEnd, isCardPaperHeader)) {
    const header = parseCardPaperHeader(lines[block.header]!)!;
    const paper = emptyPaper(block.header + 1, header);
    const nonBlank = block.body.filter((l) => l.text.trim() !== "");
    const titleLine = nonBlank[0];
    if (!titleLine) {
      dump.messages.push({ level: "warning", line: block.header + 1, message: "paper header without a title (the dump ends or is cut here); re-capture the page" });
      continue;
    }
    paper.title = titleLine.text.trim();
    checkTitleLength(dump, paper, titleLine.index + 1);
    const authorLine = nonBlank[1];
    if (!authorLine) {
      dump.messages.push({ level: "warning", line: titleLine.index + 1, message: "paper without an author line or abstract (the dump looks cut here); kept the title, re-capture the page for the rest" });
    } else {
      const { authors, affiliation } = splitAffiliation(authorLine.text.trim());
      const list = parseAuthorList(authors);
      paper.authors = list.names;
      paper.authorsTruncated = list.truncated;
      paper.affiliation = affiliation;
      if (list.names.some((n) => nameCost(n) === Infinity)) {
        dump.messages.push({ level: "warning", line: authorLine.index + 1, message: `author line "${clip(authorLine.text)}" does not look like a list of names; kept as given, check the capture` });
      }
      const afterAuthors = block.body.filter((l) => l.index > authorLine.index);
      const abstract = joinLines(trimBlank(afterAuthors));
      paper.abstract = abstract;
      if (abstract === "") {
        dump.messages.push({ level: "warning", line: authorLine.index + 1, message: "paper without an abstract (the dump looks cut here); re-capture the page" });
      }
    }
    dump.papers.push(paper);
  }
  return dump;
}

/** A paper with only its header fields filled. */
export function emptyPaper(line: number, header: PaperHeader | null): ParsedPaper {
  return {
    line,
    title: "",
    authors: [],
    authorsTruncated: false,
    category: header?.category ?? null,
    date: header?.date ?? null,
    type: null,
    venue: null,
    hasCode: header?.hasCode ?? false,
    score: header?.score ?? null,
    affiliation: null,
    abstract: "",
  };
}

/** Longest plausible title; arXiv titles stay well below it. */
export const MAX_TITLE_LENGTH = 300;

/** Warns about a title too long to be one (abstract text or damage moved into the title slot). */
export function checkTitleLength(dump: ParsedDump, paper: ParsedPaper, titleLine: number): void {
  if (paper.title.length <= MAX_TITLE_LENGTH) return;
  dump.messages.push({
    level: "warning",
    line: paper.line,
    message: `the title on line ${titleLine} is ${paper.title.length} characters long, which looks like abstract text or a damaged capture; kept as given, check the page`,
  });
}

/** Drops leading and trailing blank lines. */
export function trimBlank<T extends { text: string }>(lines: T[]): T[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.text.trim() === "") start++;
  while (end > start && lines[end - 1]!.text.trim() === "") end--;
  return lines.slice(start, end);
}

/** Shortens a line for a message. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
