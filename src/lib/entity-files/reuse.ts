/**
 * The record that lets a rebuild reuse the entity files of the previous output (the fs side of
 * keys.ts). Each Astro process keeps, in its cache folder, the keys of the entity files it
 * wrote; `npm run build` commits them only once the new output is in place, stamped with the
 * identity of that output folder. A later build reuses a key only when the folder it would link
 * from is that same folder (same device, inode and birth time): a failed build, a build with
 * another cache folder (another `--jobs`), or a replaced or hand-made output never lends files.
 */
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const COMMITTED = "entity-files.json";
const PENDING = "entity-files.pending.json";

/** Keys per entity (`r:<id>`, `p:<id>`, see keys.ts) and the output folder they describe. */
interface ReuseManifest {
  output: string;
  keys: Record<string, string>;
}

/** Identity of a folder: renames keep it, a new folder of the same name does not get it. */
export function folderIdentity(dir: string): string | null {
  if (!existsSync(dir)) return null;
  const stat = statSync(dir, { bigint: true });
  return `${stat.dev}:${stat.ino}:${stat.birthtimeNs}`;
}

/** The keys the files in `previousOutput` were written with, or null when they are not known to be its files. */
export function reusableKeys(cacheDir: string, previousOutput: string): Record<string, string> | null {
  const file = join(cacheDir, COMMITTED);
  const identity = folderIdentity(previousOutput);
  if (!identity || !existsSync(file)) return null;
  try {
    const manifest = JSON.parse(readFileSync(file, "utf8")) as ReuseManifest;
    return manifest.output === identity ? manifest.keys : null;
  } catch {
    return null; // A torn or foreign file: reuse nothing, the build writes everything.
  }
}

/** Records the keys of the files this process wrote, to be committed once its output is in place. */
export function writePendingKeys(cacheDir: string, keys: Record<string, string>): void {
  writeFileSync(join(cacheDir, PENDING), JSON.stringify({ output: "", keys } satisfies ReuseManifest));
}

/** After the swap: stamps the pending keys of `cacheDir` with `output`'s identity and makes them the committed ones. */
export function commitPendingKeys(cacheDir: string, output: string): void {
  const pending = join(cacheDir, PENDING);
  if (!existsSync(pending)) {
    rmSync(join(cacheDir, COMMITTED), { force: true }); // This build wrote none (a plain astro build, a failure): nothing is known.
    return;
  }
  const manifest = JSON.parse(readFileSync(pending, "utf8")) as ReuseManifest;
  writeFileSync(pending, JSON.stringify({ output: folderIdentity(output) ?? "", keys: manifest.keys } satisfies ReuseManifest));
  renameSync(pending, join(cacheDir, COMMITTED));
}
