/**
 * The card's markup and CSS, defined once. `cardTree` describes the card as plain data; the
 * iframe page serialises it with `renderHtml` (escaping every text and attribute) and the web
 * component builds it with `createElement`/`textContent` (see src/client/researcher-card.ts).
 * Neither path ever parses text from a dump as markup.
 */
import type { ProfileCard } from "./card.ts";
import { escapeMarkup } from "./escape.ts";
import type { CardTheme } from "./paths.ts";

/** Elements a card may contain; the web component creates only these. */
export type CardTag = "article" | "header" | "footer" | "h1" | "h2" | "h3" | "p" | "a" | "span" | "dl" | "div" | "dt" | "dd" | "ul" | "li" | "bdi";

/** One element of the card tree; strings are text nodes. */
export interface CardElement {
  tag: CardTag;
  attrs: Record<string, string>;
  children: CardChild[];
}
/** A child of a card element. */
export type CardChild = CardElement | string;

/** How a card tree is rendered for its host. */
export interface CardTreeOptions {
  /** Prefix that turns a site-relative path into an href (`/atlas/` or `https://x.org/atlas/`). */
  base: string;
  /** Heading element of the name: `h1` in the iframe document, `h2`/`h3` inside a host page. */
  heading: "h1" | "h2" | "h3";
  theme: CardTheme;
  /** `_blank` in the iframe, so links leave the frame instead of loading the site inside it. */
  linkTarget?: "_blank";
}

/** Colours of one theme; contrast of `muted` and `accent` on `bg` and `chip` is at least 4.5:1. */
export interface CardPalette {
  bg: string;
  fg: string;
  muted: string;
  line: string;
  chip: string;
  accent: string;
}

/** The two palettes, shared by the HTML card and the SVG badge. */
export const PALETTES: Record<"light" | "dark", CardPalette> = {
  light: { bg: "#ffffff", fg: "#1f2328", muted: "#59636e", line: "#d1d9e0", chip: "#f6f8fa", accent: "#0550ae" },
  dark: { bg: "#0d1117", fg: "#e6edf3", muted: "#9198a1", line: "#3d444d", chip: "#151b23", accent: "#79b8ff" },
};

const vars = (p: CardPalette, scheme: string): string =>
  `--bg:${p.bg};--fg:${p.fg};--muted:${p.muted};--line:${p.line};--chip:${p.chip};--accent:${p.accent};color-scheme:${scheme}`;

/**
 * The card stylesheet, scoped to `.ra-card` so it works as the iframe's only stylesheet and inside
 * a shadow root. `data-theme` forces a theme; without it `prefers-color-scheme` decides.
 */
export const CARD_CSS = [
  `.ra-card{${vars(PALETTES.light, "light")};box-sizing:border-box;display:flex;flex-direction:column;gap:8px;max-width:100%;padding:14px 16px;border:1px solid var(--line);border-radius:10px;background:var(--bg);color:var(--fg);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;overflow-wrap:anywhere;text-align:start}`,
  `@media (prefers-color-scheme:dark){.ra-card:not([data-theme=light]){${vars(PALETTES.dark, "dark")}}}`,
  `.ra-card[data-theme=dark]{${vars(PALETTES.dark, "dark")}}`,
  `.ra-card *{box-sizing:border-box;margin:0;padding:0}`,
  `.ra-card a{color:var(--accent);text-decoration:none}`,
  `.ra-card a:hover{text-decoration:underline}`,
  `.ra-card a:focus-visible{outline:2px solid var(--accent);outline-offset:2px;border-radius:2px}`,
  `.ra-name{font-size:1.15em;line-height:1.3;font-weight:650}`,
  `.ra-name a{color:var(--fg)}`,
  `.ra-unnamed{font-style:italic}`,
  `.ra-sub,.ra-meta,.ra-label{color:var(--muted);font-size:.86em}`,
  `.ra-foot{color:var(--muted);font-size:.78em}`,
  `.ra-sub{margin-top:2px}`,
  `.ra-bio{margin-top:6px}`,
  `.ra-metrics{display:flex;flex-wrap:wrap;gap:6px}`,
  `.ra-metrics div{display:flex;flex-direction:column-reverse;padding:3px 9px;border:1px solid var(--line);border-radius:6px;background:var(--chip)}`,
  `.ra-metrics dd{font-weight:650}`,
  `.ra-metrics dt{color:var(--muted);font-size:.78em}`,
  `.ra-papers{display:grid;grid-template-columns:minmax(0,1fr);gap:4px;list-style:none}`,
  `.ra-meta{margin-inline-start:.5em;white-space:nowrap}`,
  // Compact cards keep a fixed height from 280 px up: one line per paper and for the topic.
  `.ra-card[data-variant=compact] :is(.ra-papers a,.ra-topic){display:block;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}`,
  `.ra-card[data-variant=compact] .ra-sub{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:1;overflow:hidden}`,
  `.ra-foot{display:flex;flex-wrap:wrap;justify-content:space-between;gap:4px 12px;margin-top:auto;padding-top:8px;border-top:1px solid var(--line)}`,
].join("\n");

