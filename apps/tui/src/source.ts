// What the browser reads. The store implements it; so does an in-memory view over one Analysis
// (`isnad browse <files>`: look at an analysis without storing it).
import type { Analysis, Claim, Cluster, StoryMeta } from "@isnad/core";
import { foldForMatch } from "@isnad/core/arabic";
import type { IsnadStore, Page, PageRequest, SearchHit, StoryRecord } from "@isnad/store";

export type BrowseSource = Pick<
  IsnadStore,
  | "listStories"
  | "getStory"
  | "listArticles"
  | "getArticle"
  | "listClaims"
  | "getClaim"
  | "listClusters"
  | "getCluster"
  | "search"
>;

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

function page<T>(all: readonly T[], request: PageRequest = {}): Page<T> {
  const limit = Math.min(Math.max(1, request.limit ?? DEFAULT_LIMIT), MAX_LIMIT);
  const offset = Math.max(0, request.offset ?? 0);
  return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
}

/** Fetch every page of a paged listing. */
export async function listAll<T>(fetch: (request: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  for (let offset = 0; ; ) {
    const next = await fetch({ limit: MAX_LIMIT, offset });
    items.push(...next.items);
    offset += next.items.length;
    if (next.items.length === 0 || offset >= next.total) return items;
  }
}

/** Collapse whitespace and fold Arabic letter variants so a search matches the way the store's does. */
function searchKey(text: string): string {
  return foldForMatch(text).toLowerCase().replace(/\s+/gu, " ").trim();
}

/** A read-only source over one in-memory analysis (all of it is one story). */
export function analysisSource(analysis: Analysis, meta: StoryMeta): BrowseSource {
  const { articles, claims, clusters } = analysis;
  const record: StoryRecord = { ...meta, summary: analysis.story ?? null, articleCount: articles.length };
  const inStory = (storyId: string | undefined) => storyId === undefined || storyId === meta.id;
  const speakerMatches = (claim: Claim, speaker: string) =>
    claim.speaker !== null &&
    (claim.speaker.entityId === speaker || searchKey(claim.speaker.name).includes(searchKey(speaker)));
  return {
    async listStories(request) {
      return page([record], request);
    },
    async getStory(id) {
      return id === meta.id ? record : null;
    },
    async listArticles(filter = {}) {
      return page(inStory(filter.storyId) ? articles : [], filter);
    },
    async getArticle(id) {
      return articles.find((a) => a.id === id) ?? null;
    },
    async listClaims(filter = {}) {
      const q = filter.q ? searchKey(filter.q) : null;
      const matching = claims.filter(
        (c) =>
          inStory(filter.storyId) &&
          (filter.articleId === undefined || c.articleId === filter.articleId) &&
          (filter.kind === undefined || c.kind === filter.kind) &&
          (filter.speaker === undefined || speakerMatches(c, filter.speaker)) &&
          (q === null || searchKey(c.text).includes(q)),
      );
      return page(matching, filter);
    },
    async getClaim(id) {
      return claims.find((c) => c.id === id) ?? null;
    },
    async listClusters(filter = {}) {
      const matching = clusters.filter(
        (k: Cluster) =>
          inStory(filter.storyId) &&
          (filter.relation === undefined || k.relation === filter.relation) &&
          (filter.claimId === undefined || k.claimIds.includes(filter.claimId)),
      );
      return page(matching, filter);
    },
    async getCluster(id) {
      return clusters.find((k) => k.id === id) ?? null;
    },
    async search(query, request = {}) {
      const q = searchKey(query);
      const hits: SearchHit[] = [];
      if (q && inStory(request.storyId)) {
        for (const article of articles) {
          const heading = article.title ?? article.text.split("\n", 1)[0] ?? "";
          if (searchKey(article.text).includes(q)) {
            hits.push({ type: "article", id: article.id, articleId: article.id, text: heading, score: 1 });
          }
        }
        for (const claim of claims) {
          if (searchKey(claim.text).includes(q)) {
            hits.push({ type: "claim", id: claim.id, articleId: claim.articleId, text: claim.text, score: 2 });
          }
        }
      }
      hits.sort((a, b) => b.score - a.score);
      return page(hits, request);
    },
  };
}
