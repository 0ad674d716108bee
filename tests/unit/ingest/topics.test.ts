import { describe, expect, it } from "vitest";
import { displayCode, topicName } from "../../../src/lib/ingest/topics.ts";

describe("topicName", () => {
  it("names arXiv computer-science codes as dumps show them", () => {
    expect(topicName("IR")).toEqual({ name: "Information Retrieval", known: true });
    expect(topicName("DC")).toEqual({ name: "Distributed, Parallel, and Cluster Computing", known: true });
    expect(topicName("CL").name).toBe("Computation and Language");
  });

  it("names frequent codes of other archives", () => {
    expect(topicName("eess.IV")).toEqual({ name: "Image and Video Processing", known: true });
  });

  it("keeps an unknown code as its own name, marked unknown", () => {
    expect(topicName("ZZ")).toEqual({ name: "ZZ", known: false });
  });
});

describe("displayCode", () => {
  it("drops the cs archive and keeps other archives", () => {
    expect(displayCode("cs.DC")).toBe("DC");
    expect(displayCode("stat.ML")).toBe("stat.ML");
  });
});
