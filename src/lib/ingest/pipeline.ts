/**
 * The whole ingest without I/O: dump bytes in; collection entries and the report out. The CLI
 * (scripts/ingest.ts) reads the files and writes the results; tests and benchmarks call this.
 */
import type { FileReport, IngestReport, Institution, Paper, ReportMessage, Researcher, Topic } from "../../schemas/index.ts";
import { decodeDump, detectFormat, toLines, type Rejection } from "./detect-format.ts";
import { parsePaperFeed } from "./paper-feed.ts";
import { parseProfilePage } from "./profile-page.ts";
import { buildReport, checkDeclaredCounts, checkMetrics, fileStatus, sortMessages } from "./report.ts";
import { resolveCorpus } from "./resolve.ts";
import { parseScholarCard } from "./scholar-card.ts";
import type { Overrides } from "./overrides.ts";
import type { ParsedDump } from "./types.ts";

/** One input file: its name relative to the seeds folder, and its bytes (or why it was not read). */
export interface DumpInput {
  file: string;
  bytes: Uint8Array | null;
  /** Set by the caller when the file was not read (too large, unreadable). */
  rejection?: Rejection;
}

/** Options of an ingest run. */
export interface IngestOptions {
  captureYear?: number | null;
  overrides?: Overrides;
  /** Problems with the overrides file itself, reported as corpus messages. */
  overrideProblems?: ReportMessage[];
  /** Called after each file is parsed (progress output). */
  onParsed?: (done: number, papers: number) => void;
}

/** Everything an ingest run produces. */
export interface IngestOutput {
  researchers: Researcher[];
  papers: Paper[];
  topics: Topic[];
  institutions: Institution[];
  report: IngestReport;
}

/** Parses one decoded dump, or returns why it is not a dump. */
export function parseDump(file: string, text: string): ParsedDump | Rejection {
  const lines = toLines(text);
  const detected = detectFormat(lines);
  if ("rejection" in detected) return detected.rejection;
  const dump = detected.format === "profile-page"
    ? parseProfilePage(file, lines)
    : detected.format === "scholar-card"
      ? parseScholarCard(file, lines)
      : parsePaperFeed(file, lines);
  // U+FFFD means an editor already lost characters; the values around it are not trustworthy.
  const damaged = lines.findIndex((l) => l.includes("\ufffd"));
  if (damaged >= 0) {
    dump.messages.push({ level: "warning", line: damaged + 1, message: "replacement characters (\ufffd) in the text: characters were lost before ingest; re-capture the page as UTF-8" });
  }
  return dump;
}

/** Runs detection, parsing, resolution and the consistency checks over a corpus. */
export function ingestDumps(inputs: DumpInput[], options: IngestOptions = {}): IngestOutput {
  const sorted = [...inputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const dumps: ParsedDump[] = [];
  const reports = new Map<string, FileReport>();
  let papers = 0;
  sorted.forEach((input, index) => {
    const report: FileReport = { file: input.file, format: null, status: "ok", papers: 0, researcher: null, messages: [] };
    reports.set(input.file, report);
    let rejection = input.rejection ?? null;
    let parsed: ParsedDump | null = null;
    if (!rejection && input.bytes) {
      const decoded = decodeDump(input.bytes);
      if ("rejection" in decoded) rejection = decoded.rejection;
      else {
        const result = parseDump(input.file, decoded.text);
        if ("reason" in result) rejection = result;
        else parsed = result;
      }
    }
    if (rejection || !parsed) {
      const r = rejection ?? { line: null, reason: "file could not be read", remedy: "check its permissions" };
      report.messages.push({ level: "error", line: r.line, message: `${r.reason}; ${r.remedy}` });
    } else {
      report.format = parsed.format;
      if (parsed.papers.length === 0 && parsed.owner.name === null && Object.keys(parsed.owner.metrics).length === 0) {
        report.messages.push({ level: "error", line: null, message: `looks like a ${parsed.format} but holds no papers and no profile; re-capture the page or remove the file` });
      } else {
        dumps.push(parsed);
      }
      report.messages.push(...parsed.messages);
      report.messages.push(...checkDeclaredCounts(parsed.declared, parsed.papers.length));
      report.messages.push(...checkMetrics(parsed.owner.metrics, parsed.owner.metricLines.hIndex ?? parsed.owner.line));
      report.papers = parsed.papers.length;
      papers += parsed.papers.length;
    }
    options.onParsed?.(index + 1, papers);
  });

  const resolved = resolveCorpus(dumps, {
    ...(options.captureYear !== undefined ? { captureYear: options.captureYear } : {}),
    ...(options.overrides ? { overrides: options.overrides } : {}),
  });
  for (const [file, messages] of resolved.fileMessages) reports.get(file)?.messages.push(...messages);
  for (const [file, id] of resolved.fileResearcher) {
    const report = reports.get(file);
    if (report) report.researcher = id;
  }
  for (const report of reports.values()) {
    report.messages = sortMessages(report.messages);
    report.status = fileStatus(report.messages);
  }
  const report = buildReport([...reports.values()], resolved.captureYear, [...(options.overrideProblems ?? []), ...resolved.messages], {
    papers: resolved.papers.length,
    researchers: resolved.researchers.length,
    profiles: resolved.researchers.filter((r) => r.kind === "profile").length,
    topics: resolved.topics.length,
    institutions: resolved.institutions.length,
  });
  return { researchers: resolved.researchers, papers: resolved.papers, topics: resolved.topics, institutions: resolved.institutions, report };
}
