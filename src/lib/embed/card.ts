/**
 * The public card data model: what a profile card shows, derived from the public record
 * (`/api/researchers/<id>.json`). The iframe card, the SVG badge and the web component all start
 * here, so they show the same name, metrics and papers.
 */
import type { MetricKey, SourceRef } from "../../schemas/index.ts";
import type { PublicResearcher } from "./record.ts";
import type { CardVariant } from "./paths.ts";

/** Shown where a profile has no name in any dump (the schema keeps `name: null`). */
export const UNNAMED_PROFILE = "Unnamed profile";

/** One metric on a card, with the dump it was read from. */
export interface CardMetric {
  key: MetricKey;
  /** Short label, e.g. `h-index`. */
  label: string;
  /** Value as the source showed it, e.g. `58%`, `13 (Unverified)`. */
  value: string;
  source: SourceRef | null;
}

/** One paper line on a card. */
export interface CardPaper {
  title: string;
  /** Year, marked when it was inferred from the capture year; null when unknown. */
  year: string | null;
  venue: string | null;
  /** Site-relative page path. */
  path: string;
}

/** Everything a profile card shows. Paths are relative to the site root. */
export interface ProfileCard {
  id: string;
  /** Display name, or {@link UNNAMED_PROFILE}. */
  name: string;
  /** False when `name` is the placeholder. */
  named: boolean;
  affiliation: string | null;
  role: string | null;
  /** Full variant only. */
  bio: string | null;
  metrics: CardMetric[];
  /** Dumps the metrics were read from, as `file (format)`, in first-seen order. */
  metricSources: string[];
  primaryTopic: { name: string; path: string | null } | null;
  papers: CardPaper[];
  /** How many papers the researcher has in the atlas (the card lists only the latest). */
  paperTotal: number;
  profilePath: string;
  variant: CardVariant;
}

/** Metrics in the order a card prefers them; the first ones present are shown. */
const METRIC_ORDER: ReadonlyArray<[MetricKey, string]> = [
  ["hIndex", "h-index"],
  ["citations", "citations"],
  ["paperCount", "papers"],
  ["worksCount", "works"],
  ["trustScore", "trust"],
  ["novelty", "novelty"],
  ["aiScore", "AI score"],
  ["followers", "followers"],
  ["collaboratorsCount", "close collaborators"],
  ["topicsCount", "topics"],
];

/** How many metrics and papers each variant shows. */
export const VARIANT_LIMITS: Record<CardVariant, { metrics: number; papers: number }> = {
  compact: { metrics: 3, papers: 2 },
  full: { metrics: 6, papers: 5 },
};

/** Readable names of the dump formats, for provenance lines. */
export const FORMAT_LABELS: Record<SourceRef["format"], string> = {
  "profile-page": "profile page",
  "scholar-card": "scholar card",
  "paper-feed": "paper feed",
};

function metricValue(record: PublicResearcher, key: MetricKey): string | null {
  const value = record.metrics[key];
  if (value === undefined || typeof value !== "number") return null;
  if (key === "novelty") return `${value}%`;
  // The trust level ("Unverified") is shown next to its score, as on the profile page.
  if (key === "trustScore" && record.metrics.trustLevel) return `${value} (${record.metrics.trustLevel})`;
  return String(value);
}

/** Text for a paper's year: `2026`, `2026 (inferred)` when the dump showed no year, or null. */
export function paperYear(paper: { year: number | null; dateYearInferred: boolean }): string | null {
  if (paper.year === null) return null;
  return paper.dateYearInferred ? `${paper.year} (inferred)` : String(paper.year);
}

/** Derives the card of a researcher from its public record. */
export function profileCard(record: PublicResearcher, variant: CardVariant = "compact"): ProfileCard {
  const limits = VARIANT_LIMITS[variant];
  const metrics: CardMetric[] = [];
  for (const [key, label] of METRIC_ORDER) {
    const value = metricValue(record, key);
    if (value === null) continue;
    metrics.push({ key, label, value, source: record.metricSources[key] ?? null });
    if (metrics.length === limits.metrics) break;
  }
  const metricSources = [
    ...new Set(metrics.flatMap(({ source }) => (source ? [`${source.file} (${FORMAT_LABELS[source.format]})`] : []))),
  ];
  const primary = record.primaryTopic;
  return {
    id: record.id,
    name: record.name ?? UNNAMED_PROFILE,
    named: record.name !== null,
    affiliation: record.affiliation,
    role: record.role,
    bio: variant === "full" ? record.bio : null,
    metrics,
    metricSources,
    primaryTopic: primary && {
      name: primary.topic?.name ?? primary.code,
      path: primary.topic?.path ?? null,
    },
    papers: record.papers.slice(0, limits.papers).map((paper) => ({
      title: paper.title,
      year: paperYear(paper),
      venue: paper.venue,
      path: paper.path,
    })),
    paperTotal: record.papers.length,
    profilePath: record.links.profile,
    variant,
  };
}
