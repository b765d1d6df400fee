// Styled text for the terminal: a line is a list of runs, each a piece of text with one tone.
// Wrapping works on grapheme-ish clusters (a base character plus its combining marks, e.g. Arabic harakat)
// so a mark never lands on a different line or column from its letter.

/** Display roles; the theme (ui/theme.ts) maps them to colours. Plain-text output ignores them. */
export type Tone =
  | "plain"
  | "title"
  | "dim"
  | "claim"
  | "claim2"
  | "selected"
  | "figure"
  | "quote"
  | "cursor"
  | "key"
  | "conflicts"
  | "corroborates"
  | "compatible"
  | "single-source"
  | "error";

export interface Run {
  text: string;
  tone: Tone;
}

export type Line = Run[];

const MARK = /\p{M}/u;
const SPACE = /\s/u;

/** One displayed cell: a base code point plus any combining marks that follow it. */
export interface Cell {
  text: string;
  tone: Tone;
}

/** Split runs into cells (base + marks; surrogate pairs stay whole). Newlines are kept as their own cells. */
export function toCells(runs: readonly Run[]): Cell[] {
  const cells: Cell[] = [];
  for (const run of runs) {
    for (const ch of run.text) {
      const last = cells[cells.length - 1];
      if (last && MARK.test(ch) && last.text !== "\n") last.text += ch;
      else cells.push({ text: ch, tone: run.tone });
    }
  }
  return cells;
}

/** Merge adjacent cells of the same tone back into runs. */
export function toRuns(cells: readonly Cell[]): Line {
  const runs: Line = [];
  for (const cell of cells) {
    const last = runs[runs.length - 1];
    if (last && last.tone === cell.tone) last.text += cell.text;
    else runs.push({ text: cell.text, tone: cell.tone });
  }
  return runs;
}

/** Display width in terminal columns, counting combining marks as zero. (Wide CJK cells are not special-cased.) */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) if (!MARK.test(ch) && ch !== "\n") width += 1;
  return width;
}

export function lineText(line: Line): string {
  return line.map((r) => r.text).join("");
}

/**
 * Greedy word wrap to `width` columns. Hard line breaks (\n) end a line; words longer than the width are split.
 * Spaces at a wrap point are dropped; leading spaces of a paragraph are kept.
 */
export function wrapRuns(runs: readonly Run[], width: number): Line[] {
  const max = Math.max(1, width);
  const lines: Cell[][] = [];
  let line: Cell[] = [];
  let word: Cell[] = [];
  const flushWord = () => {
    if (word.length === 0) return;
    if (line.length + word.length > max && line.length > 0) {
      while (line.length > 0 && SPACE.test(line[line.length - 1]!.text)) line.pop();
      lines.push(line);
      line = [];
    }
    while (word.length > max) {
      lines.push(word.slice(0, max));
      word = word.slice(max);
    }
    line.push(...word);
    word = [];
  };
  for (const cell of toCells(runs)) {
    if (cell.text === "\n") {
      flushWord();
      lines.push(line);
      line = [];
    } else if (SPACE.test(cell.text)) {
      flushWord();
      if (line.length < max) line.push({ text: " ", tone: cell.tone });
      else {
        lines.push(line);
        line = [];
      }
    } else {
      word.push(cell);
    }
  }
  flushWord();
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines.map(toRuns);
}

/** Cut a single-line string to at most `width` columns, with an ellipsis when cut. */
export function truncate(text: string, width: number): string {
  const flat = text.replace(/\s+/gu, " ").trim();
  if (displayWidth(flat) <= width) return flat;
  let out = "";
  let used = 0;
  for (const cell of toCells([{ text: flat, tone: "plain" }])) {
    if (used + 1 > width - 1) break;
    out += cell.text;
    used += 1;
  }
  return `${out}…`;
}
