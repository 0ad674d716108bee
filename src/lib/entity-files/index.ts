/**
 * The per-entity files of each researcher and paper besides its page (citations, BibTeX, Atom
 * feed, iframe card pages, SVG badges, public JSON, oEmbed), rendered from the corpus with the pure renderers of src/lib/cite,
 * src/lib/feed and src/lib/embed. They used to be Astro endpoints; writing them as plain files
 * (src/integrations/entity-files.ts) spares each one Astro's per-route cost, which made the
 * render stage output-bound (README, "Performance"). URLs and bytes are the endpoints' own.
 */
import type { Institution, Paper, Researcher, Topic } from "../../schemas/index.ts";
import { formatCitations, paperToCsl, type CitationFormat } from "../cite/index.ts";
import { profileCard, UNNAMED_PROFILE } from "../embed/card.ts";
import { renderCardPage } from "../embed/page.ts";
import { renderBadge } from "../embed/badge.ts";
import { oembedResponse } from "../embed/oembed.ts";
import { embedPaths, type CardTheme, type CardVariant } from "../embed/paths.ts";
import { absoluteUrl as absoluteEmbedUrl, publicPaper, publicResearcher, type Catalog } from "../embed/record.ts";
import { atomDate, renderAtom } from "../feed/atom.ts";
import { abstractPlainText } from "../latex/index.ts";
import { sitePaths } from "../site/paths.ts";

/** Newest first; undated papers last; ties by title (the order of every paper list). */
export function compareNewestFirst(a: Paper, b: Paper): number {
  return (b.date ?? "").localeCompare(a.date ?? "") || a.title.localeCompare(b.title);
}

/** The collections the files are rendered from. */
export interface EntityCorpus {
  researchers: readonly Researcher[];
  papers: readonly Paper[];
  topics: readonly Topic[];
  institutions: readonly Institution[];
}

/** Where the site is served: `site` is the origin (SITE_URL), `base` the base path with slashes. */
export interface SiteAddress {
  site: string;
  base: string;
}

/** One output file: `path` relative to the output folder (no base path, ids not URL-encoded), and its text. */
export interface EntityFile {
  path: string;
  body: string;
}

/** Feeds need a timestamp even when nothing is dated; the Unix epoch says "unknown" honestly. */
const UNKNOWN_DATE = "1970-01-01T00:00:00Z";

/** File-name suffix of each badge theme (`<id>.svg` follows prefers-color-scheme). */
const BADGE_SUFFIX: Record<CardTheme, string> = { auto: "", light: ".light", dark: ".dark" };

/** Folder of each iframe card variant under `embed/researchers/<id>/` (the pages are `index.html`). */
const CARD_FOLDER: Record<CardVariant, string> = { compact: "", full: "full/" };

/** Paper citation files and the format each holds. */
const PAPER_CITATIONS: Array<[file: string, format: CitationFormat]> = [
  ["cite.bib", "bibtex"],
  ["cite.ris", "ris"],
  ["cite.json", "csl"],
];

