// Loading helpers over the store: whole collections (the store pages at 500), grouped the way pages show them.
import type { Article, Claim, Cluster, Relation } from "@isnad/core/schema";
import type { IsnadStore, Page, PageRequest } from "@isnad/store";

const PAGE = 500;

/** Every item of a paged listing, up to `cap` items. */
export async function allPages<T>(fetch: (page: PageRequest) => Promise<Page<T>>, cap = 20_000): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; offset < cap; offset += PAGE) {
    const page = await fetch({ limit: Math.min(PAGE, cap - offset), offset });
    out.push(...page.items);
    if (page.items.length === 0 || offset + page.items.length >= page.total) break;
  }
  return out;
}

export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((x) => [x.id, x]));
}

export function groupByRelation(clusters: readonly Cluster[]): Record<Relation, Cluster[]> {
  const out: Record<Relation, Cluster[]> = { conflicts: [], compatible: [], corroborates: [], "single-source": [] };
  for (const c of clusters) out[c.relation].push(c);
  for (const list of Object.values(out))
    list.sort((a, b) => b.articleCount - a.articleCount || b.claimIds.length - a.claimIds.length);
  return out;
}

/** Clusters each claim belongs to, for a set of claims (one store query per claim; articles hold tens of claims). */
export async function clustersOfClaims(
  store: IsnadStore,
  claimIds: readonly string[],
): Promise<Map<string, Cluster[]>> {
  const entries = await Promise.all(
    claimIds.map(async (id) => [id, await allPages((p) => store.listClusters({ ...p, claimId: id }), 200)] as const),
  );
  return new Map(entries);
}

/** Rank of a relation for colouring a claim: the most telling relation among its clusters. */
const RANK: Record<Relation, number> = { conflicts: 0, compatible: 1, corroborates: 2, "single-source": 3 };

export function strongestRelation(clusters: readonly Cluster[] | undefined): Relation | null {
  if (!clusters || clusters.length === 0) return null;
  return clusters.reduce((best, c) => (RANK[c.relation] < RANK[best] ? c.relation : best), clusters[0]!.relation);
}

export interface ClaimWithArticle {
  claim: Claim;
  article: Article | undefined;
}
