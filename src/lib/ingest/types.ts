/**
 * Shapes shared by the ingest modules: what a parser reads from one dump, before entities are
 * resolved across the corpus. Parsers fill these; `resolve.ts` turns them into collection entries.
 */
import type { DumpFormat, MetricKey, Metrics, ReportMessage } from "../../schemas/index.ts";

/** A calendar date as shown by a dump; `year` is null for year-less dates such as `Apr 8`. */
export interface RawDate {
  /** Four-digit year, or null when the source omitted it. */
  year: number | null;
  /** 1–12, or null when only the year is known (profile-page items). */
  month: number | null;
  /** 1–31, or null when only the year is known. */
  day: number | null;
  /** The text exactly as shown, for messages. */
  text: string;
}

/** One paper block as read from a dump, before deduplication. */
export interface ParsedPaper {
  /** 1-based line of the block's first line (the category/date or type/year line). */
  line: number;
  /** Title as shown; null for a feed line whose title/author split is still pending. */
  title: string;
  /** Author names in source order (empty for profile-page items, which list none). */
  authors: string[];
  /** True when the author list ended in "et al.". */
  authorsTruncated: boolean;
  /** Category code, e.g. `DC`. */
  category: string | null;
  /** Date as shown. */
  date: RawDate | null;
  /** Item type from a profile page, e.g. `preprint`. */
  type: string | null;
  /** Venue from a profile page, e.g. `arXiv`. */
  venue: string | null;
  /** The `Code` flag. */
  hasCode: boolean;
  /** Optional score before the category (`99.7`). */
  score: number | null;
  /** Affiliation after ` · ` on the author line. */
  affiliation: string | null;
  /** Abstract lines joined with `\n`. */
  abstract: string;
  /**
   * paper-feed only: the line where title and authors run together, kept until the corpus-wide
   * name signals are known (see `names.ts` splitTitleAndAuthors).
   */
  titleAuthorLine?: string;
}

/** What a dump says about the researcher whose page it is. */
export interface ParsedOwner {
  /** Name as shown, or null when the dump has no header (or is a paper-feed). */
  name: string | null;
  /** 1-based line of the name (or of the first line when unnamed). */
  line: number;
  bio: string | null;
  role: string | null;
  affiliation: string | null;
  openToCollaborate: boolean | null;
  /** Primary category code shown on a scholar card. */
  primaryTopic: string | null;
  /** Metrics exactly as shown. */
  metrics: Metrics;
  /** 1-based line each metric was read from. */
  metricLines: Partial<Record<MetricKey, number>>;
}

/** A declared count that can be compared with what was parsed. */
export interface DeclaredCount {
  /** What the count is, as a phrase for messages (`22 Papers`). */
  label: string;
  value: number;
  line: number;
}

/** Everything read from one dump file. */
export interface ParsedDump {
  /** File name relative to the seeds folder. */
  file: string;
  format: DumpFormat;
  owner: ParsedOwner;
  papers: ParsedPaper[];
  /** Counts the dump declares about its own paper list. */
  declared: DeclaredCount[];
  /** Problems found while parsing, in line order. */
  messages: ReportMessage[];
}

/** The text of one dump, with its name relative to the seeds folder. */
export interface DumpText {
  file: string;
  text: string;
}
