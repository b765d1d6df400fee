// The exported AppType drives a typed hono client (what the TUI uses against a remote server): this file only
// typechecks if the route types survive createApp, and the calls run through the real app.
import { Claim } from "@isnad/core";
import { hc } from "hono/client";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { AppType } from "#app.ts";
import { ErrorBody } from "#errors.ts";
import { StoryRecord } from "#openapi/schemas.ts";
import { createSeededHarness, DERNA_STORY, type Seeded } from "#testing/harness.ts";

let h: Seeded;
let client: ReturnType<typeof hc<AppType>>;
beforeAll(async () => {
  h = await createSeededHarness();
  const fetch: typeof globalThis.fetch = async (input, init) =>
    h.app.request(input instanceof Request || input instanceof URL ? input : String(input), init);
  client = hc<AppType>("http://isnad.test", { fetch });
});
afterAll(async () => {
  await h.cleanup();
});

describe("hc<AppType>", () => {
  test("typed calls with path params and query filters", async () => {
    const story = await client.v1.stories[":id"].$get({ param: { id: DERNA_STORY.id } });
    expect(story.status).toBe(200);
    if (story.status === 200) {
      const body = await story.json();
      expect(StoryRecord.parse(body).articleCount).toBe(body.articleCount);
    }
    const claims = await client.v1.claims.$get({ query: { storyId: DERNA_STORY.id, limit: "2" } });
    expect(claims.status).toBe(200);
    if (claims.status === 200) {
      const page = await claims.json();
      expect(page.limit).toBe(2);
      for (const claim of page.items) Claim.parse(claim);
    }
  });

  test("typed error responses", async () => {
    const res = await client.v1.clusters[":id"].$get({ param: { id: "missing" } });
    expect(res.status).toBe(404);
    expect(ErrorBody.parse(await res.json()).error.code).toBe("not_found");
  });
});
