/**
 * Renders arXiv records (../shared/datasets/arxiv-cs-2025.jsonl.gz) as profile dumps in the three
 * seed formats, with the ground truth of every value, so that ingest accuracy can be measured on
 * realistic titles and names. Pure: records in, dump texts and truth out (scripts/generate-corpus.ts
 * does the I/O). Owners are authors with several papers; each owner's papers become one dump.
 */
import { displayCode } from "../ingest/topics.ts";
import { seededRandom, type Random } from "./random.ts";

/** One record of the arXiv dataset. */
export interface ArxivRecord {
  id: string;
  title: string;
  authors: string[];
  abstract: string;
  categories: string[];
  /** ISO date the record first appeared. */
  date: string;
}

/** What a rendered paper really is. */
export interface TruthPaper {
  title: string;
  /** Names shown in the author list (before "et al."). */
  listed: string[];
  truncated: boolean;
  /** ISO date, or the year for profile-page items. */
  date: string;
  /** True when the dump shows the date without its year. */
  yearless: boolean;
  category: string;
  hasCode: boolean;
  score: number | null;
  affiliation: string | null;
  /** Abstract as rendered (not written to truth files). */
  abstract: string;
}

/** What a rendered dump really is. */
export interface TruthDump {
  file: string;
  format: "profile-page" | "scholar-card" | "paper-feed";
  /** The researcher whose page this is. */
  owner: string;
  /** False when the dump does not show the owner's name (paper-feed, header-less profile-page). */
  named: boolean;
  papers: TruthPaper[];
}

/** A generated corpus: dump texts and their truth, in file order. */
export interface GeneratedCorpus {
  dumps: Array<{ file: string; text: string }>;
  truth: TruthDump[];
  /** Year that year-less dates belong to. */
  captureYear: number;
}

/** Options of the generator. */
export interface CorpusOptions {
  /** Number of profiles (dumps before the multiplier). */
  profiles: number;
  /** Only authors with at least this many papers become owners. */
  minPapers?: number;
  /** At most this many papers per dump. */
  maxPapers?: number;
  /** Names shown before "et al." (the seed dumps show 3). */
  maxListed?: number;
  /**
   * Repeat every profile this many times (scale tests past the 40k real records). Copy k > 1 gets
   * distinct titles (`… (part k)`) and distinct people: every name is mapped to a synthetic one
   * built from real given and family names, consistently within the copy, so co-authorship and
   * researcher counts grow with the multiplier instead of merging into copy 1.
   */
  multiplier?: number;
  /**
   * `shuffled` (default): owners in a seeded random order. `prolific`: most papers first (ties
   * by name), the realistic shape of a directory seeded with its most active researchers.
   */
  order?: "shuffled" | "prolific";
  /** Papers on or after this month-day of the latest year are shown year-less (`Apr 8`). */
  yearlessFrom?: string;
  seed?: number;
}

const AFFILIATIONS = [
  "uw", "MIT", "Tsinghua University", "ETH Zürich", "Université de Montréal", "Carnegie Mellon University",
  "Peking University", "University of Tokyo", "Max Planck Institute for Informatics", "KAIST", "EPFL", "Inria",
];
const UI_BLOCK = [
  "Actions", "", "Decide how to stay connected", "", "Follow researcher0", "", "Identity and collaboration", "",
  "How to connect with this researcher", "",
  "Claiming links this public author record to a researcher profile and unlocks direct collaboration workflows.", "",
  "Log in to claim", "", "Direct collaboration", "", "Open a focused conversation when the fit is right", "",
  "Claim this author entity first to unlock direct invitations.", "", "Research graph", "", "See the researcher in context", "",
  "Open full explorer", "",
  "Inspect adjacent work, topics, institutions and collaborators without jumping out to a separate graph page.", "",
  "Building this graph slice", "", "BZPEER is loading the nearby papers, people, topics and institutions for this page.", "",
];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Authors with at least `minPapers` records, in a deterministic shuffled order. */
export function selectOwners(records: ArxivRecord[], minPapers: number, random: Random): Array<{ name: string; papers: ArxivRecord[] }> {
  const byAuthor = new Map<string, ArxivRecord[]>();
  for (const record of records) {
    for (const name of new Set(record.authors)) {
      const list = byAuthor.get(name);
      if (list) list.push(record);
      else byAuthor.set(name, [record]);
    }
  }
  const owners = [...byAuthor]
    .filter(([, papers]) => papers.length >= minPapers)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, papers]) => ({ name, papers }));
  for (let i = owners.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [owners[i], owners[j]] = [owners[j]!, owners[i]!];
  }
  return owners;
}

