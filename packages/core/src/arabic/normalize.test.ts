import { describe, expect, it } from "vitest";
import { foldForMatch, normalize, toOriginalSpan } from "./normalize.ts";

describe("normalize: folds", () => {
  const cases: Array<[string, string, string]> = [
    ["harakat and shadda", "قُتِلَ المُدَنِيّونَ", "قتل المدنيون"],
    ["tanween", "عشرين مقاتلاً", "عشرين مقاتلا"],
    ["superscript alef", "هٰذا", "هذا"],
    ["tatweel", "الجـــيش", "الجيش"],
    ["alef with hamza above/below, madda, wasla", "أحمد إسماعيل آمال ٱلله", "احمد اسماعيل امال الله"],
    ["alef maksura", "مستشفى على", "مستشفي علي"],
    ["ta marbuta", "الدولة الإسلامية", "الدوله الاسلاميه"],
    ["hamza carriers", "مؤتمر لاجئين", "موتمر لاجيين"],
    ["Arabic-Indic digits", "قتل ٢٠ شخصا", "قتل 20 شخصا"],
    ["Persian digits", "۱۲۳", "123"],
    ["Arabic decimal and thousands separators", "٣٫٥ و١٬٠٠٠", "3.5 و1,000"],
    ["Arabic percent", "٩٩٫٥٪", "99.5%"],
    ["Arabic comma, semicolon, question mark", "قال، ثم؛ لماذا؟", "قال, ثم; لماذا?"],
    ["guillemets and curly quotes", "«داعش» “النصرة” „x‟", '"داعش" "النصره" "x"'],
    ["single curly quotes", "‘x’", "'x'"],
    ["dashes", "2011–2014 — قال", "2011-2014 - قال"],
    ["ellipsis expands", "قال…", "قال..."],
    ["ZWJ, ZWNJ, LRM, RLM, ALM dropped", "ab\u200c\u200d\u200e\u200f\u061cc", "abc"],
    ["bidi embeddings and isolates dropped", "\u202bسوريا\u202c \u2067x\u2069", "سوريا x"],
    ["BOM dropped", "\ufeffنص", "نص"],
    ["NBSP and thin spaces to space", "20\u00a0ألف\u202fشخص\u2009x", "20 الف شخص x"],
    ["lam-alef presentation form", "\ufefbسلام", "لاسلام"],
    ["Persian kaf and yeh", "کردی", "كردي"],
    ["Latin case", "AFP Getty", "afp getty"],
  ];
  it.each(cases)("%s", (_name, input, expected) => {
    expect(normalize(input).text).toBe(expected);
    expect(foldForMatch(input)).toBe(expected);
  });

  it("keeps what should stay: newlines, standalone hamza, Latin digits", () => {
    expect(normalize("جزء\nسماء 10").text).toBe("جزء\nسماء 10");
  });

  it("options switch folds off one by one", () => {
    expect(normalize("الدولة", { taMarbuta: false }).text).toBe("الدولة");
    expect(normalize("أحمد", { alef: false }).text).toBe("أحمد");
    expect(normalize("مُدن", { diacritics: false }).text).toBe("مُدن");
    expect(normalize("٢٠", { digits: false }).text).toBe("٢٠");
    expect(normalize("«x»", { quotes: false }).text).toBe("«x»");
    expect(normalize("AFP", { latinCase: false }).text).toBe("AFP");
    expect(normalize("على", { yaa: false }).text).toBe("على");
    expect(normalize("مؤتمر", { hamza: false }).text).toBe("مؤتمر");
    expect(normalize("a\u200fb", { invisible: false }).text).toBe("a\u200fb");
    expect(normalize("a\u00a0b", { spaces: false }).text).toBe("a\u00a0b");
    expect(normalize("قال،", { punctuation: false }).text).toBe("قال،");
    expect(normalize("ـ", { tatweel: false }).text).toBe("ـ");
  });
});

describe("normalize: offsets", () => {
  it("maps each normalised char to its source and the end to the input length", () => {
    const input = "أَهْلاً\u200f… بِكُم";
    const n = normalize(input);
    expect(n.text).toBe("اهلا... بكم");
    expect(n.offsets.length).toBe(n.text.length + 1);
    expect(n.offsets[n.text.length]).toBe(input.length);
    expect(Array.from(n.offsets.slice(0, 4))).toEqual([0, 2, 4, 5]);
    // the three dots of the ellipsis all come from one character
    const dots = input.indexOf("…");
    expect(Array.from(n.offsets.slice(4, 7))).toEqual([dots, dots, dots]);
  });

  it("maps a normalised span back to the original, diacritics of the last letter included", () => {
    const input = "قال المتحدثُ إنّ «٢٠ ألفاً» فرّوا";
    const n = normalize(input);
    const s = n.text.indexOf("20 الفا");
    const span = toOriginalSpan(n, s, s + "20 الفا".length);
    expect(input.slice(span.start, span.end)).toBe("٢٠ ألفاً");
    const w = n.text.indexOf("المتحدث");
    const span2 = toOriginalSpan(n, w, w + "المتحدث".length);
    expect(input.slice(span2.start, span2.end)).toBe("المتحدثُ");
  });

  it("clamps out-of-range spans instead of throwing", () => {
    const n = normalize("سوريا");
    expect(toOriginalSpan(n, -5, 100)).toEqual({ start: 0, end: 5 });
    expect(toOriginalSpan(n, 3, 1)).toEqual({ start: 3, end: 3 });
  });

  it("handles the empty string", () => {
    const n = normalize("");
    expect(n.text).toBe("");
    expect(Array.from(n.offsets)).toEqual([0]);
  });
});
