/**
 * What the search page shows of Pagefind's answer, as plain values the page's script turns into
 * DOM nodes with `textContent` only (src/components/search/search-view.ts): the summary line,
 * the excerpt split into highlighted and plain runs, safe result links and the sections listed
 * under a result. Pure, so the rules are unit-tested without a browser.
 */

/** One run of an excerpt: text as the visitor reads it, highlighted when it matched the query. */
export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

/** The entities Pagefind writes into excerpts (it escapes the page text, then adds `<mark>`). */
const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'", "#x27": "'", nbsp: "\u00a0" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    const known = ENTITIES[name.toLowerCase()];
    if (known !== undefined) return known;
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      if (Number.isInteger(code) && code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
    }
    return whole;
  });
}

/**
 * Splits a Pagefind excerpt (`a <mark>match</mark> b`) into runs of text. Only `<mark>` is read as
 * markup; anything else that looks like a tag stays text, so a title or abstract carrying
 * `<script>` can never become an element, whatever the indexer escaped.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/i)) {
    const tag = part.toLowerCase();
    if (tag === "<mark>") marked = true;
    else if (tag === "</mark>") marked = false;
    else if (part !== "") {
      const text = decodeEntities(part);
      const last = segments.at(-1);
      if (last && last.marked === marked) last.text += text;
      else segments.push({ text, marked });
    }
  }
  return segments;
}

/**
 * A result's link, or null when it is not a site path (`/…`) or an http(s) URL: the URL comes
 * from the index, and the index from page metadata, so it is checked like any data.
 */
export function resultHref(url: string | undefined): string | null {
  const trimmed = url?.trim() ?? "";
  if (trimmed.startsWith("/") && !trimmed.startsWith("//")) return trimmed;
  return /^https?:\/\//i.test(trimmed) ? trimmed : null;
}

/** The summary line under the search field ("12 results for lora", "No results for xyz"). */
export function summaryText(count: number, term: string, filtered: boolean): string {
  const scope = term ? ` for ${term}` : filtered ? " with these filters" : "";
  if (count === 0) return `No results${scope}`;
  return `${count.toLocaleString("en")} ${count === 1 ? "result" : "results"}${scope}`;
}

/** A matching section of a page, as Pagefind lists it under the page (heading anchors). */
export interface SubResult {
  title: string;
  url: string;
  locations?: readonly number[];
}

/**
 * The sections to link under a result: those other than the page itself, most matches first,
 * at most `limit` (the excerpt already shows the best match).
 */
export function sectionLinks(subResults: readonly SubResult[], pageUrl: string, limit = 2): Array<{ title: string; href: string }> {
  return subResults
    .filter((sub) => sub.url !== pageUrl && sub.title.trim() !== "")
    .map((sub, position) => ({ sub, position }))
    .sort((a, b) => (b.sub.locations?.length ?? 0) - (a.sub.locations?.length ?? 0) || a.position - b.position)
    .flatMap(({ sub }) => {
      const href = resultHref(sub.url);
      return href ? [{ title: sub.title, href }] : [];
    })
    .slice(0, limit);
}
