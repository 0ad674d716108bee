/**
 * Dates as the dumps show them (`Oct 28, 2023`, year-less `Apr 8`, profile-page years) and the
 * capture year that year-less dates belong to. The clock is never used: the same dumps give the
 * same dates on every run and machine.
 */
import type { RawDate } from "./types.ts";

const MONTHS: Record<string, number> = {
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11, Dec: 12,
};

/** Month abbreviations as alternation for the header regexes of the parsers. */
export const MONTH_PATTERN = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec";

/** Builds a RawDate from the pieces a header regex captured (`Oct`, `28`, `2023` or undefined). */
export function rawMonthDay(month: string, day: string, year: string | undefined): RawDate {
  return {
    month: MONTHS[month] ?? null,
    day: Number(day),
    year: year === undefined ? null : Number(year),
    text: year === undefined ? `${month} ${day}` : `${month} ${day}, ${year}`,
  };
}

/** A date known only by its year (profile-page items: `preprint2026arXiv`). */
export function rawYear(year: number): RawDate {
  return { year, month: null, day: null, text: String(year) };
}

/**
 * The year a page was captured, inferred as one more than the latest explicit full-date year in
 * the card and feed dumps: their lists are newest-first and drop the year only for the current
 * year, so the newest dated entry is from the year before. Null when no date has a year.
 */
export function inferCaptureYear(explicitYears: Iterable<number>): number | null {
  let latest: number | null = null;
  for (const year of explicitYears) if (latest === null || year > latest) latest = year;
  return latest === null ? null : latest + 1;
}

/** A date resolved for output. */
export interface ResolvedDate {
  /** ISO `YYYY-MM-DD`, `YYYY`, or null. */
  date: string | null;
  year: number | null;
  /** True when the year came from the capture year. */
  yearInferred: boolean;
  /** Why the date could not be resolved, when it could not. */
  problem: string | null;
}

/** Resolves a RawDate to ISO, filling a missing year with the capture year. */
export function resolveDate(raw: RawDate | null, captureYear: number | null): ResolvedDate {
  if (!raw) return { date: null, year: null, yearInferred: false, problem: null };
  const yearInferred = raw.year === null;
  const year = raw.year ?? captureYear;
  if (year === null) {
    return { date: null, year: null, yearInferred: false, problem: `year-less date "${raw.text}" and no capture year; pass --capture-year YYYY` };
  }
  if (raw.month === null || raw.day === null) return { date: String(year).padStart(4, "0"), year, yearInferred, problem: null };
  if (!isValidDay(year, raw.month, raw.day)) {
    return { date: String(year), year, yearInferred, problem: `"${raw.text}" is not a calendar date in ${year}; kept the year only` };
  }
  return { date: `${year}-${pad2(raw.month)}-${pad2(raw.day)}`, year, yearInferred, problem: null };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function isValidDay(year: number, month: number, day: number): boolean {
  if (day < 1 || month < 1 || month > 12) return false;
  const lengths = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= lengths[month - 1]!;
}
