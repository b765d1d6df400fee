// Entity-name keys: one key for the spellings of one name (سوريا/سورية، الديمقراطية/الديموقراطية،
// أمريكي/أميركي, quoted or not, with or without the article), and a clean display form.
import { C_ARABIC, C_DIGIT, C_LATIN, C_MARK, C_OTHER_LETTER, CHAR_CLASS } from "./chars.ts";
import { NAME_WORD_VARIANTS } from "./lexicon/names.ts";
import { UNSTEMMED_WORDS } from "./lexicon/stems.ts";
import { foldForMatch, normalize } from "./normalize.ts";

function words(folded: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const cls = i < folded.length ? CHAR_CLASS[folded.charCodeAt(i)] : 0;
    const inWord = cls === C_ARABIC || cls === C_LATIN || cls === C_DIGIT || cls === C_OTHER_LETTER || cls === C_MARK;
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      out.push(folded.slice(start, i));
      start = -1;
    }
  }
  return out;
}

function keyWord(w: string): string {
  let word = w;
  if (!UNSTEMMED_WORDS.has(word)) {
    if (word.length >= 4 && word.startsWith("ال")) word = word.slice(2);
    else if (word.length >= 5 && (word.startsWith("وال") || word.startsWith("بال"))) word = word.slice(3);
    else if (word.length >= 4 && word.startsWith("لل")) word = word.slice(2);
  }
  return NAME_WORD_VARIANTS.get(word) ?? word;
}

/**
 * The matching key of an entity name: folded (diacritics, alef, ya, ta marbuta, hamza carriers, case), quotes and
 * punctuation dropped, the article (and وال، بال، لل) stripped from each word, known spelling variants unified.
 */
export function nameKey(name: string): string {
  return words(foldForMatch(name)).map(keyWord).join(" ");
}

const DISPLAY_OPTIONS = {
  diacritics: true,
  tatweel: true,
  invisible: true,
  spaces: true,
  compatibility: true,
  alef: false,
  yaa: false,
  taMarbuta: false,
  hamza: false,
  digits: false,
  punctuation: false,
  quotes: true,
  latinCase: false,
} as const;

/**
 * The display form of a name: the original letters (hamzas, ta marbuta kept) without diacritics, tatweel,
 * invisible characters or quotation marks, spaces collapsed, surrounding punctuation trimmed.
 */
export function displayName(name: string): string {
  const { text } = normalize(name, DISPLAY_OPTIONS);
  let out = "";
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) continue;
    if (
      c === 0x27 &&
      !(CHAR_CLASS[text.charCodeAt(i - 1)] === C_LATIN && CHAR_CLASS[text.charCodeAt(i + 1)] === C_LATIN)
    )
      continue;
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
      space = out.length > 0;
      continue;
    }
    if (space) out += " ";
    space = false;
    out += text[i];
  }
  // trim punctuation that clings to either end (، . : - ( ) …)
  let s = 0;
  let e = out.length;
  const trimmable = (c: number) => ".,;:!?-()[]{}،؛؟…/".includes(String.fromCharCode(c)) || c === 0x20;
  while (s < e && trimmable(out.charCodeAt(s))) s++;
  while (e > s && trimmable(out.charCodeAt(e - 1))) e--;
  return out.slice(s, e);
}
