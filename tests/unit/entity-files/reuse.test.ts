import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { commitPendingKeys, reusableKeys, writePendingKeys } from "../../../src/lib/entity-files/reuse.ts";

const scratch = mkdtempSync(join(tmpdir(), "atlas-reuse-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function folders(name: string) {
  const root = join(scratch, name);
  const cache = join(root, "cache");
  const out = join(root, "dist");
  mkdirSync(cache, { recursive: true });
  return { cache, out, staging: `${out}.building` };
}

describe("entity-file keys across builds", () => {
  it("lends the keys to the next build once the output they describe is in place", () => {
    const { cache, out, staging } = folders("committed");
    mkdirSync(staging);
    writePendingKeys(cache, { "r:ana": "k1" });
    expect(reusableKeys(cache, out)).toBeNull(); // not committed yet
    renameSync(staging, out);
    commitPendingKeys(cache, out);
    expect(reusableKeys(cache, out)).toEqual({ "r:ana": "k1" });
  });

  it("lends nothing to an output folder that was replaced since", () => {
    const { cache, out } = folders("replaced");
    mkdirSync(out);
    writePendingKeys(cache, { "r:ana": "k1" });
    commitPendingKeys(cache, out);
    rmSync(out, { recursive: true });
    mkdirSync(out);
    writeFileSync(join(out, "index.html"), "a site built some other way");
    expect(reusableKeys(cache, out)).toBeNull();
  });

  it("forgets the keys when a build in place wrote none", () => {
    const { cache, out } = folders("forgotten");
    mkdirSync(out);
    writePendingKeys(cache, { "r:ana": "k1" });
    commitPendingKeys(cache, out);
    commitPendingKeys(cache, out); // the next build left no pending keys
    expect(reusableKeys(cache, out)).toBeNull();
  });
});
