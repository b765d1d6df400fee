import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize.ts";

const kinds = (text: string) => tokenize(text).map((t) => `${t.kind}:${t.text}`);

describe("tokenize", () => {
  it("splits words, numbers, Latin runs and punctuation with spans into the original", () => {
    const text = "قال مصدرٌ لوكالة AFP إن 7.7 ملايين شخص، أي 99.5% من السكان.";
    const toks = tokenize(text);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(kinds(text)).toEqual([
      "word:قال",
      "word:مصدرٌ",
      "word:لوكالة",
      "latin:AFP",
      "word:إن",
      "number:7.7",
      "word:ملايين",
      "word:شخص",
      "punct:،",
      "word:أي",
      "number:99.5%",
      "word:من",
      "word:السكان",
      "punct:.",
    ]);
  });

  const cases: Array<[string, string, string[]]> = [
    ["thousands separator", "فر 3,400 مدني", ["word:فر", "number:3,400", "word:مدني"]],
    ["Arabic-Indic digits with Arabic separators", "٣٫٥٪ و١٬٢٠٠", ["number:٣٫٥٪", "word:و", "number:١٬٢٠٠"]],
    ["number glued to a proclitic word stays apart", "و20 ألفا", ["word:و", "number:20", "word:ألفا"]],
    ["trailing dot is punctuation", "عام 2014.", ["word:عام", "number:2014", "punct:."]],
    ["Latin names", "Getty Images", ["latin:Getty", "latin:Images"]],
    ["Latin with inner dot and hyphen", "U.S. F-16", ["latin:U.S", "punct:.", "latin:F-16"]],
    ["ellipsis run is one token", "ثم...", ["word:ثم", "punct:..."]],
    ["quotes of every kind", '«نعم» "لا"', ["punct:«", "word:نعم", "punct:»", 'punct:"', "word:لا", 'punct:"']],
    ["tatweel and diacritics stay in the word", "الجـيشُ", ["word:الجـيشُ"]],
    ["ZWNJ inside a word is kept, between tokens skipped", "ab\u200c \u200cسوريا", ["latin:ab", "word:سوريا"]],
    ["symbols", "$20 @isnad", ["symbol:$", "number:20", "symbol:@", "latin:isnad"]],
    ["emoji is one symbol", "👍 نعم", ["symbol:👍", "word:نعم"]],
    ["newlines are whitespace", "سطر\nسطر", ["word:سطر", "word:سطر"]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it("gives the folded form in norm", () => {
    const [a, b, c] = tokenize("الإسلاميّة «AFP» ٢٠");
    expect(a!.norm).toBe("الاسلاميه");
    expect(b!.norm).toBe('"');
    expect(c!.norm).toBe("afp");
    expect(tokenize("٢٠")[0]!.norm).toBe("20");
  });

  it("returns nothing for blank input", () => {
    expect(tokenize("")).toEqual([]);
    expect(tokenize(" \n\u200f\t")).toEqual([]);
  });
});
