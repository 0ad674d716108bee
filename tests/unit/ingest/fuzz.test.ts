/**
 * Hostile input for ingest (issue 8): the real seed dumps, mutated the ways captures break in
 * practice — cut short, lines shuffled, bytes flipped, blocks pasted twice, saved as Latin-1 or
 * UTF-16, one enormous line — must never crash the pure pipeline, every paper must end up either
 * in the output or named in the report, and the report must add up. The PRNG is seeded, so a
 * failure names a case number that replays exactly (`FUZZ_CASE=17`); `FUZZ_DUMP=/tmp/fuzz` also
 * writes the damaged dumps of failing cases there, for `node scripts/ingest.ts --seeds …`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { IngestReport, Institution, Paper, Researcher, Topic } from "../../../src/schemas/index.ts";
import { decodeDump } from "../../../src/lib/ingest/detect-format.ts";
import { normaliseKey } from "../../../src/lib/ingest/names.ts";
import { ingestDumps, parseDump, type DumpInput, type IngestOutput } from "../../../src/lib/ingest/pipeline.ts";
import { fileStatus } from "../../../src/lib/ingest/report.ts";
// The graph's seeded mulberry32: any deterministic source of sites to damage will do.
import { seededRandom as prng } from "../../../src/lib/graph/random.ts";

const SEEDS = resolve(import.meta.dirname, "../../../seeds");
const originals: DumpInput[] = readdirSync(SEEDS)
  .filter((file) => file.endsWith(".txt"))
  .sort()
  .map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(SEEDS, file))) }));
const baseline = ingestDumps(originals);
const utf8 = new TextEncoder();
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

type Random = () => number;
const pick = (random: Random, n: number) => Math.floor(random() * n);

/** One way a capture gets damaged, applied to a dump's bytes. */
interface Mutation {
  name: string;
  apply(bytes: Uint8Array, random: Random): Uint8Array;
}

const onLines = (f: (lines: string[], random: Random) => string[]) => (bytes: Uint8Array, random: Random) =>
  utf8.encode(f(text(bytes).split("\n"), random).join("\n"));

/** Latin-1 bytes of a string (characters above U+00FF become `?`, as a legacy editor saves them). */
function latin1(value: string): Uint8Array {
  return Uint8Array.from(value, (c) => (c.charCodeAt(0) > 0xff ? 0x3f : c.charCodeAt(0)));
}

const MUTATIONS: Mutation[] = [
  { name: "truncated at a byte", apply: (b, r) => b.slice(0, pick(r, b.length)) },
  { name: "truncated at a line", apply: onLines((lines, r) => lines.slice(0, pick(r, lines.length))) },
  { name: "first lines lost", apply: onLines((lines, r) => lines.slice(1 + pick(r, 12))) },
  {
    name: "lines shuffled in a window",
    apply: onLines((lines, r) => {
      const start = pick(r, lines.length);
      const window = lines.slice(start, start + 2 + pick(r, 12));
      for (let i = window.length - 1; i > 0; i--) {
        const j = pick(r, i + 1);
        [window[i], window[j]] = [window[j]!, window[i]!];
      }
      return [...lines.slice(0, start), ...window, ...lines.slice(start + window.length)];
    }),
  },
  {
    name: "bytes flipped",
    apply: (b, r) => {
      const out = b.slice();
      for (let n = 1 + pick(r, 6); n > 0 && out.length > 0; n--) out[pick(r, out.length)] = pick(r, 256);
      return out;
    },
  },
  {
    name: "characters replaced by odd Unicode",
    apply: (b, r) => {
      const odd = ["\u202e", "\u0000", "\u200b", "\ufffd", "\u{1f600}", "<", "&", "\"", "\t", "\u00a0", "·", " et al.", "\n\n", "\\"];
      const chars = [...text(b)];
      for (let n = 1 + pick(r, 10); n > 0 && chars.length > 0; n--) chars[pick(r, chars.length)] = odd[pick(r, odd.length)]!;
      return utf8.encode(chars.join(""));
    },
  },
  {
    name: "block duplicated",
    apply: onLines((lines, r) => {
      const start = pick(r, lines.length);
      const block = lines.slice(start, start + 1 + pick(r, 20));
      const at = pick(r, lines.length + 1);
      return [...lines.slice(0, at), ...block, ...lines.slice(at)];
    }),
  },
  {
    name: "one line saved as Latin-1",
    apply: (b, r) => {
      const lines = text(b).split("\n");
      const at = pick(r, lines.length);
      const parts = lines.map((line, i) => (i === at ? latin1(`${line} Müller–Ståhl`) : utf8.encode(line)));
      return concat(parts.flatMap((part, i) => (i === 0 ? [part] : [utf8.encode("\n"), part])));
    },
  },
  {
    name: "saved as UTF-16 with a byte-order mark",
    apply: (b) => {
      const source = text(b);
      const out = new Uint8Array(2 + source.length * 2);
      out[0] = 0xff;
      out[1] = 0xfe;
      for (let i = 0; i < source.length; i++) {
        out[2 + 2 * i] = source.charCodeAt(i) & 0xff;
        out[3 + 2 * i] = source.charCodeAt(i) >> 8;
      }
      return out;
    },
  },
  { name: "UTF-8 BOM and CRLF", apply: (b) => utf8.encode(`\ufeff${text(b).replace(/\n/g, "\r\n")}`) },
  {
    name: "enormous line inserted",
    apply: onLines((lines, r) => {
      const at = pick(r, lines.length + 1);
      const huge = "Lorem ipsum dolor sit amet, consectetur ".repeat(25_000 + pick(r, 5_000));
      return [...lines.slice(0, at), huge, ...lines.slice(at)];
    }),
  },
];

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A mutated corpus: every seed, some of them damaged by one to three mutations. */
interface FuzzCase {
  inputs: DumpInput[];
  applied: Map<string, string[]>;
}

