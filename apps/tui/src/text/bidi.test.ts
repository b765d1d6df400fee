import { describe, expect, it } from "vitest";
import { paragraphDirection, visualLine } from "#text/bidi.ts";
import { lineText } from "#text/runs.ts";

const plain = (text: string) => [{ text, tone: "plain" as const }];
const visual = (text: string, dir: "ltr" | "rtl" = paragraphDirection(text)) => lineText(visualLine(plain(text), dir));

describe("paragraphDirection", () => {
  it("takes the direction of the first strong character", () => {
    expect(paragraphDirection("قال المتحدث")).toBe("rtl");
    expect(paragraphDirection("Getty Images")).toBe("ltr");
    expect(paragraphDirection("35 قتيلاً")).toBe("rtl");
    expect(paragraphDirection("(رويترز)")).toBe("rtl");
    expect(paragraphDirection("2024 - 10")).toBe("ltr");
  });
});

describe("visualLine", () => {
  it("reverses a purely Arabic line", () => {
    expect(visual("زلزال الشمال")).toBe("لامشلا لازلز");
  });

  it("keeps numbers left-to-right inside Arabic", () => {
    // logical: "بلغت 35 قتيلاً" → on screen, left to right: "قتيلاً" reversed, then 35, then "بلغت" reversed
    expect(visual("بلغت 35 قتيلاً")).toBe("اًليتق 35 تغلب");
    expect(visual("ارتفع إلى 1200")).toContain("1200");
  });

  it("keeps harakat after their letter", () => {
    const out = visual("قُتِلَ");
    // each mark still follows a base letter (no line starts with a combining mark)
    expect(out).not.toMatch(/^\p{M}/u);
    expect([...out].filter((c) => /\p{M}/u.test(c))).toHaveLength(3);
    expect(out.replace(/\p{M}/gu, "")).toBe("لتق");
  });

  it("mirrors brackets in right-to-left text", () => {
    expect(visual("(رويترز)")).toBe("(زرتيور)");
  });

  it("leaves left-to-right text alone and reorders embedded Arabic within it", () => {
    expect(visual("Getty Images", "ltr")).toBe("Getty Images");
    expect(visual("outlet: الشرق اليوم", "ltr")).toBe("outlet: مويلا قرشلا");
  });

  it("keeps every run's tone with its characters", () => {
    const runs = visualLine(
      [
        { text: "قال ", tone: "plain" },
        { text: "الحلبي", tone: "selected" },
      ],
      "rtl",
    );
    expect(runs).toEqual([
      { text: "يبلحلا", tone: "selected" },
      { text: " لاق", tone: "plain" },
    ]);
  });
});
