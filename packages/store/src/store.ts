// One IsnadStore over Kysely for both engines. Dialect-specific SQL is limited to search (FTS5 vs tsvector)
// and lives in `matchSql`; everything else is portable Kysely.
import {
  type Analysis,
  type Article,
  ArticleInput,
  analyze,
  type Claim,
  ClaimKind,
  type Cluster,
  contentId,
  type Entity,
  Relation,
  type Story,
  StoryMeta,
} from "@isnad/core";
import {
  type Kysely,
  Migrator,
  type RawBuilder,
  type Selectable,
  type SelectQueryBuilder,
  sql,
  type Transaction,
} from "kysely";
import { z } from "zod";
import type { ArticlesTable, ClaimsTable, ClustersTable, Database, Dialect, EntitiesTable } from "#db.ts";
import { fromJson, toJson } from "#db.ts";
import { isUnavailable, mapDbError } from "#errors.ts";
import { migrationProvider } from "#migrations/index.ts";
import { bestPassage, engineQuery, indexText, indexVersion, matchKey } from "#search.ts";
import type {
  ClaimFilter,
  ClusterFilter,
  IngestResult,
  IsnadStore,
  Page,
  PageRequest,
  SearchHit,
  SearchRequest,
  StoryRecord,
} from "#types.ts";
import { StoreError } from "#types.ts";

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

const ARTICLE_COLUMNS = [
  "id",
  "source",
  "text",
  "language",
  "title",
  "subtitle",
  "outlet",
  "byline",
  "dateline",
  "publishedAt",
  "storyId",
] as const;
const CLAIM_COLUMNS = ["id", "articleId", "start", "end", "text", "kind"] as const;
const ENTITY_COLUMNS = ["id", "name", "key", "type"] as const;
const CLUSTER_COLUMNS = ["id", "relation", "topic"] as const;

function omit<T extends object>(obj: T, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (!keys.includes(k)) out[k] = v;
  return out;
}

