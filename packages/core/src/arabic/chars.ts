// Character classes for the tokenizer and sentence splitter: one Uint8Array lookup per UTF-16 code unit.

export const C_OTHER = 0; // symbols, emoji halves, anything unlisted
export const C_SPACE = 1;
export const C_NEWLINE = 2;
export const C_ARABIC = 3; // Arabic letters (incl. presentation forms)
export const C_MARK = 4; // harakat, tatweel, Quranic marks: glued to the letter before
export const C_DIGIT = 5; // ASCII, Arabic-Indic and Persian digits
export const C_LATIN = 6; // Latin letters
export const C_PUNCT = 7; // sentence and clause punctuation, quotes, brackets, dashes
export const C_INVISIBLE = 8; // joiners, direction marks, BOM: ignored inside words, skipped between tokens
export const C_OTHER_LETTER = 9; // letters of other scripts (Cyrillic, Greek, Hebrew, CJK …)

export const CHAR_CLASS: Uint8Array = buildClasses();

function mark(t: Uint8Array, from: number, to: number, cls: number): void {
  for (let c = from; c <= to; c++) t[c] = cls;
}

function buildClasses(): Uint8Array {
  const t = new Uint8Array(0x10000);
  // other scripts' letters first, overridden below
  mark(t, 0x0370, 0x05ff, C_OTHER_LETTER);
  mark(t, 0x0900, 0x1fff, C_OTHER_LETTER);
  mark(t, 0x3040, 0x9fff, C_OTHER_LETTER);
  mark(t, 0xac00, 0xd7a3, C_OTHER_LETTER);
  mark(t, 0x0591, 0x05c7, C_MARK);
  // Arabic
  mark(t, 0x0620, 0x064a, C_ARABIC);
  mark(t, 0x066e, 0x06d3, C_ARABIC);
  t[0x06d5] = C_ARABIC;
  mark(t, 0x06ee, 0x06ef, C_ARABIC);
  mark(t, 0x06fa, 0x06ff, C_ARABIC);
  mark(t, 0x0750, 0x077f, C_ARABIC);
  mark(t, 0x08a0, 0x08c9, C_ARABIC);
  mark(t, 0xfb50, 0xfdff, C_ARABIC);
  mark(t, 0xfe70, 0xfefc, C_ARABIC);
  mark(t, 0x0610, 0x061a, C_MARK);
  mark(t, 0x064b, 0x065f, C_MARK);
  t[0x0670] = C_MARK;
  t[0x0640] = C_MARK;
  mark(t, 0x06d6, 0x06ed, C_MARK);
  mark(t, 0x08ca, 0x08ff, C_MARK);
  mark(t, 0x0300, 0x036f, C_MARK);
  // digits
  mark(t, 0x30, 0x39, C_DIGIT);
  mark(t, 0x0660, 0x0669, C_DIGIT);
  mark(t, 0x06f0, 0x06f9, C_DIGIT);
  // Latin
  mark(t, 0x41, 0x5a, C_LATIN);
  mark(t, 0x61, 0x7a, C_LATIN);
  mark(t, 0xc0, 0x24f, C_LATIN);
  t[0xd7] = C_OTHER;
  t[0xf7] = C_OTHER;
  mark(t, 0x1e00, 0x1eff, C_LATIN);
  // spaces
  for (const c of [0x09, 0x0b, 0x0c, 0x20, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) t[c] = C_SPACE;
  mark(t, 0x2000, 0x200a, C_SPACE);
  for (const c of [0x0a, 0x0d, 0x85, 0x2028, 0x2029]) t[c] = C_NEWLINE;
  // invisible
  for (const c of [0x00ad, 0x061c, 0x180e, 0xfeff]) t[c] = C_INVISIBLE;
  mark(t, 0x200b, 0x200f, C_INVISIBLE);
  mark(t, 0x202a, 0x202e, C_INVISIBLE);
  mark(t, 0x2060, 0x2064, C_INVISIBLE);
  mark(t, 0x2066, 0x2069, C_INVISIBLE);
  mark(t, 0x0000, 0x0008, C_INVISIBLE);
  mark(t, 0x000e, 0x001f, C_INVISIBLE);
  // punctuation
  for (const ch of ".,;:!?()[]{}\"'-،؛؟۔«»“”„‟‘’‚‛‹›…–—‒―‐‑″′﴾﴿「」『』〈〉《》") t[ch.charCodeAt(0)] = C_PUNCT;
  return t;
}

export function isArabicLetterCode(c: number): boolean {
  return CHAR_CLASS[c] === C_ARABIC;
}
