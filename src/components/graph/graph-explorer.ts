/**
 * <graph-explorer>: the /graph/ page. Loads the explorer view (whole corpus, or its best-connected
 * part at scale), colours it by community or kind, and offers search-to-focus with autocomplete.
 * The URL keeps the state (`?focus=r:yongji-wu&types=researcher,paper&colour=kind`) so a view can
 * be shared; entities outside a truncated view are found in search.json and opened as pages.
 */
import { entityHref, KIND_CODE, kindOfCode, NODE_KINDS, type NodeKind } from "../../lib/graph/model.ts";
import type { GraphController } from "./renderer.ts";

interface Suggestion {
  /** Node key in the view, when the entity is drawn. */
  key: string | undefined;
  kind: NodeKind;
  id: string;
  label: string;
}

const MAX_SUGGESTIONS = 8;

class GraphExplorerElement extends HTMLElement {
  #controller: GraphController | undefined;
  #unwire: (() => void) | undefined;
  #byEntity = new Map<string, string>();
  #entries: Suggestion[] = [];
  #extra: Promise<Suggestion[]> | undefined;

  /** The mounted graph, for the browser tests. */
  get controller(): GraphController | undefined {
    return this.#controller;
  }

  connectedCallback(): void {
    for (const part of this.querySelectorAll<HTMLElement>("[data-needs-js]")) part.hidden = false;
    void this.#load();
  }

  disconnectedCallback(): void {
    this.#unwire?.();
    this.#controller?.kill();
    this.#controller = undefined;
  }

  async #load(): Promise<void> {
    const canvas = this.querySelector<HTMLElement>(".graph-canvas");
    const card = this.querySelector<HTMLElement>(".graph-card");
    const stage = this.querySelector<HTMLElement>(".graph-stage");
    const status = this.querySelector<HTMLElement>("[data-graph-status]");
    if (!canvas || !card || !stage) return;
    this.dataset["state"] = "loading";
    const params = new URL(location.href).searchParams;
    const types = params.get("types");
    if (types !== null) {
      const shown = new Set(types.split(","));
      for (const button of this.querySelectorAll<HTMLButtonElement>("button[data-kind]")) {
        button.setAttribute("aria-pressed", String(shown.has(button.dataset["kind"] ?? "")));
      }
    }
    const colour = this.querySelector<HTMLSelectElement>("select[data-colour]");
    if (colour && (params.get("colour") === "kind" || params.get("colour") === "community")) colour.value = params.get("colour") ?? "";
    try {
      const src = this.dataset["src"] ?? "";
      const [island, response] = await Promise.all([import("./island.ts"), fetch(src)]);
      if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
      const data = await response.json();
      const base = this.dataset["base"] ?? "/";
      const controller = island.mountGraph(canvas, data, { base, colourBy: colour?.value === "kind" ? "kind" : "community", card, themeRoot: this });
      this.#controller = controller;
      controller.graph.forEachNode((key, a) => {
        const kind = kindOfCode(a.k) ?? "paper";
        this.#byEntity.set(`${a.k}:${a.id}`, key);
        this.#entries.push({ key, kind, id: a.id, label: a.label });
      });
      const unwireControls = island.wireControls(this, stage, controller, { onKindsChange: (hidden) => this.#saveState({ types: NODE_KINDS.filter((k) => !hidden.has(k)).join(",") }) });
      const onColour = (): void => {
        controller.setColourBy(colour?.value === "kind" ? "kind" : "community");
        this.#saveState({ colour: colour?.value ?? null });
      };
      colour?.addEventListener("change", onColour);
      const unwireSearch = this.#wireSearch(base);
      this.#unwire = () => {
        unwireControls();
        unwireSearch();
        colour?.removeEventListener("change", onColour);
      };
      const focus = params.get("focus");
      if (focus && this.#byEntity.has(focus)) this.#focus(this.#byEntity.get(focus), focus);
      if (status) status.textContent = "";
      this.dataset["state"] = "ready";
    } catch (error) {
      if (status) status.textContent = "The graph could not be loaded. Browse the directories instead.";
      this.dataset["state"] = "error";
      throw error;
    }
  }

  #focus(key: string | undefined, entity: string | null): void {
    this.#controller?.focusNode(key);
    this.#saveState({ focus: entity });
  }

