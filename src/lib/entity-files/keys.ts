/**
 * Reuse keys of the entity files (src/integrations/entity-files.ts): a rebuild links an
 * entity's files from the previous output instead of rendering and writing them again when its
 * key is the one recorded for that output. A key digests everything the files show, over-approximating:
 *
 * - the renderers' code (`codeVersion`), the site address, and the topics and institutions by
 *   their own fields (not their paper lists, which no entity file shows);
 * - a researcher's record, the records of its papers and of its co-authors;
 * - a paper's record.
 *
 * tests/site/incremental.test.ts checks that a rebuild writes what a cold build writes.
 */
import type { Paper, Researcher } from "../../schemas/index.ts";
import { combineDigests as digest, recordDigest } from "../record-digest.ts";
import type { EntityCorpus, SiteAddress } from "./index.ts";

/** The key of a manifest entry: kind and id (`r:yongji-wu`, `p:punica-…`). */
export function entityKeyName(kind: "researcher" | "paper", id: string): string {
  return `${kind === "researcher" ? "r" : "p"}:${id}`;
}

/** Key functions for one corpus, address and code version (lookups built once). */
export function entityFileKeys(corpus: EntityCorpus, address: SiteAddress, codeVersion: string) {
  const digestOf = (record: object | undefined) => (record ? recordDigest(record) : "-");
  const papers = new Map(corpus.papers.map((paper) => [paper.id, paper]));
  const researchers = new Map(corpus.researchers.map((researcher) => [researcher.id, researcher]));
  const common = digest([
    codeVersion,
    address.site,
    address.base,
    JSON.stringify(corpus.topics.map(({ papers: _papers, ...topic }) => topic)),
    JSON.stringify(corpus.institutions.map(({ papers: _papers, ...institution }) => institution)),
  ]);
  return {
    researcher: (researcher: Researcher): string =>
      digest([common, digestOf(researcher), ...researcher.papers.map((id) => digestOf(papers.get(id))), ...researcher.coauthors.map((ref) => digestOf(researchers.get(ref.id)))]),
    paper: (paper: Paper): string => digest([common, digestOf(paper)]),
  };
}
