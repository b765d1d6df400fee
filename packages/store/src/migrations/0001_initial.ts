// 0001 — the initial schema. Relational columns for what is filtered or joined (story, article, speaker, kind,
// relation); JSON for nested data read whole (blocks, quantities, evidence, chains, mentions).
// Search: one `search_docs` table (articles and claims) indexed by FTS5 on SQLite and a tsvector/GIN on PostgreSQL.
import { type Kysely, type Migration, sql } from "kysely";
import type { Dialect } from "#db.ts";

export function initial(dialect: Dialect): Migration {
  const json = dialect === "postgres" ? "jsonb" : "text";
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("stories")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("description", "text")
        .addColumn("summary", sql.raw(json))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("articles")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("story_id", "text", (c) => c.notNull().references("stories.id").onDelete("cascade"))
        .addColumn("position", "integer", (c) => c.notNull())
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("language", "text", (c) => c.notNull())
        .addColumn("title", "text")
        .addColumn("subtitle", "text")
        .addColumn("outlet", "text")
        .addColumn("byline", "text")
        .addColumn("dateline", "text")
        .addColumn("published_at", "text")
        .addColumn("input", sql.raw(json), (c) => c.notNull())
        .addColumn("data", sql.raw(json), (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("articles_story_idx").on("articles").columns(["story_id", "position"]).execute();

      await db.schema
        .createTable("claims")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("story_id", "text", (c) => c.notNull().references("stories.id").onDelete("cascade"))
        .addColumn("article_id", "text", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("ord", "integer", (c) => c.notNull())
        .addColumn("start_pos", "integer", (c) => c.notNull())
        .addColumn("end_pos", "integer", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("speaker_name", "text")
        .addColumn("speaker_key", "text")
        .addColumn("speaker_entity_id", "text")
        .addColumn("verb", "text")
        .addColumn("data", sql.raw(json), (c) => c.notNull())
        .execute();
      await db.schema.createIndex("claims_story_idx").on("claims").columns(["story_id", "ord"]).execute();
      await db.schema.createIndex("claims_article_idx").on("claims").columns(["article_id", "ord"]).execute();
      await db.schema.createIndex("claims_speaker_entity_idx").on("claims").column("speaker_entity_id").execute();
      await db.schema.createIndex("claims_kind_idx").on("claims").columns(["kind", "story_id"]).execute();

      await db.schema
        .createTable("entities")
        .addColumn("story_id", "text", (c) => c.notNull().references("stories.id").onDelete("cascade"))
        .addColumn("id", "text", (c) => c.notNull())
        .addColumn("ord", "integer", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("key", "text", (c) => c.notNull())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("search_key", "text", (c) => c.notNull())
        .addColumn("mention_count", "integer", (c) => c.notNull())
        .addColumn("data", sql.raw(json), (c) => c.notNull())
        .addPrimaryKeyConstraint("entities_pk", ["story_id", "id"])
        .execute();
      await db.schema.createIndex("entities_id_idx").on("entities").column("id").execute();

      await db.schema
        .createTable("clusters")
        .addColumn("story_id", "text", (c) => c.notNull().references("stories.id").onDelete("cascade"))
        .addColumn("id", "text", (c) => c.notNull())
        .addColumn("ord", "integer", (c) => c.notNull())
        .addColumn("relation", "text", (c) => c.notNull())
        .addColumn("topic", "text", (c) => c.notNull())
        .addColumn("data", sql.raw(json), (c) => c.notNull())
        .addPrimaryKeyConstraint("clusters_pk", ["story_id", "id"])
        .execute();
      await db.schema.createIndex("clusters_id_idx").on("clusters").column("id").execute();
      await db.schema.createIndex("clusters_relation_idx").on("clusters").columns(["relation", "story_id"]).execute();

      await db.schema
        .createTable("cluster_claims")
        .addColumn("story_id", "text", (c) => c.notNull())
        .addColumn("cluster_id", "text", (c) => c.notNull())
        .addColumn("claim_id", "text", (c) => c.notNull().references("claims.id").onDelete("cascade"))
        .addPrimaryKeyConstraint("cluster_claims_pk", ["story_id", "cluster_id", "claim_id"])
        .addForeignKeyConstraint(
          "cluster_claims_cluster_fk",
          ["story_id", "cluster_id"],
          "clusters",
          ["story_id", "id"],
          (fk) => fk.onDelete("cascade"),
        )
        .execute();
      await db.schema.createIndex("cluster_claims_claim_idx").on("cluster_claims").column("claim_id").execute();

      if (dialect === "postgres") {
        await sql`CREATE TABLE search_docs (
          seq bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
          story_id text NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
          type text NOT NULL,
          ref_id text NOT NULL,
          article_id text NOT NULL,
          text text NOT NULL,
          norm text NOT NULL,
          tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', norm)) STORED
        )`.execute(db);
        await sql`CREATE INDEX search_docs_tsv_idx ON search_docs USING GIN (tsv)`.execute(db);
      } else {
        await sql`CREATE TABLE search_docs (
          seq INTEGER PRIMARY KEY,
          story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
          type TEXT NOT NULL,
          ref_id TEXT NOT NULL,
          article_id TEXT NOT NULL,
          text TEXT NOT NULL,
          norm TEXT NOT NULL
        )`.execute(db);
        // External-content FTS5 over search_docs.norm; `seq` is an INTEGER PRIMARY KEY, so rowids survive VACUUM.
        // The text is already folded by the core, so the tokenizer only splits on non-letters.
        await sql`CREATE VIRTUAL TABLE search_fts USING fts5(
          norm, content='search_docs', content_rowid='seq', tokenize='unicode61 remove_diacritics 0', prefix='2 3'
        )`.execute(db);
        await sql`CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
          INSERT INTO search_fts(rowid, norm) VALUES (new.seq, new.norm);
        END`.execute(db);
        await sql`CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
          INSERT INTO search_fts(search_fts, rowid, norm) VALUES ('delete', old.seq, old.norm);
        END`.execute(db);
        await sql`CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN
          INSERT INTO search_fts(search_fts, rowid, norm) VALUES ('delete', old.seq, old.norm);
          INSERT INTO search_fts(rowid, norm) VALUES (new.seq, new.norm);
        END`.execute(db);
      }
      await db.schema.createIndex("search_docs_ref_idx").on("search_docs").columns(["type", "ref_id"]).execute();
      await db.schema.createIndex("search_docs_story_idx").on("search_docs").column("story_id").execute();
    },
    async down(db: Kysely<unknown>) {
      for (const t of ["search_docs", "cluster_claims", "clusters", "entities", "claims", "articles", "stories"]) {
        if (t === "search_docs" && dialect === "sqlite") await sql`DROP TABLE IF EXISTS search_fts`.execute(db);
        await db.schema.dropTable(t).ifExists().execute();
      }
    },
  };
}
