import { Claim, type ClaimKind } from "@isnad/core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ArticleDetail } from "#openapi/schemas.ts";
import { ClaimPage } from "#routes/claims/list.ts";
import { call, collect, createSeededHarness, DERNA_STORY, parseError, type Seeded } from "#testing/harness.ts";

let h: Seeded;
let all: Claim[];
beforeAll(async () => {
  h = await createSeededHarness();
  all = await collect(h.app, "/v1/claims", (body) => ClaimPage.parse(body));
});
afterAll(async () => {
  await h.cleanup();
});

const list = async (query: string) => {
  const res = await call(h.app, "GET", `/v1/claims?${query}`);
  expect(res.status, res.text).toBe(200);
  return ClaimPage.parse(res.body);
};

describe("GET /v1/claims", () => {
  test("lists claims of both stories, each a span of its article's text", async () => {
    const page = await list("limit=1");
    expect(page.total).toBe(all.length);
    expect(page.total).toBeGreaterThan(0);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    const articles = new Map<string, string>();
    for (const claim of all) {
      if (!articles.has(claim.articleId)) {
        const detail = ArticleDetail.parse((await call(h.app, "GET", `/v1/articles/${claim.articleId}`)).body);
        articles.set(claim.articleId, detail.article.text);
      }
      expect(claim.text).toBe(articles.get(claim.articleId)?.slice(claim.start, claim.end));
    }
  });

  test("filters by articleId and storyId", async () => {
    const articleId = h.derna.articleIds[0] ?? "";
    const byArticle = await list(`articleId=${articleId}&limit=500`);
    expect(byArticle.items.every((c) => c.articleId === articleId)).toBe(true);
    expect(byArticle.total).toBe(all.filter((c) => c.articleId === articleId).length);

    const byStory = await list(`storyId=${DERNA_STORY.id}&limit=500`);
    const dernaArticles = new Set(h.derna.articleIds);
    expect(byStory.items.every((c) => dernaArticles.has(c.articleId))).toBe(true);
    expect(byStory.total).toBe(all.filter((c) => dernaArticles.has(c.articleId)).length);

    const both = await list(`storyId=${h.seeds.storyId}&articleId=${articleId}`);
    expect(both.total).toBe(0);
  });

  test("the short filter names `article` and `story` mean articleId and storyId", async () => {
    const articleId = h.derna.articleIds[0] ?? "";
    const byId = await list(`articleId=${articleId}&limit=500`);
    const byAlias = await list(`article=${articleId}&limit=500`);
    expect(byAlias.items.map((c) => c.id)).toEqual(byId.items.map((c) => c.id));
    const byStory = await list(`story=${DERNA_STORY.id}&limit=500`);
    expect(byStory.total).toBe((await list(`storyId=${DERNA_STORY.id}&limit=500`)).total);
    expect(byStory.total).toBeLessThan(all.length);
  });

  test("filters by kind: the two kinds partition the claims", async () => {
    const totals: Record<ClaimKind, number> = { attributed: 0, reported: 0 };
    for (const kind of ["attributed", "reported"] as const) {
      const page = await list(`kind=${kind}&limit=500`);
      expect(page.items.every((c) => c.kind === kind)).toBe(true);
      totals[kind] = page.total;
    }
    expect(totals.attributed + totals.reported).toBe(all.length);
  });

  test("filters by speaker: every claim of a speaker is found, and an unknown speaker finds nothing", async () => {
    const speakers = [...new Set(all.flatMap((c) => (c.speaker ? [c.speaker.name] : [])))].slice(0, 5);
    for (const name of speakers) {
      const page = await list(`speaker=${encodeURIComponent(name)}&limit=500`);
      const ids = new Set(page.items.map((c) => c.id));
      for (const claim of all.filter((c) => c.speaker?.name === name)) expect(ids.has(claim.id)).toBe(true);
      expect(page.items.every((c) => c.speaker !== null)).toBe(true);
    }
    const none = await list(`speaker=${encodeURIComponent("شخص لا وجود له أبدا")}`);
    expect(none.total).toBe(0);
  });

  test("the fixture reports yield attributed claims whose speakers and figures survive the store", async () => {
    const attributed = await list(`storyId=${DERNA_STORY.id}&kind=attributed&limit=500`);
    expect(attributed.total).toBeGreaterThan(0);
    const named = attributed.items.filter((c) => c.speaker !== null);
    expect(named.length).toBeGreaterThan(0);
    // a figure written in the text comes back as a number on the claim that contains it
    const withFigure = all.filter((c) => c.text.includes("11300"));
    expect(withFigure.length).toBeGreaterThan(0);
    expect(withFigure.some((c) => c.quantities.some((q) => q.value === 11300))).toBe(true);
  });

  test("speaker matches part of a name (a surname) and ignores diacritics", async () => {
    const speaker = all.find((c) => c.speaker && c.speaker.name.trim().split(/\s+/).length >= 2)?.speaker;
    expect(speaker).toBeDefined();
    const surname = speaker?.name.trim().split(/\s+/).at(-1) ?? "";
    const page = await list(`speaker=${encodeURIComponent(surname)}&limit=500`);
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.some((c) => c.speaker?.name === speaker?.name)).toBe(true);
    const voweled = await list(`speaker=${encodeURIComponent(`${surname}\u064e`)}&limit=500`);
    expect(voweled.total).toBe(page.total);
  });

  test("q searches claim text on normalised Arabic", async () => {
    const page = await list(`q=${encodeURIComponent("درنة")}&limit=500`);
    expect(page.total).toBeGreaterThan(0);
    for (const claim of page.items) expect(claim.text).toContain("درن");
    const none = await list(`q=${encodeURIComponent("كلمةغيرموجودةاطلاقا")}`);
    expect(none.total).toBe(0);
  });

  test("pages without overlap", async () => {
    const a = await list("limit=5&offset=0");
    const b = await list("limit=5&offset=5");
    expect(a.items).toHaveLength(Math.min(5, all.length));
    const overlap = a.items.filter((x) => b.items.some((y) => y.id === x.id));
    expect(overlap).toEqual([]);
    expect(b.offset).toBe(5);
  });

  test.each([["kind=quoted"], ["kind="], ["speaker="], ["q=%20%20"], ["limit=1000"], ["articel=abc"]])(
    "rejects ?%s with 400",
    async (query) => {
      const res = await call(h.app, "GET", `/v1/claims?${query}`);
      expect(res.status).toBe(400);
      expect(parseError(res).code).toBe("validation");
    },
  );
});

describe("GET /v1/claims/{id}", () => {
  test("returns each listed claim as listed", async () => {
    for (const claim of all.slice(0, 25)) {
      const res = await call(h.app, "GET", `/v1/claims/${claim.id}`);
      expect(res.status).toBe(200);
      expect(Claim.parse(res.body)).toEqual(claim);
    }
  });

  test("unknown id → 404", async () => {
    const res = await call(h.app, "GET", "/v1/claims/c_000000000000");
    expect(res.status).toBe(404);
    expect(parseError(res).code).toBe("not_found");
  });
});
