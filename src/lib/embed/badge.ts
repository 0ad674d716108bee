/**
 * The SVG badge (`/embed/researchers/<id>.svg`): an image that works wherever `<img>` does,
 * README files included. SVG in `<img>` cannot wrap text or load fonts, so lines are cut to a
 * length that fits the fixed width, and the full text goes into `<title>`/`<desc>`.
 */
import type { ProfileCard } from "./card.ts";
import { escapeMarkup, truncateText } from "./escape.ts";
import { PALETTES, type CardPalette } from "./markup.ts";
import type { CardTheme } from "./paths.ts";

/** Badge size in CSS pixels (the SVG scales; snippets use these as width/height). */
export const BADGE_SIZE = { width: 420, height: 128 } as const;

/** Longest line, in characters, that fits the badge width at each text size (measured with system-ui). */
const FIT = { name: 34, line: 54 } as const;

const rules = (p: CardPalette): string =>
  `.bg{fill:${p.bg};stroke:${p.line}}.fg{fill:${p.fg}}.mu{fill:${p.muted}}.ac{fill:${p.accent}}`;

function style(theme: CardTheme): string {
  if (theme === "light") return rules(PALETTES.light);
  if (theme === "dark") return rules(PALETTES.dark);
  return `${rules(PALETTES.light)}@media (prefers-color-scheme:dark){${rules(PALETTES.dark)}}`;
}

/** Metrics as one line: `h-index 39 · 424 citations · 22 papers`. */
export function metricsLine(card: ProfileCard): string {
  return card.metrics.map((metric) => (metric.key === "hIndex" || metric.key === "trustScore" ? `${metric.label} ${metric.value}` : `${metric.value} ${metric.label}`)).join(" · ");
}

/** The badge's text alternative: every fact on the badge, untruncated. */
export function badgeDescription(card: ProfileCard): string {
  const parts = [card.affiliation ? `${card.name}, ${card.affiliation}.` : `${card.name}.`];
  if (card.metrics.length > 0) {
    const sources = card.metricSources.length > 0 ? ` (as shown in ${card.metricSources.join(", ")})` : "";
    parts.push(`${metricsLine(card)}${sources}.`);
  }
  if (card.primaryTopic) parts.push(`Primary topic: ${card.primaryTopic.name}.`);
  parts.push(`${card.paperTotal} ${card.paperTotal === 1 ? "paper" : "papers"} in Research Atlas.`);
  return parts.join(" ");
}

/** Renders the badge SVG for `theme` (`auto` carries both palettes behind `prefers-color-scheme`). */
export function renderBadge(card: ProfileCard, theme: CardTheme): string {
  const { width, height } = BADGE_SIZE;
  const text = (x: number, y: number, cls: string, size: number, value: string, weight = 400): string =>
    `<text x="${x}" y="${y}" class="${cls}" font-size="${size}"${weight === 400 ? "" : ` font-weight="${weight}"`}>${escapeMarkup(value)}</text>`;
  const lines = [
    text(16, 34, "fg", 18, truncateText(card.name, FIT.name), 650),
    card.affiliation ? text(16, 55, "mu", 13, truncateText(card.affiliation, FIT.line)) : "",
    card.metrics.length > 0 ? text(16, 80, "fg", 13, truncateText(metricsLine(card), FIT.line), 600) : "",
    card.primaryTopic ? text(16, 100, "mu", 13, truncateText(card.primaryTopic.name, FIT.line)) : "",
    text(16, 119, "ac", 11, "Research Atlas profile"),
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="ra-title ra-desc">`,
    `<title id="ra-title">${escapeMarkup(`${card.name} – Research Atlas profile`)}</title>`,
    `<desc id="ra-desc">${escapeMarkup(badgeDescription(card))}</desc>`,
    `<style>${style(theme)}text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}</style>`,
    `<rect class="bg" x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="10"/>`,
    ...lines.filter((line) => line !== ""),
    "</svg>",
    "",
  ].join("\n");
}
