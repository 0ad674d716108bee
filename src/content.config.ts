// Wires the generated JSON collections (written by `npm run ingest`) to the shared zod schemas.
import { defineCollection } from "astro:content";
import { glob, file } from "astro/loaders";
import { Researcher, Paper, Topic, Institution, IngestReport } from "./schemas/index.ts";
import { contentDir } from "./lib/config.ts";

const root = contentDir();
const byFileName = ({ entry }: { entry: string }) => entry.replace(/\.json$/, "");

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
  report: defineCollection({
    loader: file(`${root}/ingest-report.json`, { parser: (text) => [{ id: "report", ...JSON.parse(text) }] }),
    schema: IngestReport,
  }),
};
