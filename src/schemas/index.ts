/**
 * The contract between ingest and the site: every generated JSON file under `content/` is
 * validated by one of these schemas, both when ingest writes it and when Astro loads it.
 * Defaults live here so that components never handle `undefined` twice.
 */
import { z } from "zod";

/** The three dump formats found in the seed files (detected by content, never by file name). */
export const DumpFormat = z.enum(["profile-page", "scholar-card", "paper-feed"]);
export type DumpFormat = z.infer<typeof DumpFormat>;

/** Where a value was read: the dump file (relative to the seeds folder), its format and 1-based line. */
export const SourceRef = z.object({
  /** File name of the dump, relative to the seeds folder. */
  file: z.string(),
  /** Format the dump was detected as. */
  format: DumpFormat,
  /** 1-based line number of the block the value came from. */
  line: z.number().int().positive(),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** How a researcher's display name was obtained. */
export const NameSource = z.enum(["dump", "inferred", "override", "unknown"]);
export type NameSource = z.infer<typeof NameSource>;

/** Metrics exactly as the source showed them; a metric the source does not show is absent. */
export const Metrics = z.object({
  /** `h-index39` on a scholar card. */
  hIndex: z.number().int().nonnegative().optional(),
  /** `424citations` on a scholar card. */
  citations: z.number().int().nonnegative().optional(),
  /** `22papers` on a scholar card (the declared count, not the parsed one). */
  paperCount: z.number().int().nonnegative().optional(),
  /** `Novelty58%` on a scholar card, in percent. */
  novelty: z.number().nonnegative().optional(),
  /** `AI Score58` on a scholar card. */
  aiScore: z.number().nonnegative().optional(),
  /** `Trust 13` on a profile page. */
  trustScore: z.number().nonnegative().optional(),
  /** `Unverified`, `Emerging`, … on a profile page. */
  trustLevel: z.string().optional(),
  /** `L1` from `Verification L1` on a profile page. */
  verificationLevel: z.string().optional(),
  /** `Unclaimed author` → false, `Claimed author` → true. */
  claimed: z.boolean().optional(),
  /** `2works` on a profile page. */
  worksCount: z.number().int().nonnegative().optional(),
  /** `0followers` on a profile page. */
  followers: z.number().int().nonnegative().optional(),
  /** `3topics` on a profile page. */
  topicsCount: z.number().int().nonnegative().optional(),
  /** `4close collaborators` on a profile page. */
  collaboratorsCount: z.number().int().nonnegative().optional(),
});
export type Metrics = z.infer<typeof Metrics>;
/** Name of one metric. */
export type MetricKey = keyof Metrics;

/** A count of shared things with another entity, used for co-authors and topics. */
export const WeightedRef = z.object({
  /** Id of the other entity. */
  id: z.string(),
  /** How many papers are shared. */
  count: z.number().int().positive(),
});
export type WeightedRef = z.infer<typeof WeightedRef>;

/** One researcher: a profile owner (some dump is their page) or a co-author seen in author lists. */
export const Researcher = z.object({
  /** Stable readable slug, e.g. `yongji-wu`. */
  id: z.string(),
  /** Display name as the source gave it; null when no dump names this profile. */
  name: z.string().nullable(),
  /** How `name` was obtained. */
  nameSource: NameSource,
  /** `profile` when some dump is this researcher's page, else `coauthor`. */
  kind: z.enum(["profile", "coauthor"]),
  /** One-line bio from a profile page. */
  bio: z.string().nullable().default(null),
  /** Affiliation as the source gave it (`Affiliation not imported` is kept verbatim). */
  affiliation: z.string().nullable().default(null),
  /** Role chip from a profile page, e.g. `Researcher`. */
  role: z.string().nullable().default(null),
  /** `Open to collaborate` chip; null when the source does not say. */
  openToCollaborate: z.boolean().nullable().default(null),
  /** Primary category code from a scholar card (e.g. `DC`), else the most frequent topic. */
  primaryTopic: z.string().nullable().default(null),
  /** Where the primary topic came from. */
  primaryTopicSource: z.enum(["dump", "papers"]).nullable().default(null),
  /** Metrics as shown by the source. */
  metrics: Metrics.default({}),
  /** For each metric present, the dump it was read from. */
  metricSources: z.partialRecord(Metrics.keyof(), SourceRef).default({}),
  /** Ids of this researcher's papers, newest first. */
  papers: z.array(z.string()).default([]),
  /** Co-authors ranked by shared papers (desc), then id. */
  coauthors: z.array(WeightedRef).default([]),
  /** Topic ids with paper counts, most frequent first. */
  topics: z.array(WeightedRef).default([]),
  /** Institution ids seen on this researcher's papers. */
  institutions: z.array(z.string()).default([]),
  /** Dumps that are this researcher's profile (empty for co-authors). */
  sources: z.array(SourceRef).default([]),
});
export type Researcher = z.infer<typeof Researcher>;

/** One author entry of a paper, in source order. */
export const PaperAuthor = z.object({
  /** Name exactly as listed. */
  name: z.string(),
  /** Researcher id. */
  id: z.string(),
  /** True when the author is the profile owner added behind a truncated "et al." list. */
  addedAsOwner: z.boolean().default(false),
});
export type PaperAuthor = z.infer<typeof PaperAuthor>;

/** One paper, deduplicated across dumps by normalised title. */
export const Paper = z.object({
  /** Stable readable slug of the title. */
  id: z.string(),
  /** Title as the source gave it. */
  title: z.string(),
  /** Authors in source order (profile-page items list none). */
  authors: z.array(PaperAuthor).default([]),
  /** True when the source list ended in "et al.". */
  authorsTruncated: z.boolean().default(false),
  /** ISO `YYYY-MM-DD`, or `YYYY` when only the year is known; null when unknown. */
  date: z.string().nullable().default(null),
  /** True when the year of `date` was inferred from the capture year (source showed `Apr 8`). */
  dateYearInferred: z.boolean().default(false),
  /** Publication year. */
  year: z.number().int().nullable().default(null),
  /** Category code, e.g. `DC`. */
  category: z.string().nullable().default(null),
  /** Item type from a profile page, e.g. `preprint`. */
  type: z.string().nullable().default(null),
  /** Venue from a profile page, e.g. `arXiv`. */
  venue: z.string().nullable().default(null),
  /** The `Code` flag. */
  hasCode: z.boolean().default(false),
  /** Optional score shown before the category (`99.7`). */
  score: z.number().nullable().default(null),
  /** Affiliation after ` · ` on the author line. */
  affiliation: z.string().nullable().default(null),
  /** Institution id for `affiliation`. */
  institution: z.string().nullable().default(null),
  /** Abstract exactly as the source gave it (line endings normalised). */
  abstract: z.string().default(""),
  /** Every dump block this paper was read from. */
  sources: z.array(SourceRef).default([]),
});
export type Paper = z.infer<typeof Paper>;

/** A topic, from an arXiv-style category code. */
export const Topic = z.object({
  /** Slug of the code, e.g. `dc`. */
  id: z.string(),
  /** Code as in the source, e.g. `DC`. */
  code: z.string(),
  /** arXiv name, or the code itself when unknown. */
  name: z.string(),
  /** False when the code is not in the arXiv taxonomy table. */
  known: z.boolean().default(true),
  /** Ids of papers in this topic. */
  papers: z.array(z.string()).default([]),
});
export type Topic = z.infer<typeof Topic>;

/** An institution, from the text after ` · ` on an author line. */
export const Institution = z.object({
  /** Slug of the name. */
  id: z.string(),
  /** Name as the source gave it. */
  name: z.string(),
  /** Ids of papers with this affiliation. */
  papers: z.array(z.string()).default([]),
});
export type Institution = z.infer<typeof Institution>;

/** One message of the ingest report. */
export const ReportMessage = z.object({
  /** Severity. */
  level: z.enum(["info", "warning", "error"]),
  /** 1-based line, or null for whole-file messages. */
  line: z.number().int().positive().nullable(),
  /** What happened and what to do about it. */
  message: z.string(),
});
export type ReportMessage = z.infer<typeof ReportMessage>;

/** What ingest made of one dump file. */
export const FileReport = z.object({
  /** File name relative to the seeds folder. */
  file: z.string(),
  /** Detected format, null when none matched. */
  format: DumpFormat.nullable(),
  /** `error` when nothing could be read, `warning` when something looked wrong. */
  status: z.enum(["ok", "warning", "error"]),
  /** Papers parsed from this file. */
  papers: z.number().int().nonnegative(),
  /** Researcher id this dump is the profile of, when any. */
  researcher: z.string().nullable().default(null),
  /** Messages in line order. */
  messages: z.array(ReportMessage),
});
export type FileReport = z.infer<typeof FileReport>;

/** `content/ingest-report.json`: everything ingest read, inferred, applied and rejected. */
export const IngestReport = z.object({
  /** Per-file results in file-name order. */
  files: z.array(FileReport),
  /** The year used for year-less dates, and how it was chosen. */
  captureYear: z.object({
    value: z.number().int().nullable(),
    source: z.enum(["flag", "inferred", "none"]),
  }),
  /** Corpus-wide messages (override application, merge conflicts). */
  messages: z.array(ReportMessage).default([]),
  /** Totals. */
  totals: z.object({
    files: z.number().int(),
    byFormat: z.record(z.string(), z.number().int()),
    byStatus: z.record(z.string(), z.number().int()),
    papers: z.number().int(),
    researchers: z.number().int(),
    profiles: z.number().int(),
    topics: z.number().int(),
    institutions: z.number().int(),
    warnings: z.number().int(),
    errors: z.number().int(),
  }),
});
export type IngestReport = z.infer<typeof IngestReport>;
