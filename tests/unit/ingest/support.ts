/** Reads the real seed dumps and the ingest fixtures for the ingest unit tests. */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { decodeDump, toLines } from "../../../src/lib/ingest/detect-format.ts";
import type { DumpInput } from "../../../src/lib/ingest/pipeline.ts";

/** Project root. */
export const ROOT = resolve(import.meta.dirname, "../../..");
/** The seed dumps folder. */
export const SEEDS = join(ROOT, "seeds");
/** The ingest fixtures folder. */
export const FIXTURES = join(ROOT, "tests/fixtures/ingest");

/** The seed files by their number prefix (`000` … `004`). */
export const SEED = {
  profilePage: "000_4573bbf98b0973bd.txt",
  paperFeed: "001_ef1b5e4319548da9.txt",
  cardYongjiWu: "002_50d14b9dda15e8db.txt",
  cardQunshuZhang: "003_33063d6da1e502e2.txt",
  headerlessProfile: "004_6f089a92616556e8.txt",
} as const;

/** Decoded, normalised lines of a file. */
export function linesOf(path: string): string[] {
  const decoded = decodeDump(readFileSync(path));
  if ("rejection" in decoded) throw new Error(`${path}: ${decoded.rejection.reason}`);
  return toLines(decoded.text);
}

/** Lines of a seed dump. */
export function seedLines(file: string): string[] {
  return linesOf(join(SEEDS, file));
}

/** Every file of a folder as ingest inputs. */
export function folderInputs(dir: string): DumpInput[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith("."))
    .map((e) => ({ file: e.name, bytes: readFileSync(join(dir, e.name)) }));
}

/** The seed dumps as ingest inputs. */
export function seedInputs(): DumpInput[] {
  return folderInputs(SEEDS);
}

/** Bytes of a text with CRLF line endings and a UTF-8 byte-order mark. */
export function withCrlfAndBom(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString("utf8").replace(/\n/g, "\r\n");
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
}
