/**
 * Bundles the `<researcher-card>` web component (src/components/embed/researcher-card.ts) into
 * `<outDir>/embed.js`, a stable URL at the site root that lab pages can load. Astro's own client
 * scripts get hashed names under `_astro/`, which a page on another site cannot rely on, so this
 * runs Vite's library build (Vite is Astro's bundler, already installed) on `astro:build:done`.
 * The dev server serves a fresh bundle at the same URL.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { build, type Rolldown } from "vite";

/** Entry of the web component, relative to the project root. */
export const EMBED_ENTRY = "src/components/embed/researcher-card.ts";

/** Bundles and minifies the web component into one ES module; returns its code. */
export async function bundleEmbedScript(root: string): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: "warn",
    build: {
      write: false,
      target: "es2022",
      minify: true,
      lib: { entry: EMBED_ENTRY, formats: ["es"], fileName: "embed" },
      // Library builds keep whitespace in ES output by default; embed.js is a finished file, so minify fully.
      rolldownOptions: { output: { minify: true } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((output) => output.output).filter((item): item is Rolldown.OutputChunk => item.type === "chunk");
  if (chunks.length !== 1 || !chunks[0]) {
    throw new Error(`${EMBED_ENTRY}: expected one bundled chunk for embed.js, got ${chunks.length}; the web component must not use dynamic imports`);
  }
  return chunks[0].code;
}

/** The integration that writes `embed.js` into the build and serves it in dev. */
export function embedScript(): AstroIntegration {
  let root = process.cwd();
  let base = "/";
  return {
    name: "research-atlas:embed-script",
    hooks: {
      "astro:config:setup": ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:server:setup": ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (req.url?.split("?")[0] !== `${base}embed.js`) return next();
          bundleEmbedScript(root).then(
            (code) => res.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8", "Access-Control-Allow-Origin": "*" }).end(code),
            next,
          );
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        const code = await bundleEmbedScript(root);
        const file = fileURLToPath(new URL("embed.js", dir));
        writeFileSync(file, code);
        logger.info(`wrote ${file} (${(Buffer.byteLength(code) / 1024).toFixed(1)} KiB)`);
      },
    },
  };
}
