// Text features for matching claims: folded tokens, a light stemmer for lexicon lookups, character n-grams.
// Everything here is for matching only; nothing normalised is ever shown to a user (surface forms are kept).
import { STOPWORDS } from "./lexicon.ts";

export interface Token {
  /** the word as written in the claim */
  surface: string;
  /** folded for matching (no diacritics/tatweel, unified alef/ya/ta marbuta, hamza seats) */
  folded: string;
  /** offset of the word in the claim text */
  start: number;
}

const WORD_RE = /[\p{L}\p{N}\u064B-\u065F\u0670\u0640]+/gu;

/** Fold a word or phrase for matching. */
export function fold(text: string): string {
  return text
    .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u0640\u06D6-\u06ED]/gu, "")
    .replace(/[أإآٱ]/gu, "ا")
    .replace(/ى/gu, "ي")
    .replace(/ة/gu, "ه")
    .replace(/ؤ/gu, "و")
    .replace(/ئ/gu, "ي")
    .replace(/ء/gu, "")
    .replace(/[٠-٩]/gu, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[۰-۹]/gu, (d) => String(d.charCodeAt(0) - 0x06f0))
    .toLowerCase();
}

// Folding is a chain of replacements; words repeat a lot across a story, so folded forms are remembered
// (bounded: the memo is dropped when it grows past FOLD_MEMO_LIMIT words).
const FOLD_MEMO_LIMIT = 200_000;
const foldMemo = new Map<string, string>();
function foldWord(w: string): string {
  let f = foldMemo.get(w);
  if (f === undefined) {
    f = fold(w);
    if (foldMemo.size >= FOLD_MEMO_LIMIT) foldMemo.clear();
    foldMemo.set(w, f);
  }
  return f;
}

/** Words of a text, with their folded form and offset. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const folded = foldWord(m[0]);
    if (folded) out.push({ surface: m[0], folded, start: m.index });
  }
  return out;
}

const FOLDED_STOPWORDS = new Set(STOPWORDS.map(fold));

/** Whether a folded word is a function word (checked before and after removing a leading و/ف). */
export function isStopword(folded: string): boolean {
  if (FOLDED_STOPWORDS.has(folded)) return true;
  if ((folded.startsWith("و") || folded.startsWith("ف")) && FOLDED_STOPWORDS.has(folded.slice(1))) return true;
  return false;
}

// Clitics and affixes for the light stemmer (folded spellings), longest first.
const ARTICLE_PREFIXES = ["وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال"];
const SUFFIXES = [
  "تهما",
  "تهم",
  "تها",
  "اتها",
  "ات",
  "ون",
  "ين",
  "ان",
  "تين",
  "يه",
  "ها",
  "هم",
  "هما",
  "نا",
  "ه",
  "ي",
  "ا",
];

/**
 * A light stemmer for matching when the engine's stemmer is not supplied: strips a conjunction, the article with
 * its prepositions, and one common suffix, keeping at least three letters. Over-merging a few words is tolerated
 * because character n-grams and IDF weighting sit alongside it.
 */
export function lightStem(folded: string): string {
  let w = folded;
  if (/^\d/u.test(w)) return w;
  let stripped = false;
  for (const p of ARTICLE_PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 3) {
      w = w.slice(p.length);
      stripped = true;
      break;
    }
  }
  if (!stripped && (w.startsWith("و") || w.startsWith("ف")) && w.length >= 5) w = w.slice(1);
  if (!stripped && (w.startsWith("ب") || w.startsWith("ل")) && w.length >= 6) w = w.slice(1);
  for (const s of SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= 3) {
      w = w.slice(0, w.length - s.length);
      break;
    }
  }
  return w;
}

/** Character n-grams of the folded words (with word boundary marks), for spelling-tolerant similarity. */
export function charNgrams(tokens: readonly string[], n = 4): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const w = `_${t}_`;
    if (w.length <= n) {
      out.push(w);
      continue;
    }
    for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n));
  }
  return out;
}

/** Jaccard similarity of two sets. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (big.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Whether a folded token sequence contains a folded phrase (as whole words). */
export function hasPhrase(tokens: readonly string[], phrase: readonly string[]): number {
  if (phrase.length === 0) return -1;
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let j = 0; j < phrase.length; j++) {
      const t = tokens[i + j] as string;
      const p = phrase[j] as string;
      if (!(t === p || (j === 0 && (t === `و${p}` || t === `ف${p}`)))) continue outer;
    }
    return i;
  }
  return -1;
}
