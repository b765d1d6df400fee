// The text side of search: folding, index text, query building (no FTS syntax can get through), snippets.
import { describe, expect, it } from "vitest";
import { bestPassage, engineQuery, fts5Query, indexText, matchKey, queryTerms, tokens, tsQuery } from "#search.ts";

describe("search text", () => {
  it("folds spelling variants to the same tokens", () => {
    const forms = ["الأمم المتحدة", "الامم المتحده", "الأُمَمُ المُتَّحِدَةُ", "الأمـــم المتحدة", "الإمم المتحدة"];
    for (const f of forms) expect(tokens(f), f).toEqual(["الامم", "المتحده"]);
    expect(tokens("قتل ٣٨٤٥ شخصا")).toContain("3845");
    expect(tokens("Reuters, U.N.")).toEqual(["reuters", "u", "n"]);
    expect(matchKey("  عثمانُ   عبد  الجليل ")).toBe("عثمان عبد الجليل");
  });

  it("indexes a word next to its stem, so clitic forms meet", () => {
    const a = indexText("للأمم").split(" ");
    const b = indexText("والأمم").split(" ");
    expect(a.filter((t) => b.includes(t)).length).toBeGreaterThan(0);
  });

  it("builds engine queries from word tokens only", () => {
    const hostile = `" OR * NEAR( a:* ' \\ ) AND NOT ^ {x}`;
    for (const q of [hostile, 'درنة" OR 1=1 --', "'; DROP TABLE claims; --"]) {
      const fts = engineQuery("sqlite", q) ?? "";
      const ts = engineQuery("postgres", q) ?? "";
      // every quoted token is letters/digits; operators come only from the builder
      expect(fts.replace(/"[\p{L}\p{N}]+"\*?/gu, "").replace(/\(|\)| OR | AND /g, "")).toBe("");
      expect(ts.replace(/'[\p{L}\p{N}]+'(:\*)?/gu, "").replace(/\(|\)| \| | & /g, "")).toBe("");
    }
    expect(engineQuery("sqlite", "  «»، ")).toBeNull();
    const terms = queryTerms("الامم الامم المتحده");
    expect(terms.map((t) => t.word)).toEqual(["الامم", "المتحده"]);
    expect(fts5Query(terms)).toMatch(/^\("الامم"\* OR "[^"]+"\) AND \("المتحده"\* OR "[^"]+"\)$/u);
    expect(tsQuery(terms)).toMatch(/^\('الامم':\* \| '[^']+'\) & \('المتحده':\* \| '[^']+'\)$/u);
  });

  it("picks the article sentence that carries the query", () => {
    const text = "عنوان الخبر\n\nقال مسؤول إن المدينة بحاجة إلى المياه. وطالبت الأمم المتحدة بفتح الطرق.\nسطر أخير.";
    expect(bestPassage(text, "الامم المتحده")).toBe("وطالبت الأمم المتحدة بفتح الطرق.");
    expect(bestPassage(text, "المياه الامم")).toBe("قال مسؤول إن المدينة بحاجة إلى المياه.");
    expect(bestPassage(text, "كلمة")).toBeNull();
    const long = `وطالبت الأمم المتحدة ${"بكلام طويل جدا ".repeat(40)}`;
    expect((bestPassage(long, "الامم") ?? "").length).toBeLessThanOrEqual(281);
  });
});
