// Visual order for terminals that do not implement the Unicode bidi algorithm themselves.
// Text stays in logical order everywhere else; this reorders one already-wrapped display line at a time
// (UAX #9 rule L2 applies per line), keeping each letter's combining marks after it and mirroring brackets.
import bidiFactory from "bidi-js";
import { type Cell, type Line, toCells, toRuns } from "#text/runs.ts";
import { shapeCells } from "#text/shape.ts";

const bidi = bidiFactory();

export type Direction = "ltr" | "rtl";

/** The base direction of a paragraph: that of its first strong character (rule P2), LTR when there is none. */
export function paragraphDirection(text: string): Direction {
  const levels = bidi.getEmbeddingLevels(text);
  const level = levels.paragraphs[0]?.level ?? 0;
  return level % 2 === 1 ? "rtl" : "ltr";
}

/**
 * Reorder one display line from logical to visual (left-to-right screen) order. With `shape`, Arabic letters are
 * first replaced by their joined presentation forms, for terminals that do not shape either.
 */
export function visualLine(line: Line, direction: Direction, options: { shape?: boolean } = {}): Line {
  const cells = options.shape ? shapeCells(toCells(line)) : toCells(line);
  if (cells.length === 0) return [];
  const text = cells.map((c) => c.text).join("");
  // Map each UTF-16 unit to its cell so flips computed on code units can be applied to whole cells.
  const cellOf: number[] = [];
  const cellStart: number[] = [];
  cells.forEach((cell, i) => {
    cellStart.push(cellOf.length);
    for (let k = 0; k < cell.text.length; k++) cellOf.push(i);
  });
  const levels = bidi.getEmbeddingLevels(text, direction);
  // (despite its README, this function wants the levels array itself, not the result object)
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels);
  const order: Cell[] = cells.map((cell, i) => {
    const unit = cellStart[i]!;
    const mirror = cell.text.length === 1 ? mirrored.get(unit) : undefined;
    return mirror ? { text: mirror, tone: cell.tone } : cell;
  });
  for (const [start, end] of bidi.getReorderSegments(text, levels)) {
    const from = cellOf[start]!;
    const to = cellOf[end]!;
    const reversed = order.slice(from, to + 1).reverse();
    order.splice(from, reversed.length, ...reversed);
  }
  return toRuns(order);
}
