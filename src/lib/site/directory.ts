/** Page sizes of the directories (large enough to be useful, small enough for phones). */

/** Researchers per A–Z directory page. */
export const RESEARCHERS_PER_PAGE = 200;
/** Papers per page of a year in the papers directory. */
export const PAPERS_PER_PAGE = 50;
