import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES, ROOT, SEEDS } from "./support.ts";

const work = mkdtempSync(join(tmpdir(), "atlas-ingest-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function ingest(seeds: string, out: string, ...flags: string[]) {
  const result = spawnSync(process.execPath, ["scripts/ingest.ts", "--seeds", seeds, "--out", out, ...flags], { cwd: ROOT, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8"));

describe("scripts/ingest.ts", () => {
  it("ingests a folder with bad files: good files kept, bad ones reported with file and reason, exit 0", () => {
    const out = join(work, "bad");
    const run = ingest(join(FIXTURES, "bad"), out);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("bad/empty.txt: error: empty file; re-capture the page or remove the file");
    expect(run.stderr).toMatch(/bad\/page\.html:1: error: HTML markup, not a text dump; copy the page's visible text/);
    expect(run.stderr).toMatch(/bad\/prose\.txt:1: error: no known dump format/);
    expect(run.stderr).toMatch(/bad\/binary\.bin: error: binary data/);
    const report = readJson(join(out, "ingest-report.json"));
    expect(report.totals).toMatchObject({ files: 5, errors: 4, byStatus: { error: 4, warning: 1 } });
    expect(existsSync(join(out, "researchers/yongji-wu.json"))).toBe(true);
    expect(run.stdout).toMatch(/ingest: 5 files .* Details: .*ingest-report\.json/);
  });

  it("exits non-zero with --strict when a file could not be read", () => {
    expect(ingest(join(FIXTURES, "bad"), join(work, "strict"), "--strict").status).toBe(1);
    expect(ingest(SEEDS, join(work, "strict-seeds"), "--strict").status).toBe(0);
  });

  it("rejects a file above the size limit without reading it", () => {
    const run = ingest(SEEDS, join(work, "large"), "--max-file-mb", "0.01");
    expect(run.stderr).toMatch(/002_50d14b9dda15e8db\.txt: error: file is \d+\.\d KB, above the 10\.2 KB limit for one dump; check that it is a single captured page/);
    expect(run.stderr).not.toContain("000_4573bbf98b0973bd.txt: error");
  });

  it("writes byte-identical output on a re-run and rewrites nothing", () => {
    const out = join(work, "stable");
    ingest(SEEDS, out);
    const before = new Map(readdirSync(join(out, "papers")).map((f) => [f, statSync(join(out, "papers", f)).mtimeMs]));
    const snapshot = readFileSync(join(out, "researchers/yongji-wu.json"), "utf8");
    const second = ingest(SEEDS, out);
    expect(second.stdout).toMatch(/\(0 files written, \d+ unchanged, 0 stale removed\)/);
    for (const [file, mtime] of before) expect(statSync(join(out, "papers", file)).mtimeMs).toBe(mtime);
    expect(readFileSync(join(out, "researchers/yongji-wu.json"), "utf8")).toBe(snapshot);
  });

  it("removes generated files that a new run no longer produces", () => {
    const seeds = join(work, "shrinking-seeds");
    const out = join(work, "shrinking");
    cpSync(SEEDS, seeds, { recursive: true });
    ingest(seeds, out);
    expect(existsSync(join(out, "researchers/lin-qu.json"))).toBe(true);
    rmSync(join(seeds, "000_4573bbf98b0973bd.txt"));
    writeFileSync(join(out, "papers/left-over.json"), "{}");
    const run = ingest(seeds, out);
    expect(existsSync(join(out, "researchers/lin-qu.json"))).toBe(false);
    expect(existsSync(join(out, "papers/left-over.json"))).toBe(false);
    expect(existsSync(join(out, "papers/usergpt-technical-report.json"))).toBe(false);
    expect(run.stdout).toMatch(/[1-9]\d* stale removed/);
  });

  it("applies seeds/overrides.json and uses --capture-year for year-less dates", () => {
    const seeds = join(work, "override-seeds");
    const out = join(work, "override");
    cpSync(SEEDS, seeds, { recursive: true });
    writeFileSync(join(seeds, "overrides.json"), JSON.stringify({ names: { "004_6f089a92616556e8.txt": "Ada Lovelace" } }));
    const run = ingest(seeds, out, "--capture-year", "2030");
    expect(run.status).toBe(0);
    expect(readJson(join(out, "researchers/ada-lovelace.json"))).toMatchObject({ name: "Ada Lovelace", nameSource: "override" });
    const report = readJson(join(out, "ingest-report.json"));
    expect(report.captureYear).toEqual({ value: 2030, source: "flag" });
    expect(report.files.map((f: { file: string }) => f.file)).not.toContain("overrides.json");
    expect(readJson(join(out, "papers/foundry-template-based-cuda-graph-context-materialization-for-fast-llm-serving.json")).date).toBe("2030-04-08");
  });

  it("refuses a malformed --capture-year with a remedy", () => {
    const run = ingest(SEEDS, join(work, "bad-year"), "--capture-year", "26");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--capture-year "26" is not a four-digit year');
  });

  it("keeps markup in titles, names, affiliations and abstracts verbatim as JSON text", () => {
    const out = join(work, "hostile");
    expect(ingest(join(ROOT, "tests/fixtures/hostile"), out).status).toBe(0);
    const papers = readdirSync(join(out, "papers")).map((f) => readJson(join(out, "papers", f)));
    expect(papers.map((p) => p.title)).toContain("<script>alert(1)</script> Cross-Site Scripting in Research Directories");
    expect(papers.map((p) => p.abstract).join("\n")).toContain("\\href{javascript:alert(1)}{x}");
    expect(papers.map((p) => p.affiliation)).toContain("<script>alert(1)</script> Institute");
    const names = readdirSync(join(out, "researchers")).map((f) => readJson(join(out, "researchers", f)).name);
    expect(names).toContain('"><img src=x onerror=alert(1)> Eve Markup');
    expect(readJson(join(out, "ingest-report.json")).files.map((f: { file: string }) => f.file)).toContain("006_quote'and&amp.txt");
  });
});
