import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { IngestResponse, StoryRecord } from "#openapi/schemas.ts";
import { ArticlePage } from "#routes/articles/list.ts";
import { StoryPage } from "#routes/stories/list.ts";
import { call, createHarness, DERNA_STORY, type Harness, parseError, readFixtures, TOKEN } from "#testing/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.cleanup();
});

const ingest = (body: unknown) => call(h.app, "POST", "/v1/articles", { body, token: TOKEN });
const articleCount = async () => ArticlePage.parse((await call(h.app, "GET", "/v1/articles")).body).total;
const storyCount = async () => StoryPage.parse((await call(h.app, "GET", "/v1/stories")).body).total;

describe("POST /v1/articles", () => {
  test("stores a batch (201), then re-ingesting the same texts changes nothing (200, inserted 0)", async () => {
    const articles = readFixtures();
    const first = await ingest({ story: DERNA_STORY, articles });
    expect(first.status).toBe(201);
    const created = IngestResponse.parse(first.body);
    expect(created.inserted).toBe(3);
    expect(created.articleIds).toHaveLength(3);
    expect(created.story).toMatchObject({ id: DERNA_STORY.id, title: DERNA_STORY.title, articleCount: 3 });
    const claimsBefore = (await call(h.app, "GET", "/v1/claims?limit=1")).body;

    const again = await ingest({ story: DERNA_STORY, articles });
    expect(again.status).toBe(200);
    const repeated = IngestResponse.parse(again.body);
    expect(repeated.inserted).toBe(0);
    expect(repeated.articleIds).toEqual(created.articleIds);
    expect(await articleCount()).toBe(3);
    expect((await call(h.app, "GET", "/v1/claims?limit=1")).body).toEqual(claimsBefore);
  });

  test("adding one article to an existing story by `{id}` alone re-analyses the whole story", async () => {
    const [a, b, c] = readFixtures();
    await ingest({ story: DERNA_STORY, articles: [a, b] });
    const res = await ingest({ story: { id: DERNA_STORY.id }, articles: [c] });
    expect(res.status).toBe(201);
    const body = IngestResponse.parse(res.body);
    expect(body.inserted).toBe(1);
    expect(body.story.title).toBe(DERNA_STORY.title);
    expect(body.story.articleCount).toBe(3);
    expect(body.story.summary?.articleIds).toHaveLength(3);
  });

  test("`{id}` alone for an unknown story → 404, nothing stored", async () => {
    const res = await ingest({ story: { id: "nope" }, articles: readFixtures() });
    expect(res.status).toBe(404);
    expect(parseError(res).message).toContain("nope");
    expect(await articleCount()).toBe(0);
  });

  test("without a story, the articles' shared storyId is used", async () => {
    const articles = readFixtures().map((a) => ({ ...a, storyId: "shared-story" }));
    const body = IngestResponse.parse((await ingest({ articles })).body);
    expect(body.storyId).toBe("shared-story");
    expect(StoryRecord.parse((await call(h.app, "GET", "/v1/stories/shared-story")).body).articleCount).toBe(3);
  });

  test("without any story, one is derived from the texts, stably across re-posts", async () => {
    const articles = readFixtures();
    const first = IngestResponse.parse((await ingest({ articles })).body);
    const second = IngestResponse.parse((await ingest({ articles: [...articles].reverse() })).body);
    expect(first.storyId).toMatch(/^story-[0-9a-f]{16}$/);
    expect(second.storyId).toBe(first.storyId);
    expect(second.inserted).toBe(0);
    expect(first.story.title).toBe(articles[0]?.text.split("\n")[0]?.trim());
    expect(await storyCount()).toBe(1);
  });

  test("articles naming different stories without a `story` → 400, nothing stored", async () => {
    const [a, b] = readFixtures();
    const res = await ingest({
      articles: [
        { ...a, storyId: "s1" },
        { ...b, storyId: "s2" },
      ],
    });
    expect(res.status).toBe(400);
    expect(parseError(res).message).toMatch(/s1.*s2|s2.*s1/);
    expect(await articleCount()).toBe(0);
  });

  test("an article whose storyId contradicts `story.id` → 400 pointing at it", async () => {
    const [a, b] = readFixtures();
    const res = await ingest({ story: DERNA_STORY, articles: [a, { ...b, storyId: "other" }] });
    expect(res.status).toBe(400);
    expect(parseError(res).issues?.[0]?.path).toBe("body.articles.1.storyId");
    expect(await articleCount()).toBe(0);
  });

  test("an article already stored in another story → 409, and the rest of the batch is not stored", async () => {
    const [a, b] = readFixtures();
    expect((await ingest({ story: { id: "first", title: "الأولى" }, articles: [a] })).status).toBe(201);
    const res = await ingest({ story: { id: "second", title: "الثانية" }, articles: [b, a] });
    expect(res.status).toBe(409);
    const error = parseError(res);
    expect(error.code).toBe("conflict");
    expect(error.message).toContain("first");
    expect(await articleCount()).toBe(1);
    expect((await call(h.app, "GET", "/v1/stories/second")).status).toBe(404);
  });

  test("re-posting with a new title renames the story without touching its articles", async () => {
    const articles = readFixtures();
    await ingest({ story: DERNA_STORY, articles });
    const res = await ingest({ story: { ...DERNA_STORY, title: "عنوان جديد" }, articles });
    expect(res.status).toBe(200);
    expect(IngestResponse.parse(res.body).story).toMatchObject({ title: "عنوان جديد", articleCount: 3 });
  });

  test("a batch with one bad article is refused whole: nothing half-stored", async () => {
    const [a, b, c] = readFixtures();
    const res = await ingest({ story: DERNA_STORY, articles: [a, b, { ...c, text: "   \n\t " }] });
    expect(res.status).toBe(400);
    const error = parseError(res);
    expect(error.code).toBe("validation");
    expect(error.issues?.map((i) => i.path)).toContain("body.articles.2.text");
    expect(await articleCount()).toBe(0);
    expect(await storyCount()).toBe(0);
  });

  test.each([
    ["no articles", { story: DERNA_STORY, articles: [] }, "body.articles"],
    ["an article without source", { articles: [{ text: "نص" }] }, "body.articles.0.source"],
    ["text not a string", { articles: [{ source: "x", text: 5 }] }, "body.articles.0.text"],
    ["an unknown top-level field", { articles: [{ source: "x", text: "نص" }], storyTitle: "x" }, "body"],
    [
      "a story with an empty id",
      { story: { id: "", title: "t" }, articles: [{ source: "x", text: "نص" }] },
      "body.story",
    ],
  ])("%s → 400 validation listing %s", async (_name, body, path) => {
    const res = await ingest(body);
    expect(res.status).toBe(400);
    const error = parseError(res);
    expect(error.code).toBe("validation");
    expect(error.issues?.some((i) => i.path.startsWith(path))).toBe(true);
    expect(await articleCount()).toBe(0);
  });

  test("a JSON body that is not an object → 400", async () => {
    for (const raw of ["[]", "null", '"text"', "42"]) {
      const res = await call(h.app, "POST", "/v1/articles", { raw, contentType: "application/json", token: TOKEN });
      expect(res.status).toBe(400);
      expect(parseError(res).code).toBe("validation");
    }
  });
});
