/**
 * Writes the files of each researcher and paper besides its page (citations, BibTeX, Atom feeds,
 * iframe card pages, SVG badges, /api/ JSON, /oembed/ JSON; src/lib/entity-files) into the site
 * on astro:build:done, from the content folder, and serves them in `astro dev`. As Astro routes
 * they were most of the route outputs and paid Astro's per-route cost each (README,
 * "Performance"); here they are plain writes. Writing after the build also means Astro's
 * emptying of its outDir never touches them. A shard (SHARD=k/n) writes only its own entities' files.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { z } from "zod";
import { Institution, Paper, Researcher, Topic } from "../schemas/index.ts";
import { entityFileRenderer, entityFileType, type EntityCorpus, type EntityFile, type SiteAddress } from "../lib/entity-files/index.ts";
import { entityOfPath, rangeStarts, shardOfId, type Shard } from "../lib/shard.ts";

/** Reads and validates one generated collection (`<content>/<folder>/*.json`), sorted by id. */
function readCollection<T>(contentDir: string, folder: string, schema: z.ZodType<T>): T[] {
  const dir = join(contentDir, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const result = schema.safeParse(JSON.parse(readFileSync(file, "utf8")));
      if (!result.success) throw new Error(`${file}: does not match the schema (${result.error.message}); re-run ingest (npm run ingest)`);
      return result.data;
    });
}

/** The corpus as the content folder holds it (the same files and schemas as src/content.config.ts). */
function readCorpus(contentDir: string): EntityCorpus {
  return {
    researchers: readCollection(contentDir, "researchers", Researcher),
    papers: readCollection(contentDir, "papers", Paper),
    topics: readCollection(contentDir, "topics", Topic),
    institutions: readCollection(contentDir, "institutions", Institution),
  };
}

/** Writes `files` under `outDir`, creating each folder once. */
function writeFiles(outDir: string, files: readonly EntityFile[], made: Set<string>): void {
  for (const file of files) {
    const target = join(outDir, file.path);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, file.body);
  }
}

/** Below this many researchers + papers the files are written on the main thread (a worker's start-up costs more). */
const PARALLEL_FROM = 4000;

/** One share of the entity files: every `part.count`-th researcher and paper, from `part.index`. */
export interface EntityFilesJob {
  contentDir: string;
  address: SiteAddress;
  shard: Shard | undefined;
  outDir: string;
  part: { index: number; count: number };
}

/** Renders and writes one share of the entity files (in a worker or on the main thread); returns the file count. */
export function writeEntityFiles(job: EntityFilesJob): number {
  const corpus = readCorpus(job.contentDir);
  const render = entityFileRenderer(corpus, job.address);
  const { shard, part } = job;
  const mine = <T extends { id: string }>(items: readonly T[]): readonly T[] => {
    const inShard = shard ? shardFilter(items, shard) : items;
    return part.count === 1 ? inShard : inShard.filter((_, position) => position % part.count === part.index);
  };
  const made = new Set<string>();
  let count = 0;
  for (const researcher of mine(corpus.researchers)) {
    const files = render.researcherFiles(researcher);
    writeFiles(job.outDir, files, made);
    count += files.length;
  }
  for (const paper of mine(corpus.papers)) {
    const files = render.paperFiles(paper);
    writeFiles(job.outDir, files, made);
    count += files.length;
  }
  return count;
}

/** The entities of `items` that belong to `shard` (same id ranges as the page split). */
function shardFilter<T extends { id: string }>(items: readonly T[], shard: Shard): readonly T[] {
  const starts = rangeStarts(items.map((item) => item.id).sort(), shard.count);
  return items.filter((item) => shardOfId(item.id, starts) === shard.index);
}

/** Writes every entity file, in `threads` worker threads (on the main thread when 1); returns the file count. */
export async function writeAllEntityFiles(job: Omit<EntityFilesJob, "part">, threads: number): Promise<number> {
  const written = threads <= 1
    ? [writeEntityFiles({ ...job, part: { index: 0, count: 1 } })]
    : await Promise.all(Array.from({ length: threads }, (_, index) => inWorker({ ...job, part: { index, count: threads } })));
  return written.reduce((sum, n) => sum + n, 0);
}

/** Runs `writeEntityFiles` in a worker thread (src/integrations/entity-files-worker.ts). */
function inWorker(job: EntityFilesJob): Promise<number> {
  return new Promise((done, failed) => {
    const worker = new Worker(new URL("./entity-files-worker.ts", import.meta.url), { workerData: job });
    worker.once("message", (count: number) => done(count));
    worker.once("error", failed);
    worker.once("exit", (code) => code !== 0 && failed(new Error(`entity-files worker ${job.part.index + 1}/${job.part.count} exited with code ${code}; see the error above`)));
  });
}

/** The integration; `contentDir` holds the generated collections, `shard` limits the entities written. */
export function entityFiles(contentDir: string, address: SiteAddress, shard?: Shard): AstroIntegration {
  return {
    name: "research-atlas:entity-files",
    hooks: {
      "astro:server:setup": ({ server }) => {
        // Dev renders from the content folder on every request, so edits show up at once.
        server.middlewares.use((req, res, next) => {
          const pathname = decodeURIComponent((req.url ?? "").split("?")[0] ?? "");
          const entity = entityOfPath(pathname, address.base);
          // Entity pages are Astro's; of the HTML, only the iframe cards are entity files.
          const card = pathname.startsWith(`${address.base}embed/`);
          if (!entity || (!card && (pathname.endsWith("/") || pathname.endsWith(".html")))) return next();
          const corpus = readCorpus(contentDir);
          const render = entityFileRenderer(corpus, address);
          const wanted = pathname.slice(address.base.length) + (pathname.endsWith("/") ? "index.html" : "");
          const files =
            entity.kind === "researcher"
              ? corpus.researchers.filter((r) => r.id === entity.id).flatMap((r) => render.researcherFiles(r))
              : corpus.papers.filter((p) => p.id === entity.id).flatMap((p) => render.paperFiles(p));
          const file = files.find((f) => f.path === wanted);
          if (!file) return next();
          res.setHeader("content-type", entityFileType(file.path));
          res.end(file.body);
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        // Rendering and writing ~7 files per entity is CPU- and syscall-bound and Astro's main
        // thread is idle here: one worker per core (at most 4) each writes every n-th entity.
        const corpusSize = readdirSync(join(contentDir, "researchers")).length + readdirSync(join(contentDir, "papers")).length;
        const count = corpusSize >= PARALLEL_FROM ? Math.min(availableParallelism(), 4) : 1;
        const total = await writeAllEntityFiles({ contentDir, address, shard, outDir }, count);
        logger.info(`wrote ${total} feed, citation, card, badge and JSON files in ${((performance.now() - started) / 1000).toFixed(1)} s (${count} ${count === 1 ? "thread" : "threads"})`);
      },
    },
  };
}
