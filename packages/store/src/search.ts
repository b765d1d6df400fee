// Search text: what gets indexed and how a user's query becomes an engine query.
// Both sides go through the core's folding (diacritics, tatweel, alef/hamza, ya, ta marbuta), so `الامم المتحده`
// finds `الأمم المتحدة`. The index text is plain tokens separated by spaces: FTS5 (SQLite) and to_tsvector('simple')
// (PostgreSQL) then only split on spaces, and a user query is rebuilt from tokens, so no FTS syntax gets through.
import * as arabic from "@isnad/core/arabic";
import type { Dialect } from "#db.ts";

const { foldForMatch } = arabic;
/** The core's stemmer, once the language engine provides one (guarded: it may not exist yet). */
const coreStem = (arabic as unknown as { stem?: (word: string) => string }).stem;

const MARKS = /\p{M}+/gu;
const TOKEN = /[\p{L}\p{N}]+/gu;
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/gu;

/** Folded, lower-cased word tokens of a text (marks removed, Arabic-Indic digits as ASCII). */
export function tokens(text: string): string[] {
  const folded = foldForMatch(text)
    .replace(MARKS, "")
    .replace(EASTERN_DIGITS, (d) => String((d.codePointAt(0)! - 0x0660) % 0x90))
    .toLowerCase();
  return folded.match(TOKEN) ?? [];
}

/** A matching key for names (speakers, entities): folded tokens joined by single spaces. */
export function matchKey(text: string): string {
  return tokens(text).join(" ");
}

// Clitics stripped by the fallback stemmer: conjunction (و، ف) + preposition (ب، ك، ل) + the article (ال), or لل.
const ARTICLE_PREFIX = /^(?:[وف]?[بكل]?ال|[وف]?لل)(?=\p{L}{2,})/u;

/**
 * The stem indexed next to a word, or null when it adds nothing. Uses the core's `stem` when it exists; until then,
 * a light fallback that only strips a leading definite article with its attached conjunction/preposition
 * (والأمم، للأمم، بالأمم → امم), so a query for one form finds the others.
 */
export function stemOf(word: string): string | null {
  const cached = STEMS.get(word);
  if (cached !== undefined) return cached;
  if (STEMS.size >= STEM_CACHE_MAX) STEMS.clear();
  const s = computeStem(word);
  STEMS.set(word, s);
  return s;
}

// News vocabulary repeats a lot: a bounded memo of word → stem makes indexing several times faster.
const STEMS = new Map<string, string | null>();
const STEM_CACHE_MAX = 100_000;

function computeStem(word: string): string | null {
  let s: string;
  try {
    s = coreStem ? matchKey(coreStem(word)) : word.replace(ARTICLE_PREFIX, "");
  } catch {
    return null;
  }
  return s && s !== word && !s.includes(" ") ? s : null;
}

/** The text stored in the search index for a document. */
export function indexText(text: string): string {
  const out: string[] = [];
  for (const t of tokens(text)) {
    out.push(t);
    const s = stemOf(t);
    if (s) out.push(s);
  }
  return out.join(" ");
}

interface QueryTerm {
  word: string;
  stem: string | null;
}

/** The query's terms, or [] when it has no searchable characters. */
export function queryTerms(q: string): QueryTerm[] {
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const word of tokens(q)) {
    if (seen.has(word)) continue;
    seen.add(word);
    terms.push({ word, stem: stemOf(word) });
  }
  return terms.slice(0, 32);
}

// Words of 3+ letters also match as prefixes (suffixes, duals, plurals: المتحد → المتحدة، المتحدين).
const PREFIX_MIN = 3;

/** FTS5 MATCH expression: every term must match (as a word, a prefix, or by its stem). Tokens are quoted. */
export function fts5Query(terms: readonly QueryTerm[]): string {
  return terms
    .map(({ word, stem }) => {
      const alts = [`"${word}"${word.length >= PREFIX_MIN ? "*" : ""}`];
      if (stem) alts.push(`"${stem}"`);
      return alts.length > 1 ? `(${alts.join(" OR ")})` : alts[0];
    })
    .join(" AND ");
}

/** to_tsquery('simple', …) expression with the same meaning as fts5Query. Tokens are letters/digits only. */
export function tsQuery(terms: readonly QueryTerm[]): string {
  return terms
    .map(({ word, stem }) => {
      const alts = [`'${word}'${word.length >= PREFIX_MIN ? ":*" : ""}`];
      if (stem) alts.push(`'${stem}'`);
      return alts.length > 1 ? `(${alts.join(" | ")})` : alts[0];
    })
    .join(" & ");
}

export function engineQuery(dialect: Dialect, q: string): string | null {
  const terms = queryTerms(q);
  if (terms.length === 0) return null;
  return dialect === "postgres" ? tsQuery(terms) : fts5Query(terms);
}

// Exercises what folding and stemming touch: diacritics, tatweel, hamza forms, ta marbuta, alef maqsura, clitics,
// suffixes, Arabic-Indic digits, Latin case.
const PROBE = "وَالأُمَمُ المُتَّحِـــدَةُ للمدنيّين بالإضافة إلى مسؤولي هيئةٍ مستشفى قالتْ ٣٨٤٥ كيلومترا UN Reuters";

/** A fingerprint of indexText/matchKey: when the core's folding or stemming changes, so does this. */
export function indexVersion(): string {
  return `${indexText(PROBE)}|${matchKey(PROBE)}`;
}

function termMatches(token: string, term: QueryTerm): boolean {
  if (token === term.word || (term.word.length >= PREFIX_MIN && token.startsWith(term.word))) return true;
  return term.stem !== null && (token === term.stem || stemOf(token) === term.stem);
}

const SENTENCE = /[^\n.!?؟؛]+[.!?؟؛]*/gu;
const SNIPPET_MAX = 280;

/**
 * The original sentence of `text` that matches the most query terms (the first among equals), or null when none
 * does. Shown under an article hit so the reader sees why it matched.
 */
export function bestPassage(text: string, q: string): string | null {
  const terms = queryTerms(q);
  if (terms.length === 0) return null;
  let best: string | null = null;
  let bestScore = 0;
  for (const m of text.matchAll(SENTENCE)) {
    const sentence = m[0].trim();
    if (sentence === "") continue;
    const words = tokens(sentence);
    const score = terms.filter((t) => words.some((w) => termMatches(w, t))).length;
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
      if (score === terms.length) break;
    }
  }
  if (best === null) return null;
  return best.length > SNIPPET_MAX ? `${best.slice(0, SNIPPET_MAX).replace(/\s+\S*$/u, "")}…` : best;
}
