/**
 * Release builds (issue 8). Both checks run full `scripts/build.ts` builds, so they share this
 * file: Vitest runs files in parallel, and two Astro builds of one project at once would only
 * slow each other down on a 2-core CI machine.
 *
 * Deterministic builds: the `default` fixture site is built a second time, at another
 * moment, into another folder with its own content and cache folders, and the two `dist/` trees
 * must be byte-identical — same files, same bytes. Anything that differs is listed with the first
 * differing bytes of each side, which is usually enough to name the cause (a timestamp, a random
 * id, a map iterated in insertion order, an absolute path of the build machine).
 *
 * The second build renders in two parallel Astro processes (`--jobs 2`, one shard each, merged
 * before one search index is built), so this also proves the render jobs write the site a single
 * process writes. Only the sitemap files are named differently (one per job); they must list the
 * same pages. No other file is allowed to differ; if one ever must, list it in UNAVOIDABLE with
 * the reason.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { listBuilt } from "../support/html.ts";
import { buildSite, ROOT, siteDist, SITES, SITES_ROOT } from "../support/sites.ts";

/** Built files that may differ between two builds of the same input, with why (none today). */
const UNAVOIDABLE: Record<string, string> = {};

/** Where two byte strings first differ, shown as a little text from each side. */
function firstDifference(a: Buffer, b: Buffer): string {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  const show = (bytes: Buffer) => JSON.stringify(bytes.subarray(Math.max(0, at - 40), at + 60).toString("utf8"));
  return `at byte ${at}: ${show(a)} vs ${show(b)}`;
}

/** Sitemap files: one set per render job, so their names differ between one process and several. */
const isSitemap = (file: string): boolean => /^sitemap-[^/]*\.xml$/.test(file);

/** Every page URL the sitemaps of a built site list (through its sitemap index). */
function sitemapUrls(dist: string): string[] {
  const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!);
  const sitemaps = locations(readFileSync(join(dist, "sitemap-index.xml"), "utf8"));
  return sitemaps.flatMap((url) => locations(readFileSync(join(dist, new URL(url).pathname), "utf8"))).sort();
}

describe.skipIf(process.env["ATLAS_SKIP_SITES"] === "1")("two builds of the same input, the second in two render jobs", () => {
  let first: string;
  let second: string;

  beforeAll(() => {
    first = siteDist("default");
    second = buildSite({ ...SITES["default"]!, name: "default-rebuild", buildArgs: ["--jobs", "2"] });
  });

  it("write the same set of files but for the sitemaps' names", () => {
    expect(listBuilt(second, "").filter((file) => !isSitemap(file))).toEqual(listBuilt(first, "").filter((file) => !isSitemap(file)));
  });

  it("list the same pages in their sitemaps", () => {
    expect(sitemapUrls(second)).toEqual(sitemapUrls(first));
    expect(sitemapUrls(first).length).toBeGreaterThan(100);
  });

  it("write byte-identical files", () => {
    const differing: string[] = [];
    for (const file of listBuilt(first, "")) {
      if (file in UNAVOIDABLE || isSitemap(file)) continue;
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

/**
 * Safe deploys: `scripts/build.ts` builds into `<out>.building` and swaps it in only when every
 * stage succeeded. A failing build must leave the previous output byte for byte as it was, leave
 * no staging folder behind, exit non-zero and name the cause (stage, file, field).
 */
describe("a build that fails", () => {
  // Inside the project: Astro puts its prerender chunks in <cwd>/.astro/ when the output folder
  // is outside the working directory, which concurrent builds would share.
  const root = join(SITES_ROOT, "safe-deploy");
  const out = join(root, "dist");
  const previous = { "index.html": "<!doctype html><title>previous release</title>", "papers/x/index.html": "previous paper" };

  beforeAll(() => {
    rmSync(root, { recursive: true, force: true });
    for (const [file, text] of Object.entries(previous)) {
      mkdirSync(join(out, file, ".."), { recursive: true });
      writeFileSync(join(out, file), text);
    }
  });

  /** Runs the build into `out` with extra arguments and environment; returns exit code and output. */
  function build(args: string[], env: Record<string, string> = {}): { status: number | null; output: string } {
    const result = spawnSync(process.execPath, ["scripts/build.ts", "--content", join(root, "content"), "--out", out, ...args], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, SITE_URL: "https://atlas.example.org", BASE_PATH: "/", ASTRO_CACHE_DIR: join(root, "cache"), ...env },
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  }

  function expectPreviousSiteIntact(): void {
    expect(listBuilt(out, "")).toEqual(Object.keys(previous).sort());
    for (const [file, text] of Object.entries(previous)) expect(readFileSync(join(out, file), "utf8")).toBe(text);
    expect(existsSync(`${out}.building`), "staging folder left behind").toBe(false);
  }

  it("keeps the previous site when ingest cannot start, and names the missing seeds folder", () => {
    const result = build(["--seeds", join(root, "no-such-seeds")]);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`seeds folder "${join(root, "no-such-seeds")}" does not exist`);
    expect(result.output).toMatch(/build failed in stage "ingest".*previous site .* is unchanged/);
    expectPreviousSiteIntact();
  });

  it("keeps the previous site when Astro rejects a content file, and names the file and the field", { timeout: 240_000 }, () => {
    const authoring = join(root, "authoring");
    mkdirSync(join(authoring, "overlays"), { recursive: true });
    mkdirSync(join(authoring, "pages"), { recursive: true });
    writeFileSync(join(authoring, "overlays", "yongji-wu.mdx"), "---\norcid: not-an-orcid\n---\nA bio.\n");
    const result = build(["--seeds", "seeds"], { AUTHORING_DIR: authoring });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("yongji-wu.mdx");
    expect(result.output).toMatch(/orcid/);
    expect(result.output).toMatch(/must be an ORCID iD/);
    expect(result.output).toMatch(/build failed in stage "astro build".*previous site .* is unchanged/);
    expectPreviousSiteIntact();
  });
});
