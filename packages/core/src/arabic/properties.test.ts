// Property tests: normalisation keeps a faithful map to the original, and nothing in the engine throws on arbitrary
// Unicode (lone surrogates, controls, presentation forms, mixed scripts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  displayName,
  foldForMatch,
  nameKey,
  normalize,
  parseOrdinals,
  parseQuantities,
  parseTimes,
  segmentClitics,
  splitParagraphs,
  splitSentences,
  stem,
  tokenize,
  toOriginalSpan,
} from "./index.ts";

// Arabic-heavy strings: letters, marks, digits, punctuation, invisible controls, spaces and presentation forms.
const arabicChar = fc.oneof(
  fc.integer({ min: 0x0600, max: 0x06ff }),
  fc.integer({ min: 0xfb50, max: 0xfdff }),
  fc.integer({ min: 0xfe70, max: 0xfeff }),
  fc.constantFrom(0x20, 0x0a, 0x2e, 0x25, 0x2d, 0x22, 0xab, 0xbb, 0x200c, 0x200f, 0x202b, 0x2067, 0xa0, 0x2026),
  fc.integer({ min: 0x30, max: 0x39 }),
);
const arabicText = fc.array(arabicChar, { maxLength: 200 }).map((cs) => String.fromCharCode(...cs));
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  arabicText,
);
const RUNS = { numRuns: 400 };

describe("normalize: offsets are faithful", () => {
  it("monotonic, within bounds, ends at the input length, and each kept char comes from its source", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const n = normalize(s);
        expect(n.offsets.length).toBe(n.text.length + 1);
        expect(n.offsets[n.text.length]).toBe(s.length);
        for (let i = 0; i < n.text.length; i++) {
          const o = n.offsets[i]!;
          expect(o).toBeGreaterThanOrEqual(0);
          expect(o).toBeLessThan(s.length);
          if (i > 0) expect(o).toBeGreaterThanOrEqual(n.offsets[i - 1]!);
          // the normalised char is the source char folded (or part of its expansion)
          expect(foldForMatch(s[o]!)).toContain(n.text[i]!);
        }
      }),
      RUNS,
    );
  });

  it("covers the input: every dropped char lies between two kept ones (nothing is lost or reordered)", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const n = normalize(s);
        // re-folding each original gap reproduces the normalised text
        let rebuilt = "";
        let prev = -1;
        for (let i = 0; i < n.text.length; i++) {
          const o = n.offsets[i]!;
          if (o !== prev) rebuilt += foldForMatch(s.slice(prev < 0 ? 0 : prev + 1, o + 1));
          prev = o;
        }
        rebuilt += foldForMatch(s.slice(prev + 1));
        expect(rebuilt).toBe(n.text);
        expect(foldForMatch(s)).toBe(n.text);
      }),
      RUNS,
    );
  });

  it("toOriginalSpan maps any normalised span to an ordered span inside the input", () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (s, a, b) => {
        const n = normalize(s);
        const lo = Math.min(a, b) % (n.text.length + 1);
        const hi = Math.max(lo, Math.max(a, b) % (n.text.length + 1));
        const span = toOriginalSpan(n, lo, hi);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(s.length);
        expect(span.start).toBeLessThanOrEqual(span.end);
        if (hi > lo) expect(foldForMatch(s.slice(span.start, span.end))).toContain(n.text.slice(lo, hi));
      }),
      RUNS,
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = foldForMatch(s);
        expect(foldForMatch(once)).toBe(once);
      }),
      RUNS,
    );
  });
});

describe("nothing throws on arbitrary Unicode, and spans stay inside the text", () => {
  const inside = (s: string, spans: Array<{ start: number; end: number }>) => {
    for (const sp of spans) {
      expect(sp.start).toBeGreaterThanOrEqual(0);
      expect(sp.end).toBeLessThanOrEqual(s.length);
      expect(sp.start).toBeLessThanOrEqual(sp.end);
    }
  };
  it("tokenize, sentences, paragraphs", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const toks = tokenize(s);
        inside(s, toks);
        for (const t of toks) expect(s.slice(t.start, t.end)).toBe(t.text);
        const sents = splitSentences(s);
        inside(s, sents);
        for (let i = 1; i < sents.length; i++) expect(sents[i]!.start).toBeGreaterThanOrEqual(sents[i - 1]!.end);
        inside(s, splitParagraphs(s));
      }),
      RUNS,
    );
  });
  it("stems, clitics, names", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(typeof stem(s)).toBe("string");
        expect(typeof segmentClitics(s).base).toBe("string");
        expect(typeof nameKey(s)).toBe("string");
        expect(typeof displayName(s)).toBe("string");
      }),
      RUNS,
    );
  });
  it("figures, ordinals and dates", () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.string({ maxLength: 30 })), (s, pub) => {
        for (const q of parseQuantities(s)) {
          inside(s, [q]);
          expect(s.slice(q.start, q.end)).toBe(q.text);
          if (q.value !== undefined) expect(Number.isFinite(q.value)).toBe(true);
        }
        inside(s, parseOrdinals(s));
        for (const t of parseTimes(s, { publishedAt: pub })) {
          inside(s, [t]);
          expect(s.slice(t.start, t.end)).toBe(t.text);
        }
      }),
      RUNS,
    );
  });
});

// Random strings almost never put a figure's words in the orders that reach the engine's edge cases (a sign of percent
// closing the text after «من», a range's joiner with nothing after it); short runs of whole words from a small figure
// vocabulary, glued or spaced, do.
const FIGURE_WORDS = [
  "من",
  "إلى",
  "بين",
  "و",
  "نحو",
  "أكثر",
  "أقل",
  "ما",
  "لا",
  "يقل",
  "عن",
  "17",
  "7.7",
  "٢٠",
  "ألف",
  "آلاف",
  "مليار",
  "ثلاثة",
  "%",
  "في المائة",
  "بالمئة",
  "على أساس سنوي",
  "سنوياً",
  "بدلاً",
  "ارتفع",
  "،",
  ":",
  "-",
  "دولار",
  "قتيلاً",
  "كم²",
  "عام",
  "2024",
  "يونيو",
  "مساء",
  "للشهر",
  "الثالث",
  "ونصف",
  "بنسبة",
  "مقابل",
  "بـ",
  "أو",
  "حتى",
];
const figureSoup = fc
  .array(fc.tuple(fc.constantFrom(...FIGURE_WORDS), fc.constantFrom(" ", " ", "")), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(""));

describe("nothing throws on figure words in any order, cut off anywhere", () => {
  it("figures, ordinals and dates", () => {
    fc.assert(
      fc.property(figureSoup, (s) => {
        for (const q of parseQuantities(s)) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(s.length);
          expect(s.slice(q.start, q.end)).toBe(q.text);
          if (q.value !== undefined) expect(Number.isFinite(q.value)).toBe(true);
        }
        parseOrdinals(s);
        parseTimes(s, { publishedAt: "2024-06-01" });
      }),
      { numRuns: 5000 },
    );
  });
});
