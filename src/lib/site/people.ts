/**
 * A researcher page's co-author list items (`<li>` with a link and the shared-paper count) as
 * escaped HTML: a hub lists up to 300 of them, and one string costs a fraction of 900 Astro
 * elements (README, "Performance").
 */
import { escapeHtml } from "./html.ts";

/** One listed person: page path, display name, count. */
export interface ListedPerson {
  href: string;
  name: string;
  count: number;
}

/** The `<li>` items of a co-author list, in the given order. */
export function coauthorItemsHtml(people: readonly ListedPerson[]): string {
  let html = "";
  for (const person of people) {
    html += `<li><a href="${escapeHtml(person.href)}">${escapeHtml(person.name)}</a> <span class="count">${escapeHtml(String(person.count))}</span></li>`;
  }
  return html;
}
