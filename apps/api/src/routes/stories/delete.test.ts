import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { ArticlePage } from "#routes/articles/list.ts";
import { ClaimPage } from "#routes/claims/list.ts";
import { call, createSeededHarness, DERNA_STORY, parseError, type Seeded, TOKEN } from "#testing/harness.ts";

let h: Seeded;
beforeEach(async () => {
  h = await createSeededHarness();
});
afterEach(async () => {
  await h.cleanup();
});

describe("DELETE /v1/stories/{id}", () => {
  test("removes the story and everything under it, leaving the other story intact", async () => {
    const claimsBefore = ClaimPage.parse((await call(h.app, "GET", `/v1/claims?storyId=${h.seeds.storyId}`)).body);
    const res = await call(h.app, "DELETE", `/v1/stories/${DERNA_STORY.id}`, { token: TOKEN });
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expect((await call(h.app, "GET", `/v1/stories/${DERNA_STORY.id}`)).status).toBe(404);
    for (const id of h.derna.articleIds) expect((await call(h.app, "GET", `/v1/articles/${id}`)).status).toBe(404);
    const articles = ArticlePage.parse((await call(h.app, "GET", "/v1/articles")).body);
    expect(new Set(articles.items.map((a) => a.id))).toEqual(new Set(h.seeds.articleIds));
    const claimsAfter = ClaimPage.parse((await call(h.app, "GET", `/v1/claims?storyId=${h.seeds.storyId}`)).body);
    expect(claimsAfter.total).toBe(claimsBefore.total);
    expect((await call(h.app, "DELETE", `/v1/stories/${DERNA_STORY.id}`, { token: TOKEN })).status).toBe(404);
  });

  test("requires the token: missing → 401, wrong → 401, and the story stays", async () => {
    expect((await call(h.app, "DELETE", `/v1/stories/${DERNA_STORY.id}`)).status).toBe(401);
    const wrong = await call(h.app, "DELETE", `/v1/stories/${DERNA_STORY.id}`, { token: "not-the-token-at-all" });
    expect(wrong.status).toBe(401);
    expect(parseError(wrong).code).toBe("unauthorized");
    expect((await call(h.app, "GET", `/v1/stories/${DERNA_STORY.id}`)).status).toBe(200);
  });
});
