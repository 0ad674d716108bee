/**
 * oEmbed (https://oembed.com/, section 2.3.4): `/oembed/researchers/<id>.json` answers for the
 * profile page with a `rich` response whose HTML is the iframe card, so a CMS that speaks oEmbed
 * embeds a profile from its URL.
 */
import type { ProfileCard } from "./card.ts";
import { escapeMarkup } from "./escape.ts";
import type { CardVariant } from "./paths.ts";

/** Name the site goes by in oEmbed responses and card footers. */
export const PROVIDER_NAME = "Research Atlas";

/**
 * Default iframe size of each card variant, in CSS pixels. Measured over the seed corpus
 * (scripts/bench-embed.ts): the tallest compact card is 312 px at 280 px wide, so a compact frame
 * shrunk by `max-width:100%` still shows the whole card; the tallest full card is 452 px at 480 px.
 */
export const CARD_FRAME_SIZE: Record<CardVariant, { width: number; height: number }> = {
  compact: { width: 360, height: 320 },
  full: { width: 480, height: 480 },
};

/** An oEmbed 1.0 `rich` response. */
export interface OEmbedRich {
  type: "rich";
  version: "1.0";
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
}

/** The `<iframe>` element for a card; `src` is absolute, every attribute escaped. */
export function cardIframe(card: ProfileCard, src: string, variant: CardVariant = "compact"): string {
  const { width, height } = CARD_FRAME_SIZE[variant];
  return `<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(`${card.name} – Research Atlas profile card`)}" width="${width}" height="${height}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}

/** Builds the oEmbed response for a card; `cardUrl` is the absolute iframe URL, `siteRoot` the site's. */
export function oembedResponse(card: ProfileCard, cardUrl: string, siteRoot: string): OEmbedRich {
  const { width, height } = CARD_FRAME_SIZE[card.variant];
  return {
    type: "rich",
    version: "1.0",
    title: card.name,
    provider_name: PROVIDER_NAME,
    provider_url: siteRoot,
    html: cardIframe(card, cardUrl, card.variant),
    width,
    height,
    // A day: cards change only when the site is rebuilt.
    cache_age: 86400,
  };
}
