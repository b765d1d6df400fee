// Keyboard helpers shared by the screens.
import type { Key } from "ink";
import { useRef } from "react";
import { follow, type Row } from "#ui/components.tsx";

/** Cursor movement for a key: ±1 for arrows/j/k, ±page for PgUp/PgDn, to the ends for Home/End/g/G. */
export function movement(input: string, key: Key, page: number): number | "first" | "last" | null {
  if (key.upArrow || input === "k") return -1;
  if (key.downArrow || input === "j") return 1;
  if (key.pageUp) return -Math.max(1, page);
  if (key.pageDown || input === " ") return Math.max(1, page);
  if (key.home || input === "g") return "first";
  if (key.end || input === "G") return "last";
  return null;
}

export function moveCursor(cursor: number, move: number | "first" | "last", count: number): number {
  if (count <= 0) return 0;
  if (move === "first") return 0;
  if (move === "last") return count - 1;
  return Math.min(Math.max(0, cursor + move), count - 1);
}

/** Scroll offset that keeps the rows of item `cursor` in view, moving as little as possible between renders. */
export function useFollow(rows: readonly Row[], cursor: number, height: number): number {
  const offset = useRef(0);
  let from = -1;
  let to = -1;
  rows.forEach((row, i) => {
    if (row.item === cursor) {
      if (from === -1) from = i;
      to = i;
    }
  });
  // On the first item, also show whatever heads the list (section titles, notes) while the item's first row fits.
  if (cursor === 0 && from > 0 && from < height) from = 0;
  if (from === 0 && to >= height) to = height - 1;
  offset.current = follow(offset.current, from === -1 ? null : { from, to }, height, rows.length);
  return offset.current;
}
