/**
 * The graph stage keeps its last output when nothing it shows changed (scripts/graph.ts,
 * graphInputDigest): run on a copy of the default site's content folder.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, siteContent } from "../support/sites.ts";

const scratch = mkdtempSync(join(tmpdir(), "atlas-graph-stage-"));
const content = join(scratch, "content");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function graphStage(...args: string[]): string {
  const result = spawnSync(process.execPath, ["scripts/graph.ts", "--content", content, ...args], { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`graph stage failed (exit ${result.status}):\n${result.stderr}`);
  return result.stdout;
}

function editPaper(id: string, edit: (paper: Record<string, unknown>) => void): void {
  const file = join(content, "papers", `${id}.json`);
  const paper = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  edit(paper);
  writeFileSync(file, JSON.stringify(paper));
}

describe.skipIf(process.env["ATLAS_SKIP_SITES"] === "1")("the graph stage on unchanged inputs", () => {
  let paperId: string;
  beforeAll(() => {
    cpSync(siteContent("default"), content, { recursive: true });
    paperId = readdirSync(join(content, "papers"))[0]!.replace(/\.json$/, "");
    graphStage("--force");
  });

  it("keeps its output when only text the graph does not show changed", () => {
    editPaper(paperId, (paper) => (paper["abstract"] = `${String(paper["abstract"])} One more sentence.`));
    expect(graphStage()).toMatch(/^graph: unchanged since the last run/);
  });

  it("recomputes it when a label changed, and the slice shows the new label", () => {
    editPaper(paperId, (paper) => (paper["title"] = "A title changed by the graph stage test"));
    expect(graphStage()).toMatch(/^graph: \d+ slices/);
    expect(readFileSync(join(content, "graph", "papers", `${paperId}.json`), "utf8")).toContain("A title changed by the graph stage test");
    expect(graphStage()).toMatch(/^graph: unchanged/);
  });
});
