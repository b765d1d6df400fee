// Clitic segmentation and a light stemmer for matching (in the family of Larkey's light10, tuned for news):
// proclitics are stripped only in combinations that cannot be part of a word (وال، بال، كال، فال، لل، ال, and a
// bare و unless the word is one that starts with a radical و), with minimum lengths so that short words and names
// survive; suffixes are stripped once each, in a fixed order, each with the minimum stem length it leaves.
import { PREPOSITION_HOSTS, UNSTEMMED_WORDS, WAW_RADICAL_PREFIXES } from "./lexicon/stems.ts";
import { foldForMatch } from "./normalize.ts";

export type Clitics = { proclitics: string[]; base: string; enclitics: string[] };

type Prefix = { form: string; parts: string[]; minRest: number };

// Longest first. `minRest` = letters that must remain after the prefix.
const PREFIXES: readonly Prefix[] = [
  { form: "وبال", parts: ["و", "ب", "ال"], minRest: 3 },
  { form: "وكال", parts: ["و", "ك", "ال"], minRest: 3 },
  { form: "فبال", parts: ["ف", "ب", "ال"], minRest: 3 },
  { form: "ولل", parts: ["و", "ل", "ال"], minRest: 3 },
  { form: "فلل", parts: ["ف", "ل", "ال"], minRest: 3 },
  { form: "وال", parts: ["و", "ال"], minRest: 3 },
  { form: "فال", parts: ["ف", "ال"], minRest: 3 },
  { form: "بال", parts: ["ب", "ال"], minRest: 3 },
  { form: "كال", parts: ["ك", "ال"], minRest: 3 },
  { form: "لل", parts: ["ل", "ال"], minRest: 3 },
  { form: "ال", parts: ["ال"], minRest: 2 },
];

type Suffix = { form: string; minRest: number; enclitic: boolean };

// Applied in this order, each at most once (so ساهدهات → ساهده → ساهد, مقاتلونا → مقاتلون → مقاتل).
const SUFFIXES: readonly Suffix[] = [
  // pronoun enclitics
  { form: "هما", minRest: 4, enclitic: true },
  { form: "كما", minRest: 4, enclitic: true },
  { form: "هم", minRest: 4, enclitic: true },
  { form: "هن", minRest: 4, enclitic: true },
  { form: "كم", minRest: 4, enclitic: true },
  { form: "كن", minRest: 4, enclitic: true },
  { form: "نا", minRest: 4, enclitic: true },
  { form: "ها", minRest: 3, enclitic: true },
  // dual feminine, plurals, dual
  { form: "تين", minRest: 3, enclitic: false },
  { form: "تان", minRest: 3, enclitic: false },
  { form: "ات", minRest: 3, enclitic: false },
  { form: "ون", minRest: 4, enclitic: false },
  { form: "ين", minRest: 4, enclitic: false },
  { form: "ان", minRest: 4, enclitic: false },
  // construct plural (مقاتلو), accusative tanween alef (مقاتلا), ta marbuta / pronoun ه, nisba / construct ي
  { form: "و", minRest: 4, enclitic: false },
  { form: "ا", minRest: 4, enclitic: false },
  { form: "ه", minRest: 3, enclitic: false },
  { form: "ي", minRest: 4, enclitic: false },
];

const ENCLITICS = SUFFIXES.filter((s) => s.enclitic);

function isArabicWord(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x0621 || c > 0x064a) return false;
  }
  return true;
}

const RADICAL_WAW = new Set(WAW_RADICAL_PREFIXES);
const RADICAL_WAW_LENGTHS = [...new Set(WAW_RADICAL_PREFIXES.map((p) => p.length))].sort((a, b) => a - b);

function startsWithRadicalWaw(w: string): boolean {
  if (w.charCodeAt(0) !== 0x0648) return false;
  for (const len of RADICAL_WAW_LENGTHS) {
    if (len > w.length) break;
    if (RADICAL_WAW.has(w.slice(0, len))) return true;
  }
  return false;
}

// first letters that can begin a proclitic: و ف ب ك ل ا
const PREFIX_START = new Set([0x0648, 0x0641, 0x0628, 0x0643, 0x0644, 0x0627]);

const NO_PARTS: string[] = [];

function splitPrefix(w: string): { parts: string[]; rest: string } {
  if (!PREFIX_START.has(w.charCodeAt(0))) return { parts: NO_PARTS, rest: w };
  for (const p of PREFIXES) {
    if (w.length - p.form.length >= p.minRest && w.startsWith(p.form)) {
      const rest = w.slice(p.form.length);
      // وال + radical-و words (والد، والي) are not و + ال
      if (p.parts[0] === "و" && startsWithRadicalWaw(w)) continue;
      return { parts: p.parts, rest };
    }
  }
  if (w.length >= 4 && w.charCodeAt(0) === 0x0648 && !startsWithRadicalWaw(w)) {
    return { parts: ["و"], rest: w.slice(1) };
  }
  return { parts: NO_PARTS, rest: w };
}

