/**
 * Incremental rebuilds (issue 7): after a dump changed, `npm run build` with the caches of the
 * last build kept (content folder, Astro's cache with its copy of the output, the graph stage's
 * digest) must write exactly what a cold build of the edited input writes — the cache keys of
 * src/lib/page-keys.ts must miss nothing a page shows — while most pages are copied, not rendered.
 *
 * Two rebuilds: the first after an abstract edit (text the graph does not show: the graph stage
 * keeps its output, only pages that show the paper are rendered and only the entity files that
 * show it are written, the others linked from the previous output), the second after a title
 * edit (which renames the paper and changes its authors' paper lists, the graph and its slices).
 * The output of the second is compared with a cold build of the edited dumps.
 */
import { spawnSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { stripAnsi } from "../../src/lib/bench/phases.ts";
import { listBuilt } from "../support/html.ts";
import { ROOT, SITES_ROOT } from "../support/sites.ts";

// Inside the project: Astro writes its prerender chunks to <cwd>/.astro/ for output folders outside it.
const root = join(SITES_ROOT, "incremental");
const seeds = join(root, "seeds");

/** Runs scripts/build.ts with its own content, cache and output folders under `root`; returns its output. */
function build(name: string): string {
  const result = spawnSync(process.execPath, ["scripts/build.ts", "--seeds", seeds, "--content", join(root, name, "content"), "--out", join(root, name, "dist")], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, SITE_URL: "https://atlas.example.org", BASE_PATH: "/", ASTRO_CACHE_DIR: join(root, name, "cache") },
  });
  if (result.status !== 0) throw new Error(`build ${name} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function editSeed(file: string, from: string, to: string): void {
  const path = join(seeds, file);
  const text = readFileSync(path, "utf8");
  if (!text.includes(from)) throw new Error(`${file} no longer contains "${from}"; pick another edit for this test`);
  writeFileSync(path, text.replace(from, to));
}

/** Entity pages a build's output says it copied from the cache, and those it rendered. */
function pageCounts(output: string): { reused: number; rendered: number } {
  // Astro colours its log when it thinks a terminal or CI is watching (CI=true does). A rebuild
  // restores several pages at once (renderConcurrency), so their log lines interleave: count the
  // researcher and paper pages named and the "(restored)" marks, which only those pages get
  // (nothing else has a cache key).
  const log = stripAnsi(output);
  const pages = (log.match(/├─ \/(?:researchers|papers)\/[^/\s]+\/index\.html/g) ?? []).length;
  const reused = (log.match(/\((?:cached|restored)\)/g) ?? []).length;
  return { reused, rendered: pages - reused };
}

describe.skipIf(process.env["ATLAS_SKIP_SITES"] === "1")("a rebuild after a dump changed", { timeout: 600_000 }, () => {
  let afterAbstract: string;
  let afterTitle: string;
  beforeAll(() => {
    rmSync(root, { recursive: true, force: true });
    cpSync(join(ROOT, "seeds"), seeds, { recursive: true });
    build("kept");
    const dump = readdirSync(seeds).find((name) => name.startsWith("001_"))!;
    editSeed(dump, "User Behavior Modeling (UBM) plays", "User Behavior Modeling (UBM), an edit for this test, plays");
    afterAbstract = build("kept");
    editSeed(dump, "Youtu-LLM: Unlocking the Native Agentic Potential", "Youtu-LLM, renamed: Unlocking the Native Agentic Potential");
    afterTitle = build("kept");
    build("cold");
  }, 600_000);

  it("writes the same files as a cold build of the edited dumps", () => {
    expect(listBuilt(join(root, "kept/dist"), "")).toEqual(listBuilt(join(root, "cold/dist"), ""));
  });

  it("writes them byte for byte", () => {
    const differing = listBuilt(join(root, "cold/dist"), "").filter((file) => {
      const kept = join(root, "kept/dist", file);
      try {
        return !readFileSync(kept).equals(readFileSync(join(root, "cold/dist", file)));
      } catch {
        return true;
      }
    });
    expect(differing).toEqual([]);
    expect(readFileSync(join(root, "kept/dist/papers/youtu-llm-renamed-unlocking-the-native-agentic-potential-for-lightweight-large/index.html"), "utf8")).toContain("Youtu-LLM, renamed");
  });

  it("after an abstract edit, keeps the graph and renders only the pages that show the paper", () => {
    expect(afterAbstract).toMatch(/graph: unchanged since the last run/);
    const { reused, rendered } = pageCounts(afterAbstract);
    expect(rendered).toBeGreaterThan(0);
    // The paper, its authors and the papers that list it as related (20 of 157 when written);
    // everything else is copied.
    expect(rendered).toBeLessThan((reused + rendered) / 5);
    expect(reused + rendered).toBeGreaterThan(150);
  });

  it("after an abstract edit, links the unchanged entities' files from the previous output", () => {
    const log = stripAnsi(afterAbstract);
    const written = Number(/wrote (\d+) feed, citation, card, badge and JSON files/.exec(log)?.[1] ?? NaN);
    const linked = Number(/linked (\d+) unchanged ones from the previous output/.exec(log)?.[1] ?? 0);
    // The paper's own files and those of its authors (their feeds and JSON list it) are written.
    expect(written).toBeGreaterThan(0);
    expect(linked).toBeGreaterThan(written * 4);
  });

  it("after a title edit, recomputes the graph and still copies the pages it left alone", () => {
    expect(afterTitle).toMatch(/graph: \d+ slices/);
    const { reused, rendered } = pageCounts(afterTitle);
    expect(rendered).toBeGreaterThan(0);
    expect(reused).toBeGreaterThan(rendered);
  });
});
