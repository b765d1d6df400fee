import { Analysis, contentId } from "@isnad/core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ArticlePage } from "#routes/articles/list.ts";
import {
  call,
  createHarness,
  DERNA_STORY,
  type Harness,
  parseError,
  readFixtures,
  readSeeds,
} from "#testing/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.cleanup();
});

const analyze = (body: unknown) => call(h.app, "POST", "/v1/analyze", { body });

describe("POST /v1/analyze", () => {
  test("analyses the seeds into a valid Analysis whose claims are spans of their articles", async () => {
    const { articles } = readSeeds();
    const res = await analyze({ articles });
    expect(res.status, res.text).toBe(200);
    const analysis = Analysis.parse(res.body);
    expect(analysis.articles.map((a) => a.id)).toEqual(articles.map((a) => contentId(a.text)));
    expect(analysis.articles.map((a) => a.text)).toEqual(articles.map((a) => a.text));
    const byId = new Map(analysis.articles.map((a) => [a.id, a]));
    expect(analysis.claims.length).toBeGreaterThan(0);
    for (const claim of analysis.claims) {
      expect(claim.text).toBe(byId.get(claim.articleId)?.text.slice(claim.start, claim.end));
    }
    const claimIds = new Set(analysis.claims.map((c) => c.id));
    for (const cluster of analysis.clusters) for (const id of cluster.claimIds) expect(claimIds.has(id)).toBe(true);
    expect(analysis.story ?? null).toBeNull();
  });

  test("with a story, the analysis carries its summary", async () => {
    const res = await analyze({ articles: readFixtures(), story: DERNA_STORY });
    const analysis = Analysis.parse(res.body);
    expect(analysis.story?.id).toBe(DERNA_STORY.id);
    expect(analysis.story?.articleIds).toHaveLength(3);
    expect(analysis.story?.claimCount).toBe(analysis.claims.length);
  });

  test("keeps caller metadata (outlet, date, language) on the articles", async () => {
    const [first] = readFixtures();
    const res = await analyze({
      articles: [{ ...first, outlet: "صحيفة الاختبار", publishedAt: "2023-09-14", language: "ar" }],
    });
    const [article] = Analysis.parse(res.body).articles;
    expect(article).toMatchObject({ outlet: "صحيفة الاختبار", publishedAt: "2023-09-14", language: "ar" });
  });

  test("the same text posted twice is one article, so every id stays unique", async () => {
    const [first, second] = readFixtures();
    const res = await analyze({ articles: [first, second, { ...first, source: "again" }] });
    const analysis = Analysis.parse(res.body);
    expect(analysis.articles.map((a) => a.source)).toEqual([first?.source, second?.source]);
    const claimIds = analysis.claims.map((c) => c.id);
    expect(new Set(claimIds).size).toBe(claimIds.length);
  });

  test("is deterministic and stores nothing", async () => {
    const body = { articles: readFixtures() };
    const a = await analyze(body);
    const b = await analyze(body);
    expect(a.body).toEqual(b.body);
    expect(ArticlePage.parse((await call(h.app, "GET", "/v1/articles")).body).total).toBe(0);
  });

  test("an article with text in several scripts and odd whitespace is analysed, not refused", async () => {
    const text = "عنوان قصير\r\n\r\nقال مسؤول إن 12 شخصاً أصيبوا.\u200f Reuters\u00a0\n\n\n";
    const res = await analyze({ articles: [{ source: "inline", text }] });
    expect(res.status, res.text).toBe(200);
    expect(Analysis.parse(res.body).articles[0]?.text).toBe(text);
  });

  test.each([
    ["an empty list", { articles: [] }, "body.articles"],
    ["a blank text", { articles: [{ source: "a", text: " \n " }] }, "body.articles.0.text"],
    ["a missing articles field", { story: DERNA_STORY }, "body.articles"],
    [
      "an article with a wrong field type",
      { articles: [{ source: "a", text: "نص", outlet: 3 }] },
      "body.articles.0.outlet",
    ],
    ["an unknown field", { articles: [{ source: "a", text: "نص" }], store: true }, "body"],
  ])("%s → 400 naming %s", async (_name, body, path) => {
    const res = await analyze(body);
    expect(res.status).toBe(400);
    const error = parseError(res);
    expect(error.code).toBe("validation");
    expect(error.issues?.some((i) => i.path.startsWith(path))).toBe(true);
  });
});
