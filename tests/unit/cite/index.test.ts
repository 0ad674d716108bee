import { describe, expect, it } from "vitest";
import { Paper } from "../../../src/schemas/index.ts";
import { formatCitations, paperToCsl } from "../../../src/lib/cite/index.ts";

const punica = Paper.parse({
  id: "punica-multi-tenant-lora-serving",
  title: "Punica: Multi-Tenant LoRA Serving",
  authors: [
    { name: "Lequn Chen", id: "lequn-chen" },
    { name: "Zihao Ye", id: "zihao-ye" },
    { name: "Yongji Wu", id: "yongji-wu" },
  ],
  authorsTruncated: true,
  date: "2023-10-28",
  year: 2023,
  category: "DC",
});
const url = "https://atlas.example.org/papers/punica-multi-tenant-lora-serving/";

describe("paperToCsl", () => {
  it("splits listed names into family and given names and keeps the date parts", () => {
    const item = paperToCsl(punica, url);
    expect(item.author[0]).toEqual({ given: "Lequn", family: "Chen" });
    expect(item.issued).toEqual({ "date-parts": [[2023, 10, 28]] });
    expect(item.note).toContain("et al.");
  });

  it("uses the year alone when only the year is known", () => {
    const item = paperToCsl({ ...punica, date: "2022", year: 2022 }, url);
    expect(item.issued).toEqual({ "date-parts": [[2022]] });
  });
});

describe("formatCitations", () => {
  it("writes BibTeX keyed by the paper id with every author", () => {
    const bib = formatCitations([paperToCsl(punica, url)], "bibtex");
    expect(bib).toMatch(/^@article\{punica_multi_tenant_lora_serving,/);
    expect(bib).toContain("author = {Chen, Lequn and Ye, Zihao and Wu, Yongji}");
    expect(bib).toContain(`url = {${url}}`);
  });

  it("escapes TeX specials in hostile titles", () => {
    const bib = formatCitations([paperToCsl({ ...punica, title: "100% {evil} \\input{x}" }, url)], "bibtex");
    expect(bib).not.toContain("\\input{x}");
  });

  it("writes RIS with one AU line per author and a TI line", () => {
    const ris = formatCitations([paperToCsl(punica, url)], "ris");
    expect(ris.match(/^AU {2}- /gm)).toHaveLength(3);
    expect(ris).toContain("TI  - Punica: Multi-Tenant LoRA Serving");
  });

  it("writes CSL-JSON that parses back to the item", () => {
    const csl = JSON.parse(formatCitations([paperToCsl(punica, url)], "csl"));
    expect(csl[0].title).toBe("Punica: Multi-Tenant LoRA Serving");
    expect(csl[0].URL).toBe(url);
  });
});
