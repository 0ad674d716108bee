// `/embed/researchers/<id>/`: the compact iframe card (see src/lib/embed/page.ts).
import type { APIRoute } from "astro";
import { cardPageResponse } from "../../_card-page.ts";
import { researcherPaths, type ResearcherProps } from "../../_catalog.ts";

export const getStaticPaths = researcherPaths;

export const GET: APIRoute<ResearcherProps> = ({ props }) => cardPageResponse(props.researcher, "compact");
