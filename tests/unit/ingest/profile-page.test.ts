import { describe, expect, it } from "vitest";
import { parseChipLine, parseProfilePage } from "../../../src/lib/ingest/profile-page.ts";
import { SEED, seedLines } from "./support.ts";

describe("parseChipLine", () => {
  it("splits role, affiliation and status run together", () => {
    expect(parseChipLine("ResearcherAffiliation not importedOpen to collaborate")).toEqual({ role: "Researcher", affiliation: "Affiliation not imported", openToCollaborate: true });
  });

  it("leaves the status unknown when the chip does not show it", () => {
    expect(parseChipLine("ProfessorUniversity of Washington")).toEqual({ role: "Professor", affiliation: "University of Washington", openToCollaborate: null });
  });
});

describe("parseProfilePage", () => {
  it("reads the owner, bio, chip, trust line and counters, ignoring UI text", () => {
    const page = parseProfilePage(SEED.profilePage, seedLines(SEED.profilePage));
    expect(page.owner).toMatchObject({
      name: "Lin Qu",
      line: 3,
      bio: "Lin Qu contributes to research discovery and scholarly infrastructure.",
      role: "Researcher",
      affiliation: "Affiliation not imported",
      openToCollaborate: true,
    });
    expect(page.owner.metrics).toEqual({
      trustScore: 13, trustLevel: "Unverified", verificationLevel: "L1", claimed: false,
      worksCount: 2, followers: 0, topicsCount: 3, collaboratorsCount: 4,
    });
    expect(page.messages).toEqual([]);
  });

  it("reads each published item's type, year, venue, title and abstract", () => {
    const page = parseProfilePage(SEED.profilePage, seedLines(SEED.profilePage));
    expect(page.papers.map((p) => [p.type, p.date?.year, p.venue, p.title])).toEqual([
      ["preprint", 2026, "arXiv", "UserGPT Technical Report"],
      ["preprint", 2022, "arXiv", "PICASSO: Unleashing the Potential of GPU-centric Training for Wide-and-deep Recommender Systems"],
    ]);
    expect(page.papers[0]!.abstract).toContain("$Acc_{Ex}$ score of 0.7528");
    expect(page.papers[0]!.authors).toEqual([]);
  });

  it("keeps a page that lost its first lines as an unnamed profile with all its data", () => {
    const page = parseProfilePage(SEED.headerlessProfile, seedLines(SEED.headerlessProfile));
    expect(page.owner.name).toBeNull();
    expect(page.owner.metrics).toMatchObject({ trustScore: 21, trustLevel: "Emerging", worksCount: 14 });
    expect(page.papers).toHaveLength(14);
    expect(page.messages[0]).toMatchObject({ level: "warning", line: 1, message: expect.stringContaining("overrides.json") });
  });
});
