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
}

const DIACRITICS =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\u200d/gu;

/** Folds Arabic for matching (the same rules as the gold scorer's normalisation, minus quotes and spacing). */
export function fold(s: string): string {
  return s
    .replace(DIACRITICS, "")
    .replace(/[أإآٱ]/gu, "ا")
    .replace(/ى/gu, "ي")
    .replace(/ة/gu, "ه")
    .replace(/ؤ/gu, "و")
    .replace(/ئ/gu, "ي")
    .toLowerCase();
}

/** Folds and collapses whitespace and quote marks: the key used to compare whole lines or names. */
export function foldKey(s: string): string {
  return fold(s)
    .replace(/["'«»“”„‟″()[\]{}]/gu, "")
    .replace(/[\s\u00a0]+/gu, " ")
    .trim();
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
export function skeleton(f: string): string {
  return f
    .split(" ")
    .map((w) => {
      const b = stripAl(w);
      return b.length <= 2 ? b : b[0] + b.slice(1).replace(/[اويىهء]/gu, "");
    })
    .join(" ");
}

export const QUOTE_CHARS = '"“”«»„‟″';
const ARABIC_WORD =
  /[\u0621-\u063A\u0641-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/u;
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/u;
const LATIN = /[A-Za-z\u00C0-\u024F]/u;

function classOf(ch: string): "a" | "d" | "l" | "s" | "p" {
  if (ARABIC_WORD.test(ch)) return "a";
  if (DIGIT.test(ch)) return "d";
  if (LATIN.test(ch)) return "l";
  if (/\s/u.test(ch) || /[\u200c-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u.test(ch)) return "s";
  return "p";
}

/** Tokenises text[from, to). Linear; never throws. */
export function tokenize(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i] as string;
    const c = classOf(ch);
    if (c === "s") {
      i++;
      continue;
    }
    if (c === "p") {
      // surrogate pairs stay together
      const code = text.charCodeAt(i);
      const len = code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
      const s = text.slice(i, i + len);
      out.push({ start: i, end: i + len, f: s, kind: QUOTE_CHARS.includes(s) ? "quote" : "punct" });
      i += len;
      continue;
    }
    let j = i + 1;
    if (c === "d") {
      while (j < to) {
        const cj = classOf(text[j] as string);
        if (cj === "d") j++;
        else if (/[.,٫٬]/u.test(text[j] as string) && j + 1 < to && classOf(text[j + 1] as string) === "d") j += 2;
        else break;
      }
      if (j < to && /[%٪]/u.test(text[j] as string)) j++;
      out.push({ start: i, end: j, f: text.slice(i, j), kind: "number" });
    } else if (c === "l") {
      while (j < to && (classOf(text[j] as string) === "l" || classOf(text[j] as string) === "d")) j++;
      out.push({ start: i, end: j, f: text.slice(i, j).toLowerCase(), kind: "latin" });
    } else {
      while (j < to && classOf(text[j] as string) === "a") j++;
      out.push({ start: i, end: j, f: fold(text.slice(i, j)), kind: "word" });
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
