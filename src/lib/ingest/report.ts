/**
 * Consistency checks and the ingest report: declared counts against parsed ones (a truncated
 * dump), impossible metrics (an h-index the citations cannot support), per-file status and totals.
 * Values are shown, never "fixed".
 */
import type { FileReport, IngestReport, Metrics, ReportMessage } from "../../schemas/index.ts";
import type { DeclaredCount } from "./types.ts";

/** Compares each count a dump declares (`22 Papers`, `2works`) with the papers parsed from it. */
export function checkDeclaredCounts(declared: DeclaredCount[], parsed: number): ReportMessage[] {
  const messages: ReportMessage[] = [];
  const reported = new Set<number>();
  for (const count of declared) {
    // `22papers` and `22 Papers` say the same thing: one warning per declared value.
    if (count.value === parsed || reported.has(count.value)) continue;
    reported.add(count.value);
    const fewer = parsed < count.value;
    messages.push({
      level: "warning",
      line: count.line,
      message: `declares ${count.label} but ${parsed} ${parsed === 1 ? "paper was" : "papers were"} parsed; ${
        fewer ? "the dump looks truncated, re-capture the full page" : "the page lists more than it counts, check the capture"
      }`,
    });
  }
  return messages;
}

/**
 * Flags metrics that cannot all be true: an h-index of h needs h papers with at least h
 * citations each, so at least h² citations. (The card's paper count is only what the site lists,
 * so it is not compared with the h-index.)
 */
export function checkMetrics(metrics: Metrics, line: number): ReportMessage[] {
  const messages: ReportMessage[] = [];
  const { hIndex, citations, novelty } = metrics;
  if (hIndex !== undefined && citations !== undefined && hIndex * hIndex > citations) {
    messages.push({ level: "warning", line, message: `h-index ${hIndex} is impossible with ${citations} citations (needs at least ${hIndex * hIndex}); shown as given, check the source` });
  }
  if (novelty !== undefined && novelty > 100) {
    messages.push({ level: "warning", line, message: `novelty ${novelty}% is above 100%; shown as given, check the source` });
  }
  return messages;
}

/** Status of a file from its messages: any error → error, any warning → warning. */
export function fileStatus(messages: ReportMessage[]): FileReport["status"] {
  if (messages.some((m) => m.level === "error")) return "error";
  if (messages.some((m) => m.level === "warning")) return "warning";
  return "ok";
}

/** Orders messages by line (whole-file messages first), keeping insertion order for ties. */
export function sortMessages(messages: ReportMessage[]): ReportMessage[] {
  return messages
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (a.m.line ?? 0) - (b.m.line ?? 0) || a.i - b.i)
    .map(({ m }) => m);
}

/** Counts of entities, for the report totals. */
export interface EntityCounts {
  papers: number;
  researchers: number;
  profiles: number;
  topics: number;
  institutions: number;
}

/** Assembles the report with totals from per-file results. */
export function buildReport(
  files: FileReport[],
  captureYear: IngestReport["captureYear"],
  messages: ReportMessage[],
  counts: EntityCounts,
): IngestReport {
  const byFormat: Record<string, number> = {};
  const byStatus: Record<string, number> = {};
  let warnings = 0;
  let errors = 0;
  for (const file of files) {
    const format = file.format ?? "unknown";
    byFormat[format] = (byFormat[format] ?? 0) + 1;
    byStatus[file.status] = (byStatus[file.status] ?? 0) + 1;
    for (const m of file.messages) {
      if (m.level === "warning") warnings++;
      if (m.level === "error") errors++;
    }
  }
  for (const m of messages) {
    if (m.level === "warning") warnings++;
    if (m.level === "error") errors++;
  }
  const sortedFiles = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return {
    files: sortedFiles,
    captureYear,
    messages,
    totals: { files: files.length, byFormat: sortKeys(byFormat), byStatus: sortKeys(byStatus), ...counts, warnings, errors },
  };
}

/** `file:line: message` (or `file: message`) as printed on stderr. */
export function formatMessage(file: string, message: ReportMessage): string {
  return `${file}${message.line === null ? "" : `:${message.line}`}: ${message.level === "error" ? "error: " : ""}${message.message}`;
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}
