/**
 * Cuts a dump's paper list into blocks: each block starts at a header line (a category/date line
 * or a profile-page item line) and runs to the next header. Shared by the three parsers.
 */

/** One block: the header's index and the lines after it (blank lines kept, ends trimmed). */
export interface Block {
  /** 0-based index of the header line. */
  header: number;
  /** 0-based index of each body line, with the line. */
  body: Array<{ index: number; text: string }>;
}

/** Splits `lines[from..]` into blocks at every line for which `isHeader` holds. */
export function cutBlocks(lines: string[], from: number, isHeader: (line: string) => boolean): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (isHeader(line)) {
      if (current) blocks.push(trimBody(current));
      current = { header: i, body: [] };
    } else if (current) {
      current.body.push({ index: i, text: line });
    }
  }
  if (current) blocks.push(trimBody(current));
  return blocks;
}

function trimBody(block: Block): Block {
  const body = block.body;
  let start = 0;
  let end = body.length;
  while (start < end && body[start]!.text.trim() === "") start++;
  while (end > start && body[end - 1]!.text.trim() === "") end--;
  return { header: block.header, body: body.slice(start, end) };
}

/** Joins body lines verbatim (inner blank lines kept) into one text. */
export function joinLines(body: Array<{ text: string }>): string {
  return body.map((l) => l.text).join("\n");
}
