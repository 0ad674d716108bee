/**
 * The build's collections as the profile page's embed panel needs them (src/lib/embed is pure
 * and takes them as arguments). The card pages, JSON, badge and oEmbed files themselves are
 * written by src/integrations/entity-files.ts.
 */
import { absoluteUrl, institutionById, paperById, researcherById, topicById } from "../../lib/data.ts";
import { profileCard, type ProfileCard } from "../../lib/embed/card.ts";
import type { CardVariant } from "../../lib/embed/paths.ts";
import { publicResearcher, type Catalog } from "../../lib/embed/record.ts";
import type { Researcher } from "../../schemas/index.ts";

/** Lookups the public records resolve ids against. */
export const catalog: Catalog = { researchers: researcherById, papers: paperById, topics: topicById, institutions: institutionById };

/** Absolute site URL with the base path (`https://x.org/atlas/`): root of every absolute embed URL. */
export const siteRoot = absoluteUrl(import.meta.env.BASE_URL);

/** Site base path for root-relative links (`/atlas/`). */
export const base = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** The card of a researcher in a variant (the profile page's embed panel preview). */
export function cardOf(researcher: Researcher, variant: CardVariant): ProfileCard {
  return profileCard(publicResearcher(researcher, catalog, siteRoot), variant);
}
