import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { badgeDescription, BADGE_SIZE, renderBadge } from "../../../src/lib/embed/badge.ts";
import { profileCard } from "../../../src/lib/embed/card.ts";
import { PALETTES } from "../../../src/lib/embed/markup.ts";
import { publicResearcher } from "../../../src/lib/embed/record.ts";
import { catalog, HOSTILE, researcher, SITE_ROOT } from "./fixtures.ts";

const card = (id: string) => profileCard(publicResearcher(researcher(id), catalog, SITE_ROOT), "compact");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", htmlEntities: true });

describe("renderBadge", () => {
  for (const id of ["yongji-wu", "unnamed-profile", "hostile"]) {
    it(`is well-formed XML with role, title and desc (${id})`, () => {
      const svg = renderBadge(card(id), "auto");
      expect(XMLValidator.validate(svg)).toBe(true);
      const root = parser.parse(svg).svg;
      expect(root["@role"]).toBe("img");
      expect(root["@xmlns"]).toBe("http://www.w3.org/2000/svg");
      expect(root["@aria-labelledby"]).toBe("ra-title ra-desc");
      expect(root.title["@id"]).toBe("ra-title");
      expect(root.desc["@id"]).toBe("ra-desc");
    });
  }

  it("keeps a hostile name as text: the parsed title is the name, and no element is injected", () => {
    const svg = renderBadge(card("hostile"), "auto");
    const root = parser.parse(svg).svg;
    expect(root.title["#text"]).toBe(`${HOSTILE.replace("\u0001", "\ufffd")} – Research Atlas profile`);
    expect(Object.keys(root).filter((key) => !key.startsWith("@")).sort()).toEqual(["desc", "rect", "style", "text", "title"]);
    expect(svg).not.toMatch(/<(script|img|foreignObject)/i);
  });

  it("cuts long lines with an ellipsis but keeps the full text in desc", () => {
    const svg = renderBadge(card("yongji-wu"), "auto");
    const root = parser.parse(svg).svg;
    const texts: string[] = root.text.map((t: { "#text": string }) => t["#text"]);
    expect(texts).toContain("Yongji Wu");
    expect(texts).toContain("h-index 39 · 424 citations · 22 papers");
    expect(root.desc["#text"]).toContain("Distributed, Parallel, and Cluster Computing");
    expect(texts).toContain("Research Atlas profile · metrics as shown on the scholar card");
  });

  it("has light and dark variants, and an auto one that switches on prefers-color-scheme", () => {
    const light = renderBadge(card("yongji-wu"), "light");
    const dark = renderBadge(card("yongji-wu"), "dark");
    const auto = renderBadge(card("yongji-wu"), "auto");
    expect(light).toContain(`fill:${PALETTES.light.bg}`);
    expect(light).not.toContain(PALETTES.dark.bg);
    expect(dark).toContain(`fill:${PALETTES.dark.bg}`);
    expect(dark).not.toContain("prefers-color-scheme");
    expect(auto).toMatch(new RegExp(`fill:${PALETTES.light.bg}.*@media \\(prefers-color-scheme:dark\\)\\{.*fill:${PALETTES.dark.bg}`, "s"));
  });

  it("declares its size, so an <img> reserves the space before it loads", () => {
    const root = parser.parse(renderBadge(card("yongji-wu"), "auto")).svg;
    expect([root["@width"], root["@height"]]).toEqual([String(BADGE_SIZE.width), String(BADGE_SIZE.height)]);
  });
});

describe("badgeDescription", () => {
  it("states the metrics with their source dump and the paper count", () => {
    expect(badgeDescription(card("yongji-wu"))).toBe(
      "Yongji Wu, uw. h-index 39 · 424 citations · 22 papers (as shown in 002_50d14b9dda15e8db.txt (scholar card)). Primary topic: Distributed, Parallel, and Cluster Computing. 3 papers in Research Atlas.",
    );
  });
});
