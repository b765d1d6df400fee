// Find a user's query in original Arabic text regardless of diacritics, tatweel and letter variants, returning
// spans in the original text. Matching goes through the core's folding (one character at a time, so every folded
// character maps back to its original offset); the user only ever sees the original text.
import { foldForMatch } from "@isnad/core/arabic";
import { mergeSpans } from "./segments.ts";

export interface Folded {
  folded: string;
  /** map[i] = offset in the original text of folded character i */
  map: number[];
}

/** Fold text for matching, keeping a map from each folded UTF-16 unit back to the original. */
export function foldWithMap(text: string): Folded {
  let folded = "";
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldForMatch(ch).toLocaleLowerCase("en");
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
    i += ch.length;
  }
  return { folded, map };
}

/** Terms of a query as the user typed them, folded; very short terms (one letter) are ignored. */
export function queryTerms(query: string): string[] {
  const terms = foldWithMap(query.normalize("NFC"))
    .folded.split(/[\s\p{P}\p{S}]+/u)
    .filter((t) => t.length >= 2);
  return [...new Set(terms)];
}

/** Spans of `text` matching any of the query's terms, merged and in text order. */
export function findQuery(text: string, query: string): { start: number; end: number }[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const { folded, map } = foldWithMap(text);
  const spans: { start: number; end: number }[] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      const start = map[at]!;
      let end = map[at + term.length - 1]! + 1;
      // take the diacritics written on the last matched letter along (they fold to nothing)
      while (end < text.length && foldForMatch(text[end]!) === "") end++;
      spans.push({ start, end });
    }
  }
  return mergeSpans(spans);
}
