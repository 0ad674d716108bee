/**
 * Renders the LaTeX-flavoured plain text of an abstract to safe HTML at build time.
 *
 * Abstracts come straight from the dumps (arXiv-style): `$…$` math, `\href{url}{text}`, `\url{…}`,
 * text macros (`\textbf`, `\emph`, `\underline`, …), TeX quotes and macros the authors defined
 * for their paper (`\name`). Everything that is not one of those becomes escaped text, so markup
 * in an abstract is shown, never executed. Only http(s) URLs become links.
 */
import katex from "katex";

/** Result of rendering: the HTML and whether KaTeX output is in it (the page then needs KaTeX CSS). */
export interface RenderedLatex {
  html: string;
  hasMath: boolean;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** The URL when it is an absolute http(s) URL, else null (`javascript:`, `data:`, relative …). */
export function safeHttpUrl(raw: string): string | null {
  const candidate = raw.trim();
  // Control characters and whitespace inside a URL are how scheme checks get bypassed.
  if (!candidate || /[\u0000-\u001f\u007f\s]/.test(candidate)) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
}

/** Text macros with one argument and the element they become (null: just the argument). */
const TEXT_MACROS: Record<string, string | null> = {
  textbf: "strong",
  textit: "em",
  emph: "em",
  textsl: "em",
  underline: "u",
  texttt: "code",
  textsc: "span class=\"sc\"",
  textrm: null,
  textsf: null,
  textnormal: null,
  text: null,
  mbox: null,
};

/** Characters LaTeX escapes with a backslash; `\%` shows `%`. */
const ESCAPED_CHARS = new Set(["%", "&", "$", "#", "_", "{", "}"]);

const LINK_ATTRS = 'rel="nofollow noopener noreferrer"';

/** Reads a balanced `{…}` group starting at `start` (after optional spaces); null when absent or unclosed. */
function readGroup(text: string, start: number): { content: string; end: number } | null {
  let i = start;
  while (text[i] === " ") i++;
  if (text[i] !== "{") return null;
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (c === "\\") {
      j++; // an escaped brace does not count
      continue;
    }
    if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return { content: text.slice(i + 1, j), end: j + 1 };
  }
  return null;
}

/** Un-escapes the LaTeX escapes that are common inside URLs (`\%`, `\#`, `\_`, `\&`, `\~`). */
function latexUrl(raw: string): string {
  return raw.replace(/\\([%#_&~$])/g, "$1");
}

/** Finds the closing delimiter of a math span, skipping escaped characters. */
function findClosing(text: string, from: number, delimiter: string): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === "\\") {
      i++;
      continue;
    }
    if (text.startsWith(delimiter, i)) return i;
  }
  return -1;
}

function renderMath(tex: string, displayMode: boolean): string {
  // trust:false keeps \href, \url and \htmlClass inside math inert; throwOnError:false renders
  // invalid TeX as red source text instead of failing the build.
  return katex.renderToString(tex, { displayMode, throwOnError: false, trust: false, strict: "ignore", output: "htmlAndMathml" });
}

/** Bare http(s) URLs in running text; trailing sentence punctuation is not part of the URL. */
const BARE_URL = /https?:\/\/[^\s<>"'{}\\]+/y;

interface State {
  hasMath: boolean;
}

function renderRun(text: string, state: State): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    // Math: $$…$$, $…$, \[…\], \(…\)
    const math = c === "$" ? (text[i + 1] === "$" ? ["$$", "$$", true] : ["$", "$", false])
      : text.startsWith("\\[", i) ? ["\\[", "\\]", true]
      : text.startsWith("\\(", i) ? ["\\(", "\\)", false]
      : null;
    if (math) {
      const [open, close, display] = math as [string, string, boolean];
      const end = findClosing(text, i + open.length, close);
      if (end > i + open.length) {
        out += renderMath(text.slice(i + open.length, end), display);
        state.hasMath = true;
        i = end + close.length;
        continue;
      }
      out += escapeHtml(open);
      i += open.length;
      continue;
    }
    if (c === "\\") {
      const next = text[i + 1];
      if (next !== undefined && ESCAPED_CHARS.has(next)) {
        out += escapeHtml(next);
        i += 2;
        continue;
      }
      if (next === "\\" || next === " ") {
        out += " ";
        i += 2;
        continue;
      }
      const name = /^[A-Za-z]+/.exec(text.slice(i + 1))?.[0];
      if (name) {
        const rendered = renderCommand(text, i, name, state);
        if (rendered) {
          out += rendered.html;
          i = rendered.end;
          continue;
        }
      }
      // Unknown or malformed macro: keep the backslash so the reader sees what the author wrote.
      out += "\\";
      i++;
      continue;
    }
    if (text.startsWith("``", i)) {
      out += "\u201c";
      i += 2;
      continue;
    }
    if (text.startsWith("''", i)) {
      out += "\u201d";
      i += 2;
      continue;
    }
    if (c === "h" && (text.startsWith("http://", i) || text.startsWith("https://", i))) {
      BARE_URL.lastIndex = i;
      const match = BARE_URL.exec(text);
      if (match) {
        const raw = match[0].replace(/[.,;:!?)\]]+$/, "");
        const href = safeHttpUrl(raw);
        if (href) {
          out += `<a href="${escapeHtml(href)}" ${LINK_ATTRS}>${escapeHtml(raw)}</a>`;
          i += raw.length;
          continue;
        }
      }
    }
    out += escapeHtml(c);
    i++;
  }
  return out;
}

function renderCommand(text: string, at: number, name: string, state: State): { html: string; end: number } | null {
  const afterName = at + 1 + name.length;
  if (name === "href") {
    const url = readGroup(text, afterName);
    const label = url && readGroup(text, url.end);
    if (!url || !label) return null;
    const href = safeHttpUrl(latexUrl(url.content));
    const inner = renderRun(label.content, state);
    // A non-http(s) target (javascript:, data:, relative) keeps its label as plain text.
    return { html: href ? `<a href="${escapeHtml(href)}" ${LINK_ATTRS}>${inner}</a>` : inner, end: label.end };
  }
  if (name === "url") {
    const url = readGroup(text, afterName);
    if (!url) return null;
    const shown = latexUrl(url.content);
    const href = safeHttpUrl(shown);
    return { html: href ? `<a href="${escapeHtml(href)}" ${LINK_ATTRS}>${escapeHtml(shown)}</a>` : escapeHtml(shown), end: url.end };
  }
  if (Object.hasOwn(TEXT_MACROS, name)) {
    const arg = readGroup(text, afterName);
    if (!arg) return null;
    const tag = TEXT_MACROS[name];
    const inner = renderRun(arg.content, state);
    if (!tag) return { html: inner, end: arg.end };
    const closeTag = tag.split(" ")[0];
    return { html: `<${tag}>${inner}</${closeTag}>`, end: arg.end };
  }
  return null;
}

/**
 * Renders an abstract: paragraphs split on blank lines, LaTeX math through KaTeX, known text
 * macros and http(s) links as HTML, everything else as escaped text.
 */
export function renderAbstract(source: string): RenderedLatex {
  const state: State = { hasMath: false };
  const paragraphs = source
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${renderRun(p, state)}</p>`);
  return { html: paragraphs.join(""), hasMath: state.hasMath };
}
