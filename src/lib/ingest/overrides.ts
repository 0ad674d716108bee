/**
 * The user-edited overrides file (`seeds/overrides.json`): names for unnamed profiles, researcher
 * merges and splits, and field corrections. Ingest applies it and reports every entry it applied
 * or could not apply. Format (all keys optional):
 *
 * ```json
 * {
 *   "names":  { "004_6f089a92616556e8.txt": "Full Name" },
 *   "merge":  [{ "into": "Jiarui Qin", "names": ["J. Qin"] }],
 *   "split":  [{ "name": "Wei Li", "papers": ["<paper title or id>"], "as": "Wei Li (Tsinghua)" }],
 *   "fields": [{ "paper": "<title or id>", "set": { "venue": "MLSys" } },
 *              { "researcher": "<name or id>", "set": { "affiliation": "University of Washington" } }]
 * }
 * ```
 */
import { z } from "zod";

const PaperFields = z
  .object({
    date: z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/).nullable(),
    venue: z.string().nullable(),
    type: z.string().nullable(),
    category: z.string().nullable(),
    affiliation: z.string().nullable(),
    abstract: z.string(),
    hasCode: z.boolean(),
    score: z.number().nullable(),
  })
  .partial()
  .strict();

const ResearcherFields = z
  .object({
    bio: z.string().nullable(),
    affiliation: z.string().nullable(),
    role: z.string().nullable(),
    openToCollaborate: z.boolean().nullable(),
    primaryTopic: z.string().nullable(),
  })
  .partial()
  .strict();

/** Schema of the overrides file. */
export const Overrides = z
  .object({
    /** Dump file name → display name for the profile that dump is. */
    names: z.record(z.string(), z.string().min(1)).default({}),
    /** Names (or ids) that are one researcher, kept under `into`. */
    merge: z.array(z.object({ into: z.string().min(1), names: z.array(z.string().min(1)).min(1) }).strict()).default([]),
    /** Author occurrences of `name` on `papers` (titles or ids) that are a different person, shown as `as`. */
    split: z.array(z.object({ name: z.string().min(1), papers: z.array(z.string().min(1)).min(1), as: z.string().min(1) }).strict()).default([]),
    /** Field corrections, by paper or researcher (title/name or id). */
    fields: z
      .array(
        z.union([
          z.object({ paper: z.string().min(1), set: PaperFields }).strict(),
          z.object({ researcher: z.string().min(1), set: ResearcherFields }).strict(),
        ]),
      )
      .default([]),
  })
  .strict();
export type Overrides = z.infer<typeof Overrides>;

/** An empty overrides file. */
export const NO_OVERRIDES: Overrides = { names: {}, merge: [], split: [], fields: [] };

/** Parses the overrides file text; returns the problems as `path: reason` strings when invalid. */
export function parseOverrides(text: string): { overrides: Overrides } | { problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { problems: [`not valid JSON (${(error as Error).message})`] };
  }
  const result = Overrides.safeParse(json);
  if (result.success) return { overrides: result.data };
  return { problems: result.error.issues.map((issue) => `${issue.path.join(".") || "(top level)"}: ${issue.message}`) };
}
