/** Deterministic JSON for generated files: two-space indent, trailing newline, keys as built. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
