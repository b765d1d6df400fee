// Ordinals (الأول، الثانية، الحادي عشر، الخامسة والعشرون، المئة والخامسة والعشرون) → Quantity of kind "ordinal".
// Kept apart from parseQuantities: "the second time" is not a figure to compare. A rank, an indefinite ordinal
// before a noun or a superlative (خامس مقر عسكري، ثاني أكبر مدن البلاد), is a figure: parseQuantities returns it
// (kind "ordinal", unit "rank").
import type { Quantity } from "#schema/index.ts";
import { NUMBER_WORDS, ORDINAL_WORDS } from "./lexicon/numbers.ts";
import { normalize } from "./normalize.ts";
import { parseNumberWords } from "./numbers.ts";
import { K_WORD, lex, type Tok } from "./scan.ts";

const ARTICLES = ["وال", "بال", "فال", "لل", "ال"];

/** The cardinal equivalent of a (definite) ordinal or cardinal word, or null. `conj` keeps a leading و. */
function cardinalOf(w: string, first: boolean): string | null {
  let conj = "";
  let s = w;
  if (!first && s.startsWith("و") && !NUMBER_WORDS.has(s)) {
    conj = "و";
    s = s.slice(1);
  }
  let definite = false;
  for (const a of ARTICLES) {
    const art = conj ? a.replace(/^و/, "") : a;
    if (art && s.startsWith(art) && s.length > art.length + 1) {
      s = s.slice(art.length);
      definite = true;
      break;
    }
  }
  if (first && !definite && s !== "اول" && s !== "اولي") return null;
  const ord = ORDINAL_WORDS.get(s);
  if (ord) return conj + ord;
  if (NUMBER_WORDS.has(s)) return conj + s;
  if (s === "عشر" || s === "عشره") return conj + s;
  return null;
}

/** The ordinal starting at token i (الحادي والعشرين، الأولى، أول): its value and the token after it. */
export function ordinalAt(toks: Tok[], i: number): { value: number; end: number } | null {
  const t = toks[i];
  const first = t && t.k === K_WORD ? cardinalOf(t.t, true) : null;
  if (!t || first === null) return null;
  // a synthetic token stream of cardinal words for the cardinal grammar
  const synth: Tok[] = [{ ...t, t: first }];
  let k = i + 1;
  while (k < toks.length && toks[k]!.k === K_WORD && !toks[k]!.brk) {
    const w = toks[k]!.t;
    if (w === "و") {
      const next = toks[k + 1];
      const c = next && next.k === K_WORD ? cardinalOf(next.t, false) : null;
      if (c === null) break;
      synth.push(toks[k]!, { ...next!, t: c });
      k += 2;
      continue;
    }
    const c = cardinalOf(w, false);
    if (c === null) break;
    synth.push({ ...toks[k]!, t: c });
    k++;
  }
  const parsed = parseNumberWords(synth, 0);
  if (!parsed || parsed.value === undefined || parsed.value <= 0) return null;
  return { value: parsed.value, end: i + parsed.end };
}

/** Every ordinal in text[from, to); `value` is its position (1 for الأول/الأولى/أول). */
export function parseOrdinals(text: string, from = 0, to = text.length): Quantity[] {
  const lo = Math.max(0, Math.min(text.length, Math.floor(from) || 0));
  const hi = Math.max(lo, Math.min(text.length, Math.floor(to)));
  const n = normalize(text.slice(lo, hi));
  const toks = lex(n.text);
  const out: Quantity[] = [];
  let i = 0;
  while (i < toks.length) {
    const o = ordinalAt(toks, i);
    if (!o) {
      i++;
      continue;
    }
    const first = toks[i]!;
    const last = toks[o.end - 1]!;
    const start = n.offsets[first.s]! + lo;
    const end = Math.max(n.offsets[last.e]!, n.offsets[last.e - 1]! + 1) + lo;
    out.push({ start, end, text: text.slice(start, end), value: o.value, approx: false, kind: "ordinal" });
    i = o.end;
  }
  return out;
}
