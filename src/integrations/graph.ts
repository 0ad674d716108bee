/**
 * Publishes the graph stage's output (`<content>/graph/`, written by scripts/graph.ts) as static
 * files under `<base>graph/`: copied into the site on astro:build:done, and served from the
 * content folder by `astro dev`. Copying files is much cheaper than rendering 150k JSON endpoints
 * through Astro, and the data is already final.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { SLICE_DIGESTS_FILE } from "../lib/graph/stage.ts";

/** Files of the graph folder that are build data, not site content. */
const PRIVATE = new Set(["summary.json", SLICE_DIGESTS_FILE]);

/** The integration; `graphDir` is `<content>/graph`, `base` the site base path. */
export function graphData(graphDir: string, base: string): AstroIntegration {
  return {
    name: "research-atlas:graph",
    hooks: {
      "astro:server:setup": ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? "").split("?")[0] ?? "");
          const prefix = `${base}graph/`;
          if (!path.startsWith(prefix) || !path.endsWith(".json") || path.includes("..")) return next();
          const file = join(graphDir, path.slice(prefix.length));
          if (!existsSync(file)) return next();
          res.setHeader("content-type", "application/json; charset=utf-8");
          res.end(readFileSync(file));
        });
      },
      "astro:build:done": ({ dir, logger }) => {
        if (!existsSync(join(graphDir, "explorer.json"))) {
          throw new Error(`${graphDir}/explorer.json: missing; run the graph stage (node scripts/graph.ts) before astro build, or use npm run build`);
        }
        const target = join(fileURLToPath(dir), "graph");
        publishTree(graphDir, target, (relativePath) => !PRIVATE.has(relativePath));
        logger.info(`copied graph data from ${graphDir} to ${target}`);
      },
    },
  };
}

/**
 * Puts every file of `from` into `to` as a hard link, falling back to a copy across file systems
 * (EXDEV) or where links are not allowed. Slices are a few GB at 150k pages: copying them took
 * 6 % of a 5k-entity astro build, linking is free. The graph stage replaces its folder rather
 * than rewriting files in place, so the site's links keep the old, complete files.
 */
function publishTree(from: string, to: string, include: (relativePath: string) => boolean, prefix = ""): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const relativePath = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (!include(relativePath)) continue;
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      publishTree(source, target, include, relativePath);
      continue;
    }
    try {
      linkSync(source, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "EXDEV" && code !== "EPERM" && code !== "EMLINK") throw error;
      copyFileSync(source, target);
    }
  }
}
