// Sentence and paragraph boundaries. Spans are [start, end) into the original text, trimmed of spaces.
import type { Span } from "#schema/index.ts";
import { C_ARABIC, C_DIGIT, C_INVISIBLE, C_LATIN, C_NEWLINE, C_SPACE, CHAR_CLASS } from "./chars.ts";
import { LATIN_ABBREVIATIONS } from "./lexicon/abbreviations.ts";

const isBlank = (c: number) => {
  const cls = CHAR_CLASS[c];
  return cls === C_SPACE || cls === C_INVISIBLE;
};

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && (isBlank(text.charCodeAt(start)) || CHAR_CLASS[text.charCodeAt(start)] === C_NEWLINE)) start++;
  while (end > start && (isBlank(text.charCodeAt(end - 1)) || CHAR_CLASS[text.charCodeAt(end - 1)] === C_NEWLINE))
    end--;
  return end > start ? { start, end } : null;
}

/**
 * Paragraphs are lines: scraped news text puts titles, captions, credits and paragraphs on lines of their own, so
 * every non-blank line is one paragraph (blank lines only separate).
 */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    if (i === n || CHAR_CLASS[text.charCodeAt(i)] === C_NEWLINE) {
      const span = trimSpan(text, lineStart, i);
      if (span) out.push(span);
      lineStart = i + 1;
    }
  }
  return out;
}

const OPEN_GUILLEMET = 0x00ab; // «
const CLOSE_GUILLEMET = 0x00bb; // »
const TOGGLE_QUOTES = new Set([0x22, 0x201c, 0x201d, 0x201e, 0x201f, 0xff02]);
const CLOSERS = new Set([0x22, 0x201c, 0x201d, 0x201e, 0x00bb, 0x29, 0x5d, 0x7d, 0x2019, 0x27]);

/** Pairs of quote positions on one line: guillemets by nesting, straight/curly quotes in order of appearance. */
function quotePairs(text: string, start: number, end: number): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const stack: number[] = [];
  let pending = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN_GUILLEMET) stack.push(i);
    else if (c === CLOSE_GUILLEMET) {
      const open = stack.pop();
      if (open !== undefined) pairs.push([open, i]);
    } else if (TOGGLE_QUOTES.has(c)) {
      if (pending < 0) pending = i;
      else {
        pairs.push([pending, i]);
        pending = -1;
      }
    }
  }
  return pairs;
}

const isTerminator = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x06d4;

/** Whether the "." at i ends a sentence: not a decimal point, an ellipsis, or the dot of an abbreviation. */
function periodEnds(text: string, i: number, lineStart: number, lineEnd: number): boolean {
  const prev = i > lineStart ? text.charCodeAt(i - 1) : 0;
  const next = i + 1 < lineEnd ? text.charCodeAt(i + 1) : 0;
  if (CHAR_CLASS[prev] === C_DIGIT && CHAR_CLASS[next] === C_DIGIT) return false;
  // `..` / `...` inside a line continue the sentence
  if (next === 0x2e || prev === 0x2e) return false;
  // the word before the dot
  let ws = i;
  while (ws > lineStart) {
    const cls = CHAR_CLASS[text.charCodeAt(ws - 1)];
    if (cls === C_ARABIC || cls === C_LATIN) ws--;
    else break;
  }
  const wordLen = i - ws;
  if (wordLen === 1) return false; // single-letter abbreviations: د. م. U.S. J.
  if (wordLen > 1 && CHAR_CLASS[text.charCodeAt(ws)] === C_LATIN) {
    if (LATIN_ABBREVIATIONS.has(text.slice(ws, i).toLowerCase())) return false;
    // a lower-case letter right after ". " means the sentence goes on (e.g. "approx. three")
  }
  let j = i + 1;
  while (j < lineEnd && isBlank(text.charCodeAt(j))) j++;
  if (j < lineEnd) {
    const c = text.charCodeAt(j);
    if (c >= 0x61 && c <= 0x7a) return false;
  }
  return true;
}

/**
 * Sentences inside [from, to). Every line break ends a sentence; inside a line a sentence ends at . ! ? ؟ unless the
 * mark is inside a quotation (« », " ", “ ”), a decimal point (7.7), part of `..`/`...`, or the dot of an
 * abbreviation. A quotation that ends with a terminator (`"… يتقدمون."`) ends the sentence at its closing mark.
 */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  const lo = Math.max(0, Math.min(text.length, from));
  const hi = Math.max(lo, Math.min(text.length, to));
  let lineStart = lo;
  for (let i = lo; i <= hi; i++) {
    if (i === hi || CHAR_CLASS[text.charCodeAt(i)] === C_NEWLINE) {
      splitLine(text, lineStart, i, out);
      lineStart = i + 1;
    }
  }
  return out;
}

function splitLine(text: string, start: number, end: number, out: Span[]): void {
  const pairs = quotePairs(text, start, end);
  // inside[i - start] = 1 when position i lies strictly inside a quotation; closes[i - start] = 1 at a closing mark
  const inside = new Uint8Array(end - start + 1);
  const closes = new Uint8Array(end - start + 1);
  for (const [o, c] of pairs) {
    for (let k = o + 1; k < c; k++) inside[k - start] = 1;
    closes[c - start] = 1;
  }
  const closesAt = { has: (i: number) => closes[i - start] === 1 };
  let sentStart = start;
  let i = start;
  const push = (e: number) => {
    const span = trimSpan(text, sentStart, e);
    if (span) out.push(span);
    sentStart = e;
  };
  while (i < end) {
    const c = text.charCodeAt(i);
    if (pairs.length > 0 && closes[i - start] === 1) {
      // closing quote right after a terminator: the quoted sentence and the outer one end together
      let k = i - 1;
      while (k > start && isBlank(text.charCodeAt(k))) k--;
      const t = text.charCodeAt(k);
      if (isTerminator(t) && (t !== 0x2e || periodEnds(text, k, start, end)) && inside[i - start] === 0) {
        let e = i + 1;
        while (e < end && CLOSERS.has(text.charCodeAt(e))) e++;
        // a terminator right after the closing quote belongs to this sentence
        while (e < end && isTerminator(text.charCodeAt(e))) e++;
        if (hasContentAfter(text, e, end)) push(e);
        i = e;
        continue;
      }
    }
    if (isTerminator(c) && inside[i - start] === 0 && (c !== 0x2e || periodEnds(text, i, start, end))) {
      let e = i + 1;
      while (e < end && (isTerminator(text.charCodeAt(e)) || CLOSERS.has(text.charCodeAt(e)))) {
        if (TOGGLE_QUOTES.has(text.charCodeAt(e)) && !closesAt.has(e)) break;
        e++;
      }
      push(e);
      i = e;
      continue;
    }
    i++;
  }
  push(end);
}

function hasContentAfter(text: string, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (!isBlank(text.charCodeAt(k))) return true;
  return false;
}
