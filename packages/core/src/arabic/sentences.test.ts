import { describe, expect, it } from "vitest";
import { splitParagraphs, splitSentences } from "./sentences.ts";

const sentences = (text: string, from?: number, to?: number) =>
  splitSentences(text, from, to).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("splits at full stops and question marks", () => {
    expect(sentences("تقدمت القوات في البلدة. وتحدث المرصد عن معارك. هل انتهت المعركة؟ لا أحد يعرف!")).toEqual([
      "تقدمت القوات في البلدة.",
      "وتحدث المرصد عن معارك.",
      "هل انتهت المعركة؟",
      "لا أحد يعرف!",
    ]);
  });

  it("keeps decimals and percentages inside the sentence", () => {
    expect(sentences("يعيش في المنطقة 7.7 ملايين شخص. وبلغت النسبة 99.5% أمس.")).toEqual([
      "يعيش في المنطقة 7.7 ملايين شخص.",
      "وبلغت النسبة 99.5% أمس.",
    ]);
  });

  it("does not split inside a quotation", () => {
    const text = 'وقال القائد لفرانس برس: "الاشتباكات عنيفة. نحن نتقدم". ثم غادر.';
    expect(sentences(text)).toEqual(['وقال القائد لفرانس برس: "الاشتباكات عنيفة. نحن نتقدم".', "ثم غادر."]);
  });

  it("does not split inside guillemets", () => {
    expect(sentences("قال إن «المعركة انتهت. والنصر قريب» بحسب قوله. ثم صمت.")).toEqual([
      "قال إن «المعركة انتهت. والنصر قريب» بحسب قوله.",
      "ثم صمت.",
    ]);
  });

  it("ends the sentence at a closing quote that follows a terminator", () => {
    expect(sentences('قال: "انتهت المعركة." وأضاف أن القوات باقية.')).toEqual([
      'قال: "انتهت المعركة."',
      "وأضاف أن القوات باقية.",
    ]);
  });

  it("an unpaired quote does not swallow the paragraph", () => {
    expect(sentences('قال إن "المعركة انتهت. ثم غادر المكان.')).toEqual(['قال إن "المعركة انتهت.', "ثم غادر المكان."]);
  });

  it("treats .. and ... inside a line as a pause, not an end", () => {
    expect(sentences("انتظروا.. ثم هاجموا... وانسحبوا. انتهى.")).toEqual([
      "انتظروا.. ثم هاجموا... وانسحبوا.",
      "انتهى.",
    ]);
  });

  it("respects abbreviations", () => {
    expect(sentences("قال د. أحمد إن الوضع صعب. ووصل Mr. Smith من U.S. أمس. انتهى.")).toEqual([
      "قال د. أحمد إن الوضع صعب.",
      "ووصل Mr. Smith من U.S. أمس.",
      "انتهى.",
    ]);
  });

  it("every line break ends a sentence (titles, captions, credits)", () => {
    expect(sentences("مدنيون يفرون من القتال\nAFP\nتقدمت القوات")).toEqual([
      "مدنيون يفرون من القتال",
      "AFP",
      "تقدمت القوات",
    ]);
  });

  it("works on a window of the text and returns original offsets", () => {
    const text = "سطر أول.\nجملة أولى. جملة ثانية.\nسطر أخير.";
    const from = text.indexOf("جملة");
    const to = text.indexOf("\nسطر أخير");
    const spans = splitSentences(text, from, to);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["جملة أولى.", "جملة ثانية."]);
    expect(spans[0]!.start).toBe(from);
  });

  it("handles empty and blank input", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("  \n\n ")).toEqual([]);
    expect(splitSentences("abc", 10, 2)).toEqual([]);
  });
});

describe("splitParagraphs", () => {
  it("returns each non-blank line, trimmed", () => {
    const text = "العنوان\n\n  الفقرة الأولى. جملة.  \nAFP\n\n\nالفقرة الأخيرة";
    expect(splitParagraphs(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "العنوان",
      "الفقرة الأولى. جملة.",
      "AFP",
      "الفقرة الأخيرة",
    ]);
  });
  it("handles CRLF", () => {
    const text = "أ\r\nب";
    expect(splitParagraphs(text).map((s) => text.slice(s.start, s.end))).toEqual(["أ", "ب"]);
  });
});
