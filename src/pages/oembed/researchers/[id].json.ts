// `/oembed/researchers/<id>.json`: oEmbed `rich` response for a profile page (discovered via its <link>).
import type { APIRoute } from "astro";
import { embedPaths } from "../../../lib/embed/paths.ts";
import { oembedResponse } from "../../../lib/embed/oembed.ts";
import { absoluteUrl } from "../../../lib/embed/record.ts";
import { cardOf, jsonResponse, researcherPaths, siteRoot, type ResearcherProps } from "../../embed/_catalog.ts";

export const getStaticPaths = researcherPaths;

export const GET: APIRoute<ResearcherProps> = ({ props }) =>
  jsonResponse(oembedResponse(cardOf(props.researcher, "compact"), absoluteUrl(siteRoot, embedPaths(props.researcher.id).card), siteRoot));