/** Generates a corpus of dumps in the three formats (rotating) from arXiv records. */
export function generateCorpus(records: ArxivRecord[], options: CorpusOptions): GeneratedCorpus {
  const random = seededRandom(options.seed ?? 1);
  const minPapers = options.minPapers ?? 4;
  const maxPapers = options.maxPapers ?? 40;
  const maxListed = options.maxListed ?? 3;
  const multiplier = options.multiplier ?? 1;
  const latestYear = Math.max(...records.map((r) => Number(r.date.slice(0, 4))));
  const captureYear = latestYear + 1;
  const yearlessFrom = options.yearlessFrom ?? "10-01";
  const selected = selectOwners(records, minPapers, random);
  if (options.order === "prolific") selected.sort((a, b) => b.papers.length - a.papers.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const owners = selected.slice(0, options.profiles);
  const rename = multiplier > 1 ? syntheticNames(records) : null;
  const dumps: GeneratedCorpus["dumps"] = [];
  const truth: TruthDump[] = [];
  let index = 0;
  for (let copy = 1; copy <= multiplier; copy++) {
    const person = copy === 1 || !rename ? (name: string) => name : (name: string) => rename(name, copy);
    for (const source of owners) {
      const owner = copy === 1 ? source : { name: person(source.name), papers: source.papers.map((r) => ({ ...r, authors: r.authors.map(person) })) };
      const format = (["profile-page", "scholar-card", "paper-feed"] as const)[index % 3]!;
      const headerless = format === "profile-page" && index % 7 === 3;
      const papers = [...owner.papers]
        .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1))
        .slice(0, maxPapers)
        .map((record) => truthPaper(record, copy, format, { captureYear, latestYear, yearlessFrom, maxListed }, random));
      const file = `${String(index).padStart(5, "0")}_${format}.txt`;
      const text = format === "profile-page"
        ? renderProfilePage(owner.name, papers, headerless, owner.papers, random)
        : format === "scholar-card"
          ? renderScholarCard(owner.name, papers, random)
          : renderPaperFeed(papers);
      dumps.push({ file, text });
      truth.push({ file, format, owner: owner.name, named: format !== "paper-feed" && !headerless, papers });
      index++;
    }
  }
  return { dumps, truth, captureYear };
}

function truthPaper(
  record: ArxivRecord,
  copy: number,
  format: TruthDump["format"],
  dates: { captureYear: number; latestYear: number; yearlessFrom: string; maxListed: number },
  random: Random,
): TruthPaper {
  const authors = record.authors;
  const truncated = format !== "profile-page" && authors.length > dates.maxListed;
  const year = Number(record.date.slice(0, 4));
  // Records late in the latest year play the capture year's papers: cards and feeds show them
  // year-less (`Apr 8`), and every format dates them in the capture year, so dumps agree.
  const current = year === dates.latestYear && record.date.slice(5) >= dates.yearlessFrom;
  const yearless = format !== "profile-page" && current;
  const shown = current ? `${dates.captureYear}${record.date.slice(4)}` : record.date;
  const date = format === "profile-page" ? shown.slice(0, 4) : shown;
  return {
    title: copy === 1 ? record.title : `${record.title} (part ${copy})`,
    // Profile pages list no authors at all.
    listed: format === "profile-page" ? [] : truncated ? authors.slice(0, dates.maxListed) : [...authors],
    truncated,
    date,
    yearless,
    category: displayCode(record.categories[0] ?? "cs.OH"),
    hasCode: format !== "profile-page" && random.chance(0.25),
    score: format === "scholar-card" && random.chance(0.3) ? Math.round(random.next() * 1000) / 10 : null,
    affiliation: format === "scholar-card" && random.chance(0.2) ? random.pick(AFFILIATIONS) : null,
    abstract: record.abstract,
  };
}

