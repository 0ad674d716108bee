import { describe, expect, it } from "vitest";
import { inferCaptureYear, rawMonthDay, rawYear, resolveDate } from "../../../src/lib/ingest/dates.ts";

describe("resolveDate", () => {
  it("turns `Oct 28, 2023` into 2023-10-28", () => {
    expect(resolveDate(rawMonthDay("Oct", "28", "2023"), 2026)).toEqual({ date: "2023-10-28", year: 2023, yearInferred: false, problem: null });
  });

  it("gives a year-less date the capture year and marks the year inferred", () => {
    expect(resolveDate(rawMonthDay("Apr", "8", undefined), 2026)).toMatchObject({ date: "2026-04-08", year: 2026, yearInferred: true });
  });

  it("keeps a profile-page year as a bare year", () => {
    expect(resolveDate(rawYear(2022), 2026)).toMatchObject({ date: "2022", year: 2022, yearInferred: false });
  });

  it("reports a year-less date when there is no capture year instead of guessing", () => {
    const resolved = resolveDate(rawMonthDay("Feb", "3", undefined), null);
    expect(resolved.date).toBeNull();
    expect(resolved.problem).toContain("--capture-year");
  });

  it("keeps only the year of an impossible calendar date and says so", () => {
    const resolved = resolveDate(rawMonthDay("Feb", "29", undefined), 2026);
    expect(resolved).toMatchObject({ date: "2026", year: 2026 });
    expect(resolved.problem).toContain("not a calendar date");
    expect(resolveDate(rawMonthDay("Feb", "29", "2024"), null).date).toBe("2024-02-29");
  });
});

describe("inferCaptureYear", () => {
  it("is one more than the latest explicit year", () => {
    expect(inferCaptureYear([2019, 2025, 2023])).toBe(2026);
  });

  it("is null without any explicit year", () => {
    expect(inferCaptureYear([])).toBeNull();
  });
});
