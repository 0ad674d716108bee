/**
 * The public JSON behind the pages (`/api/researchers/<id>.json`, `/api/papers/<id>.json`): the
 * collection entries with their references resolved to names and site paths, so widget authors
 * (and the `<researcher-card>` web component) need one request per researcher.
 */
import type { Institution, Metrics, Paper, Researcher, SourceRef, Topic } from "../../schemas/index.ts";
import { embedPaths, institutionPath, paperJsonPath, paperPath, profilePath, topicPath, type EmbedPaths } from "./paths.ts";

/** Bumped when a field changes meaning or disappears; new fields do not bump it. */
export const PUBLIC_FORMAT_VERSION = 1;

/** The collections, keyed by id, that a public record resolves references against. */
export interface Catalog {
  researchers: ReadonlyMap<string, Researcher>;
  papers: ReadonlyMap<string, Paper>;
  topics: ReadonlyMap<string, Topic>;
  institutions: ReadonlyMap<string, Institution>;
}

/** A paper as listed on a researcher: enough to show and link it. */
export interface PublicPaperSummary {
  id: string;
  title: string;
  date: string | null;
  dateYearInferred: boolean;
  year: number | null;
  category: string | null;
  type: string | null;
  venue: string | null;
  /** Site-relative page path. */
  path: string;
}

/** A topic reference with its display name. */
export interface PublicTopicRef {
  id: string;
  code: string;
  name: string;
  /** False when the code is not in the arXiv taxonomy (the name is then the code). */
  known: boolean;
  path: string;
}

/** `/api/researchers/<id>.json`. Paths are relative to the site root; `url` is absolute. */
export interface PublicResearcher {
  formatVersion: number;
  id: string;
  /** Name as the source gave it; null when no dump names this profile. */
  name: string | null;
  nameSource: Researcher["nameSource"];
  kind: Researcher["kind"];
  bio: string | null;
  affiliation: string | null;
  role: string | null;
  openToCollaborate: boolean | null;
  /** The primary topic code as the source gave it, resolved to its topic when one exists. */
  primaryTopic: { code: string; source: Researcher["primaryTopicSource"]; topic: PublicTopicRef | null } | null;
  metrics: Metrics;
  metricSources: Researcher["metricSources"];
  /** Newest first, as in the collection. */
  papers: PublicPaperSummary[];
  coauthors: Array<{ id: string; name: string | null; count: number; path: string }>;
  topics: Array<PublicTopicRef & { count: number }>;
  institutions: Array<{ id: string; name: string; path: string }>;
  sources: SourceRef[];
  /** Site-relative paths of the profile page, this JSON and the embeds. */
  links: EmbedPaths & { profile: string };
  /** Absolute URL of the profile page on the deployed site (from SITE_URL). */
  url: string;
}

/** `/api/papers/<id>.json`: the paper entry as validated, plus resolved links. */
export type PublicPaper = Paper & {
  formatVersion: number;
  authors: Array<Paper["authors"][number] & { path: string }>;
  topic: PublicTopicRef | null;
  institutionRef: { id: string; name: string; path: string } | null;
  links: { page: string; json: string };
  url: string;
};

function need<T>(map: ReadonlyMap<string, T>, id: string, what: string, owner: string): T {
  const value = map.get(id);
  // Ingest writes every referenced entry, so a miss means content/ is stale or hand-edited.
  if (value === undefined) throw new Error(`${owner}: references ${what} "${id}", which is not in the content collections; re-run \`npm run ingest\``);
  return value;
}

const codeIndexes = new WeakMap<ReadonlyMap<string, Topic>, Map<string, Topic>>();

/** The topic whose source code is `code` (primary topics and paper categories are stored as codes). */
export function topicByCode(topics: ReadonlyMap<string, Topic>, code: string): Topic | undefined {
  let index = codeIndexes.get(topics);
  if (!index) {
    index = new Map([...topics.values()].map((topic) => [topic.code, topic]));
    codeIndexes.set(topics, index);
  }
  return index.get(code);
}

function topicRef(topic: Topic): PublicTopicRef {
  return { id: topic.id, code: topic.code, name: topic.name, known: topic.known, path: topicPath(topic.id) };
}

/** Joins a site-relative path onto the absolute site root (`https://x.org/atlas/`). */
export function absoluteUrl(siteRoot: string, path: string): string {
  return new URL(path, siteRoot.endsWith("/") ? siteRoot : `${siteRoot}/`).href;
}

/** Builds the public record of researcher `researcher`; `siteRoot` is the absolute site URL with base path. */
export function publicResearcher(researcher: Researcher, catalog: Catalog, siteRoot: string): PublicResearcher {
  const owner = `content/researchers/${researcher.id}.json`;
  const papers = researcher.papers.map((id): PublicPaperSummary => {
    const paper = need(catalog.papers, id, "paper", owner);
    return {
      id,
      title: paper.title,
      date: paper.date,
      dateYearInferred: paper.dateYearInferred,
      year: paper.year,
      category: paper.category,
      type: paper.type,
      venue: paper.venue,
      path: paperPath(id),
    };
  });
  const primary = researcher.primaryTopic;
  const primaryTopic = primary === null ? null : topicByCode(catalog.topics, primary);
  return {
    formatVersion: PUBLIC_FORMAT_VERSION,
    id: researcher.id,
    name: researcher.name,
    nameSource: researcher.nameSource,
    kind: researcher.kind,
    bio: researcher.bio,
    affiliation: researcher.affiliation,
    role: researcher.role,
    openToCollaborate: researcher.openToCollaborate,
    primaryTopic:
      primary === null
        ? null
        : { code: primary, source: researcher.primaryTopicSource, topic: primaryTopic ? topicRef(primaryTopic) : null },
    metrics: researcher.metrics,
    metricSources: researcher.metricSources,
    papers,
    coauthors: researcher.coauthors.map(({ id, count }) => ({
      id,
      name: need(catalog.researchers, id, "co-author", owner).name,
      count,
      path: profilePath(id),
    })),
    topics: researcher.topics.map(({ id, count }) => ({ ...topicRef(need(catalog.topics, id, "topic", owner)), count })),
    institutions: researcher.institutions.map((id) => ({
      id,
      name: need(catalog.institutions, id, "institution", owner).name,
      path: institutionPath(id),
    })),
    sources: researcher.sources,
    links: { profile: profilePath(researcher.id), ...embedPaths(researcher.id) },
    url: absoluteUrl(siteRoot, profilePath(researcher.id)),
  };
}

/** Builds the public record of `paper`; `siteRoot` as for {@link publicResearcher}. */
export function publicPaper(paper: Paper, catalog: Catalog, siteRoot: string): PublicPaper {
  const owner = `content/papers/${paper.id}.json`;
  const topic = paper.category === null ? undefined : topicByCode(catalog.topics, paper.category);
  const institution = paper.institution === null ? null : need(catalog.institutions, paper.institution, "institution", owner);
  return {
    ...paper,
    formatVersion: PUBLIC_FORMAT_VERSION,
    authors: paper.authors.map((author) => ({ ...author, path: profilePath(author.id) })),
    topic: topic ? topicRef(topic) : null,
    institutionRef: institution ? { id: institution.id, name: institution.name, path: institutionPath(institution.id) } : null,
    links: { page: paperPath(paper.id), json: paperJsonPath(paper.id) },
    url: absoluteUrl(siteRoot, paperPath(paper.id)),
  };
}
