// The store contract: one suite, run against every engine (store.sqlite.test.ts, store.postgres.test.ts).
// Real databases, real seeds, real core analysis; no mocks.
import { join } from "node:path";
import { type Analysis, type ArticleInput, analyze, contentId, type StoryMeta } from "@isnad/core";
import { foldForMatch } from "@isnad/core/arabic";
import { Migrator, sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadArticleFiles } from "#load.ts";
import { MIGRATION_NAMES, migrationProvider } from "#migrations/index.ts";
import { workspaceRoot } from "#open.ts";
import { matchKey } from "#search.ts";
import type { KyselyStore } from "#store.ts";
import { StoreError } from "#types.ts";
import {
  BANK_RATE,
  BANK_STORY,
  FLOOD_ARTICLES,
  FLOOD_MINISTER,
  FLOOD_RESCUE,
  FLOOD_STORY,
  FLOOD_UN,
  POISON_MARK,
  POISONED,
} from "../test/articles.ts";

export interface StoreInstance {
  store: KyselyStore;
  /** a second connection to the same database (the first stays open) */
  reopen(): Promise<KyselyStore>;
  /** close everything and drop the database */
  destroy(): Promise<void>;
}

export interface StoreHarness {
  /** a new store on a fresh, empty database */
  create(): Promise<StoreInstance>;
}

export const SEEDS_DIR = join(workspaceRoot(), "seeds");

async function seeds(): Promise<{ story: StoryMeta; inputs: ArticleInput[] }> {
  const loaded = await loadArticleFiles([SEEDS_DIR]);
  if (!loaded.ok) throw new Error(`seeds: ${loaded.error.message}`);
  return { story: loaded.story, inputs: loaded.inputs };
}

/** Make the database reject the search row of any article containing POISON_MARK: the last write of an ingest. */
async function poison(store: KyselyStore): Promise<void> {
  if (store.dialect === "sqlite") {
    await sql`CREATE TRIGGER poison BEFORE INSERT ON search_docs
      WHEN new.type = 'article' AND instr(new.norm, ${sql.lit(POISON_MARK)}) > 0
      BEGIN SELECT RAISE(ABORT, 'forced failure'); END`.execute(store.db);
  } else {
    await sql`CREATE FUNCTION poison() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.type = 'article' AND position(${sql.lit(POISON_MARK)} in NEW.norm) > 0 THEN
          RAISE EXCEPTION 'forced failure';
        END IF;
        RETURN NEW;
      END $$`.execute(store.db);
    await sql`CREATE TRIGGER poison BEFORE INSERT ON search_docs FOR EACH ROW EXECUTE FUNCTION poison()`.execute(
      store.db,
    );
  }
}

async function rowCounts(store: KyselyStore): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ["stories", "articles", "claims", "entities", "clusters", "cluster_claims", "search_docs"] as const) {
    const row = await store.db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    out[t] = Number(row.n);
  }
  return out;
}

async function expectStoreError(promise: Promise<unknown>, code: StoreError["code"]): Promise<StoreError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  expect((error as StoreError).code).toBe(code);
  return error as StoreError;
}

/** Insert a tatweel and diacritics into a phrase, and drop hamza from alefs: a different spelling of the same words. */
function respell(text: string): string {
  return text.replace(/[أإآ]/gu, "ا").replace(/ة/gu, "ه");
}

