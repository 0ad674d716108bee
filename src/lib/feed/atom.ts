/**
 * A small Atom 1.0 (RFC 4287) serializer. @astrojs/rss only writes RSS 2.0 and Atom was asked
 * for; every text value goes through `xmlText`, which escapes markup and drops the characters
 * XML 1.0 forbids, so hostile titles cannot break the feed.
 */

/** One feed entry. */
export interface AtomEntry {
  /** Permanent absolute URL, used as id and alternate link. */
  url: string;
  title: string;
  /** RFC 3339 timestamp. */
  updated: string;
  /** Plain-text summary. */
  summary?: string;
  authors: string[];
  categories?: string[];
}

/** A feed: its own URL (rel=self), the page it describes, and entries. */
export interface AtomFeed {
  selfUrl: string;
  pageUrl: string;
  title: string;
  subtitle?: string;
  updated: string;
  entries: AtomEntry[];
}

/** Escapes text for XML content and attributes and removes characters XML 1.0 cannot carry. */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** RFC 3339 timestamp for an ISO `YYYY-MM-DD` or `YYYY` date (midnight UTC); null when unknown. */
export function atomDate(date: string | null, year: number | null): string | null {
  const iso = date ?? (year ? String(year) : null);
  if (!iso) return null;
  const [y, m = "01", d = "01"] = iso.split("-");
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}T00:00:00Z`;
}

/** Serialises the feed as an Atom document. */
export function renderAtom(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlText(feed.selfUrl)}</id>`,
    `  <title>${xmlText(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${xmlText(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${xmlText(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.pageUrl)}"/>`,
    "  <generator>Research Atlas</generator>",
  ];
  for (const entry of feed.entries) {
    lines.push(
      "  <entry>",
      `    <id>${xmlText(entry.url)}</id>`,
      `    <title type="text">${xmlText(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(entry.url)}"/>`,
      `    <updated>${xmlText(entry.updated)}</updated>`,
      ...entry.authors.map((name) => `    <author><name>${xmlText(name)}</name></author>`),
      ...(entry.categories ?? []).map((term) => `    <category term="${xmlText(term)}"/>`),
      ...(entry.summary ? [`    <summary type="text">${xmlText(entry.summary)}</summary>`] : []),
      "  </entry>",
    );
  }
  lines.push("</feed>", "");
  return lines.join("\n");
}
