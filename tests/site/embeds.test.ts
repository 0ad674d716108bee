// The embed files of the built fixture sites (issue 6), checked against the content they were
// built from: every researcher has a card, badges, JSON and oEmbed; badges are well-formed SVG
// even with hostile names; the JSON is faithful to the collections; URLs respect BASE_PATH.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { readBuilt } from "../support/html.ts";
import { siteContent, siteDist } from "../support/sites.ts";

interface ContentResearcher {
  id: string;
  name: string | null;
  papers: string[];
  metrics: Record<string, unknown>;
}

function researchersOf(site: string): ContentResearcher[] {
  const dir = join(siteContent(site), "researchers");
  return readdirSync(dir).map((file) => JSON.parse(readFileSync(join(dir, file), "utf8")) as ContentResearcher);
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", htmlEntities: true });
/** What escapeMarkup does to characters XML cannot carry. */
const xmlSafe = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "\ufffd");

describe.each(["default", "hostile"])("embed files of the %s site", (site) => {
  const dist = siteDist(site);
  const researchers = researchersOf(site);

  it("has a compact and a full card, three badges, JSON and oEmbed for every researcher", () => {
    const missing: string[] = [];
    for (const { id } of researchers) {
      for (const file of [`embed/researchers/${id}/index.html`, `embed/researchers/${id}/full/index.html`, `embed/researchers/${id}.svg`, `embed/researchers/${id}.light.svg`, `embed/researchers/${id}.dark.svg`, `api/researchers/${id}.json`, `oembed/researchers/${id}.json`]) {
        try {
          readBuilt(dist, file);
        } catch {
          missing.push(file);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("writes every badge as well-formed SVG whose title is the researcher's name", () => {
    const problems: string[] = [];
    for (const { id, name } of researchers) {
      for (const file of [`${id}.svg`, `${id}.light.svg`, `${id}.dark.svg`]) {
        const svg = readBuilt(dist, `embed/researchers/${file}`);
        const valid = XMLValidator.validate(svg);
        if (valid !== true) {
          problems.push(`${file}: ${valid.err.msg} (line ${valid.err.line})`);
          continue;
        }
        const root = parser.parse(svg).svg;
        if (root["@role"] !== "img" || !root.desc) problems.push(`${file}: no role="img" or <desc>`);
        const title = String(root.title?.["#text"] ?? "");
        if (title !== `${xmlSafe(name ?? "Unnamed profile")} – Research Atlas profile`) problems.push(`${file}: title ${JSON.stringify(title)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("publishes the researcher JSON faithfully: name, metrics and papers as in the collections", () => {
    for (const researcher of researchers) {
      const record = JSON.parse(readBuilt(dist, `api/researchers/${researcher.id}.json`));
      expect(record.name).toBe(researcher.name);
      expect(record.metrics).toEqual(researcher.metrics);
      expect(record.papers.map((p: { id: string }) => p.id)).toEqual(researcher.papers);
    }
  });

  it("answers oEmbed with a rich iframe of the card, its name escaped in the title attribute", () => {
    for (const { id, name } of researchers) {
      const oembed = JSON.parse(readBuilt(dist, `oembed/researchers/${id}.json`));
      expect(oembed).toMatchObject({ type: "rich", version: "1.0", title: name ?? "Unnamed profile", width: 360, height: 320 });
      expect(oembed.html).toMatch(new RegExp(`^<iframe src="https://atlas\\.example\\.org/embed/researchers/${id}/" title="[^"<>]*" width="360" height="320"`));
    }
  });
});

describe("embed files under BASE_PATH=/atlas/", () => {
  const dist = siteDist("atlas");

  it("points oEmbed, discovery links and JSON URLs into /atlas/", () => {
    const oembed = JSON.parse(readBuilt(dist, "oembed/researchers/yongji-wu.json"));
    expect(oembed.html).toContain('src="https://atlas.example.org/atlas/embed/researchers/yongji-wu/"');
    expect(oembed.provider_url).toBe("https://atlas.example.org/atlas/");
    const record = JSON.parse(readBuilt(dist, "api/researchers/yongji-wu.json"));
    expect(record.url).toBe("https://atlas.example.org/atlas/researchers/yongji-wu/");
    expect(readBuilt(dist, "researchers/yongji-wu/index.html")).toContain(
      '<link rel="alternate" type="application/json+oembed" title="Yongji Wu (oEmbed)" href="https://atlas.example.org/atlas/oembed/researchers/yongji-wu.json">',
    );
  });

  it("serves embed.js at the base path root", () => {
    expect(readBuilt(dist, "embed.js")).toContain("customElements");
  });
});
