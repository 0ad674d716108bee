import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { profileCard } from "../../../src/lib/embed/card.ts";
import { CARD_PAGE_CSP, CARD_PAGE_CSS, cspHash, renderCardPage, THEME_SCRIPT } from "../../../src/lib/embed/page.ts";
import { publicResearcher } from "../../../src/lib/embed/record.ts";
import { catalog, researcher, SITE_ROOT } from "./fixtures.ts";

const page = (id: string, variant: "compact" | "full" = "compact") =>
  renderCardPage(profileCard(publicResearcher(researcher(id), catalog, SITE_ROOT), variant), {
    base: "/atlas/",
    canonical: `${SITE_ROOT}researchers/${id}/`,
  });

describe("renderCardPage", () => {
  it("is valid HTML for a normal and a hostile profile", async () => {
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      // Names come from the dumps and can be long; the 70-character title advice is for search
      // results, and cards are noindex. Inline style is the point of a self-contained card.
      rules: { "no-inline-style": "off", "long-title": "off" },
    });
    for (const html of [page("yongji-wu", "full"), page("hostile", "full"), page("unnamed-profile")]) {
      const report = await validator.validateString(html);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    }
  });

  it("carries exactly one script, the theme switch, allowed by hash in its CSP", () => {
    const html = page("hostile", "full");
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain(`<script>${THEME_SCRIPT}</script>`);
    expect(CARD_PAGE_CSP).toContain(`script-src ${cspHash(THEME_SCRIPT)}`);
    expect(CARD_PAGE_CSP).toContain(`style-src ${cspHash(CARD_PAGE_CSS)}`);
    expect(CARD_PAGE_CSP).toMatch(/^default-src 'none'/);
  });

  it("puts the name, escaped, in the document title", () => {
    expect(page("yongji-wu")).toContain("<title>Yongji Wu – profile card</title>");
    expect(page("hostile")).toContain("<title>&lt;script&gt;alert(&quot;x&quot;)");
  });

  it("keeps the card out of search engines and points them to the profile", () => {
    const html = page("yongji-wu");
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(`<link rel="canonical" href="${SITE_ROOT}researchers/yongji-wu/">`);
  });
});

describe("cspHash", () => {
  it("is the base64 SHA-256 source expression browsers compare inline code against", () => {
    // Value from `printf 'alert(1)' | openssl dgst -sha256 -binary | base64`.
    expect(cspHash("alert(1)")).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});
