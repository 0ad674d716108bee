/**
 * `npm run lockfile:complete`: adds the platform-specific optional packages (Pagefind's and the
 * Astro compiler's native binaries for other systems) that npm leaves out of package-lock.json
 * when the registry it resolved against does not carry them, as on this project's build
 * machines. Without those entries `npm ci` refuses the lock file ("Missing: … from lock file").
 * Each added entry names only version, os, cpu and libc, so npm skips it on other platforms and
 * fetches it normally where it applies. Run it after every `npm install` that changes the lock.
 */
import { readFileSync, writeFileSync } from "node:fs";

interface LockPackage {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

const PLATFORM = /(android|darwin|linux|freebsd|win32|windows|wasm32)-?(arm64|x64|wasi)?(?:-(gnu|musl|msvc))?$/;

/** The os/cpu/libc constraints a native binary package's name states (`linux-arm64-musl`). */
export function platformOf(name: string): Pick<LockPackage, "os" | "cpu" | "libc"> | null {
  const match = PLATFORM.exec(name.split("/").at(-1) ?? "");
  if (!match) return null;
  const [, os, cpu, abi] = match;
  if (os === "wasm32") return { cpu: ["wasm32"] };
  return {
    os: [os === "windows" ? "win32" : os!],
    cpu: [cpu ?? "x64"],
    ...(abi === "gnu" ? { libc: ["glibc"] } : abi === "musl" ? { libc: ["musl"] } : {}),
  };
}

const path = process.argv[2] ?? "package-lock.json";
const lock = JSON.parse(readFileSync(path, "utf8")) as { packages: Record<string, LockPackage> };
const added: string[] = [];
for (const meta of Object.values(lock.packages)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    const platform = platformOf(dep);
    if (key in lock.packages || !platform) continue;
    lock.packages[key] = { version, optional: true, ...platform };
    added.push(`${dep}@${version}`);
  }
}
const sorted = Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0));
lock.packages = Object.fromEntries(sorted);
writeFileSync(path, JSON.stringify(lock, null, 2) + "\n");
console.log(added.length ? `added ${added.length} platform entries: ${added.join(", ")}` : "lock file already complete");
