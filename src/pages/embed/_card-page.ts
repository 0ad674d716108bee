// Shared by the compact and full iframe card routes.
import type { CardVariant } from "../../lib/embed/paths.ts";
import { renderCardPage } from "../../lib/embed/page.ts";
import { absoluteUrl } from "../../lib/embed/record.ts";
import type { Researcher } from "../../schemas/index.ts";
import { base, cardOf, siteRoot } from "./_catalog.ts";

/** The iframe card document of `researcher` as an HTML response. */
export function cardPageResponse(researcher: Researcher, variant: CardVariant): Response {
  const card = cardOf(researcher, variant);
  const html = renderCardPage(card, { base, canonical: absoluteUrl(siteRoot, card.profilePath) });
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
}
