/**
 * The copy-and-paste snippets of the "Embed this profile" panel, one per way of embedding. All
 * URLs are absolute (the snippets are pasted into other sites) and every value is escaped for
 * the language of its snippet.
 */
import { BADGE_SIZE } from "./badge.ts";
import type { ProfileCard } from "./card.ts";
import { escapeMarkup } from "./escape.ts";
import { cardIframe } from "./oembed.ts";
import { embedPaths } from "./paths.ts";
import { absoluteUrl } from "./record.ts";

/** One snippet: an id (for the DOM), a label, and the text to copy. */
export interface EmbedSnippet {
  id: "iframe" | "iframe-full" | "badge-html" | "badge-markdown" | "web-component" | "json" | "oembed";
  label: string;
  hint: string;
  code: string;
}

/** Backslash-escapes ASCII punctuation, which CommonMark allows anywhere in text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, "\\$&");
}

/** Builds every snippet for a card; `siteRoot` is the absolute site URL including the base path. */
export function embedSnippets(card: ProfileCard, siteRoot: string): EmbedSnippet[] {
  const url = (path: string): string => absoluteUrl(siteRoot, path);
  const paths = embedPaths(card.id);
  const profile = url(card.profilePath);
  const alt = `${card.name} – Research Atlas profile`;
  const { width, height } = BADGE_SIZE;
  return [
    { id: "iframe", label: "iframe (compact)", hint: "Works in any page that allows iframes. Add ?theme=light or ?theme=dark to the src to fix the theme.", code: cardIframe(card, url(paths.card), "compact") },
    { id: "iframe-full", label: "iframe (full)", hint: "Bio, more metrics and papers.", code: cardIframe(card, url(paths.cardFull), "full") },
    {
      id: "badge-html",
      label: "SVG badge (HTML)",
      hint: "An image: works where scripts and iframes are stripped. Use .light.svg or .dark.svg for a fixed theme.",
      code: `<a href="${escapeMarkup(profile)}"><img src="${escapeMarkup(url(paths.badge))}" alt="${escapeMarkup(alt)}" width="${width}" height="${height}"></a>`,
    },
    { id: "badge-markdown", label: "SVG badge (Markdown)", hint: "For README files.", code: `[![${escapeMarkdown(alt)}](${url(paths.badge)})](${profile})` },
    {
      id: "web-component",
      label: "Web component",
      hint: 'Renders the card from the JSON, isolated in Shadow DOM; theme="auto|light|dark", variant="compact|full".',
      // The link inside is what readers see until the card loads, and if scripts are blocked.
      code: `<script type="module" src="${escapeMarkup(url("embed.js"))}"></script>\n<researcher-card researcher="${escapeMarkup(card.id)}" theme="auto" variant="compact"><a href="${escapeMarkup(profile)}">${escapeMarkup(card.name)} on Research Atlas</a></researcher-card>`,
    },
    { id: "json", label: "JSON", hint: "The public data behind this profile, readable from any origin.", code: url(paths.json) },
    { id: "oembed", label: "oEmbed", hint: "CMSs that speak oEmbed discover this from the profile URL.", code: url(paths.oembed) },
  ];
}
