// The browser over the hand-labelled quake analysis: every view is exercised with attributed claims, figures,
// chains and clusters whatever the current extractor produces.
import { afterEach, describe, expect, it } from "vitest";
import { QUAKE_STORY, quakeAnalysis } from "#fixtures/quake.ts";
import { analysisSource } from "#source.ts";
import { visualLine } from "#text/bidi.ts";
import { lineText } from "#text/runs.ts";
import { App } from "#ui/App.tsx";
import { KEYS, renderScreen, type Screen } from "#ui/testing.ts";

let screen: Screen | null = null;
afterEach(() => {
  screen?.unmount();
  screen = null;
});

async function open(visual = false): Promise<Screen> {
  screen = await renderScreen(<App source={analysisSource(quakeAnalysis(), QUAKE_STORY)} visual={visual} />);
  return screen;
}

describe("browser: navigation", () => {
  it("goes stories → articles → reader → cluster and shows the key map throughout", async () => {
    const s = await open();
    let frame = s.frame();
    expect(frame).toContain("isnad › stories");
    expect(frame).toContain("› زلزال الشمال");
    expect(frame).toContain("3 articles · 6 claims · conflicts 1, corroborates 1");
    expect(frame).toContain("q quit");

    frame = await s.press(KEYS.enter);
    expect(frame).toContain("[Articles 3]");
    expect(frame).toContain("› زلزال بقوة 5.8 درجات يضرب شمال البلاد");
    expect(frame).toContain("الشرق اليوم · 2 claims · 2 attributed");
    expect(frame).toContain("tab articles/clusters/summary");

    await s.press(KEYS.enter);
    // (the claim's clusters load after the article: under a loaded machine the screen may pause between the two)
    frame = await s.waitFor("in 2 clusters:");
    expect(frame).toContain("isnad › stories › زلزال الشمال › article");
    expect(frame).toContain("الشرق اليوم · 2024-03-10 · 2 claims");
    // the selected claim (the first) is marked in the gutter; its particulars are shown below the text
    expect(frame).toMatch(/▌ قال المتحدث باسم الدفاع المدني سامر الحلبي/u);
    expect(frame).toContain("claim 1/2 · attributed");
    expect(frame).toContain("speaker  سامر الحلبي — المتحدث باسم الدفاع المدني · verb: قال");
    expect(frame).toContain("figures  35 قتيلاً (35 killed)؛ أكثر من 120 جريحاً (≥120 injured)");
    expect(frame).toContain("in 2 clusters:");
    expect(frame).toContain("CONFLICTS     عدد قتلى الزلزال");
    // structure blocks are set apart under labels
    expect(frame).toContain("┄ caption");
    expect(frame).toContain("┄ credit");
    expect(frame).toContain("pgup/pgdn scroll");

    frame = await s.press("j");
    expect(frame).toContain("claim 2/2 · attributed");
    expect(frame).toMatch(/▌ وأضاف الحلبي أن نحو 400 منزل/u);
    expect(frame).toMatch(/┊ قال المتحدث/u);
    expect(frame).toContain("figures  نحو 400 منزل (≈400 homes)");

    // one cluster: Enter opens it directly
    frame = await s.press(KEYS.enter);
    expect(frame).toContain("single-source المنازل المتضررة");
    expect(frame).toContain("1 claim in 1 article · 1 independent source");
    expect(frame).toContain("q quit");
  });

  it("opens a claim's clusters from the reader with tab, and a cluster's claim back in the reader", async () => {
    const s = await open();
    await s.press(KEYS.enter, KEYS.enter);
    let frame = await s.press(KEYS.tab);
    expect(frame).toContain("open cluster");
    expect(frame).toMatch(/› CONFLICTS\s+عدد قتلى الزلزال/u);
    frame = await s.press("j");
    expect(frame).toMatch(/› corroborates\s+حصيلة الدفاع المدني 35 قتيلاً/u);
    frame = await s.press("k", KEYS.enter);
    // the conflict: figures per outlet, chains grouped by primary source, independent sources
    expect(frame).toContain("CONFLICTS عدد قتلى الزلزال");
    expect(frame).toContain("3 claims in 3 articles · 2 independent sources");
    expect(frame).toContain("note: the ministry's figure came later on Sunday evening");
    expect(frame).toContain("[Figures & claims 3]");
    expect(frame).toContain("الشرق اليوم: 35 قتيلاً (35 killed)");
    expect(frame).toContain("صوت المدينة: 42 شخصاً (42 killed)");
    expect(frame).toContain("› الشرق اليوم · سامر الحلبي — المتحدث باسم الدفاع المدني (قال)");
    expect(frame).toContain("tab sources & evidence");
    // the other pane: chains grouped by the source they end in, and the evidence
    frame = await s.press(KEYS.tab);
    expect(frame).toContain("[Sources & evidence 3]");
    expect(frame).toContain("Chains of transmission: 3 chains → 2 independent sources");
    expect(frame).toContain("source: سامر الحلبي (2 reports)");
    expect(frame).toContain("المرصد الإخباري ← فرانس برس ← سامر الحلبي");
    expect(frame).toContain("source: وزارة الصحة (1 report)");
    expect(frame).toContain("figures 0.90  35 ≠ 42 killed");
    frame = await s.press(KEYS.tab);
    expect(frame).toContain("› الشرق اليوم · سامر الحلبي");

    // walk to the third claim (المرصد الإخباري, via AFP) and read it in its article
    frame = await s.press("j", "j");
    expect(frame).toContain("› المرصد الإخباري · سامر الحلبي — المتحدث باسم الدفاع المدني (قال) via فرانس برس");
    frame = await s.press(KEYS.enter);
    expect(frame).toContain("الدفاع المدني: 35 قتيلاً حصيلة الزلزال");
    expect(frame).toContain("claim 1/2 · attributed");
    expect(frame).toContain("via      فرانس برس");
    expect(frame).toContain("figures  35 شخصاً (35 killed)");

    // back twice: cluster, then reader of the first article with its selection kept, each drawn at once from
    // the session's cache (no "Loading" frame in between)
    const before = s.frames().length;
    frame = await s.press(KEYS.escape);
    expect(
      s
        .frames()
        .slice(before)
        .some((f) => f.includes("Loading")),
    ).toBe(false);
    expect(frame).toContain("CONFLICTS عدد قتلى الزلزال");
    frame = await s.press(KEYS.backspace);
    expect(frame).toContain("open cluster");
    expect(frame).toContain("claim 1/2");
  });

  it("switches story panes with tab: clusters conflicts first, a relation filter, the summary", async () => {
    const s = await open();
    await s.press(KEYS.enter);
    let frame = await s.press(KEYS.tab);
    expect(frame).toContain("[Clusters 5]");
    expect(frame).toContain("r filter relation");
    const lines = frame.split("\n");
    const order = ["CONFLICTS", "corroborates", "single-source"].map((label) =>
      lines.findIndex((l) => l.includes(label)),
    );
    expect(order[0]).toBeLessThan(order[1]!);
    expect(order[1]).toBeLessThan(order[2]!);
    expect(frame).toContain("3 claims · 3 articles · 3 outlets · 2 independent sources");

    frame = await s.press("r");
    expect(frame).toContain("[Clusters 1 (conflicts)]");
    expect(frame).not.toContain("single-source الأطفال");
    frame = await s.press("r", "r", "r");
    expect(frame).toContain("[Clusters 3 (single-source)]");
    frame = await s.press("r");
    expect(frame).toContain("[Clusters 5]");

    frame = await s.press(KEYS.tab);
    expect(frame).toContain("[Summary]");
    expect(frame).toContain("Clusters by relation");
    expect(frame).toContain("Conflicts (1)");
    expect(frame).toContain("› عدد قتلى الزلزال");
    expect(frame).toContain("صوت المدينة: 42 شخصاً (42 killed)");
    expect(frame).toContain("سامر الحلبي · 4 claims");
    frame = await s.press(KEYS.enter);
    expect(frame).toContain("CONFLICTS عدد قتلى الزلزال");
    // shift+tab goes back a pane
    await s.press(KEYS.escape);
    frame = await s.press("\u001B[Z");
    expect(frame).toContain("[Clusters 5]");
  });
});