export function runStoreSuite(name: string, harness: StoreHarness): void {
  describe(`IsnadStore on ${name}`, () => {
    let inst: StoreInstance;
    let store: KyselyStore;

    beforeEach(async () => {
      inst = await harness.create();
      store = inst.store;
    });
    afterEach(async () => {
      await inst.destroy();
    });

    describe("migrations", () => {
      it("applies every migration on open, and running them again changes nothing", async () => {
        expect(await store.appliedMigrations()).toEqual([...MIGRATION_NAMES]);
        await store.ingest(FLOOD_STORY, [FLOOD_UN]);
        const before = await rowCounts(store);
        await store.migrate();
        await store.migrate();
        expect(await store.appliedMigrations()).toEqual([...MIGRATION_NAMES]);
        const again = await inst.reopen();
        try {
          expect(await again.appliedMigrations()).toEqual([...MIGRATION_NAMES]);
          expect(await rowCounts(again)).toEqual(before);
          expect((await again.getStory(FLOOD_STORY.id))?.articleCount).toBe(1);
        } finally {
          await again.close();
        }
      });
    });

    describe("migration steps", () => {
      it("upgrades a database left at an older version, keeping its data", async () => {
        await store.ingest(FLOOD_STORY, [...FLOOD_ARTICLES]);
        const before = await store.search("الامم المتحده");
        const migrator = new Migrator({ db: store.db, provider: migrationProvider(store.dialect) });
        const down = await migrator.migrateDown();
        expect(down.error).toBeUndefined();
        expect(await store.appliedMigrations()).toEqual(MIGRATION_NAMES.slice(0, -1));
        await store.migrate();
        expect(await store.appliedMigrations()).toEqual([...MIGRATION_NAMES]);
        expect(await store.search("الامم المتحده")).toEqual(before);
        expect((await store.getStory(FLOOD_STORY.id))?.articleCount).toBe(3);
      });
    });

    describe("search index maintenance", () => {
      it("rebuilds a stale search index on open, and reindex() is a no-op when it is current", async () => {
        await store.ingest(FLOOD_STORY, [...FLOOD_ARTICLES]);
        const before = await store.search("الامم المتحده");
        expect(before.total).toBeGreaterThan(0);
        expect(await store.reindex()).toBe(0);
        // what a core upgrade that changes folding looks like to the store: stored index text no longer matches
        await store.db.updateTable("search_docs").set({ norm: "stale" }).execute();
        await store.db
          .updateTable("claims")
          .set({ speaker_key: "stale" })
          .where("speaker_key", "is not", null)
          .execute();
        await store.db.updateTable("store_meta").set({ value: "an older engine" }).execute();
        expect((await store.search("الامم المتحده")).total).toBe(0);
        const again = await inst.reopen();
        expect(await again.search("الامم المتحده")).toEqual(before);
        expect(await again.reindex()).toBe(0);
        const speakers = (await again.listClaims({ storyId: FLOOD_STORY.id, limit: 500 })).items.filter(
          (c) => c.speaker,
        );
        for (const c of speakers) {
          expect((await again.listClaims({ speaker: c.speaker!.name })).items.map((x) => x.id)).toContain(c.id);
        }
      });
    });

    describe("ingest", () => {
      it("re-analyses a stored story when given no new articles, and refuses an empty new story", async () => {
        const first = await store.ingest(FLOOD_STORY, [FLOOD_UN, FLOOD_RESCUE]);
        const again = await store.ingest({ id: FLOOD_STORY.id, title: "" }, []);
        expect(again.inserted).toBe(0);
        expect(again.articleIds).toEqual([]);
        expect(again.analysis).toEqual(first.analysis);
        await expectStoreError(store.ingest(BANK_STORY, []), "invalid_input");
        expect(await store.getStory(BANK_STORY.id)).toBeNull();
      });

      it("stores the seeds and reads back exactly the analysis the core produced", async () => {
        const { story, inputs } = await seeds();
        const result = await store.ingest(story, inputs);
        const expected = analyze(
          inputs.map((i) => ({ ...i, storyId: story.id })),
          { story },
        );
        expect(result.analysis).toEqual(expected);
        expect(result.storyId).toBe(story.id);
        expect(result.inserted).toBe(inputs.length);
        expect(result.articleIds).toEqual(expected.articles.map((a) => a.id));

        expect(await store.getAnalysis(story.id)).toEqual(expected);
        for (const a of expected.articles) expect(await store.getArticle(a.id)).toEqual(a);
        for (const c of expected.claims) expect(await store.getClaim(c.id)).toEqual(c);
        for (const k of expected.clusters) expect(await store.getCluster(k.id)).toEqual(k);
        for (const e of expected.entities) expect(await store.getEntity(e.id)).toEqual(e);

        const claims = await store.listClaims({ storyId: story.id, limit: 500 });
        expect(claims.total).toBe(expected.claims.length);
        expect(claims.items).toEqual(expected.claims.slice(0, 500));
        const articles = await store.listArticles({ storyId: story.id });
        expect(articles.items).toEqual(expected.articles);
        const clusters = await store.listClusters({ storyId: story.id, limit: 500 });
        expect(clusters.total).toBe(expected.clusters.length);
        expect(clusters.items).toEqual(expected.clusters.slice(0, 500));
        const entities = await store.listEntities({ storyId: story.id, limit: 500 });
        expect(entities.total).toBe(expected.entities.length);
        expect(new Set(entities.items.map((e) => e.id))).toEqual(new Set(expected.entities.map((e) => e.id)));

        const record = await store.getStory(story.id);
        expect(record).toEqual({
          id: story.id,
          title: story.title,
          description: story.description,
          summary: expected.story,
          articleCount: inputs.length,
        });
        // the outlet named in the manifest reaches the stored article
        const withOutlet = inputs.find((i) => i.outlet);
        expect(withOutlet).toBeDefined();
        const stored = await store.listArticles({ storyId: story.id });
        expect(stored.items.find((a) => a.source === withOutlet?.source)?.outlet).toBe(withOutlet?.outlet);
      });

      it("is idempotent: the same content again keeps the ids and inserts nothing", async () => {
        const { story, inputs } = await seeds();
        const first = await store.ingest(story, inputs);
        const counts = await rowCounts(store);
        const second = await store.ingest(story, inputs);
        expect(second.inserted).toBe(0);
        expect(second.articleIds).toEqual(first.articleIds);
        expect(second.analysis).toEqual(first.analysis);
        expect(await rowCounts(store)).toEqual(counts);
        // a subset, reordered and duplicated, is still nothing new
        const third = await store.ingest(story, [inputs[2]!, inputs[0]!, inputs[2]!]);
        expect(third.inserted).toBe(0);
        expect(third.articleIds).toEqual([first.articleIds[2], first.articleIds[0], first.articleIds[2]]);
        expect(await store.getAnalysis(story.id)).toEqual(first.analysis);
      });

      it("re-analyses the whole story: two batches end where one batch of all the articles ends", async () => {
        const { story, inputs } = await seeds();
        const a = await store.ingest(story, inputs.slice(0, 3));
        expect(a.inserted).toBe(3);
        expect(a.analysis.articles).toHaveLength(3);
        const b = await store.ingest(story, inputs.slice(3));
        expect(b.inserted).toBe(inputs.length - 3);
        const all = analyze(
          inputs.map((i) => ({ ...i, storyId: story.id })),
          { story },
        );
        expect(b.analysis).toEqual(all);
        expect(await store.getAnalysis(story.id)).toEqual(all);
        expect((await store.getStory(story.id))?.summary?.articleIds).toHaveLength(inputs.length);
      });

      it("concurrent ingests into one story both land", async () => {
        await Promise.all([
          store.ingest(FLOOD_STORY, [FLOOD_UN]),
          store.ingest(FLOOD_STORY, [FLOOD_MINISTER]),
          store.ingest(FLOOD_STORY, [FLOOD_RESCUE]),
        ]);
        const stored = await store.getAnalysis(FLOOD_STORY.id);
        expect(stored?.articles).toHaveLength(3);
        expect(stored?.story?.articleIds).toHaveLength(3);
      });

      it("takes the latest metadata on re-ingest without counting the article as new", async () => {
        const first = await store.ingest(FLOOD_STORY, [FLOOD_RESCUE]);
        const again = await store.ingest(FLOOD_STORY, [
          { ...FLOOD_RESCUE, outlet: "قناة الأحرار", publishedAt: "2023-09-16" },
        ]);
        expect(again.inserted).toBe(0);
        expect(again.articleIds).toEqual(first.articleIds);
        const article = await store.getArticle(first.articleIds[0]!);
        expect(article?.outlet).toBe("قناة الأحرار");
        expect(article?.publishedAt).toBe("2023-09-16");
        // metadata left out keeps what is stored
        const bare = await store.ingest(FLOOD_STORY, [{ source: "api", text: FLOOD_RESCUE.text }]);
        expect(bare.inserted).toBe(0);
        const kept = await store.getArticle(first.articleIds[0]!);
        expect(kept?.outlet).toBe("قناة الأحرار");
        expect(kept?.publishedAt).toBe("2023-09-16");
        expect(kept?.source).toBe("api");
      });

      it("keeps a story's description when a later ingest omits it, and updates the title", async () => {
        await store.ingest(FLOOD_STORY, [FLOOD_UN]);
        await store.ingest({ id: FLOOD_STORY.id, title: "فيضانات درنة 2023" }, [FLOOD_MINISTER]);
        const record = await store.getStory(FLOOD_STORY.id);
        expect(record?.title).toBe("فيضانات درنة 2023");
        expect(record?.description).toBe(FLOOD_STORY.description);
        expect(record?.summary?.title).toBe("فيضانات درنة 2023");
      });

      it("merges an entity named in two stories: one entry, mentions from both", async () => {
        const a = (await store.ingest({ id: "story-a", title: "أ" }, [FLOOD_UN])).analysis;
        const b = (await store.ingest({ id: "story-b", title: "ب" }, [FLOOD_RESCUE])).analysis;
        const shared = a.entities.filter((e) => b.entities.some((x) => x.id === e.id));
        expect(shared.length).toBeGreaterThan(0);
        for (const e of shared) {
          const other = b.entities.find((x) => x.id === e.id)!;
          const merged = await store.getEntity(e.id);
          expect(merged?.mentions).toHaveLength(e.mentions.length + other.mentions.length);
          expect(new Set(merged?.mentions.map((m) => m.articleId))).toEqual(
            new Set([...e.mentions, ...other.mentions].map((m) => m.articleId)),
          );
          const inB = await store.listEntities({ storyId: "story-b", q: e.id });
          expect(inB.items).toEqual([other]);
          const everywhere = await store.listEntities({ q: e.id });
          expect(everywhere.items.map((x) => x.id)).toEqual([e.id]);
        }
      });

      it("deletes a story with everything under it", async () => {
        await store.ingest(FLOOD_STORY, [...FLOOD_ARTICLES]);
        await store.ingest(BANK_STORY, [BANK_RATE]);
        const bank = await rowCounts(store);
        expect(await store.deleteStory(FLOOD_STORY.id)).toBe(true);
        expect(await store.deleteStory(FLOOD_STORY.id)).toBe(false);
        expect(await store.getStory(FLOOD_STORY.id)).toBeNull();
        expect((await store.listArticles()).total).toBe(1);
        expect((await store.search("درنة")).total).toBe(0);
        expect((await rowCounts(store)).stories).toBe(bank.stories! - 1);
      });
    });

    describe("all or nothing", () => {
      it("a database failure on the last write of a new story leaves nothing behind", async () => {
        await poison(store);
        const before = await rowCounts(store);
        const error = await store.ingest(FLOOD_STORY, [FLOOD_UN, FLOOD_MINISTER, POISONED]).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(Error);
        expect(String((error as Error).message)).toMatch(/forced failure/);
        expect(await rowCounts(store)).toEqual(before);
        expect(await store.getStory(FLOOD_STORY.id)).toBeNull();
      });

      it("a failure while re-analysing an existing story keeps the story exactly as it was", async () => {
        const first = await store.ingest(FLOOD_STORY, [FLOOD_UN, FLOOD_MINISTER]);
        await poison(store);
        const before = await rowCounts(store);
        await expect(store.ingest(FLOOD_STORY, [FLOOD_RESCUE, POISONED])).rejects.toThrow(/forced failure/);
        expect(await rowCounts(store)).toEqual(before);
        expect(await store.getAnalysis(FLOOD_STORY.id)).toEqual(first.analysis);
        expect(await store.getArticle(first.articleIds[0]!)).not.toBeNull();
        // and the store still works afterwards
        const after = await store.ingest(FLOOD_STORY, [FLOOD_RESCUE]);
        expect(after.inserted).toBe(1);
      });

      it("an invalid article in the middle of a batch stores none of the batch", async () => {
        const bad = [FLOOD_UN, { source: "x.txt", text: 42 }, FLOOD_RESCUE] as unknown as ArticleInput[];
        const error = await expectStoreError(store.ingest(FLOOD_STORY, bad), "invalid_input");
        expect(error.message).toMatch(/inputs\.1\.text/);
        await expectStoreError(
          store.ingest(FLOOD_STORY, [FLOOD_UN, { source: "blank.txt", text: " \n\t " }]),
          "invalid_input",
        );
        await expectStoreError(
          store.ingest(FLOOD_STORY, [{ source: "nul.txt", text: "نص\u0000ثنائي" }]),
          "invalid_input",
        );
        await expectStoreError(store.ingest(FLOOD_STORY, [{ source: "", text: "نص" }]), "invalid_input");
        await expectStoreError(store.ingest({ id: "", title: "x" }, [FLOOD_UN]), "invalid_input");
        await expectStoreError(store.ingest(null as unknown as StoryMeta, [FLOOD_UN]), "invalid_input");
        await expectStoreError(store.ingest(FLOOD_STORY, "text" as unknown as ArticleInput[]), "invalid_input");
        expect((await rowCounts(store)).stories).toBe(0);
        expect((await store.listArticles()).total).toBe(0);
      });

      it("the same text sent to two stories at once lands in one, the other gets a conflict", async () => {
        const results = await Promise.allSettled([
          store.ingest(FLOOD_STORY, [FLOOD_UN]),
          store.ingest(BANK_STORY, [BANK_RATE, FLOOD_UN]),
        ]);
        const rejected = results.filter((r) => r.status === "rejected");
        expect(rejected).toHaveLength(1);
        const reason = (rejected[0] as PromiseRejectedResult).reason;
        expect(reason).toBeInstanceOf(StoreError);
        expect((reason as StoreError).code).toBe("conflict");
        expect((await store.listArticles()).total).toBe(results[0].status === "fulfilled" ? 1 : 2);
      });

      it("an article already stored in another story is a conflict, and nothing of the batch is stored", async () => {
        await store.ingest(FLOOD_STORY, [FLOOD_UN]);
        const before = await rowCounts(store);
        const error = await expectStoreError(store.ingest(BANK_STORY, [BANK_RATE, FLOOD_UN]), "conflict");
        expect(error.message).toContain(FLOOD_STORY.id);
        expect(await rowCounts(store)).toEqual(before);
        expect(await store.getStory(BANK_STORY.id)).toBeNull();
      });
    });

    describe("reads", () => {
      let flood: Analysis;
      let bank: Analysis;
      beforeEach(async () => {
        flood = (await store.ingest(FLOOD_STORY, [...FLOOD_ARTICLES])).analysis;
        bank = (await store.ingest(BANK_STORY, [BANK_RATE])).analysis;
      });

      it("returns null for unknown ids", async () => {
        expect(await store.getStory("nope")).toBeNull();
        expect(await store.getArticle("0000000000000000")).toBeNull();
        expect(await store.getClaim("c_nope")).toBeNull();
        expect(await store.getCluster("k_nope")).toBeNull();
        expect(await store.getEntity("e_nope")).toBeNull();
        expect(await store.getAnalysis("nope")).toBeNull();
        expect((await store.listClaims({ storyId: "nope" })).total).toBe(0);
      });

      it("lists stories, newest first, with article counts", async () => {
        const stories = await store.listStories();
        expect(stories.total).toBe(2);
        expect(stories.items.map((s) => s.id).sort()).toEqual([BANK_STORY.id, FLOOD_STORY.id].sort());
        const f = stories.items.find((s) => s.id === FLOOD_STORY.id);
        expect(f?.articleCount).toBe(3);
        expect(f?.summary).toEqual(flood.story);
        expect(stories.items.find((s) => s.id === BANK_STORY.id)?.description).toBeNull();
      });

      it("filters articles and claims by story and article", async () => {
        expect((await store.listArticles()).total).toBe(4);
        expect((await store.listArticles({ storyId: BANK_STORY.id })).items).toEqual(bank.articles);
        const all = await store.listClaims({ limit: 500 });
        expect(all.total).toBe(flood.claims.length + bank.claims.length);
        const byStory = await store.listClaims({ storyId: FLOOD_STORY.id, limit: 500 });
        expect(byStory.items).toEqual(flood.claims);
        for (const article of flood.articles) {
          const page = await store.listClaims({ articleId: article.id, limit: 500 });
          expect(page.items).toEqual(flood.claims.filter((c) => c.articleId === article.id));
        }
        const none = await store.listClaims({ articleId: flood.articles[0]!.id, storyId: BANK_STORY.id });
        expect(none).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
      });

      it("filters claims by kind", async () => {
        for (const kind of ["attributed", "reported"] as const) {
          const page = await store.listClaims({ storyId: FLOOD_STORY.id, kind, limit: 500 });
          expect(page.items).toEqual(flood.claims.filter((c) => c.kind === kind));
        }
        await expectStoreError(store.listClaims({ kind: "rumour" as never }), "invalid_input");
      });

      it("filters claims by speaker: folded containment on the name, or the entity id", async () => {
        const speakers = [
          ...new Map(flood.claims.filter((c) => c.speaker).map((c) => [c.speaker!.name, c.speaker!])).values(),
        ];
        if (speakers.length === 0) {
          // The core found no speakers in these articles: a speaker filter must then match nothing.
          expect((await store.listClaims({ speaker: "المتحدث" })).total).toBe(0);
          return;
        }
        for (const speaker of speakers) {
          const expected = flood.claims.filter(
            (c) =>
              c.speaker &&
              (matchKey(c.speaker.name).includes(matchKey(speaker.name)) ||
                c.speaker.entityId === respell(speaker.name)),
          );
          const page = await store.listClaims({ storyId: FLOOD_STORY.id, speaker: respell(speaker.name), limit: 500 });
          expect(page.items.map((c) => c.id)).toEqual(expected.map((c) => c.id));
          if (speaker.entityId) {
            const byId = await store.listClaims({ speaker: speaker.entityId, limit: 500 });
            expect(byId.items.length).toBeGreaterThan(0);
            for (const c of byId.items) {
              expect(
                c.speaker?.entityId === speaker.entityId ||
                  matchKey(c.speaker?.name ?? "").includes(matchKey(speaker.entityId)),
              ).toBe(true);
            }
          }
        }
        expect((await store.listClaims({ speaker: "لا أحد بهذا الاسم" })).total).toBe(0);
      });

      it("filters clusters by story, relation and claim", async () => {
        const page = await store.listClusters({ storyId: FLOOD_STORY.id, limit: 500 });
        expect(page.items).toEqual(flood.clusters);
        let sum = 0;
        for (const relation of ["corroborates", "conflicts", "compatible", "single-source"] as const) {
          const r = await store.listClusters({ storyId: FLOOD_STORY.id, relation, limit: 500 });
          expect(r.items).toEqual(flood.clusters.filter((k) => k.relation === relation));
          sum += r.total;
        }
        expect(sum).toBe(flood.clusters.length);
        for (const claim of flood.claims.slice(0, 10)) {
          const r = await store.listClusters({ claimId: claim.id });
          expect(r.items).toEqual(flood.clusters.filter((k) => k.claimIds.includes(claim.id)));
        }
        await expectStoreError(store.listClusters({ relation: "maybe" as never }), "invalid_input");
        for (const cluster of flood.clusters) {
          const members = await store.listClaims({ clusterId: cluster.id, limit: 500 });
          expect(members.items.map((c) => c.id).sort()).toEqual([...new Set(cluster.claimIds)].sort());
        }
        expect((await store.listClaims({ clusterId: "k_nope" })).total).toBe(0);
      });

      it("lists entities by story and finds them by folded name", async () => {
        const page = await store.listEntities({ storyId: FLOOD_STORY.id, limit: 500 });
        expect(page.total).toBe(flood.entities.length);
        const counts = page.items.map((e) => e.mentions.length);
        expect(counts).toEqual([...counts].sort((a, b) => b - a));
        const merged = await store.listEntities({ limit: 500 });
        expect(merged.total).toBe(new Set([...flood.entities, ...bank.entities].map((e) => e.id)).size);
        for (const entity of flood.entities.slice(0, 5)) {
          const found = await store.listEntities({ storyId: FLOOD_STORY.id, q: respell(entity.name) });
          expect(found.items.map((e) => e.id)).toContain(entity.id);
          expect((await store.listEntities({ q: entity.id })).items.map((e) => e.id)).toContain(entity.id);
        }
        expect((await store.listEntities({ q: "كلمة لا وجود لها" })).total).toBe(0);
      });

      it("paginates with totals, default 50 and at most 500", async () => {
        const all = (await store.listClaims({ limit: 500 })).items;
        expect(all.length).toBeGreaterThan(4);
        const seen: string[] = [];
        for (let offset = 0; offset < all.length; offset += 3) {
          const page = await store.listClaims({ limit: 3, offset });
          expect(page.total).toBe(all.length);
          expect(page.limit).toBe(3);
          expect(page.offset).toBe(offset);
          seen.push(...page.items.map((c) => c.id));
        }
        expect(seen).toEqual(all.map((c) => c.id));
        const beyond = await store.listClaims({ offset: all.length + 10 });
        expect(beyond.items).toEqual([]);
        expect(beyond.total).toBe(all.length);
        expect((await store.listClaims()).limit).toBe(50);
        expect((await store.listClaims({ limit: 10_000 })).limit).toBe(500);
        expect((await store.listStories({ limit: 1 })).items).toHaveLength(1);
        expect((await store.listArticles({ limit: 2, offset: 3 })).items).toHaveLength(1);
        expect((await store.listClusters({ limit: 0 })).items).toHaveLength(0);
        await expectStoreError(store.listClaims({ limit: -1 }), "invalid_input");
        await expectStoreError(store.listArticles({ offset: 1.5 }), "invalid_input");
        await expectStoreError(store.search("درنة", { limit: Number.NaN }), "invalid_input");
      });
    });

    describe("search", () => {
      let flood: Analysis;
      beforeEach(async () => {
        flood = (await store.ingest(FLOOD_STORY, [...FLOOD_ARTICLES])).analysis;
        await store.ingest(BANK_STORY, [BANK_RATE]);
      });

      it("finds Arabic text whatever its diacritics, tatweel, alef hamza and ta marbuta, and returns the original", async () => {
        const spellings = ["الامم المتحده", "الأمم المتحدة", "الأُمَمُ المُتَّحِدَةُ", "الأمـــم المتحدة", "الإمم المتحدة"];
        const articleIds = new Set(flood.articles.map((a) => a.id));
        let reference: string[] | null = null;
        for (const q of spellings) {
          const hits = await store.search(q);
          const ids = hits.items.map((h) => `${h.type}:${h.id}`);
          reference ??= ids;
          expect(ids, q).toEqual(reference);
          // all three flood articles use the phrase, each in a different spelling
          const articleHits = hits.items.filter((h) => h.type === "article").map((h) => h.id);
          expect(new Set(articleHits), q).toEqual(articleIds);
        }
        const hits = await store.search("الامم المتحده", { limit: 500 });
        for (const hit of hits.items) {
          if (hit.type === "claim") {
            const claim = await store.getClaim(hit.id);
            expect(hit.text).toBe(claim?.text);
            expect(hit.articleId).toBe(claim?.articleId);
            expect(foldForMatch(hit.text)).toMatch(/امم/);
          } else {
            const article = await store.getArticle(hit.id);
            expect(hit.articleId).toBe(hit.id);
            expect(article?.text).toContain(hit.text);
            // the snippet is the article's own sentence that carries the phrase
            expect(hit.snippet).toBeDefined();
            expect(article?.text).toContain(hit.snippet);
            expect(foldForMatch(hit.snippet ?? "")).toMatch(/امم المتحد/);
          }
          expect(hit.storyId).toBe(FLOOD_STORY.id);
          expect(Number.isFinite(hit.score)).toBe(true);
        }
        const scores = hits.items.map((h) => h.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
      });

      it("finds a word under its clitics and suffixes (الأمم ← للأمم، والأمم; المنكوبة ← منكوبة)", async () => {
        const hits = await store.search("أمم");
        expect(hits.items.filter((h) => h.type === "article")).toHaveLength(3);
        const stricken = await store.search("منكوبه");
        expect(stricken.items.some((h) => h.type === "article" && h.id === flood.articles[0]!.id)).toBe(true);
      });

      it("filters hits by type", async () => {
        const all = await store.search("درنة", { limit: 500 });
        const articles = await store.search("درنة", { type: "article", limit: 500 });
        const claims = await store.search("درنة", { type: "claim", limit: 500 });
        expect(articles.items.every((h) => h.type === "article")).toBe(true);
        expect(claims.items.every((h) => h.type === "claim")).toBe(true);
        expect(articles.total).toBe(3);
        expect(articles.total + claims.total).toBe(all.total);
        await expectStoreError(store.search("درنة", { type: "entity" as never }), "invalid_input");
      });

      it("requires every word, filters by story, and paginates", async () => {
        expect((await store.search("الأمم البنك")).total).toBe(0);
        const bank = await store.search("سعر الفائدة");
        expect(bank.total).toBeGreaterThan(0);
        expect(new Set(bank.items.map((h) => h.articleId))).toEqual(new Set([contentId(BANK_RATE.text)]));
        expect((await store.search("سعر الفائدة", { storyId: FLOOD_STORY.id })).total).toBe(0);
        const all = await store.search("درنة", { limit: 500 });
        expect(all.total).toBe(all.items.length);
        expect(all.total).toBeGreaterThan(3);
        const page = await store.search("درنة", { limit: 2, offset: 2 });
        expect(page.total).toBe(all.total);
        expect(page.items.map((h) => h.id)).toEqual(all.items.slice(2, 4).map((h) => h.id));
      });

      it("treats FTS syntax in a query as text and never throws on it", async () => {
        for (const q of [
          '"',
          "*",
          "AND",
          "OR NOT (",
          "NEAR(a b)",
          "'",
          "a:*",
          "\\",
          'درنة"',
          "!&|",
          "-درنة",
          "^",
          "{}",
          "   ",
        ]) {
          const page = await store.search(q);
          expect(page.total, q).toBeGreaterThanOrEqual(0);
          await store.listClaims({ q });
        }
        expect((await store.search("")).total).toBe(0);
        expect((await store.search("«»،؛")).total).toBe(0);
        expect((await store.search('"درنة" OR')).total).toBe(0);
        expect((await store.search("درنة*")).total).toBe((await store.search("درنة")).total);
      });

      it("filters claims by a text query", async () => {
        const page = await store.listClaims({ q: "الامم المتحده", limit: 500 });
        const expected = flood.claims.filter(
          (c) => /امم/.test(foldForMatch(c.text)) && /متحد/.test(foldForMatch(c.text)),
        );
        expect(page.items.map((c) => c.id)).toEqual(expected.map((c) => c.id));
        const inArticle = await store.listClaims({ q: "الامم المتحده", articleId: flood.articles[1]!.id });
        expect(inArticle.items.every((c) => c.articleId === flood.articles[1]!.id)).toBe(true);
        expect((await store.listClaims({ q: '"' })).total).toBe(0);
      });

      it("finds figures written in Arabic-Indic digits by their Western form", async () => {
        await store.ingest(BANK_STORY, [
          { source: "test/digits.txt", text: "قال التقرير إن ٣٨٤٥ شخصا لقوا حتفهم في المدينة.\n", language: "ar" },
        ]);
        const hits = await store.search("3845");
        expect(hits.items.filter((h) => h.type === "article")).toHaveLength(2);
      });
    });
  });
}