function makeCase(seed: number): FuzzCase {
  const random = prng(seed);
  const applied = new Map<string, string[]>();
  const inputs = originals.map((input) => {
    if (random() < 0.35) return input;
    let bytes = input.bytes!;
    const names: string[] = [];
    for (let n = 1 + pick(random, 3); n > 0; n--) {
      const mutation = MUTATIONS[pick(random, MUTATIONS.length)]!;
      bytes = mutation.apply(bytes, random);
      names.push(mutation.name);
    }
    applied.set(input.file, names);
    return { file: input.file, bytes };
  });
  return { inputs, applied };
}

/** Messages of a file that the undamaged seed did not have: what the report says about the damage. */
function newProblems(output: IngestOutput, file: string): string[] {
  const before = new Set(baseline.report.files.find((f) => f.file === file)?.messages.map((m) => m.message) ?? []);
  const after = output.report.files.find((f) => f.file === file)?.messages ?? [];
  return after.filter((m) => m.level !== "info" && !before.has(m.message)).map((m) => `${m.line ?? "-"}: ${m.message}`);
}

/**
 * Every invariant of one run. Returns a list of violations (empty when the run is sound) so a
 * failing case prints all of them at once, with the mutations that caused them.
 */
function violations(inputs: DumpInput[], output: IngestOutput): string[] {
  const problems: string[] = [];
  const { report } = output;

  // Everything written is valid against the contract, and ids are unique and resolvable.
  const parsedReport = IngestReport.safeParse(report);
  if (!parsedReport.success) problems.push(`report fails the schema: ${parsedReport.error.message}`);
  for (const [label, schema, entries] of [
    ["paper", Paper, output.papers],
    ["researcher", Researcher, output.researchers],
    ["topic", Topic, output.topics],
    ["institution", Institution, output.institutions],
  ] as const) {
    const ids = new Set<string>();
    for (const entry of entries) {
      const result = schema.safeParse(entry);
      if (!result.success) problems.push(`${label} ${entry.id} fails the schema: ${result.error.message.slice(0, 200)}`);
      if (ids.has(entry.id)) problems.push(`${label} id ${entry.id} is used twice`);
      if (!/^[a-z0-9][a-z0-9-]*$/.test(entry.id)) problems.push(`${label} id ${JSON.stringify(entry.id)} is not a URL-safe slug`);
      ids.add(entry.id);
    }
  }
  const paperIds = new Set(output.papers.map((p) => p.id));
  const researcherIds = new Set(output.researchers.map((r) => r.id));
  for (const paper of output.papers) {
    for (const author of paper.authors) if (!researcherIds.has(author.id)) problems.push(`paper ${paper.id} names unknown researcher ${author.id}`);
    if (paper.sources.length === 0) problems.push(`paper ${paper.id} has no source`);
  }
  for (const researcher of output.researchers) {
    for (const id of researcher.papers) if (!paperIds.has(id)) problems.push(`researcher ${researcher.id} lists unknown paper ${id}`);
  }

  // The report names every input exactly once and its totals add up.
  const names = inputs.map((i) => i.file).sort();
  const reported = report.files.map((f) => f.file);
  if (JSON.stringify(reported) !== JSON.stringify(names)) problems.push(`report lists ${reported.join(",")} for inputs ${names.join(",")}`);
  const count = (level: string) => report.files.flatMap((f) => f.messages).concat(report.messages).filter((m) => m.level === level).length;
  const sum = (record: Record<string, number>) => Object.values(record).reduce((a, b) => a + b, 0);
  const totals = report.totals;
  if (totals.files !== inputs.length) problems.push(`totals.files ${totals.files} ≠ ${inputs.length} inputs`);
  if (sum(totals.byStatus) !== inputs.length || sum(totals.byFormat) !== inputs.length) problems.push(`byStatus/byFormat do not sum to ${inputs.length}`);
  if (totals.warnings !== count("warning")) problems.push(`totals.warnings ${totals.warnings} ≠ ${count("warning")} warning messages`);
  if (totals.errors !== count("error")) problems.push(`totals.errors ${totals.errors} ≠ ${count("error")} error messages`);
  if (totals.papers !== output.papers.length) problems.push(`totals.papers ${totals.papers} ≠ ${output.papers.length} papers written`);
  if (totals.researchers !== output.researchers.length) problems.push(`totals.researchers ${totals.researchers} ≠ ${output.researchers.length}`);
  if (totals.topics !== output.topics.length || totals.institutions !== output.institutions.length) problems.push("topic/institution totals differ from the output");
  for (const status of ["ok", "warning", "error"] as const) {
    const n = report.files.filter((f) => f.status === status).length;
    if ((totals.byStatus[status] ?? 0) !== n) problems.push(`byStatus.${status} ${totals.byStatus[status] ?? 0} ≠ ${n} files`);
  }

  for (const input of inputs) {
    const fileReport = report.files.find((f) => f.file === input.file);
    if (!fileReport) continue;
    if (fileReport.status !== fileStatus(fileReport.messages)) problems.push(`${input.file}: status ${fileReport.status} does not match its messages`);
    const sourced = output.papers.filter((p) => p.sources.some((s) => s.file === input.file));

    // A file that could not be read is an error in the report and contributes nothing.
    const decoded = decodeDump(input.bytes!);
    if (!("text" in decoded)) {
      if (fileReport.status !== "error" || fileReport.format !== null || fileReport.papers !== 0) {
        problems.push(`${input.file}: not decodable (${decoded.rejection.reason}) but reported as ${fileReport.status}/${fileReport.format}/${fileReport.papers} papers`);
      }
      if (sourced.length > 0) problems.push(`${input.file}: not decodable, yet ${sourced.length} papers cite it as a source`);
      continue;
    }
    const parsed = parseDump(input.file, decoded.text);
    if ("reason" in parsed) {
      if (fileReport.status !== "error" || fileReport.format !== null || fileReport.papers !== 0) {
        problems.push(`${input.file}: rejected (${parsed.reason}) but reported as ${fileReport.status}/${fileReport.format}/${fileReport.papers} papers`);
      }
      if (sourced.length > 0) problems.push(`${input.file}: rejected, yet ${sourced.length} papers cite it as a source`);
      continue;
    }

    // Every parsed paper is in the output (a source at its line) or named by a warning at its line.
    if (fileReport.papers !== parsed.papers.length) problems.push(`${input.file}: report says ${fileReport.papers} papers, the parser read ${parsed.papers.length}`);
    for (const paper of parsed.papers) {
      const kept = sourced.some((p) => p.sources.some((s) => s.file === input.file && s.line === paper.line));
      const named = fileReport.messages.some((m) => m.level !== "info" && m.line === paper.line);
      if (!kept && !named && fileReport.status !== "error") problems.push(`${input.file}:${paper.line}: paper "${paper.title.slice(0, 40)}" is neither in the output nor in the report`);
    }

    // Independent of the parser: a paper of the undamaged seed whose title is still in the damaged
    // text is in the output, or the report says something new about this file.
    const damaged = decoded.text;
    const alerted = newProblems(output, input.file).length > 0;
    const titles = sourced.map((p) => normaliseKey(p.title));
    for (const paper of baseline.papers.filter((p) => p.sources.some((s) => s.file === input.file))) {
      if (!damaged.includes(paper.title)) continue;
      const key = normaliseKey(paper.title);
      const found = titles.some((t) => t === key || t.includes(key) || (t.length > 20 && key.includes(t)));
      if (!found && !alerted) problems.push(`${input.file}: "${paper.title.slice(0, 50)}" is still in the dump but silently missing from the output`);
    }
  }
  return problems;
}