describe("browser: speakers", () => {
  it("lists everything a speaker said, from the reader (s) and from the story summary", async () => {
    const s = await open();
    let frame = await s.press(KEYS.enter, KEYS.enter);
    expect(frame).toContain("s speaker's claims");
    frame = await s.press("s");
    expect(frame).toContain("› زلزال الشمال › article › سامر الحلبي");
    expect(frame).toContain("سامر الحلبي: 4 claims in 2 outlets · story quake-fixture");
    expect(frame).toContain("› الشرق اليوم · قال · المتحدث باسم الدفاع المدني");
    expect(frame).toContain("المرصد الإخباري · قال via فرانس برس · المتحدث باسم الدفاع المدني");
    expect(frame).toContain("المرصد الإخباري · أوضح");
    frame = await s.press("G", KEYS.enter);
    expect(frame).toContain("الدفاع المدني: 35 قتيلاً حصيلة الزلزال");
    expect(frame).toContain("claim 2/2 · attributed");
    expect(frame).toContain("figures  17 ناجياً (17 survivors)");

    // from the summary: conflicts, then speakers, are selectable
    await s.press(KEYS.escape, KEYS.escape, KEYS.escape, KEYS.tab, KEYS.tab);
    frame = await s.press("j", "j");
    expect(frame).toMatch(/›\s+وزارة الصحة · 1 claim/u);
    frame = await s.press(KEYS.enter);
    expect(frame).toContain("وزارة الصحة: 1 claim in 1 outlet");
    expect(frame).toContain("› صوت المدينة · أعلن");
  });
});

