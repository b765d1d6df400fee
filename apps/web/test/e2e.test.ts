// The site as a person sees it: a real store (temp SQLite with the seeds and the web fixtures), `next start` on
// loopback, and Debian's Chromium driven by playwright-core. Set ISNAD_WEB_SCREENSHOT_DIR to keep screenshots.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Analysis, Cluster } from "@isnad/core/schema";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ensureBuild, type RunningServer, type SeededDb, seedDatabase, startServer } from "./harness.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const HAS_CHROMIUM = existsSync(CHROMIUM);
const SHOTS = process.env.ISNAD_WEB_SCREENSHOT_DIR;
const FIXTURE_STORY = "fixture-wadi-rim-floods";
const SEED_STORY = "baghuz-2019-02";
const SET_APART = new Set(["caption", "credit", "related", "byline", "tags", "navigation"]);

if (!HAS_CHROMIUM)
  console.log(`web e2e: skipped — no Chromium at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH)`);

// Skipped only when no browser is installed (the notice above says so); everything else runs.
describe.skipIf(!HAS_CHROMIUM)("the web site in Chromium", () => {
  let db: SeededDb;
  let server: RunningServer;
  let browser: Browser;
  let external: string[] = [];
  const pages: Page[] = [];

  const analysisOf = (storyId: string): Analysis => {
    const r = db.results.find((x) => x.storyId === storyId);
    if (!r) throw new Error(`story ${storyId} was not ingested`);
    return r.analysis;
  };

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "ar" });
    page.setDefaultTimeout(15_000);
    page.setDefaultNavigationTimeout(30_000);
    page.on("request", (req) => {
      const url = new URL(req.url());
      if (url.protocol === "data:" || url.protocol === "blob:") return;
      if (url.hostname !== "127.0.0.1") external.push(req.url());
    });
    pages.push(page);
    const res = await page.goto(`${server.url}${path}`, { waitUntil: "load" });
    expect(res, `no response for ${path}`).not.toBeNull();
    return page;
  }

  async function shot(page: Page, name: string) {
    if (!SHOTS) return;
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  }

  beforeAll(async () => {
    db = await seedDatabase();
    const build = ensureBuild();
    console.log(build.built ? `web e2e: next build took ${build.ms} ms` : "web e2e: reusing the up-to-date test build");
    server = await startServer(db.file, build.distDir);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      timeout: 30_000,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
  });

  afterEach(async () => {
    for (const p of pages.splice(0)) await p.close().catch(() => {});
    // nothing the site loads may come from anywhere but this server
    expect(external).toEqual([]);
    external = [];
  });

  afterAll(async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
    db?.cleanup();
  });

  it("home page: right-to-left Arabic, the bundled font, and every story listed", async () => {
    const page = await open("/");
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    expect(await page.getAttribute("html", "lang")).toBe("ar");
    for (const story of db.stories) {
      await expect.poll(() => page.getByRole("link", { name: story.title, exact: true }).isVisible()).toBe(true);
    }
    const fontOk = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('18px "Noto Naskh Arabic"', "قال");
    });
    expect(fontOk).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe("rtl");
    await shot(page, "home");
    // the story link leads to its page
    const fixture = db.stories.find((s) => s.id === FIXTURE_STORY)!;
    await page.getByRole("link", { name: fixture.title, exact: true }).click();
    await page.waitForURL(`**/stories/${FIXTURE_STORY}`);
    await expect.poll(() => page.locator("h1").textContent()).toBe(fixture.title);
  });

  it("story page: clusters by relation with conflicts first, chains and the honest source count", async () => {
    const analysis = analysisOf(FIXTURE_STORY);
    const page = await open(`/stories/${FIXTURE_STORY}`);
    await shot(page, "story");
    // sections in order: conflicts, compatible, corroborating, single-source
    const order = await page.evaluate(() =>
      ["conflicts", "compatible", "corroborates", "single-source"].map(
        (id) => document.getElementById(id)?.getBoundingClientRect().top ?? Number.NaN,
      ),
    );
    expect(order.every((y) => Number.isFinite(y))).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    const multi = analysis.clusters.filter((c) => c.relation !== "single-source");
    const cards = page.locator("[data-cluster-id]");
    expect(await cards.count()).toBe(multi.length);
    const relations = await cards.evaluateAll((els) => els.map((e) => e.getAttribute("data-relation")));
    const rank = { conflicts: 0, compatible: 1, corroborates: 2 } as Record<string, number>;
    expect(relations.map((r) => rank[r ?? ""])).toEqual([...relations.map((r) => rank[r ?? ""])].sort());
    if (analysis.clusters.some((c) => c.relation === "conflicts")) expect(relations[0]).toBe("conflicts");

    // each corroboration shows every chain of transmission, and the count of independent sources
    for (const c of multi.filter((k) => k.relation === "corroborates")) {
      const card = page.locator(`[data-cluster-id="${c.id}"]`);
      expect(await card.locator(".chain-list > li").count()).toBe(c.chains.length);
      await expect.poll(() => card.locator(".independence").textContent()).toMatch(/مصدر|مصادر|مصدران/u);
    }
    // conflicts and compatible figures carry a chart of the figure each outlet gives
    for (const c of multi.filter((k) => k.relation !== "corroborates" && k.figures.length > 0)) {
      expect(await page.locator(`[data-cluster-id="${c.id}"] svg`).count()).toBeGreaterThan(0);
    }
    // single-source claims are listed
    const singles = analysis.clusters.filter((c) => c.relation === "single-source").flatMap((c) => c.claimIds);
    expect(await page.locator("#single-source [data-claim-id]").count()).toBe(new Set(singles).size);
    if (analysis.clusters.length === 0) await expect.poll(() => page.locator(".empty").count()).toBeGreaterThan(0);

    // every relation has its own paged permalink listing all its clusters
    const corroborations = multi.filter((k) => k.relation === "corroborates");
    const listing = await open(`/stories/${FIXTURE_STORY}/corroborates`);
    expect(await listing.locator("[data-cluster-id]").count()).toBe(Math.min(50, corroborations.length));

    // the seeds story renders too, its conflicts (if the comparison finds any) first, figures side by side
    const seeds = await open(`/stories/${SEED_STORY}`);
    await expect.poll(() => seeds.locator("h1").textContent()).toBe(db.stories.find((s) => s.id === SEED_STORY)!.title);
    const seedConflicts = analysisOf(SEED_STORY).clusters.filter((c) => c.relation === "conflicts");
    if (seedConflicts.length > 0) {
      const first = seeds.locator("[data-cluster-id]").first();
      expect(await first.getAttribute("data-relation")).toBe("conflicts");
      const withFigures = seedConflicts.find((c) => new Set(c.figures.map((f) => f.quantity.text)).size >= 2);
      if (withFigures) {
        const card = seeds.locator(`[data-cluster-id="${withFigures.id}"]`);
        expect(await card.locator(".sides > .side").count()).toBeGreaterThanOrEqual(2);
        const [a, b] = [
          await card.locator(".side").nth(0).boundingBox(),
          await card.locator(".side").nth(1).boundingBox(),
        ];
        expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
        expect(await card.locator("svg rect").count()).toBeGreaterThanOrEqual(withFigures.figures.length);
      }
      await shot(seeds, "seeds-story");
    } else {
      console.log("web e2e: the current comparison finds no conflict in the seeds story");
    }
  });

  it("article page: the original text with claims highlighted and non-body blocks set apart", async () => {
    const all = db.results.map((r) => r.analysis);
    // the article with the most set-apart blocks (captions, credits …), else the one with the most claims
    const candidates = all.flatMap((a) =>
      a.articles.map((art) => ({
        article: art,
        claims: a.claims.filter((c) => c.articleId === art.id),
        apart: art.blocks.filter((b) => SET_APART.has(b.role)),
      })),
    );
    candidates.sort((x, y) => y.apart.length - x.apart.length || y.claims.length - x.claims.length);
    const pick = candidates[0]!;
    expect(pick.claims.length).toBeGreaterThan(0);
    const page = await open(`/articles/${pick.article.id}`);
    await shot(page, "article");
    // header
    await expect.poll(() => page.locator("h1").isVisible()).toBe(true);
    if (pick.article.outlet) expect(await page.locator(".article-header").textContent()).toContain(pick.article.outlet);
    // every claim is a highlighted span linking to its claim page
    for (const c of pick.claims) {
      const span = page.locator(`[id="claim-${c.id}"]`);
      expect(await span.getAttribute("href")).toBe(`/claims/${c.id}`);
      expect(await span.isVisible()).toBe(true);
      const bg = await span.evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(bg).not.toBe("rgba(0, 0, 0, 0)");
      if (c.speaker) expect(await span.getAttribute("title")).toContain(c.speaker.name);
    }
    // the text shown is the original text
    const shown = (await page.locator(".article-text").textContent()) ?? "";
    for (const c of pick.claims) expect(shown).toContain(c.text);
    // set-apart blocks: boxed, labelled, outside the running text
    if (pick.apart.length === 0) {
      console.log(
        "web e2e: the current extraction found no caption/credit/related block in any article; set-apart check covered by components.test.tsx only",
      );
    }
    for (const b of pick.apart) {
      const box = page
        .locator(`aside.set-apart.role-${b.role}`)
        .filter({ hasText: pick.article.text.slice(b.start, b.end).trim().slice(0, 30) });
      expect(await box.count()).toBeGreaterThan(0);
      expect(await box.first().locator(".block-label").isVisible()).toBe(true);
      const style = await box.first().evaluate((el) => {
        const s = getComputedStyle(el);
        return { border: s.borderInlineStartWidth, size: Number.parseFloat(s.fontSize) };
      });
      expect(style.border).not.toBe("0px");
      const bodySize = await page
        .locator(".article-text")
        .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
      expect(style.size).toBeLessThan(bodySize);
    }
    // hovering a claim with a speaker shows the speaker (CSS ::after reads data-speaker)
    const withSpeaker = pick.claims.find((c) => c.speaker);
    if (withSpeaker) {
      const span = page.locator(`[id="claim-${withSpeaker.id}"]`);
      await span.hover();
      const tip = await span.evaluate((el) => getComputedStyle(el, "::after").content);
      expect(tip).toContain(withSpeaker.speaker!.name);
    }
  });

  it("cluster page: the claims side by side with outlets, speakers and chains", async () => {
    const analysis = analysisOf(FIXTURE_STORY);
    const byClaims = [...analysis.clusters].sort((a: Cluster, b: Cluster) => b.claimIds.length - a.claimIds.length);
    const cluster = byClaims[0]!;
    const page = await open(`/clusters/${cluster.id}`);
    await shot(page, "cluster");
    const cards = page.locator(".claims-side-by-side > .card");
    expect(await cards.count()).toBe(cluster.claimIds.length);
    for (const id of cluster.claimIds) {
      const claim = analysis.claims.find((c) => c.id === id)!;
      const card = page.locator(`.claims-side-by-side > [data-claim-id="${id}"]`);
      expect(await card.locator("blockquote").textContent()).toBe(claim.text);
      const article = analysis.articles.find((a) => a.id === claim.articleId)!;
      if (article.outlet) expect(await card.locator("h3").textContent()).toBe(article.outlet);
      if (claim.speaker) expect(await card.textContent()).toContain(claim.speaker.name);
    }
    if (cluster.claimIds.length >= 2) {
      // side by side: same row, the first claim at the right (reading start) of the second
      const [a, b] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
      expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
      expect(a!.x).toBeGreaterThan(b!.x);
    } else {
      console.log("web e2e: the current comparison made no multi-claim cluster in the fixture story");
    }
    expect(await page.locator(".chain-list > li").count()).toBe(cluster.chains.length);
  });

  it("search finds an Arabic word typed without diacritics, and marks it in the original text", async () => {
    const page = await open("/");
    const box = page.locator("header input[name=q]");
    await box.fill("المصابين");
    await box.press("Enter");
    await page.waitForURL(/\/search\?q=/u);
    await shot(page, "search");
    const hits = page.locator("mark.query-hit");
    await expect.poll(() => hits.count()).toBeGreaterThan(0);
    const marked = await hits.allTextContents();
    // the fixture writes it with diacritics: المُصابين
    expect(marked).toContain("المُصابين");
    // a result links to a claim or an article page that opens
    const first = page.locator(".result-list li a").first();
    const href = await first.getAttribute("href");
    expect(href).toMatch(/^\/(claims|articles)\//u);
    await first.click();
    await page.waitForURL(`**${href}`);
    expect(await page.locator("h1").count()).toBe(1);
  });

  it("search inside a story stays inside it", async () => {
    const page = await open(`/stories/${FIXTURE_STORY}`);
    const box = page.locator("main input[name=q]");
    // a word of the seeds story only: nothing within the fixture story
    await box.fill("سوريا");
    await box.press("Enter");
    await page.waitForURL(/story=/u);
    expect(await page.locator(".result-list li").count()).toBe(0);
    await expect.poll(() => page.locator(".empty").count()).toBe(1);
    // the same word across all stories finds the seeds
    await page.getByRole("link", { name: "ابحث في كل القصص" }).click();
    await page.waitForURL((url) => !url.search.includes("story="));
    await expect.poll(() => page.locator(".result-list li").count()).toBeGreaterThan(0);
  });

  it("unknown ids get the not-found page with a 404 status", async () => {
    const page = await browser.newPage();
    pages.push(page);
    for (const path of [
      "/articles/nope",
      "/stories/nope",
      "/clusters/nope",
      "/claims/nope",
      "/no/such/page",
      `/stories/${FIXTURE_STORY}/bogus`,
    ]) {
      const res = await page.goto(`${server.url}${path}`, { timeout: 30_000 });
      expect(res?.status(), path).toBe(404);
      expect(await page.locator("h1").textContent()).toBe("الصفحة غير موجودة");
    }
    const empty = await page.goto(`${server.url}/search?q=`, { timeout: 30_000 });
    expect(empty?.status()).toBe(200);
  });
});
