/**
 * Measures ingest against a generated corpus's ground truth: how many paper-feed lines split
 * exactly into the true title and author list, and how often the feed owner is inferred right.
 */
import { normaliseKey } from "../ingest/names.ts";
import { parseDump } from "../ingest/pipeline.ts";
import { collectKnownNames, inferFeedOwner, splitFeedLines } from "../ingest/resolve.ts";
import type { ParsedDump } from "../ingest/types.ts";
import type { GeneratedCorpus } from "./generate.ts";

/** One feed line that did not split exactly. */
export interface SplitFailure {
  file: string;
  expectedTitle: string;
  gotTitle: string;
  expectedAuthors: string[];
  gotAuthors: string[];
}

/** Accuracy figures. */
export interface AccuracyReport {
  split: { total: number; exact: number; rate: number; failures: SplitFailure[] };
  owners: { total: number; correct: number; wrong: number; abstained: number; rate: number };
  /** Papers of any format whose title, listed authors and truncation all match the truth. */
  papers: { total: number; exact: number; rate: number };
}

/** Parses a generated corpus and compares the results with its truth. */
export function measureAccuracy(corpus: GeneratedCorpus): AccuracyReport {
  const dumps: ParsedDump[] = [];
  for (const dump of corpus.dumps) {
    const parsed = parseDump(dump.file, dump.text);
    if ("reason" in parsed) throw new Error(`${dump.file}: generated dump rejected: ${parsed.reason}`);
    dumps.push(parsed);
  }
  splitFeedLines(dumps, collectKnownNames(dumps), () => {});
  const split = { total: 0, exact: 0, rate: 0, failures: [] as SplitFailure[] };
  const owners = { total: 0, correct: 0, wrong: 0, abstained: 0, rate: 0 };
  const papers = { total: 0, exact: 0, rate: 0 };
  corpus.truth.forEach((truth, i) => {
    const dump = dumps[i]!;
    truth.papers.forEach((expected, j) => {
      const got = dump.papers[j];
      const exact = got !== undefined && got.title === expected.title && sameList(got.authors, expected.listed) && got.authorsTruncated === expected.truncated;
      papers.total++;
      if (exact) papers.exact++;
      if (truth.format !== "paper-feed") return;
      split.total++;
      if (exact) split.exact++;
      else split.failures.push({ file: truth.file, expectedTitle: expected.title, gotTitle: got?.title ?? "", expectedAuthors: expected.listed, gotAuthors: got?.authors ?? [] });
    });
    if (truth.format === "paper-feed") {
      owners.total++;
      const owner = inferFeedOwner(dump.papers.map((p) => ({ names: p.authors, truncated: p.authorsTruncated })));
      if (owner === null) owners.abstained++;
      else if (normaliseKey(owner.name) === normaliseKey(truth.owner)) owners.correct++;
      else owners.wrong++;
    }
  });
  split.rate = split.total === 0 ? 1 : split.exact / split.total;
  owners.rate = owners.total === 0 ? 1 : owners.correct / owners.total;
  papers.rate = papers.total === 0 ? 1 : papers.exact / papers.total;
  return { split, owners, papers };
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Parses JSON Lines text (the dataset after gunzip) into records. */
export function parseJsonLines<T>(text: string): T[] {
  const records: T[] = [];
  for (const line of text.split("\n")) if (line.trim() !== "") records.push(JSON.parse(line) as T);
  return records;
}
