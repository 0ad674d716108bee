/**
 * A minimal static file server for built sites, mounted under a base path, the way a CDN serves
 * `dist/`: `/x/` serves `x/index.html`, unknown paths get `404.html` with status 404, and the
 * `_headers` file is applied so tests see the same CORS and framing headers a host would send.
 */
import { createServer, type Server } from "node:http";
import { gzipSync } from "node:zlib";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import type { AddressInfo } from "node:net";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".bib": "application/x-bibtex; charset=utf-8",
  ".ris": "application/x-research-info-systems; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pagefind": "application/octet-stream",
};

/** A running server; `url` ends with the base path (e.g. `http://127.0.0.1:4321/atlas/`). */
export interface StaticServer {
  url: string;
  origin: string;
  close(): Promise<void>;
}

/** One response the server sent, with the bytes of its body as sent (after compression). */
export interface ServedResponse {
  /** Request path, without the query string. */
  path: string;
  status: number;
  /** Body bytes on the wire. */
  bytes: number;
  /** Body bytes before compression. */
  rawBytes: number;
}

/** Options of `serveDist`. */
export interface ServeOptions {
  /**
   * Gzip text responses (HTML, JS, CSS, JSON, SVG, XML) for clients that accept it, as every CDN
   * does, so transfer-size measurements match a deployed site. Pagefind's index files are
   * already gzip-compressed by Pagefind and are sent as they are.
   */
  compress?: boolean;
  /** Called for every response, e.g. to sum what a page downloaded. */
  onResponse?: (response: ServedResponse) => void;
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

/** One `_headers` block: the path pattern, the headers it attaches and the ones it detaches (`! Name`). */
export interface HeaderFileRule {
  pattern: RegExp;
  headers: Record<string, string>;
  detach: string[];
}

/** Parses a Netlify/Cloudflare `_headers` file into rules. */
export function parseHeadersFile(text: string): HeaderFileRule[] {
  const rules: HeaderFileRule[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
      rules.push({ pattern: new RegExp(`^${source}$`), headers: {}, detach: [] });
    } else {
      const rule = rules.at(-1);
      const at = line.indexOf(":");
      if (rule && line.trim().startsWith("!")) rule.detach.push(line.trim().slice(1).trim().toLowerCase());
      else if (rule && at > 0) rule.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/**
 * The headers a host sends for `sitePath`, the way Cloudflare Pages documents it: every matching
 * rule applies, a header set by several rules is sent once with the values joined by ", ", and
 * `! Name` in a rule removes that header as attached by the other matching rules.
 */
export function headersFor(rules: HeaderFileRule[], sitePath: string): Record<string, string> {
  const matching = rules.filter((rule) => rule.pattern.test(sitePath));
  const headers: Record<string, string> = {};
  for (const rule of matching) {
    for (const [name, value] of Object.entries(rule.headers)) {
      const detached = matching.some((other) => other !== rule && other.detach.includes(name.toLowerCase()));
      if (!detached) headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
    }
  }
  return headers;
}

/** Serves `dist` under `basePath` on a free localhost port. */
export async function serveDist(dist: string, basePath = "/", options: ServeOptions = {}): Promise<StaticServer> {
  const headersFile = join(dist, "_headers");
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, "utf8")) : [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(basePath)) {
      res.writeHead(404).end("outside base path");
      return;
    }
    const rel = normalize(pathname.slice(basePath.length)).replace(/^(\.\.[/\\])+/, "");
    let file = join(dist, rel);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(dist, "404.html");
    }
    const headers: Record<string, string> = { "content-type": TYPES[extname(file)] ?? "application/octet-stream" };
    const sitePath = "/" + rel.replace(/\\/g, "/");
    Object.assign(headers, headersFor(rules, sitePath));
    const raw = existsSync(file) ? readFileSync(file) : Buffer.from("not found");
    const gzip = options.compress === true && COMPRESSIBLE.test(headers["content-type"] ?? "") && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    const body = gzip ? gzipSync(raw) : raw;
    if (gzip) Object.assign(headers, { "content-encoding": "gzip", vary: "accept-encoding" });
    res.writeHead(status, { ...headers, "content-length": String(body.length) });
    res.end(body);
    options.onResponse?.({ path: url.pathname, status, bytes: body.length, rawBytes: raw.length });
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: origin + basePath,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
