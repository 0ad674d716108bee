/**
 * The iframe card document (`/embed/researchers/<id>/`): one self-contained HTML file with its
 * CSS inline, readable with JavaScript off. Its Content-Security-Policy (a `<meta>`, so it holds
 * on any host, whether or not `_headers` is honoured) allows only this page's own style and
 * theme script, by hash.
 */
import { createHash } from "node:crypto";
import type { ProfileCard } from "./card.ts";
import { escapeMarkup } from "./escape.ts";
import { CARD_CSS, cardTree, renderHtml } from "./markup.ts";

/** Lets the card fill the frame, so its border and footer sit at the frame's edges. */
const FRAME_CSS = "html,body{height:100%;margin:0;background:transparent}main{height:100%}.ra-card{min-height:100%}";

/** The page's stylesheet (exported so tests and headers can hash it). */
export const CARD_PAGE_CSS = `${CARD_CSS}\n${FRAME_CSS}`;

/**
 * `?theme=light|dark` can only be read in the browser: a static host serves the same file for
 * every query string. This one-liner applies it; without JavaScript (or in a sandboxed frame) the
 * card follows `prefers-color-scheme`, which is also the default.
 */
export const THEME_SCRIPT =
  'var t=new URLSearchParams(location.search).get("theme");if(t==="light"||t==="dark")document.querySelector(".ra-card").setAttribute("data-theme",t)';

/** CSP source expression (`'sha256-…'`) for an inline script or style. */
export function cspHash(inline: string): string {
  return `'sha256-${createHash("sha256").update(inline, "utf8").digest("base64")}'`;
}

/** The policy the card page carries: nothing loads, only its own inline style and script run. */
export const CARD_PAGE_CSP = [
  "default-src 'none'",
  `style-src ${cspHash(CARD_PAGE_CSS)}`,
  `script-src ${cspHash(THEME_SCRIPT)}`,
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/** Options of the card page. */
export interface CardPageOptions {
  /** Site base path (`import.meta.env.BASE_URL`), so links work under any BASE_PATH. */
  base: string;
  /** Absolute profile URL, for the canonical link. */
  canonical: string;
}

/** Renders the complete iframe card document. */
export function renderCardPage(card: ProfileCard, options: CardPageOptions): string {
  const body = renderHtml(cardTree(card, { base: options.base, heading: "h1", theme: "auto", linkTarget: "_blank" }));
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeMarkup(CARD_PAGE_CSP)}">`,
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeMarkup(`${card.name} – profile card`)}</title>`,
    `<link rel="canonical" href="${escapeMarkup(options.canonical)}">`,
    `<style>${CARD_PAGE_CSS}</style>`,
    "</head>",
    `<body><main>${body}</main><script>${THEME_SCRIPT}</script></body>`,
    "</html>",
    "",
  ].join("\n");
}