let hostStems: ReadonlySet<string> | null = null;
function prepositionHosts(): ReadonlySet<string> {
  if (!hostStems) hostStems = new Set(PREPOSITION_HOSTS.map((w) => stripSuffixes(splitPrefix(w).rest)));
  return hostStems;
}

/** A bare ب/ل/ك (after an optional و/ف) before a known news noun: لقوات، بهجوم، ولسيطرة. */
function splitBarePreposition(w: string, parts: string[]): { parts: string[]; rest: string } | null {
  let k = 0;
  const out: string[] = [];
  if (parts.length === 1 && parts[0] === "و") {
    k = 0; // the و is already off
  } else if (parts.length > 0) return null;
  const c = w.charCodeAt(k);
  if (c !== 0x0628 && c !== 0x0644 && c !== 0x0643) return null;
  const rest = w.slice(k + 1);
  if (rest.length < 3) return null;
  if (!prepositionHosts().has(stripSuffixes(rest))) return null;
  out.push(...parts, w[k]!);
  return { parts: out, rest };
}

/** The verbal noun of form II (تفعيل: تعيين، تعزيز، تأمين), folded. */
const FORM_II_NOUN = /^ت..ي.$/u;

function fullSplit(w: string): { parts: string[]; rest: string } {
  const first = splitPrefix(w);
  const bare = splitBarePreposition(first.rest, first.parts);
  if (bare) return bare;
  // «بتعيين»، «لتعزيز»: a bare ب or ل before a form II verbal noun is the preposition
  const r = first.rest;
  if (r.length === 6 && (r[0] === "ب" || r[0] === "ل") && FORM_II_NOUN.test(r.slice(1)))
    return { parts: [...first.parts, r[0]], rest: r.slice(1) };
  return first;
}

/**
 * Split proclitics (و ف ب ك ل ال and their combinations وال، بال، فال، لل، وبال …) and one pronoun enclitic
 * (ه ها هم هما هن كم كما كن نا ي) off a word. `base` and the parts are in folded form.
 */
export function segmentClitics(word: string): Clitics {
  const w = foldForMatch(word.trim());
  if (!isArabicWord(w) || UNSTEMMED_WORDS.has(w)) return { proclitics: [], base: w, enclitics: [] };
  const { parts, rest } = fullSplit(w);
  if (UNSTEMMED_WORDS.has(rest)) return { proclitics: parts, base: rest, enclitics: [] };
  for (const s of ENCLITICS) {
    if (rest.length - s.form.length >= s.minRest && rest.endsWith(s.form)) {
      return { proclitics: parts, base: rest.slice(0, rest.length - s.form.length), enclitics: [s.form] };
    }
  }
  // ه and ي are pronouns only after a word that is clearly complete: leave them to the stemmer
  return { proclitics: parts, base: rest, enclitics: [] };
}

// Stems are pure functions of the word and news vocabulary is Zipfian: a bounded memo saves most of the work.
const memo = new Map<string, string>();
const MEMO_LIMIT = 100_000;

/** The folded light stem of a word (raw or folded input). Non-Arabic tokens come back folded (lower-cased). */
export function stem(word: string): string {
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  const out = stemUncached(word);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, out);
  return out;
}

/** The same stem without the memo (for benchmarks and callers that stem huge unique vocabularies). */
export function stemUncached(word: string): string {
  const w = foldForMatch(word.trim());
  if (!isArabicWord(w) || UNSTEMMED_WORDS.has(w)) return w;
  const { rest } = fullSplit(w);
  if (UNSTEMMED_WORDS.has(rest)) return rest;
  return stripSuffixes(rest);
}

function stripSuffixes(word: string): string {
  let w = word;
  for (const s of SUFFIXES) {
    if (w.length - s.form.length < s.minRest || !w.endsWith(s.form)) continue;
    // (a form II verbal noun of a root in ن ends in «ين» of its own: تعيين، تأمين، تحسين)
    if (s.form === "ين" && FORM_II_NOUN.test(w)) continue;
    // accusative ا after ي is left alone unless the stem is long (keeps سوريا ≠ سوري, keeps جهاديا → جهادي)
    if (s.form === "ا" && w.charCodeAt(w.length - 2) === 0x064a && w.length - 1 < 5) continue;
    w = w.slice(0, w.length - s.form.length);
    // ta marbuta is written ت before a pronoun: حكومتها → حكومت → حكومه (not after the plural ات: قواتها);
    // before ه the ت goes with it, as ة would: سيطرته → سيطر
    if ((s.enclitic || s.form === "ه") && w.length >= 4 && w.endsWith("ت") && !w.endsWith("ات")) {
      w = s.enclitic ? `${w.slice(0, -1)}ه` : w.slice(0, -1);
    }
  }
  // the verbal noun of a weak-final root in forms VII, VIII and X writes its last radical as hamza (استدعاء،
  // اعتداء، انتهاء): its stem meets the verb's (استدعى → استدع) once that hamza's alef goes
  if (w.length >= 5 && /^(?:است|ا.ت|ان)/u.test(w)) {
    if (w.endsWith("اء") && w.length >= 6) w = w.slice(0, -2);
    else if (w.endsWith("ا")) w = w.slice(0, -1);
  }
  return w;
}
