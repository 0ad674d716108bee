/**
 * `_headers` rules for the embeds (appended to the site's rules by the headers integration):
 * other sites read the JSON, load `embed.js` as a module (which needs CORS) and the badges, and
 * frame the cards; the rest of the site keeps refusing to be framed.
 */
import type { HeaderRule } from "../deploy/headers.ts";

const CROSS_ORIGIN = { "Access-Control-Allow-Origin": "*", "Cross-Origin-Resource-Policy": "cross-origin" };
// Cards and data change only when the site is rebuilt; an hour keeps lab pages cheap to load.
const SHORT_CACHE = { "Cache-Control": "public, max-age=3600, must-revalidate" };

/** Rules for /embed/*, /embed.js, /api/* and /oembed/*. */
export const EMBED_HEADER_RULES: HeaderRule[] = [
  {
    path: "/embed/*",
    why: "profile cards and badges are made for other sites: framable anywhere, readable from any origin",
    // Cloudflare drops the site-wide X-Frame-Options here; elsewhere frame-ancestors overrides it.
    detach: ["X-Frame-Options"],
    headers: { ...CROSS_ORIGIN, "Content-Security-Policy": "frame-ancestors *", ...SHORT_CACHE },
  },
  {
    path: "/embed.js",
    why: "the <researcher-card> web component: module scripts from another origin need CORS",
    headers: { ...CROSS_ORIGIN, ...SHORT_CACHE },
  },
  {
    path: "/api/*",
    why: "public JSON for widgets on other sites (and the web component)",
    headers: { ...CROSS_ORIGIN, ...SHORT_CACHE },
  },
  {
    path: "/oembed/*",
    why: "oEmbed responses, read by CMSs and by browser-side embed libraries",
    headers: { ...CROSS_ORIGIN, ...SHORT_CACHE },
  },
];
