/**
 * Small corpora for the graph tests, built through the zod schemas so defaults apply exactly as
 * they do for content/ files. `tinyCorpus` mirrors the seeds' shapes (a profile owner, co-authors
 * from author lists, a profile-page paper with no author list); `topicStar` has a hub topic.
 */
import { Institution, Paper, Researcher, Topic } from "../../../src/schemas/index.ts";
import type { CorpusCollections } from "../../../src/lib/graph/build.ts";

const source = { file: "000_test.txt", format: "profile-page" as const, line: 1 };

/** Ana (profile) wrote p1 with Bo, p2 with Bo and Cy, and p3 (listed on her profile page only). */
export function tinyCorpus(): CorpusCollections {
  return {
    researchers: [
      Researcher.parse({ id: "ana", name: "Ana <b>Ruiz</b>", nameSource: "dump", kind: "profile", papers: ["p3", "p2", "p1"], coauthors: [{ id: "bo", count: 2 }, { id: "cy", count: 1 }], sources: [source] }),
      Researcher.parse({ id: "bo", name: "Bo Li", nameSource: "dump", kind: "coauthor", papers: ["p2", "p1"], coauthors: [{ id: "ana", count: 2 }, { id: "cy", count: 1 }] }),
      Researcher.parse({ id: "cy", name: null, nameSource: "unknown", kind: "coauthor", papers: ["p2"], coauthors: [{ id: "ana", count: 1 }, { id: "bo", count: 1 }] }),
    ],
    papers: [
      Paper.parse({ id: "p1", title: "Sharded logs", authors: [{ name: "Ana Ruiz", id: "ana" }, { name: "Bo Li", id: "bo" }], category: "DC", institution: "mit", affiliation: "MIT" }),
      Paper.parse({ id: "p2", title: "Learning to shard", authors: [{ name: "Ana Ruiz", id: "ana" }, { name: "Bo Li", id: "bo" }, { name: "C. Y.", id: "cy" }], category: "LG" }),
      Paper.parse({ id: "p3", title: "A profile-page item", category: "DC" }),
    ],
    topics: [
      Topic.parse({ id: "dc", code: "DC", name: "Distributed, Parallel, and Cluster Computing", papers: ["p1", "p3"] }),
      Topic.parse({ id: "lg", code: "LG", name: "LG", known: false, papers: ["p2"] }),
    ],
    institutions: [Institution.parse({ id: "mit", name: "MIT", papers: ["p1"] })],
  };
}

/** `papers` single-author papers in topic "hub"; author `a<i>` also co-wrote with `a<i+1>`. */
export function topicStar(papers: number): CorpusCollections {
  const ids = Array.from({ length: papers }, (_, i) => String(i).padStart(4, "0"));
  return {
    researchers: ids.map((id, i) => Researcher.parse({
      id: `a${id}`, name: `Author ${id}`, nameSource: "dump", kind: "coauthor", papers: [`p${id}`],
      coauthors: [
        ...(i > 0 ? [{ id: `a${ids[i - 1]}`, count: 1 }] : []),
        ...(i < papers - 1 ? [{ id: `a${ids[i + 1]}`, count: 1 }] : []),
      ],
    })),
    papers: ids.map((id) => Paper.parse({ id: `p${id}`, title: `Paper ${id}`, authors: [{ name: `Author ${id}`, id: `a${id}` }], category: "HUB" })),
    topics: [Topic.parse({ id: "hub", code: "HUB", name: "Hub topic", known: false, papers: ids.map((id) => `p${id}`) })],
    institutions: [],
  };
}
