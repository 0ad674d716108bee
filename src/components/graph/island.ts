/**
 * The lazily loaded half of the graph UI: everything that needs Sigma and graphology. Both the
 * page island and the explorer import this one chunk, so browsers cache it once.
 */
import { LAYOUT_EXTENT } from "../../lib/graph/model.ts";
import { mountGraph, type GraphController, type MountOptions } from "./renderer.ts";

export { wireControls } from "./controls.ts";
export { mountGraph } from "./renderer.ts";

/** Mounts a slice framed on ±LAYOUT_EXTENT so its focus sits in the middle of the canvas. */
export function mountSlice(container: HTMLElement, data: unknown, options: Omit<MountOptions, "colourBy">): GraphController {
  const controller = mountGraph(container, data, { ...options, colourBy: "kind" });
  controller.renderer.setCustomBBox({ x: [-LAYOUT_EXTENT, LAYOUT_EXTENT], y: [-LAYOUT_EXTENT, LAYOUT_EXTENT] });
  controller.renderer.refresh();
  return controller;
}