function describeIssues(error: z.ZodError, label: string): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${[label, ...i.path].join(".")}: ${i.message}`)
    .join("; ");
}

/** Limit/offset with defaults and bounds; a non-integer or negative value is a caller error. */
export function pageBounds(page: PageRequest = {}): { limit: number; offset: number } {
  const limit = page.limit ?? DEFAULT_LIMIT;
  const offset = page.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 0) throw new StoreError("invalid_input", `limit must be an integer ≥ 0`);
  if (!Number.isInteger(offset) || offset < 0) throw new StoreError("invalid_input", `offset must be an integer ≥ 0`);
  return { limit: Math.min(limit, MAX_LIMIT), offset };
}

function checkEnum<T extends string>(schema: z.ZodType<T>, value: T | undefined, name: string): void {
  if (value !== undefined && !schema.safeParse(value).success) {
    throw new StoreError("invalid_input", `unknown ${name}: ${JSON.stringify(value)}`);
  }
}

function firstLine(text: string): string {
  const line = text.split("\n").find((l) => l.trim() !== "") ?? "";
  const trimmed = line.trim();
  return trimmed.length > 200 ? `${trimmed.slice(0, 200)}…` : trimmed;
}

/** Rows per INSERT so a statement stays under both engines' bind-parameter limits. */
function chunks<T>(rows: readonly T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(8000 / columns));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

interface StoredInput {
  input: ArticleInput;
  id: string;
}

interface Snapshot {
  summaryMeta: StoryMeta;
  articles: { id: string; input: Omit<ArticleInput, "text">; text: string }[];
  fingerprint: string;
}

interface Plan {
  fingerprint: string;
  all: StoredInput[];
  inserted: number;
  analysis: Analysis;
}

const Inputs = z.array(ArticleInput);

class MigrationError extends Error {
  constructor(override readonly cause: unknown) {
    super("migration failed");
  }
}

const GUARDED = [
  "ingest",
  "reindex",
  "deleteStory",
  "listStories",
  "getStory",
  "getAnalysis",
  "listArticles",
  "getArticle",
  "listClaims",
  "getClaim",
  "listClusters",
  "getCluster",
  "listEntities",
  "getEntity",
  "search",
] as const satisfies readonly (keyof KyselyStore)[];
/** In a `u` regex a surrogate half only matches when it is not part of a pair. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

export class KyselyStore implements IsnadStore {
  constructor(
    /** The underlying Kysely instance (for tests, tooling and maintenance; faces use the methods). */
    readonly db: Kysely<Database>,
    readonly dialect: Dialect,
  ) {
    // Every public operation reports a busy/unreachable database as StoreError("unavailable").
    const self = this as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    for (const name of GUARDED) {
      const fn = self[name]!.bind(this);
      self[name] = (...args: unknown[]) => fn(...args).catch(mapDbError);
    }
  }

  async migrate(): Promise<void> {
    // Processes opening a fresh SQLite file at the same moment (API and web at start-up) race for the write lock;
    // the loser gets SQLITE_BUSY at once (a deferred transaction cannot wait for an upgrade), so it retries and
    // then finds the migrations done. PostgreSQL serialises migrators with an advisory lock.
    for (let attempt = 0; ; attempt++) {
      try {
        await this.migrateOnce();
        return;
      } catch (error) {
        const cause = error instanceof MigrationError ? error.cause : error;
        // A loser that read the migration table before the winner committed fails on "already exists" instead.
        const raced = isUnavailable(cause) || /already exists/i.test((cause as Error)?.message ?? "");
        if (attempt < 40 && this.dialect === "sqlite" && raced) {
          await new Promise((r) => setTimeout(r, 25 + Math.random() * 75));
          continue;
        }
        throw new StoreError("unavailable", `database migration failed: ${(cause as Error)?.message ?? String(cause)}`);
      }
    }
  }

  private async migrateOnce(): Promise<void> {
    const migrator = new Migrator({ db: this.db, provider: migrationProvider(this.dialect) });
    const { error } = await migrator.migrateToLatest();
    if (error) throw new MigrationError(error);
    const stored = await this.db
      .selectFrom("store_meta")
      .select("value")
      .where("key", "=", "search_index")
      .executeTakeFirst();
    if (stored?.value !== indexVersion()) await this.reindex();
  }

  /**
   * Recompute the search index text and the folded match keys (speakers, entities) of everything stored, with the
   * core's current folding and stemming. open() does this by itself when they changed. Returns how many search
   * documents changed.
   */
  async reindex(): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      let changed = 0;
      const text = new Map<string, string>();
      for (const r of await trx.selectFrom("articles").select(["id", "text"]).execute())
        text.set(`article:${r.id}`, r.text);
      for (const r of await trx.selectFrom("claims").select(["id", "text"]).execute())
        text.set(`claim:${r.id}`, r.text);
      for (const d of await trx.selectFrom("search_docs").select(["seq", "type", "ref_id", "norm"]).execute()) {
        const source = text.get(`${d.type}:${d.ref_id}`);
        if (source === undefined) continue;
        const norm = indexText(source);
        if (norm === d.norm) continue;
        await trx.updateTable("search_docs").set({ norm }).where("seq", "=", d.seq).execute();
        changed++;
      }
      for (const c of await trx
        .selectFrom("claims")
        .select(["id", "speaker_name", "speaker_key"])
        .where("speaker_name", "is not", null)
        .execute()) {
        const key = matchKey(c.speaker_name ?? "");
        if (key !== c.speaker_key)
          await trx.updateTable("claims").set({ speaker_key: key }).where("id", "=", c.id).execute();
      }
      for (const e of await trx.selectFrom("entities").selectAll().execute()) {
        const entity = toEntity(e);
        const key = entitySearchKey(entity);
        if (key === e.search_key) continue;
        await trx
          .updateTable("entities")
          .set({ search_key: key })
          .where("story_id", "=", e.story_id)
          .where("id", "=", e.id)
          .execute();
      }
      const version = indexVersion();
      await trx
        .insertInto("store_meta")
        .values({ key: "search_index", value: version })
        .onConflict((oc) => oc.column("key").doUpdateSet({ value: version }))
        .execute();
      return changed;
    });
  }

  /** Names of the migrations already applied, oldest first. */
  async appliedMigrations(): Promise<string[]> {
    const migrator = new Migrator({ db: this.db, provider: migrationProvider(this.dialect) });
    return (await migrator.getMigrations()).filter((m) => m.executedAt).map((m) => m.name);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  // ── ingest ────────────────────────────────────────────────────────────────────────────────────────────────────

  async ingest(story: StoryMeta, inputs: ArticleInput[]): Promise<IngestResult> {
    const meta = StoryMeta.safeParse(story);
    if (!meta.success) throw new StoreError("invalid_input", `invalid story: ${describeIssues(meta.error, "story")}`);
    const parsed = Inputs.safeParse(inputs);
    if (!parsed.success)
      throw new StoreError("invalid_input", `invalid article: ${describeIssues(parsed.error, "inputs")}`);
    parsed.data.forEach((input, i) => {
      const where = `inputs.${i} (${input.source})`;
      if (input.text.trim() === "") throw new StoreError("invalid_input", `${where}: the article text is empty`);
      if (input.text.includes("\u0000")) throw new StoreError("invalid_input", `${where}: the text contains NUL bytes`);
      if (LONE_SURROGATE.test(input.text))
        throw new StoreError("invalid_input", `${where}: the text has lone surrogates`);
    });
    const storyMeta: StoryMeta = { ...meta.data, description: meta.data.description ?? null };
    const fresh = parsed.data.map((input) => ({
      input: { ...input, storyId: storyMeta.id },
      id: contentId(input.text),
    }));

    // The analysis (the slow part) runs outside the transaction, on a snapshot of the story; the transaction then
    // checks the snapshot still holds and writes. A concurrent ingest into the same story makes the check fail and
    // the plan is redone; after a few lost races the analysis runs under the lock instead.
    for (let attempt = 0; attempt < 3; attempt++) {
      const plan = await this.plan(this.db, storyMeta, fresh);
      const result = await this.db.transaction().execute(async (trx) => {
        await this.lockStory(trx, storyMeta);
        if ((await this.snapshot(trx, storyMeta, false)).fingerprint !== plan.fingerprint) return null;
        return this.write(trx, storyMeta, fresh, plan);
      });
      if (result) return result;
    }
    return this.db.transaction().execute(async (trx) => {
      await this.lockStory(trx, storyMeta);
      return this.write(trx, storyMeta, fresh, await this.plan(trx, storyMeta, fresh));
    });
  }

  /**
   * Upsert the story row. This takes the write lock (SQLite) or the row lock (PostgreSQL), so ingests into one
   * story commit one after the other. An empty title or a missing description keeps the stored one.
   */
  private async lockStory(trx: Transaction<Database>, meta: StoryMeta): Promise<void> {
    const now = new Date().toISOString();
    await trx
      .insertInto("stories")
      .values({
        id: meta.id,
        title: meta.title,
        description: meta.description ?? null,
        summary: null,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc.column("id").doUpdateSet({
          title: sql`coalesce(nullif(excluded.title, ''), stories.title)`,
          description: sql`coalesce(excluded.description, stories.description)`,
          updated_at: now,
        }),
      )
      .execute();
  }

  /** What is stored for a story: its articles' inputs, and the title/description an ingest of `meta` ends with. */
  private async snapshot(db: Kysely<Database>, meta: StoryMeta, withText: boolean): Promise<Snapshot> {
    const [story, rows] = await Promise.all([
      db.selectFrom("stories").select(["title", "description"]).where("id", "=", meta.id).executeTakeFirst(),
      db
        .selectFrom("articles")
        .select(withText ? ["id", "input", "text"] : ["id", "input"])
        .where("story_id", "=", meta.id)
        .orderBy("position")
        .execute(),
    ]);
    const summaryMeta: StoryMeta = {
      id: meta.id,
      title: meta.title || story?.title || meta.title,
      description: meta.description ?? story?.description ?? null,
    };
    const articles = rows.map((r) => ({
      id: r.id,
      input: fromJson<Omit<ArticleInput, "text">>(r.input),
      text: (r as { text?: string }).text ?? "",
    }));
    const fingerprint = JSON.stringify([summaryMeta, articles.map((a) => [a.id, a.input])]);
    return { summaryMeta, articles, fingerprint };
  }

  /** Merge the stored articles with the new ones and analyse the whole story. */
  private async plan(db: Kysely<Database>, meta: StoryMeta, fresh: readonly StoredInput[]): Promise<Plan> {
    const snap = await this.snapshot(db, meta, true);
    const merged = new Map<string, StoredInput>();
    for (const a of snap.articles) {
      merged.set(a.id, { id: a.id, input: { ...a.input, text: a.text, storyId: meta.id } });
    }
    let inserted = 0;
    for (const f of fresh) {
      const stored = merged.get(f.id);
      if (!stored) inserted++;
      // A re-ingest keeps the article's place and takes the metadata the caller gives (outlet, date, language,
      // source); what it leaves out (null/undefined) keeps the stored value.
      merged.set(f.id, stored ? { id: f.id, input: { ...stored.input, ...given(f.input) } } : f);
    }
    const all = [...merged.values()];
    const analysis = analyze(
      all.map((a) => a.input),
      { story: snap.summaryMeta },
    );
    return { fingerprint: snap.fingerprint, all, inserted, analysis };
  }

  private async write(
    trx: Transaction<Database>,
    meta: StoryMeta,
    fresh: readonly StoredInput[],
    plan: Plan,
  ): Promise<IngestResult> {
    if (plan.all.length === 0) {
      throw new StoreError("invalid_input", `no articles: story "${meta.id}" is not stored yet and none were given`);
    }
    const freshIds = [...new Set(fresh.map((f) => f.id))];
    if (freshIds.length > 0) {
      const elsewhere = await trx
        .selectFrom("articles")
        .select(["id", "story_id", "source"])
        .where("id", "in", freshIds)
        .where("story_id", "!=", meta.id)
        .executeTakeFirst();
      if (elsewhere) {
        throw new StoreError(
          "conflict",
          `article ${elsewhere.id} (${elsewhere.source}) is already stored in story "${elsewhere.story_id}"; an article belongs to one story`,
        );
      }
    }
    await this.replaceStory(trx, meta.id, plan.all, plan.analysis, new Date().toISOString());
    await trx
      .updateTable("stories")
      .set({ summary: toJson(plan.analysis.story ?? null) })
      .where("id", "=", meta.id)
      .execute();
    const idByContent = new Map(plan.all.map((a, i) => [a.id, plan.analysis.articles[i]?.id ?? a.id]));
    return {
      storyId: meta.id,
      articleIds: fresh.map((f) => idByContent.get(f.id) ?? f.id),
      inserted: plan.inserted,
      analysis: plan.analysis,
    };
  }

  /** Replace every stored row of a story with a fresh analysis (inside the caller's transaction). */
  private async replaceStory(
    trx: Transaction<Database>,
    storyId: string,
    inputs: readonly StoredInput[],
    analysis: Analysis,
    now: string,
  ): Promise<void> {
    const previous = new Map(
      (await trx.selectFrom("articles").select(["id", "created_at"]).where("story_id", "=", storyId).execute()).map(
        (r) => [r.id, r.created_at],
      ),
    );
    await trx.deleteFrom("search_docs").where("story_id", "=", storyId).execute();
    await trx.deleteFrom("cluster_claims").where("story_id", "=", storyId).execute();
    await trx.deleteFrom("clusters").where("story_id", "=", storyId).execute();
    await trx.deleteFrom("entities").where("story_id", "=", storyId).execute();
    await trx.deleteFrom("claims").where("story_id", "=", storyId).execute();
    await trx.deleteFrom("articles").where("story_id", "=", storyId).execute();

    const articleRows = analysis.articles.map((a, i) => {
      const input = inputs[i]?.input;
      const { text: _text, storyId: _story, ...inputMeta } = input ?? { source: a.source, text: a.text };
      return {
        id: a.id,
        story_id: storyId,
        position: i,
        source: a.source,
        text: a.text,
        language: a.language,
        title: a.title,
        subtitle: a.subtitle,
        outlet: a.outlet,
        byline: a.byline,
        dateline: a.dateline,
        published_at: a.publishedAt,
        input: toJson(inputMeta),
        data: toJson(omit(a, ARTICLE_COLUMNS)),
        created_at: previous.get(a.id) ?? now,
      };
    });
    for (const rows of chunks(articleRows, 15)) await trx.insertInto("articles").values(rows).execute();

    const claimRows = analysis.claims.map((c, i) => ({
      id: c.id,
      story_id: storyId,
      article_id: c.articleId,
      ord: i,
      start_pos: c.start,
      end_pos: c.end,
      text: c.text,
      kind: c.kind,
      speaker_name: c.speaker?.name ?? null,
      speaker_key: c.speaker ? matchKey(c.speaker.name) : null,
      speaker_entity_id: c.speaker?.entityId ?? null,
      verb: c.verb,
      data: toJson(omit(c, CLAIM_COLUMNS)),
    }));
    for (const rows of chunks(claimRows, 13)) await trx.insertInto("claims").values(rows).execute();

    const entityRows = analysis.entities.map((e, i) => ({
      story_id: storyId,
      id: e.id,
      ord: i,
      name: e.name,
      key: e.key,
      type: e.type,
      search_key: entitySearchKey(e),
      mention_count: e.mentions.length,
      data: toJson(omit(e, ENTITY_COLUMNS)),
    }));
    for (const rows of chunks(entityRows, 9)) await trx.insertInto("entities").values(rows).execute();

    const clusterRows = analysis.clusters.map((k, i) => ({
      story_id: storyId,
      id: k.id,
      ord: i,
      relation: k.relation,
      topic: k.topic,
      data: toJson(omit(k, CLUSTER_COLUMNS)),
    }));
    for (const rows of chunks(clusterRows, 6)) await trx.insertInto("clusters").values(rows).execute();

    const links = analysis.clusters.flatMap((k) =>
      [...new Set(k.claimIds)].map((claimId) => ({ story_id: storyId, cluster_id: k.id, claim_id: claimId })),
    );
    for (const rows of chunks(links, 3)) await trx.insertInto("cluster_claims").values(rows).execute();

    const docs = [
      ...analysis.articles.map((a) => ({
        story_id: storyId,
        type: "article" as const,
        ref_id: a.id,
        article_id: a.id,
        text: a.title ?? firstLine(a.text),
        norm: indexText(a.text),
      })),
      ...analysis.claims.map((c) => ({
        story_id: storyId,
        type: "claim" as const,
        ref_id: c.id,
        article_id: c.articleId,
        text: c.text,
        norm: indexText(c.text),
      })),
    ];
    for (const rows of chunks(docs, 6)) await trx.insertInto("search_docs").values(rows).execute();
  }

  /** Remove a story and everything stored under it. Returns false when there was no such story. */
  async deleteStory(id: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom("search_docs").where("story_id", "=", id).execute();
      await trx.deleteFrom("cluster_claims").where("story_id", "=", id).execute();
      await trx.deleteFrom("clusters").where("story_id", "=", id).execute();
      await trx.deleteFrom("entities").where("story_id", "=", id).execute();
      await trx.deleteFrom("claims").where("story_id", "=", id).execute();
      await trx.deleteFrom("articles").where("story_id", "=", id).execute();
      const res = await trx.deleteFrom("stories").where("id", "=", id).executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    });
  }

  // ── stories ───────────────────────────────────────────────────────────────────────────────────────────────────

  private storyQuery() {
    return this.db.selectFrom("stories").select((eb) => [
      "stories.id",
      "stories.title",
      "stories.description",
      "stories.summary",
      "stories.created_at",
      eb
        .selectFrom("articles")
        .select((eb2) => eb2.fn.countAll().as("n"))
        .whereRef("articles.story_id", "=", "stories.id")
        .as("article_count"),
    ]);
  }

  private toStoryRecord(row: {
    id: string;
    title: string;
    description: string | null;
    summary: unknown;
    article_count: unknown;
  }): StoryRecord {
    return {
      id: row.id,
      title: row.title,
      description: row.description,
      summary: row.summary == null ? null : fromJson<Story | null>(row.summary),
      articleCount: Number(row.article_count ?? 0),
    };
  }

  async listStories(page?: PageRequest): Promise<Page<StoryRecord>> {
    const { limit, offset } = pageBounds(page);
    const [rows, total] = await Promise.all([
      this.storyQuery()
        .orderBy("stories.created_at", "desc")
        .orderBy("stories.id")
        .limit(limit)
        .offset(offset)
        .execute(),
      this.count(this.db.selectFrom("stories")),
    ]);
    return { items: rows.map((r) => this.toStoryRecord(r)), total, limit, offset };
  }

  async getStory(id: string): Promise<StoryRecord | null> {
    const row = await this.storyQuery().where("stories.id", "=", id).executeTakeFirst();
    return row ? this.toStoryRecord(row) : null;
  }

  /** The whole stored analysis of a story (what `analyze` returned at the last ingest), or null. */
  async getAnalysis(storyId: string): Promise<Analysis | null> {
    const story = await this.db.selectFrom("stories").select("summary").where("id", "=", storyId).executeTakeFirst();
    if (!story) return null;
    const [articles, claims, entities, clusters] = await Promise.all([
      this.db.selectFrom("articles").selectAll().where("story_id", "=", storyId).orderBy("position").execute(),
      this.db.selectFrom("claims").selectAll().where("story_id", "=", storyId).orderBy("ord").execute(),
      this.db.selectFrom("entities").selectAll().where("story_id", "=", storyId).orderBy("ord").execute(),
      this.db.selectFrom("clusters").selectAll().where("story_id", "=", storyId).orderBy("ord").execute(),
    ]);
    return {
      articles: articles.map(toArticle),
      claims: claims.map(toClaim),
      entities: entities.map(toEntity),
      clusters: clusters.map(toCluster),
      story: story.summary == null ? null : fromJson<Story | null>(story.summary),
    };
  }

  // ── articles ──────────────────────────────────────────────────────────────────────────────────────────────────

  async listArticles(filter: PageRequest & { storyId?: string } = {}): Promise<Page<Article>> {
    const { limit, offset } = pageBounds(filter);
    let q = this.db.selectFrom("articles");
    if (filter.storyId !== undefined) q = q.where("story_id", "=", filter.storyId);
    const [rows, total] = await Promise.all([
      q.selectAll().orderBy("story_id").orderBy("position").limit(limit).offset(offset).execute(),
      this.count(q),
    ]);
    return { items: rows.map(toArticle), total, limit, offset };
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = await this.db.selectFrom("articles").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toArticle(row) : null;
  }

  // ── claims ────────────────────────────────────────────────────────────────────────────────────────────────────

  async listClaims(filter: ClaimFilter = {}): Promise<Page<Claim>> {
    const { limit, offset } = pageBounds(filter);
    checkEnum(ClaimKind, filter.kind, "claim kind");
    let q = this.db.selectFrom("claims");
    if (filter.articleId !== undefined) q = q.where("article_id", "=", filter.articleId);
    if (filter.storyId !== undefined) q = q.where("story_id", "=", filter.storyId);
    if (filter.kind !== undefined) q = q.where("kind", "=", filter.kind);
    if (filter.clusterId !== undefined) {
      const clusterId = filter.clusterId;
      q = q.where(({ exists, selectFrom }) =>
        exists(
          selectFrom("cluster_claims as cc")
            .select("cc.claim_id")
            .whereRef("cc.claim_id", "=", "claims.id")
            .where("cc.cluster_id", "=", clusterId),
        ),
      );
    }
    if (filter.speaker !== undefined && filter.speaker.trim() !== "") {
      const raw = filter.speaker.trim();
      const key = matchKey(raw);
      q = q.where((eb) =>
        key === ""
          ? eb("speaker_entity_id", "=", raw)
          : eb.or([eb("speaker_entity_id", "=", raw), eb("speaker_key", "like", `%${key}%`)]),
      );
    }
    if (filter.q !== undefined && filter.q.trim() !== "") {
      const query = engineQuery(this.dialect, filter.q);
      if (query === null) return { items: [], total: 0, limit, offset };
      q = q.where(
        "id",
        "in",
        sql<string>`(SELECT d.ref_id FROM search_docs d WHERE d.type = 'claim' AND d.seq IN (${this.matchSeqSql(query)}))`,
      );
    }
    const [rows, total] = await Promise.all([
      q.selectAll().orderBy("story_id").orderBy("ord").limit(limit).offset(offset).execute(),
      this.count(q),
    ]);
    return { items: rows.map(toClaim), total, limit, offset };
  }

  async getClaim(id: string): Promise<Claim | null> {
    const row = await this.db.selectFrom("claims").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toClaim(row) : null;
  }

  // ── clusters ──────────────────────────────────────────────────────────────────────────────────────────────────

  async listClusters(filter: ClusterFilter = {}): Promise<Page<Cluster>> {
    const { limit, offset } = pageBounds(filter);
    checkEnum(Relation, filter.relation, "relation");
    let q = this.db.selectFrom("clusters");
    if (filter.storyId !== undefined) q = q.where("clusters.story_id", "=", filter.storyId);
    if (filter.relation !== undefined) q = q.where("clusters.relation", "=", filter.relation);
    if (filter.claimId !== undefined) {
      const claimId = filter.claimId;
      q = q.where(({ exists, selectFrom }) =>
        exists(
          selectFrom("cluster_claims as cc")
            .select("cc.claim_id")
            .whereRef("cc.story_id", "=", "clusters.story_id")
            .whereRef("cc.cluster_id", "=", "clusters.id")
            .where("cc.claim_id", "=", claimId),
        ),
      );
    }
    const [rows, total] = await Promise.all([
      q
        .selectAll("clusters")
        .orderBy("clusters.story_id")
        .orderBy("clusters.ord")
        .limit(limit)
        .offset(offset)
        .execute(),
      this.count(q),
    ]);
    return { items: rows.map(toCluster), total, limit, offset };
  }

  async getCluster(id: string): Promise<Cluster | null> {
    const row = await this.db
      .selectFrom("clusters")
      .selectAll()
      .where("id", "=", id)
      .orderBy("story_id")
      .executeTakeFirst();
    return row ? toCluster(row) : null;
  }

  // ── entities ──────────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * Entities by prominence (mentions). With a storyId: that story's entities. Without: one entry per entity id,
   * merged across stories (aliases and mentions combined).
   */
  async listEntities(filter: PageRequest & { storyId?: string; q?: string } = {}): Promise<Page<Entity>> {
    const { limit, offset } = pageBounds(filter);
    let q = this.db.selectFrom("entities");
    if (filter.storyId !== undefined) q = q.where("story_id", "=", filter.storyId);
    if (filter.q !== undefined && filter.q.trim() !== "") {
      const raw = filter.q.trim();
      const key = matchKey(raw);
      q = q.where((eb) =>
        key === "" ? eb("id", "=", raw) : eb.or([eb("id", "=", raw), eb("search_key", "like", `%${key}%`)]),
      );
    }
    if (filter.storyId !== undefined) {
      const [rows, total] = await Promise.all([
        q.selectAll().orderBy("mention_count", "desc").orderBy("ord").limit(limit).offset(offset).execute(),
        this.count(q),
      ]);
      return { items: rows.map(toEntity), total, limit, offset };
    }
    const idsQuery = q
      .select((eb) => ["id", eb.fn.sum<number>("mention_count").as("mentions"), eb.fn.min("name").as("first_name")])
      .groupBy("id");
    const [ids, totalRow] = await Promise.all([
      idsQuery.orderBy("mentions", "desc").orderBy("first_name").orderBy("id").limit(limit).offset(offset).execute(),
      q.select((eb) => eb.fn.count("id").distinct().as("n")).executeTakeFirst(),
    ]);
    const items = await this.entitiesById(ids.map((r) => r.id));
    return { items, total: Number(totalRow?.n ?? 0), limit, offset };
  }

  async getEntity(id: string): Promise<Entity | null> {
    return (await this.entitiesById([id]))[0] ?? null;
  }

  private async entitiesById(ids: readonly string[]): Promise<Entity[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom("entities")
      .selectAll()
      .where("id", "in", ids)
      .orderBy("story_id")
      .orderBy("ord")
      .execute();
    const byId = new Map<string, Entity>();
    for (const row of rows) {
      const e = toEntity(row);
      const seen = byId.get(e.id);
      if (!seen) {
        byId.set(e.id, e);
        continue;
      }
      seen.aliases = [...new Set([...seen.aliases, ...e.aliases])];
      seen.mentions = [...seen.mentions, ...e.mentions];
    }
    return ids.map((id) => byId.get(id)).filter((e): e is Entity => e !== undefined);
  }

  // ── search ────────────────────────────────────────────────────────────────────────────────────────────────────

  /** Matching search_docs rows as (seq, score), higher score = better. The only engine-specific SQL. */
  private matchSql(query: string): RawBuilder<{ seq: number; score: number }> {
    return this.dialect === "postgres"
      ? sql`SELECT seq, ts_rank(tsv, q) AS score FROM search_docs, to_tsquery('simple', ${query}) q WHERE tsv @@ q`
      : sql`SELECT rowid AS seq, -bm25(search_fts) AS score FROM search_fts WHERE search_fts MATCH ${query}`;
  }

  /** The seqs of matching search_docs rows (no ranking): for filters. */
  private matchSeqSql(query: string): RawBuilder<{ seq: number }> {
    return this.dialect === "postgres"
      ? sql`SELECT seq FROM search_docs WHERE tsv @@ to_tsquery('simple', ${query})`
      : sql`SELECT rowid FROM search_fts WHERE search_fts MATCH ${query}`;
  }

  async search(q: string, page: SearchRequest = {}): Promise<Page<SearchHit>> {
    const { limit, offset } = pageBounds(page);
    if (page.type !== undefined && page.type !== "article" && page.type !== "claim") {
      throw new StoreError("invalid_input", `unknown search hit type: ${JSON.stringify(page.type)}`);
    }
    const query = engineQuery(this.dialect, q ?? "");
    if (query === null) return { items: [], total: 0, limit, offset };
    const matching = this.matchSql(query);
    const conditions = [
      ...(page.storyId !== undefined ? [sql`d.story_id = ${page.storyId}`] : []),
      ...(page.type !== undefined ? [sql`d.type = ${page.type}`] : []),
    ];
    const storyWhere = conditions.length > 0 ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
    const [rows, totalRows] = await Promise.all([
      sql<{
        type: "article" | "claim";
        ref_id: string;
        article_id: string;
        story_id: string;
        text: string;
        score: number;
      }>`
        SELECT d.type, d.ref_id, d.article_id, d.story_id, d.text, m.score
        FROM (${matching}) m JOIN search_docs d ON d.seq = m.seq
        ${storyWhere}
        ORDER BY m.score DESC, d.seq
        LIMIT ${limit} OFFSET ${offset}`.execute(this.db),
      sql<{ n: number | string }>`
        SELECT count(*) AS n FROM (${matching}) m JOIN search_docs d ON d.seq = m.seq ${storyWhere}`.execute(this.db),
    ]);
    const articleIds = [...new Set(rows.rows.filter((r) => r.type === "article").map((r) => r.ref_id))];
    const texts = new Map(
      articleIds.length === 0
        ? []
        : (await this.db.selectFrom("articles").select(["id", "text"]).where("id", "in", articleIds).execute()).map(
            (a) => [a.id, a.text],
          ),
    );
    return {
      items: rows.rows.map((r) => {
        const hit: SearchHit = {
          type: r.type,
          id: r.ref_id,
          articleId: r.article_id,
          text: r.text,
          score: Number(r.score),
          storyId: r.story_id,
        };
        const snippet = r.type === "article" ? bestPassage(texts.get(r.ref_id) ?? "", q) : null;
        if (snippet) hit.snippet = snippet;
        return hit;
      }),
      total: Number(totalRows.rows[0]?.n ?? 0),
      limit,
      offset,
    };
  }

  // ── helpers ───────────────────────────────────────────────────────────────────────────────────────────────────

  private async count<TB extends keyof Database>(q: SelectQueryBuilder<Database, TB, object>): Promise<number> {
    const row = await q.select((eb) => eb.fn.countAll().as("n")).executeTakeFirst();
    return Number((row as { n?: unknown } | undefined)?.n ?? 0);
  }
}

/** The fields of an input that carry a value. */
function given(input: ArticleInput): Partial<ArticleInput> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null));
}

function entitySearchKey(e: Entity): string {
  return [e.name, ...e.aliases, e.key].map(matchKey).join("\n");
}

function toArticle(row: Selectable<ArticlesTable>): Article {
  return {
    ...fromJson<Record<string, unknown>>(row.data),
    id: row.id,
    source: row.source,
    text: row.text,
    language: row.language,
    title: row.title,
    subtitle: row.subtitle,
    outlet: row.outlet,
    byline: row.byline,
    dateline: row.dateline,
    publishedAt: row.published_at,
    storyId: row.story_id,
  } as Article;
}

function toClaim(row: Selectable<ClaimsTable>): Claim {
  return {
    ...fromJson<Record<string, unknown>>(row.data),
    id: row.id,
    articleId: row.article_id,
    start: row.start_pos,
    end: row.end_pos,
    text: row.text,
    kind: row.kind,
  } as Claim;
}

function toEntity(row: Selectable<EntitiesTable>): Entity {
  return {
    ...fromJson<Record<string, unknown>>(row.data),
    id: row.id,
    name: row.name,
    key: row.key,
    type: row.type,
  } as Entity;
}

function toCluster(row: Selectable<ClustersTable>): Cluster {
  return {
    ...fromJson<Record<string, unknown>>(row.data),
    id: row.id,
    relation: row.relation,
    topic: row.topic,
  } as Cluster;
}
