/**
 * Writes `_headers` (Netlify / Cloudflare Pages) into the build output from the rules in
 * src/lib/deploy/headers.ts, so hashed assets are cached for a year and every response carries
 * the security headers.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { HEADER_RULES, renderHeaders } from "../lib/deploy/headers.ts";

/** The integration; rules can be extended by passing more. */
export function headersFile(extraRules: typeof HEADER_RULES = []): AstroIntegration {
  return {
    name: "research-atlas:headers",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const file = fileURLToPath(new URL("_headers", dir));
        writeFileSync(file, renderHeaders([...HEADER_RULES, ...extraRules]));
        logger.info(`wrote ${file}`);
      },
    },
  };
}
