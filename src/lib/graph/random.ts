/**
 * A seeded pseudo-random generator, so Louvain and layout give the same result on every build
 * (Math.random would make each deploy's graph look different and defeat caching).
 */

/** Mulberry32 (https://gist.github.com/tommyettinger/46a874533244883189143505d203312c): 32-bit state, uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
