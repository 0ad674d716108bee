/**
 * Writes the files of each researcher and paper besides its page (citations, BibTeX, Atom feeds,
 * iframe card pages, SVG badges, /api/ JSON, /oembed/ JSON; src/lib/entity-files) into the site
 * on astro:build:done, from the content folder, and serves them in `astro dev`. As Astro routes
 * they were most of the route outputs and paid Astro's per-route cost each (README,
 * "Performance"); here they are plain writes. Writing after the build also means Astro's
 * emptying of its outDir never touches them. A shard (SHARD=k/n) writes only its own entities' files.
 */
import { linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { z } from "zod";
import { Institution, Paper, Researcher, Topic } from "../schemas/index.ts";
import { entityFileRenderer, entityFileType, filePathList, paperFilePaths, researcherFilePaths, type EntityCorpus, type EntityFile, type SiteAddress } from "../lib/entity-files/index.ts";
import { entityFileKeys, entityKeyName } from "../lib/entity-files/keys.ts";
import { reusableKeys, writePendingKeys } from "../lib/entity-files/reuse.ts";
import { codeVersion } from "../lib/code-version.ts";
import { previousOutput } from "../lib/config.ts";
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
  /** Digest of the renderers' code, part of every key (keys.ts). */
  codeVersion: string;
  /** The previous output and the keys its entity files were written with (reuse.ts); null: write everything. */
  reuse: { previousOutput: string; keys: Record<string, string> } | null;
}

/** What one share wrote: files rendered, files linked from the previous output, and every entity's key. */
export interface EntityFilesResult {
  written: number;
  linked: number;
  keys: Record<string, string>;
}

/**
 * Hard-links an entity's files from the previous output; false (and nothing left behind) when
 * one is missing there. Linking, not copying: the previous output is deleted after the swap, and
 * a link costs one directory entry where a write costs an inode, data and its write-back.
 */
function linkFromPrevious(previousOutput: string, outDir: string, paths: readonly string[], made: Set<string>): boolean {
  const done: string[] = [];
  for (const path of paths) {
    const target = join(outDir, path);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    try {
      linkSync(join(previousOutput, path), target);
      done.push(target);
    } catch {
      // Unlink before anything is written at these paths: writing through a link would change the previous output's file.
      for (const linked of done) rmSync(linked, { force: true });
      return false;
    }
  }
  return true;
}

/** Renders and writes (or links, see `job.reuse`) one share of the entity files, in a worker or on the main thread. */
export function writeEntityFiles(job: EntityFilesJob): EntityFilesResult {
  const corpus = readCorpus(job.contentDir);
  const render = entityFileRenderer(corpus, job.address);
  const keyOf = entityFileKeys(corpus, job.address, job.codeVersion);
  const { shard, part, reuse } = job;
  const mine = <T extends { id: string }>(items: readonly T[]): readonly T[] => {
    const inShard = shard ? shardFilter(items, shard) : items;
    return part.count === 1 ? inShard : inShard.filter((_, position) => position % part.count === part.index);
  };
  const made = new Set<string>();
  const result: EntityFilesResult = { written: 0, linked: 0, keys: {} };
  const emit = (name: string, key: string, paths: readonly string[], files: () => EntityFile[]) => {
    result.keys[name] = key;
    if (reuse && reuse.keys[name] === key && linkFromPrevious(reuse.previousOutput, job.outDir, paths, made)) {
      result.linked += paths.length;
      return;
    }
    const rendered = files();
    writeFiles(job.outDir, rendered, made);
    result.written += rendered.length;
  };
  for (const researcher of mine(corpus.researchers)) {
    emit(entityKeyName("researcher", researcher.id), keyOf.researcher(researcher), filePathList(researcherFilePaths(researcher)), () => render.researcherFiles(researcher));
  }
  for (const paper of mine(corpus.papers)) {
    emit(entityKeyName("paper", paper.id), keyOf.paper(paper), filePathList(paperFilePaths(paper)), () => render.paperFiles(paper));
  }
  return result;
}

