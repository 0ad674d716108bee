/**
 * The build's collections as the embed endpoints need them (src/lib/embed is pure and takes
 * them as arguments). Public records are computed once per researcher and shared by the card
 * routes (the JSON, badge and oEmbed files are written by src/integrations/entity-files.ts).
 */
import type { GetStaticPathsResult } from "astro";
import { absoluteUrl, institutionById, paperById, researcherById, researchers, topicById } from "../../lib/data.ts";
import { profileCard, type ProfileCard } from "../../lib/embed/card.ts";
import type { CardVariant } from "../../lib/embed/paths.ts";
import { publicResearcher, type Catalog, type PublicResearcher } from "../../lib/embed/record.ts";
import type { Researcher } from "../../schemas/index.ts";

/** Lookups the public records resolve ids against. */
export const catalog: Catalog = { researchers: researcherById, papers: paperById, topics: topicById, institutions: institutionById };

/** Absolute site URL with the base path (`https://x.org/atlas/`): root of every absolute embed URL. */
export const siteRoot = absoluteUrl(import.meta.env.BASE_URL);

/** Site base path for root-relative links (`/atlas/`). */
export const base = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

const records = new Map<string, PublicResearcher>();

/** The public record of a researcher (memoised: several routes render each researcher). */
export function recordOf(researcher: Researcher): PublicResearcher {
  let record = records.get(researcher.id);
  if (!record) {
    record = publicResearcher(researcher, catalog, siteRoot);
    records.set(researcher.id, record);
  }
  return record;
}

/** The card of a researcher in a variant. */
export function cardOf(researcher: Researcher, variant: CardVariant): ProfileCard {
  return profileCard(recordOf(researcher), variant);
}

/** One static path per researcher, with the researcher as prop. */
export function researcherPaths(): GetStaticPathsResult {
  return researchers.map((researcher) => ({ params: { id: researcher.id }, props: { researcher } }));
}

/** Props of the researcher routes. */
export interface ResearcherProps {
  researcher: Researcher;
}
