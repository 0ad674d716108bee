// A researcher's complete paper list as one BibTeX file (citation-js, src/lib/cite).
import type { APIRoute, GetStaticPaths } from "astro";
import { citationResponse } from "../../../lib/cite/routes.ts";
import { papersOf, researchers } from "../../../lib/data.ts";

export const getStaticPaths = (() =>
  researchers.filter((r) => r.papers.length > 0).map((r) => ({ params: { id: r.id }, props: { papers: papersOf(r) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => citationResponse(props, "bibtex", "application/x-bibtex; charset=utf-8");
