import type { Quantity } from "@isnad/core/schema";
import { describe, expect, it } from "vitest";
import { articleLabel, COUNT, countLabel, describeBounds, formatDate, formatNumber, quantityBounds } from "./format.ts";

const q = (over: Partial<Quantity>): Quantity => ({ start: 0, end: 3, text: "600", approx: false, ...over });

describe("numbers and dates", () => {
  it("uses Western digits with grouping everywhere", () => {
    expect(formatNumber(20000)).toBe("20,000");
    expect(formatNumber(1.5)).toBe("1.5");
    expect(formatDate("2019-02-10")).toMatch(/^10 .+ 2019$/u);
    expect(formatDate("2019-02")).toMatch(/2019$/u);
    expect(formatDate("2019")).toBe("2019");
    expect(formatDate("last week")).toBe("last week");
  });

  it("chooses the Arabic plural form by count", () => {
    expect(countLabel(1, COUNT.claim)).toBe("ادعاء واحد");
    expect(countLabel(2, COUNT.claim)).toBe("ادعاءان");
    expect(countLabel(5, COUNT.claim)).toBe("5 ادعاءات");
    expect(countLabel(11, COUNT.claim)).toBe("11 ادعاءً");
    expect(countLabel(103, COUNT.claim)).toBe("103 ادعاءات");
    expect(countLabel(0, COUNT.claim)).toBe("0 ادعاءات");
  });
});

describe("quantities", () => {
  it("reads exact values, ranges and open bounds, preferring the normalised unit", () => {
    expect(quantityBounds(q({ value: 600 }))).toEqual({ lo: 600, hi: 600, unit: null });
    expect(quantityBounds(q({ min: 540, max: 660, approx: true }))).toEqual({ lo: 540, hi: 660, unit: null });
    expect(quantityBounds(q({ min: 20000, unit: "person" }))).toEqual({ lo: 20000, hi: null, unit: "person" });
    expect(quantityBounds(q({ value: 2, unit: "mi2", normalized: { unit: "km2", value: 5.18 } }))).toEqual({
      lo: 5.18,
      hi: 5.18,
      unit: "km2",
    });
  });

  it("describes figures in words", () => {
    expect(describeBounds(q({ value: 600 }))).toBe("600");
    expect(describeBounds(q({ min: 540, max: 660 }))).toBe("540–660");
    expect(describeBounds(q({ min: 20000 }))).toBe("20,000 فأكثر");
    expect(describeBounds(q({ max: 5, unit: "km2" }))).toBe("حتى 5 كم²");
    expect(describeBounds(q({ text: "عشرات" }))).toBe("عشرات");
    // the unit's noun agrees with the number
    expect(describeBounds(q({ value: 3, unit: "day" }))).toBe("3 أيام");
    expect(describeBounds(q({ value: 600, unit: "person" }))).toBe("600 شخصًا");
    expect(describeBounds(q({ value: 1, unit: "day" }))).toBe("1 يوم");
  });
});

describe("articleLabel", () => {
  it("names an article by outlet, else title, else file name", () => {
    expect(articleLabel({ outlet: "العربي الجديد", title: "x", source: "a.txt" })).toBe("العربي الجديد");
    expect(articleLabel({ outlet: null, title: "عنوان المقال", source: "a.txt" })).toBe("«عنوان المقال»");
    const text = "Getty Images\nسطر المتن الأول";
    expect(
      articleLabel({
        outlet: null,
        title: null,
        source: "a.txt",
        text,
        blocks: [{ start: 13, end: text.length, role: "body" }],
      }),
    ).toBe("«سطر المتن الأول»");
    expect(articleLabel({ outlet: null, title: null, source: "/x/seeds/000_a.txt" })).toBe("000_a.txt");
    expect(articleLabel(undefined)).toBe("مقال غير معروف");
  });
});
