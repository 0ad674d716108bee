/**
 * HTML built as a string for the few page lists that are too long to render element by element
 * (a slice's 150 links on every one of 150k pages; README, "Performance"). Everything from a dump
 * passes through `escapeHtml`, which escapes the same characters as Astro's own expressions.
 */

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}
