/**
 * `node scripts/generate-corpus.ts [--dataset FILE] [--out DIR] [--profiles N] [--multiplier M]
 *   [--order shuffled|prolific] [--seed S] [--measure]`
 * Renders arXiv records (default ../shared/datasets/arxiv-cs-2025.jsonl.gz) as profile dumps in the
 * three seed formats, writes them to DIR (default bench/out/corpus) with `truth.json` (what every
 * dump really says, abstracts left out), and with --measure prints the title/author split and
 * owner-inference accuracy of ingest on it. The rendering lives in src/lib/corpus/.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import { measureAccuracy, parseJsonLines } from "../src/lib/corpus/accuracy.ts";
import { generateCorpus, type ArxivRecord } from "../src/lib/corpus/generate.ts";

const { values } = parseArgs({
  options: {
    dataset: { type: "string", default: "../shared/datasets/arxiv-cs-2025.jsonl.gz" },
    out: { type: "string", default: "bench/out/corpus" },
    profiles: { type: "string", default: "600" },
    multiplier: { type: "string", default: "1" },
    order: { type: "string", default: "shuffled" },
    seed: { type: "string", default: "1" },
    measure: { type: "boolean", default: false },
  },
});

if (!existsSync(values.dataset)) {
  console.error(`generate-corpus: dataset "${values.dataset}" not found; pass --dataset FILE (see ../shared/datasets/README.md)`);
  process.exit(2);
}
if (values.order !== "shuffled" && values.order !== "prolific") {
  console.error(`generate-corpus: --order must be "shuffled" or "prolific", not "${values.order}"`);
  process.exit(2);
}
const records = parseJsonLines<ArxivRecord>(gunzipSync(readFileSync(values.dataset)).toString("utf8"));
const corpus = generateCorpus(records, {
  profiles: Number(values.profiles),
  multiplier: Number(values.multiplier),
  order: values.order,
  seed: Number(values.seed),
});

rmSync(values.out, { recursive: true, force: true });
mkdirSync(values.out, { recursive: true });
for (const dump of corpus.dumps) writeFileSync(join(values.out, dump.file), dump.text);
const truth = corpus.truth.map((dump) => ({ ...dump, papers: dump.papers.map(({ abstract: _abstract, ...paper }) => paper) }));
writeFileSync(join(values.out, "truth.json"), `${JSON.stringify({ captureYear: corpus.captureYear, dumps: truth }, null, 1)}\n`);
const papers = corpus.truth.reduce((n, d) => n + d.papers.length, 0);
console.log(`generate-corpus: ${corpus.dumps.length} dumps, ${papers} papers (capture year ${corpus.captureYear}) in ${values.out}/ (ground truth: truth.json)`);

if (values.measure) {
  const accuracy = measureAccuracy(corpus);
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  const { split, owners } = accuracy;
  console.log(`title/author split: ${split.exact}/${split.total} paper-feed lines exact (${pct(split.rate)})`);
  console.log(`all papers (title, listed authors, truncation): ${accuracy.papers.exact}/${accuracy.papers.total} exact (${pct(accuracy.papers.rate)})`);
  console.log(
    `feed owner inference: ${owners.correct}/${owners.total} correct (${pct(owners.rate)}), ${owners.wrong} wrong, ${owners.abstained} left unnamed; ` +
      `precision ${pct(owners.correct / Math.max(1, owners.correct + owners.wrong))}`,
  );
  for (const failure of split.failures.slice(0, 10)) {
    console.log(`  ${failure.file}: ${JSON.stringify(failure.gotTitle)} should be ${JSON.stringify(failure.expectedTitle)}`);
  }
}
