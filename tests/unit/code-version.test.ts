import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { codeVersion } from "../../src/lib/code-version.ts";

const root = mkdtempSync(join(tmpdir(), "atlas-code-version-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("codeVersion", () => {
  it("changes with a source file in a listed folder or with the lock file, not with other files", () => {
    mkdirSync(join(root, "src/lib/feed/deep"), { recursive: true });
    writeFileSync(join(root, "src/lib/feed/deep/atom.ts"), "export const a = 1;");
    writeFileSync(join(root, "src/other.ts"), "export const b = 1;");
    writeFileSync(join(root, "package-lock.json"), "{}");
    const before = codeVersion(root, ["src/lib/feed"]);
    writeFileSync(join(root, "src/other.ts"), "export const b = 2;");
    writeFileSync(join(root, "src/lib/feed/notes.md"), "not code");
    expect(codeVersion(root, ["src/lib/feed"])).toBe(before);
    writeFileSync(join(root, "src/lib/feed/deep/atom.ts"), "export const a = 2;");
    const edited = codeVersion(root, ["src/lib/feed"]);
    expect(edited).not.toBe(before);
    writeFileSync(join(root, "package-lock.json"), '{"lockfileVersion":3}');
    expect(codeVersion(root, ["src/lib/feed"])).not.toBe(edited);
  });
});