describe("browser: search, quit, bidi", () => {
  it("searches from anywhere with /, scoped to the story, and opens a hit at its claim", async () => {
    const s = await open();
    await s.press(KEYS.enter);
    let frame = await s.press("/");
    expect(frame).toContain("⏎ search · esc cancel");
    // typed text goes to the prompt, even letters that are keys elsewhere (q, b, j)
    frame = await s.press(..."اعلنت وزاره".split(""));
    expect(frame).toContain("/ اعلنت وزاره");
    expect(s.exited()).toBe(false);
    frame = await s.press(KEYS.backspace, "ه", KEYS.enter);
    expect(frame).toContain("search “اعلنت وزاره”");
    expect(frame).toMatch(/\d+ hits? for “اعلنت وزاره” in story quake-fixture/u);
    expect(frame).toContain("› claim   أعلنت وزارة الصحة في بيان مساء الأحد");
    frame = await s.press(KEYS.enter);
    expect(frame).toContain("وزارة الصحة: 42 قتيلاً في الزلزال");
    expect(frame).toContain("claim 1/2 · attributed");
    expect(frame).toContain("speaker  وزارة الصحة · verb: أعلن");
    frame = await s.press(KEYS.escape);
    expect(frame).toContain("search “اعلنت وزاره”");
  });

  it("reports a search with no hits and cancels the prompt with esc", async () => {
    const s = await open();
    await s.press("/", ..."qbj", KEYS.enter);
    expect(s.frame()).toContain("0 hits for “qbj”");
    expect(s.frame()).toContain("Nothing found");
    let frame = await s.press("/", "x", KEYS.escape);
    expect(frame).not.toContain("⏎ search · esc cancel");
    frame = await s.press(KEYS.escape);
    expect(frame).toContain("isnad › stories [logical order]");
  });

  it("quits with q", async () => {
    const s = await open();
    await s.press(KEYS.enter);
    expect(s.exited()).toBe(false);
    await s.press("q");
    expect(s.exited()).toBe(true);
  });

  it("toggles visual order with b: Arabic is drawn reordered and right-aligned", async () => {
    const s = await open();
    let frame = await s.press(KEYS.enter, KEYS.enter);
    expect(frame).toContain("[logical order]");
    expect(frame).toContain("b visual order");
    expect(frame).toContain("  فرق الإنقاذ تبحث بين الأنقاض في بلدة الصفصافة");
    frame = await s.press("b");
    expect(frame).toContain("[visual order]");
    expect(frame).toContain("b logical order");
    // reordered and shaped as unit-tested in text/bidi.test.ts and text/shape.test.ts
    const reversed = lineText(
      visualLine([{ text: "فرق الإنقاذ تبحث بين الأنقاض في بلدة الصفصافة", tone: "plain" }], "rtl", { shape: true }),
    );
    expect(reversed).not.toContain("فرق");
    const row = frame.split("\n").find((l) => l.includes(reversed));
    expect(row).toBeDefined();
    // right-aligned: the reversed caption ends at the right edge (after its indent)
    expect(row!.trimEnd().endsWith(`${reversed}  `.trimEnd())).toBe(true);
    expect(row!.indexOf(reversed)).toBeGreaterThan(40);
    expect(frame).toContain("(35 killed)");
    frame = await s.press("b");
    expect(frame).toContain("  فرق الإنقاذ تبحث بين الأنقاض في بلدة الصفصافة");
  });

  it("starts in visual order when asked", async () => {
    const s = await open(true);
    expect(s.frame()).toContain("[visual order]");
    // “زلزال الشمال” right to left, in joined letter forms
    expect(s.frame()).toContain("› \ufedd\ufe8e\ufee4\ufeb8\ufedf\ufe8d \ufedd\ufe8d\ufeb0\ufedf\ufeaf");
  });
});

describe("browser: an article without claims", () => {
  it("says so and lets j/k scroll the text instead", async () => {
    const paragraphs = Array.from(
      { length: 30 },
      (_, i) => `الفقرة رقم ${i + 1}: نص وصفي عن الطقس في المدينة من غير أي تصريح منسوب إلى أحد.`,
    );
    const text = `عنوان بلا ادعاءات\n\n${paragraphs.join("\n\n")}\n`;
    const base = quakeAnalysis();
    const article = {
      ...base.articles[0]!,
      id: "a_noclaims",
      source: "quiet.txt",
      text,
      title: "عنوان بلا ادعاءات",
      blocks: [],
    };
    const analysis = { articles: [article], claims: [], entities: [], clusters: [], story: null };
    screen = await renderScreen(<App source={analysisSource(analysis, { id: "quiet", title: "هادئ" })} />);
    let frame = await screen.press(KEYS.enter, KEYS.enter);
    expect(frame).toContain("No claims were found in this article.");
    expect(frame).toContain("الفقرة رقم 1:");
    expect(frame).not.toContain("الفقرة رقم 30:");
    frame = await screen.press("G");
    expect(frame).toContain("الفقرة رقم 30:");
    expect(frame).not.toContain("الفقرة رقم 1:");
    frame = await screen.press("g");
    expect(frame).toContain("الفقرة رقم 1:");
  });
});
