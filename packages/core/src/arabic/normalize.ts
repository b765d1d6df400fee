// Normalisation for matching, with a map from every normalised character back to its original UTF-16 offset.
// The fold is a precomputed table over the BMP (one Int32Array per option set), so the hot loop is one array
// read per code unit. Never show normalised text to a user: map spans back with `toOriginalSpan`.
import type { Span } from "#schema/index.ts";

export type NormalizeOptions = {
  /** Drop harakat, tanween, shadda, sukun, superscript alef and Quranic marks. Default true. */
  diacritics?: boolean;
  /** Drop tatweel (ـ). Default true. */
  tatweel?: boolean;
  /** أ إ آ ٱ (and wavy-hamza alefs) → ا. Default true. */
  alef?: boolean;
  /** ى → ي (and Persian ی → ي). Default true. */
  yaa?: boolean;
  /** ة → ه. Default true. */
  taMarbuta?: boolean;
  /** Hamza carriers ؤ → و, ئ → ي. Default true. */
  hamza?: boolean;
  /** Arabic-Indic and Persian digits → 0-9; ٫ → "." ; ٬ → "," ; ٪ → "%". Default true. */
  digits?: boolean;
  /** ، ؛ ؟ ۔ → , ; ? . ; dashes and minus → "-"; … → "...". Default true. */
  punctuation?: boolean;
  /** " “ ” « » „ ‟ ″ ‹ › → '"' and ‘ ’ ‚ ‛ ′ → "'". Default true. */
  quotes?: boolean;
  /** Drop ZWJ/ZWNJ, LRM/RLM/ALM, bidi embeddings and isolates, BOM, soft hyphen. Default true. */
  invisible?: boolean;
  /** NBSP and the other Unicode spaces → " ". Default true. */
  spaces?: boolean;
  /** Presentation forms (ﻻ، ﷲ …) → their letters, Persian ک → ك. Default true. */
  compatibility?: boolean;
  /** A-Z → a-z (and Latin-1 capitals). Default true. */
  latinCase?: boolean;
};

export type Normalized = {
  text: string;
  /** offsets[i] = original index of normalised char i; offsets[text.length] = original length (of the input). */
  offsets: Int32Array;
};

type Flags = Required<NormalizeOptions>;
const FLAG_NAMES = [
  "diacritics",
  "tatweel",
  "alef",
  "yaa",
  "taMarbuta",
  "hamza",
  "digits",
  "punctuation",
  "quotes",
  "invisible",
  "spaces",
  "compatibility",
  "latinCase",
] as const satisfies readonly (keyof Flags)[];

const DROP = -1;
const EXPAND = -2;

type FoldTable = { map: Int32Array; expansions: Map<number, string> };

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let c = from; c <= to; c++) out.push(c);
  return out;
}

const DIACRITICS = [...range(0x0610, 0x061a), ...range(0x064b, 0x065f), 0x0670, ...range(0x06d6, 0x06dc)]
  .concat(range(0x06df, 0x06e4), range(0x06e7, 0x06e8), range(0x06ea, 0x06ed), range(0x08d3, 0x08e1))
  .concat(range(0x08e3, 0x08ff));
const INVISIBLE = [0x00ad, 0x061c, 0x180e, ...range(0x200b, 0x200f), ...range(0x202a, 0x202e)].concat(
  range(0x2060, 0x2064),
  range(0x2066, 0x2069),
  [0xfeff],
);
const SPACES = [0x00a0, 0x1680, ...range(0x2000, 0x200a), 0x2028, 0x2029, 0x202f, 0x205f, 0x3000];
const DOUBLE_QUOTES = [0x0022, 0x201c, 0x201d, 0x00ab, 0x00bb, 0x201e, 0x201f, 0x2033, 0x2039, 0x203a, 0x301d, 0x301e];
const DOUBLE_QUOTES_WIDE = [0xff02];
const SINGLE_QUOTES = [0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x0060, 0x00b4];
const DASHES = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d];

const tables = new Map<number, FoldTable>();

function flagsKey(options: NormalizeOptions | undefined): number {
  let key = 0;
  for (let i = 0; i < FLAG_NAMES.length; i++) {
    const name = FLAG_NAMES[i]!;
    if (options?.[name] !== false) key |= 1 << i;
  }
  return key;
}

