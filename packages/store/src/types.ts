// The repository API every face uses. Both engines (SQLite, PostgreSQL) implement it identically.
import type {
  Analysis,
  Article,
  ArticleInput,
  Claim,
  ClaimKind,
  Cluster,
  Entity,
  Relation,
  Story,
  StoryMeta,
} from "@isnad/core";

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface PageRequest {
  limit?: number; // default 50, max 500
  offset?: number; // default 0
}

export interface ClaimFilter extends PageRequest {
  articleId?: string;
  storyId?: string;
  /** matches speaker name or entity id (normalised Arabic containment) */
  speaker?: string;
  kind?: ClaimKind;
  /** full-text query over the claim text (core-normalised) */
  q?: string;
  /** only the claims of this cluster */
  clusterId?: string;
}

export interface SearchRequest extends PageRequest {
  storyId?: string;
  /** only article hits or only claim hits */
  type?: "article" | "claim";
}

export interface ClusterFilter extends PageRequest {
  storyId?: string;
  relation?: Relation;
  claimId?: string;
}

export interface SearchHit {
  type: "article" | "claim";
  id: string;
  articleId: string;
  /** original (un-normalised) text of the hit: the claim text, or the article title/first line */
  text: string;
  score: number;
  /** the story the hit belongs to */
  storyId?: string;
  /** for article hits: the original sentence of the article that matches the query best */
  snippet?: string;
}

export interface IngestResult {
  storyId: string;
  /** article ids, in input order */
  articleIds: string[];
  /** how many articles were new (0 on an idempotent re-ingest) */
  inserted: number;
  analysis: Analysis;
}

export interface StoryRecord extends StoryMeta {
  summary: Story | null;
  articleCount: number;
}

export interface IsnadStore {
  readonly dialect: "sqlite" | "postgres";
  /** Run pending migrations (idempotent). open*() does this already. */
  migrate(): Promise<void>;
  /**
   * Analyse and store articles into a story, in one transaction: all or nothing.
   * Re-analyses the whole story (existing + new articles) so clusters span all of them.
   * Re-ingesting identical texts changes nothing.
   */
  ingest(story: StoryMeta, inputs: ArticleInput[]): Promise<IngestResult>;
  listStories(page?: PageRequest): Promise<Page<StoryRecord>>;
  getStory(id: string): Promise<StoryRecord | null>;
  listArticles(filter?: PageRequest & { storyId?: string }): Promise<Page<Article>>;
  getArticle(id: string): Promise<Article | null>;
  listClaims(filter?: ClaimFilter): Promise<Page<Claim>>;
  getClaim(id: string): Promise<Claim | null>;
  listClusters(filter?: ClusterFilter): Promise<Page<Cluster>>;
  getCluster(id: string): Promise<Cluster | null>;
  listEntities(filter?: PageRequest & { storyId?: string; q?: string }): Promise<Page<Entity>>;
  getEntity(id: string): Promise<Entity | null>;
  search(q: string, page?: SearchRequest): Promise<Page<SearchHit>>;
  /** The whole stored analysis of a story (articles, claims, entities, clusters, summary), or null if unknown. */
  getAnalysis(storyId: string): Promise<Analysis | null>;
  /** Remove a story and everything stored under it; false when there was no such story. */
  deleteStory(id: string): Promise<boolean>;
  close(): Promise<void>;
}

export type StoreErrorCode = "not_found" | "invalid_input" | "conflict" | "unavailable";

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "StoreError";
  }
}
