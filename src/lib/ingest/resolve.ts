/**
 * Entity resolution across the whole corpus: splits paper-feed lines with corpus-wide name
 * signals, infers feed owners, adds owners hidden behind "et al.", deduplicates papers by
 * normalised title, merges researchers by normalised name, applies overrides and ranks
 * co-authors and topics. Pure: dumps in, collection entries and messages out.
 */
import type { Institution, Metrics, MetricKey, Paper, PaperAuthor, ReportMessage, Researcher, SourceRef, Topic, WeightedRef } from "../../schemas/index.ts";
import { inferCaptureYear, resolveDate, type ResolvedDate } from "./dates.ts";
import { normaliseKey, splitTitleAndAuthors } from "./names.ts";
import { NO_OVERRIDES, type Overrides } from "./overrides.ts";
import { assignIds } from "./slugs.ts";
import { topicName } from "./topics.ts";
import { MAX_TITLE_LENGTH } from "./scholar-card.ts";
import type { ParsedDump, ParsedPaper } from "./types.ts";

/** Options of a resolution run. */
export interface ResolveOptions {
  /** `--capture-year`: the year for year-less dates, instead of inferring it. */
  captureYear?: number | null;
  overrides?: Overrides;
}

/** Everything resolution produces. */
export interface ResolvedCorpus {
  researchers: Researcher[];
  papers: Paper[];
  topics: Topic[];
  institutions: Institution[];
  captureYear: { value: number | null; source: "flag" | "inferred" | "none" };
  /** Corpus-wide messages (overrides, merge conflicts). */
  messages: ReportMessage[];
  /** Messages about a particular file found during resolution, by file. */
  fileMessages: Map<string, ReportMessage[]>;
  /** Researcher id each dump is the profile of. */
  fileResearcher: Map<string, string>;
}

/** An owner inferred for a paper-feed: the author in clearly most of its lists. */
export interface InferredOwner {
  name: string;
  /** Lists the owner appears in. */
  count: number;
  /** Lists in the feed. */
  lists: number;
}

/**
 * Infers a feed's owner: the author in clearly most author lists. Every list on the owner's page
 * includes the owner, shown or hidden behind "et al.", so a name missing from a complete list
 * cannot be the owner. Among the names left, the most frequent (in at least two lists) qualifies
 * when it is in every list, or a complete list confirms it and it leads, or it is in at least three
 * lists, a quarter of them, and half again as many as anyone else. Returns null when no one
 * qualifies (the profile then stays unnamed): a wrong owner is worse than an unnamed one.
 */
export function inferFeedOwner(lists: Array<{ names: string[]; truncated: boolean }>): InferredOwner | null {
  const counts = new Map<string, { name: string; count: number; inComplete: number }>();
  let complete = 0;
  for (const list of lists) {
    if (!list.truncated) complete++;
    const seen = new Set<string>();
    for (const name of list.names) {
      const key = normaliseKey(name);
      if (key === "" || seen.has(key)) continue;
      seen.add(key);
      let entry = counts.get(key);
      if (!entry) counts.set(key, (entry = { name, count: 0, inComplete: 0 }));
      entry.count++;
      if (!list.truncated) entry.inComplete++;
    }
  }
  const ranked = [...counts.entries()]
    .filter(([, e]) => e.inComplete === complete)
    .sort(([ka, a], [kb, b]) => b.count - a.count || (ka < kb ? -1 : 1))
    .map(([, e]) => e);
  const first = ranked[0];
  if (!first) return null;
  const second = ranked[1]?.count ?? 0;
  const inEveryList = first.count === lists.length && second < first.count;
  const confirmed = complete > 0 && first.count > second;
  const clearlyMost = first.count >= 3 && first.count >= lists.length / 4 && first.count >= second * 1.5;
  if (first.count < 2 || !(inEveryList || confirmed || clearlyMost)) return null;
  return { name: first.name, count: first.count, lists: lists.length };
}

/** Names known from clean sources (profile owners, card author lists, override names), by key. */
export function collectKnownNames(dumps: ParsedDump[], overrides: Overrides = NO_OVERRIDES): Set<string> {
  const known = new Set<string>();
  for (const dump of dumps) {
    if (dump.owner.name) known.add(normaliseKey(dump.owner.name));
    if (dump.format === "scholar-card") for (const paper of dump.papers) for (const name of paper.authors) known.add(normaliseKey(name));
  }
  for (const name of Object.values(overrides.names)) known.add(normaliseKey(name));
  for (const entry of overrides.merge) known.add(normaliseKey(entry.into));
  return known;
}

