/**
 * Readable, stable ids: transliterated slugs (`Zoë` → `zoe`, `Punica: Multi-Tenant LoRA Serving`
 * → `punica-multi-tenant-lora-serving`) made unique with a deterministic `-2`, `-3` suffix given
 * in the order of the entities' identity keys, so the same corpus always gets the same ids.
 */
import slugify from "@sindresorhus/slugify";

/** Separators the fast path may turn into hyphens: ASCII punctuation slugify drops as well. */
const SEPARATORS = new Set([..." .,:;!?()[]/+=_-"].map((c) => c.charCodeAt(0)));

/** One-pass slug of plain ASCII text, or null when the text needs slugify (non-ASCII, `&`, `'`, …). */
function asciiSlug(text: string): string | null {
  let out = "";
  let pendingHyphen = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if ((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57)) {
      if (pendingHyphen && out !== "") out += "-";
      pendingHyphen = false;
      out += String.fromCharCode(lower);
    } else if (SEPARATORS.has(c)) {
      pendingHyphen = true;
    } else {
      return null;
    }
  }
  return out;
}

/** Longest slug kept; longer titles are cut at a word boundary. */
export const MAX_SLUG_LENGTH = 80;

/** Transliterated lowercase slug of a text, cut at a hyphen to MAX_SLUG_LENGTH; "" when nothing is left. */
export function slugOf(text: string): string {
  // Plain ASCII without characters slugify rewrites (`&` → and, apostrophes) takes a fast path
  // with the same result (checked against slugify in tests/unit/ingest/slugs.test.ts).
  // decamelize off: `LoRA` must stay `lora`, not `lo-ra`.
  const slug = asciiSlug(text) ?? slugify(text, { decamelize: false });
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return lastHyphen > 20 ? cut.slice(0, lastHyphen) : slug.slice(0, MAX_SLUG_LENGTH);
}

/** Short stable hash (FNV-1a, hex) for ids of texts that transliterate to nothing (e.g. CJK titles). */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * Assigns a unique id to every identity key. `label` gives the text to slug; `fallback` the
 * prefix when the slug is empty. Keys are processed in sorted order, so the entity with the
 * smallest key keeps the bare slug and the others get `-2`, `-3`, … on every run.
 */
export function assignIds(keys: Iterable<string>, label: (key: string) => string, fallback: string): Map<string, string> {
  const sorted = [...new Set(keys)].sort();
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  const bases = new Map<string, string>();
  for (const key of sorted) {
    const base = slugOf(label(key)) || `${fallback}-${shortHash(key)}`;
    bases.set(key, base);
  }
  // Bare slugs first, so a title that slugs to `foo-2` cannot steal the suffix of `foo`'s twin.
  for (const key of sorted) {
    const base = bases.get(key)!;
    if (!taken.has(base)) {
      taken.add(base);
      ids.set(key, base);
    }
  }
  for (const key of sorted) {
    if (ids.has(key)) continue;
    const base = bases.get(key)!;
    let n = 2;
    while (taken.has(`${base}-${n}`)) n++;
    taken.add(`${base}-${n}`);
    ids.set(key, `${base}-${n}`);
  }
  return ids;
}
