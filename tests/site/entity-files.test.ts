import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
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

describe("entity files in worker threads", () => {
  it("writes the same files, byte for byte, with two worker threads as the build wrote on one", async () => {
    const outDir = join(scratch, "two-threads");
    const address = { site: "https://atlas.example.org", base: "/" };
    const count = await writeAllEntityFiles({ contentDir: siteContent("default"), address, shard: undefined, outDir }, 2);
    const written = tree(outDir);
    expect(written.size).toBe(count);
    expect(count).toBeGreaterThan(100);
    const dist = siteDist("default");
    for (const [path, body] of written) expect(readFileSync(join(dist, path), "utf8"), path).toBe(body);
    // …and no entity file of the build is missing from the two threads' shares.
    expect([...tree(dist).keys()].filter(isEntityFilePath).sort()).toEqual([...written.keys()].sort());
  });
});
