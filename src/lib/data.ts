/**
 * The corpus as pages need it: every collection is read once per build and turned into lookup
 * maps here, so a page never scans a collection (per-page `getCollection` makes large builds
 * quadratic, withastro/astro#16297). This is the one module under src/lib that imports Astro.
 */
import { getCollection, type CollectionEntry } from "astro:content";
import type { IngestReport, Institution, Paper, Researcher, Topic, WeightedRef } from "../schemas/index.ts";
import type { ResearcherOverlay } from "../schemas/authoring.ts";
import { sitePaths } from "./site/paths.ts";
import { compareNewestFirst } from "./entity-files/index.ts";

/** URL builders bound to this build's base path. */
export const paths = sitePaths(import.meta.env.BASE_URL);

/** Absolute URL (with SITE_URL origin) of a site-relative path. */
export function absoluteUrl(path: string): string {
  return new URL(path, import.meta.env.SITE).href;
}

/** Shown wherever a researcher has no name (no dump named them and no override exists). */
export const UNNAMED = "Unnamed profile";

const byName = (a: Researcher, b: Researcher) =>
  (a.name ?? "\uffff").localeCompare(b.name ?? "\uffff", "en", { sensitivity: "base" }) || a.id.localeCompare(b.id);

/** Newest first; undated papers last; ties by title (shared with the entity files' renderer). */
export { compareNewestFirst };

const data = <T>(entries: Array<{ data: T }>) => entries.map((e) => e.data);

/** All researchers, A–Z by name (unnamed profiles last). */
export const researchers: Researcher[] = data(await getCollection("researchers")).sort(byName);
/** All papers, newest first. */
export const papers: Paper[] = data(await getCollection("papers")).sort(compareNewestFirst);
/** All topics, by code. */
export const topics: Topic[] = data(await getCollection("topics")).sort((a, b) => a.code.localeCompare(b.code));
/** All institutions, by name. */
export const institutions: Institution[] = data(await getCollection("institutions")).sort((a, b) => a.name.localeCompare(b.name));

/** The ingest report (an empty one when ingest wrote none, so /sources/ still renders). */
export const report: IngestReport | null = (await getCollection("report"))[0]?.data ?? null;

const index = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

/** Researcher by id. */
export const researcherById = index(researchers);
/** Paper by id. */
export const paperById = index(papers);
/** Topic by id. */
export const topicById = index(topics);
/** Institution by id. */
export const institutionById = index(institutions);
/** Topic by its category code as it appears on papers (`DC`). */
export const topicByCode = new Map(topics.map((t) => [t.code, t]));

/** Researcher overlays (hand-authored MDX) by researcher id. */
export const overlayById = new Map<string, CollectionEntry<"overlays">>(
  (await getCollection("overlays")).map((entry) => [entry.id, entry]),
);
for (const id of overlayById.keys()) {
  if (!researcherById.has(id)) {
    throw new Error(`content/overlays/${id}.mdx: no researcher with id "${id}"; rename the file to an id listed under /researchers/`);
  }
}
/** Overlay frontmatter for a researcher, if any. */
export function overlayFor(id: string): ResearcherOverlay | undefined {
  return overlayById.get(id)?.data;
}

/** Hand-authored free pages, by `order` then title. */
export const authoredPages = (await getCollection("pages")).sort(
  (a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title),
);

/** A researcher's display name, or "Unnamed profile". */
export function displayName(researcher: Researcher | undefined): string {
  return researcher?.name ?? UNNAMED;
}

/** Resolves ids to records, skipping ids the corpus does not hold (never throws mid-page). */
function resolve<T>(ids: Iterable<string>, map: Map<string, T>): T[] {
  const out: T[] = [];
  for (const id of ids) {
    const item = map.get(id);
    if (item) out.push(item);
  }
  return out;
}

/** A researcher's papers, newest first. */
export function papersOf(researcher: Researcher): Paper[] {
  return resolve(researcher.papers, paperById).sort(compareNewestFirst);
}

const papersInCache = new WeakMap<object, Paper[]>();

/** Papers of a topic or institution, newest first (sorted once per group: its pages share it). */
export function papersIn(group: { papers: string[] }): Paper[] {
  let list = papersInCache.get(group);
  if (!list) {
    list = resolve(group.papers, paperById).sort(compareNewestFirst);
    papersInCache.set(group, list);
  }
  return list;
}

