import { describe, expect, it } from "vitest";
import { profileCard } from "../../../src/lib/embed/card.ts";
import { CARD_FRAME_SIZE, oembedResponse } from "../../../src/lib/embed/oembed.ts";
import { publicResearcher } from "../../../src/lib/embed/record.ts";
import { catalog, researcher, SITE_ROOT } from "./fixtures.ts";

const card = (id: string) => profileCard(publicResearcher(researcher(id), catalog, SITE_ROOT), "compact");

describe("oembedResponse", () => {
  it("is a rich oEmbed 1.0 response whose html is the iframe card at its declared size", () => {
    const response = oembedResponse(card("yongji-wu"), `${SITE_ROOT}embed/researchers/yongji-wu/`, SITE_ROOT);
    expect(response).toMatchObject({ type: "rich", version: "1.0", title: "Yongji Wu", provider_name: "Research Atlas", provider_url: SITE_ROOT, ...CARD_FRAME_SIZE.compact });
    expect(response.html).toBe(
      `<iframe src="${SITE_ROOT}embed/researchers/yongji-wu/" title="Yongji Wu – Research Atlas profile card" width="360" height="320" loading="lazy" style="border:0;max-width:100%"></iframe>`,
    );
  });

  it("escapes a hostile name inside the iframe title attribute", () => {
    const { html, title } = oembedResponse(card("hostile"), `${SITE_ROOT}embed/researchers/hostile/`, SITE_ROOT);
    expect(title).toBe(researcher("hostile").name);
    expect(html).toMatch(/^<iframe src="[^"]+" title="&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;&quot;&gt;&lt;img [^"]*" width="360"/);
    expect(html.match(/</g)).toHaveLength(2);
  });
});
