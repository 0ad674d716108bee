/**
 * `graph` build stage: reads the generated collections from the content folder, builds the
 * research graph and writes the slices and the explorer data to `<content>/graph/` (copied into
 * the site by src/integrations/graph.ts). Prints counts and sizes.
 *   node scripts/graph.ts [--content DIR]   (env CONTENT_DIR, default content/)
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import type { z } from "zod";
import { contentDir } from "../src/lib/config.ts";
import { graphFiles } from "../src/lib/graph/stage.ts";
import { Institution, Paper, Researcher, Topic } from "../src/schemas/index.ts";

const { values } = parseArgs({ options: { content: { type: "string" } } });
const content = values.content ?? contentDir();
const started = performance.now();

/** Every `*.json` of a collection folder, validated by its schema (errors name the file). */
function readCollection<T extends z.ZodType>(folder: string, schema: T): Array<z.output<T>> {
  const dir = join(content, folder);
  return readdirSync(dir).filter((name) => name.endsWith(".json")).sort().map((name) => {
    const file = join(dir, name);
    const parsed = schema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (!parsed.success) throw new Error(`${file}:1: does not match the ${folder} schema (${parsed.error.message}); re-run ingest`);
    return parsed.data;
  });
}

const corpus = {
  researchers: readCollection("researchers", Researcher),
  papers: readCollection("papers", Paper),
  topics: readCollection("topics", Topic),
  institutions: readCollection("institutions", Institution),
};
const loaded = performance.now();

// Written next to the final folder and swapped in, so a failed run never leaves half a graph.
const out = join(content, "graph");
const staging = `${out}.writing`;
rmSync(staging, { recursive: true, force: true });
const made = new Set<string>();
const sliceSizes: number[] = [];
let explorerBytes = 0;
for (const file of graphFiles(corpus)) {
  const target = join(staging, file.path);
  const dir = dirname(target);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  writeFileSync(target, file.json);
  const bytes = Buffer.byteLength(file.json);
  if (file.role === "slice") sliceSizes.push(bytes);
  else if (file.role === "explorer") explorerBytes = bytes;
  if (sliceSizes.length > 0 && sliceSizes.length % 10_000 === 0) console.log(`  ${sliceSizes.length} slices…`);
}
mkdirSync(staging, { recursive: true });
rmSync(out, { recursive: true, force: true });
renameSync(staging, out);

sliceSizes.sort((a, b) => a - b);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = sliceSizes[Math.floor(sliceSizes.length / 2)] ?? 0;
const summary = {
  slices: sliceSizes.length,
  sliceBytes: { median, max: sliceSizes.at(-1) ?? 0, total: sliceSizes.reduce((a, b) => a + b, 0) },
  explorerBytes,
  seconds: { read: (loaded - started) / 1000, graph: (performance.now() - loaded) / 1000 },
};
writeFileSync(join(out, "summary.json"), JSON.stringify(summary, null, 2));
console.log(
  `graph: ${summary.slices} slices (median ${kb(median)}, max ${kb(summary.sliceBytes.max)}, total ${kb(summary.sliceBytes.total)}), ` +
  `explorer ${kb(explorerBytes)} → ${out}/ in ${summary.seconds.graph.toFixed(1)} s (+${summary.seconds.read.toFixed(1)} s reading)`,
);
