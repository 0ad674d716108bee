/**
 * Embeddable profile cards (issue 6) as a lab website would use them: the built site is served on
 * one localhost port and a "lab page" on another, and the lab page pastes the snippets from the
 * profile page's "Embed this profile" panel (iframe, SVG badge, web component). Cross-origin reads
 * and framing therefore depend on the `_headers` file exactly as a host would apply it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContextOptions, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchChromium } from "../support/browser.ts";
import { decodeEntities } from "../support/html.ts";
import { serveDist, type StaticServer } from "../support/serve.ts";
import { siteContent, siteDist } from "../support/sites.ts";

const run = hasChromium();
/** SITE_URL of the fixture builds; snippets carry it, the tests point it at the local server. */
const SITE_URL = "https://atlas.example.org";
/** A profile from seeds/002 (a scholar card): named, with metrics and a primary topic. */
const ID = "yongji-wu";
const NAME = "Yongji Wu";
const DARK_BG = "rgb(13, 17, 23)";
const LIGHT_BG = "rgb(255, 255, 255)";

/** The lab website: serves whatever page the current test wrote. */
interface LabServer {
  url: string;
  page: string;
  close(): Promise<void>;
}

async function startLab(): Promise<LabServer> {
  const lab = { page: "", url: "", close: async () => {} };
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(lab.page);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  lab.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  lab.close = () => new Promise<void>((ok) => server.close(() => ok()));
  return lab;
}

/** The snippets of a researcher's embed panel, read from the built profile page, pointed at `site`. */
function snippetsOf(dist: string, id: string, site: StaticServer): Record<string, string> {
  const html = readFileSync(join(dist, "researchers", id, "index.html"), "utf8");
  const snippets: Record<string, string> = {};
  if (!html.includes('<code id="embed-')) throw new Error(`${id}: the profile page has no embed panel snippets`);
  for (const match of html.matchAll(/<code id="embed-([a-z-]+)"[^>]*>([\s\S]*?)<\/code>/g)) {
    snippets[match[1] ?? ""] = decodeEntities(match[2] ?? "").replaceAll(`${SITE_URL}/`, `${site.origin}/`);
  }
  return snippets;
}

/** A lab page holding the three embeds of one researcher, pasted as the panel gives them. */
function labPage(snippets: Record<string, string>): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="en"><head><meta charset="utf-8"><title>Our lab</title></head>',
    "<body><main><h1>Lab members</h1>",
    `<section id="iframe">${snippets["iframe"]}</section>`,
    `<section id="badge">${snippets["badge-html"]}</section>`,
    `<section id="component">${snippets["web-component"]}</section>`,
    "</main></body></html>",
  ].join("\n");
}

/** The iframe card frame of a page, once its card is there. */
async function cardFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector("#iframe iframe");
  const frame = await handle.contentFrame();
  if (!frame) throw new Error("the card iframe has no frame");
  await frame.waitForSelector(".ra-card h1");
  return frame;
}

/** Waits for the web component's card and returns what it shows. */
async function componentCard(page: Page, selector = "researcher-card") {
  await page.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector(".ra-card") != null, selector);
  return page.evaluate((sel) => {
    const root = document.querySelector(sel)?.shadowRoot;
    const card = root?.querySelector<HTMLElement>(".ra-card");
    const name = root?.querySelector<HTMLAnchorElement>(".ra-name a");
    return {
      name: name?.textContent ?? null,
      href: name?.href ?? null,
      theme: card?.dataset["theme"] ?? null,
      variant: card?.dataset["variant"] ?? null,
      background: card ? getComputedStyle(card).backgroundColor : null,
      elements: Array.from(root?.querySelectorAll("*") ?? []).map((e) => e.tagName.toLowerCase()),
      slot: root?.querySelector("slot") != null,
    };
  }, selector);
}

