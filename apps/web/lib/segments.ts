// Pure helpers that cut an article's original text into pieces for display: regions (blocks and the gaps between
// them) and, inside a region, segments covered by zero or more marked spans (claims, search matches). Spans are
// [start, end) UTF-16 offsets into the untouched text, like everywhere in isnad.
import type { Block, BlockRole } from "@isnad/core/schema";

export interface MarkSpan {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** ids of the spans covering this segment, innermost (shortest) first */
  marks: string[];
  /** ids of spans whose real end is this segment's end (where a footnote marker belongs), in mark order */
  ends: string[];
}

export interface Region {
  start: number;
  end: number;
  /** the block's role, or null for text no block covers */
  role: BlockRole | null;
}

function validSpan(s: { start: number; end: number }, length: number): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= length && s.start < s.end;
}

/**
 * Cover `[0, text.length)` with regions: the blocks in text order, and the uncovered gaps between them (role null).
 * Invalid blocks (out of range, empty) are dropped; overlapping blocks are clipped so regions never overlap.
 */
export function regionsOf(textLength: number, blocks: readonly Block[]): Region[] {
  const sorted = blocks
    .filter((b) => validSpan(b, textLength))
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Region[] = [];
  let pos = 0;
  for (const b of sorted) {
    const start = Math.max(b.start, pos);
    if (start >= b.end) continue;
    if (start > pos) out.push({ start: pos, end: start, role: null });
    out.push({ start, end: b.end, role: b.role });
    pos = b.end;
  }
  if (pos < textLength) out.push({ start: pos, end: textLength, role: null });
  return out;
}

/**
 * Split `text.slice(from, to)` into consecutive segments at every boundary of the given spans, each segment listing
 * the spans that cover it. Overlapping and nested spans are fine; spans outside the range are clipped or ignored.
 * Concatenating the segments' text gives back exactly `text.slice(from, to)`.
 */
export function segmentText(text: string, from: number, to: number, spans: readonly MarkSpan[]): Segment[] {
  const lo = Math.max(0, Math.min(from, text.length));
  const hi = Math.max(lo, Math.min(to, text.length));
  if (lo === hi) return [];
  const inRange = spans.filter((s) => validSpan(s, text.length) && s.end > lo && s.start < hi);
  const cuts = new Set<number>([lo, hi]);
  for (const s of inRange) {
    cuts.add(Math.max(s.start, lo));
    cuts.add(Math.min(s.end, hi));
  }
  const points = [...cuts].sort((a, b) => a - b);
  // innermost first: shorter spans win; ties broken by later start, then id, so the order is stable
  const ordered = inRange
    .slice()
    .sort(
      (a, b) => a.end - a.start - (b.end - b.start) || b.start - a.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const covering = ordered.filter((s) => s.start <= a && s.end >= b);
    out.push({
      start: a,
      end: b,
      text: text.slice(a, b),
      marks: covering.map((s) => s.id),
      ends: covering.filter((s) => s.end === b).map((s) => s.id),
    });
  }
  return out;
}

/** Merge overlapping or touching spans (used for search-term matches, which carry no identity). */
export function mergeSpans<T extends { start: number; end: number }>(
  spans: readonly T[],
): { start: number; end: number }[] {
  const sorted = spans
    .filter((s) => s.start < s.end)
    .map((s) => ({ start: s.start, end: s.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push(s);
  }
  return out;
}
