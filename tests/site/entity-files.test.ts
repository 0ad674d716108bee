import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeAllEntityFiles } from "../../src/integrations/entity-files.ts";
import { isEntityFilePath } from "../../src/lib/entity-files/paths.ts";
import { siteContent, siteDist } from "../support/sites.ts";

const scratch = mkdtempSync(join(tmpdir(), "atlas-entity-files-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file under `root` with its bytes, by path relative to `root`. */
function tree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(relative(root, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name), "utf8"));
  }
  return files;
}

const address = { site: "https://atlas.example.org", base: "/" };
const job = { contentDir: siteContent("default"), address, shard: undefined, codeVersion: "test", reuse: null };

describe("entity files in worker threads", () => {
  it("writes the same files, byte for byte, with two worker threads as the build wrote on one", async () => {
    const outDir = join(scratch, "two-threads");
    const { written: count, linked } = await writeAllEntityFiles({ ...job, outDir }, 2);
    expect(linked).toBe(0);
    const written = tree(outDir);
    expect(written.size).toBe(count);
    expect(count).toBeGreaterThan(100);
    const dist = siteDist("default");
    for (const [path, body] of written) expect(readFileSync(join(dist, path), "utf8"), path).toBe(body);
    // …and no entity file of the build is missing from the two threads' shares.
    expect([...tree(dist).keys()].filter(isEntityFilePath).sort()).toEqual([...written.keys()].sort());
  });
});

describe("entity files reused from the previous output", () => {
  it("links every file of an entity whose key is unchanged, and renders the others", async () => {
    const previous = join(scratch, "previous");
    const first = await writeAllEntityFiles({ ...job, outDir: previous }, 1);
    const [changed] = Object.keys(first.keys).filter((name) => name.startsWith("r:"));
    const keys = { ...first.keys, [changed!]: "a key from another build" };
    const outDir = join(scratch, "next");
    const next = await writeAllEntityFiles({ ...job, outDir, reuse: { previousOutput: previous, keys } }, 2);
    expect(next.keys).toEqual(first.keys);
    expect(next.written).toBeGreaterThan(5); // the changed researcher's feed, cards, badges, JSON…
    expect(next.written + next.linked).toBe(first.written);
    const id = changed!.slice(2);
    expect(statSync(join(outDir, `api/researchers/${id}.json`)).ino).not.toBe(statSync(join(previous, `api/researchers/${id}.json`)).ino);
    const other = Object.keys(first.keys).find((name) => name.startsWith("p:"))!.slice(2);
    expect(statSync(join(outDir, `api/papers/${other}.json`)).ino).toBe(statSync(join(previous, `api/papers/${other}.json`)).ino);
    expect(tree(outDir)).toEqual(tree(previous));
  });

  it("renders an entity again when one of its files is missing from the previous output", async () => {
    const previous = join(scratch, "previous-with-a-gap");
    const first = await writeAllEntityFiles({ ...job, outDir: previous }, 1);
    const paper = Object.keys(first.keys).find((name) => name.startsWith("p:"))!.slice(2);
    rmSync(join(previous, `papers/${paper}/cite.ris`));
    const outDir = join(scratch, "after-the-gap");
    const next = await writeAllEntityFiles({ ...job, outDir, reuse: { previousOutput: previous, keys: first.keys } }, 1);
    expect(next.written).toBe(4); // the paper's three citation files and its JSON, none linked
    expect(readFileSync(join(outDir, `papers/${paper}/cite.ris`), "utf8")).toMatch(/^TY {2}-/);
    expect(statSync(join(outDir, `papers/${paper}/cite.bib`)).ino).not.toBe(statSync(join(previous, `papers/${paper}/cite.bib`)).ino);
  });
});
