/**
 * Reading built pages in site tests: file access relative to a dist folder and a few small
 * extractors (attributes, JSON-LD, meta tags) that work on Astro's predictable output.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { HtmlValidate } from "html-validate";
import { ROOT } from "./sites.ts";

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

/** One start tag as an HTML tokenizer sees it (quoted attribute values may hold `<` and `>`). */
export interface StartTag {
  name: string;
  /** Attribute name (lower case) → decoded value. */
  attrs: Map<string, string>;
  /** Offset of `<` and just past `>`. */
  start: number;
  end: number;
  /** Raw text of a <script>/<style> element. */
  text?: string;
}

/**
 * Start tags of a document, tokenised the way browsers do for the cases that matter to escaping
 * tests: quoted attribute values, comments, and raw-text <script>/<style> bodies.
 */
export function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  const attrPattern = /\s*([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;
  let i = 0;
  while ((i = html.indexOf("<", i)) !== -1) {
    if (html.startsWith("<!--", i)) {
      const close = html.indexOf("-->", i + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    const name = /^<([a-zA-Z][^\s\/>]*)/.exec(html.slice(i, i + 64))?.[1]?.toLowerCase();
    if (!name) {
      i++;
      continue;
    }
    const start = i;
    let at = i + 1 + name.length;
    const attrs = new Map<string, string>();
    for (;;) {
      while (/[\s\/]/.test(html[at] ?? "")) at++;
      if (at >= html.length || html[at] === ">") break;
      attrPattern.lastIndex = at;
      const m = attrPattern.exec(html);
      if (!m || m[0].length === 0) {
        at++;
        continue;
      }
      attrs.set((m[1] ?? "").toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ""));
      at = attrPattern.lastIndex;
    }
    const tag: StartTag = { name, attrs, start, end: at + 1 };
    if (name === "script" || name === "style") {
      const close = html.indexOf(`</${name}`, tag.end);
      tag.text = html.slice(tag.end, close === -1 ? html.length : close);
      i = close === -1 ? html.length : close;
    } else {
      i = tag.end;
    }
    tags.push(tag);
  }
  return tags;
}

/** `content` of `<meta name=…>` / `<meta property=…>` tags with that name, in order. */
export function metaContents(html: string, name: string): string[] {
  return startTags(html)
    .filter((t) => t.name === "meta" && (t.attrs.get("name") === name || t.attrs.get("property") === name))
    .map((t) => t.attrs.get("content") ?? "");
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

/** html-validate with the project's one configuration (`.htmlvalidate.json`, relaxations justified in valid-output.test.ts). */
export function pageValidator(): HtmlValidate {
  return new HtmlValidate(JSON.parse(readFileSync(join(ROOT, ".htmlvalidate.json"), "utf8")));
}
