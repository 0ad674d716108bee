/**
 * The SVG badge (`/embed/researchers/<id>.svg`): an image that works wherever `<img>` does,
 * README files included. SVG in `<img>` cannot wrap text or load fonts, so lines are cut to a
 * length that fits the fixed width, and the full text goes into `<title>`/`<desc>`.
 */
import { FORMAT_LABELS, type ProfileCard } from "./card.ts";
import { escapeMarkup, truncateText } from "./escape.ts";
import { PALETTES, type CardPalette } from "./markup.ts";
import type { CardTheme } from "./paths.ts";

/** Badge size in CSS pixels (the SVG scales; snippets use these as width/height). */
export const BADGE_SIZE = { width: 420, height: 128 } as const;

/** Longest line, in characters, that fits the badge width at each text size (measured with system-ui). */
const FIT = { name: 34, line: 54, footer: 66 } as const;

const rules = (p: CardPalette): string =>
  `.bg{fill:${p.bg};stroke:${p.line}}.fg{fill:${p.fg}}.mu{fill:${p.muted}}.ac{fill:${p.accent}}`;

function style(theme: CardTheme): string {
  if (theme === "light") return rules(PALETTES.light);
  if (theme === "dark") return rules(PALETTES.dark);
  return `${rules(PALETTES.light)}@media (prefers-color-scheme:dark){${rules(PALETTES.dark)}}`;
}

/** One text line of the badge. */
interface BadgeLine {
  /** Colour class from the palette rules. */
  cls: "fg" | "mu" | "ac";
  size: number;
  value: string;
  weight?: number;
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
  // Lines present are stacked from the top (no gap where a card has no affiliation or topic);
  // the site line stays at the bottom.
  const lines: BadgeLine[] = [{ cls: "fg", size: 18, value: truncateText(card.name, FIT.name), weight: 650 }];
  if (card.affiliation) lines.push({ cls: "mu", size: 13, value: truncateText(card.affiliation, FIT.line) });
  if (card.metrics.length > 0) lines.push({ cls: "fg", size: 13, value: truncateText(metricsLine(card), FIT.line), weight: 600 });
  if (card.primaryTopic) lines.push({ cls: "mu", size: 13, value: truncateText(card.primaryTopic.name, FIT.line) });
  let y = 10;
  const body = lines.map((line) => {
    y += line.size + 7;
    return text(16, y, line.cls, line.size, line.value, line.weight);
  });
  // Provenance in short (the dump file names are in <desc>): which kind of dump the metrics show.
  const formats = [...new Set(card.metrics.flatMap((metric) => (metric.source ? [FORMAT_LABELS[metric.source.format]] : [])))];
  const footer = formats.length > 0 ? `Research Atlas profile · metrics as shown on the ${formats.join(" and ")}` : "Research Atlas profile";
  body.push(text(16, height - 9, "ac", 11, truncateText(footer, FIT.footer)));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="ra-title ra-desc">`,
    `<title id="ra-title">${escapeMarkup(`${card.name} – Research Atlas profile`)}</title>`,
    `<desc id="ra-desc">${escapeMarkup(badgeDescription(card))}</desc>`,
    `<style>${style(theme)}text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}</style>`,
    `<rect class="bg" x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="10"/>`,
    ...body,
    "</svg>",
    "",
  ].join("\n");
}
