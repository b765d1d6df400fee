import { Article, CLAIM_BEARING_ROLES } from "@isnad/core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ArticleDetail } from "#openapi/schemas.ts";
import { ArticlePage } from "#routes/articles/list.ts";
import {
  call,
  createSeededHarness,
  DERNA_STORY,
  parseError,
  readFixtures,
  readSeeds,
  type Seeded,
} from "#testing/harness.ts";

let h: Seeded;
beforeAll(async () => {
  h = await createSeededHarness();
});
afterAll(async () => {
  await h.cleanup();
});

describe("GET /v1/articles", () => {
  test("lists every stored article with the exact original text and in-bounds blocks", async () => {
    const page = ArticlePage.parse((await call(h.app, "GET", "/v1/articles")).body);
    const inputs = [...readSeeds().articles, ...readFixtures()];
    expect(page.total).toBe(inputs.length);
    const texts = new Set(inputs.map((a) => a.text));
    for (const article of page.items) {
      expect(texts.has(article.text)).toBe(true);
      expect(article.blocks.length).toBeGreaterThan(0);
      for (const block of article.blocks) {
        expect(block.start).toBeLessThan(block.end);
        expect(block.end).toBeLessThanOrEqual(article.text.length);
      }
    }
  });

  test("filters by storyId", async () => {
    const page = ArticlePage.parse((await call(h.app, "GET", `/v1/articles?storyId=${DERNA_STORY.id}`)).body);
    expect(page.total).toBe(3);
    expect(new Set(page.items.map((a) => a.id))).toEqual(new Set(h.derna.articleIds));
    expect(page.items.every((a) => a.storyId === DERNA_STORY.id)).toBe(true);
    const none = ArticlePage.parse((await call(h.app, "GET", "/v1/articles?storyId=unknown-story")).body);
    expect(none).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
  });

  test("pages through all articles without repeats", async () => {
    const seen: string[] = [];
    let total = -1;
    for (let offset = 0; offset < 20; offset += 3) {
      const page = ArticlePage.parse((await call(h.app, "GET", `/v1/articles?limit=3&offset=${offset}`)).body);
      total = page.total;
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((a) => a.id));
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  test("keeps the outlet the seeds manifest gives", async () => {
    const seeds = readSeeds();
    const withOutlet = seeds.articles.find((a) => a.outlet);
    const page = ArticlePage.parse((await call(h.app, "GET", `/v1/articles?storyId=${seeds.story.id}`)).body);
    const stored = page.items.find((a) => a.text === withOutlet?.text);
    expect(stored?.outlet).toBe(withOutlet?.outlet);
  });

  test.each([["storyId="], ["limit=10&limit=20"], ["stroy=x"]])("rejects ?%s", async (query) => {
    const res = await call(h.app, "GET", `/v1/articles?${query}`);
    expect(res.status).toBe(400);
    expect(parseError(res).code).toBe("validation");
  });
});

describe("GET /v1/articles/{id}", () => {
  test("returns the article, its blocks and every one of its claims with spans into its text", async () => {
    for (const id of [...h.seeds.articleIds, ...h.derna.articleIds]) {
      const res = await call(h.app, "GET", `/v1/articles/${id}`);
      expect(res.status).toBe(200);
      const { article, claims } = ArticleDetail.parse(res.body);
      expect(Article.parse(article).id).toBe(id);
      const listed = await call(h.app, "GET", `/v1/claims?articleId=${id}&limit=1`);
      expect(claims).toHaveLength((listed.body as { total: number }).total);
      for (const claim of claims) {
        expect(claim.articleId).toBe(id);
        expect(claim.text).toBe(article.text.slice(claim.start, claim.end));
        if (claim.blockRole) expect(CLAIM_BEARING_ROLES).toContain(claim.blockRole);
      }
      const starts = claims.map((c) => c.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  test("the fixture articles yield claims", async () => {
    for (const id of h.derna.articleIds) {
      const { claims } = ArticleDetail.parse((await call(h.app, "GET", `/v1/articles/${id}`)).body);
      expect(claims.length).toBeGreaterThan(0);
    }
  });

  test("unknown id → 404 in the error shape", async () => {
    const res = await call(h.app, "GET", "/v1/articles/0000000000000000");
    expect(res.status).toBe(404);
    expect(parseError(res)).toMatchObject({ code: "not_found" });
  });

  test("an absurdly long id → 400, not a store lookup", async () => {
    const res = await call(h.app, "GET", `/v1/articles/${"a".repeat(1001)}`);
    expect(res.status).toBe(400);
    expect(parseError(res).code).toBe("validation");
  });
});
