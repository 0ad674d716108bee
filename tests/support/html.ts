/**
 * Reading built pages in site tests: file access relative to a dist folder and a few small
 * extractors (attributes, JSON-LD, meta tags) that work on Astro's predictable output.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** Reads a built file (path relative to dist, e.g. `researchers/x/index.html`). */
export function readBuilt(dist: string, path: string): string {
  return readFileSync(join(dist, path), "utf8");
}

/** Every file under `dist` whose name ends with `ext`, as paths relative to dist. */
export function listBuilt(dist: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry.endsWith(ext)) out.push(relative(dist, full));
    }
  };
  walk(dist);
  return out.sort();
}

/** Values of an attribute on every element that has it (`href`, `src`, `action` …), entities decoded. */
export function attributeValues(html: string, attribute: string): string[] {
  const pattern = new RegExp(`\\s${attribute}="([^"]*)"`, "g");
  return [...html.matchAll(pattern)].map((m) => decodeEntities(m[1] ?? ""));
}

/** `content` of `<meta name=…>` / `<meta property=…>` tags with that name, in order. */
export function metaContents(html: string, name: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<meta\s[^>]*>/g) ?? []) {
    if (tag.includes(`name="${name}"`) || tag.includes(`property="${name}"`)) {
      const content = /content="([^"]*)"/.exec(tag)?.[1];
      if (content !== undefined) out.push(decodeEntities(content));
    }
  }
  return out;
}

/** Parsed JSON-LD blocks of a page. */
export function jsonLd(html: string): Array<Record<string, unknown>> {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? "null"));
}

/** Decodes the entities Astro emits in attributes and text. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Text of the page with tags removed and entities decoded (for "shows X" assertions). */
export function visibleText(html: string): string {
  return decodeEntities(html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, " ").replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ");
}
