// Wires the generated JSON collections (written by `npm run ingest`) to the shared zod schemas.
import { defineCollection } from "astro:content";
import { glob, file } from "astro/loaders";
import { Researcher, Paper, Topic, Institution, IngestReport } from "./schemas/index.ts";
import { AuthoredPage, ResearcherOverlay } from "./schemas/authoring.ts";
import { authoringDir, contentDir } from "./lib/config.ts";

const root = contentDir();
const authored = authoringDir();
const byFileName = ({ entry }: { entry: string }) => entry.replace(/\.(json|mdx)$/, "");

export const collections = {
  researchers: defineCollection({
    loader: glob({ pattern: "*.json", base: `${root}/researchers`, generateId: byFileName }),
    schema: Researcher,
  }),
  papers: defineCollection({
    loader: glob({ pattern: "*.json", base: `${root}/papers`, generateId: byFileName }),
    schema: Paper,
  }),
  topics: defineCollection({
    loader: glob({ pattern: "*.json", base: `${root}/topics`, generateId: byFileName }),
    schema: Topic,
  }),
  institutions: defineCollection({
    loader: glob({ pattern: "*.json", base: `${root}/institutions`, generateId: byFileName }),
    schema: Institution,
  }),
  // Hand-authored MDX (README, Authoring): free pages and per-researcher overlays.
  pages: defineCollection({
    loader: glob({ pattern: "*.mdx", base: `${authored}/pages`, generateId: byFileName }),
    schema: AuthoredPage,
  }),
  overlays: defineCollection({
    loader: glob({ pattern: "*.mdx", base: `${authored}/overlays`, generateId: byFileName }),
    schema: ResearcherOverlay,
  }),
  report: defineCollection({
    loader: file(`${root}/ingest-report.json`, { parser: (text) => [{ id: "report", ...JSON.parse(text) }] }),
    schema: IngestReport,
  }),
};
