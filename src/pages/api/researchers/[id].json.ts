// `/api/researchers/<id>.json`: the public record behind a profile (also what embed.js reads).
import type { APIRoute } from "astro";
import { jsonResponse, recordOf, researcherPaths, type ResearcherProps } from "../../embed/_catalog.ts";

export const getStaticPaths = researcherPaths;

export const GET: APIRoute<ResearcherProps> = ({ props }) => jsonResponse(recordOf(props.researcher));