/** A JSON body as the API serves it (two-space indent: readable, and gzip erases the cost). */
export function jsonBody(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

/** Renderers of the per-entity files for one corpus and site address (lookups built once). */
export function entityFileRenderer(corpus: EntityCorpus, address: SiteAddress) {
  const index = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
  const catalog: Catalog = {
    researchers: index(corpus.researchers),
    papers: index(corpus.papers),
    topics: index(corpus.topics),
    institutions: index(corpus.institutions),
  };
  const topicByCode = new Map(corpus.topics.map((topic) => [topic.code, topic]));
  const paths = sitePaths(address.base);
  const absoluteUrl = (path: string) => new URL(path, address.site).href;
  const siteRoot = absoluteUrl(paths.home());

  const papersOf = (researcher: Researcher): Paper[] =>
    researcher.papers.flatMap((id) => catalog.papers.get(id) ?? []).sort(compareNewestFirst);
  const citations = (paper: Paper, format: CitationFormat): string =>
    formatCitations([paperToCsl(paper, absoluteUrl(paths.paper(paper.id)))], format);
  // A paper's BibTeX is its cite.bib and an entry of each of its authors' papers.bib (~4 uses at
  // p20000): formatted once. Memory: one entry per paper of this renderer's share (~1 KB each).
  const bibtexByPaper = new Map<string, string>();
  const bibtexOf = (paper: Paper): string => {
    let bib = bibtexByPaper.get(paper.id);
    if (bib === undefined) bibtexByPaper.set(paper.id, (bib = citations(paper, "bibtex")));
    return bib;
  };
  /** A researcher's papers.bib: the cite.bib entry of each paper, newest first, a blank line between them. */
  const bibliography = (list: readonly Paper[]): string => list.map((paper) => bibtexOf(paper).trimEnd() + "\n").join("\n");

  function atomFeed(researcher: Researcher, list: readonly Paper[]): string {
    const entries = list.map((paper) => ({
      url: absoluteUrl(paths.paper(paper.id)),
      title: paper.title,
      updated: atomDate(paper.date, paper.year) ?? UNKNOWN_DATE,
      summary: abstractPlainText(paper.abstract),
      authors: paper.authors.map((a) => a.name),
      categories: [(paper.category ? topicByCode.get(paper.category)?.name : undefined) ?? paper.category].filter((c): c is string => !!c),
    }));
    return renderAtom({
      selfUrl: absoluteUrl(paths.researcherFeed(researcher.id)),
      pageUrl: absoluteUrl(paths.researcher(researcher.id)),
      title: `Papers by ${researcher.name ?? UNNAMED_PROFILE} · Research Atlas`,
      updated: entries[0]?.updated ?? UNKNOWN_DATE,
      entries,
    });
  }

  return {
    /**
     * Feed, BibTeX (when the researcher has papers), the two iframe card pages, three badges,
     * public JSON and oEmbed of a researcher, at the paths of {@link researcherFilePaths}.
     */
    researcherFiles(researcher: Researcher): EntityFile[] {
      const at = researcherFilePaths(researcher);
      const list = papersOf(researcher);
      const record = publicResearcher(researcher, catalog, siteRoot);
      const card = profileCard(record, "compact");
      const files: EntityFile[] = [{ path: at.feed, body: atomFeed(researcher, list) }];
      if (at.bibtex) files.push({ path: at.bibtex, body: bibliography(list) });
      const canonical = absoluteEmbedUrl(siteRoot, card.profilePath);
      for (const [variant, path] of at.cards) {
        const shown = variant === "compact" ? card : profileCard(record, variant);
        files.push({ path, body: renderCardPage(shown, { base: address.base, canonical }) });
      }
      for (const [theme, path] of at.badges) files.push({ path, body: renderBadge(card, theme) });
      files.push({ path: at.api, body: jsonBody(record) });
      files.push({ path: at.oembed, body: jsonBody(oembedResponse(card, absoluteEmbedUrl(siteRoot, embedPaths(researcher.id).card), siteRoot)) });
      return files;
    },
    /** Citation files (BibTeX, RIS, CSL-JSON) and public JSON of a paper, at the paths of {@link paperFilePaths}. */
    paperFiles(paper: Paper): EntityFile[] {
      const at = paperFilePaths(paper);
      return [
        ...at.citations.map(([format, path]) => ({ path, body: format === "bibtex" ? bibtexOf(paper) : citations(paper, format) })),
        { path: at.api, body: jsonBody(publicPaper(paper, catalog, siteRoot)) },
      ];
    },
  };
}

/** Where a researcher's files go, by role, relative to the output folder (ids not URL-encoded). */
export function researcherFilePaths(researcher: Pick<Researcher, "id" | "papers">) {
  const id = researcher.id;
  return {
    feed: `researchers/${id}/feed.atom`,
    /** Only for a researcher with papers. */
    bibtex: researcher.papers.length > 0 ? `researchers/${id}/papers.bib` : null,
    cards: (Object.entries(CARD_FOLDER) as Array<[CardVariant, string]>).map(([variant, folder]) => [variant, `embed/researchers/${id}/${folder}index.html`] as const),
    badges: (Object.entries(BADGE_SUFFIX) as Array<[CardTheme, string]>).map(([theme, suffix]) => [theme, `embed/researchers/${id}${suffix}.svg`] as const),
    api: `api/researchers/${id}.json`,
    oembed: `oembed/researchers/${id}.json`,
  };
}

/** Where a paper's files go, by role, relative to the output folder. */
export function paperFilePaths(paper: Pick<Paper, "id">) {
  return {
    citations: PAPER_CITATIONS.map(([file, format]) => [format, `papers/${paper.id}/${file}`] as const),
    api: `api/papers/${paper.id}.json`,
  };
}

/** Every path of {@link researcherFilePaths} or {@link paperFilePaths}, in the order the renderer writes them. */
export function filePathList(paths: ReturnType<typeof researcherFilePaths> | ReturnType<typeof paperFilePaths>): string[] {
  if ("citations" in paths) return [...paths.citations.map(([, path]) => path), paths.api];
  return [paths.feed, ...(paths.bibtex ? [paths.bibtex] : []), ...paths.cards.map(([, path]) => path), ...paths.badges.map(([, path]) => path), paths.api, paths.oembed];
}

/** Content type of an entity file by its extension (for the dev server; hosts infer it the same way). */
export function entityFileType(path: string): string {
  if (path.endsWith(".atom")) return "application/atom+xml; charset=utf-8";
  if (path.endsWith(".bib")) return "application/x-bibtex; charset=utf-8";
  if (path.endsWith(".ris")) return "application/x-research-info-systems; charset=utf-8";
  if (path.endsWith(".svg")) return "image/svg+xml; charset=utf-8";
  if (path.endsWith(".html")) return "text/html; charset=utf-8";
  if (path.endsWith("cite.json")) return "application/vnd.citationstyles.csl+json; charset=utf-8";
  return "application/json; charset=utf-8";
}
