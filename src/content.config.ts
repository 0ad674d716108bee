// Wires the generated JSON collections (written by `npm run ingest`) to the shared zod schemas.
import { defineCollection } from "astro:content";
import { glob, file } from "astro/loaders";
import type { z } from "zod";
import { Researcher, Paper, Topic, Institution, IngestReport } from "./schemas/index.ts";
import { AuthoredPage, ResearcherOverlay } from "./schemas/authoring.ts";
import { authoringDir, contentDir } from "./lib/config.ts";

const root = contentDir();
const authored = authoringDir();
const byFileName = ({ entry }: { entry: string }) => entry.replace(/\.(json|mdx)$/, "");

/** One file per entry in `folder`, its id the file name, validated by `schema`. */
function filesIn<S extends z.ZodType>(folder: string, extension: "json" | "mdx", schema: S) {
  return defineCollection({ loader: glob({ pattern: `*.${extension}`, base: folder, generateId: byFileName }), schema });
}

export const collections = {
  researchers: filesIn(`${root}/researchers`, "json", Researcher),
  papers: filesIn(`${root}/papers`, "json", Paper),
  topics: filesIn(`${root}/topics`, "json", Topic),
  institutions: filesIn(`${root}/institutions`, "json", Institution),
  // Hand-authored MDX (README, Authoring): free pages and per-researcher overlays.
  pages: filesIn(`${authored}/pages`, "mdx", AuthoredPage),
  overlays: filesIn(`${authored}/overlays`, "mdx", ResearcherOverlay),
  report: defineCollection({
    loader: file(`${root}/ingest-report.json`, { parser: (text) => [{ id: "report", ...JSON.parse(text) }] }),
    schema: IngestReport,
  }),
};
