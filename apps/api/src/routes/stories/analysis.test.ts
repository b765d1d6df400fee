import { Analysis } from "@isnad/core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ArticleDetail } from "#openapi/schemas.ts";
import { ClaimPage } from "#routes/claims/list.ts";
import { ClusterPage } from "#routes/clusters/list.ts";
import { call, collect, createSeededHarness, DERNA_STORY, parseError, type Seeded } from "#testing/harness.ts";

let h: Seeded;
beforeAll(async () => {
  h = await createSeededHarness();
});
afterAll(async () => {
  await h.cleanup();
});

describe("GET /v1/stories/{id}/analysis", () => {
  test("is one Analysis document agreeing with the list routes", async () => {
    const res = await call(h.app, "GET", `/v1/stories/${DERNA_STORY.id}/analysis`);
    expect(res.status).toBe(200);
    const analysis = Analysis.parse(res.body);
    expect(new Set(analysis.articles.map((a) => a.id))).toEqual(new Set(h.derna.articleIds));
    expect(analysis.story?.id).toBe(DERNA_STORY.id);
    const claims = await collect(h.app, `/v1/claims?storyId=${DERNA_STORY.id}`, (b) => ClaimPage.parse(b));
    expect(new Set(analysis.claims.map((c) => c.id))).toEqual(new Set(claims.map((c) => c.id)));
    const clusters = await collect(h.app, `/v1/clusters?storyId=${DERNA_STORY.id}`, (b) => ClusterPage.parse(b));
    expect(new Set(analysis.clusters.map((k) => k.id))).toEqual(new Set(clusters.map((k) => k.id)));
    const first = ArticleDetail.parse((await call(h.app, "GET", `/v1/articles/${h.derna.articleIds[0]}`)).body);
    expect(analysis.articles.find((a) => a.id === first.article.id)).toEqual(first.article);
  });

  test("unknown story → 404", async () => {
    const res = await call(h.app, "GET", "/v1/stories/none/analysis");
    expect(res.status).toBe(404);
    expect(parseError(res).code).toBe("not_found");
  });
});
