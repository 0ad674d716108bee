// robots.txt: allow everything and point crawlers at the sitemap under the base path.
import type { APIRoute } from "astro";
import { absoluteUrl } from "../lib/data.ts";

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(`${import.meta.env.BASE_URL}sitemap-index.xml`)}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
