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
  /** Plain-text output (meta tags, JSON-LD, feeds): no markup, no escaping (the caller escapes). */
  plain: boolean;
  /** Inside a link label, where bare URLs must not become nested links. */
  inLink?: boolean;
}

const emitText = (value: string, state: State) => (state.plain ? value : escapeHtml(value));

function link(href: string, inner: string, state: State): string {
  return state.plain ? inner : `<a href="${escapeHtml(href)}" ${LINK_ATTRS}>${inner}</a>`;
}

/**
 * Where the next character that may start markup is: math, a backslash, TeX quotes or a bare
 * URL. The text before it is emitted as one run, so plain prose is escaped in one call
 * instead of one per character (a paper page renders its abstract once and as plain text three
 * times: meta description, citation_abstract, JSON-LD; each feed once more per entry).
 */
const MARKUP_START = /[$\\`']|https?:\/\//g;

function renderRun(source: string, state: State): string {
  let out = "";
  let i = 0;
  while (i < source.length) {
    MARKUP_START.lastIndex = i;
    const next = MARKUP_START.exec(source)?.index ?? source.length;
    if (next > i) {
      out += emitText(source.slice(i, next), state);
      i = next;
      continue;
    }
    const c = source[i] as string;
    // Math: $$…$$, $…$, \[…\], \(…\)
    const math = c === "$" ? (source[i + 1] === "$" ? ["$$", "$$", true] : ["$", "$", false])
      : source.startsWith("\\[", i) ? ["\\[", "\\]", true]
      : source.startsWith("\\(", i) ? ["\\(", "\\)", false]
      : null;
    if (math) {
      const [open, close, display] = math as [string, string, boolean];
      const end = findClosing(source, i + open.length, close);
      if (end > i + open.length) {
        const tex = source.slice(i + open.length, end);
        // Plain text keeps the TeX (minus delimiters and escapes): readable and faithful.
        out += state.plain ? tex.replace(/\\([%&$#_{}])/g, "$1") : renderMath(tex, display);
        state.hasMath ||= !state.plain;
        i = end + close.length;
        continue;
      }
      out += emitText(open, state);
      i += open.length;
      continue;
    }
    if (c === "\\") {
      const next = source[i + 1];
      if (next !== undefined && ESCAPED_CHARS.has(next)) {
        out += emitText(next, state);
        i += 2;
        continue;
      }
      if (next === "\\" || next === " ") {
        out += " ";
        i += 2;
        continue;
      }
      const name = /^[A-Za-z]+/.exec(source.slice(i + 1))?.[0];
      if (name) {
        const rendered = renderCommand(source, i, name, state);
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
    if (source.startsWith("``", i)) {
      out += "\u201c";
      i += 2;
      continue;
    }
    if (source.startsWith("''", i)) {
      out += "\u201d";
      i += 2;
      continue;
    }
    if (c === "h" && !state.inLink && (source.startsWith("http://", i) || source.startsWith("https://", i))) {
      BARE_URL.lastIndex = i;
      const match = BARE_URL.exec(source);
      if (match) {
        const raw = match[0].replace(/[.,;:!?)\]]+$/, "");
        const href = safeHttpUrl(raw);
        if (href) {
          out += link(href, emitText(raw, state), state);
          i += raw.length;
          continue;
        }
      }
    }
    out += emitText(c, state);
    i++;
  }
  return out;
}

function renderCommand(source: string, at: number, name: string, state: State): { html: string; end: number } | null {
  const afterName = at + 1 + name.length;
  if (name === "href") {
    const url = readGroup(source, afterName);
    const label = url && readGroup(source, url.end);
    if (!url || !label) return null;
    const href = safeHttpUrl(latexUrl(url.content));
    const inner = renderRun(label.content, { ...state, inLink: true });
    state.hasMath ||= /class="katex"/.test(inner);
    // A non-http(s) target (javascript:, data:, relative) keeps its label as plain text.
    return { html: href ? link(href, inner, state) : inner, end: label.end };
  }
  if (name === "url") {
    const url = readGroup(source, afterName);
    if (!url) return null;
    const shown = latexUrl(url.content);
    const href = safeHttpUrl(shown);
    return { html: href ? link(href, emitText(shown, state), state) : emitText(shown, state), end: url.end };
  }
  if (Object.hasOwn(TEXT_MACROS, name)) {
    const arg = readGroup(source, afterName);
    if (!arg) return null;
    const tag = TEXT_MACROS[name];
    const inner = renderRun(arg.content, state);
    if (!tag || state.plain) return { html: inner, end: arg.end };
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
  const state: State = { hasMath: false, plain: false };
  const paragraphs = source
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${renderRun(p, state)}</p>`);
  return { html: paragraphs.join(""), hasMath: state.hasMath };
}

/**
 * The abstract as readable plain text for meta tags, JSON-LD and feeds: links become their
 * label, text macros their content, math its TeX without delimiters; paragraphs join with a
 * blank line. The result is unescaped text: the caller's serializer escapes it.
 */
export function abstractPlainText(source: string): string {
  const state: State = { hasMath: false, plain: true };
  return source
    .split(/\n\s*\n/)
    .map((p) => renderRun(p.trim(), state))
    .filter(Boolean)
    .join("\n\n");
}
