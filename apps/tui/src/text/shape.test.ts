import { describe, expect, it } from "vitest";
import { visualLine } from "#text/bidi.ts";
import { lineText, toCells } from "#text/runs.ts";
import { shapeCells } from "#text/shape.ts";

const shape = (text: string) =>
  shapeCells(toCells([{ text, tone: "plain" }]))
    .map((c) => c.text)
    .join("");
const hex = (text: string) => [...text].map((c) => c.codePointAt(0)!.toString(16));

describe("shapeCells", () => {
  it("picks initial, medial and final forms from the neighbours", () => {
    expect(hex(shape("بيت"))).toEqual(["fe91", "fef4", "fe96"]);
    expect(hex(shape("مساء"))).toEqual(["fee3", "feb4", "fe8e", "fe80"]);
    // a right-joining letter (د) breaks the word: the letter after it starts again
    expect(hex(shape("بدر"))).toEqual(["fe91", "feaa", "fead"]);
  });

  it("uses isolated forms for single letters and across spaces and punctuation", () => {
    expect(hex(shape("ب ت"))).toEqual(["fe8f", "20", "fe95"]);
    expect(hex(shape("(ن)"))).toEqual(["28", "fee5", "29"]);
  });

  it("joins lam and alef into one ligature", () => {
    expect(hex(shape("لا"))).toEqual(["fefb"]);
    expect(hex(shape("فلا"))).toEqual(["fed3", "fefc"]);
    expect(hex(shape("إلى الأمم"))).toEqual(["fe87", "fedf", "fef0", "20", "fe8d", "fef7", "fee3", "fee2"]);
  });

  it("keeps harakat on their letters and lets tatweel join", () => {
    expect(shape("قُتِلَ")).toBe("\ufed7\u064f\ufe98\u0650\ufede\u064e");
    expect(hex(shape("بـ"))).toEqual(["fe91", "640"]);
  });

  it("leaves everything else alone", () => {
    expect(shape("Getty Images 2019")).toBe("Getty Images 2019");
  });
});

describe("visual order with shaping", () => {
  it("draws a phrase as a terminal without bidi or shaping should show it", () => {
    const line = visualLine([{ text: "زلزال الشمال", tone: "plain" }], "rtl", { shape: true });
    expect(lineText(line)).toBe("\ufedd\ufe8e\ufee4\ufeb8\ufedf\ufe8d \ufedd\ufe8d\ufeb0\ufedf\ufeaf");
  });
});
