// `/api/papers/<id>.json`: the public record of a paper, with author, topic and institution links.
import type { APIRoute } from "astro";
import { publicPaper } from "../../../lib/embed/record.ts";
import { catalog, jsonResponse, paperPaths, siteRoot, type PaperProps } from "../../embed/_catalog.ts";

export const getStaticPaths = paperPaths;

export const GET: APIRoute<PaperProps> = ({ props }) => jsonResponse(publicPaper(props.paper, catalog, siteRoot));
