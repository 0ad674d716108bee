/**
 * Parser for profile-page dumps (seeds/000_…; seeds/004_… lost its first lines and has no name):
 * title line, name, one-line bio, a chip line (role + affiliation + status run together), the
 * trust line, counters (`2works`), fixed UI text, then the published work list: `preprint2026arXiv`
 * (type, year, venue run together), the title, the abstract.
 */
import { cutBlocks, joinLines } from "./blocks.ts";
import { rawYear } from "./dates.ts";
import { nameCost } from "./names.ts";
import { checkTitleLength, clip, emptyPaper } from "./scholar-card.ts";
import type { ParsedDump } from "./types.ts";

/** Fixed UI lines of a profile page: they are page furniture, not data. */
export const PROFILE_UI_LINES: ReadonlySet<string> = new Set([
  "Researcher profile",
  "Trust snapshot",
  "Quick read",
  "Actions",
  "Decide how to stay connected",
  "Identity and collaboration",
  "How to connect with this researcher",
  "Claiming links this public author record to a researcher profile and unlocks direct collaboration workflows.",
  "Log in to claim",
  "Direct collaboration",
  "Open a focused conversation when the fit is right",
  "Claim this author entity first to unlock direct invitations.",
  "Research graph",
  "See the researcher in context",
  "Open full explorer",
  "Inspect adjacent work, topics, institutions and collaborators without jumping out to a separate graph page.",
  "Building this graph slice",
  "BZPEER is loading the nearby papers, people, topics and institutions for this page.",
  "Published work",
]);

const ITEM_HEADER = /^([a-z][a-z-]*(?: [a-z-]+){0,3})((?:19|20)\d\d)(.{0,80})$/;
const TRUST_LINE = /^Trust (\d+(?:\.\d+)?)(?: - (.*?))?(?:Verification (\S+?))?(Unclaimed author|Claimed author)?$/;
const COUNTERS: Array<[RegExp, "worksCount" | "followers" | "topicsCount" | "collaboratorsCount"]> = [
  [/^(\d+)works?$/, "worksCount"],
  [/^(\d+)followers?$/, "followers"],
  [/^(\d+)topics?$/, "topicsCount"],
  [/^(\d+)close collaborators?$/, "collaboratorsCount"],
];
const DECLARED_ITEMS = /^(\d+) published item\(s\)$/;
const FOLLOW_BUTTON = /^Follow researcher\d*$/;
/** Roles seen on chip lines; an unknown role falls back to the first lower→upper boundary. */
const ROLES = ["Researcher", "Research Scientist", "Professor", "Associate Professor", "Assistant Professor", "PhD Student", "PhD student", "Postdoc", "Engineer", "Student", "Lecturer", "Scientist"];
const OPEN_STATUS = /(Open to collaborate|Not open to collaborate)$/;

/** True when a line is a published-work item header such as `preprint2026arXiv`. */
export function isItemHeader(line: string): boolean {
  // Headers are short; testing abstracts against the pattern would dominate detection time.
  return line.length < 120 && ITEM_HEADER.test(line);
}

/** Splits a chip line (`ResearcherAffiliation not importedOpen to collaborate`). */
export function parseChipLine(line: string): { role: string | null; affiliation: string | null; openToCollaborate: boolean | null } {
  let rest = line;
  let openToCollaborate: boolean | null = null;
  const status = OPEN_STATUS.exec(rest);
  if (status) {
    openToCollaborate = status[1] === "Open to collaborate";
    rest = rest.slice(0, status.index);
  }
  let role: string | null = null;
  const known = ROLES.filter((r) => rest.startsWith(r)).sort((a, b) => b.length - a.length)[0];
  if (known !== undefined) {
    role = known;
    rest = rest.slice(known.length);
  } else {
    const boundary = /\p{Ll}(?=\p{Lu})/u.exec(rest);
    if (boundary) {
      role = rest.slice(0, boundary.index + 1);
      rest = rest.slice(boundary.index + 1);
    }
  }
  return { role, affiliation: rest.trim() === "" ? null : rest.trim(), openToCollaborate };
}

