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

/** Fetch items by id in bounded parallel batches; unknown ids are left out. */
export async function fetchByIds<T extends { id: string }>(
  ids: Iterable<string>,
  get: (id: string) => Promise<T | null>,
  known: ReadonlyMap<string, T> = new Map(),
  batch = 32,
): Promise<Map<string, T>> {
  const out = new Map(known);
  const missing = [...new Set(ids)].filter((id) => !out.has(id));
  for (let i = 0; i < missing.length; i += batch) {
    const got = await Promise.all(missing.slice(i, i + batch).map((id) => get(id)));
    for (const item of got) if (item) out.set(item.id, item);
  }
  return out;
}

/** Claims and articles referenced by a set of clusters (and extra claim ids), for the cards that show them. */
export async function lookupFor(
  store: IsnadStore,
  clusters: readonly Cluster[],
  extraClaimIds: readonly string[] = [],
  knownArticles: ReadonlyMap<string, Article> = new Map(),
): Promise<{ claims: Map<string, Claim>; articles: Map<string, Article> }> {
  const claimIds = [...clusters.flatMap((c) => c.claimIds), ...extraClaimIds];
  const claims = await fetchByIds(claimIds, (id) => store.getClaim(id));
  const articleIds = [
    ...[...claims.values()].map((c) => c.articleId),
    ...clusters.flatMap((c) => [...c.chains.map((x) => x.articleId), ...c.figures.map((f) => f.articleId)]),
  ];
  const articles = await fetchByIds(articleIds, (id) => store.getArticle(id), knownArticles);
  return { claims, articles };
}
