import { afterEach, describe, expect, test } from "vitest";
import { ArticlePage } from "#routes/articles/list.ts";
import { call, createHarness, DERNA_STORY, type Harness, parseError, readFixtures, TOKEN } from "#testing/harness.ts";

let h: Harness | undefined;
afterEach(async () => {
  await h?.cleanup();
  h = undefined;
});

const body = () => ({ story: DERNA_STORY, articles: readFixtures() });
const stored = async (harness: Harness) =>
  ArticlePage.parse((await call(harness.app, "GET", "/v1/articles")).body).total;

describe("ingest authentication", () => {
  test("no Authorization header → 401 with a Bearer challenge, nothing stored", async () => {
    h = await createHarness();
    const res = await call(h.app, "POST", "/v1/articles", { body: body() });
    expect(res.status).toBe(401);
    expect(parseError(res).code).toBe("unauthorized");
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await stored(h)).toBe(0);
  });

  test.each([
    ["a wrong token", { authorization: `Bearer ${TOKEN}x` }],
    ["a token differing only in case", { authorization: `Bearer ${TOKEN.toUpperCase()}` }],
    ["a prefix of the token", { authorization: `Bearer ${TOKEN.slice(0, 8)}` }],
    ["Basic auth", { authorization: `Basic ${Buffer.from(`user:${TOKEN}`).toString("base64")}` }],
    ["the bare token", { authorization: TOKEN }],
    ["an empty bearer", { authorization: "Bearer " }],
  ])("%s → 401, nothing stored", async (_name, headers) => {
    h = await createHarness();
    const res = await call(h.app, "POST", "/v1/articles", { body: body(), headers });
    expect(res.status).toBe(401);
    expect(parseError(res).code).toBe("unauthorized");
    expect(await stored(h)).toBe(0);
  });

  test("the token is checked before the body: a bad body with no token is 401, not 400", async () => {
    h = await createHarness();
    const res = await call(h.app, "POST", "/v1/articles", { raw: "{not json", contentType: "application/json" });
    expect(res.status).toBe(401);
  });

  test("the right token (any case of the scheme) is accepted", async () => {
    h = await createHarness();
    const res = await call(h.app, "POST", "/v1/articles", {
      body: body(),
      headers: { authorization: `bearer ${TOKEN}` },
    });
    expect(res.status).toBe(201);
    expect(await stored(h)).toBe(3);
  });

  test("no token configured → every ingest is 403 with instructions to set ISNAD_API_TOKEN", async () => {
    h = await createHarness({ token: null });
    const headerSets: Record<string, string>[] = [
      {},
      { authorization: `Bearer ${TOKEN}` },
      { authorization: "Bearer " },
    ];
    for (const headers of headerSets) {
      const res = await call(h.app, "POST", "/v1/articles", { body: body(), headers });
      expect(res.status).toBe(403);
      const error = parseError(res);
      expect(error.code).toBe("forbidden");
      expect(error.message).toContain("ISNAD_API_TOKEN");
    }
    expect(await stored(h)).toBe(0);
  });

  test("a blank configured token counts as no token (403), so it can never be matched by an empty bearer", async () => {
    h = await createHarness({ token: "  " });
    const res = await call(h.app, "POST", "/v1/articles", { body: body(), headers: { authorization: "Bearer   " } });
    expect(res.status).toBe(403);
  });

  test("reads and stateless analysis need no token", async () => {
    h = await createHarness({ token: null });
    expect((await call(h.app, "GET", "/v1/articles")).status).toBe(200);
    const res = await call(h.app, "POST", "/v1/analyze", { body: { articles: readFixtures().slice(0, 1) } });
    expect(res.status).toBe(200);
    expect(await stored(h)).toBe(0);
  });
});
