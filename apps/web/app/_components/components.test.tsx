// Server-rendered markup of the display components, on hand-made data covering what the extraction may not yet
// produce on the fixtures (a conflict with figures, overlapping claims, every set-apart block role).
import type { Article, Claim, Cluster } from "@isnad/core/schema";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleText } from "./article-text.tsx";
import { FigureClusterCard } from "./cluster-views.tsx";

const TEXT = [
  "مقاتلون يواجهون مقاومة شرسة", // title
  "مدنيون يفرون من القتال", // caption
  "Getty Images", // credit
  "قال المتحدث باسم القوات إن نحو 600 مقاتل يدافعون عن الجيب.", // body with two overlapping claims
  "اقرأ أيضا: معارك سابقة في المنطقة", // related
].join("\n");

function spanOf(part: string): { start: number; end: number } {
  const start = TEXT.indexOf(part);
  if (start < 0) throw new Error(`not in text: ${part}`);
  return { start, end: start + part.length };
}

function block(part: string, role: Article["blocks"][number]["role"]) {
  return { ...spanOf(part), role };
}

const article: Article = {
  id: "a1",
  source: "fixture.txt",
  text: TEXT,
  language: "ar",
  title: "مقاتلون يواجهون مقاومة شرسة",
  subtitle: null,
  outlet: "وكالة تجريبية",
  byline: null,
  dateline: null,
  publishedAt: null,
  storyId: "s1",
  blocks: [
    block("مقاتلون يواجهون مقاومة شرسة", "title"),
    block("مدنيون يفرون من القتال", "caption"),
    block("Getty Images", "credit"),
    block("قال المتحدث باسم القوات إن نحو 600 مقاتل يدافعون عن الجيب.", "body"),
    block("اقرأ أيضا: معارك سابقة في المنطقة", "related"),
  ],
};

function claim(id: string, part: string, over: Partial<Claim> = {}): Claim {
  const { start, end } = spanOf(part);
  return {
    id,
    articleId: "a1",
    start,
    end,
    text: TEXT.slice(start, end),
    kind: "attributed",
    speaker: { name: "المتحدث باسم القوات", entityId: null },
    verb: "قال",
    via: [],
    quantities: [],
    entityIds: [],
    ...over,
  };
}

describe("ArticleText", () => {
  const outer = claim("c-outer", "قال المتحدث باسم القوات إن نحو 600 مقاتل يدافعون عن الجيب.");
  const inner = claim("c-inner", "نحو 600 مقاتل يدافعون عن الجيب", { speaker: null, verb: null, kind: "reported" });
  const html = renderToStaticMarkup(
    <ArticleText
      article={article}
      claims={[
        { claim: outer, n: 1, relation: "conflicts" },
        { claim: inner, n: 2, relation: null },
      ]}
    />,
  );

  it("sets captions, credits and related links apart with a label", () => {
    expect(html).toMatch(
      /<aside[^>]*class="region set-apart role-caption"[^>]*>.*?تعليق على صورة.*?مدنيون يفرون من القتال/su,
    );
    expect(html).toMatch(/role-credit".*?مصدر الصورة.*?Getty Images/su);
    expect(html).toMatch(/role-related".*?مواضيع ذات صلة/su);
    expect(html).toMatch(/<h2 class="region region-title"/u);
  });

  it("links every claim span to its claim, with the speaker on hover and overlaps marked", () => {
    expect(html).toContain('href="/claims/c-outer"');
    expect(html).toContain('href="/claims/c-inner"');
    expect(html).toContain('data-speaker="المتحدث باسم القوات (قال)"');
    expect(html).toMatch(/class="claim-span rel-none overlap"/u);
    expect(html).toContain('id="claim-c-outer"');
    expect(html).toContain('id="claim-c-inner"');
    expect(html).toContain('href="#note-c-outer"');
  });

  it("keeps the original text: stripping the markup gives back every character of the article", () => {
    const visible = html
      .replace(/<span class="block-label">[^<]*<\/span>/gu, "")
      .replace(/<sup[^>]*>.*?<\/sup>/gu, "")
      .replace(/<[^>]+>/gu, "");
    for (const line of TEXT.split("\n")) expect(visible).toContain(line);
  });
});

describe("FigureClusterCard", () => {
  const a = claim("c1", "نحو 600 مقاتل يدافعون عن الجيب");
  const b = { ...a, id: "c2", articleId: "a2" };
  const cluster: Cluster = {
    id: "k1",
    claimIds: ["c1", "c2"],
    relation: "conflicts",
    topic: "عدد المقاتلين في الجيب",
    evidence: [],
    figures: [
      {
        claimId: "c1",
        articleId: "a1",
        outlet: "وكالة تجريبية",
        quantity: { start: 0, end: 7, text: "نحو 600", min: 540, max: 660, approx: true },
      },
      {
        claimId: "c2",
        articleId: "a2",
        outlet: "صحيفة أخرى",
        quantity: { start: 0, end: 3, text: "ألف", value: 1000, approx: false },
      },
    ],
    chains: [],
    articleCount: 2,
    independentSources: 2,
  };
  const html = renderToStaticMarkup(
    <FigureClusterCard
      cluster={cluster}
      lookup={{
        claims: new Map([
          [a.id, a],
          [b.id, b],
        ]),
        articles: new Map([[article.id, article]]),
      }}
    />,
  );

  it("shows both figures side by side and a bar chart of each outlet's figure", () => {
    expect(html).toMatch(/class="sides".*540–660.*1,000/su);
    expect(html).toContain("<svg");
    expect((html.match(/<g>/gu) ?? []).length).toBe(2);
    expect(html).toContain("وكالة تجريبية: 540–660؛ صحيفة أخرى: 1,000");
    expect(html).toContain('href="/clusters/k1"');
  });
});
