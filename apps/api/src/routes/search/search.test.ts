import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { SearchPage } from "#routes/search/search.ts";
import { call, createSeededHarness, DERNA_STORY, parseError, type Seeded } from "#testing/harness.ts";

let h: Seeded;
beforeAll(async () => {
  h = await createSeededHarness();
});
afterAll(async () => {
  await h.cleanup();
});

const search = async (query: string) => {
  const res = await call(h.app, "GET", `/v1/search?${query}`);
  expect(res.status, res.text).toBe(200);
  return SearchPage.parse(res.body);
};

describe("GET /v1/search", () => {
  test("finds claims and articles by an Arabic word and returns original text, best first", async () => {
    const page = await search(`q=${encodeURIComponent("الهلال الأحمر")}`);
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.some((hit) => hit.text.includes("الهلال الأحمر"))).toBe(true);
    const scores = page.items.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const stored = new Set([...h.seeds.articleIds, ...h.derna.articleIds]);
    for (const hit of page.items) expect(stored.has(hit.articleId)).toBe(true);
  });

  test("matching ignores diacritics and letter variants (normalised Arabic)", async () => {
    const plain = await search(`q=${encodeURIComponent("الفيضانات")}`);
    const voweled = await search(`q=${encodeURIComponent("الفَيَضانات")}`);
    expect(plain.total).toBeGreaterThan(0);
    expect(voweled.items.map((x) => x.id)).toEqual(plain.items.map((x) => x.id));
  });

  test("storyId restricts hits to that story", async () => {
    const page = await search(`q=${encodeURIComponent("قال")}&storyId=${DERNA_STORY.id}&limit=100`);
    expect(page.total).toBeGreaterThan(0);
    const derna = new Set(h.derna.articleIds);
    expect(page.items.every((hit) => derna.has(hit.articleId))).toBe(true);
    expect(page.items.every((hit) => hit.storyId === undefined || hit.storyId === DERNA_STORY.id)).toBe(true);
  });

  test("pages with limit/offset", async () => {
    const q = encodeURIComponent("في");
    const first = await search(`q=${q}&limit=2`);
    const second = await search(`q=${q}&limit=2&offset=2`);
    expect(first.items.length).toBeLessThanOrEqual(2);
    expect(first.total).toBe(second.total);
    for (const hit of second.items) expect(first.items.some((x) => x.type === hit.type && x.id === hit.id)).toBe(false);
  });

  test("nothing found is an empty page, not an error", async () => {
    expect(await search(`q=${encodeURIComponent("زمردةخضراءغائبة")}`)).toMatchObject({ items: [], total: 0 });
  });

  test("punctuation-only and operator-like queries do not break the search", async () => {
    for (const q of ['"', "*", "AND OR NOT", "(", "درنة)", "-", "NEAR(a b)"]) {
      const res = await call(h.app, "GET", `/v1/search?q=${encodeURIComponent(q)}`);
      expect(res.status, `${q}: ${res.text}`).toBe(200);
    }
  });

  test.each([[""], ["q="], ["q=%20"], ["q=a&q=b"]])("missing or blank q (?%s) → 400", async (query) => {
    const res = await call(h.app, "GET", `/v1/search?${query}`);
    expect(res.status).toBe(400);
    const error = parseError(res);
    expect(error.code).toBe("validation");
    expect(error.issues?.some((i) => i.path === "query.q")).toBe(true);
  });
});
