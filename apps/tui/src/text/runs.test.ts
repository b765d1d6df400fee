import { describe, expect, it } from "vitest";
import { displayWidth, lineText, toCells, truncate, wrapRuns } from "#text/runs.ts";

const paragraph =
  "قال المتحدث باسم الدفاع المدني إن حصيلة ضحايا الزلزال بلغت 35 قتيلاً وأكثر من 120 جريحاً، مشيراً إلى أن فرق الإنقاذ ما زالت تبحث عن مفقودين.";

describe("wrapRuns", () => {
  it("never exceeds the width and loses no words", () => {
    for (const width of [8, 13, 20, 40, 200]) {
      const lines = wrapRuns([{ text: paragraph, tone: "plain" }], width);
      for (const line of lines) expect(displayWidth(lineText(line))).toBeLessThanOrEqual(width);
      const words = lines.map(lineText).join(" ").split(/\s+/u).filter(Boolean).join(" ");
      expect(words).toBe(paragraph.split(/\s+/u).join(" "));
    }
  });

  it("breaks at hard line breaks and splits words longer than the width", () => {
    const lines = wrapRuns([{ text: "أ ب\nجدهوزحطي", tone: "plain" }], 4).map(lineText);
    expect(lines).toEqual(["أ ب", "جدهو", "زحطي"]);
  });

  it("keeps tones across a wrap", () => {
    const lines = wrapRuns(
      [
        { text: "قال ", tone: "plain" },
        { text: "سامر الحلبي", tone: "selected" },
      ],
      8,
    );
    expect(lines.map(lineText)).toEqual(["قال سامر", "الحلبي"]);
    expect(lines[0]).toEqual([
      { text: "قال ", tone: "plain" },
      { text: "سامر", tone: "selected" },
    ]);
    expect(lines[1]).toEqual([{ text: "الحلبي", tone: "selected" }]);
  });

  it("counts combining marks as zero width", () => {
    expect(displayWidth("قُتِلَ")).toBe(3);
    expect(toCells([{ text: "قُتِلَ", tone: "plain" }]).map((c) => c.text)).toEqual(["قُ", "تِ", "لَ"]);
    const lines = wrapRuns([{ text: "قُتِلَ قُتِلَ", tone: "plain" }], 3).map(lineText);
    expect(lines).toEqual(["قُتِلَ", "قُتِلَ"]);
  });
});

describe("truncate", () => {
  it("cuts with an ellipsis and flattens whitespace", () => {
    expect(truncate("وزارة الصحة:\n42 قتيلاً", 100)).toBe("وزارة الصحة: 42 قتيلاً");
    const cut = truncate(paragraph, 20);
    expect(displayWidth(cut)).toBe(20);
    expect(cut.endsWith("…")).toBe(true);
  });
});
