// Internal lexer for the figure and date parsers: runs over normalised text (see normalize.ts), so words are folded,
// digits are ASCII and punctuation is ASCII. Offsets are into the normalised text.
import {
  C_ARABIC,
  C_DIGIT,
  C_INVISIBLE,
  C_LATIN,
  C_MARK,
  C_NEWLINE,
  C_OTHER_LETTER,
  C_SPACE,
  CHAR_CLASS,
} from "./chars.ts";

export const K_WORD = 0;
export const K_NUM = 1;
export const K_PUNCT = 2;
export const K_LATIN = 3;

export type Tok = {
  s: number;
  e: number;
  /** folded text */
  t: string;
  k: number;
  /** no space between the previous token and this one */
  glued: boolean;
  /** a line break lies between the previous token and this one */
  brk: boolean;
  /** a number written after the article set apart («الـ19»), which the lexer then drops */
  def?: boolean;
  /** the word ends in tanween in the original text («ألفاً»), which folding drops */
  tanween?: boolean;
};

export function lex(text: string): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = 0;
  let glued = false;
  let brk = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = CHAR_CLASS[c]!;
    if (cls === C_SPACE || cls === C_INVISIBLE) {
      glued = false;
      i++;
      continue;
    }
    if (cls === C_NEWLINE) {
      glued = false;
      brk = true;
      i++;
      continue;
    }
    const s = i;
    let k: number;
    if (cls === C_ARABIC || cls === C_MARK) {
      k = K_WORD;
      i++;
      while (i < n) {
        const d = CHAR_CLASS[text.charCodeAt(i)]!;
        if (d === C_ARABIC || d === C_MARK) i++;
        else break;
      }
    } else if (
      cls === C_DIGIT ||
      (c === 0x2e && !glued && i + 1 < n && CHAR_CLASS[text.charCodeAt(i + 1)] === C_DIGIT)
    ) {
      // digits, or a leading-dot decimal such as .25 after a space
      k = K_NUM;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (CHAR_CLASS[d] === C_DIGIT) i++;
        else if ((d === 0x2e || d === 0x2c) && i + 1 < n && CHAR_CLASS[text.charCodeAt(i + 1)] === C_DIGIT) i += 2;
        else break;
      }
    } else if (cls === C_LATIN || cls === C_OTHER_LETTER) {
      k = K_LATIN;
      i++;
      while (i < n) {
        const d = CHAR_CLASS[text.charCodeAt(i)]!;
        if (d === C_LATIN || d === C_OTHER_LETTER || d === C_DIGIT) i++;
        else break;
      }
    } else {
      k = K_PUNCT;
      i++;
      if (c >= 0xd800 && c <= 0xdbff && i < n) i++;
    }
    out.push({ s, e: i, t: text.slice(s, i), k, glued, brk });
    glued = true;
    brk = false;
  }
  return out;
}

/**
 * The value of a digit token (ASCII digits with `.`/`,`): a comma followed by exactly three digits groups
 * thousands (3,400 · 1,234,567), any other comma is a decimal comma (4,8 · 0,08); a dot is a decimal point unless
 * the token has several dots followed by three-digit groups (1.234.567). Returns NaN for malformed tokens
 * (192.168.1.2).
 */
export function digitValue(t: string): number {
  const groups = t.split(/[.,]/);
  const seps = t.replace(/[0-9]/g, "");
  if (seps.length === 0) return Number(t);
  if (t.startsWith(".")) return seps.length === 1 ? Number(`0${t}`) : Number.NaN;
  const allThree = groups.slice(1).every((g) => g.length === 3);
  if (seps.length === 1) {
    if (seps === "," && allThree) return Number(groups.join(""));
    return Number(`${groups[0]}.${groups[1]}`);
  }
  // several separators: all but possibly the last are thousands separators of one kind
  const thousands = seps[0]!;
  const last = seps[seps.length - 1]!;
  if (allThree && [...seps].every((s) => s === thousands)) return Number(groups.join(""));
  // 26,013,94 (Arabic comma as thousands separator, folded to ","): the last short group is the decimal part
  if ([...seps].every((s) => s === thousands) && groups.slice(1, -1).every((g) => g.length === 3)) {
    const tail = groups[groups.length - 1]!;
    if (tail.length !== 3) return Number(`${groups.slice(0, -1).join("")}.${tail}`);
  }
  if (last !== thousands && [...seps.slice(0, -1)].every((s) => s === thousands)) {
    const head = groups.slice(0, -1);
    if (head.slice(1).every((g) => g.length === 3)) return Number(`${head.join("")}.${groups[groups.length - 1]}`);
  }
  return Number.NaN;
}