function el(tag: CardTag, attrs: Record<string, string>, ...children: Array<CardChild | null | false>): CardElement {
  return { tag, attrs, children: children.filter((child): child is CardChild => child !== null && child !== false) };
}

/** Describes the card as a tree of elements and text (no markup strings anywhere). */
export function cardTree(card: ProfileCard, options: CardTreeOptions): CardElement {
  const link = (path: string, attrs: Record<string, string>, ...children: CardChild[]): CardElement =>
    el("a", { href: options.base + path, ...(options.linkTarget ? { target: options.linkTarget, rel: "noopener" } : {}), ...attrs }, ...children);
  const sub = [card.role, card.affiliation].filter((part): part is string => part !== null && part !== "");
  const papersLabel = card.paperTotal > card.papers.length ? `Latest papers (${card.papers.length} of ${card.paperTotal})` : "Papers";
  return el(
    "article",
    { class: "ra-card", "data-variant": card.variant, ...(options.theme === "auto" ? {} : { "data-theme": options.theme }), "aria-label": `${card.name}, profile card` },
    el(
      "header",
      {},
      el(options.heading, { class: "ra-name" }, link(card.profilePath, card.named ? {} : { class: "ra-unnamed" }, el("bdi", {}, card.name))),
      sub.length > 0 && el("p", { class: "ra-sub" }, ...sub.flatMap((part, i) => (i === 0 ? [el("bdi", {}, part)] : [" · ", el("bdi", {}, part)]))),
      card.bio !== null && card.bio !== "" && el("p", { class: "ra-bio" }, el("bdi", {}, card.bio)),
    ),
    card.metrics.length > 0 &&
      el("dl", { class: "ra-metrics" }, ...card.metrics.map((metric) => el("div", {}, el("dt", {}, metric.label), el("dd", {}, metric.value)))),
    card.primaryTopic &&
      el(
        "p",
        { class: "ra-topic" },
        el("span", { class: "ra-label" }, "Primary topic: "),
        card.primaryTopic.path === null ? el("bdi", {}, card.primaryTopic.name) : link(card.primaryTopic.path, {}, card.primaryTopic.name),
      ),
    card.papers.length > 0 &&
      el(
        "div",
        {},
        el("p", { class: "ra-label" }, papersLabel),
        el(
          "ul",
          { class: "ra-papers" },
          ...card.papers.map((paper) => {
            const meta = [paper.year, paper.venue].filter((part): part is string => part !== null && part !== "").join(" · ");
            // Compact cards show titles only (one line each); the full card adds year and venue.
            return el("li", {}, link(paper.path, {}, el("bdi", {}, paper.title)), card.variant === "full" && meta !== "" && el("span", { class: "ra-meta" }, meta));
          }),
        ),
      ),
    el(
      "footer",
      { class: "ra-foot" },
      card.metricSources.length > 0 && el("span", {}, `Metrics as shown in ${card.metricSources.join(", ")}`),
      link(card.profilePath, { class: "ra-more" }, "Full profile on Research Atlas"),
    ),
  );
}

/** Serialises a card tree to HTML, escaping every attribute value and text node. */
export function renderHtml(node: CardChild): string {
  if (typeof node === "string") return escapeMarkup(node);
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => ` ${name}="${escapeMarkup(value)}"`)
    .join("");
  return `<${node.tag}${attrs}>${node.children.map(renderHtml).join("")}</${node.tag}>`;
}
