/**
 * Escaping for the markup the embeds emit. Everything in a card comes from a dump, so every
 * piece of text goes through here before it meets HTML or SVG.
 */

const MARKUP_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Characters XML 1.0 forbids (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
 * One of them in a name would make the whole SVG badge unparseable, so they become U+FFFD:
 * visible as "�" (never silently dropped) while the document stays well-formed.
 * https://www.w3.org/TR/xml/#charsets
 */
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Escapes text for element content and quoted attribute values in HTML and XML (SVG): the five
 * markup characters become entities and characters XML cannot carry become U+FFFD.
 */
export function escapeMarkup(text: string): string {
  return text.replace(XML_FORBIDDEN, "\ufffd").replace(/[&<>"']/g, (c) => MARKUP_ESCAPES[c] ?? c);
}

/** Shortens text to at most `max` user-visible characters (code points), ending in "…" when cut. */
export function truncateText(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, Math.max(0, max - 1)).join("").trimEnd() + "…";
}
