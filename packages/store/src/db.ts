// Kysely table types shared by both engines. JSON columns are TEXT on SQLite and JSONB on PostgreSQL: they are
// written as JSON strings and read back through `fromJson` (SQLite hands back the string, pg the parsed value).
import type { ColumnType, Generated } from "kysely";

/** A JSON column: written as a JSON string, read as a string (SQLite) or a parsed value (PostgreSQL). */
export type Json = ColumnType<unknown, string, string>;

export interface StoriesTable {
  id: string;
  title: string;
  description: string | null;
  summary: Json | null;
  created_at: string;
  updated_at: string;
}

export interface ArticlesTable {
  id: string;
  story_id: string;
  position: number;
  source: string;
  text: string;
  language: string;
  title: string | null;
  subtitle: string | null;
  outlet: string | null;
  byline: string | null;
  dateline: string | null;
  published_at: string | null;
  /** the ArticleInput as given (minus text), so the story can be re-analysed */
  input: Json;
  /** the rest of the Article (blocks, and any field the core adds later) */
  data: Json;
  created_at: string;
}

export interface ClaimsTable {
  id: string;
  story_id: string;
  article_id: string;
  ord: number;
  start_pos: number;
  end_pos: number;
  text: string;
  kind: string;
  speaker_name: string | null;
  /** folded, lower-cased speaker name: what the `speaker` filter matches */
  speaker_key: string | null;
  speaker_entity_id: string | null;
  verb: string | null;
  /** the rest of the Claim (speaker, via, quantities, entityIds, time, …) */
  data: Json;
}

export interface EntitiesTable {
  story_id: string;
  id: string;
  ord: number;
  name: string;
  key: string;
  type: string;
  /** folded, lower-cased name + aliases, one per line: what the `q` filter matches */
  search_key: string;
  mention_count: number;
  data: Json;
}

export interface ClustersTable {
  story_id: string;
  id: string;
  ord: number;
  relation: string;
  topic: string;
  data: Json;
}

export interface ClusterClaimsTable {
  story_id: string;
  cluster_id: string;
  claim_id: string;
}

export interface SearchDocsTable {
  seq: Generated<number>;
  story_id: string;
  type: "article" | "claim";
  ref_id: string;
  article_id: string;
  /** original text shown for a hit */
  text: string;
  /** index text: folded tokens (and stems), space-separated */
  norm: string;
}

export interface StoreMetaTable {
  key: string;
  value: string;
}

export interface Database {
  store_meta: StoreMetaTable;
  stories: StoriesTable;
  articles: ArticlesTable;
  claims: ClaimsTable;
  entities: EntitiesTable;
  clusters: ClustersTable;
  cluster_claims: ClusterClaimsTable;
  search_docs: SearchDocsTable;
}

export type Dialect = "sqlite" | "postgres";

export function fromJson<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}