/** Splits every paper-feed line, in two passes: names from confident splits help the others. */
export function splitFeedLines(dumps: ParsedDump[], known: Set<string>, note: (file: string, m: ReportMessage) => void): void {
  const pending: Array<{ dump: ParsedDump; paper: ParsedPaper }> = [];
  for (const dump of dumps) {
    if (dump.format !== "paper-feed") continue;
    for (const paper of dump.papers) if (paper.titleAuthorLine !== undefined) pending.push({ dump, paper });
  }
  const confident = new Set<ParsedPaper>();
  for (const { paper } of pending) {
    const split = splitTitleAndAuthors(paper.titleAuthorLine!, known);
    if (split && (split.candidates === 1 || split.margin <= -1)) {
      confident.add(paper);
      applySplit(paper, split.title, split.authors, split.truncated, split.affiliation);
    }
  }
  for (const paper of confident) for (const name of paper.authors) known.add(normaliseKey(name));
  for (const { dump, paper } of pending) {
    if (confident.has(paper)) continue;
    const split = splitTitleAndAuthors(paper.titleAuthorLine!, known);
    if (split) {
      applySplit(paper, split.title, split.authors, split.truncated, split.affiliation);
    } else {
      paper.title = paper.titleAuthorLine!;
      note(dump.file, { level: "warning", line: paper.line, message: `could not find where the title ends and the author list begins on line ${paper.line + 1}; kept the whole line as the title, correct the dump` });
    }
  }
  for (const { dump, paper } of pending) {
    if (paper.title.length > MAX_TITLE_LENGTH) {
      note(dump.file, { level: "warning", line: paper.line, message: `the title on line ${paper.line + 1} is ${paper.title.length} characters long, which looks like abstract text or a damaged capture; kept as given, check the page` });
    }
  }
}

function applySplit(paper: ParsedPaper, title: string, authors: string[], truncated: boolean, affiliation: string | null): void {
  paper.title = title;
  paper.authors = authors;
  paper.authorsTruncated = truncated;
  paper.affiliation = affiliation;
}

/** A paper being merged from its occurrences: the parsed fields, with resolved authors and date. */
interface PaperDraft extends Omit<ParsedPaper, "line" | "authors" | "date" | "titleAuthorLine"> {
  key: string;
  authors: Array<{ name: string; key: string; addedAsOwner: boolean }>;
  date: ResolvedDate;
  sources: SourceRef[];
}

/** A researcher being merged from profiles and author occurrences. */
interface ResearcherDraft {
  key: string;
  profileName: string | null;
  nameSource: Researcher["nameSource"];
  spellings: Map<string, number>;
  kind: Researcher["kind"];
  unnamedFile: string | null;
  bio: string | null;
  affiliation: string | null;
  role: string | null;
  openToCollaborate: boolean | null;
  primaryTopic: string | null;
  metrics: Metrics;
  metricSources: Partial<Record<MetricKey, SourceRef>>;
  papers: Set<string>;
  sources: SourceRef[];
}

