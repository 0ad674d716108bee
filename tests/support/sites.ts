/**
 * Fixture sites for build-level and browser tests. Each named site is ingested from a seeds
 * folder and built with `astro build` into `tests/.sites/<name>/dist`. A site is rebuilt only
 * when its inputs (source, scripts, seeds, config, lock file) changed since the last build, so a
 * second `npm test` on an unchanged tree skips the builds; a clean clone always builds.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** Project root. */
export const ROOT = resolve(import.meta.dirname, "../..");

/** A fixture site: which dumps, which base path. */
export interface SiteSpec {
  /** Folder name under tests/.sites. */
  name: string;
  /** Dumps folder, relative to the project root. */
  seeds: string;
  /** BASE_PATH for the build. */
  basePath: string;
  /** Extra flags of scripts/build.ts (ingest's, or `--jobs N`). */
  buildArgs?: string[];
  /** Extra environment for the build (e.g. AUTHORING_DIR, relative to the project root). */
  env?: Record<string, string>;
}

/** Every fixture site the test suite uses. */
export const SITES: Record<string, SiteSpec> = {
  default: { name: "default", seeds: "seeds", basePath: "/" },
  // The base-path site also carries the MDX authoring fixture (free page + researcher overlay).
  atlas: { name: "atlas", seeds: "seeds", basePath: "/atlas/", env: { AUTHORING_DIR: "tests/fixtures/authoring" } },
  hostile: { name: "hostile", seeds: "tests/fixtures/hostile", basePath: "/" },
};

/**
 * Folder of the fixture builds: tests/.sites, or ATLAS_SITES_DIR when set, so that several people
 * (or agents) testing in one working tree keep their own builds instead of replacing each other's
 * mid-run whenever one of them changes a source file.
 */
export const SITES_ROOT = process.env["ATLAS_SITES_DIR"] ? resolve(process.env["ATLAS_SITES_DIR"]) : join(ROOT, "tests/.sites");

/** Absolute path of a built fixture site's output folder. */
export function siteDist(name: keyof typeof SITES | string): string {
  return join(SITES_ROOT, name, "dist");
}

/** Absolute path of a fixture site's generated content folder. */
export function siteContent(name: keyof typeof SITES | string): string {
  return join(SITES_ROOT, name, "content");
}

function hashTree(hash: ReturnType<typeof createHash>, path: string): void {
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (stat.isDirectory()) {
    for (const entry of readdirSync(path).sort()) {
      if (entry === "node_modules" || entry.startsWith(".")) continue;
      hashTree(hash, join(path, entry));
    }
  } else {
    hash.update(path).update(readFileSync(path));
  }
}

function inputsHash(spec: SiteSpec): string {
  const hash = createHash("sha256").update(JSON.stringify(spec));
  for (const part of ["src", "scripts", "public", "content/pages", "content/overlays", "astro.config.mjs", "package-lock.json", spec.seeds, ...Object.values(spec.env ?? {})]) {
    hashTree(hash, join(ROOT, part));
  }
  return hash.digest("hex");
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** Runs `body` while holding a cross-process lock (several test runs may share this tree). */
function withLock<T>(lockDir: string, body: () => T): T {
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${lockDir} is held for over 15 minutes; remove it if no test run is building`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    return body();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/**
 * Builds a fixture site unless an up-to-date build exists; returns its dist folder. The build
 * goes to a staging folder that replaces the old site only when complete, under a lock, so a
 * concurrent test run never sees a half-deleted site.
 */
export function buildSite(spec: SiteSpec): string {
  const sitesRoot = SITES_ROOT;
  const siteRoot = join(sitesRoot, spec.name);
  const dist = join(siteRoot, "dist");
  const stamp = join(siteRoot, "inputs.sha256");
  const hash = inputsHash(spec);
  const upToDate = () => existsSync(stamp) && readFileSync(stamp, "utf8") === hash && existsSync(dist);
  if (upToDate()) return dist;
  mkdirSync(sitesRoot, { recursive: true });
  return withLock(join(sitesRoot, `${spec.name}.lock`), () => {
    if (upToDate()) return dist;
    const staging = join(sitesRoot, `${spec.name}.building`);
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    const content = join(staging, "content");
    const env = {
      CONTENT_DIR: content,
      BASE_PATH: spec.basePath,
      SITE_URL: "https://atlas.example.org",
      ASTRO_CACHE_DIR: join(staging, "cache"),
      ...spec.env,
    };
    const started = Date.now();
    const args = ["scripts/build.ts", "--seeds", spec.seeds, "--content", content, "--out", join(staging, "dist")];
    run(process.execPath, [...args, ...(spec.buildArgs ?? [])], env);
    writeFileSync(join(staging, "inputs.sha256"), hash);
    rmSync(siteRoot, { recursive: true, force: true });
    renameSync(staging, siteRoot);
    console.log(`[sites] built ${spec.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return dist;
  });
}
