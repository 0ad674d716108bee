/**
 * A digest of the source files that produce a stage's output, so a stage can tell that the code
 * changed since its last run (the graph stage's skip, the entity files' reuse). Over-approximates:
 * any edit to a listed file or folder changes it, as does any dependency update (the lock file).
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

function sourceFiles(path: string): string[] {
  if (!existsSync(path)) return [path];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: "utf8" })
    .filter((name) => /\.(ts|mjs|astro)$/.test(name))
    .sort()
    .map((name) => join(path, name));
}

/** Digest of `entries` (files, or folders whose .ts/.mjs/.astro files count) under `root`, plus the lock file. */
export function codeVersion(root: string, entries: readonly string[]): string {
  const hash = createHash("sha256");
  for (const file of [...entries, "package-lock.json"].flatMap((entry) => sourceFiles(join(root, entry)))) {
    hash.update(relative(root, file)).update("\0").update(existsSync(file) ? readFileSync(file) : "").update("\0");
  }
  return hash.digest("hex");
}
