/**
 * Writes the files of each researcher and paper besides its page (citations, BibTeX, Atom feeds,
 * iframe card pages, SVG badges, /api/ JSON, /oembed/ JSON; src/lib/entity-files) into the site
 * on astro:build:done, from the content folder, and serves them in `astro dev`. As Astro routes
 * they were most of the route outputs and paid Astro's per-route cost each (README,
 * "Performance"); here they are plain writes. Writing after the build also means Astro's emptying of its outDir
 * never touches them. A shard (SHARD=k/n) writes only its own entities' files.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
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
      "astro:build:done": ({ dir, logger }) => {
        const started = performance.now();
        const corpus = readCorpus(contentDir);
        const render = entityFileRenderer(corpus, address);
        const mine = <T extends { id: string }>(items: readonly T[]): readonly T[] => {
          if (!shard) return items;
          const starts = rangeStarts(items.map((item) => item.id).sort(), shard.count);
          return items.filter((item) => shardOfId(item.id, starts) === shard.index);
        };
        const outDir = fileURLToPath(dir);
        const made = new Set<string>();
        let count = 0;
        for (const researcher of mine(corpus.researchers)) {
          const files = render.researcherFiles(researcher);
          writeFiles(outDir, files, made);
          count += files.length;
        }
        for (const paper of mine(corpus.papers)) {
          const files = render.paperFiles(paper);
          writeFiles(outDir, files, made);
          count += files.length;
        }
        logger.info(`wrote ${count} feed, citation, card, badge and JSON files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
