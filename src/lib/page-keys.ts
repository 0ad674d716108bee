/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a researcher or
 * paper page is copied from the previous build instead of rendered again when its key, the page's
 * code (Astro hashes the route's module graph) and the config are unchanged. So a key must change
 * whenever anything the page shows changes. It digests, over-approximating where that is simpler:
 *
 * - the site-wide part every page shows ({@link siteDigest}: the header's authored pages, the
 *   footer's dump count, the capture year, topic and institution names);
 * - the entity's own record and every record the page reads: a researcher's papers and
 *   co-authors and the ingest reports of its dumps; a paper's related papers, the profiles that
 *   list it and which of its authors have a page;
 * - its graph slice, by the digest the graph stage recorded (no slice file is read).
 *
 * A researcher with an MDX overlay gets no key: the overlay can show any record
 * (`<ResearcherCard id=…/>`), so that page is always rendered. Directory, topic and institution
 * pages have none either (a few hundred pages that list many records).
 *
 * tests/site/incremental.test.ts checks that a rebuild after an edit writes exactly what a cold
 * build of the edited input writes.
 */
import type { Paper, Researcher } from "../schemas/index.ts";
import { authoredPages, fileReportByName, institutions, overlayById, paperById, papers, profilesByPaper, relatedPapers, report, researcherById, researchers, stats, topics } from "./data.ts";
import { sliceDigest } from "./graph-files.ts";
import { combineDigests as combine, recordDigest } from "./record-digest.ts";
import { buildShard } from "./config.ts";
import { shardOfId, shardRangeStarts, type ShardedKind } from "./shard.ts";

/**
 * What every page shows besides its own data. Topics and institutions enter by name only: their
 * paper lists change with every new paper, and no researcher or paper page shows them.
 */
export const siteDigest = combine([
  JSON.stringify(authoredPages.map((page) => [page.id, page.data])),
  JSON.stringify([stats.dumps, report?.captureYear ?? null]),
  JSON.stringify(topics.map(({ papers: _papers, ...topic }) => topic)),
  JSON.stringify(institutions.map(({ papers: _papers, ...institution }) => institution)),
]);

/** Digest of the record `map` holds under `key`, or a placeholder when it holds none. */
function digestIn(map: ReadonlyMap<string, object>, key: string): string {
  const record = map.get(key);
  return record ? recordDigest(record) : "-";
}

/**
 * In a sharded build (a render job of `--jobs N`), the pages of the other shards are dropped
 * after getStaticPaths (src/integrations/shard.ts): they need no key, and computing keys for
 * them took each of two jobs ~15 s at 81k entity pages.
 */
const shard = buildShard();
const shardStarts = shard && shardRangeStarts({ researcher: researchers.map((r) => r.id), paper: papers.map((p) => p.id) }, shard.count);
const renderedHere = (kind: ShardedKind, id: string): boolean => !shard || !shardStarts || shardOfId(id, shardStarts[kind]) === shard.index;

/** The cache key of a researcher's page, or undefined (always rendered) when an overlay can show any record. */
export function researcherPageKey(researcher: Researcher): string | undefined {
  if (overlayById.has(researcher.id) || !renderedHere("researcher", researcher.id)) return undefined;
  return combine([
    siteDigest,
    recordDigest(researcher),
    sliceDigest("researcher", researcher.id),
    ...researcher.papers.map((id) => digestIn(paperById, id)),
    ...researcher.coauthors.map((ref) => digestIn(researcherById, ref.id)),
    ...researcher.sources.map((source) => digestIn(fileReportByName, source.file)),
  ]);
}

/** The cache key of a paper's page (undefined for another shard's page, which this build does not render). */
export function paperPageKey(paper: Paper): string | undefined {
  if (!renderedHere("paper", paper.id)) return undefined;
  return combine([
    siteDigest,
    recordDigest(paper),
    sliceDigest("paper", paper.id),
    ...relatedPapers(paper).map((related) => `${recordDigest(related.paper)} ${related.sharedAuthors} ${related.sameTopic}`),
    ...(profilesByPaper.get(paper.id) ?? []).map(recordDigest),
    paper.authors.map((author) => (researcherById.has(author.id) ? "1" : "0")).join(""),
  ]);
}