/** Writes a case's dumps to a folder so the failure can be replayed with the ingest CLI. */
function writeCase(folder: string, inputs: DumpInput[]): void {
  mkdirSync(folder, { recursive: true });
  for (const input of inputs) writeFileSync(join(folder, input.file), input.bytes!);
}

const CASES = Number(process.env["FUZZ_CASES"] ?? 150);
const only = process.env["FUZZ_CASE"];

describe("ingest under hostile input", () => {
  it("leaves the undamaged seeds sound (the baseline the fuzz cases compare with)", () => {
    expect(violations(originals, baseline)).toEqual([]);
    expect(baseline.papers.length).toBeGreaterThan(50);
  });

  it(`never throws and keeps every paper accounted for across ${CASES} seeded mutations of the seeds`, () => {
    const failures: string[] = [];
    const seeds = only === undefined ? Array.from({ length: CASES }, (_, i) => i + 1) : [Number(only)];
    for (const seed of seeds) {
      const fuzz = makeCase(seed);
      const label = `case ${seed} (${[...fuzz.applied].map(([file, names]) => `${file}: ${names.join(" + ")}`).join("; ")})`;
      let output: IngestOutput;
      try {
        output = ingestDumps(fuzz.inputs);
      } catch (error) {
        failures.push(`${label}\n  threw ${(error as Error).stack}`);
        continue;
      }
      const found = violations(fuzz.inputs, output);
      if (found.length > 0) {
        failures.push(`${label}\n  ${found.slice(0, 8).join("\n  ")}`);
        if (process.env["FUZZ_DUMP"]) writeCase(join(process.env["FUZZ_DUMP"], `case-${seed}`), fuzz.inputs);
      }
    }
    expect(failures.slice(0, 5).join("\n\n")).toBe("");
  });

  it("rejects a UTF-16 dump and a dump with a Latin-1 line as errors that say how to fix them", () => {
    const card = originals.find((i) => i.file.startsWith("002_"))!;
    const utf16 = MUTATIONS.find((m) => m.name.startsWith("saved as UTF-16"))!.apply(card.bytes!, prng(1));
    const latin = MUTATIONS.find((m) => m.name.includes("Latin-1"))!.apply(card.bytes!, prng(1));
    const output = ingestDumps([{ file: "utf16.txt", bytes: utf16 }, { file: "latin1.txt", bytes: latin }]);
    const byFile = Object.fromEntries(output.report.files.map((f) => [f.file, f]));
    expect(byFile["utf16.txt"]).toMatchObject({ status: "error", format: null, papers: 0 });
    expect(byFile["utf16.txt"]!.messages[0]!.message).toMatch(/binary|UTF/);
    expect(byFile["latin1.txt"]).toMatchObject({ status: "error", format: null, papers: 0 });
    expect(byFile["latin1.txt"]!.messages[0]!.message).toMatch(/UTF-8/);
    expect(output.report.totals).toMatchObject({ files: 2, errors: 2, papers: 0, byStatus: { error: 2 } });
    expect(output.papers).toEqual([]);
  });

  it("reads a dump saved with a UTF-8 byte-order mark and CRLF line endings exactly like the clean one", () => {
    const crlf = MUTATIONS.find((m) => m.name === "UTF-8 BOM and CRLF")!;
    const output = ingestDumps(originals.map((i) => ({ file: i.file, bytes: crlf.apply(i.bytes!, prng(1)) })));
    expect(output.papers).toEqual(baseline.papers);
    expect(output.researchers).toEqual(baseline.researchers);
    expect(output.report).toEqual(baseline.report);
  });

  it("reports a dump cut in the middle of its paper list as truncated, against the count it declares", () => {
    const card = originals.find((i) => i.file.startsWith("002_"))!;
    const lines = text(card.bytes!).split("\n");
    const cut = utf8.encode(lines.slice(0, Math.floor(lines.length / 2)).join("\n"));
    const output = ingestDumps([{ file: card.file, bytes: cut }]);
    const fileReport = output.report.files[0]!;
    expect(fileReport.papers).toBeLessThan(22);
    expect(fileReport.status).toBe("warning");
    expect(fileReport.messages.map((m) => m.message).join("\n")).toMatch(/declares 22 papers? but \d+ papers? were parsed; the dump looks truncated/i);
  });

  it("merges a dump pasted twice under another name instead of duplicating its papers", () => {
    const feed = originals.find((i) => i.file.startsWith("001_"))!;
    const output = ingestDumps([feed, { file: "001_copy.txt", bytes: feed.bytes }]);
    const single = ingestDumps([feed]);
    expect(output.papers.map((p) => p.id)).toEqual(single.papers.map((p) => p.id));
    for (const paper of output.papers) expect(new Set(paper.sources.map((s) => s.file))).toEqual(new Set([feed.file, "001_copy.txt"]));
  });

  it("keeps an enormous line as text without stalling or crashing", () => {
    const profile = originals.find((i) => i.file.startsWith("000_"))!;
    const lines = text(profile.bytes!).split("\n");
    const huge = "x".repeat(4 * 1024 * 1024);
    const output = ingestDumps([{ file: profile.file, bytes: utf8.encode([...lines.slice(0, -2), huge, ...lines.slice(-2)].join("\n")) }]);
    expect(output.report.files[0]!.status).not.toBe("error");
    expect(output.report.files[0]!.papers).toBe(2);
  });
});
