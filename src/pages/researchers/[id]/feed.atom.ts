// Atom feed of a researcher's papers, newest first, so people can follow them (src/lib/feed/atom.ts).
import type { APIRoute, GetStaticPaths } from "astro";
import { absoluteUrl, displayName, papersOf, paths, researchers, topicOf } from "../../../lib/data.ts";
import { atomDate, renderAtom } from "../../../lib/feed/atom.ts";
import { abstractPlainText } from "../../../lib/latex/index.ts";
import type { Researcher } from "../../../schemas/index.ts";

export const getStaticPaths = (() => researchers.map((researcher) => ({ params: { id: researcher.id }, props: { researcher } }))) satisfies GetStaticPaths;

/** Feeds need a timestamp even when nothing is dated; the Unix epoch says "unknown" honestly. */
const UNKNOWN_DATE = "1970-01-01T00:00:00Z";

export const GET: APIRoute = ({ props }) => {
  const researcher = props["researcher"] as Researcher;
  const entries = papersOf(researcher).map((paper) => ({
    url: absoluteUrl(paths.paper(paper.id)),
    title: paper.title,
    updated: atomDate(paper.date, paper.year) ?? UNKNOWN_DATE,
    summary: abstractPlainText(paper.abstract),
    authors: paper.authors.map((a) => a.name),
    categories: [topicOf(paper)?.name ?? paper.category].filter((c): c is string => !!c),
  }));
  const body = renderAtom({
    selfUrl: absoluteUrl(paths.researcherFeed(researcher.id)),
    pageUrl: absoluteUrl(paths.researcher(researcher.id)),
    title: `Papers by ${displayName(researcher)} · Research Atlas`,
    updated: entries[0]?.updated ?? UNKNOWN_DATE,
    entries,
  });
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
