import { describe, expect, it } from "vitest";
import { assignIds, MAX_SLUG_LENGTH, shortHash, slugOf } from "../../../src/lib/ingest/slugs.ts";

describe("slugOf", () => {
  it("makes readable slugs without splitting inner capitals", () => {
    expect(slugOf("Punica: Multi-Tenant LoRA Serving")).toBe("punica-multi-tenant-lora-serving");
    expect(slugOf("Yongji Wu")).toBe("yongji-wu");
  });

  it("transliterates accents and special letters", () => {
    expect(slugOf("Zoë Ørsted")).toBe("zoe-orsted");
    expect(slugOf("Łukasz Kaiser")).toBe("lukasz-kaiser");
  });

  it("cuts long titles at a word boundary", () => {
    const slug = slugOf("Sequential Recommendation with Dual Side Neighbor-based Collaborative Relation Modeling for Long Sequences");
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith("-")).toBe(false);
    expect("sequential-recommendation-with-dual-side-neighbor-based-collaborative-relation-modeling-for".startsWith(slug)).toBe(true);
  });
});

describe("assignIds", () => {
  it("gives colliding slugs a deterministic numeric suffix in key order", () => {
    const ids = assignIds(["wei li#b", "wei li", "wei li#a"], (key) => key.split("#")[0]!, "researcher");
    expect(ids.get("wei li")).toBe("wei-li");
    expect(ids.get("wei li#a")).toBe("wei-li-2");
    expect(ids.get("wei li#b")).toBe("wei-li-3");
  });

  it("gives the same ids whatever order the keys arrive in", () => {
    const keys = ["b", "a", "c", "a2"];
    const label = () => "Same Title";
    expect([...assignIds(keys, label, "paper")].sort()).toEqual([...assignIds([...keys].reverse(), label, "paper")].sort());
  });

  it("does not let a title that slugs to `foo-2` collide with a suffixed twin", () => {
    const ids = assignIds(["foo 2", "foo a", "foo b"], (key) => (key === "foo 2" ? "Foo 2" : "Foo"), "paper");
    expect(new Set(ids.values()).size).toBe(3);
    expect(ids.get("foo 2")).toBe("foo-2");
  });

  it("falls back to a hashed id when nothing can be transliterated", () => {
    const ids = assignIds(["⚡️"], () => "⚡️", "paper");
    expect(ids.get("⚡️")).toBe(`paper-${shortHash("⚡️")}`);
  });
});

describe("slugOf fast path", () => {
  it("gives exactly what slugify gives for plain ASCII titles and names", async () => {
    const { default: slugify } = await import("@sindresorhus/slugify");
    const samples = ["Punica: Multi-Tenant LoRA Serving", "GLM-4.5: Agentic, Reasoning, and Coding (ARC) Foundation Models", "How Powerful is Graph Convolution for Recommendation?", "a/b [c] +d =e_f", "Yongji Wu", "  --Edge--  "];
    for (const text of samples) expect(slugOf(text), text).toBe(slugify(text, { decamelize: false }));
  });
});
