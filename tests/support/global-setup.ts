// Builds the fixture sites once per test run, before any test file starts (see sites.ts).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { buildSite, ROOT, SITES } from "./sites.ts";

/** Vitest global setup: build every fixture site whose seeds exist (skipped for unit-only runs). */
export default function setup(): void {
  if (process.env["ATLAS_SKIP_SITES"] === "1") return;
  for (const spec of Object.values(SITES)) {
    if (existsSync(join(ROOT, spec.seeds))) buildSite(spec);
  }
}
