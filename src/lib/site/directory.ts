/** Page sizes of the directories (large enough to be useful, small enough for phones). */

/** Researchers per A–Z directory page. */
export const RESEARCHERS_PER_PAGE = 200;
/** Papers per page of a year in the papers directory. */
export const PAPERS_PER_PAGE = 50;
/** Papers per page on topic and institution pages. */
export const GROUP_PAPERS_PER_PAGE = 100;
/** Researchers listed on a topic or institution page (the rest are counted, not listed). */
export const GROUP_PEOPLE_SHOWN = 120;

/** Page numbers after the first (2, 3, …) for a topic or institution with `paperCount` papers. */
export function laterPaperPages(paperCount: number): number[] {
  const pages = Math.ceil(paperCount / GROUP_PAPERS_PER_PAGE);
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => i + 2);
}
