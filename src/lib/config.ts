/**
 * Build settings read from the environment, shared by astro.config.mjs, the content config and
 * the scripts. Kept free of Astro imports so scripts can use it too.
 */

/** Folder that holds the generated collections (`content/` unless `CONTENT_DIR` says otherwise). */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return env["CONTENT_DIR"] || "content";
}

/**
 * Folder of hand-authored MDX (`pages/`, `overlays/`). It stays the project's `content/` even
 * when CONTENT_DIR points generated collections elsewhere, so fixture builds keep the site's
 * own pages; AUTHORING_DIR overrides it (tests use a fixture folder).
 */
export function authoringDir(env: NodeJS.ProcessEnv = process.env): string {
  return env["AUTHORING_DIR"] || "content";
}

/** Folder of profile dumps (`seeds/` unless `SEEDS_DIR` says otherwise). */
export function seedsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env["SEEDS_DIR"] || "seeds";
}

/** Sub-path the site is served under, always with leading and trailing slash (`/`, `/atlas/`). */
export function basePath(env: NodeJS.ProcessEnv = process.env): string {
  const raw = (env["BASE_PATH"] || "/").trim();
  const trimmed = raw.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/** Absolute origin of the deployed site, used for canonical URLs, feeds and the sitemap. */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env["SITE_URL"] || "https://example.org").replace(/\/+$/, "");
}

/**
 * Pagefind's `maxFragments` from `SEARCH_MAX_FRAGMENTS`: above this many pages per language the
 * search fragments are bundled into shared files (fewer files to deploy, larger downloads per
 * result). Undefined keeps Pagefind's default of one fragment file per page.
 */
export function searchMaxFragments(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env["SEARCH_MAX_FRAGMENTS"]?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`SEARCH_MAX_FRAGMENTS=${raw} is not a positive whole number; unset it or use e.g. 10000`);
  }
  return value;
}
