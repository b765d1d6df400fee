// Extraction never throws and always returns valid spans, on any input: random Unicode, huge paragraphs, no
// punctuation, Latin only, numbers only, unbalanced quotes, bidi controls, mixtures of Arabic news fragments.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Analysis } from "#schema/index.ts";
import { detectStructure, type Extracted, extractArticle, extractArticles } from "./index.ts";

function checkValid(out: Extracted): void {
  const parsed = Analysis.safeParse({ ...out, clusters: [] });
  expect(parsed.success).toBe(true);
  const byId = new Map(out.articles.map((a) => [a.id, a]));
  for (const a of out.articles) {
    let last = 0;
    for (const b of a.blocks) {
      expect(b.start).toBeGreaterThanOrEqual(last);
      expect(b.end).toBeGreaterThanOrEqual(b.start);
      expect(b.end).toBeLessThanOrEqual(a.text.length);
      last = b.end;
    }
  }
  const ids = new Set<string>();
  for (const c of out.claims) {
    const a = byId.get(c.articleId);
    expect(a).toBeDefined();
    const text = a?.text ?? "";
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(c.end).toBeGreaterThan(c.start);
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(ids.has(c.id)).toBe(false);
    ids.add(c.id);
    if (c.quote) {
      expect(c.quote.start).toBeGreaterThanOrEqual(c.start);
      expect(c.quote.end).toBeLessThanOrEqual(c.end);
    }
    for (const q of c.quantities) {
      expect(q.start).toBeGreaterThanOrEqual(c.start);
      expect(q.end).toBeLessThanOrEqual(c.end);
    }
    if (c.kind === "attributed") expect(c.speaker).not.toBeNull();
    else expect(c.speaker).toBeNull();
  }
  for (const e of out.entities)
    for (const m of e.mentions) {
      const text = byId.get(m.articleId)?.text ?? "";
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
    }
}

const FRAGMENTS = [
  "قال",
  "وأضاف",
  "إن",
  "أن",
  "وفق",
  "بحسب",
  "المتحدث باسم",
  "قوات سوريا الديمقراطية",
  "داعش",
  "التنظيم",
  "مصطفى بالي",
  "نحو 600",
  "أكثر من 20 ألف مدني",
  "بين ستين إلى سبعين",
  '"',
  "«",
  "»",
  "“",
  "”",
  "،",
  ".",
  ":",
  "؟",
  "\n",
  "\n\n",
  "(",
  ")",
  "-",
  "Getty Images",
  "اقرأ أيضا",
  "بيروت -",
  "لـ",
  "نقلت وكالة رويترز عن",
  "قوله",
  "مشيرا إلى أن",
  "\u200f",
  "\u202b",
  "\u2067",
  "ـ",
  "ً",
  "١٢٣",
  "99.5%",
  " ",
];

const newsish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 120 }).map((xs) => xs.join(" "));

describe("robustness (property-based)", () => {
  it("never throws on random Unicode and keeps every span valid", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        checkValid(extractArticle({ source: "p", text }));
      }),
      { numRuns: 300 },
    );
  });
  it("never throws on shuffled Arabic news fragments (quotes, bidi marks, figures, markers)", () => {
    fc.assert(
      fc.property(fc.array(newsish, { minLength: 1, maxLength: 3 }), (texts) => {
        checkValid(extractArticles(texts.map((text, i) => ({ source: `p${i}`, text }))));
      }),
      { numRuns: 300 },
    );
  });
  it("handles Latin-only, numbers-only and punctuation-only text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: fc.constantFrom(..."abcdefghij XYZ.,:\"'\n"), maxLength: 300 }),
          fc.string({ unit: fc.constantFrom(..."0123456789٠١٢٣٤٥ .,%\n"), maxLength: 300 }),
          fc.string({ unit: fc.constantFrom(...'"«»“”.,،:؟!()-–\n '), maxLength: 300 }),
        ),
        (text) => {
          checkValid(extractArticle({ source: "p", text }));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("robustness (edge cases)", () => {
  it("reads the same text given twice as one article (one id, no repeated claim ids)", () => {
    const out = extractArticles([
      { source: "a", text: "مشيرا إلى أن" },
      { source: "b", text: "مشيرا إلى أن" },
    ]);
    checkValid(out);
    expect(out.articles).toHaveLength(1);
    expect(out.articles[0]?.source).toBe("a");
  });
  it("accepts an empty text", () => {
    const out = extractArticle({ source: "empty", text: "" });
    checkValid(out);
    expect(out.claims).toHaveLength(0);
    expect(out.articles[0]?.language).toBe("und");
  });
  it("handles one huge paragraph without punctuation", () => {
    const words = "قال المتحدث إن القوات تتقدم في المنطقة وسط اشتباكات عنيفة مع مقاتلي التنظيم".split(" ");
    const text = Array.from({ length: 30000 }, (_, i) => words[i % words.length]).join(" ");
    const out = extractArticle({ source: "huge", text });
    checkValid(out);
    expect(out.claims.length).toBeGreaterThan(0);
  });
  it("handles thousands of unbalanced quotes", () => {
    const text = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? '"' : i % 3 === 1 ? "قال «" : "إن ")).join("");
    checkValid(extractArticle({ source: "quotes", text }));
  });
  it("accepts a Latin-script article and reports what it can find", () => {
    const text =
      'BEIRUT (Reuters) - The SDF said on Saturday that "about 600 fighters" remained in the last pocket.\n\nIt added that 20,000 civilians had left.';
    const out = extractArticle({ source: "en", text });
    checkValid(out);
    expect(out.articles[0]?.language).toBe("en");
    expect(out.claims.some((c) => c.quote !== null && c.quote !== undefined)).toBe(true);
  });
  it("accepts bidi controls and zero-width characters around Arabic words", () => {
    const text = "\u202bوقال\u200f المتحدث\u200c إن\u2066 «الوضع هادئ»\u2069.\u202c";
    const out = extractArticle({ source: "bidi", text });
    checkValid(out);
    expect(out.claims[0]?.speaker?.name).toContain("المتحدث");
  });
  it("accepts CRLF line ends and Unicode paragraph separators", () => {
    const text = "عنوان الخبر هنا\r\n\r\nوقال المسؤول إن الاجتماع انتهى.\u2029وأضاف أن الجولة المقبلة ستعقد قريبا.";
    const out = extractArticle({ source: "crlf", text });
    checkValid(out);
    expect(detectStructure(text).title).toBe("عنوان الخبر هنا");
    expect(out.claims.filter((c) => c.kind === "attributed")).toHaveLength(2);
  });
});