/** The entities of `items` that belong to `shard` (same id ranges as the page split). */
function shardFilter<T extends { id: string }>(items: readonly T[], shard: Shard): readonly T[] {
  const starts = rangeStarts(items.map((item) => item.id).sort(), shard.count);
  return items.filter((item) => shardOfId(item.id, starts) === shard.index);
}

/** Writes every entity file, in `threads` worker threads (on the main thread when 1). */
export async function writeAllEntityFiles(job: Omit<EntityFilesJob, "part">, threads: number): Promise<EntityFilesResult> {
  const parts = threads <= 1
    ? [writeEntityFiles({ ...job, part: { index: 0, count: 1 } })]
    : await Promise.all(Array.from({ length: threads }, (_, index) => inWorker({ ...job, part: { index, count: threads } })));
  return {
    written: parts.reduce((sum, p) => sum + p.written, 0),
    linked: parts.reduce((sum, p) => sum + p.linked, 0),
    keys: Object.assign({}, ...parts.map((p) => p.keys)) as Record<string, string>,
  };
}

/** Runs `writeEntityFiles` in a worker thread (src/integrations/entity-files-worker.ts). */
function inWorker(job: EntityFilesJob): Promise<EntityFilesResult> {
  return new Promise((done, failed) => {
    const worker = new Worker(new URL("./entity-files-worker.ts", import.meta.url), { workerData: job });
    worker.once("message", (result: EntityFilesResult) => done(result));
    worker.once("error", failed);
    worker.once("exit", (code) => code !== 0 && failed(new Error(`entity-files worker ${job.part.index + 1}/${job.part.count} exited with code ${code}; see the error above`)));
  });
}

/** The code the entity files are rendered by (keys.ts): their renderers, the schemas and this integration. */
const RENDERER_SOURCES = ["src/lib/entity-files", "src/lib/embed", "src/lib/cite", "src/lib/feed", "src/lib/latex", "src/lib/site", "src/schemas", "src/integrations/entity-files.ts"];

/** The integration; `contentDir` holds the generated collections, `shard` limits the entities written. */
export function entityFiles(contentDir: string, address: SiteAddress, shard?: Shard): AstroIntegration {
  let project: { root: string; cacheDir: string } | undefined;
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
      "astro:config:done": ({ config }) => {
        project = { root: fileURLToPath(config.root), cacheDir: fileURLToPath(config.cacheDir) };
      },
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        if (!project) throw new Error("research-atlas:entity-files: astro:config:done did not run before astro:build:done");
        // Rendering and writing ~7 files per entity is CPU- and syscall-bound and Astro's main
        // thread is idle here: one worker per core (at most 4) each writes every n-th entity.
        const corpusSize = readdirSync(join(contentDir, "researchers")).length + readdirSync(join(contentDir, "papers")).length;
        const count = corpusSize >= PARALLEL_FROM ? Math.min(availableParallelism(), 4) : 1;
        // npm run build names the output it is about to replace (PREVIOUS_OUTPUT); unchanged
        // entities' files are linked from there (src/lib/entity-files/reuse.ts).
        const previous = previousOutput();
        const keys = previous ? reusableKeys(project.cacheDir, previous) : null;
        const result = await writeAllEntityFiles(
          { contentDir, address, shard, outDir, codeVersion: codeVersion(project.root, RENDERER_SOURCES), reuse: previous && keys ? { previousOutput: previous, keys } : null },
          count,
        );
        mkdirSync(project.cacheDir, { recursive: true });
        writePendingKeys(project.cacheDir, result.keys);
        const reused = result.linked > 0 ? `, linked ${result.linked} unchanged ones from the previous output` : "";
        logger.info(`wrote ${result.written} feed, citation, card, badge and JSON files${reused} in ${((performance.now() - started) / 1000).toFixed(1)} s (${count} ${count === 1 ? "thread" : "threads"})`);
      },
    },
  };
}
