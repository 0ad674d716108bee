/**
 * Deterministic builds (issue 8): the `default` fixture site is built a second time, at another
 * moment, into another folder with its own content and cache folders, and the two `dist/` trees
 * must be byte-identical — same files, same bytes. Anything that differs is listed with the first
 * differing bytes of each side, which is usually enough to name the cause (a timestamp, a random
 * id, a map iterated in insertion order, an absolute path of the build machine).
 *
 * No file is allowed to differ today; if one ever must, list it in UNAVOIDABLE with the reason.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { listBuilt } from "../support/html.ts";
import { buildSite, siteDist, SITES } from "../support/sites.ts";

/** Built files that may differ between two builds of the same input, with why (none today). */
const UNAVOIDABLE: Record<string, string> = {};

/** Where two byte strings first differ, shown as a little text from each side. */
function firstDifference(a: Buffer, b: Buffer): string {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  const show = (bytes: Buffer) => JSON.stringify(bytes.subarray(Math.max(0, at - 40), at + 60).toString("utf8"));
  return `at byte ${at}: ${show(a)} vs ${show(b)}`;
}

describe.skipIf(process.env["ATLAS_SKIP_SITES"] === "1")("two builds of the same input", () => {
  let first: string;
  let second: string;

  beforeAll(() => {
    first = siteDist("default");
    second = buildSite({ ...SITES["default"]!, name: "default-rebuild" });
  });

  it("write the same set of files", () => {
    expect(listBuilt(second, "")).toEqual(listBuilt(first, ""));
  });

  it("write byte-identical files", () => {
    const differing: string[] = [];
    for (const file of listBuilt(first, "")) {
      if (file in UNAVOIDABLE) continue;
      let other: Buffer;
      try {
        other = readFileSync(`${second}/${file}`);
      } catch {
        continue; // reported by the file-set test
      }
      const mine = readFileSync(`${first}/${file}`);
      if (!mine.equals(other)) differing.push(`${file} ${firstDifference(mine, other)}`);
    }
    expect(differing).toEqual([]);
  });
});
