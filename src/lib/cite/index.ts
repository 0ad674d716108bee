/**
 * Citation exports (BibTeX, RIS, CSL-JSON) for papers, generated with citation-js so that
 * escaping of TeX specials and RIS tags follows the library rather than string templates.
 */
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-csl";
import { parse as parseName } from "@citation-js/name";
import type { Paper } from "../../schemas/index.ts";

/** One CSL-JSON item (the subset Research Atlas fills in). */
export interface CslItem {
  id: string;
  "citation-key": string;
  type: string;
  title: string;
  author: Array<{ given?: string; family?: string; literal?: string }>;
  issued?: { "date-parts": number[][] };
  "container-title"?: string;
  genre?: string;
  URL: string;
  note?: string;
}

/** Output formats offered on every paper page. */
export type CitationFormat = "bibtex" | "ris" | "csl";

/** A CSL name from a name as listed: split into given/family when the parser is sure, else literal. */
function cslName(name: string): CslItem["author"][number] {
  const parsed = parseName(name) as { given?: string; family?: string } | undefined;
  return parsed?.family ? { ...(parsed.given ? { given: parsed.given } : {}), family: parsed.family } : { literal: name };
}

/** CSL date parts from the ISO `YYYY-MM-DD` / `YYYY` date the ingest stores. */
function dateParts(date: string | null, year: number | null): number[] | null {
  if (date) {
    const parts = date.split("-").map(Number).filter((n) => Number.isInteger(n) && n > 0);
    if (parts.length) return parts;
  }
  return year ? [year] : null;
}

/** Builds the CSL-JSON item for a paper; `url` is the paper's canonical page. */
export function paperToCsl(paper: Paper, url: string): CslItem {
  const issued = dateParts(paper.date, paper.year);
  const notes = [
    paper.authorsTruncated ? "Author list truncated in the source (et al.)" : null,
    paper.dateYearInferred ? "Year inferred from the capture date" : null,
  ].filter(Boolean);
  return {
    id: paper.id,
    // citation-js only keeps keys without punctuation; ids are unique, so `_` keeps them unique.
    "citation-key": paper.id.replace(/[^A-Za-z0-9]/g, "_"),
    // Every item in the dumps is an article or a preprint (CSL `article` covers preprints).
    type: "article",
    title: paper.title,
    author: paper.authors.map((a) => cslName(a.name)),
    ...(issued ? { issued: { "date-parts": [issued] } } : {}),
    ...(paper.venue ? { "container-title": paper.venue } : {}),
    ...(paper.type ? { genre: paper.type } : {}),
    URL: url,
    ...(notes.length ? { note: notes.join("; ") } : {}),
  };
}

/** Formats CSL items as BibTeX, RIS or CSL-JSON text. */
export function formatCitations(items: CslItem[], format: CitationFormat): string {
  const cite = new Cite(items);
  if (format === "csl") return JSON.stringify(cite.format("data", { format: "object" }), null, 2) + "\n";
  return String(cite.format(format === "bibtex" ? "bibtex" : "ris", { format: "text" }));
}