describe.runIf(run)("embeddable profile cards on another origin", () => {
  let browser: Browser;
  let site: StaticServer;
  let lab: LabServer;
  const dist = siteDist("default");

  beforeAll(async () => {
    [browser, site, lab] = await Promise.all([launchChromium(), serveDist(dist), startLab()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), site?.close(), lab?.close()]);
  });

  /** Opens the lab page in a fresh context; records dialogs and page errors. */
  async function openLab(html: string, options: BrowserContextOptions = {}) {
    lab.page = html;
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(lab.url);
    return { page, dialogs, errors, close: () => context.close() };
  }

  it("shows the iframe card with the researcher's name, linking back to the profile", async () => {
    const { page, close } = await openLab(labPage(snippetsOf(dist, ID, site)));
    const frame = await cardFrame(page);
    expect(await frame.locator(".ra-name").textContent()).toBe(NAME);
    const link = await frame.locator(".ra-name a").evaluate((a: HTMLAnchorElement) => ({ href: a.href, target: a.target }));
    expect(link).toEqual({ href: `${site.url}researchers/${ID}/`, target: "_blank" });
    expect(await frame.locator(".ra-metrics").textContent()).toContain("h-index");
    await close();
  });

  it("shows the SVG badge as an image that links to the profile and names the researcher", async () => {
    const { page, close } = await openLab(labPage(snippetsOf(dist, ID, site)));
    const badge = await page.locator("#badge img").evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      // The image's text, read the way a screen reader gets it: the SVG's own <title>.
      const svg = new DOMParser().parseFromString(await (await fetch(img.src)).text(), "image/svg+xml");
      return {
        width: img.naturalWidth,
        alt: img.alt,
        link: (img.closest("a") as HTMLAnchorElement).href,
        role: svg.documentElement.getAttribute("role"),
        title: svg.querySelector("title")?.textContent,
      };
    });
    expect(badge).toEqual({
      width: 420,
      alt: `${NAME} – Research Atlas profile`,
      link: `${site.url}researchers/${ID}/`,
      role: "img",
      title: `${NAME} – Research Atlas profile`,
    });
    await close();
  });

  it("renders the web component in Shadow DOM from the JSON beside its script, linking back", async () => {
    const { page, errors, close } = await openLab(labPage(snippetsOf(dist, ID, site)));
    const card = await componentCard(page);
    expect(card).toMatchObject({ name: NAME, href: `${site.url}researchers/${ID}/`, variant: "compact", theme: null, slot: false });
    expect(errors).toEqual([]);
    await close();
  });

  it("applies the web component's theme and variant attributes", async () => {
    const snippet = snippetsOf(dist, ID, site)["web-component"] ?? "";
    const dark = snippet.replace('theme="auto" variant="compact"', 'theme="dark" variant="full"');
    const { page, close } = await openLab(labPage({ "web-component": dark }), { colorScheme: "light" });
    expect(await componentCard(page)).toMatchObject({ name: NAME, theme: "dark", variant: "full", background: DARK_BG });
    // Changing an attribute re-renders the card.
    await page.evaluate(() => document.querySelector("researcher-card")?.setAttribute("theme", "light"));
    await page.waitForFunction(() => document.querySelector("researcher-card")?.shadowRoot?.querySelector<HTMLElement>(".ra-card")?.dataset["theme"] === "light");
    expect((await componentCard(page)).background).toBe(LIGHT_BG);
    await close();
  });

  it("keeps the web component's fallback link when the researcher does not exist", async () => {
    const snippet = (snippetsOf(dist, ID, site)["web-component"] ?? "").replace(`researcher="${ID}"`, 'researcher="no-such-researcher"');
    const { page, close } = await openLab(labPage({ "web-component": snippet }));
    await page.waitForFunction(() => customElements.get("researcher-card") !== undefined);
    await page.waitForTimeout(300);
    const shown = await page.evaluate(() => {
      const element = document.querySelector("researcher-card");
      return { slot: element?.shadowRoot?.querySelector("slot") != null, link: element?.querySelector("a")?.getBoundingClientRect().height ?? 0 };
    });
    expect(shown.slot).toBe(true);
    expect(shown.link).toBeGreaterThan(0);
    await close();
  });

  it("lets another origin read the researcher, paper and oEmbed JSON", async () => {
    const { page, close } = await openLab(labPage({}));
    const read = await page.evaluate(async (root) => {
      const researcher = await (await fetch(`${root}api/researchers/yongji-wu.json`)).json();
      const paper = await (await fetch(`${root}${researcher.papers[0].path.replace(/^papers\/(.*)\/$/, "api/papers/$1.json")}`)).json();
      const oembed = await (await fetch(`${root}oembed/researchers/yongji-wu.json`)).json();
      return { name: researcher.name, paperTitle: paper.title, firstTitle: researcher.papers[0].title, oembed };
    }, site.url);
    expect(read.name).toBe(NAME);
    expect(read.paperTitle).toBe(read.firstTitle);
    expect(read.oembed).toMatchObject({ type: "rich", version: "1.0", title: NAME, provider_name: "Research Atlas" });
    expect(read.oembed.html).toMatch(/^<iframe src="https:\/\/atlas\.example\.org\/embed\/researchers\/yongji-wu\/" /);
    await close();
  });

  it("lets any origin frame the cards but not the rest of the site", async () => {
    const embedHeaders = (await fetch(`${site.url}embed/researchers/${ID}/`)).headers;
    expect(embedHeaders.get("x-frame-options")).toBeNull();
    expect(embedHeaders.get("content-security-policy")).toContain("frame-ancestors *");
    expect(embedHeaders.get("access-control-allow-origin")).toBe("*");
    const profileHeaders = (await fetch(`${site.url}researchers/${ID}/`)).headers;
    expect(profileHeaders.get("x-frame-options")).toMatch(/^(DENY|SAMEORIGIN)$/);
    expect(profileHeaders.get("access-control-allow-origin")).toBeNull();
    expect((await fetch(`${site.url}embed.js`)).headers.get("access-control-allow-origin")).toBe("*");

    const { page, close } = await openLab(
      `<!DOCTYPE html><title>frames</title><iframe id="card" src="${site.url}embed/researchers/${ID}/"></iframe><iframe id="profile" src="${site.url}researchers/${ID}/"></iframe>`,
    );
    await page.waitForLoadState("load");
    const frameOf = async (selector: string) => (await (await page.$(selector))?.contentFrame()) ?? null;
    expect(await (await frameOf("#card"))?.locator(".ra-name").textContent()).toBe(NAME);
    // Chromium replaces a refused frame with its error page.
    expect((await frameOf("#profile"))?.url()).toMatch(/^chrome-error:/);
    await close();
  });

  it("follows ?theme= in the iframe card, and prefers-color-scheme without it or without JavaScript", async () => {
    const background = async (query: string, options: BrowserContextOptions) => {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await page.goto(`${site.url}embed/researchers/${ID}/${query}`);
      const color = await page.locator(".ra-card").evaluate((card) => getComputedStyle(card).backgroundColor);
      await context.close();
      return color;
    };
    expect(await background("?theme=dark", { colorScheme: "light" })).toBe(DARK_BG);
    expect(await background("?theme=light", { colorScheme: "dark" })).toBe(LIGHT_BG);
    expect(await background("", { colorScheme: "dark" })).toBe(DARK_BG);
    expect(await background("?theme=dark", { colorScheme: "light", javaScriptEnabled: false })).toBe(LIGHT_BG);
  });

  it("passes axe with no serious or critical violations (cards in both themes, component on the lab page)", async () => {
    const serious: string[] = [];
    for (const colorScheme of ["light", "dark"] as const) {
      for (const path of [`embed/researchers/${ID}/`, `embed/researchers/${ID}/full/`]) {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(site.url + path);
        const { violations } = await new AxeBuilder({ page }).analyze();
        serious.push(...violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${path} ${colorScheme}: ${v.id}`));
        await context.close();
      }
      const { page, close } = await openLab(labPage(snippetsOf(dist, ID, site)), { colorScheme });
      await componentCard(page);
      await cardFrame(page);
      const { violations } = await new AxeBuilder({ page }).analyze();
      serious.push(...violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `lab page ${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`));
      await close();
    }
    expect(serious).toEqual([]);
  });

  it("copies each snippet from the profile page's panel and keeps the preview in the site's theme", async () => {
    const context = await browser.newContext({ colorScheme: "light" });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.origin });
    const page = await context.newPage();
    await page.goto(`${site.url}researchers/${ID}/`);
    await page.locator('[data-copy="embed-badge-markdown"]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator("#embed-badge-markdown").textContent());
    await expect.poll(() => page.locator('[data-copy="embed-badge-markdown"]').textContent()).toBe("Copied");
    // The site's theme toggle switches the live preview too.
    const preview = page.locator("[data-embed-preview]");
    expect(new URL((await preview.getAttribute("src")) ?? "", site.url).search).toBe("");
    await page.locator("[data-theme-toggle]").first().click();
    await expect.poll(async () => new URL((await preview.getAttribute("src")) ?? "", site.url).searchParams.get("theme")).toBe("dark");
    await preview.scrollIntoViewIfNeeded();
    const frame = await (await preview.elementHandle())?.contentFrame();
    await frame?.waitForSelector(".ra-card[data-theme=dark]");
    await context.close();
  });

  it("shows the snippets without JavaScript, and no copy buttons that could not work", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}researchers/${ID}/`);
    expect(await page.locator("#embed pre").count()).toBe(7);
    expect(await page.locator("#embed-web-component").textContent()).toContain(`<researcher-card researcher="${ID}"`);
    expect(await page.locator(".embed-copy").first().isVisible()).toBe(false);
    await context.close();
  });

  describe("with hostile source data", () => {
    const hostileDist = siteDist("hostile");
    let hostile: StaticServer;
    beforeAll(async () => {
      hostile = await serveDist(hostileDist);
    });
    afterAll(async () => {
      await hostile?.close();
    });

    it("keeps a script in a researcher's name inert in the iframe card, the badge and the web component", async () => {
      // The hostile fixture's researcher whose name carries a <script> element.
      const dir = join(siteContent("hostile"), "researchers");
      const researcher = readdirSync(dir)
        .map((file) => JSON.parse(readFileSync(join(dir, file), "utf8")) as { id: string; name: string | null })
        .find((r) => r.name?.includes("<script>"));
      if (!researcher?.name) throw new Error("tests/fixtures/hostile has no researcher with <script> in the name");
      const { page, dialogs, errors, close } = await openLab(labPage(snippetsOf(hostileDist, researcher.id, hostile)));
      const frame = await cardFrame(page);
      const card = await componentCard(page);
      await page.locator("#badge img").evaluate((img: HTMLImageElement) => img.decode());
      const inFrame = await frame.evaluate(() => ({
        name: document.querySelector(".ra-name")?.textContent,
        scripts: document.scripts.length,
        images: document.images.length,
        title: document.title,
      }));
      const onLab = await page.evaluate(() => ({
        scripts: Array.from(document.scripts).map((s) => s.src.replace(/^.*\//, "") || "inline"),
        images: document.images.length,
        badgeAlt: document.querySelector("#badge img")?.getAttribute("alt"),
        fallback: document.querySelector("researcher-card a")?.textContent,
      }));
      await close();
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      expect(inFrame).toEqual({ name: researcher.name, scripts: 1, images: 0, title: `${researcher.name} – profile card` });
      expect(card.name).toBe(researcher.name);
      expect(card.elements.filter((tag) => !["article", "header", "footer", "h2", "p", "a", "span", "bdi", "dl", "div", "dt", "dd", "ul", "li"].includes(tag))).toEqual([]);
      expect(onLab).toEqual({ scripts: ["embed.js"], images: 1, badgeAlt: `${researcher.name} – Research Atlas profile`, fallback: `${researcher.name} on Research Atlas` });
    });
  });

  describe("under a base path", () => {
    const atlasDist = siteDist("atlas");
    let atlas: StaticServer;
    beforeAll(async () => {
      atlas = await serveDist(atlasDist, "/atlas/");
    });
    afterAll(async () => {
      await atlas?.close();
    });

    it("finds the JSON beside embed.js and links every embed into /atlas/", async () => {
      const { page, errors, close } = await openLab(labPage(snippetsOf(atlasDist, ID, atlas)));
      const profile = `${atlas.origin}/atlas/researchers/${ID}/`;
      const frame = await cardFrame(page);
      expect(await frame.locator(".ra-name a").evaluate((a: HTMLAnchorElement) => a.href)).toBe(profile);
      expect(await componentCard(page)).toMatchObject({ name: NAME, href: profile });
      expect(await page.locator("#badge img").evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).toBe(420);
      expect(errors).toEqual([]);
      await close();
    });
  });
});
