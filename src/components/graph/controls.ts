/**
 * Wires the toolbar markup shared by the page island and the explorer (legend toggles, find box,
 * zoom, fullscreen) and the page-level reactions (theme switch, resize) to a mounted graph.
 * Returns a function that removes every listener it added.
 */
import { NODE_KINDS, type NodeKind } from "../../lib/graph/model.ts";
import type { GraphController } from "./renderer.ts";

/** Hooks the explorer adds on top of the shared behaviour. */
export interface ControlHooks {
  /** Called when the set of hidden kinds changes. */
  onKindsChange?(hidden: ReadonlySet<NodeKind>): void;
}

/** Connects `root`'s [data-kind], [data-action] and [data-graph-find] controls to `controller`. */
export function wireControls(root: HTMLElement, stage: HTMLElement, controller: GraphController, hooks: ControlHooks = {}): () => void {
  const undo: Array<() => void> = [];
  const on = <K extends keyof HTMLElementEventMap>(target: EventTarget, type: K | string, listener: (event: Event) => void): void => {
    target.addEventListener(type, listener);
    undo.push(() => target.removeEventListener(type, listener));
  };

  const hidden = new Set<NodeKind>();
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-kind]")) {
    const kind = NODE_KINDS.find((k) => k === button.dataset["kind"]);
    if (!kind) continue;
    if (button.getAttribute("aria-pressed") === "false") hidden.add(kind);
    on(button, "click", () => {
      const show = button.getAttribute("aria-pressed") === "false";
      button.setAttribute("aria-pressed", String(show));
      if (show) hidden.delete(kind);
      else hidden.add(kind);
      controller.setHiddenKinds(hidden);
      hooks.onKindsChange?.(hidden);
    });
  }
  controller.setHiddenKinds(hidden);

  const find = root.querySelector<HTMLInputElement>("input[data-graph-find]");
  const findStatus = root.querySelector<HTMLElement>("[data-graph-find-status]");
  if (find) {
    let found: string[] = [];
    on(find, "input", () => {
      found = controller.setQuery(find.value);
      if (findStatus) findStatus.textContent = find.value.trim() ? `${found.length} match${found.length === 1 ? "" : "es"}` : "";
    });
    on(find, "keydown", (event) => {
      if ((event as KeyboardEvent).key === "Enter" && found[0] !== undefined) {
        event.preventDefault();
        const focus = root.dataset["focus"];
        controller.focusNode(found[0]);
        // Moving the camera must not change which node is the page's focus.
        controller.focusNode(focus, false);
      }
    });
  }

  const actions: Record<string, () => void> = {
    "zoom-in": () => controller.zoomIn(),
    "zoom-out": () => controller.zoomOut(),
    reset: () => controller.reset(),
    fullscreen: () => toggleFullscreen(root),
  };
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-action]")) {
    const action = actions[button.dataset["action"] ?? ""];
    if (action) on(button, "click", action);
  }
  const fullscreenButton = root.querySelector<HTMLButtonElement>('button[data-action="fullscreen"]');
  on(document, "fullscreenchange", () => {
    fullscreenButton?.setAttribute("aria-pressed", String(document.fullscreenElement === root || root.classList.contains("is-fullscreen")));
  });
  on(root, "keydown", (event) => {
    if ((event as KeyboardEvent).key === "Escape" && root.classList.contains("is-fullscreen")) toggleFullscreen(root);
  });

  // Sigma only watches the window; the stage also changes size in fullscreen and on layout shifts.
  const resize = new ResizeObserver(() => controller.renderer.refresh());
  resize.observe(stage);
  undo.push(() => resize.disconnect());

  const theme = (): void => {
    controller.refreshTheme();
    controller.renderer.refresh();
  };
  const observer = new MutationObserver(theme);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  undo.push(() => observer.disconnect());
  on(matchMedia("(prefers-color-scheme: dark)"), "change", theme);

  return () => {
    for (const remove of undo) remove();
  };
}

/** Native fullscreen where the browser allows it for elements, else a fixed full-viewport class. */
function toggleFullscreen(root: HTMLElement): void {
  const button = root.querySelector<HTMLButtonElement>('button[data-action="fullscreen"]');
  if (document.fullscreenEnabled) {
    if (document.fullscreenElement === root) void document.exitFullscreen();
    else void root.requestFullscreen();
    return;
  }
  const on = root.classList.toggle("is-fullscreen");
  button?.setAttribute("aria-pressed", String(on));
}
