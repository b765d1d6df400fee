import { describe, expect, it } from "vitest";
import { displayName, nameKey } from "./names.ts";

describe("nameKey", () => {
  const same: string[][] = [
    ["قوات سوريا الديمقراطية", "قوات سورية الديموقراطية", '"قوات سورية الديمقراطية"', "«قوات سوريا الديمقراطيّة»"],
    ["الرئيس الأمريكي", "الرئيس الأميركي", "رئيس أمريكي"],
    ["تنظيم الدولة الإسلامية", "تنظيم الدولة الاسلامية", "تنظيم الدولة الإسلاميّة"],
    ["المرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الانسان"],
    ["وكالة فرانس برس", "وكالة فرانس برس."],
    ["الولايات المتحدة", "الولايات المتّحدة", "الولايات  المتحدة"],
    ["مصطفى بالي", "مصطفى بالى"],
    ["Getty Images", "GETTY images"],
  ];
  it.each(same.map((g) => [g[0]!, g] as const))("one key for the spellings of %s", (_n, group) => {
    expect(new Set(group.map(nameKey)).size).toBe(1);
  });

  it("keeps different names apart", () => {
    expect(nameKey("تنظيم الدولة الإسلامية")).not.toBe(nameKey("الدولة السورية"));
    expect(nameKey("قوات سوريا الديمقراطية")).not.toBe(nameKey("سوريا"));
  });

  it("strips the article word by word but keeps الله", () => {
    expect(nameKey("الباغوز")).toBe("باغوز");
    expect(nameKey("حزب الله")).toBe("حزب الله");
  });

  it("returns an empty key for punctuation only", () => {
    expect(nameKey(' «» "" ')).toBe("");
  });
});

describe("displayName", () => {
  const cases: Array<[string, string]> = [
    [" «قوات  سوريّة الديمقراطيـة» ", "قوات سورية الديمقراطية"],
    ['"داعش"', "داعش"],
    ["المرصد السوري، ", "المرصد السوري"],
    ["\u200fمصطفى بالي\u200f", "مصطفى بالي"],
    ["O'Brien", "O'Brien"],
    ["‘الحشد’", "الحشد"],
  ];
  it.each(cases)("%s → %s", (input, expected) => {
    expect(displayName(input)).toBe(expected);
  });
});
