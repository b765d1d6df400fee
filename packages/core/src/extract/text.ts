// Token-level view of a span of the original text, for matching only: every token keeps its [start, end) offsets
// into the untouched article text, and carries a folded form (`f`) used to look words up in the lexicons.

export type TokenKind = "word" | "number" | "latin" | "punct" | "quote";

export interface Tok {
  start: number;
  end: number;
  /** folded form: no diacritics or tatweel, alef/ya/ta marbuta/hamza seats unified */
  f: string;
  kind: TokenKind;
  /** for quotes: "open" | "close" | "?" from the surrounding characters */
  q?: "open" | "close" | "?";
  /** for words: written with a final ى (alif maqsura), which folding turns into ي («على» vs the name «علي») */
  maqsura?: boolean;
}

/** Per-code-unit fold table: -1 drops the unit (marks, tatweel, bidi and zero-width controls), else the target. */
const FOLD = new Int32Array(0x10000);
for (let c = 0; c < 0x10000; c++) FOLD[c] = c;
for (const [a, b] of [
  [0x0610, 0x061a],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06ed],
  [0x0640, 0x0640],
  [0x200c, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
  [0xfeff, 0xfeff],
] as const)
  for (let c = a; c <= b; c++) FOLD[c] = -1;
for (const ch of "أإآٱ") FOLD[ch.charCodeAt(0)] = "ا".charCodeAt(0);
FOLD["ى".charCodeAt(0)] = "ي".charCodeAt(0);
FOLD["ة".charCodeAt(0)] = "ه".charCodeAt(0);
FOLD["ؤ".charCodeAt(0)] = "و".charCodeAt(0);
FOLD["ئ".charCodeAt(0)] = "ي".charCodeAt(0);
for (let c = 0x41; c <= 0x5a; c++) FOLD[c] = c + 32;

/** Folds Arabic for matching (the same rules as the gold scorer's normalisation, minus quotes and spacing). */
export function fold(s: string): string {
  let changed = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (FOLD[c] !== c) {
      changed = i;
      break;
    }
  }
  if (changed < 0) return s;
  let out = s.slice(0, changed);
  for (let i = changed; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = FOLD[c] as number;
    if (f === c) out += s[i];
    else if (f >= 0) out += String.fromCharCode(f);
  }
  return out;
}

/** Folds and collapses whitespace and quote marks: the key used to compare whole lines or names. */
export function foldKey(s: string): string {
  const f = fold(s);
  let out = "";
  let space = false;
  for (let i = 0; i < f.length; i++) {
    const c = f.charCodeAt(i);
    if (DROP_IN_KEY[c] === 1) continue;
    if (CLASS[c] === S) {
      space = out.length > 0;
      continue;
    }
    if (space) out += " ";
    space = false;
    out += f[i];
  }
  return out;
}

/** Counts words (runs of letters or digits) without a regular expression. */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const k = CLASS[s.charCodeAt(i)];
    const w = k === A || k === D || k === L || LETTER_OTHER.test(s[i] as string) === true;
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** Removes the article ال (and a preceding و/ف/ب/ل/ك) from a folded word when enough letters remain. */
export function stripAl(f: string): string {
  const m = /^(?:[وف]?[بلك]?ال|[وف]?لل)(?=..)/u.exec(f);
  return m ? f.slice(m[0].length) : f;
}

/** Removes a leading conjunction و/ف from a folded word when enough letters remain. */
export function stripConj(f: string): string {
  return f.length > 3 && (f[0] === "و" || f[0] === "ف") ? f.slice(1) : f;
}

/** A consonant skeleton for fuzzy name matching: سورية/سوريا، الديموقراطية/الديمقراطية، باغوز/الباغوز/باغاز. */
const SKELETONS = new Map<string, string>();
export function skeleton(f: string): string {
  const hit = SKELETONS.get(f);
  if (hit !== undefined) return hit;
  const out = f
    .split(" ")
    .map((w) => {
      const b = stripAl(w);
      return b.length <= 2 ? b : b[0] + b.slice(1).replace(/[اويىهء]/gu, "");
    })
    .join(" ");
  if (SKELETONS.size > 100_000) SKELETONS.clear();
  SKELETONS.set(f, out);
  return out;
}

export const QUOTE_CHARS = '"“”«»„‟″';

const DROP_IN_KEY = new Uint8Array(0x10000);
for (const ch of "\"'«»“”„‟″()[]{}") DROP_IN_KEY[ch.charCodeAt(0)] = 1;
/** Letters outside the Arabic and Latin tables (Cyrillic, CJK …) still make words; checked only when needed. */
const LETTER_OTHER = {
  test: (ch: string) =>
    ch.charCodeAt(0) > 0x24f && !(ch.charCodeAt(0) >= 0x0600 && ch.charCodeAt(0) <= 0x06ff) && /[\p{L}\p{N}]/u.test(ch),
};

