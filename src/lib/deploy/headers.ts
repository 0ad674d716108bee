/**
 * The `_headers` file (Netlify and Cloudflare Pages format) written next to the site. Rules are
 * data so other features can add theirs (e.g. CORS for /api/*, framing for /embed/*) by
 * appending to `HEADER_RULES` rather than editing a template. Paths are relative to the site's
 * base path: a host serves `dist/` at the site root.
 */

/** One `_headers` block: a path pattern (`*` wildcard) and the headers it gets. */
export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
  /** Why the rule exists, written as a comment above it. */
  why: string;
  /**
   * Headers a broader rule attached that this path must not get, written as `! Name` (Cloudflare
   * Pages detaches them; Netlify ignores lines without a colon, see frame-ancestors below).
   */
  detach?: string[];
}

/** Content-Security-Policy directives for every page; extend a directive's list to allow more. */
export const CSP: Record<string, string[]> = {
  "default-src": ["'self'"],
  // Inline: the theme toggle's tiny script; wasm: Pagefind's search index.
  "script-src": ["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'"],
  // KaTeX positions glyphs with style attributes.
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:", "https:"],
  // data: because Vite inlines KaTeX fonts under 4 KB into the stylesheet as data: URLs; without
  // it the browser refuses them and math falls back to system fonts (found by Lighthouse).
  "font-src": ["'self'", "data:"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  // No frame-ancestors here: hosts combine every matching rule's headers, so a site-wide
  // frame-ancestors would also apply to /embed/*, which must be framable anywhere. Framing of
  // the rest of the site is refused by X-Frame-Options; /embed/* sends `frame-ancestors *`,
  // which makes browsers ignore X-Frame-Options there (CSP Level 3 frame-ancestors; the HTML
  // standard's X-Frame-Options processing skips the header when frame-ancestors is present).
};

/** Serialises the CSP directives. */
export function cspHeader(csp: Record<string, string[]> = CSP): string {
  return Object.entries(csp)
    .map(([directive, sources]) => `${directive} ${sources.join(" ")}`)
    .join("; ");
}

/** The rules every Research Atlas site ships; later rules add to (or override) earlier ones. */
export const HEADER_RULES: HeaderRule[] = [
  {
    path: "/*",
    why: "security headers for every response",
    headers: {
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "SAMEORIGIN",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
      "Content-Security-Policy": cspHeader(),
    },
  },
  {
    path: "/_astro/*",
    why: "Astro's assets carry a content hash in their name, so they never change",
    headers: { "Cache-Control": "public, max-age=31536000, immutable" },
  },
  // No rule for /pagefind/* itself: hosts join the values of every matching rule, so a
  // revalidating rule there would contradict the immutable one below. Its unhashed entry files
  // (pagefind.js, pagefind-entry.json, the WebAssembly) get the host's default: revalidated.
  ...["index", "fragment", "filter"].map((folder) => ({
    path: `/pagefind/${folder}/*`,
    why: `Pagefind names each ${folder} file after a hash of its content, so a file never changes`,
    headers: { "Cache-Control": "public, max-age=31536000, immutable" },
  })),
];

/** Renders rules in `_headers` syntax. */
export function renderHeaders(rules: HeaderRule[] = HEADER_RULES): string {
  const blocks = rules.map((rule) =>
    [
      `# ${rule.why}`,
      rule.path,
      ...(rule.detach ?? []).map((name) => `  ! ${name}`),
      ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`),
    ].join("\n"),
  );
  return blocks.join("\n\n") + "\n";
}
