import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeDump, detectFormat, normaliseText, toLines } from "../../../src/lib/ingest/detect-format.ts";
import { FIXTURES, SEED, seedLines } from "./support.ts";

function detect(lines: string[]) {
  const result = detectFormat(lines);
  return "format" in result ? result.format : `rejected: ${result.rejection.reason}`;
}

describe("detectFormat", () => {
  it("recognises each seed dump's format from its content", () => {
    expect(detect(seedLines(SEED.profilePage))).toBe("profile-page");
    expect(detect(seedLines(SEED.paperFeed))).toBe("paper-feed");
    expect(detect(seedLines(SEED.cardYongjiWu))).toBe("scholar-card");
    expect(detect(seedLines(SEED.cardQunshuZhang))).toBe("scholar-card");
    expect(detect(seedLines(SEED.headerlessProfile))).toBe("profile-page");
  });

  it("rejects HTML with a remedy that says to copy the visible text", () => {
    const result = detectFormat(toLines(readFileSync(join(FIXTURES, "bad/page.html"), "utf8")));
    expect(result).toMatchObject({ rejection: { line: 1, reason: expect.stringContaining("HTML") } });
    expect("rejection" in result && result.rejection.remedy).toContain("visible text");
  });

  it("rejects unrelated prose and blank files", () => {
    expect(detect(toLines(readFileSync(join(FIXTURES, "bad/prose.txt"), "utf8")))).toMatch(/^rejected: no known dump format/);
    expect(detect(["", "  ", ""])).toMatch(/^rejected: file has no text/);
  });

  it("tells a header-less scholar card from a paper feed by its blank lines", () => {
    const card = seedLines(SEED.cardYongjiWu);
    const firstPaper = card.findIndex((l) => l.startsWith("DCOct 28"));
    expect(detect(card.slice(firstPaper))).toBe("scholar-card");
  });
});

describe("decodeDump", () => {
  it("strips a byte-order mark and turns CRLF into LF", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Lin Qu\r\n\r\nbio\r\n")]);
    expect(decodeDump(bytes)).toEqual({ text: "Lin Qu\n\nbio\n" });
  });

  it("rejects empty files, binary data and invalid UTF-8", () => {
    expect(decodeDump(new Uint8Array())).toMatchObject({ rejection: { reason: "empty file" } });
    expect(decodeDump(readFileSync(join(FIXTURES, "bad/binary.bin")))).toMatchObject({ rejection: { reason: expect.stringContaining("binary") } });
    expect(decodeDump(new Uint8Array([0x41, 0xff, 0xfe, 0x41]))).toMatchObject({ rejection: { reason: "not valid UTF-8 text" } });
  });

  it("normalises old Mac CR line endings too", () => {
    expect(normaliseText("a\rb\r\nc")).toBe("a\nb\nc");
  });
});
