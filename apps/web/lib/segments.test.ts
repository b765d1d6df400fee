import { describe, expect, it } from "vitest";
import { mergeSpans, regionsOf, segmentText } from "./segments.ts";

const join = (segs: { text: string }[]) => segs.map((s) => s.text).join("");

describe("segmentText", () => {
  const text = "قال المتحدث إن القوات تقدمت. وأضاف أن المعركة مستمرة.";

  it("gives back the exact text with no spans", () => {
    const segs = segmentText(text, 0, text.length, []);
    expect(segs).toHaveLength(1);
    expect(segs[0]).toMatchObject({ start: 0, end: text.length, marks: [], ends: [] });
  });

  it("splits at span boundaries and marks covered segments", () => {
    const first = text.indexOf(".") + 1;
    const segs = segmentText(text, 0, text.length, [{ id: "a", start: 0, end: first }]);
    expect(join(segs)).toBe(text);
    expect(segs[0]).toMatchObject({ text: text.slice(0, first), marks: ["a"], ends: ["a"] });
    expect(segs[1]!.marks).toEqual([]);
  });

  it("handles overlapping claims: innermost first, ends only where a claim really ends", () => {
    // outer: the whole first sentence; inner: the reported clause; other: overlaps both sentences
    const s1End = text.indexOf(".") + 1;
    const innerStart = text.indexOf("القوات");
    const otherStart = text.indexOf("تقدمت");
    const otherEnd = text.indexOf("أن المعركة");
    const spans = [
      { id: "outer", start: 0, end: s1End },
      { id: "inner", start: innerStart, end: s1End - 1 },
      { id: "other", start: otherStart, end: otherEnd },
    ];
    const segs = segmentText(text, 0, text.length, spans);
    expect(join(segs)).toBe(text);
    const at = (pos: number) => segs.find((s) => s.start <= pos && pos < s.end)!;
    expect(at(0).marks).toEqual(["outer"]);
    expect(at(innerStart).marks).toEqual(["inner", "outer"]);
    expect(at(otherStart).marks).toEqual(["inner", "other", "outer"]);
    expect(at(s1End - 1).marks).toEqual(["other", "outer"]);
    expect(at(s1End - 1).ends).toEqual(["outer"]);
    expect(at(s1End).marks).toEqual(["other"]);
    // every span ends exactly once
    const ends = segs.flatMap((s) => s.ends).sort();
    expect(ends).toEqual(["inner", "other", "outer"]);
  });

  it("clips spans to the requested range and keeps a cut span's end for the segment where it really ends", () => {
    const segs = segmentText(text, 4, 20, [{ id: "x", start: 0, end: 30 }]);
    expect(join(segs)).toBe(text.slice(4, 20));
    expect(segs).toHaveLength(1);
    expect(segs[0]!.marks).toEqual(["x"]);
    expect(segs[0]!.ends).toEqual([]);
  });

  it("ignores empty, reversed and out-of-range spans", () => {
    const segs = segmentText(text, 0, text.length, [
      { id: "empty", start: 5, end: 5 },
      { id: "reversed", start: 9, end: 3 },
      { id: "outside", start: text.length, end: text.length + 4 },
      { id: "negative", start: -2, end: 3 },
    ]);
    expect(segs).toHaveLength(1);
    expect(segs[0]!.marks).toEqual([]);
  });

  it("keeps surrogate pairs whole when spans are on code-point boundaries", () => {
    const t = "أ😀ب";
    const segs = segmentText(t, 0, t.length, [{ id: "e", start: 1, end: 3 }]);
    expect(segs.map((s) => s.text)).toEqual(["أ", "😀", "ب"]);
  });
});

describe("regionsOf", () => {
  it("covers the whole text with blocks and gaps, in order", () => {
    const regions = regionsOf(20, [
      { start: 12, end: 18, role: "caption" },
      { start: 0, end: 5, role: "title" },
    ]);
    expect(regions).toEqual([
      { start: 0, end: 5, role: "title" },
      { start: 5, end: 12, role: null },
      { start: 12, end: 18, role: "caption" },
      { start: 18, end: 20, role: null },
    ]);
  });

  it("clips overlapping blocks and drops invalid ones", () => {
    const regions = regionsOf(10, [
      { start: 0, end: 6, role: "body" },
      { start: 4, end: 8, role: "credit" },
      { start: 3, end: 5, role: "tags" },
      { start: 9, end: 30, role: "related" },
    ]);
    expect(regions).toEqual([
      { start: 0, end: 6, role: "body" },
      { start: 6, end: 8, role: "credit" },
      { start: 8, end: 10, role: null },
    ]);
  });

  it("gives one gap region when there are no blocks, and none for empty text", () => {
    expect(regionsOf(7, [])).toEqual([{ start: 0, end: 7, role: null }]);
    expect(regionsOf(0, [])).toEqual([]);
  });
});

describe("mergeSpans", () => {
  it("merges overlapping and touching spans", () => {
    expect(
      mergeSpans([
        { start: 5, end: 8 },
        { start: 0, end: 2 },
        { start: 2, end: 3 },
        { start: 7, end: 10 },
        { start: 4, end: 4 },
      ]),
    ).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 10 },
    ]);
  });
});
