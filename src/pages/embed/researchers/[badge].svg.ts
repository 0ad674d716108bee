// `/embed/researchers/<id>.svg` (follows prefers-color-scheme), `<id>.light.svg` and `<id>.dark.svg`.
import type { APIRoute, GetStaticPaths } from "astro";
import { renderBadge } from "../../../lib/embed/badge.ts";
import type { CardTheme } from "../../../lib/embed/paths.ts";
import { researchers } from "../../../lib/data.ts";
import type { Researcher } from "../../../schemas/index.ts";
import { cardOf } from "../_catalog.ts";

const SUFFIX: Record<CardTheme, string> = { auto: "", light: ".light", dark: ".dark" };

export const getStaticPaths = (() =>
  researchers.flatMap((researcher) =>
    (Object.keys(SUFFIX) as CardTheme[]).map((theme) => ({ params: { badge: researcher.id + SUFFIX[theme] }, props: { researcher, theme } })),
  )) satisfies GetStaticPaths;

interface Props {
  researcher: Researcher;
  theme: CardTheme;
}

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(renderBadge(cardOf(props.researcher, "compact"), props.theme), { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
