// BOOTSTRAP: replaced by cross-outlet comparison (issue 3). Keep the exported names and signatures.
import { derivedId } from "#ids.ts";
import type { Article, Claim, Cluster, Entity, Relation, Story, StoryMeta } from "#schema/index.ts";

export interface CompareInput {
  articles: readonly Article[];
  claims: readonly Claim[];
  entities: readonly Entity[];
}

/** Group claims across articles and label each group. */
export function compareClaims(input: CompareInput): Cluster[] {
  const outletOf = new Map(input.articles.map((a) => [a.id, a.outlet]));
  return input.claims.map((c) => ({
    id: derivedId("k", c.id),
    claimIds: [c.id],
    relation: "single-source" as const,
    topic: c.text.slice(0, 60),
    evidence: [],
    figures: [],
    chains: [
      {
        claimId: c.id,
        articleId: c.articleId,
        outlet: outletOf.get(c.articleId) ?? null,
        via: c.via,
        speaker: c.speaker?.name ?? null,
        primary: c.speaker?.entityId ?? c.speaker?.name ?? c.articleId,
      },
    ],
    articleCount: 1,
    independentSources: 1,
  }));
}

/** The story view: outlets, counts, conflicts, single-source claims, speakers, timeline. */
export function summarizeStory(meta: StoryMeta, input: CompareInput & { clusters: readonly Cluster[] }): Story {
  const byRelation: Record<Relation, number> = { corroborates: 0, conflicts: 0, compatible: 0, "single-source": 0 };
  for (const c of input.clusters) byRelation[c.relation]++;
  const outlets = [...new Set(input.articles.map((a) => a.outlet).filter((o): o is string => Boolean(o)))];
  return {
    id: meta.id,
    title: meta.title,
    articleIds: input.articles.map((a) => a.id),
    outlets,
    claimCount: input.claims.length,
    clustersByRelation: byRelation,
    topConflicts: [],
    singleSourceClaimIds: input.clusters.filter((c) => c.relation === "single-source").flatMap((c) => c.claimIds),
    speakers: [],
    timeline: [],
  };
}
