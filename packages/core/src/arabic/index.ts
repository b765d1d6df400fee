// isnad's Arabic language engine: normalisation with offsets, tokens, sentences, clitics and stems, entity-name
// keys, figures and dates. Pure functions over strings; every span is [start, end) UTF-16 offsets into the input.

export { displayName, nameKey } from "./names.ts";
export type { Normalized, NormalizeOptions } from "./normalize.ts";
export { foldForMatch, normalize, toOriginalSpan } from "./normalize.ts";
export { isHarmVerb, isPeopleNoun, nounStem, parseQuantities } from "./numbers.ts";
export { parseOrdinals } from "./ordinals.ts";
export { splitParagraphs, splitSentences } from "./sentences.ts";
export type { Clitics } from "./stem.ts";
export { segmentClitics, stem } from "./stem.ts";
export type { ParseTimesOptions } from "./times.ts";
export { parsePublishedAt, parseTimes } from "./times.ts";
export type { Token, TokenKind } from "./tokenize.ts";
export { tokenize } from "./tokenize.ts";
