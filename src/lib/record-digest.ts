/**
 * Digests for cache keys (the page keys of src/lib/page-keys.ts, the entity-file keys of
 * src/lib/entity-files/keys.ts). A key combines the digests of dozens of records, and one
 * record (a paper) enters the keys of all its authors, so each record is serialised once.
 */
import { createHash } from "node:crypto";

const recordDigests = new WeakMap<object, string>();

/** Digest of a record's JSON, computed once per record object. */
export function recordDigest(record: object): string {
  let digest = recordDigests.get(record);
  if (digest === undefined) {
    digest = createHash("sha1").update(JSON.stringify(record)).digest("base64url");
    recordDigests.set(record, digest);
  }
  return digest;
}

/** One digest of several parts (digests, or short strings), in order. */
export function combineDigests(parts: readonly string[]): string {
  return createHash("sha1").update(parts.join("\n")).digest("base64url");
}
