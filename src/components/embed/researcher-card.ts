/**
 * `/embed.js`: the `<researcher-card researcher="<id>" theme="auto|light|dark" variant="compact|full">`
 * web component. Bundled on its own (src/integrations/embed-script.ts) with the card model and
 * markup from src/lib/embed, so it shows exactly what the iframe card shows. It reads
 * `api/researchers/<id>.json` next to its own URL, so it works from any origin and under any
 * BASE_PATH, builds the card in Shadow DOM with createElement and text nodes (never innerHTML),
 * and shows the element's own children (e.g. a plain link) until the card is ready or if it fails.
 */
import { profileCard } from "../../lib/embed/card.ts";
import { CARD_CSS, cardTree, type CardChild } from "../../lib/embed/markup.ts";
import { embedPaths, type CardTheme, type CardVariant } from "../../lib/embed/paths.ts";
import type { PublicResearcher } from "../../lib/embed/record.ts";

/** The site root: embed.js is served from it, so its own folder is the base path. */
const SITE_ROOT = new URL(/* @vite-ignore */ "./", import.meta.url).href;

const HOST_CSS = ":host{display:block;max-width:100%}:host([hidden]){display:none}";

/** One stylesheet object shared by every card; adopted sheets also pass a host page's strict style-src CSP. */
let sharedSheet: CSSStyleSheet | null = null;
function applyStyles(root: ShadowRoot): void {
  if ("adoptedStyleSheets" in root && typeof CSSStyleSheet === "function" && "replaceSync" in CSSStyleSheet.prototype) {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(`${HOST_CSS}\n${CARD_CSS}`);
    }
    root.adoptedStyleSheets = [sharedSheet];
  } else {
    const style = document.createElement("style");
    style.textContent = `${HOST_CSS}\n${CARD_CSS}`;
    root.append(style);
  }
}

/** Records by id: cards of the same researcher on one page share one request. */
const records = new Map<string, Promise<PublicResearcher>>();
function loadRecord(id: string): Promise<PublicResearcher> {
  let record = records.get(id);
  if (!record) {
    const url = new URL(embedPaths(id).json, SITE_ROOT);
    record = fetch(url, { credentials: "omit" }).then((response) => {
      if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`);
      return response.json() as Promise<PublicResearcher>;
    });
    // A failed request may succeed later (network blip): forget it so the next card retries.
    record.catch(() => records.delete(id));
    records.set(id, record);
  }
  return record;
}

/** Builds DOM from the card tree: elements from our own tag list, text only as text nodes. */
function toDom(node: CardChild): Node {
  if (typeof node === "string") return document.createTextNode(node);
  const element = document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (name === "href") {
      // Only http(s) links, whatever the JSON says.
      const url = new URL(value, SITE_ROOT);
      if (url.protocol !== "https:" && url.protocol !== "http:") continue;
      element.setAttribute("href", url.href);
    } else {
      element.setAttribute(name, value);
    }
  }
  for (const child of node.children) element.append(toDom(child));
  return element;
}

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** The `<researcher-card>` element. */
export class ResearcherCardElement extends HTMLElement {
  static observedAttributes = ["researcher", "theme", "variant", "heading-level"];
  readonly #root: ShadowRoot;
  #renders = 0;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: "open" });
    applyStyles(this.#root);
    this.#showFallback();
  }

  connectedCallback(): void {
    void this.#render();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) void this.#render();
  }

  /** Shows the element's own children (the author's fallback link) through a slot. */
  #showFallback(): void {
    this.#root.replaceChildren(document.createElement("slot"));
  }

  async #render(): Promise<void> {
    const id = this.getAttribute("researcher")?.trim();
    const render = ++this.#renders;
    if (!id) {
      this.#showFallback();
      console.warn('<researcher-card>: missing researcher="<id>" attribute', this);
      return;
    }
    const variant = pick<CardVariant>(this.getAttribute("variant"), ["compact", "full"], "compact");
    const theme = pick<CardTheme>(this.getAttribute("theme"), ["auto", "light", "dark"], "auto");
    const heading = this.getAttribute("heading-level") === "3" ? "h3" : "h2";
    try {
      const record = await loadRecord(id);
      if (render !== this.#renders) return; // attributes changed while loading
      const tree = cardTree(profileCard(record, variant), { base: SITE_ROOT, heading, theme });
      this.#root.replaceChildren(toDom(tree));
    } catch (error) {
      if (render !== this.#renders) return;
      this.#showFallback();
      console.warn(`<researcher-card researcher="${id}">: could not load the profile card`, error);
    }
  }
}

if (!customElements.get("researcher-card")) customElements.define("researcher-card", ResearcherCardElement);
