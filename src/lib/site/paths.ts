/**
 * Every URL the site links to, built from the base path so a build under `/atlas/` never links
 * outside it. Pages get a bound instance from `src/lib/data.ts`; tests build their own.
 */

/** Site-relative URL builders for one base path (`/` or `/atlas/`). */
export function sitePaths(base: string) {
  const root = base.endsWith("/") ? base : `${base}/`;
  const at = (path: string) => root + path;
  const seg = encodeURIComponent;
  return {
    home: () => root,
    asset: (path: string) => at(path.replace(/^\//, "")),
    researcher: (id: string) => at(`researchers/${seg(id)}/`),
    researcherBib: (id: string) => at(`researchers/${seg(id)}/papers.bib`),
    researcherFeed: (id: string) => at(`researchers/${seg(id)}/feed.atom`),
    researchers: (page = 1) => at(page > 1 ? `researchers/page/${page}/` : "researchers/"),
    paper: (id: string) => at(`papers/${seg(id)}/`),
    paperCite: (id: string, ext: "bib" | "ris" | "json") => at(`papers/${seg(id)}/cite.${ext}`),
    papers: () => at("papers/"),
    papersYear: (year: string, page = 1) => at(`papers/year/${seg(year)}/${page > 1 ? `${page}/` : ""}`),
    topic: (id: string, page = 1) => at(`topics/${seg(id)}/${page > 1 ? `page/${page}/` : ""}`),
    topics: () => at("topics/"),
    institution: (id: string, page = 1) => at(`institutions/${seg(id)}/${page > 1 ? `page/${page}/` : ""}`),
    institutions: () => at("institutions/"),
    sources: () => at("sources/"),
    search: () => at("search/"),
    page: (id: string) => at(`${seg(id)}/`),
  };
}

/** The URL builders returned by `sitePaths`. */
export type SitePaths = ReturnType<typeof sitePaths>;

/** One page of a paginated list. */
export interface ListPage<T> {
  items: T[];
  /** 1-based page number. */
  page: number;
  pages: number;
}

/** Splits a list into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: T[], size: number): Array<ListPage<T>> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, i) => ({ items: items.slice(i * size, (i + 1) * size), page: i + 1, pages }));
}

/** The A–Z (plus `#`) letter a name is filed under in the directory. */
export function directoryLetter(name: string): string {
  const first = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").trim().charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : "#";
}

/** "1 paper", "2 papers" (English plural with an optional irregular form). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? singular : pluralForm}`;
}
