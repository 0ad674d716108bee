/** Which output files the entity-files step writes (kept apart from the renderers: the bench reads it without loading them). */

/** Output paths (relative to the site folder) of the feeds, citations, card pages, badges and JSON of src/lib/entity-files. */
const ENTITY_FILE = /^(?:api\/(?:researchers|papers)\/[^/]+\.json|oembed\/researchers\/[^/]+\.json|embed\/researchers\/[^/]+\.svg|embed\/researchers\/[^/]+\/(?:full\/)?index\.html|researchers\/[^/]+\/(?:feed\.atom|papers\.bib)|papers\/[^/]+\/cite\.(?:bib|ris|json))$/;

/** Whether the entity-files step (not an Astro route) writes this output path. */
export function isEntityFilePath(path: string): boolean {
  return ENTITY_FILE.test(path);
}