/** Resolves parsed dumps (in file-name order) into collection entries. */
export function resolveCorpus(dumps: ParsedDump[], options: ResolveOptions = {}): ResolvedCorpus {
  const overrides = options.overrides ?? NO_OVERRIDES;
  const messages: ReportMessage[] = [];
  const fileMessages = new Map<string, ReportMessage[]>();
  const note = (file: string, m: ReportMessage): void => {
    const list = fileMessages.get(file);
    if (list) list.push(m);
    else fileMessages.set(file, [m]);
  };
  const corpusNote = (level: ReportMessage["level"], message: string): void => {
    messages.push({ level, line: null, message });
  };

  // Capture year: flag, else one more than the latest explicit year in card and feed dates.
  let captureYear: ResolvedCorpus["captureYear"];
  if (options.captureYear !== undefined && options.captureYear !== null) {
    captureYear = { value: options.captureYear, source: "flag" };
  } else {
    const years: number[] = [];
    for (const dump of dumps) {
      if (dump.format === "profile-page") continue;
      for (const paper of dump.papers) if (paper.date?.year != null && paper.date.month !== null) years.push(paper.date.year);
    }
    const inferred = inferCaptureYear(years);
    captureYear = inferred === null ? { value: null, source: "none" } : { value: inferred, source: "inferred" };
  }

  splitFeedLines(dumps, collectKnownNames(dumps, overrides), note);

  // Merges from overrides: alias key → canonical key.
  const canonical = new Map<string, string>();
  const mergeUsed = new Set<number>();
  overrides.merge.forEach((entry, i) => {
    const into = normaliseKey(entry.into);
    for (const name of entry.names) canonical.set(normaliseKey(name), into);
    mergeUsed.add(i);
  });
  const canon = (key: string): string => canonical.get(key) ?? key;

  // Splits from overrides: (person key, paper title key) → separate researcher key.
  const splitKeys = new Map<string, { key: string; label: string }>();
  for (const entry of overrides.split) {
    for (const paper of entry.papers) {
      splitKeys.set(`${normaliseKey(entry.name)}\u0000${normaliseKey(paper)}`, { key: `${normaliseKey(entry.name)}#${normaliseKey(entry.as)}`, label: entry.as });
    }
  }
  const splitUsed = new Set<string>();

  // Owners of the dumps.
  const researchers = new Map<string, ResearcherDraft>();
  const draftFor = (key: string): ResearcherDraft => {
    let draft = researchers.get(key);
    if (!draft) {
      draft = {
        key, profileName: null, nameSource: "dump", spellings: new Map(), kind: "coauthor", unnamedFile: null,
        bio: null, affiliation: null, role: null, openToCollaborate: null, primaryTopic: null,
        metrics: {}, metricSources: {}, papers: new Set(), sources: [],
      };
      researchers.set(key, draft);
    }
    return draft;
  };
  const ownerKeyByFile = new Map<string, string>();
  const ownerNameByFile = new Map<string, string>();
  const namesUsed = new Set<string>();
  for (const dump of dumps) {
    let name = dump.owner.name;
    let source: Researcher["nameSource"] = "dump";
    const overrideName = overrides.names[dump.file];
    if (overrideName !== undefined) {
      namesUsed.add(dump.file);
      corpusNote("info", `overrides: ${dump.file} is the profile of "${overrideName}"${name ? ` (the dump says "${name}")` : ""}`);
      name = overrideName;
      source = "override";
    } else if (dump.format === "paper-feed") {
      const owner = inferFeedOwner(dump.papers.map((p) => ({ names: p.authors, truncated: p.authorsTruncated })));
      if (owner) {
        name = owner.name;
        source = "inferred";
        note(dump.file, { level: "info", line: null, message: `owner inferred as "${owner.name}" (in ${owner.count} of ${owner.lists} author lists); correct it in overrides.json if wrong` });
      } else {
        note(dump.file, { level: "warning", line: null, message: `no author appears in clearly most author lists, so the owner is unknown; kept as an unnamed profile, name it in overrides.json ("names": {"${dump.file}": "Full Name"})` });
      }
    }
    const key = name === null ? `file:${dump.file}` : canon(normaliseKey(name));
    const draft = draftFor(key);
    draft.kind = "profile";
    if (name === null) {
      draft.nameSource = "unknown";
      draft.unnamedFile = dump.file;
    } else if (draft.profileName === null) {
      draft.profileName = name;
      draft.nameSource = source;
      ownerNameByFile.set(dump.file, name);
    } else {
      ownerNameByFile.set(dump.file, name);
      if (source === "override") draft.nameSource = "override";
    }
    ownerKeyByFile.set(dump.file, key);
    const ref: SourceRef = { file: dump.file, format: dump.format, line: dump.owner.line };
    draft.sources.push(ref);
    mergeProfileFields(draft, dump, ref, corpusNote);
  }
  for (const file of Object.keys(overrides.names)) {
    if (!namesUsed.has(file)) corpusNote("warning", `overrides: names: no dump named "${file}"; check the file name (relative to the seeds folder)`);
  }

  // Papers, deduplicated by normalised title; owners hidden behind "et al." are added.
  const papers = new Map<string, PaperDraft>();
  const paperKeysByFile = new Map<string, string[]>();
  for (const dump of dumps) {
    const ownerKey = ownerKeyByFile.get(dump.file)!;
    const ownerName = ownerNameByFile.get(dump.file) ?? null;
    const keys: string[] = [];
    for (const paper of dump.papers) {
      const key = normaliseKey(paper.title);
      if (key === "") {
        note(dump.file, { level: "warning", line: paper.line, message: "paper without a title text; skipped, re-capture the page" });
        continue;
      }
      keys.push(key);
      const ref: SourceRef = { file: dump.file, format: dump.format, line: paper.line };
      const authors = paper.authors.map((name) => {
        const raw = normaliseKey(name);
        const split = splitKeys.size === 0 ? undefined : splitKeys.get(`${raw}\u0000${key}`);
        if (split) splitUsed.add(`${raw}\u0000${key}`);
        return { name, key: split ? split.key : canon(raw), addedAsOwner: false };
      });
      if (paper.authorsTruncated && ownerName !== null && !authors.some((a) => a.key === ownerKey)) {
        authors.push({ name: ownerName, key: ownerKey, addedAsOwner: true });
      }
      const date = resolveDate(paper.date, captureYear.value);
      if (date.problem) note(dump.file, { level: "warning", line: paper.line, message: date.problem });
      const incoming: PaperDraft = {
        key, title: paper.title, authors, authorsTruncated: paper.authorsTruncated, date,
        category: paper.category, type: paper.type, venue: paper.venue, hasCode: paper.hasCode, score: paper.score,
        affiliation: paper.affiliation, abstract: paper.abstract, sources: [ref],
      };
      const existing = papers.get(key);
      if (existing) mergePaper(existing, incoming, corpusNote);
      else papers.set(key, incoming);
    }
    paperKeysByFile.set(dump.file, keys);
  }
  for (const entry of overrides.split) {
    for (const paper of entry.papers) {
      if (!splitUsed.has(`${normaliseKey(entry.name)}\u0000${normaliseKey(paper)}`)) {
        corpusNote("warning", `overrides: split: "${entry.name}" is not an author of a paper titled "${paper}"; use the exact title`);
      } else {
        corpusNote("info", `overrides: "${entry.name}" on "${paper}" is shown as "${entry.as}"`);
      }
    }
  }
  for (const entry of overrides.merge) corpusNote("info", `overrides: ${entry.names.map((n) => `"${n}"`).join(", ")} merged into "${entry.into}"`);

  // Researchers from author lists and from the dumps they own.
  for (const paper of papers.values()) {
    for (const author of paper.authors) {
      const draft = draftFor(author.key);
      draft.papers.add(paper.key);
      if (!author.addedAsOwner) draft.spellings.set(author.name, (draft.spellings.get(author.name) ?? 0) + 1);
      const split = splitKeys.size === 0 ? undefined : [...splitKeys.values()].find((s) => s.key === author.key);
      if (split && draft.profileName === null) {
        draft.profileName = split.label;
        draft.nameSource = "override";
      }
    }
  }
  for (const dump of dumps) {
    const draft = researchers.get(ownerKeyByFile.get(dump.file)!)!;
    for (const key of paperKeysByFile.get(dump.file) ?? []) draft.papers.add(key);
  }

  // Ids.
  const paperIds = assignIds(papers.keys(), (key) => papers.get(key)!.title, "paper");
  const researcherIds = assignIds(researchers.keys(), (key) => {
    const draft = researchers.get(key)!;
    if (draft.unnamedFile !== null && draft.profileName === null) return `unnamed ${draft.unnamedFile.replace(/\.[^.]*$/, "")}`;
    return draft.profileName ?? displayName(draft) ?? key;
  }, "researcher");
  const categoryCodes = new Set<string>();
  const institutionNames = new Map<string, string>();
  for (const paper of papers.values()) {
    if (paper.category) categoryCodes.add(paper.category);
    if (paper.affiliation) {
      const key = normaliseKey(paper.affiliation);
      if (key !== "" && !institutionNames.has(key)) institutionNames.set(key, paper.affiliation);
    }
  }
  const topicIds = assignIds(categoryCodes, (code) => code, "topic");
  const institutionIds = assignIds(institutionNames.keys(), (key) => institutionNames.get(key)!, "institution");

  // Field corrections from overrides.
  applyFieldOverrides(overrides, papers, paperIds, researchers, researcherIds, corpusNote);

  // Output entries.
  const paperOut = new Map<string, Paper>();
  for (const draft of papers.values()) {
    const id = paperIds.get(draft.key)!;
    const institution = draft.affiliation ? institutionIds.get(normaliseKey(draft.affiliation)) ?? null : null;
    paperOut.set(draft.key, {
      id,
      title: draft.title,
      authors: draft.authors.map((a): PaperAuthor => ({ name: a.name, id: researcherIds.get(a.key)!, addedAsOwner: a.addedAsOwner })),
      authorsTruncated: draft.authorsTruncated,
      date: draft.date.date,
      dateYearInferred: draft.date.yearInferred,
      year: draft.date.year,
      category: draft.category,
      type: draft.type,
      venue: draft.venue,
      hasCode: draft.hasCode,
      score: draft.score,
      affiliation: draft.affiliation,
      institution,
      abstract: draft.abstract,
      sources: sortRefs(draft.sources),
    });
  }
  for (const code of categoryCodes) {
    if (topicName(code).known) continue;
    const first = [...papers.values()].filter((p) => p.category === code).flatMap((p) => p.sources).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))[0]!;
    note(first.file, { level: "warning", line: first.line, message: `unknown category code "${code}" kept as its own topic; add its name to src/lib/ingest/topics.ts if it is a real arXiv category` });
  }

  // Distinct author ids per paper, computed once (a name listed twice is one co-author).
  const authorIds = new Map<Paper, string[]>();
  for (const paper of paperOut.values()) authorIds.set(paper, [...new Set(paper.authors.map((a) => a.id))]);
  const researcherOut: Researcher[] = [];
  // Reused across researchers: most have one or two papers, so allocation would dominate.
  const coauthorCounts = new Map<string, number>();
  const codeCounts = new Map<string, number>();
  const institutionCounts = new Map<string, number>();
  for (const draft of researchers.values()) {
    const id = researcherIds.get(draft.key)!;
    const own = [...draft.papers].map((k) => paperOut.get(k)!);
    if (own.length > 1) own.sort(newestFirst);
    coauthorCounts.clear();
    codeCounts.clear();
    institutionCounts.clear();
    for (const paper of own) {
      for (const other of authorIds.get(paper)!) if (other !== id) coauthorCounts.set(other, (coauthorCounts.get(other) ?? 0) + 1);
      if (paper.category) codeCounts.set(paper.category, (codeCounts.get(paper.category) ?? 0) + 1);
      if (paper.institution) institutionCounts.set(paper.institution, (institutionCounts.get(paper.institution) ?? 0) + 1);
    }
    const topicCounts = new Map<string, number>();
    for (const [code, count] of codeCounts) topicCounts.set(topicIds.get(code)!, count);
    const topics = ranked(topicCounts);
    let primaryTopic = draft.primaryTopic;
    let primaryTopicSource: Researcher["primaryTopicSource"] = primaryTopic === null ? null : "dump";
    if (primaryTopic === null) {
      const top = ranked(codeCounts)[0];
      if (top) {
        primaryTopic = top.id;
        primaryTopicSource = "papers";
      }
    }
    researcherOut.push({
      id,
      name: draft.profileName ?? displayName(draft),
      nameSource: draft.profileName === null && draft.spellings.size === 0 ? "unknown" : draft.nameSource,
      kind: draft.kind,
      bio: draft.bio,
      affiliation: draft.affiliation,
      role: draft.role,
      openToCollaborate: draft.openToCollaborate,
      primaryTopic,
      primaryTopicSource,
      metrics: sortedMetrics(draft.metrics),
      metricSources: sortedMetrics(draft.metricSources),
      papers: own.map((p) => p.id),
      coauthors: ranked(coauthorCounts),
      topics,
      institutions: ranked(institutionCounts).map((r) => r.id),
      sources: sortRefs(draft.sources),
    });
  }
  researcherOut.sort(byId);

  const topicPapers = new Map<string, string[]>();
  for (const paper of paperOut.values()) {
    if (paper.category === null) continue;
    const list = topicPapers.get(paper.category);
    if (list) list.push(paper.id);
    else topicPapers.set(paper.category, [paper.id]);
  }
  const topicOut: Topic[] = [...categoryCodes].map((code) => {
    const { name, known: isKnown } = topicName(code);
    return { id: topicIds.get(code)!, code, name, known: isKnown, papers: (topicPapers.get(code) ?? []).sort() };
  }).sort(byId);
  const institutionPapers = new Map<string, string[]>();
  for (const paper of paperOut.values()) {
    if (paper.institution) {
      const list = institutionPapers.get(paper.institution);
      if (list) list.push(paper.id);
      else institutionPapers.set(paper.institution, [paper.id]);
    }
  }
  const institutionOut: Institution[] = [...institutionNames].map(([key, name]) => {
    const id = institutionIds.get(key)!;
    return { id, name, papers: (institutionPapers.get(id) ?? []).sort() };
  }).sort(byId);

  const fileResearcher = new Map<string, string>();
  for (const [file, key] of ownerKeyByFile) fileResearcher.set(file, researcherIds.get(key)!);
  return {
    researchers: researcherOut,
    papers: [...paperOut.values()].sort(byId),
    topics: topicOut,
    institutions: institutionOut,
    captureYear,
    messages,
    fileMessages,
    fileResearcher,
  };
}

