/**
 * Headless Debian Chromium through playwright-core (never a downloaded browser). Without
 * /usr/bin/chromium the browser tests skip loudly, except in CI, where they fail.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Path of Debian's Chromium (override with CHROMIUM_PATH). */
export const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/** True when browser tests can run here; in CI a missing browser is an error, not a skip. */
export function hasChromium(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env["CI"]) throw new Error(`Chromium not found at ${CHROMIUM}; .ci/run must install Debian's chromium`);
  console.warn(`\n!!! SKIPPING BROWSER TESTS: no Chromium at ${CHROMIUM} (apt-get install -y chromium) !!!\n`);
  return false;
}

/** Command-line flags this sandbox needs (also used by Lighthouse's chrome-launcher). */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
  "--enable-unsafe-swiftshader",
];

/** Launches headless Chromium with the flags this sandbox needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}