function buildTable(key: number): FoldTable {
  const on = (name: (typeof FLAG_NAMES)[number]) => (key & (1 << FLAG_NAMES.indexOf(name))) !== 0;
  const map = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) map[c] = c;
  const expansions = new Map<number, string>();
  const set = (codes: number[], to: number) => {
    for (const c of codes) map[c] = to;
  };
  if (on("diacritics")) set(DIACRITICS, DROP);
  if (on("tatweel")) set([0x0640], DROP);
  if (on("alef")) set([0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675], 0x0627);
  if (on("yaa")) set([0x0649, 0x06cc, 0x06d2], 0x064a);
  if (on("taMarbuta")) set([0x0629, 0x06c0, 0x06d5], 0x0647);
  if (on("hamza")) {
    set([0x0624], 0x0648);
    set([0x0626], 0x064a);
  }
  if (on("digits")) {
    for (let d = 0; d < 10; d++) {
      map[0x0660 + d] = 0x30 + d;
      map[0x06f0 + d] = 0x30 + d;
    }
    map[0x066b] = 0x2e; // ٫ decimal separator
    map[0x066c] = 0x2c; // ٬ thousands separator
    map[0x066a] = 0x25; // ٪
  }
  if (on("punctuation")) {
    map[0x060c] = 0x2c; // ،
    map[0x061b] = 0x3b; // ؛
    map[0x061f] = 0x3f; // ؟
    map[0x06d4] = 0x2e; // ۔
    set(DASHES, 0x2d);
    map[0x2026] = EXPAND; // …
    expansions.set(0x2026, "...");
  }
  if (on("quotes")) {
    set(DOUBLE_QUOTES, 0x22);
    set(DOUBLE_QUOTES_WIDE, 0x22);
    set(SINGLE_QUOTES, 0x27);
  }
  if (on("invisible")) set(INVISIBLE, DROP);
  if (on("spaces")) set(SPACES, 0x20);
  if (on("latinCase")) {
    for (let c = 0x41; c <= 0x5a; c++) map[c] = c + 32;
    for (let c = 0xc0; c <= 0xde; c++) if (c !== 0xd7) map[c] = c + 32;
  }
  if (on("compatibility")) {
    map[0x06a9] = 0x0643; // ک Persian kaf
    // Arabic presentation forms: decompose with NFKC once, then fold each resulting letter through this table.
    const presentation = [...range(0xfb50, 0xfdff), ...range(0xfe70, 0xfefc)];
    for (const c of presentation) {
      const decomposed = String.fromCharCode(c).normalize("NFKC");
      if (decomposed === String.fromCharCode(c)) continue;
      let out = "";
      for (let i = 0; i < decomposed.length; i++) {
        const d = decomposed.charCodeAt(i);
        const m = map[d]!;
        if (m >= 0) out += String.fromCharCode(m);
        else if (m === EXPAND) out += expansions.get(d) ?? "";
      }
      if (out.length === 1) map[c] = out.charCodeAt(0);
      else if (out.length === 0) map[c] = DROP;
      else {
        map[c] = EXPAND;
        expansions.set(c, out);
      }
    }
  }
  return { map, expansions };
}

let defaultTable: FoldTable | null = null;

function tableFor(options: NormalizeOptions | undefined): FoldTable {
  if (options === undefined) {
    if (!defaultTable) defaultTable = buildTable(flagsKey(undefined));
    return defaultTable;
  }
  const key = flagsKey(options);
  let table = tables.get(key);
  if (!table) {
    table = buildTable(key);
    tables.set(key, table);
  }
  return table;
}

/** The default fold table (everything folded), shared by the tokenizer and the figure parser. */
export function defaultFoldTable(): FoldTable {
  return tableFor(undefined);
}

/** Normalise `text` for matching and keep, for every output character, the offset of its source character. */
export function normalize(text: string, options?: NormalizeOptions): Normalized {
  const { map, expansions } = tableFor(options);
  const n = text.length;
  let offsets = new Int32Array(n + 1);
  let codes = new Uint16Array(n);
  let len = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const m = map[c]!;
    if (m >= 0) {
      codes[len] = m;
      offsets[len++] = i;
    } else if (m === EXPAND) {
      const out = expansions.get(c)!;
      // room for this expansion and one unit per remaining input char (later expansions grow again)
      if (len + out.length + (n - i - 1) > codes.length) {
        const grow = n + out.length * 4 + 16;
        const nc = new Uint16Array(codes.length + grow);
        nc.set(codes);
        codes = nc;
        const no = new Int32Array(offsets.length + grow);
        no.set(offsets);
        offsets = no;
      }
      for (let k = 0; k < out.length; k++) {
        codes[len] = out.charCodeAt(k);
        offsets[len++] = i;
      }
    }
  }
  offsets[len] = n;
  return { text: codesToString(codes, len), offsets: offsets.slice(0, len + 1) };
}

function codesToString(codes: Uint16Array, len: number): string {
  let out = "";
  const CHUNK = 8192;
  for (let i = 0; i < len; i += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(len, i + CHUNK)) as unknown as number[]);
  }
  return out;
}

/** Map a normalised span [start, end) back to the original text. Out-of-range values are clamped. */
export function toOriginalSpan(n: Normalized, start: number, end: number): Span {
  const last = n.text.length;
  const s = Math.max(0, Math.min(last, Math.floor(start)));
  const e = Math.max(s, Math.min(last, Math.floor(end)));
  if (e === s) {
    const at = n.offsets[s]!;
    return { start: at, end: at };
  }
  // [offsets[s], offsets[e]); the max() keeps a span inside an expansion (… → ...) from collapsing to nothing.
  return { start: n.offsets[s]!, end: Math.max(n.offsets[e]!, n.offsets[e - 1]! + 1) };
}

/** The same fold as `normalize` with default options, without offsets. */
export function foldForMatch(text: string): string {
  const { map, expansions } = tableFor(undefined);
  const n = text.length;
  // Fast path: most words are already folded.
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (map[c] !== c) break;
  }
  if (i === n) return text;
  let out = text.slice(0, i);
  let runStart = -1;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    const m = map[c]!;
    if (m === c) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0) {
      out += text.slice(runStart, i);
      runStart = -1;
    }
    if (m >= 0) out += String.fromCharCode(m);
    else if (m === EXPAND) out += expansions.get(c)!;
  }
  if (runStart >= 0) out += text.slice(runStart);
  return out;
}

/** Fold one UTF-16 code unit with the default table: the folded code, -1 when dropped, -2 when it expands. */
export function foldCode(c: number): number {
  return tableFor(undefined).map[c]!;
}