/** Character classes by code unit: a(rabic letter or mark), d(igit), l(atin), s(pace/control), p(unctuation). */
const CLASS = new Uint8Array(0x10000).fill(4);
const A = 0;
const D = 1;
const L = 2;
const S = 3;
const P = 4;
for (const [a, b, k] of [
  [0x0621, 0x063a, A],
  [0x0641, 0x064a, A],
  [0x066e, 0x06d3, A],
  [0x06d5, 0x06d5, A],
  [0x06fa, 0x06ff, A],
  [0x0610, 0x061a, A],
  [0x064b, 0x065f, A],
  [0x0670, 0x0670, A],
  [0x06d6, 0x06ed, A],
  [0x0640, 0x0640, A],
  [0x0030, 0x0039, D],
  [0x0660, 0x0669, D],
  [0x06f0, 0x06f9, D],
  [0x0041, 0x005a, L],
  [0x0061, 0x007a, L],
  [0x00c0, 0x024f, L],
  [0x0009, 0x000d, S],
  [0x0020, 0x0020, S],
  [0x0085, 0x0085, S],
  [0x00a0, 0x00a0, S],
  [0x1680, 0x1680, S],
  [0x2000, 0x200f, S],
  [0x2028, 0x202f, S],
  [0x205f, 0x205f, S],
  [0x2066, 0x2069, S],
  [0x3000, 0x3000, S],
  [0xfeff, 0xfeff, S],
] as const)
  for (let c = a; c <= b; c++) CLASS[c] = k;
CLASS[0xd7] = P;
CLASS[0xf7] = P;

function classAt(text: string, i: number): number {
  return CLASS[text.charCodeAt(i)] as number;
}

/** Tokenises text[from, to). Linear; never throws. */
export function tokenize(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  let i = from;
  while (i < to) {
    const c = classAt(text, i);
    if (c === S) {
      i++;
      continue;
    }
    if (c === P) {
      // surrogate pairs stay together
      const code = text.charCodeAt(i);
      const len = code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
      const s = text.slice(i, i + len);
      out.push({ start: i, end: i + len, f: s, kind: QUOTE_CHARS.includes(s) ? "quote" : "punct", q: undefined });
      i += len;
      continue;
    }
    let j = i + 1;
    if (c === D) {
      while (j < to) {
        const cj = classAt(text, j);
        if (cj === D) j++;
        else if (/[.,٫٬]/u.test(text[j] as string) && j + 1 < to && classAt(text, j + 1) === D) j += 2;
        else break;
      }
      if (j < to && /[%٪]/u.test(text[j] as string)) j++;
      out.push({ start: i, end: j, f: text.slice(i, j), kind: "number", q: undefined });
    } else if (c === L) {
      while (j < to && (classAt(text, j) === L || classAt(text, j) === D)) j++;
      out.push({ start: i, end: j, f: text.slice(i, j).toLowerCase(), kind: "latin", q: undefined });
    } else {
      while (j < to && classAt(text, j) === A) j++;
      const raw = text.slice(i, j);
      const word: Tok = { start: i, end: j, f: fold(raw), kind: "word", q: undefined };
      if (/ى[\u064B-\u0652\u0640]*$/u.test(raw)) word.maqsura = true;
      out.push(word);
    }
    i = j;
  }
  markQuotes(text, out);
  return out;
}

/** Guesses whether each quote mark opens or closes, from the characters around it. */
function markQuotes(text: string, toks: Tok[]): void {
  for (const t of toks) {
    if (t.kind !== "quote") continue;
    if (t.f === "«" || t.f === "„") {
      t.q = "open";
      continue;
    }
    if (t.f === "»") {
      t.q = "close";
      continue;
    }
    const before = t.start > 0 ? (text[t.start - 1] as string) : " ";
    const after = t.end < text.length ? (text[t.end] as string) : " ";
    const bWord = /[\p{L}\p{N}.!؟?،,)]/u.test(before);
    const aWord = /[\p{L}\p{N}(]/u.test(after);
    if (!bWord && aWord) t.q = "open";
    else if (bWord && !aWord) t.q = "close";
    else if (before === ":" || before === "،") t.q = "open";
    else if (!bWord && !aWord) t.q = before === " " && /\s/u.test(after) ? "?" : "close";
    else t.q = "?";
  }
}

/** Counts Arabic and Latin letters to tell the script of a text: "ar", "en" (Latin script) or "und". */
export function detectLanguage(text: string): string {
  let ar = 0;
  let la = 0;
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3)) ar++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) la++;
  }
  if (ar === 0 && la === 0) return "und";
  return ar >= la ? "ar" : "en";
}
