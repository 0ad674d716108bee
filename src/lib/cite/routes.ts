/** Shared pieces of the static citation endpoints (papers/<id>/cite.*, researchers/<id>/papers.bib). */
import type { Paper } from "../../schemas/index.ts";
import { absoluteUrl, papers, paths } from "../data.ts";
import { formatCitations, paperToCsl, type CitationFormat } from "./index.ts";

/** getStaticPaths for a per-paper citation endpoint. */
export function paperCitePaths() {
  return papers.map((paper) => ({ params: { id: paper.id }, props: { papers: [paper] } }));
}

/** The response of a citation endpoint for the papers in `props`. */
export function citationResponse(props: Record<string, unknown>, format: CitationFormat, contentType: string): Response {
  const list = props["papers"] as Paper[];
  const items = list.map((paper) => paperToCsl(paper, absoluteUrl(paths.paper(paper.id))));
  return new Response(items.length ? formatCitations(items, format) : "", { headers: { "Content-Type": contentType } });
}