function invert(pick: (r: Researcher) => Array<string | WeightedRef>): Map<string, WeightedRef[]> {
  const map = new Map<string, WeightedRef[]>();
  for (const researcher of researchers) {
    for (const ref of pick(researcher)) {
      const id = typeof ref === "string" ? ref : ref.id;
      const count = typeof ref === "string" ? researcher.papers.length : ref.count;
      const list = map.get(id) ?? [];
      list.push({ id: researcher.id, count });
      map.set(id, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  return map;
}

/** Researchers with papers in a topic, by paper count in that topic. */
export const researchersByTopic = invert((r) => r.topics);
/** Researchers seen with an institution, by their paper count. */
export const researchersByInstitution = invert((r) => r.institutions);

/** Profile owners whose dumps list a paper (profile-page items carry no author list). */
export const profilesByPaper = (() => {
  const map = new Map<string, Researcher[]>();
  for (const researcher of researchers) {
    if (researcher.kind !== "profile") continue;
    for (const id of researcher.papers) {
      const list = map.get(id);
      if (list) list.push(researcher);
      else map.set(id, [researcher]);
    }
  }
  return map;
})();

/** Ingest report entry per dump file. */
export const fileReportByName = new Map((report?.files ?? []).map((f) => [f.file, f]));

/** Topic of a paper (from its category code). */
export function topicOf(paper: Paper): Topic | undefined {
  return paper.category ? topicByCode.get(paper.category) : undefined;
}

const relatedCache = new Map<string, Array<{ paper: Paper; sharedAuthors: number; sameTopic: boolean }>>();

/**
 * Papers related to a paper: those sharing authors (most shared first), then the newest papers
 * of the same topic. Bounded work per paper (topic lists are only read up to `limit` items) so
 * 150k-page builds stay linear.
 */
export function relatedPapers(paper: Paper, limit = 6): Array<{ paper: Paper; sharedAuthors: number; sameTopic: boolean }> {
  const cached = relatedCache.get(paper.id);
  if (cached) return cached;
  const shared = new Map<string, number>();
  for (const author of paper.authors) {
    for (const id of researcherById.get(author.id)?.papers ?? []) {
      if (id !== paper.id) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
  }
  const topic = topicOf(paper);
  const result = resolve(shared.keys(), paperById)
    .map((p) => ({ paper: p, sharedAuthors: shared.get(p.id) ?? 0, sameTopic: !!topic && p.category === paper.category }))
    .sort((a, b) => b.sharedAuthors - a.sharedAuthors || Number(b.sameTopic) - Number(a.sameTopic) || compareNewestFirst(a.paper, b.paper))
    .slice(0, limit);
  if (topic && result.length < limit) {
    const seen = new Set([paper.id, ...result.map((r) => r.paper.id)]);
    for (const id of topic.papers) {
      if (result.length >= limit) break;
      const p = paperById.get(id);
      if (p && !seen.has(id)) result.push({ paper: p, sharedAuthors: 0, sameTopic: true });
    }
  }
  relatedCache.set(paper.id, result);
  return result;
}

/** Corpus totals for the home page. */
export const stats = {
  researchers: researchers.length,
  profiles: researchers.filter((r) => r.kind === "profile").length,
  papers: papers.length,
  topics: topics.length,
  institutions: institutions.length,
  withCode: papers.filter((p) => p.hasCode).length,
  dumps: report?.files.length ?? 0,
  years: (() => {
    // A loop, not Math.min(...years): spreading 150k arguments overflows the call stack.
    let first = Infinity;
    let last = -Infinity;
    for (const { year } of papers) {
      if (year === null) continue;
      first = Math.min(first, year);
      last = Math.max(last, year);
    }
    return Number.isFinite(first) ? { first, last } : null;
  })(),
};

const letterPageCache = new Map<number, Map<string, number>>();

/** For the A–Z directory with `pageSize` entries a page: the page each letter starts on (computed once). */
export function letterPages(pageSize: number, letterOf: (r: Researcher) => string): Map<string, number> {
  let pages = letterPageCache.get(pageSize);
  if (!pages) {
    pages = new Map();
    for (const [i, researcher] of researchers.entries()) {
      const letter = letterOf(researcher);
      if (!pages.has(letter)) pages.set(letter, Math.floor(i / pageSize) + 1);
    }
    letterPageCache.set(pageSize, pages);
  }
  return pages;
}

/** Papers grouped by year (newest year first; `unknown` last) for the papers directory. */
export const papersByYear: Array<{ year: string; papers: Paper[] }> = (() => {
  const groups = new Map<string, Paper[]>();
  for (const paper of papers) {
    const key = paper.year === null ? "unknown" : String(paper.year);
    const list = groups.get(key);
    if (list) list.push(paper);
    else groups.set(key, [paper]);
  }
  return [...groups].map(([year, list]) => ({ year, papers: list })).sort((a, b) =>
    a.year === "unknown" ? 1 : b.year === "unknown" ? -1 : Number(b.year) - Number(a.year),
  );
})();
