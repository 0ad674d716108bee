/**
 * Turns raw dump bytes into clean lines and decides which of the three dump formats a file is,
 * by content only (never by file name). Rejects what is not a dump (empty, binary, HTML, prose)
 * with a reason and a remedy, so that one bad file never stops the others.
 */
import type { DumpFormat } from "../../schemas/index.ts";
import { isCardPaperHeader } from "./scholar-card.ts";
import { isItemHeader, PROFILE_UI_LINES } from "./profile-page.ts";

/** Why a file could not be read as a dump, with the line it was noticed on. */
export interface Rejection {
  line: number | null;
  reason: string;
  remedy: string;
}

/** Largest dump accepted by default; real profile dumps are a few kilobytes. */
export const DEFAULT_MAX_DUMP_BYTES = 16 * 1024 * 1024;

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes a dump: strips a UTF-8 byte-order mark and turns CRLF/CR into LF, so that a file saved
 * on Windows parses exactly as the clean one. Returns a rejection for binary or non-UTF-8 data.
 */
export function decodeDump(bytes: Uint8Array): { text: string } | { rejection: Rejection } {
  if (bytes.length === 0) {
    return { rejection: { line: null, reason: "empty file", remedy: "re-capture the page or remove the file" } };
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    return { rejection: { line: null, reason: "binary data (NUL bytes), not a text dump", remedy: "remove the file or replace it with the page's text" } };
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return { rejection: { line: null, reason: "not valid UTF-8 text", remedy: "save the dump as UTF-8 text" } };
  }
  return { text: normaliseText(text) };
}

/** Removes a leading BOM and normalises line endings to `\n`. */
export function normaliseText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.includes("\r") ? withoutBom.replace(/\r\n?/g, "\n") : withoutBom;
}

/** Splits normalised text into lines with trailing whitespace removed (pages pad some lines). */
export function toLines(text: string): string[] {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) lines[i] = lines[i]!.trimEnd();
  return lines;
}

const HTML_START = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const SCHOLAR_METRIC = /^(h-index\d+|\d+papers|\d+citations|Novelty\d+(\.\d+)?%|AI Score\d+(\.\d+)?)$/;
const FEED_HEADER = /^(\d+(\.\d+)?)?[A-Za-z][A-Za-z.-]*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}(, \d{4})?(Code)?$/;

/**
 * Detects the format of a dump from its lines, or explains why it is none of them.
 * scholar-card: metric lines (`h-index39`, `22papers`); profile-page: its fixed UI lines, trust
 * line and `preprint2026arXiv` item headers; paper-feed: category/date lines every three lines
 * with no blank lines between.
 */
export function detectFormat(lines: string[]): { format: DumpFormat } | { rejection: Rejection } {
  const firstText = lines.findIndex((l) => l.trim() !== "");
  if (firstText < 0) {
    return { rejection: { line: null, reason: "file has no text (only blank lines)", remedy: "re-capture the page or remove the file" } };
  }
  if (HTML_START.test(lines[firstText]!) || looksLikeMarkup(lines)) {
    return { rejection: { line: firstText + 1, reason: "HTML markup, not a text dump", remedy: "copy the page's visible text (select all, copy) instead of saving its HTML" } };
  }
  let metrics = 0;
  let ui = 0;
  let items = 0;
  let cardHeaders = 0;
  const limit = Math.min(lines.length, 400);
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!;
    if (line.length < 40 && SCHOLAR_METRIC.test(line)) metrics++;
    if (line.length < 120 && (PROFILE_UI_LINES.has(line) || line.startsWith("Trust "))) ui++;
    if (isItemHeader(line)) items++;
    if (isCardPaperHeader(line)) cardHeaders++;
  }
  if (metrics >= 2) return { format: "scholar-card" };
  if (ui >= 3 || (ui >= 1 && items >= 1)) return { format: "profile-page" };
  if (FEED_HEADER.test(lines[firstText]!) && cardHeaders >= 1) {
    // A feed has no blank lines between blocks; a header-less card does.
    const blanks = lines.slice(firstText, limit).filter((l) => l === "").length;
    return { format: blanks > cardHeaders ? "scholar-card" : "paper-feed" };
  }
  return {
    rejection: {
      line: firstText + 1,
      reason: "no known dump format (expected a profile page, a scholar card or a paper feed)",
      remedy: "check that this is a captured researcher page; remove unrelated files from the seeds folder",
    },
  };
}

function looksLikeMarkup(lines: string[]): boolean {
  let tagLines = 0;
  let textLines = 0;
  for (const line of lines.slice(0, 200)) {
    if (line.trim() === "") continue;
    textLines++;
    if (/^\s*<\/?[a-zA-Z][\w-]*(\s[^>]*)?>/.test(line)) tagLines++;
  }
  return textLines > 0 && tagLines / textLines > 0.5;
}
