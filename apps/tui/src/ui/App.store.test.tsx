// The browser over a real SQLite store holding the seeds and the quake fixtures, ingested through the real
// pipeline: what is asserted is read back from the store, so the test holds whatever the extractor finds.
import type { IsnadStore } from "@isnad/store";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { articleHeading } from "#format.ts";
import { type TempStore, tempStore } from "#testing/harness.ts";
import { truncate } from "#text/runs.ts";
import { App } from "#ui/App.tsx";
import { KEYS, renderScreen, type Screen } from "#ui/testing.ts";

let temp: TempStore;
let store: IsnadStore;
let screen: Screen | null = null;

beforeAll(async () => {
  temp = await tempStore({ seed: true });
  store = temp.store;
});
afterAll(async () => {
  await temp?.cleanup();
});
afterEach(() => {
  screen?.unmount();
  screen = null;
});

/** Open the browser and move the cursor onto the story with this id. */
async function openStory(id: string): Promise<Screen> {
  screen = await renderScreen(<App source={store} />);
  const stories = (await store.listStories()).items;
  const index = stories.findIndex((s) => s.id === id);
  expect(index).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i++) await screen.press("j");
  await screen.press(KEYS.enter);
  return screen;
}

describe("browser over a real SQLite store", () => {
  it("lists the stored stories with their counts", async () => {
    screen = await renderScreen(<App source={store} />);
    const frame = screen.frame();
    for (const story of (await store.listStories()).items) {
      expect(frame).toContain(story.title);
      expect(frame).toContain(`${story.id} · ${story.articleCount} articles`);
    }
  });

  it("opens the seeds story and reads an article with the claims the store holds", async () => {
    const s = await openStory("baghuz-2019-02");
    const articles = (await store.listArticles({ storyId: "baghuz-2019-02" })).items;
    let frame = s.frame();
    expect(frame).toContain(`[Articles ${articles.length}]`);
    expect(frame).toContain(truncate(articleHeading(articles[0]!), 60).replace(/…$/u, ""));

    // the article whose byline names its outlet
    const index = articles.findIndex((a) => a.outlet === "العربي الجديد");
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < index; i++) await s.press(KEYS.down);
    frame = await s.press(KEYS.enter);
    const article = articles[index]!;
    const claims = await store.listClaims({ articleId: article.id, limit: 500 });
    expect(frame).toContain(`العربي الجديد`);
    expect(frame).toContain(`${claims.total} claim`);
    expect(frame).toContain(article.id);
    if (claims.total > 0) {
      expect(frame).toContain(`claim 1/${claims.total}`);
      expect(frame).toContain("▌");
      frame = await s.press("j");
      expect(frame).toContain(`claim ${Math.min(2, claims.total)}/${claims.total}`);
    } else {
      expect(frame).toContain("No claims were found in this article.");
    }
    // page through the text: the last line of the article comes into view
    const lastLine = article.text.trim().split("\n").pop()!.trim();
    for (let i = 0; i < 12 && !s.frame().includes(lastLine.slice(-12)); i++) await s.press(KEYS.pageDown);
    expect(s.frame()).toContain(lastLine.slice(-12));
  });

  it("shows the quake story's clusters as the store labelled them, and searches the store", async () => {
    const s = await openStory("quake-fixture");
    const clusters = await store.listClusters({ storyId: "quake-fixture", limit: 500 });
    let frame = await s.press(KEYS.tab);
    expect(frame).toContain(`[Clusters ${clusters.total}]`);
    if (clusters.total > 0) {
      frame = await s.press(KEYS.enter);
      expect(frame).toMatch(/\d+ claims? in \d+ articles? · \d+ independent sources?/u);
      expect(frame).toContain(`Claims (`);
      frame = await s.press(KEYS.tab);
      expect(frame).toMatch(/Chains of transmission: \d+ chains? → \d+ independent sources?/u);
      await s.press(KEYS.escape);
    }
    const hits = await store.search("الحلبي", { storyId: "quake-fixture", limit: 100 });
    expect(hits.total).toBeGreaterThan(0);
    frame = await s.press("/", ..."الحلبي", KEYS.enter);
    expect(frame).toContain(`${hits.total} hit${hits.total === 1 ? "" : "s"} for “الحلبي” in story quake-fixture`);
    frame = await s.press(KEYS.enter);
    const first = hits.items[0]!;
    const article = await store.getArticle(first.articleId);
    expect(frame).toContain(truncate(articleHeading(article!), 60).replace(/…$/u, ""));
  });
});