/** The most frequent spelling of a co-author's name (ties: the alphabetically first). */
function displayName(draft: ResearcherDraft): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of draft.spellings) {
    if (count > bestCount || (count === bestCount && best !== null && name < best)) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

const METRIC_ORDER: MetricKey[] = [
  "hIndex", "citations", "paperCount", "novelty", "aiScore", "trustScore", "trustLevel", "verificationLevel",
  "claimed", "worksCount", "followers", "topicsCount", "collaboratorsCount",
];

function sortedMetrics<T extends Partial<Record<MetricKey, unknown>>>(record: T): T {
  if (Object.keys(record).length === 0) return {} as T;
  const out: Partial<Record<MetricKey, unknown>> = {};
  for (const key of METRIC_ORDER) if (record[key] !== undefined) out[key] = record[key];
  return out as T;
}

function mergeProfileFields(
  draft: ResearcherDraft,
  dump: ParsedDump,
  ref: SourceRef,
  corpusNote: (level: ReportMessage["level"], message: string) => void,
): void {
  const fields = ["bio", "affiliation", "role", "openToCollaborate", "primaryTopic"] as const;
  for (const field of fields) {
    const value = dump.owner[field];
    if (value === null) continue;
    const current = draft[field];
    if (current === null) {
      (draft as unknown as Record<string, unknown>)[field] = value;
    } else if (current !== value) {
      corpusNote("warning", `${dump.file}: ${field} "${String(value)}" differs from "${String(current)}" in another dump of the same researcher; kept the first, correct it in overrides.json`);
    }
  }
  for (const key of METRIC_ORDER) {
    const value = dump.owner.metrics[key];
    if (value === undefined) continue;
    const current = draft.metrics[key];
    if (current === undefined) {
      (draft.metrics as Record<string, unknown>)[key] = value;
      draft.metricSources[key] = { ...ref, line: dump.owner.metricLines[key] ?? ref.line };
    } else if (current !== value) {
      corpusNote("warning", `${dump.file}: ${key} ${String(value)} differs from ${String(current)} in ${draft.metricSources[key]?.file ?? "another dump"}; kept the first`);
    }
  }
}

function mergePaper(into: PaperDraft, from: PaperDraft, corpusNote: (level: ReportMessage["level"], message: string) => void): void {
  const where = `${from.sources[0]!.file}:${from.sources[0]!.line}`;
  const conflict = (field: string, kept: unknown, other: unknown): void => {
    corpusNote("warning", `paper "${into.title}": ${field} ${JSON.stringify(other)} in ${where} differs from ${JSON.stringify(kept)} in ${into.sources[0]!.file}:${into.sources[0]!.line}; kept ${JSON.stringify(kept)}`);
  };
  into.sources.push(...from.sources);
  // Dates: the more precise one wins; different years are a conflict.
  if (from.date.date !== null) {
    if (into.date.date === null) into.date = from.date;
    else if (into.date.year !== from.date.year || (into.date.date.length === from.date.date.length && into.date.date !== from.date.date)) {
      const preferFrom = into.date.yearInferred && !from.date.yearInferred;
      conflict("date", preferFrom ? from.date.date : into.date.date, preferFrom ? into.date.date : from.date.date);
      if (preferFrom) into.date = from.date;
    } else if (from.date.date.length > into.date.date.length) into.date = from.date;
  }
  for (const field of ["category", "type", "venue", "score", "affiliation"] as const) {
    const value = from[field];
    if (value === null) continue;
    if (into[field] === null) (into as unknown as Record<string, unknown>)[field] = value;
    else if (into[field] !== value) conflict(field, into[field], value);
  }
  into.hasCode ||= from.hasCode;
  // Abstracts: cards cut them short, so the longer one is the richer one.
  if (from.abstract.length > into.abstract.length) {
    if (into.abstract !== "" && !from.abstract.startsWith(into.abstract.replace(/…$/, ""))) conflict("abstract", from.abstract.slice(0, 40) + "…", into.abstract.slice(0, 40) + "…");
    into.abstract = from.abstract;
  }
  // Authors: a complete list beats a truncated one, a longer list a shorter one; owners added
  // behind "et al." by either dump are kept.
  const listed = (d: PaperDraft) => d.authors.filter((a) => !a.addedAsOwner);
  const intoListed = listed(into);
  const fromListed = listed(from);
  const takeFrom = (into.authorsTruncated && !from.authorsTruncated && fromListed.length > 0) || (into.authorsTruncated === from.authorsTruncated && fromListed.length > intoListed.length);
  const base = takeFrom ? fromListed : intoListed;
  const truncated = takeFrom ? from.authorsTruncated : into.authorsTruncated;
  const merged = [...base];
  if (truncated) {
    for (const added of [...into.authors, ...from.authors]) {
      if (added.addedAsOwner && !merged.some((a) => a.key === added.key)) merged.push(added);
    }
  }
  into.authors = merged;
  into.authorsTruncated = truncated;
}

function applyFieldOverrides(
  overrides: Overrides,
  papers: Map<string, PaperDraft>,
  paperIds: Map<string, string>,
  researchers: Map<string, ResearcherDraft>,
  researcherIds: Map<string, string>,
  corpusNote: (level: ReportMessage["level"], message: string) => void,
): void {
  const paperById = new Map<string, PaperDraft>();
  for (const [key, id] of paperIds) paperById.set(id, papers.get(key)!);
  const researcherById = new Map<string, ResearcherDraft>();
  for (const [key, id] of researcherIds) researcherById.set(id, researchers.get(key)!);
  for (const entry of overrides.fields) {
    if ("paper" in entry) {
      const draft = paperById.get(entry.paper) ?? papers.get(normaliseKey(entry.paper));
      if (!draft) {
        corpusNote("warning", `overrides: fields: no paper with id or title "${entry.paper}"; use the id from content/papers/ or the exact title`);
        continue;
      }
      for (const [field, value] of Object.entries(entry.set)) {
        if (field === "date") {
          const date = value as string | null;
          draft.date = { date, year: date === null ? null : Number(date.slice(0, 4)), yearInferred: false, problem: null };
        } else {
          (draft as unknown as Record<string, unknown>)[field] = value;
        }
        corpusNote("info", `overrides: paper "${draft.title}": ${field} set to ${JSON.stringify(value)}`);
      }
    } else {
      const draft = researcherById.get(entry.researcher) ?? researchers.get(normaliseKey(entry.researcher));
      if (!draft) {
        corpusNote("warning", `overrides: fields: no researcher with id or name "${entry.researcher}"; use the id from content/researchers/ or the exact name`);
        continue;
      }
      for (const [field, value] of Object.entries(entry.set)) {
        (draft as unknown as Record<string, unknown>)[field] = value;
        corpusNote("info", `overrides: researcher "${draft.profileName ?? draft.key}": ${field} set to ${JSON.stringify(value)}`);
      }
    }
  }
}

/** Newest first: by date (a full date sorts before a bare year of the same year), then title. */
function newestFirst(a: Paper, b: Paper): number {
  const ya = a.year ?? -1;
  const yb = b.year ?? -1;
  if (ya !== yb) return yb - ya;
  const da = a.date ?? "";
  const db = b.date ?? "";
  if (da !== db) return da < db ? 1 : -1;
  return a.title < b.title ? -1 : a.title > b.title ? 1 : a.id < b.id ? -1 : 1;
}

/** Counts as WeightedRefs, most frequent first, then by id. */
function ranked(counts: Map<string, number>): WeightedRef[] {
  // Most co-authors have one paper: skip the sort for the common tiny cases.
  if (counts.size === 0) return [];
  if (counts.size === 1) {
    for (const [id, count] of counts) return [{ id, count }];
  }
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
}

function sortRefs(refs: SourceRef[]): SourceRef[] {
  return [...refs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
