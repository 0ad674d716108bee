/**
 * Maps request paths to files of the Pagefind bundle, which the site serves at `${base}pagefind/`.
 * Used by the dev server (which serves the last built bundle) and kept pure so it can be tested.
 */

/** Folder name of the Pagefind bundle inside the site output. */
export const BUNDLE_FOLDER = "pagefind";

/** URL path of the Pagefind bundle for a site served under `base` (`/` or `/atlas/`). */
export function bundleUrl(base: string): string {
  const withSlash = base.endsWith("/") ? base : `${base}/`;
  return `${withSlash}${BUNDLE_FOLDER}/`;
}

/**
 * The bundle-relative file a request path asks for (`/atlas/pagefind/index/en_1.pf_index` →
 * `index/en_1.pf_index`), or null when the path is outside the bundle or tries to climb out of it.
 */
export function bundleFileFor(pathname: string, base: string): string | null {
  const prefix = bundleUrl(base);
  if (!pathname.startsWith(prefix)) return null;
  let rest: string;
  try {
    rest = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return null;
  }
  const parts = rest.split("/");
  if (rest === "" || parts.some((part) => part === "" || part === "." || part === ".." || part.includes("\\"))) return null;
  return parts.join("/");
}
