/**
 * One paper in a list (title link, authors as text, the facts the source gave) as escaped HTML.
 * Paper lists are the longest lists of most pages (a profile lists up to ~40 papers, ~10 elements
 * each); one string per item costs a fraction of rendering them element by element in Astro
 * (README, "Performance"). `src/components/PaperItem.astro` and `PaperList.astro` use it.
 */
import type { Paper, Topic } from "../../schemas/index.ts";
import { escapeHtml } from "./html.ts";
import type { SitePaths } from "./paths.ts";

/** Options of `paperItemHtml`. */
export interface PaperItemOptions {
  /** The paper's topic, when its category code resolves to one. */
  topic: Topic | undefined;
  paths: SitePaths;
  /** Authors shown before "+ n more". */
  maxAuthors?: number;
  /** Slot of the paper's topic in the surrounding topic filter (PaperList): `0`…`11` or `o`. */
  filterSlot?: string | undefined;
}

/** The `<li>` of one paper. */
export function paperItemHtml(paper: Paper, options: PaperItemOptions): string {
  const { topic, paths, maxAuthors = 6, filterSlot } = options;
  const shown = paper.authors.slice(0, maxAuthors).map((a) => a.name);
  const hidden = paper.authors.length - shown.length;
  const authorText = shown.join(", ") + (hidden > 0 ? ` + ${hidden} more` : "") + (paper.authorsTruncated ? " et al." : "");
  let html = filterSlot === undefined ? "<li>" : `<li data-t="${escapeHtml(filterSlot)}">`;
  html += `<a class="paper-title" href="${escapeHtml(paths.paper(paper.id))}">${escapeHtml(paper.title)}</a>`;
  if (authorText) html += `<div class="authors">${escapeHtml(authorText)}</div>`;
  html += '<div class="paper-meta">';
  html += paper.date ? `<time datetime="${escapeHtml(paper.date)}">${escapeHtml(paper.date)}</time>` : "<span>Date unknown</span>";
  if (topic) html += `<a class="chip chip-accent" href="${escapeHtml(paths.topic(topic.id))}" title="${escapeHtml(topic.name)}">${escapeHtml(topic.code)}</a>`;
  else if (paper.category) html += `<span class="chip">${escapeHtml(paper.category)}</span>`;
  if (paper.hasCode) html += '<span class="chip chip-ok">Code</span>';
  if (paper.score !== null) html += `<span>Score ${escapeHtml(String(paper.score))}</span>`;
  if (paper.type) html += `<span>${escapeHtml(paper.type)}</span>`;
  if (paper.venue) html += `<span>${escapeHtml(paper.venue)}</span>`;
  return `${html}</div></li>`;
}
