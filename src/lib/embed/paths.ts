/**
 * Paths of the pages and files the embeds point to, relative to the site root (the folder that
 * holds `embed.js`). Callers prefix them with `import.meta.env.BASE_URL` (pages) or resolve them
 * against the script's own URL (web component), so one value works under any `BASE_PATH`.
 */

/** Profile page of a researcher. */
export const profilePath = (id: string): string => `researchers/${encodeURIComponent(id)}/`;
/** Page of a paper. */
export const paperPath = (id: string): string => `papers/${encodeURIComponent(id)}/`;
/** Page of a topic. */
export const topicPath = (id: string): string => `topics/${encodeURIComponent(id)}/`;
/** Page of an institution. */
export const institutionPath = (id: string): string => `institutions/${encodeURIComponent(id)}/`;

/** The two card layouts: `compact` (a few metrics, two papers) and `full` (bio, more of both). */
export type CardVariant = "compact" | "full";
/** Colour themes: `auto` follows `prefers-color-scheme`. */
export type CardTheme = "auto" | "light" | "dark";

/** Every embed file of one researcher, relative to the site root. */
export interface EmbedPaths {
  /** iframe card, compact variant. */
  card: string;
  /** iframe card, full variant. */
  cardFull: string;
  /** SVG badge following the viewer's colour scheme. */
  badge: string;
  /** SVG badge, always light. */
  badgeLight: string;
  /** SVG badge, always dark. */
  badgeDark: string;
  /** Public JSON of the researcher (read by the web component). */
  json: string;
  /** oEmbed response for the profile page. */
  oembed: string;
}

/** Paths of the embed files of researcher `id`. */
export function embedPaths(id: string): EmbedPaths {
  const slug = encodeURIComponent(id);
  return {
    card: `embed/researchers/${slug}/`,
    cardFull: `embed/researchers/${slug}/full/`,
    badge: `embed/researchers/${slug}.svg`,
    badgeLight: `embed/researchers/${slug}.light.svg`,
    badgeDark: `embed/researchers/${slug}.dark.svg`,
    json: `api/researchers/${slug}.json`,
    oembed: `oembed/researchers/${slug}.json`,
  };
}

/** Path of a paper's public JSON. */
export const paperJsonPath = (id: string): string => `api/papers/${encodeURIComponent(id)}.json`;
