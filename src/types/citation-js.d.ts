// citation-js ships no type declarations; these cover what src/lib/cite uses.
declare module "@citation-js/core" {
  /** A set of references that can be formatted (plugins register formats on import). */
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: { format?: "text" | "object" | "html"; [option: string]: unknown }): unknown;
  }
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
declare module "@citation-js/plugin-csl";
declare module "@citation-js/name" {
  /** Splits a personal name into CSL parts; returns undefined for an empty name. */
  export function parse(name: string): { given?: string; family?: string; [part: string]: unknown } | undefined;
}
