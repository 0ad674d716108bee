import { describe, expect, it } from "vitest";
import { HEADER_RULES, renderHeaders } from "../../../src/lib/deploy/headers.ts";
import { EMBED_HEADER_RULES } from "../../../src/lib/embed/headers.ts";
import { headersFor, parseHeadersFile } from "../../support/serve.ts";

// The file as the headers integration writes it, read back the way a host applies it.
const rules = parseHeadersFile(renderHeaders([...HEADER_RULES, ...EMBED_HEADER_RULES]));

describe("embed _headers rules", () => {
  it("let any origin read the JSON, the oEmbed responses, the cards and embed.js", () => {
    for (const path of ["/api/researchers/x.json", "/api/papers/x.json", "/oembed/researchers/x.json", "/embed/researchers/x.svg", "/embed/researchers/x/", "/embed.js"]) {
      expect(headersFor(rules, path)["Access-Control-Allow-Origin"], path).toBe("*");
    }
    expect(headersFor(rules, "/researchers/x/")["Access-Control-Allow-Origin"]).toBeUndefined();
  });

  it("let /embed/ be framed anywhere: frame-ancestors * and no X-Frame-Options", () => {
    const card = headersFor(rules, "/embed/researchers/x/");
    expect(card["X-Frame-Options"]).toBeUndefined();
    // Every Content-Security-Policy the host combines must allow framing, or the strictest wins.
    const frameAncestors = (card["Content-Security-Policy"] ?? "").match(/frame-ancestors [^;,]*/g);
    expect(frameAncestors).toEqual(["frame-ancestors *"]);
  });

  it("keep the rest of the site unframable by other sites", () => {
    for (const path of ["/", "/researchers/x/", "/embedded-page/", "/api-docs/"]) {
      expect(headersFor(rules, path)["X-Frame-Options"], path).toMatch(/^(DENY|SAMEORIGIN)$/);
    }
  });

  it("write Cloudflare's detach line under /embed/*", () => {
    expect(renderHeaders(EMBED_HEADER_RULES)).toMatch(/^\/embed\/\*\n {2}! X-Frame-Options\n/m);
  });
});
