import { describe, expect, it } from "vitest";
import { speakerGender, verbGender } from "./gender.ts";
import { fold } from "./text.ts";

describe("gender: reporting verbs", () => {
  const g = (w: string, lemma: string, participle = false) => verbGender(fold(w), lemma, participle);
  it("reads past, present and participle forms, with and without و", () => {
    expect(g("وأضافت", "أضاف")).toBe("f");
    expect(g("وأضاف", "أضاف")).toBe("m");
    expect(g("لفتت", "لفت")).toBe("f");
    expect(g("لفت", "لفت")).toBe("m");
    expect(g("وصفت", "وصف")).toBe("f");
    expect(g("مشيرة", "أشار", true)).toBe("f");
    expect(g("مشيراً", "أشار", true)).toBe("m");
  });
  it("gives no gender to plurals, duals and the present tense", () => {
    expect(g("تتوقع", "توقع")).toBeNull();
    expect(g("وأضافوا", "أضاف")).toBeNull();
    expect(g("يقولون", "قال")).toBeNull();
    expect(g("مشيرين", "أشار", true)).toBeNull();
  });
});

describe("gender: speakers", () => {
  it("reads bodies and media by their head noun, people by a title, and leaves bare names and places open", () => {
    expect(speakerGender("الوزارة", null, "organization")).toBe("f");
    expect(speakerGender("وزارة الصحة", null, "organization")).toBe("f");
    expect(speakerGender("الجيش", null, "organization")).toBe("m");
    expect(speakerGender("صحيفة القبس", null, "outlet")).toBe("f");
    expect(speakerGender("مصدر حكومي", null, "unknown")).toBe("m");
    expect(speakerGender("أحمد", null, "unknown")).toBeNull();
    expect(speakerGender("مصادر أمنية", null, "group")).toBe("f");
    expect(speakerGender("خالد عمر", "المتحدث باسم الوزارة", "person")).toBe("m");
    expect(speakerGender("هدى سالم", "الوزيرة", "person")).toBe("f");
    expect(speakerGender("خالد عمر", null, "person")).toBeNull();
    expect(speakerGender("حماس", null, "organization")).toBeNull();
    expect(speakerGender("مصر", null, "place")).toBeNull();
  });
});
