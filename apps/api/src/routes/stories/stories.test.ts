import { Story } from "@isnad/core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { StoryRecord } from "#openapi/schemas.ts";
import { StoryPage } from "#routes/stories/list.ts";
import { call, createSeededHarness, DERNA_STORY, parseError, readSeeds, type Seeded, TOKEN } from "#testing/harness.ts";

let h: Seeded;
beforeAll(async () => {
  h = await createSeededHarness();
});
afterAll(async () => {
  await h.cleanup();
});

describe("GET /v1/stories", () => {
  test("lists both ingested stories with their summaries and article counts", async () => {
    const res = await call(h.app, "GET", "/v1/stories");
    expect(res.status).toBe(200);
    const page = StoryPage.parse(res.body);
    expect(page.total).toBe(2);
    expect(page.limit).toBe(50);
    expect(page.offset).toBe(0);
    const byId = new Map(page.items.map((s) => [s.id, s]));
    const seeds = readSeeds();
    const baghuz = byId.get(seeds.story.id);
    expect(baghuz?.title).toBe(seeds.story.title);
    expect(baghuz?.articleCount).toBe(seeds.articles.length);
    expect(baghuz?.summary?.articleIds).toHaveLength(seeds.articles.length);
    expect(byId.get(DERNA_STORY.id)?.articleCount).toBe(3);
  });

  test("pages with limit/offset and keeps the total", async () => {
    const first = StoryPage.parse((await call(h.app, "GET", "/v1/stories?limit=1")).body);
    const second = StoryPage.parse((await call(h.app, "GET", "/v1/stories?limit=1&offset=1")).body);
    const beyond = StoryPage.parse((await call(h.app, "GET", "/v1/stories?limit=1&offset=2")).body);
    expect(first.items).toHaveLength(1);
    expect(second.items).toHaveLength(1);
    expect(beyond.items).toHaveLength(0);
    expect([first.total, second.total, beyond.total]).toEqual([2, 2, 2]);
    expect(first.items[0]?.id).not.toBe(second.items[0]?.id);
  });

  test.each([["limit=0"], ["limit=501"], ["limit=abc"], ["offset=-1"], ["offset=1.5"], ["storyId=x"]])(
    "rejects ?%s with a 400 validation error naming the parameter",
    async (query) => {
      const res = await call(h.app, "GET", `/v1/stories?${query}`);
      expect(res.status).toBe(400);
      const error = parseError(res);
      expect(error.code).toBe("validation");
      expect(error.issues?.length).toBeGreaterThan(0);
      const param = query.split("=")[0];
      expect(JSON.stringify(error.issues)).toContain(param);
    },
  );
});

describe("GET /v1/stories/{id}", () => {
  test("returns the story with a summary consistent with its articles and claims", async () => {
    const res = await call(h.app, "GET", `/v1/stories/${DERNA_STORY.id}`);
    expect(res.status).toBe(200);
    const story = StoryRecord.parse(res.body);
    expect(story).toMatchObject({ id: DERNA_STORY.id, title: DERNA_STORY.title, articleCount: 3 });
    const summary = Story.parse(story.summary);
    expect(new Set(summary.articleIds)).toEqual(new Set(h.derna.articleIds));
    const claims = await call(h.app, "GET", `/v1/claims?storyId=${DERNA_STORY.id}&limit=1`);
    expect((claims.body as { total: number }).total).toBe(summary.claimCount);
  });

  test("matches what the ingest answered", async () => {
    const story = StoryRecord.parse((await call(h.app, "GET", `/v1/stories/${h.seeds.storyId}`)).body);
    expect(story).toEqual(h.seeds.story);
  });

  test("unknown id → 404 in the error shape", async () => {
    const res = await call(h.app, "GET", "/v1/stories/no-such-story");
    expect(res.status).toBe(404);
    const error = parseError(res);
    expect(error.code).toBe("not_found");
    expect(error.message).toContain("no-such-story");
    expect(error.requestId).toBe(res.headers.get("x-request-id"));
  });

  test("ids with slashes, spaces and Arabic round-trip through the path", async () => {
    for (const id of ["a/b", "قصة الاختبار", "x?y#z"]) {
      const res = await call(h.app, "POST", "/v1/articles", {
        body: {
          story: { id, title: id },
          articles: [{ source: `inline-${id}`, text: `قال مسؤول إن ${id.length} أشخاص وصلوا.` }],
        },
        token: TOKEN,
      });
      expect(res.status, res.text).toBe(201);
      const got = await call(h.app, "GET", `/v1/stories/${encodeURIComponent(id)}`);
      expect(got.status, got.text).toBe(200);
      expect(StoryRecord.parse(got.body).id).toBe(id);
      expect((await call(h.app, "DELETE", `/v1/stories/${encodeURIComponent(id)}`, { token: TOKEN })).status).toBe(204);
    }
  });

  test("an Arabic, percent-encoded id is decoded and reported back", async () => {
    const res = await call(h.app, "GET", `/v1/stories/${encodeURIComponent("قصة-غير-موجودة")}`);
    expect(res.status).toBe(404);
    expect(parseError(res).message).toContain("قصة-غير-موجودة");
  });
});
