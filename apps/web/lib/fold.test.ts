import { describe, expect, it } from "vitest";
import { findQuery, foldWithMap, queryTerms } from "./fold.ts";

describe("foldWithMap", () => {
  it("drops diacritics and tatweel and maps each folded unit back to the original", () => {
    const text = "المُصابِين وأحـمد";
    const { folded, map } = foldWithMap(text);
    expect(folded).toBe("المصابين واحمد");
    for (let i = 0; i < folded.length; i++) {
      const original = text[map[i]!]!;
      // the original character at the mapped offset folds to the folded character
      expect(foldWithMap(original).folded).toBe(folded[i]);
    }
  });
});

describe("findQuery", () => {
  it("finds an undiacritised query in diacritised text, returning original spans with the marks", () => {
    const text = "استقبلت المستشفياتُ أكثر من 500 من المُصابِين خلال يومين";
    const spans = findQuery(text, "المصابين");
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe("المُصابِين");
  });

  it("matches hamza and alef variants and ta marbuta either way", () => {
    expect(findQuery("قال أحمد إن المدينة آمنة", "احمد").length).toBe(1);
    expect(findQuery("قال احمد إن المدينه امنة", "أحمد المدينة").length).toBe(2);
  });

  it("finds every occurrence of every term, merged when they touch", () => {
    const text = "الجيش والجيش الحر";
    const spans = findQuery(text, "الجيش");
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["الجيش", "الجيش"]);
  });

  it("ignores one-letter terms and punctuation, and finds nothing for an empty query", () => {
    expect(queryTerms("و ، الباغوز!")).toEqual(["الباغوز"]);
    expect(findQuery("نص ما", "")).toEqual([]);
    expect(findQuery("نص ما", "   ")).toEqual([]);
  });

  it("is case-insensitive for Latin text", () => {
    const text = "according to AFP and Reuters";
    expect(findQuery(text, "afp").map((s) => text.slice(s.start, s.end))).toEqual(["AFP"]);
  });
});
