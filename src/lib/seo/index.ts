/**
 * Metadata for search engines and reference managers: schema.org JSON-LD and the Highwire Press
 * `citation_*` tags Google Scholar and Zotero read. Values are source text; escaping happens in
 * `jsonLdText` (JSON inside <script>) and in Astro's attribute escaping (meta tags).
 */
import type { Paper, Researcher } from "../../schemas/index.ts";
import { abstractPlainText } from "../latex/index.ts";

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">` element. `<`, `>` and `&` are
 * written as \u escapes so a value containing `</script>` can never close the element, and
 * U+2028/2029 so the text stays valid JavaScript for old parsers.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Absolute URLs the JSON-LD builders link to. */
export interface LinkResolver {
  researcher(id: string): string;
  paper(id: string): string;
}

/** schema.org `ScholarlyArticle` for a paper page. */
export function paperJsonLd(paper: Paper, links: LinkResolver, topicName: string | null): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "ScholarlyArticle",
    "@id": links.paper(paper.id),
    url: links.paper(paper.id),
    headline: paper.title,
    name: paper.title,
    // Profile-page items list no authors; an empty `author` would claim the paper has none.
    ...(paper.authors.length ? { author: paper.authors.map((a) => ({ "@type": "Person", name: a.name, url: links.researcher(a.id) })) } : {}),
    ...(paper.date ? { datePublished: paper.date } : {}),
    ...(paper.abstract ? { abstract: abstractPlainText(paper.abstract) } : {}),
    ...(topicName ? { about: topicName } : {}),
    ...(paper.venue ? { publisher: { "@type": "Organization", name: paper.venue } } : {}),
    ...(paper.affiliation ? { sourceOrganization: { "@type": "Organization", name: paper.affiliation } } : {}),
  };
}

/** schema.org `Person` for a researcher page; `sameAs` holds overlay links (homepage, ORCID, Scholar). */
export function personJsonLd(
  researcher: Researcher,
  links: LinkResolver,
  extra: { sameAs?: string[]; image?: string | undefined; knowsAbout?: string[] } = {},
): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Person",
    "@id": links.researcher(researcher.id),
    url: links.researcher(researcher.id),
    ...(researcher.name ? { name: researcher.name } : {}),
    ...(researcher.bio ? { description: researcher.bio } : {}),
    ...(researcher.affiliation ? { affiliation: { "@type": "Organization", name: researcher.affiliation } } : {}),
    ...(extra.image ? { image: extra.image } : {}),
    ...(extra.sameAs?.length ? { sameAs: extra.sameAs } : {}),
    ...(extra.knowsAbout?.length ? { knowsAbout: extra.knowsAbout } : {}),
  };
}

/** Highwire Press `citation_*` meta tags (name, content) for a paper, in the order Scholar documents. */
export function highwireMeta(paper: Paper, options: { pdfUrl?: string; abstractUrl: string }): Array<[string, string]> {
  const tags: Array<[string, string]> = [["citation_title", paper.title]];
  for (const author of paper.authors) tags.push(["citation_author", author.name]);
  if (paper.date) tags.push(["citation_publication_date", paper.date.replaceAll("-", "/")]);
  else if (paper.year) tags.push(["citation_publication_date", String(paper.year)]);
  if (paper.venue) tags.push(["citation_publisher", paper.venue]);
  if (paper.type === "preprint") tags.push(["citation_technical_report_institution", paper.venue ?? "preprint"]);
  if (paper.affiliation) tags.push(["citation_author_institution", paper.affiliation]);
  if (paper.abstract) tags.push(["citation_abstract", abstractPlainText(paper.abstract)]);
  tags.push(["citation_abstract_html_url", options.abstractUrl]);
  if (options.pdfUrl) tags.push(["citation_pdf_url", options.pdfUrl]);
  return tags;
}
