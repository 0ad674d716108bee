// Schema-typed catalog for the embed unit tests: one scholar-card researcher modelled on
// seeds/002 (Yongji Wu), an unnamed profile, and a researcher whose every field is hostile text.
import { Institution, Paper, Researcher, Topic } from "../../../src/schemas/index.ts";
import type { Catalog } from "../../../src/lib/embed/record.ts";

/** Every trick a dump could carry into markup: tags, quotes, entities, an XML-forbidden control char. */
export const HOSTILE = `<script>alert("x")</script>"><img src=x onerror=alert(1)>&amp;\u0001'`;

const papers = [
  Paper.parse({
    id: "punica-multi-tenant-lora-serving",
    title: "Punica: Multi-Tenant LoRA Serving",
    authors: [{ name: "Yongji Wu", id: "yongji-wu" }],
    date: "2023-10-28",
    year: 2023,
    category: "DC",
    institution: "uw",
    affiliation: "uw",
    sources: [{ file: "002_50d14b9dda15e8db.txt", format: "scholar-card", line: 12 }],
  }),
  Paper.parse({ id: "firered-ocr", title: "FireRed-OCR Technical Report", date: "2026-03-02", dateYearInferred: true, year: 2026, category: "CV" }),
  Paper.parse({ id: "third-paper", title: "A Third Paper", date: "2022", year: 2022, category: "DC", venue: "arXiv" }),
  Paper.parse({ id: "hostile-paper", title: HOSTILE, year: 2024, category: HOSTILE, venue: HOSTILE }),
];

const researchers = [
  Researcher.parse({
    id: "yongji-wu",
    name: "Yongji Wu",
    nameSource: "dump",
    kind: "profile",
    affiliation: "uw",
    primaryTopic: "DC",
    primaryTopicSource: "dump",
    metrics: { hIndex: 39, paperCount: 22, citations: 424, novelty: 58, aiScore: 58 },
    metricSources: {
      hIndex: { file: "002_50d14b9dda15e8db.txt", format: "scholar-card", line: 1 },
      citations: { file: "002_50d14b9dda15e8db.txt", format: "scholar-card", line: 1 },
      paperCount: { file: "002_50d14b9dda15e8db.txt", format: "scholar-card", line: 1 },
      novelty: { file: "002_50d14b9dda15e8db.txt", format: "scholar-card", line: 1 },
    },
    papers: ["firered-ocr", "punica-multi-tenant-lora-serving", "third-paper"],
    coauthors: [{ id: "unnamed-profile", count: 1 }],
    topics: [{ id: "dc", count: 2 }, { id: "cv", count: 1 }],
    institutions: ["uw"],
    sources: [{ file: "002_50d14b9dda15e8db.txt", format: "scholar-card", line: 1 }],
  }),
  Researcher.parse({
    id: "unnamed-profile",
    name: null,
    nameSource: "unknown",
    kind: "profile",
    affiliation: "Affiliation not imported",
    metrics: { trustScore: 21, trustLevel: "Emerging", worksCount: 14 },
    papers: ["third-paper"],
  }),
  Researcher.parse({
    id: "hostile",
    name: HOSTILE,
    nameSource: "dump",
    kind: "profile",
    affiliation: HOSTILE,
    bio: HOSTILE,
    role: HOSTILE,
    primaryTopic: HOSTILE,
    primaryTopicSource: "dump",
    metrics: { hIndex: 1, trustScore: 2, trustLevel: HOSTILE },
    papers: ["hostile-paper"],
  }),
];

const topics = [
  Topic.parse({ id: "dc", code: "DC", name: "Distributed, Parallel, and Cluster Computing", papers: ["punica-multi-tenant-lora-serving", "third-paper"] }),
  Topic.parse({ id: "cv", code: "CV", name: "Computer Vision and Pattern Recognition", papers: ["firered-ocr"] }),
];

/** The catalog the tests resolve against. */
export const catalog: Catalog = {
  researchers: new Map(researchers.map((r) => [r.id, r])),
  papers: new Map(papers.map((p) => [p.id, p])),
  topics: new Map(topics.map((t) => [t.id, t])),
  institutions: new Map([Institution.parse({ id: "uw", name: "uw", papers: ["punica-multi-tenant-lora-serving"] })].map((i) => [i.id, i])),
};

/** Absolute site root the tests build URLs against. */
export const SITE_ROOT = "https://atlas.example.org/atlas/";

/** A researcher of the catalog by id (throws when the fixture is missing, so tests fail loudly). */
export function researcher(id: string): Researcher {
  const found = catalog.researchers.get(id);
  if (!found) throw new Error(`fixture researcher ${id} missing`);
  return found;
}
