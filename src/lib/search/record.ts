/**
 * What the search index knows about a page beyond its text: metadata for rendering a result
 * (kind, year, topic, authors or affiliation) and low-cardinality filter values (kind, topic,
 * year, code, paper type, profile vs co-author). Pages render a record with
 * `src/components/search/SearchRecord.astro` inside their `data-pagefind-body` element.
 * No per-author or per-institution filter: those have one value per entity and bloat the
 * filter index that every first query downloads (issue 4).
 */
import type { Institution, Paper, Researcher, Topic } from "../../schemas/index.ts";
import type { SearchFilterName } from "./url-state.ts";

/** Metadata keys the search page's result template shows. */
export type SearchMetaKey = "title" | "kind" | "year" | "topic" | "authors" | "affiliation" | "role" | "papers" | "image" | "image_alt";

/** Index metadata and filter values of one page. */
export interface SearchRecord {
  /** `data-pagefind-meta` values, one per key. */
  meta: Partial<Record<SearchMetaKey, string>>;
  /** `data-pagefind-filter` values per filter. */
  filters: Partial<Record<SearchFilterName, string[]>>;
}

/** Authors shown in a result before "and N more": enough to recognise a paper, small per fragment. */
export const RESULT_AUTHOR_LIMIT = 8;

/** Filter value of a paper with or without the source's `Code` flag. */
export const CODE_FILTER = { yes: "with code", no: "without code" } as const;

/** Filter value of a profile owner and of a researcher only seen in author lists. */
export const RESEARCHER_FILTER = { profile: "profile", coauthor: "co-author" } as const;

/** Whitespace collapsed to single spaces: index attributes are one line of text. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Drops empty values so the index never stores `year:` or `topic:` with nothing after it. */
function compact<K extends string>(entries: Partial<Record<K, string | null | undefined>>): Partial<Record<K, string>> {
  const kept: Partial<Record<K, string>> = {};
  for (const [key, value] of Object.entries(entries) as Array<[K, string | null | undefined]>) {
    if (typeof value === "string" && oneLine(value) !== "") kept[key] = oneLine(value);
  }
  return kept;
}

/** Name of a topic as results show it (the arXiv name, or the code when the code is unknown). */
export function topicLabel(topic: Topic): string {
  return oneLine(topic.name) || topic.code;
}

/** The author line of a paper result: names in source order, capped, with the source's "et al.". */
export function authorLine(paper: Pick<Paper, "authors" | "authorsTruncated">): string {
  const names = paper.authors.map((author) => oneLine(author.name)).filter((name) => name !== "");
  const shown = names.slice(0, RESULT_AUTHOR_LIMIT);
  const hidden = names.length - shown.length;
  let line = shown.join(", ");
  if (hidden > 0) line += ` and ${hidden} more`;
  if (paper.authorsTruncated && line) line += " et al.";
  return line;
}

/** Search record of a paper page; `topic` is the paper's category resolved to its topic, if any. */
export function paperSearchRecord(paper: Paper, topic: Topic | null): SearchRecord {
  const topicName = topic ? topicLabel(topic) : paper.category;
  const year = paper.year === null ? null : String(paper.year);
  return {
    meta: compact({ title: paper.title, kind: "Paper", year, topic: topicName, authors: authorLine(paper) }),
    filters: {
      kind: ["paper"],
      ...(topicName ? { topic: [oneLine(topicName)] } : {}),
      ...(year ? { year: [year] } : {}),
      code: [paper.hasCode ? CODE_FILTER.yes : CODE_FILTER.no],
      ...(paper.type && oneLine(paper.type) ? { type: [oneLine(paper.type)] } : {}),
    },
  };
}

/** A picture shown next to a result: its URL as the page uses it, and its alternative text. */
export interface ResultImage {
  src: string;
  alt: string;
}

/**
 * Search record of a researcher page. `displayName` is the name the page shows (pages decide
 * what to show when the source names nobody); `topics` are the researcher's topics resolved;
 * `photo` is the overlay photo, when the researcher has one (dumps carry no images).
 */
export function researcherSearchRecord(researcher: Researcher, displayName: string, topics: readonly Topic[], photo?: ResultImage): SearchRecord {
  const primary = topics.find((topic) => topic.code === researcher.primaryTopic || topic.id === researcher.primaryTopic) ?? topics[0];
  const papers = researcher.papers.length;
  return {
    meta: compact({
      title: displayName,
      kind: researcher.kind === "profile" ? "Researcher" : "Co-author",
      affiliation: researcher.affiliation,
      role: researcher.role,
      topic: primary ? topicLabel(primary) : researcher.primaryTopic,
      papers: papers > 0 ? `${papers} ${papers === 1 ? "paper" : "papers"}` : null,
      image: photo?.src,
      image_alt: photo?.alt,
    }),
    filters: {
      kind: ["researcher"],
      researcher: [researcher.kind === "profile" ? RESEARCHER_FILTER.profile : RESEARCHER_FILTER.coauthor],
      ...(topics.length > 0 ? { topic: [...new Set(topics.map(topicLabel))] } : {}),
    },
  };
}

/** Search record of a topic page (its papers are found through their own pages). */
export function topicSearchRecord(topic: Topic): SearchRecord {
  const papers = topic.papers.length;
  return {
    meta: compact({
      title: topicLabel(topic),
      kind: "Topic",
      topic: topic.code,
      papers: `${papers} ${papers === 1 ? "paper" : "papers"}`,
    }),
    filters: { kind: ["topic"], topic: [topicLabel(topic)] },
  };
}

/** Search record of an institution page (an affiliation as written on author lines). */
export function institutionSearchRecord(institution: Institution): SearchRecord {
  const papers = institution.papers.length;
  return {
    meta: compact({ title: institution.name, kind: "Institution", papers: `${papers} ${papers === 1 ? "paper" : "papers"}` }),
    filters: { kind: ["institution"] },
  };
}

/** Search record of a hand-written page (`content/pages/*.mdx`, e.g. "About this atlas"). */
export function authoredPageSearchRecord(title: string): SearchRecord {
  return { meta: compact({ title, kind: "Page" }), filters: { kind: ["page"] } };
}

/** The `data-pagefind-meta` / `data-pagefind-filter` attribute values of a record, one per element. */
export function recordAttributes(record: SearchRecord): Array<{ meta: string } | { filter: string }> {
  const attributes: Array<{ meta: string } | { filter: string }> = [];
  // `key:value` is Pagefind's inline form; the value runs to the end, so commas and colons are safe.
  for (const [key, value] of Object.entries(record.meta)) attributes.push({ meta: `${key}:${value}` });
  for (const [key, values] of Object.entries(record.filters)) {
    for (const value of values ?? []) attributes.push({ filter: `${key}:${value}` });
  }
  return attributes;
}
