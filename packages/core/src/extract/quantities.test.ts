// What a figure counts when no noun follows it: bindSubjects over real sentences.
import { describe, expect, it } from "vitest";
import { parseQuantities } from "#arabic/index.ts";
import { bindSubjects } from "./quantities.ts";

const bound = (text: string) => bindSubjects(text, parseQuantities(text), 0, text.length);

describe("bindSubjects", () => {
  it("gives a bare number the counted noun nearest before it in the clause, not the first one", () => {
    const qs = bound("خلّف الاعتداء ثلاثة قتلى في صفوف الأمنيين، فيما بلغ عدد الجرحى أربعة.");
    expect(qs.find((q) => q.text === "أربعة")?.subject).toBe("جرحي");
    expect(qs.find((q) => q.text === "ثلاثة قتلى")?.subject).toBe("قتلي");
  });

  it("falls back to the first counted noun of the clause when none stands before the figure", () => {
    const qs = bound("وبلغ العدد 12، جميعهم من المدنيين.");
    expect(qs.find((q) => q.text === "12")?.subject).toBe("مدني");
  });

  it("does not take a noun joined by و after the figure as its noun («بلغ عدد القتلى 32 والجرحى 165»)", () => {
    const qs = bound("وقالت الوزارة إن عدد القتلى بلغ 32 والجرحى 165.");
    expect(qs.find((q) => q.text === "32")?.subject).toBe("قتلي");
    expect(qs.find((q) => q.text === "165")?.subject).toBe("جرحي");
  });

  it("reads «المتوفين» before a bare number as the dead it counts, not the wounded named after it", () => {
    const qs = bound("وأوردت الوكالة أن عدد العمال المتوفين ارتفع إلى 51 وعدد الجرحى ارتفع إلى 20.");
    expect(qs.find((q) => q.text === "51")?.subject).toBe("متوف");
    expect(qs.find((q) => q.text === "20")?.subject).toBe("جرحي");
  });

  it("reads bodies and deaths named before a bare number as the dead it counts", () => {
    const qs = bound("وقالت فرق الإنقاذ إن عدد الجثث المنتشلة بلغ 30، فيما ارتفع عدد المصابين إلى 16.");
    expect(qs.find((q) => q.text === "30")?.subject).toBe("جثث");
  });

  it("borrows no noun of another figure for a bare count right after a verb of wounding", () => {
    const qs = bound(
      "قتل 3478 فلسطينيا وأصيب أكثر من 12 ألفا في القطاع منذ بدء الحرب، إثر الهجوم الذي أوقع أكثر من 1400 قتيل.",
    );
    const wounded = qs.find((q) => q.text === "أكثر من 12 ألفا");
    expect(wounded?.unit).toBe("person");
    expect(wounded?.subject).toBeUndefined();
  });
});
