// bibtex citation of one paper, generated at build time with citation-js (src/lib/cite).
import type { APIRoute, GetStaticPaths } from "astro";
import { citationResponse, paperCitePaths } from "../../../lib/cite/routes.ts";

export const getStaticPaths = paperCitePaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => citationResponse(props, "bibtex", "application/x-bibtex; charset=utf-8");
