import { Entity } from "@isnad/core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { EntityPage } from "#routes/entities/list.ts";
import { call, createSeededHarness, DERNA_STORY, parseError, type Seeded } from "#testing/harness.ts";

let h: Seeded;
beforeAll(async () => {
  h = await createSeededHarness();
});
afterAll(async () => {
  await h.cleanup();
});

describe("GET /v1/entities", () => {
  test("lists entities whose mentions point into stored articles", async () => {
    const page = EntityPage.parse((await call(h.app, "GET", "/v1/entities?limit=500")).body);
    const ids = new Set([...h.seeds.articleIds, ...h.derna.articleIds]);
    for (const entity of page.items) {
      for (const mention of entity.mentions) {
        expect(ids.has(mention.articleId)).toBe(true);
        expect(mention.start).toBeLessThan(mention.end);
      }
    }
    const one = EntityPage.parse((await call(h.app, "GET", "/v1/entities?limit=1")).body);
    expect(one.total).toBe(page.total);
    expect(one.items.length).toBe(Math.min(1, page.total));
  });

  test("filters by storyId and q", async () => {
    const derna = EntityPage.parse((await call(h.app, "GET", `/v1/entities?storyId=${DERNA_STORY.id}&limit=500`)).body);
    const articles = new Set(h.derna.articleIds);
    for (const entity of derna.items) expect(entity.mentions.some((m) => articles.has(m.articleId))).toBe(true);
    expect(derna.total).toBeGreaterThan(0);
    const entity = derna.items[0];
    const byName = EntityPage.parse(
      (await call(h.app, "GET", `/v1/entities?q=${encodeURIComponent(entity?.name ?? "")}&limit=500`)).body,
    );
    expect(byName.items.map((e) => e.id)).toContain(entity?.id);
    const none = EntityPage.parse(
      (await call(h.app, "GET", `/v1/entities?q=${encodeURIComponent("اسمغيرموجوداطلاقا")}`)).body,
    );
    expect(none.total).toBe(0);
  });

  test("rejects an unknown filter", async () => {
    const res = await call(h.app, "GET", "/v1/entities?type=person");
    expect(res.status).toBe(400);
    expect(parseError(res).issues?.[0]?.code).toBe("unrecognized_keys");
  });
});

describe("GET /v1/entities/{id}", () => {
  test("returns each listed entity", async () => {
    const page = EntityPage.parse((await call(h.app, "GET", "/v1/entities?limit=10")).body);
    for (const entity of page.items) {
      const res = await call(h.app, "GET", `/v1/entities/${encodeURIComponent(entity.id)}`);
      expect(res.status).toBe(200);
      expect(Entity.parse(res.body)).toEqual(entity);
    }
  });

  test("unknown id → 404", async () => {
    const res = await call(h.app, "GET", "/v1/entities/e_nope");
    expect(res.status).toBe(404);
    expect(parseError(res).code).toBe("not_found");
  });
});