/** Parses a profile-page dump given its normalised lines. */
export function parseProfilePage(file: string, lines: string[]): ParsedDump {
  const dump: ParsedDump = {
    file,
    format: "profile-page",
    owner: { name: null, line: 1, bio: null, role: null, affiliation: null, openToCollaborate: null, primaryTopic: null, metrics: {}, metricLines: {} },
    papers: [],
    declared: [],
    messages: [],
  };
  const firstItem = lines.findIndex((l, i) => isItemHeader(l) && i > 0 && !PROFILE_UI_LINES.has(l));
  const headerEnd = firstItem < 0 ? lines.length : firstItem;
  // Header lines that are not UI furniture, trust or counters: name, bio, chip (in that order).
  const identity: Array<{ index: number; text: string }> = [];
  let reachedTrust = false;
  for (let i = 0; i < headerEnd; i++) {
    const line = lines[i]!.trim();
    if (line === "" || FOLLOW_BUTTON.test(line)) continue;
    if (PROFILE_UI_LINES.has(line)) {
      if (line === "Trust snapshot") reachedTrust = true;
      continue;
    }
    const trust = TRUST_LINE.exec(line);
    if (trust) {
      reachedTrust = true;
      const { metrics, metricLines } = dump.owner;
      metrics.trustScore = Number(trust[1]);
      metricLines.trustScore = i + 1;
      if (trust[2]) {
        metrics.trustLevel = trust[2].trim();
        metricLines.trustLevel = i + 1;
      }
      if (trust[3]) {
        metrics.verificationLevel = trust[3];
        metricLines.verificationLevel = i + 1;
      }
      if (trust[4]) {
        metrics.claimed = trust[4] === "Claimed author";
        metricLines.claimed = i + 1;
      }
      continue;
    }
    const counter = COUNTERS.find(([re]) => re.test(line));
    if (counter) {
      const value = Number(counter[0].exec(line)![1]);
      dump.owner.metrics[counter[1]] = value;
      dump.owner.metricLines[counter[1]] = i + 1;
      if (counter[1] === "worksCount") dump.declared.push({ label: `${value} works`, value, line: i + 1 });
      continue;
    }
    const declared = DECLARED_ITEMS.exec(line);
    if (declared) {
      dump.declared.push({ label: line, value: Number(declared[1]), line: i + 1 });
      continue;
    }
    if (!reachedTrust) identity.push({ index: i, text: line });
    else dump.messages.push({ level: "warning", line: i + 1, message: `unrecognised page text "${clip(line)}" ignored; check the capture (a title out of place?)` });
  }
  assignIdentity(dump, identity, lines);
  for (const block of cutBlocks(lines, headerEnd, isItemHeader)) {
    const m = ITEM_HEADER.exec(lines[block.header]!)!;
    const paper = emptyPaper(block.header + 1, null);
    paper.type = m[1]!;
    paper.date = rawYear(Number(m[2]));
    paper.venue = m[3]!.trim() === "" ? null : m[3]!.trim();
    const nonBlank = block.body.filter((l) => l.text.trim() !== "");
    const titleLine = nonBlank[0];
    if (!titleLine) {
      dump.messages.push({ level: "warning", line: block.header + 1, message: "item header without a title (the dump ends or is cut here); re-capture the page" });
      continue;
    }
    paper.title = titleLine.text.trim();
    checkTitleLength(dump, paper, titleLine.index + 1);
    paper.abstract = joinLines(block.body.filter((l) => l.index > titleLine.index)).replace(/^\n+/, "");
    if (paper.abstract === "") {
      dump.messages.push({ level: "warning", line: titleLine.index + 1, message: "item without an abstract (the dump looks cut here); re-capture the page" });
    }
    dump.papers.push(paper);
  }
  return dump;
}

/**
 * Reads name, bio and chip from the identity lines. The page starts `Researcher profile`, name,
 * bio, chip; a dump that lost its first lines (seeds/004_…) has none of them and stays unnamed.
 */
function assignIdentity(dump: ParsedDump, identity: Array<{ index: number; text: string }>, lines: string[]): void {
  const hasTitleLine = lines.some((l) => l.trim() === "Researcher profile");
  const chipAt = identity.findIndex((l) => OPEN_STATUS.test(l.text) || ROLES.some((r) => l.text.startsWith(r) && /\p{Ll}\p{Lu}/u.test(l.text)));
  const chip = chipAt >= 0 ? identity[chipAt]! : null;
  const before = chipAt >= 0 ? identity.slice(0, chipAt) : identity;
  if (chip) Object.assign(dump.owner, parseChipLine(chip.text));
  if (hasTitleLine && before.length >= 1) {
    dump.owner.name = before[0]!.text;
    dump.owner.line = before[0]!.index + 1;
    if (before.length >= 2) dump.owner.bio = before.slice(1).map((l) => l.text).join(" ");
  } else if (before.length >= 2) {
    // No title line, but two lines before the chip: still name then bio.
    dump.owner.name = before[0]!.text;
    dump.owner.line = before[0]!.index + 1;
    dump.owner.bio = before.slice(1).map((l) => l.text).join(" ");
  } else if (before.length === 1) {
    // One line left of the header: a name if it looks like one, else a bio whose name was lost.
    const only = before[0]!;
    if (nameCost(only.text) < 2) {
      dump.owner.name = only.text;
      dump.owner.line = only.index + 1;
    } else {
      dump.owner.bio = only.text;
    }
  }
  if (dump.owner.name === null) {
    dump.messages.push({ level: "warning", line: 1, message: `no researcher name (the page's first lines are missing); kept as an unnamed profile, name it in overrides.json ("names": {"${dump.file}": "Full Name"})` });
  }
}
