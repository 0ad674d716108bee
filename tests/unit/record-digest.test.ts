import { describe, expect, it } from "vitest";
import { combineDigests, recordDigest } from "../../src/lib/record-digest.ts";

describe("recordDigest", () => {
  it("gives equal records the same digest and a changed record another", () => {
    const paper = { id: "p1", title: "Punica" };
    expect(recordDigest(paper)).toBe(recordDigest({ id: "p1", title: "Punica" }));
    expect(recordDigest({ ...paper, title: "Punica, renamed" })).not.toBe(recordDigest(paper));
  });
});

describe("combineDigests", () => {
  it("depends on every part and on their order", () => {
    expect(combineDigests(["a", "b"])).toBe(combineDigests(["a", "b"]));
    expect(combineDigests(["a", "b"])).not.toBe(combineDigests(["b", "a"]));
    expect(combineDigests(["a", "b"])).not.toBe(combineDigests(["a", "c"]));
  });
});
