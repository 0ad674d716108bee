/**
 * <graph-slice>: the page island. Until it scrolls near the viewport it is a tiny custom element
 * (this module); then it imports Sigma + graphology (./island.ts) and the slice JSON in parallel
 * and mounts the graph. Without JavaScript the element's HTML list carries the same links.
 */
import type { GraphController } from "./renderer.ts";

class GraphSliceElement extends HTMLElement {
  #observer: IntersectionObserver | undefined;
  #controller: GraphController | undefined;
  #unwire: (() => void) | undefined;

  /** The mounted graph (undefined until loaded): used by the browser tests to drive Sigma. */
  get controller(): GraphController | undefined {
    return this.#controller;
  }

  connectedCallback(): void {
    for (const part of this.querySelectorAll<HTMLElement>("[data-needs-js]")) part.hidden = false;
    this.#observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.#observer?.disconnect();
      void this.#load();
    }, { rootMargin: "200px" });
    this.#observer.observe(this);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    this.#unwire?.();
    this.#controller?.kill();
    this.#controller = undefined;
  }

  async #load(): Promise<void> {
    const src = this.dataset["src"] ?? "";
    const status = this.querySelector<HTMLElement>("[data-graph-status]");
    const canvas = this.querySelector<HTMLElement>(".graph-canvas");
    const card = this.querySelector<HTMLElement>(".graph-card");
    const stage = this.querySelector<HTMLElement>(".graph-stage");
    if (!canvas || !card || !stage) return;
    this.dataset["state"] = "loading";
    try {
      const [island, response] = await Promise.all([import("./island.ts"), fetch(src)]);
      if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
      const data: unknown = await response.json();
      if (!this.isConnected) return;
      this.#controller = island.mountSlice(canvas, data, { base: this.dataset["base"] ?? "/", focus: this.dataset["focus"], card, themeRoot: this });
      this.#unwire = island.wireControls(this, stage, this.#controller);
      if (status) status.textContent = "";
      this.dataset["state"] = "ready";
    } catch (error) {
      if (status) status.textContent = "The graph could not be loaded. The list below has the same links.";
      this.dataset["state"] = "error";
      throw error;
    }
  }
}

if (!customElements.get("graph-slice")) customElements.define("graph-slice", GraphSliceElement);