function headerLine(paper: TruthPaper): string {
  const [y, m, d] = paper.date.split("-");
  const when = `${MONTHS[Number(m) - 1]} ${Number(d)}${paper.yearless ? "" : `, ${y}`}`;
  return `${paper.score === null ? "" : paper.score}${paper.category}${when}${paper.hasCode ? "Code" : ""}`;
}

function authorLine(paper: TruthPaper): string {
  return `${paper.listed.join(", ")}${paper.truncated ? " et al." : ""}${paper.affiliation ? ` · ${paper.affiliation}` : ""}`;
}

/** A scholar card: name, code, metrics, `N Papers`, blank-line separated paper blocks. */
export function renderScholarCard(owner: string, papers: TruthPaper[], random: Random): string {
  const citations = random.int(0, 5000);
  const h = Math.min(papers.length, Math.floor(Math.sqrt(citations)));
  const lines = [owner, "", papers[0]?.category ?? "LG", `h-index${h}`, `${papers.length}papers`, `${citations}citations`,
    `Novelty${random.int(20, 90)}%`, `AI Score${random.int(20, 90)}`, "", `${papers.length} Papers`, ""];
  for (const paper of papers) lines.push(headerLine(paper), paper.title, "", authorLine(paper), "", paper.abstract, "");
  return lines.join("\n");
}

/** A paper feed: no header, no blank lines, the title glued to the author list. */
export function renderPaperFeed(papers: TruthPaper[]): string {
  const lines: string[] = [];
  for (const paper of papers) lines.push(headerLine(paper), `${paper.title}${authorLine(paper)}`, paper.abstract);
  return lines.join("\n");
}

/** A profile page with its UI text; `headerless` drops the first lines (like seeds/004_…). */
export function renderProfilePage(owner: string, papers: TruthPaper[], headerless: boolean, all: ArxivRecord[], random: Random): string {
  const lines = headerless ? [] : ["Researcher profile", "", owner, "", `${owner} contributes to research discovery and scholarly infrastructure.`, "",
    `ResearcherAffiliation not imported${random.chance(0.5) ? "Open to collaborate" : ""}`, ""];
  const topics = new Set(all.flatMap((r) => r.categories)).size;
  lines.push("Trust snapshot", "", "Quick read", "", `Trust ${random.int(5, 60)} - ${random.pick(["Unverified", "Emerging", "Established"])}Verification L1Unclaimed author`,
    `${papers.length}works`, `${random.int(0, 40)}followers`, `${topics}topics`, `${random.int(0, 12)}close collaborators`, "", ...UI_BLOCK,
    "Published work", "", `${papers.length} published item(s)`, "");
  for (const paper of papers) lines.push(`preprint${paper.date.slice(0, 4)}arXiv`, "", paper.title, "", paper.abstract, "");
  return lines.join("\n");
}


/**
 * A renamer for multiplier copies: `rename(name, copy)` is a real given name followed by a real
 * family name, both chosen by a hash of (name, copy), so the same person stays the same person
 * within a copy and the names keep the shapes ingest must handle (accents, hyphens, particles
 * are in the pools because they are in the data).
 */
export function syntheticNames(records: ArxivRecord[]): (name: string, copy: number) => string {
  const given = new Set<string>();
  const family = new Set<string>();
  for (const record of records) {
    for (const name of record.authors) {
      const parts = name.split(" ");
      if (parts.length < 2 || parts.some((part) => !/^\p{L}[\p{L}'.-]*$/u.test(part))) continue;
      given.add(parts[0]!);
      family.add(parts.at(-1)!);
    }
  }
  const givenPool = [...given].sort();
  const familyPool = [...family].sort();
  if (givenPool.length === 0 || familyPool.length === 0) return (name, copy) => `${name} ${copy}`;
  return (name, copy) => {
    const hash = fnv1a(`${name}\u0000${copy}`);
    return `${givenPool[hash % givenPool.length]} ${familyPool[fnv1a(`${copy}\u0000${name}`) % familyPool.length]}`;
  };
}

/** 32-bit FNV-1a hash of a string (deterministic, fast, good enough to spread names). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
