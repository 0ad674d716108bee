/**
 * `npm run build`: runs the pipeline stages in order (ingest → astro build) and prints the
 * wall time of each. Options and environment:
 *   --seeds DIR     dumps folder (env SEEDS_DIR, default seeds/)
 *   --content DIR   generated collections (env CONTENT_DIR, default content/)
 *   --out DIR       site output (default dist/)
 *   --capture-year YYYY, --strict   passed to ingest (env CAPTURE_YEAR)
 * BASE_PATH and SITE_URL are read by astro.config.mjs.
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { contentDir, seedsDir } from "../src/lib/config.ts";

const { values } = parseArgs({
  options: {
    seeds: { type: "string" },
    content: { type: "string" },
    out: { type: "string", default: "dist" },
    "capture-year": { type: "string" },
    strict: { type: "boolean", default: false },
  },
});

const seeds = values.seeds ?? seedsDir();
const content = values.content ?? contentDir();
const captureYear = values["capture-year"] ?? process.env["CAPTURE_YEAR"];
const env = { ...process.env, SEEDS_DIR: seeds, CONTENT_DIR: content };

/** One pipeline stage: a name and the command that runs it. */
interface Stage {
  name: string;
  args: string[];
}

const stages: Stage[] = [
  {
    name: "ingest",
    args: [
      "scripts/ingest.ts",
      "--seeds", seeds,
      "--out", content,
      ...(captureYear ? ["--capture-year", captureYear] : []),
      ...(values.strict ? ["--strict"] : []),
    ],
  },
  { name: "astro build", args: ["node_modules/astro/bin/astro.mjs", "build", "--outDir", values.out] },
];

const timings: Array<[string, number]> = [];
for (const stage of stages) {
  const started = performance.now();
  console.log(`\n▶ ${stage.name}`);
  const result = spawnSync(process.execPath, stage.args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`\n✖ build failed in stage "${stage.name}" (exit ${result.status ?? result.signal}); see the output above.`);
    process.exit(result.status ?? 1);
  }
  timings.push([stage.name, performance.now() - started]);
}
console.log("\nBuild complete:");
for (const [name, ms] of timings) console.log(`  ${name.padEnd(14)} ${(ms / 1000).toFixed(1)} s`);
console.log(`  site           ${values.out}/`);