  #saveState(changes: Record<string, string | null>): void {
    const url = new URL(location.href);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null || value === "" || (name === "types" && value === NODE_KINDS.join(","))) url.searchParams.delete(name);
      else url.searchParams.set(name, value);
    }
    history.replaceState(null, "", url);
  }

  /** Entities outside a truncated view, from search.json (fetched on first use only). */
  #outside(): Promise<Suggestion[]> {
    const src = this.dataset["search"];
    if (!src) return Promise.resolve([]);
    this.#extra ??= fetch(src)
      .then((response) => (response.ok ? response.json() : []))
      .then((rows: Array<[string, string, string]>) => rows
        .filter(([k, id]) => !this.#byEntity.has(`${k}:${id}`))
        .map(([k, id, label]) => ({ key: undefined, kind: kindOfCode(k) ?? "paper", id, label })));
    return this.#extra;
  }

  /** ARIA 1.2 combobox with a listbox popup (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/). */
  #wireSearch(base: string): () => void {
    const input = this.querySelector<HTMLInputElement>("input[data-graph-search]");
    const list = this.querySelector<HTMLUListElement>("[data-graph-suggestions]");
    if (!input || !list) return () => undefined;
    let suggestions: Suggestion[] = [];
    let active = -1;
    const render = (): void => {
      list.replaceChildren(...suggestions.map((s, index) => {
        const option = document.createElement("li");
        option.id = `graph-option-${index}`;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", String(index === active));
        const label = document.createElement("span");
        label.textContent = s.label;
        const kind = document.createElement("span");
        kind.className = "graph-option-kind";
        kind.textContent = s.key === undefined ? `${s.kind} · opens its page` : s.kind;
        option.append(label, kind);
        option.addEventListener("mousedown", (event) => {
          event.preventDefault();
          choose(index);
        });
        return option;
      }));
      list.hidden = suggestions.length === 0;
      input.setAttribute("aria-expanded", String(suggestions.length > 0));
      if (active >= 0) input.setAttribute("aria-activedescendant", `graph-option-${active}`);
      else input.removeAttribute("aria-activedescendant");
    };
    const choose = (index: number): void => {
      const s = suggestions[index];
      if (!s) return;
      suggestions = [];
      active = -1;
      input.value = s.label;
      render();
      if (s.key === undefined) location.assign(entityHref(base, s.kind, s.id));
      else this.#focus(s.key, `${KIND_CODE[s.kind]}:${s.id}`);
    };
    const update = async (): Promise<void> => {
      const { foldText } = await import("./renderer.ts");
      const query = foldText(input.value.trim());
      if (!query) {
        suggestions = [];
        render();
        return;
      }
      const rank = (s: Suggestion): number => {
        const label = foldText(s.label);
        return label.startsWith(query) ? 0 : label.includes(` ${query}`) ? 1 : label.includes(query) ? 2 : 3;
      };
      const pick = (pool: Suggestion[]): Suggestion[] => pool.map((s) => [rank(s), s] as const).filter(([r]) => r < 3)
        .sort((a, b) => a[0] - b[0] || a[1].label.localeCompare(b[1].label)).map(([, s]) => s);
      suggestions = pick(this.#entries).slice(0, MAX_SUGGESTIONS);
      if (suggestions.length < MAX_SUGGESTIONS && this.dataset["search"]) {
        suggestions = [...suggestions, ...pick(await this.#outside())].slice(0, MAX_SUGGESTIONS);
      }
      active = suggestions.length > 0 ? 0 : -1;
      render();
    };
    const onInput = (): void => void update();
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (suggestions.length === 0) return;
        active = (active + (event.key === "ArrowDown" ? 1 : -1) + suggestions.length) % suggestions.length;
        render();
      } else if (event.key === "Enter") {
        event.preventDefault();
        choose(Math.max(0, active));
      } else if (event.key === "Escape") {
        suggestions = [];
        render();
      }
    };
    const onBlur = (): void => {
      suggestions = [];
      render();
    };
    input.addEventListener("input", onInput);
    input.addEventListener("keydown", onKey);
    input.addEventListener("blur", onBlur);
    return () => {
      input.removeEventListener("input", onInput);
      input.removeEventListener("keydown", onKey);
      input.removeEventListener("blur", onBlur);
    };
  }
}

if (!customElements.get("graph-explorer")) customElements.define("graph-explorer", GraphExplorerElement);
