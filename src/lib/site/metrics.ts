/**
 * How metrics are shown: a label per metric and the metrics grouped by the dump they were read
 * from, so each value carries its provenance (file, format, line) as the issue asks.
 */
import type { MetricKey, Metrics, SourceRef } from "../../schemas/index.ts";

/** Display label and formatter per numeric metric, in display order. */
export const METRIC_LABELS: Array<[MetricKey, string, (v: number) => string]> = [
  ["hIndex", "h-index", String],
  ["citations", "Citations", (v) => v.toLocaleString("en")],
  ["paperCount", "Papers (declared)", String],
  ["novelty", "Novelty", (v) => `${v}%`],
  ["aiScore", "AI score", String],
  ["worksCount", "Works", String],
  ["followers", "Followers", String],
  ["topicsCount", "Topics", String],
  ["collaboratorsCount", "Close collaborators", String],
  ["trustScore", "Trust score", String],
];

/** Human name of a dump format. */
export const FORMAT_LABELS: Record<SourceRef["format"], string> = {
  "profile-page": "profile page",
  "scholar-card": "scholar card",
  "paper-feed": "paper feed",
};

/** One displayed metric. */
export interface ShownMetric {
  key: MetricKey;
  label: string;
  value: string;
}

/** Metrics read from one dump, with the lines they were read from. */
export interface MetricGroup {
  source: SourceRef | null;
  /** Distinct source lines, ascending. */
  lines: number[];
  metrics: ShownMetric[];
}

/**
 * Groups the numeric metrics by the dump file they came from (display order kept); a metric without a
 * recorded source lands in a `source: null` group rather than being dropped.
 */
export function groupMetricsBySource(metrics: Metrics, sources: Partial<Record<MetricKey, SourceRef>>): MetricGroup[] {
  const groups = new Map<string, MetricGroup>();
  for (const [key, label, format] of METRIC_LABELS) {
    const value = metrics[key];
    if (typeof value !== "number") continue;
    const source = sources[key] ?? null;
    const groupKey = source ? source.file : "";
    const group = groups.get(groupKey) ?? { source, lines: [], metrics: [] };
    group.metrics.push({ key, label, value: format(value) });
    if (source && !group.lines.includes(source.line)) group.lines.push(source.line);
    group.lines.sort((a, b) => a - b);
    groups.set(groupKey, group);
  }
  return [...groups.values()];
}

/** "002_50d1….txt, scholar card, line 1" (or "lines 1, 5, 6" when `lines` lists several). */
export function describeSource(source: SourceRef, lines: number[] = [source.line]): string {
  return `${source.file}, ${FORMAT_LABELS[source.format]}, ${lines.length > 1 ? "lines" : "line"} ${lines.join(", ")}`;
}
