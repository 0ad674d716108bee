/**
 * DOM of the search page's results and filter pane, built from Pagefind's answer with
 * `textContent` and attributes only: no string from the index is ever parsed as HTML.
 */
import { excerptSegments, resultHref, sectionLinks } from "../../lib/search/results.ts";
import type { FilterGroup } from "../../lib/search/filter-pane.ts";
import type { PagefindPage } from "./pagefind-api.ts";

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A paragraph of the result's facts (kind, year, topic, paper count) that the page recorded for it. */
function facts(meta: PagefindPage["meta"]): HTMLParagraphElement {
  const line = element("p", "search-result-facts");
  line.append(element("span", "search-result-kind", meta["kind"] ?? "Page"));
  for (const key of ["year", "topic", "papers"]) {
    const value = meta[key];
    if (value) line.append(element("span", "", value));
  }
  return line;
}

/** One result: facts, the title linked to its page, authors or affiliation, the highlighted excerpt and matching sections. */
export function resultItem(page: PagefindPage): HTMLLIElement {
  const item = element("li", "search-result");
  const href = resultHref(page.meta["url"] ?? page.url);
  const body = element("div", "search-result-body");
  body.append(facts(page.meta));
  const title = element("p", "search-result-title");
  const link = element("a", "search-result-link", page.meta["title"] ?? page.url);
  if (href) link.href = href;
  title.append(link);
  body.append(title);
  for (const key of ["authors", "affiliation"]) {
    const value = page.meta[key];
    if (value) body.append(element("p", "search-result-people", value));
  }
  if (page.excerpt) {
    const excerpt = element("p", "search-result-excerpt");
    for (const segment of excerptSegments(page.excerpt)) {
      excerpt.append(segment.marked ? element("mark", "", segment.text) : document.createTextNode(segment.text));
    }
    body.append(excerpt);
  }
  const sections = sectionLinks(page.sub_results, page.url);
  if (sections.length > 0) {
    const line = element("p", "search-result-sections", "Matches in ");
    sections.forEach((section, index) => {
      if (index > 0) line.append(" · ");
      const anchor = element("a", "", section.title);
      anchor.href = section.href;
      line.append(anchor);
    });
    body.append(line);
  }
  const image = page.meta["image"];
  const imageHref = image ? resultHref(image) : null;
  if (imageHref) {
    const photo = element("img", "search-result-image");
    photo.src = imageHref;
    photo.alt = page.meta["image_alt"] ?? "";
    photo.loading = "lazy";
    item.append(photo);
  }
  item.append(body);
  return item;
}

/** A filter's disclosure label: its name, and how many of its values are selected. */
function groupSummary(group: FilterGroup): string {
  const selected = group.options.filter((option) => option.selected).length;
  return selected > 0 ? `${group.label} (${selected} selected)` : group.label;
}

/** Whether `container` already shows exactly these filters and values (so only counts and checks change). */
function sameShape(container: HTMLElement, groups: readonly FilterGroup[]): boolean {
  const shape = groups.map((group) => `${group.name}:${group.options.map((option) => option.value).join("\u0000")}`).join("\u0001");
  if (container.dataset["shape"] === shape) return true;
  container.dataset["shape"] = shape;
  return false;
}

/**
 * Shows the filter groups in `container`: each a disclosure of checkboxes with counts. When the
 * groups and values are unchanged only the counts and checks are updated, so the checkbox the
 * visitor just used keeps its focus; `openGroups` are expanded when the pane is first drawn.
 */
export function renderFilterGroups(container: HTMLElement, groups: readonly FilterGroup[], openGroups: ReadonlySet<string>): void {
  if (sameShape(container, groups)) {
    // Same groups and values in the same order: the i-th checkbox is the i-th option.
    const boxes = container.querySelectorAll<HTMLInputElement>("input[type=checkbox]");
    const options = groups.flatMap((group) => group.options);
    for (const group of groups) {
      const summary = container.querySelector(`details[data-filter="${group.name}"] > summary`);
      if (summary) summary.textContent = groupSummary(group);
    }
    options.forEach((option, index) => {
      const input = boxes[index];
      if (input) {
        input.checked = option.selected;
        const count = input.parentElement?.querySelector(".search-filter-count");
        if (count) count.textContent = option.count.toLocaleString("en");
      }
    });
    return;
  }
  const open = new Set([...container.querySelectorAll<HTMLDetailsElement>("details[open]")].map((details) => details.dataset["filter"] ?? ""));
  const drawn = container.childElementCount > 0;
  container.replaceChildren(
    ...groups.map((group) => {
      const details = element("details", "search-filter");
      details.dataset["filter"] = group.name;
      details.open = (drawn ? open.has(group.name) : openGroups.has(group.name)) || group.options.some((option) => option.selected);
      details.append(element("summary", "", groupSummary(group)));
      const fieldset = element("fieldset", "");
      fieldset.append(element("legend", "visually-hidden", group.label));
      const list = element("ul", "search-filter-options");
      for (const option of group.options) {
        const label = element("label", "");
        const box = element("input", "");
        box.type = "checkbox";
        box.name = group.name;
        box.value = option.value;
        box.checked = option.selected;
        label.append(box, element("span", "search-filter-value", option.value), element("span", "search-filter-count", option.count.toLocaleString("en")));
        const row = element("li", "");
        row.append(label);
        list.append(row);
      }
      fieldset.append(list);
      details.append(fieldset);
      return details;
    }),
  );
}
