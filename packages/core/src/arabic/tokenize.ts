// Tokenizer: one pass of char-class lookups over the original text. Spans are [start, end) into the input.
import {
  C_ARABIC,
  C_DIGIT,
  C_INVISIBLE,
  C_LATIN,
  C_MARK,
  C_NEWLINE,
  C_OTHER_LETTER,
  C_PUNCT,
  C_SPACE,
  CHAR_CLASS,
} from "./chars.ts";
import { defaultFoldTable, foldForMatch } from "./normalize.ts";

export type TokenKind = "word" | "number" | "latin" | "punct" | "symbol";

export type Token = {
  start: number;
  end: number;
  /** exactly the original text of the span */
  text: string;
  kind: TokenKind;
  /** the folded form (foldForMatch) used for matching */
  norm: string;
};

const isDecimalSeparator = (c: number) => c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c || c === 0x060c;
const isPercent = (c: number) => c === 0x25 || c === 0x066a;

/**
 * Split text into tokens:
 * - word: a run of Arabic letters with their diacritics/tatweel; joiners and direction marks inside a word are kept
 *   in its span and dropped from `norm`;
 * - number: digits (ASCII, ٠-٩, ۰-۹) with inner separators followed by a digit (`7.7`, `3,400`, `١٢٫٥`), and a
 *   percent sign written right after (`99.5%`, `٪`);
 * - latin: a run of Latin letters and digits starting with a letter, with inner `'`, `-`, `.` before a letter
 *   (`AFP`, `Getty`, `U.S`, `F-16`);
 * - punct: punctuation, quotes, brackets, dashes (a run of the same mark such as `...` or `!!` is one token);
 * - symbol: anything else that is not space or invisible (%, $, emoji — surrogate pairs kept whole).
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const fold = defaultFoldTable().map;
  const tokens: Token[] = [];
  const n = Math.min(text.length, Math.max(0, to));
  let i = Math.max(0, from);
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = CHAR_CLASS[c]!;
    if (cls === C_SPACE || cls === C_NEWLINE || cls === C_INVISIBLE) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (cls === C_ARABIC || cls === C_MARK) {
      kind = "word";
      i = scanWord(text, i, n);
    } else if (cls === C_DIGIT) {
      kind = "number";
      i = scanNumber(text, i, n);
    } else if (cls === C_LATIN || cls === C_OTHER_LETTER) {
      kind = "latin";
      i = scanLatin(text, i, n);
    } else if (cls === C_PUNCT) {
      kind = "punct";
      i++;
      while (i < n && text.charCodeAt(i) === c) i++;
    } else {
      kind = "symbol";
      i++;
      if (c >= 0xd800 && c <= 0xdbff && i < n) {
        const d = text.charCodeAt(i);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
    const t = text.slice(start, i);
    // most tokens are already folded: check with the table before building a new string
    let norm = t;
    for (let k = start; k < i; k++) {
      const c2 = text.charCodeAt(k);
      if (fold[c2] !== c2) {
        norm = foldForMatch(t);
        break;
      }
    }
    tokens.push({ start, end: i, text: t, kind, norm });
  }
  return tokens;
}

function scanWord(text: string, i: number, n: number): number {
  let end = i + 1;
  i++;
  while (i < n) {
    const cls = CHAR_CLASS[text.charCodeAt(i)]!;
    if (cls === C_ARABIC || cls === C_MARK) {
      i++;
      end = i;
    } else if (cls === C_INVISIBLE) {
      i++; // keep only if a letter follows
    } else break;
  }
  return end;
}

function scanNumber(text: string, i: number, n: number): number {
  i++;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = CHAR_CLASS[c]!;
    if (cls === C_DIGIT) i++;
    else if (isDecimalSeparator(c) && i + 1 < n && CHAR_CLASS[text.charCodeAt(i + 1)] === C_DIGIT) i += 2;
    else break;
  }
  if (i < n && isPercent(text.charCodeAt(i))) i++;
  return i;
}

function scanLatin(text: string, i: number, n: number): number {
  i++;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = CHAR_CLASS[c]!;
    if (cls === C_LATIN || cls === C_DIGIT || cls === C_OTHER_LETTER || cls === C_MARK) i++;
    else if (
      (c === 0x27 || c === 0x2d || c === 0x2e || c === 0x2019) &&
      i + 1 < n &&
      (CHAR_CLASS[text.charCodeAt(i + 1)] === C_LATIN || CHAR_CLASS[text.charCodeAt(i + 1)] === C_DIGIT)
    )
      i += 2;
    else break;
  }
  return i;
}
