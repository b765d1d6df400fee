// The story view: what a reader sees first. Outlets, counts, conflicts with both sides, single-source claims,
// who speaks most, and a timeline of claims by event time.
import type { Article, Claim, Cluster, Entity, Relation, Story, StoryConflict, StoryMeta } from "#schema/index.ts";
import { toInterval } from "./intervals.ts";

export interface StoryInput {
  articles: readonly Article[];
  claims: readonly Claim[];
  entities: readonly Entity[];
  clusters: readonly Cluster[];
}

/** Conflicts listed on the story, at most. */
export const TOP_CONFLICTS = 10;

/** How far apart the sides of a conflict are (max/min of representative values), for ranking. */
function spread(c: Cluster): number {
  const points = c.figures
    .map((f) => toInterval(f.quantity)?.point)
    .filter((x): x is number => x !== undefined && Number.isFinite(x) && x > 0);
  if (points.length < 2) return 1;
  return Math.max(...points) / Math.min(...points);
}

/** Summarise a story from its articles, claims and clusters. */
export function buildStory(meta: StoryMeta, input: StoryInput): Story {
  const byRelation: Record<Relation, number> = { corroborates: 0, conflicts: 0, compatible: 0, "single-source": 0 };
  for (const c of input.clusters) byRelation[c.relation]++;

  const outlets: string[] = [];
  for (const a of input.articles) {
    const o = a.outlet ?? null;
    if (o && !outlets.includes(o)) outlets.push(o);
  }

  // conflicts: more outlets involved first, then wider disagreement
  const conflicts = input.clusters
    .filter((c) => c.relation === "conflicts")
    .sort((a, b) => b.articleCount - a.articleCount || spread(b) - spread(a) || (a.id < b.id ? -1 : 1));
  const topConflicts: StoryConflict[] = conflicts.slice(0, TOP_CONFLICTS).map((c) => {
    // one figure per article and claim keeps both sides visible without repeating an outlet's own repeats
    const seen = new Set<string>();
    const sides = c.figures.filter((f) => {
      const k = `${f.articleId}|${f.quantity.text}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    return { clusterId: c.id, topic: c.topic, sides };
  });

  // single-source: claims that are in no cluster spanning two or more articles
  const linked = new Set<string>();
  for (const c of input.clusters) if (c.articleCount >= 2) for (const id of c.claimIds) linked.add(id);
  const singleSourceClaimIds = input.claims.filter((c) => !linked.has(c.id)).map((c) => c.id);

  // speakers by number of claims: an entity when resolved, else the name as given
  const speakers = new Map<string, { name: string; entityId: string | null; claims: number }>();
  const entityName = new Map(input.entities.map((e) => [e.id, e.name]));
  for (const c of input.claims) {
    if (!c.speaker) continue;
    const key = c.speaker.entityId ?? `name:${c.speaker.name}`;
    const row = speakers.get(key) ?? {
      name: (c.speaker.entityId && entityName.get(c.speaker.entityId)) || c.speaker.name,
      entityId: c.speaker.entityId,
      claims: 0,
    };
    row.claims++;
    speakers.set(key, row);
  }

  // timeline: claims with a resolved event date, by date
  const byDate = new Map<string, string[]>();
  for (const c of input.claims) {
    const d = c.time?.date;
    if (!d) continue;
    const list = byDate.get(d) ?? [];
    list.push(c.id);
    byDate.set(d, list);
  }

  return {
    id: meta.id,
    title: meta.title,
    articleIds: input.articles.map((a) => a.id),
    outlets,
    claimCount: input.claims.length,
    clustersByRelation: byRelation,
    topConflicts,
    singleSourceClaimIds,
    speakers: [...speakers.values()].sort((a, b) => b.claims - a.claims || (a.name < b.name ? -1 : 1)),
    timeline: [...byDate.entries()]
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([date, claimIds]) => ({ date, claimIds })),
  };
}
