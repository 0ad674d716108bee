/**
 * Prints the figures of the embeds of a built site: embed.js raw and gzipped, iframe card and
 * badge sizes, and the natural height of the tallest card of each variant at several widths
 * (which CARD_FRAME_SIZE in src/lib/embed/oembed.ts is chosen from). Needs Chromium for heights.
 *   node scripts/bench-embed.ts [DIST]     (default dist/)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { hasChromium, launchChromium } from "../tests/support/browser.ts";
import { serveDist } from "../tests/support/serve.ts";

const dist = process.argv[2] ?? "dist";
const cards = join(dist, "embed/researchers");
if (!existsSync(join(dist, "embed.js")) || !existsSync(cards)) {
  console.error(`${dist}: no embed.js or embed/researchers/; build the site first (npm run build)`);
  process.exit(1);
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const sizes = (files: string[]) => {
  const raw = files.map((file) => readFileSync(file));
  const total = raw.reduce((sum, buf) => sum + buf.length, 0);
  const gz = raw.reduce((sum, buf) => sum + gzipSync(buf, { level: 9 }).length, 0);
  const max = Math.max(...raw.map((buf) => buf.length));
  return `mean ${kib(total / files.length)} raw, ${kib(gz / files.length)} gzip; largest ${kib(max)} (${files.length} files)`;
};

const script = readFileSync(join(dist, "embed.js"));
console.log(`embed.js          ${kib(script.length)} raw, ${kib(gzipSync(script, { level: 9 }).length)} gzip`);
const ids = readdirSync(cards).filter((name) => !name.includes("."));
console.log(`compact card      ${sizes(ids.map((id) => join(cards, id, "index.html")))}`);
console.log(`full card         ${sizes(ids.map((id) => join(cards, id, "full/index.html")))}`);
console.log(`SVG badge         ${sizes(ids.map((id) => join(cards, `${id}.svg`)))}`);
console.log(`researcher JSON   ${sizes(ids.map((id) => join(dist, "api/researchers", `${id}.json`)))}`);

if (hasChromium()) {
  const server = await serveDist(dist, "/");
  const browser = await launchChromium();
  try {
    for (const variant of ["compact", "full"] as const) {
      for (const width of [280, 360, 480, 600]) {
        const page = await browser.newPage({ viewport: { width, height: 100 } });
        let tallest = { height: 0, id: "" };
        for (const id of ids) {
          await page.goto(`${server.url}embed/researchers/${id}/${variant === "full" ? "full/" : ""}`);
          // The card stretches to fill its frame; measure the content without that.
          const height = await page.evaluate(() => {
            const card = document.querySelector<HTMLElement>(".ra-card");
            if (!card) return 0;
            card.style.minHeight = "0";
            return card.getBoundingClientRect().height;
          });
          if (height > tallest.height) tallest = { height, id };
        }
        await page.close();
        console.log(`${variant.padEnd(7)} card at ${width} px wide: tallest ${Math.ceil(tallest.height)} px (${tallest.id})`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
