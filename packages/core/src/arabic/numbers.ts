// Figures as Arabic news writes them → Quantity (value | min/max, approx, vague, unit, subject, kind, normalized),
// with spans into the original text. Runs on the normalised text (normalize.ts) and maps spans back.
import type { Quantity, QuantityKind } from "#schema/index.ts";
import { MONTHS, WEEKDAYS } from "./lexicon/calendar.ts";
import {
  CHANGES,
  EXCEED,
  type ModifierKind,
  NOT_COUNTED,
  PERCENT_WORDS,
  POST_MODIFIERS,
  PRE_MODIFIERS,
  RATE_WORDS,
  REACH,
} from "./lexicon/modifiers.ts";
import {
  FIVE_NOT_FIFTH_AFTER,
  FRACTION_NOT_WHOLE,
  FRACTION_PLURALS,
  FRACTION_PRONOUNS,
  FRACTIONS,
  type Fraction,
  NEGATIVE_WORDS,
  NUMBER_WORDS,
  type NumberWord,
  ONE_OF,
  ORDINAL_WORDS,
  RANK_NOT_AFTER,
  RANK_NOT_BEFORE,
  RANK_ORDINALS,
  SUPERLATIVES,
  VAGUE_SCALES,
  VAGUE_WORDS,
} from "./lexicon/numbers.ts";
import {
  CONVERSIONS,
  CUBE_WORDS,
  MASCULINE_DUAL_STEMS,
  NAUTICAL_WORDS,
  NOMINATIVE_DUAL_STEMS,
  PEOPLE_NOUNS,
  POINT_UNITS,
  POINT_WORDS,
  SQUARE_WORDS,
  UNIT_FORMS,
  type UnitForm,
  YEAR_CONTEXT,
  YEAR_WORDS,
} from "./lexicon/units.ts";
import { foldForMatch, normalize } from "./normalize.ts";
import { ordinalAt } from "./ordinals.ts";
import { digitValue, K_LATIN, K_NUM, K_PUNCT, K_WORD, lex, type Tok } from "./scan.ts";
import { stem } from "./stem.ts";

const MAX_VALUE = 1e15;
/** «مقاتلة/مقاتلات» (folded, with a proclitic or the article): fighter jets. */
const JET = /^(?:[وفبل]|[وفب]?ال|لل)?مقاتل(?:ه|ات|تان|تين)$/u;
const PEOPLE_STEMS: ReadonlySet<string> = new Set(PEOPLE_NOUNS.map((w) => nounStem(w)));

/**
 * The stem of a counted noun: after a number, a final ا is the accusative tanween (عشرون مقاتلاً، 12 شخصاً), so it
 * goes before stemming (شخصا → شخص).
 */
export function nounStem(word: string): string {
  const w = word.length >= 4 && word.endsWith("ا") ? word.slice(0, -1) : word;
  // («عشر مقاتلات من طراز إف-35»: a fighter in the feminine is a jet, never one of the fighters «مقاتلين»)
  if (JET.test(w)) return "مقاتله";
  return stem(w);
}

/** Is this noun (raw or folded) a people noun (civilians, fighters, soldiers …)? */
export function isPeopleNoun(word: string): boolean {
  return PEOPLE_STEMS.has(nounStem(foldForMatch(word)));
}

type Core = {
  end: number;
  value?: number;
  min?: number;
  max?: number;
  vague?: string;
  /** last multiplier used (ألف → 1000), for ranges that share it (بين 14 و18 ألفا) */
  scale?: number;
  unit?: UnitForm;
  /** index of the token naming the unit, when the core consumed it */
  unitTok?: number;
  /** the number governs a following noun even if definite (عشرات المدنيين، ألفي جندي، أحد المقاتلين) */
  construct?: boolean;
  digitsOnly?: boolean;
  isYearCandidate?: boolean;
  /** the year carries its era letter (2014م) */
  eraMarked?: boolean;
  /** a share of a whole in percent (نصف سكانه، ثلث المنازل): `value` is the percentage */
  share?: boolean;
  /** the token naming the whole a share is taken of */
  subjectTok?: number;
  /** the number is a dual noun's (زورقين، سفينتين): the token that names what is counted */
  dualTok?: number;
  skip?: boolean;
};

type Match = {
  start: number;
  end: number;
  value?: number;
  min?: number;
  max?: number;
  approx: boolean;
  vague?: string;
  unit?: string;
  subject?: string;
  kind: QuantityKind;
  /** the value before a change the sentence reports («ارتفع من X إلى Y»، «Y بدلاً من X»: X) */
  previous?: boolean;
};

/** A comma, Arabic or Latin. */
const isComma = (t: Tok | undefined): boolean => t !== undefined && t.k === K_PUNCT && (t.t === "،" || t.t === ",");

const word = (toks: Tok[], i: number): string | null => {
  const t = toks[i];
  return t && t.k === K_WORD ? t.t : null;
};

/**
 * Words that only look like a proclitic and a number word: «كمية» (quantity) is no «ك» + «مية» (a hundred), nor are
 * «كميات» (quantities) «ك» + «ميات» (hundreds).
 */
const FALSE_PROCLITIC = new Set(["كميه", "كميات", "وكميات", "بكميات", "كمياتها", "كمياته"]);

/** Strip one conjunction/preposition proclitic (و ف ب ل ك and وب، ول، فب، فل) when what remains is in `accept`. */
function withoutProclitic<T>(w: string, lookup: (s: string) => T | undefined): T | undefined {
  const direct = lookup(w);
  if (direct !== undefined) return direct;
  if (FALSE_PROCLITIC.has(w)) return undefined;
  const c0 = w.charCodeAt(0);
  if (c0 === 0x0648 || c0 === 0x0641 || c0 === 0x0628 || c0 === 0x0644 || c0 === 0x0643) {
    const one = lookup(w.slice(1));
    if (one !== undefined) return one;
    const c1 = w.charCodeAt(1);
    if ((c0 === 0x0648 || c0 === 0x0641) && (c1 === 0x0628 || c1 === 0x0644)) return lookup(w.slice(2));
  }
  return undefined;
}

const numberWord = (w: string) => NUMBER_WORDS.get(w);

function matchWords(toks: Tok[], i: number, words: readonly string[], firstProclitic: boolean): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = word(toks, i + k);
    if (w === null) return false;
    if (k > 0 && toks[i + k]!.brk) return false;
    if (w === words[k]) continue;
    if (k === 0 && firstProclitic && withoutProclitic(w, (s) => (s === words[0] ? true : undefined))) continue;
    return false;
  }
  return true;
}

function monthAt(toks: Tok[], i: number): { month: number; end: number } | null {
  const w = word(toks, i);
  if (w === null) return null;
  const two = word(toks, i + 1);
  if (two !== null) {
    const m2 = MONTHS.get(`${w} ${two}`) ?? withoutProclitic(w, (s) => MONTHS.get(`${s} ${two}`));
    if (m2 !== undefined) return { month: m2, end: i + 2 };
  }
  const m = MONTHS.get(w) ?? withoutProclitic(w, (s) => MONTHS.get(s));
  if (m !== undefined) return { month: m, end: i + 1 };
  return null;
}

/** Number words from token j: returns the value and where it ends, or null. */
function parseWords(toks: Tok[], j: number, firstValue?: { value: number; end: number }): Core | null {
  let total = 0;
  let current = 0;
  let i = j;
  let consumed = 0;
  let lastType: NumberWord["type"] | "digits" | null = null;
  let lastScale = 0;
  let minAddend = Number.POSITIVE_INFINITY;
  // where the last و-joined part began, and the value before it: «ثمانية آلاف وعشرة آلاف» is two figures (a range
  // after بين), not 18,000 — a joined part that is multiplied by as much as the part before starts a new figure
  let conjAt = -1;
  let valueBeforeConj = 0;
  if (firstValue) {
    current = firstValue.value;
    i = firstValue.end;
    consumed = 1;
    lastType = "digits";
  }
  while (i < toks.length) {
    const tok = toks[i]!;
    if (consumed > 0 && tok.brk) break;
    let w = tok.k === K_WORD ? tok.t : null;
    let next = i + 1;
    let conj = false;
    if (w === "و" && consumed > 0) {
      // digits + multiplier after a larger multiplier: مليون و200 ألف، 3 ملايين و500 ألف
      const d = toks[i + 1];
      const sc = word(toks, i + 2);
      const scw = sc !== null ? numberWord(sc) : undefined;
      if (d?.k === K_NUM && lastScale >= 1e6 && scw && (scw.type === "scale" || scw.type === "scalePlural")) {
        const dv = digitValue(d.t);
        if (Number.isFinite(dv) && dv * scw.value < lastScale && !toks[i + 2]!.brk) {
          total += dv * scw.value;
          i += 3;
          consumed++;
          lastType = "scale";
          lastScale = scw.value;
          minAddend = scw.value;
          continue;
        }
      }
      // digits added after a multiplier: 34 ألفا و183 → 34,183; 5 آلاف و600 → 5,600 (a death toll's usual form)
      if (d?.k === K_NUM && lastScale >= 1000 && !(scw && (scw.type === "scale" || scw.type === "scalePlural"))) {
        const dv = digitValue(d.t);
        if (Number.isInteger(dv) && dv > 0 && dv < lastScale && !d.brk) {
          total += current + dv;
          current = 0;
          i += 2;
          consumed++;
          lastType = "digits";
          minAddend = Math.min(minAddend, dv);
          break;
        }
      }
      // separate conjunction: "مائة و ستة عشر"
      const w2 = word(toks, i + 1);
      if (w2 === null || toks[i + 1]!.brk) break;
      w = w2;
      next = i + 2;
      conj = true;
    }
    if (w === null) break;
    let nw = numberWord(w);
    if (nw === undefined && w.length > 1) {
      const c0 = w.charCodeAt(0);
      if (c0 === 0x0648 && consumed > 0) {
        nw = numberWord(w.slice(1));
        conj = nw !== undefined;
      } else if (consumed === 0) nw = withoutProclitic(w, numberWord);
    }
    // «الأعضاء الأربعة عشر»: a definite unit before عشر/عشرة is a teen
    if (nw === undefined && consumed === 0 && w.startsWith("ال") && w.length > 4) {
      const u = numberWord(w.slice(2));
      const w2 = word(toks, i + 1);
      if (u?.type === "unit" && (w2 === "عشر" || w2 === "عشره") && !toks[i + 1]!.brk) nw = u;
    }
    // أحد عشر / إحدى عشرة / وإحدى عشرة
    if (
      nw === undefined &&
      consumed === 0 &&
      (ONE_OF.has(w) || withoutProclitic(w, (s) => ONE_OF.has(s) || undefined))
    ) {
      const w2 = word(toks, i + 1);
      if (w2 === "عشر" || w2 === "عشره") nw = { value: 1, type: "unit" };
    }
    if (nw === undefined) break;
    const { value, type } = nw;
    if (consumed > 0 && !conj) {
      // without و only: teen (ثلاثة عشر), unit × hundred (ثلاث مائة), × scale (عشرون ألفا)
      const teen = type === "ten" && lastType === "unit";
      const hundreds = type === "hundred" && value === 100 && (lastType === "unit" || lastType === "digits");
      const scaled = type === "scale" || type === "scalePlural";
      if (!teen && !hundreds && !scaled) break;
    }
    if (consumed > 0 && conj) {
      // «خمسة وعشرة» is no number (fifteen is خمسة عشر): ten joined by و after a unit starts the next figure
      if (type === "ten" && lastType === "unit") break;
      // nor is «ثلاثة وخمسة»: two units joined by و are two figures (the ends of «بين ثلاثة وخمسة مليارات»)
      if (type === "unit" && lastType === "unit") break;
      // an added part must be smaller than the last multiplier (ألف ومائتان) unless nothing was multiplied yet
      if (type === "scale" || type === "scalePlural") break;
      if (lastScale > 0 && value >= lastScale) break;
      if (value >= minAddend) break;
      conjAt = i;
      valueBeforeConj = total + current;
    }
    // (a hundred is no multiplier here: «ستمئة وأربعين ألفا» is 640,000)
    if (
      (type === "scale" || type === "scalePlural") &&
      conjAt >= 0 &&
      Number.isFinite(minAddend) &&
      value >= minAddend &&
      current > 0
    ) {
      return { end: conjAt, value: valueBeforeConj, scale: lastScale };
    }
    // («قنابل زنة ألفا رطل»، «مليونا دولار»: a multiplier in the nominative dual, construct before what it counts,
    // is two of it; the accusative «ألفاً» carries a tanween, and «ألفاً من …» counts one thousand)
    const dualConstruct =
      type === "scale" &&
      consumed === 0 &&
      w.endsWith("ا") &&
      !toks[i]!.tanween &&
      toks[next]?.k === K_WORD &&
      !toks[next]!.glued &&
      word(toks, next) !== "من" &&
      !(toks[i - 1]?.k === K_NUM);
    if (dualConstruct) {
      current += 2 * value;
      lastType = "dual";
      lastScale = value;
      consumed++;
      i = next;
      continue;
    }
    switch (type) {
      case "unit":
      case "tens":
        current += value;
        break;
      case "ten":
        current += lastType === "unit" && !conj ? 10 : value;
        break;
      case "hundred":
        if (value === 100 && !conj && (lastType === "unit" || lastType === "digits") && current > 0) current *= 100;
        else current += value;
        lastScale = Math.max(lastScale, 100);
        break;
      case "dual":
        current += value;
        lastScale = Math.max(lastScale, value / 2);
        break;
      case "scale":
      case "scalePlural": {
        if (type === "scalePlural" && (current < 2 || current > 10) && lastType !== "digits") {
          if (consumed === 0) return null;
        }
        const base = current === 0 ? 1 : current;
        total += base * value;
        current = 0;
        lastScale = value;
        minAddend = value;
        break;
      }
    }
    lastType = type;
    consumed++;
    i = next;
    if (total + current > MAX_VALUE) return null;
    // ونصف after a multiplier: مليون ونصف
    const half = word(toks, i);
    if ((type === "scale" || type === "dual") && half === "ونصف") {
      total += (value === 2000 ? 1000 : value) / 2;
      i++;
    }
  }
  if (consumed === 0) return null;
  return { end: i, value: total + current, scale: lastScale || undefined };
}

/** Number words from token j (internal: shared with ordinals.ts). */
export function parseNumberWords(toks: Tok[], j: number): { end: number; value?: number } | null {
  return parseWords(toks, j);
}

/** The numeric core at token j: digits (with multipliers), number words, vague words, or a dual unit noun. */
function parseCore(toks: Tok[], j: number, afterModifier: boolean): Core | null {
  const tok = toks[j];
  if (!tok) return null;
  if (tok.k === K_NUM) {
    let v = digitValue(tok.t);
    if (!Number.isFinite(v)) return { end: j + 1, skip: true };
    const next = toks[j + 1];
    // («1,545 مليار سهم»: before a million or a billion, a comma and three digits is a decimal comma; a thousand
    // billion would be written as such) («1,500 مليون»: round hundreds stay thousands, as decimals drop their zeros)
    if (/^[0-9]{1,3},[0-9]{3}$/.test(tok.t) && !tok.t.endsWith("00") && next?.k === K_WORD) {
      const scale = withoutProclitic(next.t, numberWord);
      if (scale && (scale.type === "scale" || scale.type === "scalePlural") && scale.value >= 1e6)
        v = Number(tok.t.replace(",", "."));
    }
    // glued to Latin letters (1M, 3D): not a figure; glued to an Arabic word (١٨٠ميلي، ٤من) only with a multiplier
    if (next?.glued && next.k === K_LATIN) return { end: j + 2, skip: true };
    // 2014م / 1440هـ: a year with its era letter glued on
    if (next?.glued && next.k === K_WORD && (next.t === "م" || next.t === "ه") && /^[0-9]{4}$/.test(tok.t)) {
      return { end: j + 2, value: v, digitsOnly: true, isYearCandidate: true, eraMarked: true };
    }
    if (next?.glued && next.k === K_WORD) {
      const nw = numberWord(next.t);
      if (!nw || (nw.type !== "scale" && nw.type !== "scalePlural" && nw.type !== "hundred"))
        return { end: j + 2, skip: true };
    }
    const prev = toks[j - 1];
    if (prev && tok.glued && prev.k === K_LATIN) return { end: j + 1, skip: true };
    // dates and times: 15/2/2019, 10:30, 15 فبراير, فبراير 15 (not «بنزين 80: 13.75 جنيه», a label then its figure)
    if (
      next?.glued &&
      next.k === K_PUNCT &&
      (next.t === "/" || next.t === ":") &&
      toks[j + 2]?.k === K_NUM &&
      (next.t === "/" || toks[j + 2]!.glued)
    ) {
      let e = j + 3;
      while (toks[e]?.glued && (toks[e]!.t === "/" || toks[e]!.t === ":") && toks[e + 1]?.k === K_NUM) e += 2;
      return { end: e, skip: true };
    }
    // 15 من الشهر الجاري، 31 من هذا الشهر: a day of a month
    if (
      Number.isInteger(v) &&
      v >= 1 &&
      v <= 31 &&
      word(toks, j + 1) === "من" &&
      (word(toks, j + 2) === "الشهر" || (word(toks, j + 2) === "هذا" && word(toks, j + 3) === "الشهر"))
    )
      return { end: j + 2, skip: true };
    if (Number.isInteger(v) && v >= 1 && v <= 31 && monthAt(toks, j + 1)) {
      const m = monthAt(toks, j + 1)!;
      let e = m.end;
      if (toks[e]?.k === K_NUM) e++;
      return { end: e, skip: true };
    }
    if (Number.isInteger(v) && v >= 1 && v <= 31 && prev && monthAt(toks, j - 1)?.end === j && !afterModifier) {
      return { end: j + 1, skip: true };
    }
    // space-grouped thousands: 40 000 · 1 234 567
    let value = v;
    let end = j + 1;
    if (/^[0-9]{1,3}$/.test(tok.t)) {
      const group = /^[0-9]{3}([.][0-9]+)?$/;
      while (toks[end]?.k === K_NUM && group.test(toks[end]!.t) && !toks[end]!.glued && !toks[end]!.brk) {
        const after = toks[end + 1];
        if (after && after.k === K_NUM && !/^[0-9]{3}/.test(after.t)) break;
        value = value * 1000 + Number(toks[end]!.t);
        end++;
        if (toks[end - 1]!.t.includes(".")) break; // a decimal part closes the number: 1 234 567.89
      }
    }
    const words = parseWords(toks, j, { value, end });
    if (words && words.end > end) return { ...words, digitsOnly: false };
    const isYearCandidate = Number.isInteger(v) && /^[0-9]{4}$/.test(tok.t) && v >= 1800 && v <= 2100;
    return { end, value, digitsOnly: true, isYearCandidate };
  }
  const w = word(toks, j);
  if (w === null) return null;
  // vague: عشرات، مئات، آلاف، بضع مئات، عشرات الآلاف، العديد
  const vagueWord = (s: string) => VAGUE_WORDS.get(s) ?? (s.startsWith("ال") ? VAGUE_WORDS.get(s.slice(2)) : undefined);
  const vague = vagueWord(w) ?? withoutProclitic(w, vagueWord);
  if (vague) {
    // "عدة" only counts before a noun (عدة قرى); بضع/عدة need something after them
    const next = word(toks, j + 1);
    const scale = next !== null && !toks[j + 1]!.brk ? VAGUE_SCALES.get(next) : undefined;
    if (scale) {
      const tight = vague.label === "few" || vague.label === "several";
      const label =
        vague.label === "dozens"
          ? `tens of ${scale.label}s`
          : tight
            ? `${vague.label} ${scale.label}`
            : `${vague.label} of ${scale.label}s`;
      return {
        end: j + 2,
        vague: label,
        min: vague.min * scale.value,
        max: vague.max === undefined ? undefined : tight ? vague.max * scale.value : (vague.max + 1) * scale.value - 1,
        construct: true,
      };
    }
    if ((vague.label === "few" || vague.label === "several") && (next === null || NOT_COUNTED.has(next))) return null;
    return { end: j + 1, vague: vague.label, min: vague.min, max: vague.max, construct: true };
  }
  // one of: أحد مقاتلي، إحدى القرى
  const one = ONE_OF.has(w)
    ? w
    : numberWord(w)
      ? undefined
      : withoutProclitic(w, (s) => (ONE_OF.has(s) ? s : undefined));
  if (one !== undefined) {
    const next = word(toks, j + 1);
    const prev = word(toks, j - 1);
    if (next === "عشر" || next === "عشره") return parseWords(toks, j);
    if (next !== null && !toks[j + 1]!.brk && !NOT_COUNTED.has(next) && prev !== "يوم" && prev !== "اليوم") {
      if (!numberWord(next) && !WEEKDAYS.has(next)) return { end: j + 1, value: 1, construct: true };
    }
    return null;
  }
  // fractions: نصف سكانه، ثلث المنازل، ثلثي السكان، نصفهم، نصف مليون، ربع ساعة (خمس السكان but not خمس قرى)
  const fw = fractionWord(w);
  if (fw) {
    if (fw.suffixed) return { end: j + 1, value: percentOf(fw.f.numerator, fw.f.denominator), share: true };
    const f = fractionTail(toks, j + 1, fw.f);
    if (f) return f;
  }
  // «تخطى الألف»، «تجاوز حاجز الخمسين»: after a bound, a definite hundred, ten or multiplier is the figure itself
  if (afterModifier && w.startsWith("ال") && w.length > 4) {
    const nw = numberWord(w.slice(2));
    if (nw && (nw.type === "scale" || nw.type === "tens" || nw.type === "hundred"))
      return { end: j + 1, value: nw.value, digitsOnly: false };
  }
  const words = parseWords(toks, j);
  if (words) {
    // three quarters, two fifths: ثلاثة أرباع المساحة
    const v = words.value ?? 0;
    const d = FRACTION_PLURALS.get(word(toks, words.end) ?? "");
    if (d !== undefined && Number.isInteger(v) && v >= 2 && v < d && !toks[words.end]!.brk) {
      const f = { numerator: v, denominator: d };
      return fractionTail(toks, words.end + 1, f) ?? { end: words.end + 1, value: percentOf(v, d), share: true };
    }
    // a lone word number must not be the day name (الاثنين) or an ordinary word (ست = lady) without a noun
    return { ...words, construct: v >= 100 };
  }
  // dual unit nouns and singular units with مربع or after a modifier (أكثر من أسبوع، كيلومتر مربع)
  const unit = UNIT_FORMS.get(w) ?? withoutProclitic(w, (s) => UNIT_FORMS.get(s));
  // any feminine dual (سفينتين، حكومتان، جرعتين، جولتين): two of the noun — unlike -ين/-ان, the ending -تين/-تان
  // is not also a plural; and listed masculine duals whose plural is of another form (زورقين، مستشفيين، صوتين)
  if (!unit && isDual(w)) {
    // «المرحلتين السابقتين»، «القريتين الأخيرتين»: a dual after a dual agrees with it as its adjective, it counts
    // nothing more
    // (agreeing in definiteness, with no conjunction of its own: «سفينتين وطائرتين» are two counts)
    const prev = word(toks, j - 1);
    const definite = (x: string) => /^(?:[وفبك]?ال|لل)/u.test(x);
    const agrees =
      prev !== null &&
      !toks[j]!.brk &&
      (isDual(prev) || UNIT_FORMS.get(prev)?.count === 2) &&
      (w.startsWith("ال") ? definite(prev) : !definite(prev) && !/^[وف]/u.test(w));
    if (agrees) return null;
    return { end: j + 1, value: 2, dualTok: j };
  }
  if (unit?.count === 2) {
    if (unit.kind === "duration" && word(toks, j + 1) === "ونصف") return { end: j + 2, value: 2.5, unit, unitTok: j };
    return { end: j + 1, value: 2, unit, unitTok: j };
  }
  if (unit?.count === 1) {
    const after = word(toks, j + 1);
    // يوم كامل، سنة كاملة: one whole unit; ساعة ونصف: one and a half
    if (unit.kind === "duration" && (after === "كامل" || after === "كامله"))
      return { end: j + 2, value: 1, unit, unitTok: j };
    // (and of any measure: «أكثر من كيلومتر ونصف»، «طن ونصف»)
    if (after === "ونصف") return { end: j + 2, value: 1.5, unit, unitTok: j };
    // («جنيه وربع»، «جنيهاً وربع الجنيه»: a unit of money and a quarter)
    if (after === "وربع" && unit.kind === "money") {
      const again = word(toks, j + 2);
      const end =
        again !== null && again.replace(/^ال/u, "") === w.replace(/^ال/u, "").replace(/ا$/u, "") ? j + 3 : j + 2;
      return { end, value: 1.25, unit, unitTok: j };
    }
    // كيلومتر مربع: one square unit
    if (unit.squares && after !== null && SQUARE_WORDS.has(after)) return { end: j + 1, value: 1, unit, unitTok: j };
    if (afterModifier && (unit.kind === "duration" || unit.squares)) return { end: j + 1, value: 1, unit, unitTok: j };
  }
  return null;
}

/**
 * Words ending like a feminine dual that are not one: countries in -ستان, numbers, and the sound plurals of nouns
 * whose singular ends in ت («المصوتين» voters, «متفاوتين»، «الميتين»), folded.
 */
const NOT_DUAL = /(?:ستان|ستين|ثلاثين|ثمانين|مصوتين|مصوتون|متفاوتين|ميتين|موقتين|ثابتين|صامتين|منصتين|مبيتين)$/u;

/** A feminine dual noun: a stem of three letters or more (after ال and proclitics) + تين/تان. */
function isFeminineDual(w: string): boolean {
  if (!/(?:تين|تان)$/u.test(w) || NOT_DUAL.test(w) || numberWord(w) !== undefined) return false;
  const stem = w.slice(0, -3).replace(/^(?:وال|فال|بال|كال|لل|ال|و|ف|ب|ل)/u, "");
  return stem.length >= 3 && !/^(?:ال)/u.test(stem);
}

/**
 * A masculine dual noun: a listed singular (زورق، مستشفى) + ين/ان, after proclitics (زورقين، لهجومين، مستشفيان).
 * Not a nisba + يان (روسيان): as many foreign names end so (غارديان، جوليان، ماريان).
 */
function isMasculineDual(w: string): boolean {
  const ending = w.endsWith("ين") ? "ين" : w.endsWith("ان") ? "ان" : null;
  if (ending === null || numberWord(w) !== undefined) return false;
  // indefinite only: a definite dual points back at things told before («نفى أي دور في التفجيرين»)
  const stem = w.slice(0, -2);
  if (ending === "ان" && NOMINATIVE_DUAL_STEMS.has(stem.replace(/^[وف]?/u, ""))) return true;
  return MASCULINE_DUAL_STEMS.has(stem) || MASCULINE_DUAL_STEMS.has(stem.replace(/^[وف]?[بلك]?/u, ""));
}

/** The listed singular of a masculine dual, without its proclitics: بمقذوفين → مقذوف، سدان → سد. */
function singularOfDual(w: string): string {
  const one = w.slice(0, -2);
  return MASCULINE_DUAL_STEMS.has(one) || NOMINATIVE_DUAL_STEMS.has(one) ? one : one.replace(/^[وف]?[بلك]?/u, "");
}

/**
 * A definite nisba noun in the nominative dual (الانتحاريان، البريطانيان): two of them. Only with the article, and
 * only in -يان (the plural is -يون): foreign names end so without it (جوليان)، or are known names (الغارديان).
 */
function isNisbaDual(w: string): boolean {
  const bare = w.replace(/^[وف]?/u, "");
  return /^ال.{3,}يان$/u.test(bare) && !/(?:غارديان|ستان)$/u.test(bare);
}

/** Any dual noun, feminine or masculine: two of the noun. */
const isDual = (w: string): boolean => isFeminineDual(w) || isMasculineDual(w) || isNisbaDual(w);

/** A percentage to one decimal, as news writes shares: 1/3 → 33.3, 2/3 → 66.7, 1/8 → 12.5. */
const percentOf = (numerator: number, denominator: number) => Math.round((1000 * numerator) / denominator) / 10;

/** Does the word end with an unambiguous pronoun suffix (سكانها، منازلهم)? ه alone is also the folded ة. */
const hasPronoun = (w: string) => FRACTION_PRONOUNS.some((p) => w.length >= p.length + 3 && w.endsWith(p));

/**
 * A fraction word (نصف، ثلث، ثلثي …), with a proclitic (بنصف، ولثلث) or a pronoun suffix that makes it a share by
 * itself (نصفهم، ثلثاها; نصفه/ربعه/ثلثه too, but not خمسه = five).
 */
function fractionWord(w: string): { f: Fraction; suffixed: boolean } | null {
  return FRACTION_FORMS.get(w) ?? null;
}

/** Every written form of a fraction word: bare, with a proclitic, with a pronoun suffix (one lookup per word). */
const FRACTION_FORMS: ReadonlyMap<string, { f: Fraction; suffixed: boolean }> = (() => {
  const forms = new Map<string, { f: Fraction; suffixed: boolean }>();
  const proclitics = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل"];
  for (const [base, f] of FRACTIONS) {
    for (const p of proclitics) {
      forms.set(p + base, { f, suffixed: false });
      for (const suffix of [...FRACTION_PRONOUNS, "ه"]) {
        // خمسه is خمسة (five), not «a fifth of it»
        if (suffix === "ه" && f.ambiguous) continue;
        if (!forms.has(p + base + suffix)) forms.set(p + base + suffix, { f, suffixed: true });
      }
    }
  }
  return forms;
})();

/** Words that name the count of a whole rather than the whole (نصف عدد السكان: the whole is السكان). */
const COUNT_OF = new Set(["عدد", "اجمالي", "مجموع"]);

/**
 * What follows a fraction at k: a multiplier (نصف مليون = 500 000), a percent (نصف في المئة = 0.5 %), a unit that
 * is not a count (ربع ساعة = 0.25 hour, نصف قرن), or a whole it is a share of (نصف سكانه، ثلث مساحة البلاد، نصف
 * سكان قطاع غزة → percent, the whole's noun and up to two construct complements in the span). Null otherwise.
 */
/** The minute, for fractions of an hour. */
const MINUTE = UNIT_FORMS.get("دقيقه") as UnitForm;

function fractionTail(toks: Tok[], k: number, f: Fraction): Core | null {
  const n = word(toks, k);
  if (n === null || toks[k]!.brk) return null;
  const part = f.numerator / f.denominator;
  const sc = numberWord(n);
  if (sc) {
    if (f.ambiguous || sc.type !== "scale") return null;
    return { end: k + 1, value: part * sc.value, scale: sc.value, construct: true };
  }
  if (f.ambiguous && !n.startsWith("ال") && !hasPronoun(n)) return null;
  if (percentAfter(toks, k) >= 0) return f.ambiguous ? null : { end: k, value: part };
  const u = UNIT_FORMS.get(n) ?? (n.startsWith("ال") ? UNIT_FORMS.get(n.slice(2)) : undefined);
  if (u && u.kind !== "count") {
    if (f.ambiguous || u.count !== 1) return null;
    // «نصف ساعة»، «ربع ساعة»، «ثلث ساعة»: said and meant as minutes (30, 15, 20)
    if (u.unit === "hour" && Number.isInteger(part * 60))
      return { end: k + 1, value: part * 60, unit: MINUTE, unitTok: k };
    return { end: k + 1, value: part, unit: u, unitTok: k };
  }
  if (FRACTION_NOT_WHOLE.has(n) || VAGUE_WORDS.has(n) || countedNoun(toks, k, true) === null) return null;
  if (f.ambiguous) {
    // خمس السكان is a fifth; خمس القرى، خمس السنوات الماضية are five
    if (u) return null;
    const after = word(toks, k + 1);
    if (
      after !== null &&
      (FIVE_NOT_FIFTH_AFTER.has(after) || (after.startsWith("ال") && ORDINAL_WORDS.has(after.slice(2))))
    )
      return null;
  }
  let end = k + 1;
  let subjectTok = k;
  // construct complements of an indefinite whole: ثلث مساحة البلاد، نصف سكان قطاع غزة، نصف عدد السكان
  let last = n;
  for (let c = 0; c < 2 && !last.startsWith("ال") && !hasPronoun(last); c++) {
    const m = word(toks, end);
    if (m === null || toks[end]!.brk || countedNoun(toks, end, true) === null) break;
    if (m.startsWith("و") && (m.startsWith("وال") || fractionWord(m.slice(1)) || numberWord(m.slice(1)))) break;
    if (VAGUE_WORDS.has(m) || fractionWord(m) || UNIT_FORMS.has(m)) break;
    // after a word ending in ه (a ta marbuta or a pronoun) only a definite complement is sure to belong to it
    if (!m.startsWith("ال") && last.endsWith("ه")) break;
    if (c === 0 && COUNT_OF.has(n)) subjectTok = end;
    last = m;
    end++;
  }
  return { end, value: percentOf(f.numerator, f.denominator), share: true, subjectTok };
}

/** PRE_MODIFIERS by their first word, each list in the lexicon's order (longest phrases first). */
const PRE_BY_FIRST: ReadonlyMap<string, ReadonlyArray<(typeof PRE_MODIFIERS)[number]>> = (() => {
  const m = new Map<string, Array<(typeof PRE_MODIFIERS)[number]>>();
  for (const mod of PRE_MODIFIERS) {
    const list = m.get(mod.words[0]!) ?? [];
    list.push(mod);
    m.set(mod.words[0]!, list);
  }
  return m;
})();

/** Particles that negate the verb after them (لم يتجاوز، لن يزيد). */
const NEGATORS: ReadonlySet<string> = new Set(["لم", "لن", "ولم", "ولن"]);

/** «(لا) يزال/تزال/زال»: «still», after which «أكثر من» is a floor all the same. */
const STILL: ReadonlySet<string> = new Set(["يزال", "تزال", "يزالون", "زال", "زالت", "زالوا"]);

/** Negations that make «أكثر من» after them a ceiling. */
const MORE_NEGATORS: ReadonlySet<string> = new Set(["لا", "ولا", "لم", "ولم", "لن", "ولن", "ليس", "ليست"]);

function preModifier(toks: Tok[], i: number): { kind: ModifierKind; len: number } | null {
  const w = word(toks, i);
  if (w === null) return null;
  // the first word as written, or after a one- or two-letter proclitic (لنحو، وبأكثر)
  for (const first of [w, w.slice(1), w.slice(2)]) {
    const mods = PRE_BY_FIRST.get(first);
    if (!mods) continue;
    for (const m of mods) {
      if (!matchWords(toks, i, m.words, true)) continue;
      // «لم يتجاوز 50»، «لم تتخطَّ»: a negated «exceeds» is a ceiling
      if (
        m.kind === "min" &&
        /^(?:يت|تت|يز|تز|يف|تف)/u.test(m.words[0] as string) &&
        NEGATORS.has(word(toks, i - 1) ?? "")
      )
        return { kind: "max", len: m.words.length };
      // «لا يتسع لأكثر من 800»، «ليس أكثر من»: «more than» under a negation a word or two before is a ceiling
      // (not «لا يزال أكثر من 100 في عداد المفقودين»: «لا يزال» is «still», it negates nothing)
      if (
        m.kind === "min" &&
        m.words[0] === "اكثر" &&
        !STILL.has(word(toks, i - 1) ?? "") &&
        (MORE_NEGATORS.has(word(toks, i - 1) ?? "") || MORE_NEGATORS.has(word(toks, i - 2) ?? ""))
      )
        return { kind: "max", len: m.words.length };
      return { kind: m.kind, len: m.words.length };
    }
  }
  return null;
}

const EXCEED_VERBS: ReadonlySet<string> = new Set(EXCEED.verbs);
const EXCEED_NEGATIONS: ReadonlySet<string> = new Set(EXCEED.negations);
const EXCEED_SUBJECTS: ReadonlySet<string> = new Set(EXCEED.subjects);

/** Whether a folded word is a noun of number or measure (عدد، العدد، عددهم، سعته، قيمتها). */
function measureNoun(w: string): boolean {
  const bare = w.replace(/^(?:وال|فال|ال|و|ف)(?=...)/u, "");
  if (EXCEED_SUBJECTS.has(bare)) return true;
  // a pronoun after the noun: its ة is written ت (سعته، قيمتها)
  const m = /^(.{2,}?)(?:ه|ها|هم|هما|هن)$/u.exec(bare);
  if (!m) return false;
  const noun = (m[1] as string).replace(/ت$/u, "ه");
  return EXCEED_SUBJECTS.has(noun);
}

/**
 * A verb of exceeding, its subject, then the figure (تجاوز عدد القتلى 3800، لا تتجاوز سعة الخزان 1.2 مليون): the
 * bound and the number of tokens from i to the figure, or null. The subject is one or two words with no particle,
 * number or break among them, so «تجاوز في 2023 …» or a verb ending its clause states no bound.
 */
function exceedBound(toks: Tok[], i: number): { kind: ModifierKind; len: number } | null {
  const w = word(toks, i);
  if (w === null) return null;
  let k = i;
  const negated = EXCEED_NEGATIONS.has(w);
  if (negated) {
    if (toks[i]!.brk) return null;
    k++;
  }
  const v = word(toks, k);
  if (v === null) return null;
  const isVerb = EXCEED_VERBS.has(v) || (!negated && /^[وف]/u.test(v) && EXCEED_VERBS.has(v.slice(1)));
  // «ما يتجاوز 50» and «لا يتجاوز 50» are PRE_MODIFIERS; a relative «ما» before the verb is no verb-subject order
  if (!isVerb || toks[k]!.brk || (!negated && word(toks, i - 1) === "ما")) return null;
  k++;
  if (!measureNoun(word(toks, k) ?? "")) return null;
  const subjectAt = k;
  for (let gap = 0; gap < EXCEED.maxGap; gap++) {
    const t = toks[k];
    if (!t || t.k !== K_WORD || NOT_COUNTED.has(t.t) || numberWord(t.t) || VAGUE_WORDS.has(t.t)) break;
    k++;
    const next = toks[k];
    if (t.brk || !next) return null;
    if (isFigureStart(next)) {
      // a present verb under negation is a ceiling, the negation read with the figure or just before it («ألا
      // تتجاوز السرعة فيها 30»); a bare verb of exceeding a floor
      return { kind: negated || EXCEED_NEGATIONS.has(word(toks, i - 1) ?? "") ? "max" : "min", len: k - i };
    }
  }
  const far = farExceeded(toks, subjectAt);
  // «لم يتجاوز عدد المشاركين في التظاهرة 300»: read from the verb, the negation before it still makes a ceiling
  const ceiling = negated || EXCEED_NEGATIONS.has(word(toks, i - 1) ?? "");
  return far < 0 ? null : { kind: ceiling ? "max" : "min", len: far - i };
}

const isFigureStart = (t: Tok): boolean =>
  t.k === K_NUM || (t.k === K_WORD && withoutProclitic(t.t, numberWord) !== undefined);

/**
 * The figure after a long subject of «exceeds» («تجاوزت الحصيلة الإجمالية لوفيات الحجاج من مختلف الجنسيات ألف
 * حالة»، «تخطى عدد قتلى الزلزال الذي ضرب جنوب تركيا فجر الاثنين 15 ألفا») or after a source set off by commas
 * («تجاوزت حصيلة الحرب، وفق وزارة الصحة، 3800 قتيل»): the token index of the first figure within
 * EXCEED.maxReach words of the subject, or -1. The figure must follow a content word or the parenthesis's closing
 * comma (not «في 2023»، «منذ 2011»); a parenthesis that holds a figure of its own, another punctuation mark, a
 * line break or a date ends the search.
 */
function farExceeded(toks: Tok[], from: number): number {
  let inside = false;
  for (let k = from; k < toks.length && k - from <= EXCEED.maxReach; k++) {
    const t = toks[k]!;
    if (t.brk) return -1;
    if (t.k === K_PUNCT) {
      if (!isComma(t)) return -1;
      inside = !inside;
      continue;
    }
    if (!isFigureStart(t) || WEEKDAYS.has(t.t)) continue;
    if (inside) return -1;
    const prev = toks[k - 1]!;
    const after = prev.k === K_PUNCT || (prev.k === K_WORD && !NOT_COUNTED.has(prev.t) && !numberWord(prev.t));
    if (!after || monthAt(toks, k + 1) !== null || /^(?:1[89]|20)[0-9]{2}$/u.test(t.t)) return -1;
    return k;
  }
  return -1;
}

const REACH_VERBS: ReadonlySet<string> = new Set(REACH.verbs);
const REACH_TOTALS: readonly string[] = REACH.totals;
/** First words of a reach phrase (an opener's or a verb's), for a cheap test before the match. */
const REACH_FIRST: ReadonlySet<string> = new Set([...REACH.openers.map((o) => o[0]!), ...REACH.verbs]);
const REACH_AFTER_OPENER: ReadonlySet<string> = new Set(REACH.afterOpener);
const REACH_NOT_AFTER: ReadonlySet<string> = new Set(REACH.notAfter);

/**
 * "Up to" with a verb of reaching (ما يصل إلى، قد تصل الحصيلة إلى، يصل عددهم إلى): the number of tokens from i to
 * the figure after إلى, or 0. See REACH in lexicon/modifiers.ts.
 */
function reachBound(toks: Tok[], i: number): number {
  const w = word(toks, i);
  if (w === null || !(REACH_FIRST.has(w) || REACH_FIRST.has(w.slice(1)))) return 0;
  let k = i;
  let opened = false;
  for (const o of REACH.openers) {
    if (matchWords(toks, i, o, true) && !toks[i + o.length]?.brk) {
      k = i + o.length;
      opened = true;
      break;
    }
  }
  const v = word(toks, k);
  if (v === null || (opened && toks[k]!.brk)) return 0;
  const verb = (s: string) => (REACH_VERBS.has(s) || (opened && REACH_AFTER_OPENER.has(s)) ? true : undefined);
  const isVerb = opened
    ? verb(v)
    : (verb(v) ?? (v.startsWith("و") || v.startsWith("ف") ? verb(v.slice(1)) : undefined));
  if (!isVerb) return 0;
  if (!opened) {
    const prev = word(toks, k - 1);
    if (prev !== null && REACH_NOT_AFTER.has(prev)) return 0;
  }
  k++;
  // what reaches: a few words, none of them a particle or a number
  for (let gap = 0; gap <= REACH.maxGap; gap++) {
    const t = toks[k];
    if (!t || t.brk || t.k !== K_WORD) return 0;
    if (t.t === REACH.to) return k + 1 - i;
    if (!opened && REACH_TOTALS.some((w) => t.t.replace(/^(?:ال|و)/u, "").startsWith(w))) return 0;
    if (gap === REACH.maxGap || NOT_COUNTED.has(t.t) || numberWord(t.t) || VAGUE_WORDS.has(t.t)) return 0;
    k++;
  }
  return 0;
}

function percentAfter(toks: Tok[], k: number): number {
  const t = toks[k];
  if (!t) return -1;
  if (t.k === K_PUNCT && t.t === "%") return k + 1;
  for (const p of PERCENT_WORDS) if (matchWords(toks, k, p, false)) return k + p.length;
  return -1;
}

/** A unit or a people noun at k (what makes a year-like number a count: إلى 2012 قتيلا). */
function countedAt(toks: Tok[], k: number): boolean {
  const w = word(toks, k);
  if (w === null || toks[k]!.brk) return false;
  return UNIT_FORMS.has(w) || PEOPLE_STEMS.has(nounStem(w)) || percentAfter(toks, k) >= 0;
}

const ARTICLE_PHRASE = ["بال", "كال", "فال", "وال", "لل"];

/** Plausible counted noun at k (not a particle, verb-looking word, number, month or day). */
/** Verbs of killing and wounding, folded, bare or after و/ف (harmVerb): a bare number after them counts people. */
const HARM_VERBS: ReadonlySet<string> = new Set([
  "قتل",
  "يقتل",
  "تقتل",
  "قتلت",
  "اصاب",
  "يصيب",
  "تصيب",
  "اصابت",
  // («قتل 51 وأصيب 20»: the passive opens the next count)
  "اصيب",
  "اصيبت",
  "جرح",
  "يجرح",
  "تجرح",
  "جرحت",
]);
/** Words of change before «من X إلى Y» (رفع، ارتفع، خفض، تراجع، زيادة …), folded, bare or after و/ف/ب/ل. */
const CHANGE_WORDS: ReadonlySet<string> = new Set(CHANGES);
/**
 * How many words back a word of change may stand from «من» («رفع عدد سيارات الإسعاف في موقع الحادث من 36»، «زيادة سعر
 * الفائدة على الإقراض بمقدار نقطتين مئويتين أيضاً من 10.25%»: nine).
 */
const CHANGE_REACH = 10;

/** Words that open an aside between commas («، وهو أكثر أنواع الوقود استخداماً،»), folded. */
const ASIDE_OPENERS = new Set(["وهو", "وهي", "وهم", "وهما", "الذي", "التي", "الذين"]);

function changeBefore(toks: Tok[], i: number, depth = 0): boolean {
  for (let k = i - 1; k >= 0 && i - k <= CHANGE_REACH; k--) {
    const t = toks[k]!;
    // («وبنزين 92 من 13.75 إلى 15.25»: a grade's number right before «من» labels the thing that changed)
    if (t.k === K_NUM && k === i - 1 && k > 0 && toks[k - 1]!.k === K_WORD) continue;
    // «صعد سعر السولار من 11.50 إلى 13.50 جنيه، وبنزين 92 من 13.75 إلى 15.25 جنيه»: a short item joined by و after
    // a comma goes on with the change the clause before it reported
    if (isComma(t) && depth < 8) {
      // («ارتفع سعر السولار، وهو أكثر أنواع الوقود استخداماً، إلى 13.50 جنيه»: an aside between commas is passed over)
      for (let m = k - 1; m >= 0 && k - m <= 12; m--) {
        const w = toks[m]!;
        if (w.k !== K_PUNCT) continue;
        if (isComma(w) && ASIDE_OPENERS.has(toks[m + 1]?.t ?? "")) return changeBefore(toks, m, depth + 1);
        break;
      }
      const first = toks[k + 1];
      if (i - k > 4) return false;
      if (first?.k !== K_WORD || !/^و../u.test(first.t)) return false;
      for (let m = k - 1; m >= 0 && k - m <= 12; m--) {
        const w = toks[m]!;
        if (w.k === K_PUNCT || w.brk) break;
        if (w.k === K_WORD && w.t === "من" && toks[m + 1]?.k === K_NUM) return changeBefore(toks, m, depth + 1);
      }
      return false;
    }
    if (t.k !== K_WORD) return false;
    // («نقلت وكالات الأنباء … أن عدد الضحايا يقدر من 50 إلى 80»: a word of change before «أن» is another clause's)
    if (/^(?:ان|انه|انها|بان|وان)$/u.test(t.t)) return false;
    if (CHANGE_WORDS.has(t.t) || withoutProclitic(t.t, (s) => (CHANGE_WORDS.has(s) ? true : undefined))) return true;
    if (t.brk) return false;
  }
  return false;
}

/**
 * Whether the figure after the «من» at i (ending at `end`, no range) gives the value a thing had before a change:
 * «بدلاً من 12.25 جنيه»، «ارتفع إلى 13.50 جنيه من 11.50 جنيه» (the new figure, with «إلى» and a word of change before
 * it, stands right before «من», past one word), «زاد سعر السولار من 10 جنيهات إلى 11.50 جنيه» (a change whose first
 * figure carries its own unit).
 */
function previousAfter(toks: Tok[], i: number, end: number): boolean {
  const before = word(toks, i - 1);
  if (before !== null && /^(?:بدلا|عوضا|بدل)$/u.test(before)) return true;
  const to = word(toks, end) !== null && UNIT_FORMS.has(word(toks, end)!) ? end + 1 : end;
  if (word(toks, to) === "الي" && toks[to + 1]?.k === K_NUM && changeBefore(toks, i)) return true;
  // (how often a rate is counted may stand between: «إلى 39.7% على أساس سنوي من 40.4%»)
  let k = beforeBasis(toks, i - 1);
  // (the new figure's unit or counted noun stands between: «إلى 20 قرشاً من 5 قروش»، «إلى 40.3 في المائة من …»)
  const pct = PERCENT_WORDS.find((p) => matchWords(toks, k - p.length + 1, p, false));
  if (pct) k -= pct.length;
  else if (toks[k]?.k === K_PUNCT && toks[k]!.t === "%") k--;
  else if (word(toks, k) !== null) k--;
  if (toks[k]?.k !== K_NUM) return false;
  while (k > 0 && toks[k - 1]!.k === K_NUM && toks[k]!.glued) k--;
  return word(toks, k - 1) === "الي" && changeBefore(toks, k - 1);
}

/** How often a rate is counted, as the last word of «على أساس سنوي» or alone («سنوياً»), folded. */
const BASES = new Set(["سنوي", "شهري", "ربعي", "فصلي", "يومي", "اسبوعي"]);

/** The token before a rate's basis ending at k («على أساس سنوي»، «سنوياً»), or k when there is none. */
function beforeBasis(toks: Tok[], k: number): number {
  const w = word(toks, k);
  if (w === null) return k;
  if (BASES.has(w) && word(toks, k - 1) === "اساس" && word(toks, k - 2) === "علي") return k - 3;
  if (w.endsWith("ا") && BASES.has(w.slice(0, -1))) return k - 1;
  return k;
}

const harmVerb = (w: string | null) =>
  w !== null && (HARM_VERBS.has(w) || (/^[وف]/u.test(w) && HARM_VERBS.has(w.slice(1))));

/** Whether a folded word is a verb of killing or wounding («قتل»، «وأصيب»، «يجرح»), bare or after و/ف. */
export function isHarmVerb(folded: string): boolean {
  return harmVerb(folded);
}

function countedNoun(toks: Tok[], k: number, allowDefinite: boolean): string | null {
  const t = toks[k];
  if (!t || t.k !== K_WORD || t.brk) return null;
  const w = t.t;
  if (w.length < 2 || NOT_COUNTED.has(w) || harmVerb(w)) return null;
  // a particle after و/ف (وأن، فإن، ولا، وقد) starts the next clause
  if (w.length > 2 && (w.charCodeAt(0) === 0x0648 || w.charCodeAt(0) === 0x0641) && NOT_COUNTED.has(w.slice(1)))
    return null;
  // («ارتفع إلى 51 وعدد الجرحى إلى 20»: «وعدد» opens the next measure)
  if (w === "وعدد") return null;
  if (!allowDefinite && w.startsWith("ال")) return null;
  // a preposition or conjunction with the article (بالرصاص، للمخيمات، والجرحى) starts a phrase: never the counted noun
  if (w.length > 4 && ARTICLE_PHRASE.some((p) => w.startsWith(p))) return null;
  if (numberWord(w) || WEEKDAYS.has(w) || MONTHS.has(w)) return null;
  // «وعشرة»، «وخمسة»: a joined number word starts the next figure
  if (w.length > 2 && w.charCodeAt(0) === 0x0648 && numberWord(w.slice(1))) return null;
  if (w.endsWith("وا")) return null; // past plural verbs: قتلوا، فروا
  const c0 = w.charCodeAt(0);
  if ((c0 === 0x064a || c0 === 0x062a) && (w.endsWith("ون") || w.endsWith("ان"))) return null; // يدافعون، تقاتلان
  return w;
}

/**
 * An indefinite ordinal that ranks the superlative or noun after it: «خامس مقر عسكري يسقط» → 5, «ثاني أكبر مدن
 * البلاد» / «ثانية كبرى مدن السودان» → 2; kind "ordinal", unit "rank", subject the ranked noun. Definite ordinals
 * (المرة الثانية، الخامس من يونيو، الأول من نوعه) are positions or dates, left to parseOrdinals and parseTimes.
 */
function rankAt(toks: Tok[], i: number): Match | null {
  const w = word(toks, i);
  if (w === null) return null;
  const rank = RANK_ORDINALS.get(w) ?? withoutProclitic(w, (s) => RANK_ORDINALS.get(s));
  if (rank === undefined) return null;
  // آل ثاني، تشرين ثاني، 30 ثانية، خمس ثوان
  const prev = toks[i - 1];
  if (prev && !toks[i]!.brk) {
    if (prev.k === K_NUM) return null;
    if (prev.k === K_WORD && (RANK_NOT_AFTER.has(prev.t) || numberWord(prev.t))) return null;
  }
  const n = word(toks, i + 1);
  if (n === null || toks[i + 1]!.brk || RANK_NOT_BEFORE.has(n)) return null;
  let end = i + 2;
  let nounTok: number | undefined;
  if (SUPERLATIVES.has(n)) {
    // ثاني أكبر مدن البلاد: the ranked noun after the superlative
    if (countedNoun(toks, end, true) !== null && !SUPERLATIVES.has(word(toks, end)!)) {
      nounTok = end;
      end++;
    }
  } else {
    // خامس مقر: an indefinite noun, not a verb (يسقط), a time (ثالث أيام العيد، ثاني مرة) or a particle
    if (countedNoun(toks, i + 1, false) === null || n.startsWith("ي")) return null;
    const u = UNIT_FORMS.get(n);
    if (u && (u.kind === "duration" || u.unit === "time")) return null;
    // ثانية is also "a second": as an ordinal it needs a superlative or a feminine noun (ثانية مدينة)
    if (rank === 2 && w.endsWith("ه") && !n.endsWith("ه")) return null;
    nounTok = i + 1;
  }
  const subject = nounTok !== undefined ? nounStem(toks[nounTok]!.t) : undefined;
  return { start: i, end, value: rank, approx: false, unit: "rank", subject, kind: "ordinal" };
}

/** Decades as written in the plural (سبعينيات) → their first year within a century. */
const DECADES: ReadonlyMap<string, number> = new Map([
  ["عشرينيات", 20],
  ["ثلاثينيات", 30],
  ["اربعينيات", 40],
  ["خمسينيات", 50],
  ["ستينيات", 60],
  ["سبعينيات", 70],
  ["ثمانينيات", 80],
  ["تسعينيات", 90],
]);
/** «القرن الماضي/العشرين»: the twentieth century (the nineteenth: «القرن التاسع عشر»). */
const CENTURY_OF: ReadonlyArray<{ words: string[]; base: number }> = [
  { words: ["القرن", "الماضي"], base: 1900 },
  { words: ["القرن", "العشرين"], base: 1900 },
  { words: ["القرن", "التاسع", "عشر"], base: 1800 },
];

/** «سبعينيات القرن الماضي» → the years 1970–1979. */
function decadeAt(toks: Tok[], i: number): Match | null {
  const w = word(toks, i);
  if (w === null) return null;
  const d =
    DECADES.get(w) ??
    withoutProclitic(w, (x) => DECADES.get(x)) ??
    withoutProclitic(w, (x) => (x.startsWith("ال") ? DECADES.get(x.slice(2)) : undefined));
  if (d === undefined || toks[i]!.brk) return null;
  // («الستينيات من القرن الماضي»: or with «من» before the century)
  const skip = word(toks, i + 1) === "من" ? 1 : 0;
  for (const c of CENTURY_OF) {
    if (c.words.every((x, k) => word(toks, i + 1 + skip + k) === x)) {
      const lo = c.base + d;
      const end = i + 1 + skip + c.words.length;
      return { start: i, end, min: lo, max: lo + 9, approx: false, unit: "year", kind: "year" };
    }
  }
  return null;
}

/** Hours of the clock as written with the article (الساعة الرابعة، السادسة صباحاً). */
const CLOCK_HOURS: ReadonlyMap<string, number> = new Map([
  ["الاولي", 1],
  ["الواحده", 1],
  ["الثانيه", 2],
  ["الثالثه", 3],
  ["الرابعه", 4],
  ["الخامسه", 5],
  ["السادسه", 6],
  ["السابعه", 7],
  ["الثامنه", 8],
  ["التاسعه", 9],
  ["العاشره", 10],
  ["الحاديه", 11],
]);
/** A number word counting minutes (خمس، عشر، إحدى، ثلاث …), masculine or feminine. */
function minuteWord(w: string): number | undefined {
  if (w === "احدي" || w === "احد") return 1;
  const n = numberWord(w) ?? numberWord(`${w}ه`);
  return n && n.value < 60 ? n.value : undefined;
}
/** Parts of the day after a clock hour: morning keeps the hour, afternoon and evening add twelve. */
const DAY_PART_AM = new Set(["صباحا", "فجرا", "صباح", "فجر", "الصباح", "الفجر"]);
const DAY_PART_PM = new Set(["مساء", "عصرا", "ليلا", "ظهرا", "عصر", "ظهر", "المساء", "العصر", "الظهر"]);
const CLOCK_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ["والربع", 0.25],
  ["والنصف", 0.5],
  ["والثلث", 1 / 3],
]);
const CLOCK_APPROX = new Set(["قرابه", "نحو", "حوالي"]);

/** A hedge right before the time at token i («قرابة الساعة …»، «نحو منتصف الليل»، «وحوالي 23:30»). */
function hedgedClock(toks: Tok[], i: number): boolean {
  const before = word(toks, i - 1);
  return before !== null && (CLOCK_APPROX.has(before) || CLOCK_APPROX.has(before.replace(/^[وب]/u, "")));
}

/**
 * A time of day: «الساعة الرابعة والربع عصراً» = 16.25, «السادسة صباحاً» = 6, «الخامسة والربع من عصر الاثنين» =
 * 17.25. Without «الساعة» a part of the day must follow. A label of the day (kind date, unit hour_of_day), not a
 * count; the comparison reads it as a time of day, so two outlets timing one event differently disagree.
 */
function clockAt(toks: Tok[], i: number): Match | null {
  let j = i;
  const w0 = word(toks, j);
  if (w0 === null) return null;
  const hasSaa = w0 === "الساعه" || w0 === "ساعه";
  if (hasSaa) j++;
  const hw = word(toks, j);
  if (hw === null) return null;
  // «منتصف الليل» is 0, «منتصف النهار» is 12
  if (hw === "منتصف" || hw === "بمنتصف") {
    const k = j;
    const of = word(toks, k + 1);
    const noon = of === "النهار" || of === "الظهيره";
    if (of !== "الليل" && !noon) return null;
    const approx = hedgedClock(toks, i);
    return { start: approx ? i - 1 : i, end: k + 2, value: noon ? 12 : 0, approx, unit: "hour_of_day", kind: "date" };
  }
  // «بين الخامسة مساء والسابعة صباحا»: the second hour of a pair keeps its و (a part of the day must follow)
  let hour = CLOCK_HOURS.get(hw) ?? (!hasSaa && hw.startsWith("و") ? CLOCK_HOURS.get(hw.slice(1)) : undefined);
  if (hour === undefined) return null;
  let end = j + 1;
  const ten = word(toks, end);
  if ((hour === 1 || hour === 2 || hour === 11) && (ten === "عشره" || ten === "عشر")) {
    hour = hour === 1 ? 11 : hour === 2 ? 12 : 11;
    end++;
  } else if (hour === 11) return null;
  let minutes = 0;
  const f = word(toks, end);
  if (f !== null && CLOCK_FRACTIONS.has(f)) {
    minutes = (CLOCK_FRACTIONS.get(f) as number) * 60;
    end++;
  } else if (f === "الا" && (word(toks, end + 1) === "ربعا" || word(toks, end + 1) === "ربع")) {
    minutes = -15;
    end += 2;
  } else if (f?.startsWith("و") && minuteWord(f === "و" ? (word(toks, end + 1) ?? "") : f.slice(1))) {
    // «التاسعة وإحدى عشرة دقيقة»، «الحادية عشرة وخمس دقائق» (the و may stand as a token of its own)
    const split = f === "و";
    let k = end + (split ? 2 : 1);
    let n = minuteWord(split ? (word(toks, end + 1) as string) : f.slice(1)) as number;
    const teen = word(toks, k);
    if (teen === "عشره" || teen === "عشر") {
      n += 10;
      k++;
    }
    const m = word(toks, k);
    if (m === "دقيقه" || m === "دقايق") {
      minutes = n;
      end = k + 1;
    }
  } else if (f === "و" && toks[end + 1]?.k === K_NUM && /^[0-5]?[0-9]$/.test(toks[end + 1]!.t)) {
    // («الساعة الثامنة و57 دقيقة»: the minutes in digits)
    const m = word(toks, end + 2);
    if (m === "دقيقه" || m === "دقايق") {
      minutes = Number(toks[end + 1]!.t);
      end += 3;
    }
  }
  // («نحو الثامنة والنصف»: an hour with its half or quarter names a time of day without «الساعة»)
  const fraction = minutes !== 0 && f !== null && (CLOCK_FRACTIONS.has(f) || f === "الا");
  let pm: boolean | null = null;
  const part = dayPartAt(toks, end);
  if (part) {
    pm = part.pm;
    // «الثانية عشرة ليلا» is midnight
    if (part.midnight && hour === 12) {
      hour = 0;
      pm = false;
    }
    end = part.end;
  }
  if (!hasSaa && pm === null && !fraction) return null;
  let value = hour + minutes / 60 + (pm && hour < 12 ? 12 : 0);
  value = Math.round(value * 1e4) / 1e4;
  const approx = hedgedClock(toks, i);
  const start = approx ? i - 1 : i;
  return { start, end, value, approx, unit: "hour_of_day", kind: "date" };
}

/** Words opening a span of the day («بين السادسة صباحا والثالثة عصرا»، «من الثامنة صباحا حتى الثانية ظهرا»). */
const CLOCK_SPAN_OPENERS = new Set(["بين", "من", "وبين", "ومن", "مابين"]);

/**
 * A span of the day: «بين السادسة صباحا والثالثة عصرا» = 6–15, «من الساعة 08:00 حتى 14:00» = 8–14 (kind date, unit
 * hour_of_day, min and max). A span that runs past midnight (from five in the evening to seven in the morning) is
 * left as its two times.
 */
function clockSpanAt(toks: Tok[], i: number): Match | null {
  const w0 = word(toks, i);
  if (w0 === null || !CLOCK_SPAN_OPENERS.has(w0)) return null;
  let j = i + 1;
  if (w0 === "بين" && word(toks, j) === "ما") j++;
  const a = clockAt(toks, j) ?? digitClockAt(toks, j);
  if (a === null || a.start !== j || a.value === undefined) return null;
  const joiner = word(toks, a.end);
  let k = a.end;
  if (joiner === "و" || joiner === "حتي" || joiner === "الي") k++;
  else if (joiner === null || !joiner.startsWith("و")) return null;
  const b = clockAt(toks, k) ?? digitClockAt(toks, k);
  if (b === null || b.start !== k || b.value === undefined || b.value <= a.value) return null;
  return { start: i, end: b.end, min: a.value, max: b.value, approx: a.approx, unit: "hour_of_day", kind: "date" };
}

/**
 * A day of a month as written: «28 يونيو»، «25 نيسان/أبريل 2021»، «3 حزيران (يونيو)». The day and the token after
 * the month phrase (and the year that follows it), or null.
 */
function dayOfMonthAt(toks: Tok[], k: number): { day: number; end: number } | null {
  const t = toks[k];
  if (!t || t.k !== K_NUM || !/^[0-9]{1,2}$/.test(t.t) || toks[k + 1]?.brk) return null;
  const day = Number(t.t);
  if (day < 1 || day > 31) return null;
  const m = monthAt(toks, k + 1);
  if (!m) return null;
  let end = m.end;
  // the month's other name: «نيسان/أبريل»، «حزيران (يونيو)»
  const sep = toks[end];
  if (sep && sep.k === K_PUNCT && (sep.t === "/" || sep.t === "(" || sep.t === "-")) {
    const other = monthAt(toks, end + 1);
    if (other && other.month === m.month) {
      end = other.end;
      if (sep.t === "(" && toks[end]?.t === ")") end++;
    }
  }
  const y = toks[end];
  if (y && y.k === K_NUM && /^[0-9]{4}$/.test(y.t) && !toks[end - 1]!.brk) end++;
  return { day, end };
}

/**
 * A date as a figure: the day of its month (unit day_of_month, kind date), so that «28 يونيو» in one outlet and
 * «28 حزيران» in another state the same figure. Two days of one month after «بين»/«من» are a range («من 12 إلى 27
 * يونيو»، «بين 5 و9 أيلول»); two full dates («من 30 مايو إلى 3 يونيو») stay two figures.
 */
function dateAt(toks: Tok[], i: number): Match | null {
  const d = dayOfMonthAt(toks, i);
  if (!d) return null;
  // «28 كانون الأول 2017»: the year after the month is a figure of its own (a calendar year), read next
  const last = toks[d.end - 1]!;
  const end = last.k === K_NUM && /^[0-9]{4}$/.test(last.t) ? d.end - 1 : d.end;
  return { start: i, end, value: d.day, approx: false, unit: "day_of_month", kind: "date" };
}

function dayRangeAt(toks: Tok[], i: number, j: number): Match | null {
  const t = toks[j];
  if (!t || t.k !== K_NUM || !/^[0-9]{1,2}$/.test(t.t) || dayOfMonthAt(toks, j)) return null;
  const first = Number(t.t);
  const joiner = word(toks, j + 1);
  if (joiner === null ? toks[j + 1]?.t !== "-" : joiner !== "و" && joiner !== "الي" && joiner !== "حتي") return null;
  const d = dayOfMonthAt(toks, j + 2);
  if (!d || first < 1 || first >= d.day) return null;
  return { start: i, end: d.end, min: first, max: d.day, approx: false, unit: "day_of_month", kind: "date" };
}

/**
 * A time of day written in digits: «الساعة 23:30»، «02:36 فجراً»، «5:30 صباحا» (hours and minutes, kind date, unit
 * hour_of_day, like the worded times of clockAt). Minutes must be two digits, so that a score or a ratio (2:1) is
 * not read as a time.
 */
function digitClockAt(toks: Tok[], i: number): Match | null {
  let j = i;
  const w0 = word(toks, j);
  const hasSaa = w0 === "الساعه" || w0 === "ساعه";
  if (hasSaa) j++;
  const h = toks[j];
  const colon = toks[j + 1];
  const m = toks[j + 2];
  // («نحو الساعة 11»، «قرابة الساعة 11,00 صباحاً»: after «الساعة» a whole hour needs no minutes)
  const whole = w0 === "الساعه" && h?.k === K_NUM && /^[0-9]{1,2}(?:[,.٫]00)?$/.test(h.t) && colon?.t !== ":";
  let hour: number;
  let minutes = 0;
  let end: number;
  let greenwich = false;
  // («الساعة 17,30 ت غ»، «9,30 صباحا»: the wires' hours and minutes with a comma, read as a time only with
  // «الساعة», a part of the day or Greenwich after it; «17,30 مليار» stays a number)
  // («0700 بتوقيت جرينتش»: and hours and minutes run together, before a time zone)
  const zoned =
    TIME_ZONE_WORDS.has(word(toks, j + 1) ?? "") || (word(toks, j + 1) === "ت" && word(toks, j + 2) === "غ");
  const commaClock =
    !whole && h?.k === K_NUM
      ? (/^([0-9]{1,2})[,٫]([0-5][0-9])$/.exec(h.t) ?? (zoned ? /^([01][0-9]|2[0-3])([0-5][0-9])$/.exec(h.t) : null))
      : null;
  if (commaClock && !hasSaa && !dayPartAt(toks, j + 1) && !zoned) return null;
  if (commaClock) {
    hour = Number(commaClock[1]);
    minutes = Number(commaClock[2]);
    end = j + 1;
  } else if (whole) {
    hour = Number.parseInt(h.t, 10);
    // («خلال الساعة 24 الماضية» counts hours past, it names no time)
    if (/^(?:الماضيه|المقبله|الاخيره|القادمه)$/u.test(word(toks, j + 1) ?? "")) return null;
    end = j + 1;
  } else {
    if (!h || h.k !== K_NUM || !/^[0-9]{1,2}$/.test(h.t) || !colon || colon.t !== ":" || !colon.glued) return null;
    if (!m || m.k !== K_NUM || !m.glued || !/^[0-5][0-9]$/.test(m.t)) return null;
    // a third part (12:30:15) or a date (15/2/2019) is something else
    if (toks[j + 3]?.glued && (toks[j + 3]!.t === ":" || toks[j + 3]!.t === "/")) return null;
    hour = Number(h.t);
    minutes = Number(m.t);
    end = j + 3;
  }
  if (hour > 24) return null;
  // (Greenwich goes with the time: «17,30 ت غ»، «0700 بتوقيت جرينتش»، «01:17 بتوقيت غرينتش»)
  if (
    (word(toks, end) === "ت" && word(toks, end + 1) === "غ") ||
    (/^(?:بتوقيت|توقيت)$/u.test(word(toks, end) ?? "") && /^[غج]رين/u.test(word(toks, end + 1) ?? ""))
  ) {
    end += 2;
    greenwich = true;
  }
  const part = dayPartAt(toks, end);
  if (part) {
    if (part.pm && hour < 12) hour += 12;
    if (part.midnight && hour === 12) hour = 0;
    end = part.end;
  }
  if (!hasSaa && !part && !greenwich) {
    // without «الساعة» or a part of the day, only after a word of time («عند 00:45»، «في 13:24») or before a time
    // zone («01:17 بتوقيت غرينتش»)
    const before = word(toks, i - 1);
    const zone = word(toks, end);
    if ((before === null || !CLOCK_LEAD.has(before)) && !(zone !== null && TIME_ZONE_WORDS.has(zone))) return null;
  }
  const value = Math.round((hour + minutes / 60) * 1e4) / 1e4;
  const approx = hedgedClock(toks, i);
  return { start: approx ? i - 1 : i, end, value, approx, unit: "hour_of_day", kind: "date" };
}

/** Words of a time zone after a bare digit time («01:17 بتوقيت غرينتش»، «بالتوقيت المحلي»). */
const TIME_ZONE_WORDS = new Set(["بتوقيت", "بالتوقيت", "توقيت", "غرينتش", "جرينتش", "غرينيتش"]);

/** Words a bare digit time may follow: «عند 00:45»، «في تمام 13:24»، «حتى 18:00». */
const CLOCK_LEAD = new Set(["عند", "في", "تمام", "حتي", "منذ", "قبيل", "بعيد", "نحو", "حوالي", "قرابه"]);

/**
 * A part of the day after a clock hour at token k: «صباحاً» keeps the hour, «مساءً»، «عصراً»، «بعد الظهر» add twelve,
 * «ليلاً» after twelve is midnight.
 */
const AFTERNOON: ReadonlySet<string> = new Set(["الظهر", "الظهيره", "ظهر", "ظهيره"]);

function dayPartAt(toks: Tok[], k: number): { pm: boolean; midnight: boolean; end: number } | null {
  let p = word(toks, k);
  let end = k;
  if (p === "من") {
    p = word(toks, k + 1);
    end++;
  }
  if (p === null) return null;
  // «بعد الظهر»، «بعد ظهر الثلاثاء»، «بعد ظهيرة اليوم»
  if (p === "بعد" && AFTERNOON.has(word(toks, end + 1) ?? "")) return { pm: true, midnight: false, end: end + 2 };
  if (!DAY_PART_AM.has(p) && !DAY_PART_PM.has(p)) return null;
  return { pm: DAY_PART_PM.has(p), midnight: p.includes("ليل"), end: end + 1 };
}

/** Temporal prepositions before a lone singular duration: «خلال أسبوع»، «بعد دقيقة»، «منذ قرن» (one of the unit). */
const DURATION_LEADS = new Set(["خلال", "بعد", "قبل", "منذ", "غضون"]);

/**
 * «خلال أسبوع»، «بعد دقيقة من الإقلاع»، «منذ قرن»: an indefinite singular unit of time after a temporal preposition
 * is one of it. Not when a name or a definite noun follows it in construct («قبل شهر رمضان»، «بعد يوم الانتخابات»)
 * or a number does («منذ عام 2014»).
 */
function oneDurationAt(toks: Tok[], i: number): Match | null {
  const w0 = word(toks, i);
  if (w0 === null || !(DURATION_LEADS.has(w0) || DURATION_LEADS.has(w0.replace(/^[وف]/u, "")))) return null;
  const w = word(toks, i + 1);
  if (w === null || toks[i]!.brk) return null;
  const unit = UNIT_FORMS.get(w);
  if (unit?.kind !== "duration" || unit.count !== 1 || !SINGULAR_DURATIONS.has(w)) return null;
  const next = toks[i + 2];
  const after = word(toks, i + 2);
  // «خلال يوم أو يومين»: one or two of the unit
  const two =
    after === "او" && !toks[i + 2]!.brk && !toks[i + 3]?.brk ? UNIT_FORMS.get(word(toks, i + 3) ?? "") : undefined;
  if (two && two.unit === unit.unit && two.count === 2)
    return { start: i + 1, end: i + 4, min: 1, max: 2, approx: false, unit: unit.unit, kind: "duration" };
  // «بعد أسبوع واحد»
  if (after !== null && (after === "واحد" || after === "واحده") && !toks[i + 1]!.brk)
    return { start: i + 1, end: i + 3, value: 1, approx: false, unit: unit.unit, kind: "duration" };
  if (next && !toks[i + 1]!.brk) {
    if (next.k === K_NUM) return null;
    const nw = word(toks, i + 2);
    if (
      nw !== null &&
      (nw.startsWith("ال") || monthAt(toks, i + 2) || WEEKDAYS.has(nw) || HIJRI_MONTHS.has(nw) || numberWord(nw))
    )
      return null;
  }
  return { start: i + 1, end: i + 2, value: 1, approx: false, unit: unit.unit, kind: "duration" };
}

/** Nouns of a threshold named between a bound and its figure (حاجز الخمسين، عتبة المليون، سقف الألف). */
const BARRIERS = new Set(["حاجز", "عتبه", "سقف", "مستوي"]);

/** Months of the Hijri calendar, which a unit of time may name in construct («قبل شهر رمضان»). */
const HIJRI_MONTHS = new Set(["رمضان", "شوال", "محرم", "صفر", "رجب", "شعبان", "ربيع", "جمادي", "ذي", "ذو"]);

/** Singular indefinite units of time (not their plurals, which count nothing by themselves). */
const SINGULAR_DURATIONS = new Set(["عام", "سنه", "شهر", "اسبوع", "يوم", "ساعه", "دقيقه", "قرن"]);

/** «واحد» and «اثنان» in the forms that follow a counted noun as its adjective, and their values. */
const CARDINAL_AFTER_NOUN: ReadonlyMap<string, number> = new Map([
  ["واحد", 1],
  ["واحده", 1],
  ["واحدا", 1],
  ["اثنين", 2],
  ["اثنان", 2],
  ["اثنتين", 2],
  ["اثنتان", 2],
]);

/** Words before a lone «واحد» that are no counted noun (prepositions, particles, quantifiers). */
const NOT_BEFORE_ONE = new Set([
  "في",
  "من",
  "علي",
  "الي",
  "عن",
  "مع",
  "كل",
  "اي",
  "لا",
  "ولا",
  "رقم",
  "الرقم",
  "هو",
  "هي",
  // («سعر عائد الإيداع لليلة واحدة»: overnight, part of a rate's name)
  "لليله",
]);

/**
 * «وفاة مريض واحد»، «ساعة واحدة»، «حالة واحدة ترقد في العناية»: «واحد/واحدة» after an indefinite noun is its
 * adjective, and the figure is that noun, one of it (not the word after it). «واحد من الجنود» is left to the
 * one-of reading.
 */
function oneAfterNounAt(toks: Tok[], i: number): Match | null {
  const w = word(toks, i);
  // («مدنيين اثنين»، «عنصراً واحداً»: one and two follow their noun in any case)
  const value = w === null ? undefined : CARDINAL_AFTER_NOUN.get(w);
  if (value === undefined) return null;
  const noun = word(toks, i - 1);
  if (noun === null || toks[i - 1]!.brk || noun.startsWith("ال") || noun.length < 3) return null;
  if (NOT_BEFORE_ONE.has(noun) || numberWord(noun) || NOT_COUNTED.has(noun)) return null;
  if (word(toks, i + 1) === "من") return null;
  const unit = UNIT_FORMS.get(noun) ?? withoutProclitic(noun, (x) => UNIT_FORMS.get(x));
  // (a dual unit already counts two: «يومين اثنين»; two follows a dual or a plural noun)
  if (value === 2 && (unit || !/(?:ين|ان)$/u.test(noun))) return null;
  if (unit && unit.count === value)
    return { start: i - 1, end: i + 1, value, approx: false, unit: unit.unit, kind: unit.kind };
  const subject = nounStem(noun);
  // («عنصراً واحداً على الأقل»: a bound after it)
  const post = POST_MODIFIERS.find((m) => m.kind !== "approx" && matchWords(toks, i + 1, m.words, false));
  return {
    start: i - 1,
    end: i + 1 + (post?.words.length ?? 0),
    ...(post ? (post.kind === "min" ? { min: value } : { max: value }) : { value }),
    approx: false,
    unit: PEOPLE_STEMS.has(subject) ? "person" : undefined,
    subject,
    kind: "count",
  };
}

/** Words after an age that make it one: «في الثامنة من عمرها»، «في العاشرة من العمر». */
const AGE_TAILS: ReadonlySet<string> = new Set(["عمره", "عمرها", "العمر", "عمرهم"]);

/** Singular nouns of young people (ONE_PERSON adds the rest): «فتاة في الثامنة»، «صبي في الحادية عشرة». */
const AGED_NOUNS: ReadonlySet<string> = new Set([
  "طفل",
  "طفله",
  "فتاه",
  "فتي",
  "صبي",
  "صبيه",
  "ولد",
  "بنت",
  "طالب",
  "طالبه",
  "تلميذ",
  "تلميذه",
  "شاب",
  "شابه",
  "رضيع",
  "رضيعه",
]);

/** Words that introduce a part of a counted group: «بينهم طفلة»، «منهم امرأة». */
const AMONG: ReadonlySet<string> = new Set(["بينهم", "بينهن", "منهم", "منهن", "وبينهم", "ومنهم"]);

/**
 * Singular nouns of one person: an age may follow them as a bare ordinal («رجل في الخمسين»), and after AMONG they
 * stand for one.
 */
const ONE_PERSON: ReadonlySet<string> = new Set([
  ...AGED_NOUNS,
  "امراه",
  "سيده",
  "رجل",
  "مسن",
  "مسنه",
  "جندي",
  "ضابط",
  "صحفي",
  "صحفيه",
  "مسعف",
  "طبيب",
  "طبيبه",
  "ممرض",
  "ممرضه",
  "مدني",
  "شرطي",
  "اجنبي",
  "مقاتل",
  "مواطن",
  "مواطنه",
  "شخص",
]);

/** A person's noun an age may follow, with or without و/ف («وفتى»; «فتاة» itself starts with ف). */
const agedNoun = (w: string) => ONE_PERSON.has(w) || (/^[وف]/u.test(w) && ONE_PERSON.has(w.slice(1)));

/**
 * An age given as a definite ordinal after في: «فتاة في الثامنة»، «صبي في الحادية عشرة»، «رجل في الخمسين من عمره»
 * → years. Only after a person's noun or before «من عمره/العمر», so that «في الثامنة مساء» (a clock) and «في
 * الخامسة من سلسلة» stay out.
 */
function ageAt(toks: Tok[], i: number): Match | null {
  if (word(toks, i) !== "في" || toks[i]!.brk) return null;
  const w = word(toks, i + 1);
  if (w === null || !w.startsWith("ال")) return null;
  const stem = w.slice(2);
  const ord = ORDINAL_WORDS.get(stem);
  let value = ord !== undefined ? numberWord(ord)?.value : undefined;
  let end = i + 2;
  // «رجل في السبعينات من عمره»: a decade of life, its ten years
  const decade = value === undefined ? (DECADES.get(stem) ?? DECADES.get(stem.replace(/ات$/u, "يات"))) : undefined;
  if (decade === undefined) {
    if (value === undefined) {
      // «في الخمسين»، «في العشرين»: definite tens
      const tens = numberWord(stem);
      if (tens?.type !== "tens") return null;
      value = tens.value;
    } else {
      const next = word(toks, end);
      if ((next === "عشره" || next === "عشر") && !toks[end]!.brk && value < 10) {
        value += 10;
        end++;
      } else if (next?.startsWith("وال") && !toks[end]!.brk) {
        const tens = numberWord(next.slice(3));
        if (tens?.type === "tens") {
          value += tens.value;
          end++;
        }
      }
    }
    // «وصل طفل في الثامنة مساء»: an hour, not an age
    const after = word(toks, end);
    if (after !== null && (DAY_PART_AM.has(after) || DAY_PART_PM.has(after) || after === "صباح" || after === "مساء"))
      return null;
  }
  const before = word(toks, i - 1);
  const aged = before !== null && !toks[i - 1]!.brk && agedNoun(before);
  const tail = word(toks, end) === "من" && AGE_TAILS.has(word(toks, end + 1) ?? "");
  if (!aged && !tail) return null;
  return {
    start: aged ? i - 1 : i,
    end: tail ? end + 2 : end,
    ...(decade !== undefined ? { min: decade, max: decade + 9 } : { value }),
    approx: false,
    unit: "year_duration",
    kind: "duration",
  };
}

/**
 * «مقتل 8 أشخاص بينهم طفلة»، «منهم امرأة»: one person of the group, said with a lone singular noun (the plural
 * «بينهم أطفال» counts nothing; «بينهم طفلان» is a dual, read elsewhere).
 */
function oneAmongAt(toks: Tok[], i: number): Match | null {
  const w = word(toks, i);
  if (w === null || !AMONG.has(w)) return null;
  const n = word(toks, i + 1);
  if (n === null || toks[i]!.brk || !ONE_PERSON.has(n)) return null;
  if (word(toks, i + 2) === "واحد" || word(toks, i + 2) === "واحده") return null;
  return { start: i, end: i + 2, value: 1, approx: false, unit: "person", subject: nounStem(n), kind: "count" };
}

/** «لليوم التاسع»، «للأسبوع الثالث على التوالي»: for the Nth unit of time in a row, a duration of N of it. */
const NTH_UNITS: ReadonlyMap<string, string> = new Map([
  ["لليوم", "day"],
  ["للاسبوع", "week"],
  ["للشهر", "month"],
  ["للعام", "year_duration"],
  ["للسنه", "year_duration"],
]);

const nthUnit = (w: string | null): string | undefined =>
  w === null ? undefined : (NTH_UNITS.get(w) ?? (/^[وف]/u.test(w) ? NTH_UNITS.get(w.slice(1)) : undefined));

function nthUnitAt(toks: Tok[], i: number): Match | null {
  const unit = nthUnit(word(toks, i));
  if (unit === undefined || toks[i + 1]?.brk) return null;
  const o = ordinalAt(toks, i + 1);
  // «لليوم الأول» starts something, it has lasted no time yet
  if (o === null || o.value < 2) return null;
  return { start: i, end: o.end, value: o.value, approx: false, unit, kind: "duration" };
}

/** Ordinals in construct before an indefinite unit of time («ثالث يوم»): the rank ordinals in the masculine. */
const CONSTRUCT_ORDINALS: ReadonlyMap<string, number> = new Map([...RANK_ORDINALS].filter(([w]) => !w.endsWith("ه")));
/** Indefinite units of time an ordinal in construct counts («ثالث يوم»، «رابع أسبوع»): those of «لليوم الثالث». */
const CONSTRUCT_UNITS: ReadonlyMap<string, string> = new Map([...NTH_UNITS].map(([w, unit]) => [w.slice(2), unit]));
const constructOrdinal = (w: string | null): number | undefined =>
  w === null ? undefined : (CONSTRUCT_ORDINALS.get(w) ?? withoutProclitic(w, (s) => CONSTRUCT_ORDINALS.get(s)));

/** «في ثالث يوم على التوالي»، «لرابع أسبوع»: the Nth unit of time, said in construct, a duration of N of it. */
function nthBeforeUnitAt(toks: Tok[], i: number): Match | null {
  const value = constructOrdinal(word(toks, i));
  const unit = CONSTRUCT_UNITS.get(word(toks, i + 1) ?? "");
  if (value === undefined || unit === undefined || toks[i + 1]?.brk) return null;
  return { start: i, end: i + 2, value, approx: false, unit, kind: "duration" };
}

/** «مواطن سبعيني»، «امرأة خمسينية»: a person of a decade of life, said with the tens' nisba after a person's noun. */
function decadeNisbaAt(toks: Tok[], i: number): Match | null {
  const before = word(toks, i);
  const w = word(toks, i + 1);
  if (before === null || w === null || toks[i]!.brk || !agedNoun(before)) return null;
  const m = /^(.{4,})(?:ي|يه|يا)$/u.exec(w);
  const tens = m ? numberWord(m[1] as string) : undefined;
  if (tens?.type !== "tens" || tens.value < 20) return null;
  return {
    start: i,
    end: i + 2,
    min: tens.value,
    max: tens.value + 9,
    approx: false,
    unit: "year_duration",
    kind: "duration",
  };
}

function matchAt(toks: Tok[], i: number): Match | { skip: number } | null {
  const among = oneAmongAt(toks, i);
  if (among !== null) return among;
  const nisbaAge = decadeNisbaAt(toks, i);
  if (nisbaAge !== null) return nisbaAge;
  const nth = nthUnitAt(toks, i) ?? nthBeforeUnitAt(toks, i);
  if (nth !== null) return nth;
  const age = ageAt(toks, i + 1);
  if (age !== null && agedNoun(word(toks, i) ?? "")) return age;
  const rank = rankAt(toks, i);
  if (rank !== null) return rank;
  const ownAge = ageAt(toks, i);
  if (ownAge !== null) return ownAge;
  const clock = clockSpanAt(toks, i) ?? clockAt(toks, i) ?? digitClockAt(toks, i);
  if (clock !== null) return clock;
  // «يومي 7 و8 مارس»، «7-9 مارس»: two days of one month with no «بين» before them are a range of days too
  const date = dayRangeAt(toks, i, i) ?? dateAt(toks, i);
  if (date !== null) return date;
  const oneDuration = oneDurationAt(toks, i) ?? oneAfterNounAt(toks, i);
  if (oneDuration !== null) return oneDuration;
  const decade = decadeAt(toks, i);
  if (decade !== null) return decade;
  const w0 = word(toks, i);
  // calendar year with its word: عام 2014، العام 2011، سنة 2019
  if (w0 !== null && YEAR_WORDS.has(w0)) {
    const t = toks[i + 1];
    if (t && t.k === K_NUM && /^[0-9]{4}$/.test(t.t) && !t.brk) {
      const v = Number(t.t);
      if (v >= 1800 && v <= 2100) {
        // a span of years: بين عامي 2014 و2015، من عام 2011 إلى 2014، عام 2011-2014
        const j = toks[i + 2];
        const y2 = toks[i + 3];
        // («في عامي 1976 و1986» names two years; only «بين عامي … و…» spans them)
        const pair = j?.t === "و" && !(word(toks, i - 1) ?? "").endsWith("بين");
        if (j && y2 && !pair && (j.t === "و" || j.t === "الي" || j.t === "-" || j.t === "حتي") && y2.k === K_NUM) {
          const v2 = Number(y2.t);
          if (/^[0-9]{4}$/.test(y2.t) && v2 > v && v2 <= 2100)
            return { start: i, end: i + 4, min: v, max: v2, approx: false, unit: "year", kind: "year" };
        }
        return yearMatch(i, i + 2, v);
      }
    }
  }
  // «خلال الساعات الـ48 الماضية»، «في الأيام الـ10 الأخيرة»: a definite unit of time, then its figure in digits
  if (w0?.startsWith("ال") && !toks[i]!.brk) {
    const u = UNIT_FORMS.get(w0.slice(2));
    const t1 = toks[i + 1];
    const past = word(toks, i + 2);
    if (
      u?.kind === "duration" &&
      u.count === 1 &&
      t1?.k === K_NUM &&
      !toks[i + 2]?.glued &&
      past !== null &&
      /^(?:الماضي|الماضيه|الاخير|الاخيره|المقبل|المقبله|القادم|القادمه|الاولي|الاول)$/u.test(past)
    ) {
      const v = digitValue(t1.t);
      if (Number.isInteger(v) && v >= 2)
        return { start: i, end: i + 2, value: v, approx: false, unit: u.unit, kind: "duration" };
    }
  }
  // («أفراد الطاقم الـ19 بخير»، «البحارة الـ25»: digits written with the article after a definite noun count that
  // noun; the word after them is no counted noun)
  const defNum = toks[i + 1];
  if (
    w0?.startsWith("ال") &&
    w0.length > 3 &&
    !NOT_COUNTED.has(w0) &&
    defNum?.k === K_NUM &&
    defNum.def &&
    !defNum.brk
  ) {
    const v = digitValue(defNum.t);
    const unit = UNIT_FORMS.get(w0) ?? UNIT_FORMS.get(w0.slice(2));
    const subject = nounStem(w0);
    if (Number.isInteger(v) && v >= 2 && !toks[i + 2]?.glued)
      return {
        start: i,
        end: i + 2,
        value: v,
        approx: false,
        unit: unit ? unit.unit : PEOPLE_STEMS.has(subject) ? "person" : undefined,
        subject,
        kind: unit ? unit.kind : "count",
      };
  }
  // definite noun + definite number: الأيام العشرة، الدول الثلاث (or a noun made definite by its pronoun:
  // «وأطفالهما الثلاثة»، «أبناؤه الأربعة»)
  const annexed = w0 != null && !w0.startsWith("ال") && hasPronoun(w0) && !NOT_COUNTED.has(w0);
  if (w0 && ((w0.startsWith("ال") && w0.length > 3 && !NOT_COUNTED.has(w0)) || annexed)) {
    const w1 = word(toks, i + 1);
    if (w1?.startsWith("ال") && !WEEKDAYS.has(w1) && !toks[i + 1]!.brk) {
      const nw = numberWord(w1.slice(2));
      if (nw && (nw.type === "unit" || nw.type === "ten" || nw.type === "tens") && nw.value >= 2) {
        const unit = annexed ? undefined : (UNIT_FORMS.get(w0) ?? UNIT_FORMS.get(w0.slice(2)));
        const subject = nounStem(annexed ? w0.replace(/^[وف]/u, "").replace(/(?:هما|هم|ها|نا|كم|هن)$/u, "") : w0);
        // «الساعات الأربع والعشرين»: a unit and its tens, both definite
        const w2 = word(toks, i + 2);
        const tens = nw.type === "unit" && w2?.startsWith("وال") ? numberWord(w2.slice(3)) : undefined;
        const compound = tens?.type === "tens" && !toks[i + 2]!.brk;
        // «الأعضاء الأربعة عشر»: a definite unit and عشر make a teen
        const teen = !compound && nw.type === "unit" && (w2 === "عشر" || w2 === "عشره") && !toks[i + 2]!.brk;
        return {
          start: i,
          end: compound || teen ? i + 3 : i + 2,
          value: compound ? nw.value + (tens as NumberWord).value : teen ? nw.value + 10 : nw.value,
          approx: false,
          unit: unit ? unit.unit : PEOPLE_STEMS.has(subject) ? "person" : undefined,
          subject,
          kind: unit ? unit.kind : "count",
        };
      }
    }
  }
  let j = i;
  let start = i;
  let pre: { kind: ModifierKind; len: number } | null = null;
  // a hedge written after the bound's own words: يصل عددهم إلى نحو ألفين، حتى نحو 300
  let hedged = false;
  const reach = reachBound(toks, i);
  if (reach > 0) pre = { kind: "max", len: reach };
  else pre = exceedBound(toks, i) ?? preModifier(toks, i);
  if (pre && (pre.kind === "between" || pre.kind === "from" || pre.kind === "until")) {
    // «من 12 إلى 27 يونيو»: a range of days; «من 30 مايو إلى 3 يونيو»، «حتى 15 فبراير»: a date of its own
    const days = (pre.kind === "until" ? null : dayRangeAt(toks, i, i + pre.len)) ?? dateAt(toks, i + pre.len);
    if (days !== null) return days;
  }
  if (pre && (reach > 0 || pre.kind === "until")) {
    const inner = preModifier(toks, i + pre.len);
    if (inner?.kind === "approx") {
      hedged = true;
      // («قد ترتفع إلى نحو 12,35 مليار»، «يصل إلى حوالي 850 ألف برميل»: reaching about a figure states that figure,
      // hedged; only a bare «up to» caps it)
      pre = { kind: reach > 0 ? "approx" : pre.kind, len: pre.len + inner.len };
    } else if (inner && (inner.kind === "min" || inner.kind === "max")) {
      // قد يصل إلى أكثر من 300: the inner bound is the one stated
      pre = { kind: inner.kind, len: pre.len + inner.len };
    }
  }
  // «تخطى حاجز الخمسين»، «تجاوزت عتبة المليون»: the barrier named between a bound and its figure
  if (pre && (pre.kind === "min" || pre.kind === "max") && BARRIERS.has(word(toks, i + pre.len) ?? "")) {
    pre = { kind: pre.kind, len: pre.len + 1 };
  }
  let percent = false;
  let negative = false;
  if (pre) j = i + pre.len;
  else if (w0 !== null && RATE_WORDS.has(w0) && toks[i + 1] !== undefined && isFigureStart(toks[i + 1]!)) {
    percent = true;
    j = i + 1;
  } else if ((w0 === "بالمايه" || w0 === "بالميه") && toks[i + 1]?.k === K_NUM) {
    percent = true;
    j = i + 1;
  }
  const wj = word(toks, j);
  if (wj !== null && NEGATIVE_WORDS.has(wj)) {
    negative = true;
    j++;
  } else if (toks[j]?.t === "-" && toks[j + 1]?.k === K_NUM && toks[j + 1]!.glued) {
    const prev = toks[j - 1];
    // («مقاتلات من طراز إف-35»، «ميغ-29»: digits hyphened onto a word name a model, they count nothing)
    if (prev && toks[j]!.glued && (prev.k === K_WORD || prev.k === K_LATIN)) return { skip: j + 2 };
    if (!prev || !toks[j]!.glued || prev.k !== K_NUM) {
      negative = true;
      j++;
    }
  }
  if (afterOrdinal(toks, j)) {
    // the rest of an ordinal or a clock time (الحادي عشر، الساعة التاسعة وإحدى عشرة دقيقة): skip all of it, so no
    // tail of it (عشرة دقيقة) is read as a figure
    const rest = parseCore(toks, j, false);
    return rest ? { skip: rest.end } : null;
  }
  // أي واحد، كل واحد: "one" as a pronoun
  const wj0 = word(toks, j);
  const wb = word(toks, j - 1);
  if ((wj0 === "واحد" || wj0 === "واحده") && (wb === "اي" || wb === "كل" || wb === "لا" || wb === "ولا")) return null;
  let core = parseCore(toks, j, pre !== null && pre.kind !== "between" && pre.kind !== "from" && pre.kind !== "until");
  // «يوم أو يومين»، «ساعة أو ساعتين»: one or two of a unit, a range
  if (!core && wj !== null && word(toks, j + 1) === "او") {
    const one = UNIT_FORMS.get(wj);
    const two = UNIT_FORMS.get(word(toks, j + 2) ?? "");
    if (one && two && one.count === 1 && two.count === 2 && one.unit === two.unit && !toks[j]!.brk && !toks[j + 1]!.brk)
      return { start: i, end: j + 3, min: 1, max: 2, approx: false, unit: one.unit, kind: one.kind };
  }
  // «بين أونصة وأونصتين»، «بين يوم ويومين»: a lone unit and its dual, one to two of it
  if (!core && pre?.kind === "between" && wj !== null && !toks[j]!.brk) {
    const one = UNIT_FORMS.get(wj);
    const second = word(toks, j + 1);
    const two = second?.startsWith("و") ? UNIT_FORMS.get(second.slice(1)) : undefined;
    if (one && two && one.count === 1 && two.count === 2 && one.unit === two.unit)
      return { start: i, end: j + 2, min: 1, max: 2, approx: false, unit: one.unit, kind: one.kind };
  }
  // طوال اليوم، طيلة العام: the whole (one) unit
  if (pre?.kind === "span" && !core && wj?.startsWith("ال")) {
    const u = UNIT_FORMS.get(wj.slice(2));
    if (u && u.kind === "duration" && u.count === 1) {
      return { start: i, end: j + 1, value: 1, approx: false, unit: u.unit, kind: "duration" };
    }
  }
  if (pre?.kind === "span") {
    // لمدة/طوال only qualify durations; the figure itself starts after them
    if (!core || core.skip || (core.unit && core.unit.kind !== "duration"))
      return core?.skip ? { skip: core.end } : null;
    start = j;
    pre = null;
  }
  if (core?.skip) return { skip: core.end };
  if (!core) return null;
  if (pre?.kind === "until") {
    // حتى 2025 with nothing counted after it is a calendar year: left to the figure's own match
    if (core.isYearCandidate && !core.unit && !countedAt(toks, core.end)) return null;
    pre = { kind: "max", len: pre.len };
  }
  if (negative) {
    if (core.value !== undefined) core = { ...core, value: -core.value };
  }
  let end = core.end;
  let value = core.value;
  let min = core.min;
  let max = core.max;
  let approx = false;
  const vague = core.vague;
  // ranges
  // («بين 7.7% و17%»، «بين 10 في المائة و17 في المائة»: the first end may carry its own sign of percent)
  const firstPct = pre?.kind === "between" || pre?.kind === "from" ? percentAfter(toks, end) : -1;
  // (the sign may close the text: «التضخم يرتفع إلى 40% من 38%» as a headline)
  const nextTok = toks[firstPct + 1] ?? toks[firstPct];
  // («بين 4 أعوام و66 عاماً»، «ما بين 500 مهاجر و700 مهاجر»: or its own unit or counted noun, named again after
  // the second end)
  const ownUnit = (pre?.kind === "between" || pre?.kind === "from") && firstPct < 0 ? unitWordAt(toks, end) : null;
  const joinAt =
    firstPct > 0 && nextTok !== undefined && isFigureStart(nextTok) ? firstPct : ownUnit !== null ? end + 1 : end;
  const joinerTok = toks[joinAt];
  let joiner = joinerTok && !joinerTok.brk ? joinerTok.t : null;
  // «بين ثمانية آلاف وعشرة آلاف»: the و of the range glued to its second end
  let secondAt = joinAt + 1;
  if (joiner !== null && pre?.kind === "between" && /^و../u.test(joiner) && joinerTok!.k === K_WORD) {
    const w2 = joiner.slice(1);
    if (numberWord(w2) !== undefined) {
      joiner = "و";
      secondAt = joinAt;
    }
  }
  let ranged = false;
  let previous = false;
  // «بنقطة واحدة إلى 27.25%»: a lone «واحد/واحدة» after its noun is an adjective, no range's first end
  const loneOne = !pre && core.end === j + 1 && (wj === "واحد" || wj === "واحده");
  // («ارتفع عدد القتلى منذ السابع من أكتوبر 2023 إلى 39897»: a year after its month closes a date, no range opens)
  const monthBefore = core.isYearCandidate ? (monthAt(toks, i - 1) ?? monthAt(toks, i - 2)) : null;
  const datedYear = monthBefore !== null && monthBefore.end === i;
  if (joiner !== null && value !== undefined && !core.share && !loneOne && !datedYear) {
    const allowed =
      pre?.kind === "between"
        ? joiner === "و" || joiner === "الي" || joiner === "-"
        : pre?.kind === "from"
          ? joiner === "الي" || joiner === "حتي"
          : joiner === "-" || joiner === "الي" || joiner === "حتي" || joiner === "او";
    if (allowed) {
      const core2 = parseCore(toks, secondAt, false);
      // (a first end in percent makes a range only with a second end in percent; one with its own unit, only with
      // the same unit after the second)
      const sameUnit =
        ownUnit === null || (core2 !== null && !core2.skip && sameUnitWord(ownUnit, unitWordAt(toks, core2.end)));
      if (
        core2 &&
        !core2.skip &&
        core2.value !== undefined &&
        sameUnit &&
        (joinAt === end || ownUnit !== null || percentAfter(toks, core2.end) >= 0)
      ) {
        let lo = value;
        const hi = core2.value;
        // the second end's multiplier applies to a bare first end when it fits: بين 14 و18 ألفا → 14 000–18 000
        if (core2.scale && !core.scale && lo * core2.scale <= hi) lo *= core2.scale;
        // «رفع عدد سيارات الإسعاف من 36 إلى 74»: a change from one figure to another states two figures, no range;
        // the first keeps the second's multiplier and unit (من 3 إلى 8 مليارات دولار → 3 مليارات دولار)
        if (pre?.kind === "from" && changeBefore(toks, i)) {
          value = lo;
          previous = true;
          // («زاد سعر السكر من 25 جنيهاً إلى 27 جنيهاً»: the first figure keeps its own unit)
          if (ownUnit !== null) {
            const u = UNIT_FORMS.get(ownUnit);
            if (u && !core.unit) core = { ...core, unit: u, unitTok: end };
            end += 1;
          }
          const after = word(toks, core2.end);
          const unit2 = core2.unit ?? (after !== null && !toks[core2.end]!.brk ? UNIT_FORMS.get(after) : undefined);
          const unitTok2 = core2.unit ? core2.unitTok : unit2 ? core2.end : undefined;
          if (!core.unit && unit2) core = { ...core, unit: unit2, unitTok: unitTok2 };
          joiner = null;
        }
        const plainDash = joiner === "-" && pre?.kind !== "between";
        const bothYears = core.isYearCandidate && core2.isYearCandidate;
        if (
          joiner !== null &&
          lo < hi &&
          (!plainDash || (core.digitsOnly && core2.digitsOnly && joinerTok!.glued === toks[joinAt + 1]!.glued))
        ) {
          if (bothYears && plainDash) {
            // 2011-2014: a span of years
            return { start: i, end: end + 2, min: lo, max: hi, approx: false, unit: "year", kind: "year" };
          }
          if (bothYears && !core2.unit && hi - lo <= MAX_YEAR_SPAN) {
            // من 2011 إلى 2014، بين 2015 و2018 with nothing counted after: a span of years, not a count
            const next = word(toks, core2.end);
            const counted =
              next !== null &&
              (UNIT_FORMS.has(next) || PEOPLE_STEMS.has(nounStem(next)) || percentAfter(toks, core2.end) >= 0);
            if (!counted)
              return { start: i, end: core2.end, min: lo, max: hi, approx: false, unit: "year", kind: "year" };
          }
          min = lo;
          max = hi;
          value = undefined;
          end = core2.end;
          ranged = true;
          core = { ...core, unit: core2.unit ?? core.unit, unitTok: core2.unitTok, construct: core2.construct };
        }
      }
    }
  }
  if (pre && (pre.kind === "between" || pre.kind === "from") && !ranged) {
    // "بين"/"من" not followed by a range: the figure starts after it
    if (pre.kind === "from" && !previous && previousAfter(toks, i, end)) previous = true;
    start = j;
    pre = null;
  }
  // calendar years: في 2014، منذ 2011، ديسمبر 2018، 2014م
  if (!pre && !percent && !negative && core.isYearCandidate && !ranged) {
    const prevWord = word(toks, i - 1);
    const nextWord = word(toks, end);
    // «5 أكتوبر (تشرين الأول) 2022»: the month's other name in brackets before the year
    const paren = toks[i - 1]?.t === ")" ? 1 : 0;
    const prevMonth = monthAt(toks, i - 1 - paren) ?? monthAt(toks, i - 2 - paren);
    const afterMonth = prevMonth !== null && prevMonth.end === i - paren;
    const ctx =
      prevWord !== null &&
      (YEAR_CONTEXT.has(prevWord) || withoutProclitic(prevWord, (s) => (YEAR_CONTEXT.has(s) ? true : undefined)));
    // a counted noun right after wins over a weak context word: «إلى 2012 قتيلا» counts the dead, it is no year
    const counted =
      core.unit?.kind === "count" ||
      (nextWord !== null && (UNIT_FORMS.get(nextWord)?.kind === "count" || PEOPLE_STEMS.has(nounStem(nextWord))));
    if ((ctx && !counted) || afterMonth || core.eraMarked) return yearMatch(i, end, core.value!);
    if (nextWord === "م") return yearMatch(i, end + 1, core.value!);
  }
  // percent
  let unit: string | undefined;
  let kind: QuantityKind = "count";
  let subject: string | undefined;
  const pct = core.share ? -1 : percentAfter(toks, end);
  if (pct >= 0) {
    percent = true;
    end = pct;
  }
  if (core.share) {
    percent = true;
    if (core.subjectTok !== undefined) subject = nounStem(toks[core.subjectTok]!.t);
  }
  if (percent) {
    unit = "percent";
    kind = "percent";
  } else if (core.unit) {
    const u = core.unit;
    unit = u.unit;
    kind = u.kind;
    if (core.unitTok !== undefined && u.kind === "count") subject = nounStem(toks[core.unitTok]!.t);
    const sq = word(toks, end);
    if (u.squares && sq !== null && SQUARE_WORDS.has(sq)) {
      unit = u.squares;
      kind = "area";
      end++;
    } else if (u.cubes && sq !== null && CUBE_WORDS.has(sq)) {
      unit = u.cubes;
      kind = "other";
      end++;
    } else if (u.celsius && sq === "ميويه") {
      unit = u.celsius;
      end++;
    } else if (u.nautical && sq !== null && NAUTICAL_WORDS.has(sq)) {
      unit = u.nautical;
      end++;
    }
    const speed = perHour(toks, end, unit);
    if (speed !== null) {
      unit = speed.unit;
      kind = "other";
      end = speed.end;
    }
  } else {
    // the unit or counted noun right after the number
    const nounTok = end;
    let w = word(toks, nounTok);
    let uTok = nounTok;
    if (w === "كيلو" && word(toks, nounTok + 1)?.startsWith("متر")) {
      w = "كيلومتر";
      uTok = nounTok + 1;
    }
    let u = w !== null && !toks[nounTok]!.brk ? UNIT_FORMS.get(w) : undefined;
    // «100 نقطة أساس»، «2 نقطة مئوية»: points of a rate's change
    const after = word(toks, nounTok + 1);
    const point = w !== null && POINT_WORDS.has(w) && after !== null ? POINT_UNITS[after] : undefined;
    if (point && !toks[nounTok]!.brk) u = { unit: point, kind: "other" };
    // إحدى القرى، عشرات القرى: a definite unit noun after a construct
    if (!u && w !== null && core.construct && w.startsWith("ال") && !toks[nounTok]!.brk) {
      const d = UNIT_FORMS.get(w.slice(2));
      if (d && d.kind === "count") u = d;
    }
    // عام 2014 after a figure is the year's word, not its unit (قتل 2000 عام 2014)
    if (
      u &&
      w !== null &&
      YEAR_WORDS.has(w) &&
      toks[nounTok + 1]?.k === K_NUM &&
      /^[0-9]{4}$/.test(toks[nounTok + 1]!.t)
    )
      u = undefined;
    if (u) {
      unit = u.unit;
      kind = u.kind;
      end = point ? uTok + 2 : uTok + 1;
      subject = u.kind === "count" ? nounStem(w!) : undefined;
      const sq = word(toks, end);
      if (u.squares && sq !== null && SQUARE_WORDS.has(sq)) {
        unit = u.squares;
        kind = "area";
        end++;
      } else if (u.cubes && sq !== null && CUBE_WORDS.has(sq)) {
        unit = u.cubes;
        kind = "other";
        end++;
      } else if (u.celsius && sq === "ميويه") {
        unit = u.celsius;
        end++;
      } else if (u.nautical && sq !== null && NAUTICAL_WORDS.has(sq)) {
        unit = u.nautical;
        end++;
      }
      const speed = perHour(toks, end, unit);
      if (speed !== null) {
        unit = speed.unit;
        kind = "other";
        end = speed.end;
      }
      // "كم" alone is also the question word: only a unit right after digits
      if ((w === "كم" || w === "كلم") && !core.digitsOnly && unit === "km") {
        unit = undefined;
        kind = "count";
        end = nounTok;
        subject = undefined;
      }
    } else {
      const noun = countedNoun(toks, nounTok, core.construct === true);
      if (noun !== null) {
        subject = nounStem(noun);
        if (PEOPLE_STEMS.has(subject)) unit = "person";
        end = nounTok + 1;
      } else if (w === "من") {
        const of = countedNoun(toks, nounTok + 1, true);
        if (of !== null && (of.startsWith("ال") || PEOPLE_STEMS.has(nounStem(of)))) {
          subject = nounStem(of);
          if (PEOPLE_STEMS.has(subject)) unit = "person";
        }
      }
      // a listed masculine dual counts its own noun («زورقين صغيرين»، «عنصرين منه»), not the adjective or pronoun
      // after it (a feminine dual keeps the noun after it: its stem may collide with a class, عربتين → عرب)
      // (and so does a feminine dual whose adjective, a dual too, follows it: «سفينتين حربيتين»، «حالتين حرجتين»)
      const next = core.dualTok !== undefined ? toks[core.dualTok + 1] : undefined;
      const dualAdjective = next !== undefined && !next.brk && next.k === K_WORD && isDual(next.t);
      if (
        core.dualTok !== undefined &&
        (isMasculineDual(toks[core.dualTok]!.t) || isNisbaDual(toks[core.dualTok]!.t) || dualAdjective)
      ) {
        const dual = toks[core.dualTok]!.t;
        subject = nounStem(singularOfDual(dual));
        unit = PEOPLE_STEMS.has(subject) ? "person" : undefined;
        // («الانتحاريان قدما …»: the nisba dual is the counted noun itself)
        if (isNisbaDual(dual)) end = core.dualTok + 1;
      }
      // «انفجار يقتل 20 ويصيب 450»، «قتل 12 وأصاب 2800»: a bare number after a verb of killing or wounding
      // counts people
      if (subject === undefined && harmVerb(word(toks, i - 1))) unit = "person";
    }
  }
  // «تسعة أشهر ونصف»، «ثلاث ساعات ونصف»: a half after a number of a unit of time adds half a unit (and so it does
  // after a unit of length or area: «ثلاثة كيلومترات ونصف»)
  if (
    value !== undefined &&
    (kind === "duration" || kind === "length" || kind === "area") &&
    word(toks, end) === "ونصف" &&
    !toks[end]!.brk
  ) {
    value += 0.5;
    end++;
  }
  // a lone small word number without anything counted is usually not a figure (ست، خمس as words) unless hedged
  if (
    value !== undefined &&
    !pre &&
    !percent &&
    !ranged &&
    !core.digitsOnly &&
    unit === undefined &&
    subject === undefined &&
    core.end - j === 1 &&
    Math.abs(value) < 3 &&
    !core.unit
  ) {
    const only = word(toks, j);
    if (
      only !== null &&
      only !== "واحد" &&
      only !== "اثنين" &&
      only !== "اثنان" &&
      only !== "اثنتين" &&
      only !== "اثنتان" &&
      only !== "صفر" &&
      !isDual(only)
    )
      return null;
  }
  // post modifiers, also after what the figure counts out of («350 من مواطنينا على الأقل»)
  // (or after an adjective of the noun counted: «60 ألف بيت متنقل على الأقل»، «24 ساعة أخرى على الأقل»)
  const adjectiveThenBound =
    (subject !== undefined || unit !== undefined) &&
    word(toks, end) !== null &&
    !toks[end]!.brk &&
    !toks[end + 1]?.brk &&
    POST_MODIFIERS.some((m) => m.kind !== "approx" && matchWords(toks, end + 1, m.words, false));
  const postAt =
    word(toks, end) === "من" && word(toks, end + 1) !== null && !toks[end + 1]!.brk && !toks[end + 2]?.brk
      ? end + 2
      : adjectiveThenBound
        ? end + 1
        : end;
  for (const m of POST_MODIFIERS) {
    if (postAt !== end && m.kind === "approx") continue;
    if (matchWords(toks, postAt, m.words, false)) {
      end = postAt;
      if (m.kind === "approx") approx = true;
      else if (value !== undefined && !pre) {
        if (m.kind === "min") min = value;
        else max = value;
        value = undefined;
      }
      end += m.words.length;
      break;
    }
  }
  if (hedged) approx = true;
  if (pre) {
    if (pre.kind === "approx") approx = true;
    else if (pre.kind === "min" && value !== undefined) {
      min = value;
      value = undefined;
    } else if (pre.kind === "max" && value !== undefined) {
      max = value;
      value = undefined;
    } else if (pre.kind === "min" && min !== undefined && vague === undefined) {
      max = undefined;
    } else if (pre.kind === "max" && max !== undefined && vague === undefined) {
      min = undefined;
    }
  }
  if (value !== undefined && Math.abs(value) > MAX_VALUE) return null;
  return { start, end, value, min, max, approx, vague, unit, subject, kind, ...(previous ? { previous } : {}) };
}

/** The word before j (skipping a lone و) is a definite ordinal: الحادي عشر، الخامسة والعشرون are not counts. */
function afterOrdinal(toks: Tok[], j: number): boolean {
  let p = j - 1;
  const conj = word(toks, p) === "و";
  if (conj) p--;
  // digits right after an ordinal are a figure of their own (سعة الثاني 1.2 مليون متر مكعب)
  if (toks[j]?.k === K_NUM && !conj) return false;
  const w = word(toks, p);
  if (w === null || !w.startsWith("ال")) return false;
  return ORDINAL_WORDS.has(w.slice(2));
}

/** Widest span two bare year-like numbers may make and still be read as years (من 1948 إلى 2023). */
const MAX_YEAR_SPAN = 100;

function yearMatch(start: number, end: number, value: number): Match {
  return { start, end, value, approx: false, unit: "year", kind: "year" };
}

/** 15 significant digits: removes float noise (7.7 × 10⁶ = 7700000.000000001) and keeps written decimals. */
const round = (x: number | undefined): number | undefined =>
  x === undefined ? undefined : Number(x.toPrecision(15)) + 0;

/** Words (after at most one or two proclitic letters or the article) that can open a figure. */
const TRIGGERS: ReadonlySet<string> = new Set([
  ...NUMBER_WORDS.keys(),
  ...VAGUE_WORDS.keys(),
  ...ONE_OF,
  ...UNIT_FORMS.keys(),
  ...PRE_MODIFIERS.map((m) => m.words[0]!),
  ...RATE_WORDS,
  ...YEAR_WORDS,
  ...NEGATIVE_WORDS,
  ...DECADES.keys(),
  ...CLOCK_HOURS.keys(),
  ...DURATION_LEADS,
  "منتصف",
  "الساعه",
  "نصف",
  "بالمايه",
  "بالميه",
  "كيلو",
  "ربع",
  // verbs of reaching and their openers (ما يصل إلى، قد تصل الحصيلة إلى, lexicon/modifiers.ts REACH)
  ...REACH.openers.map((o) => o[0]!),
  ...REACH.verbs,
  // indefinite ordinals that rank (خامس مقر، ثاني أكبر)
  ...RANK_ORDINALS.keys(),
  // a person's noun before an age (فتاة في الثامنة); one of a group (بينهم طفلة)
  ...ONE_PERSON,
  ...AMONG,
]);

const PROCLITIC_CODES = new Set([0x0648, 0x0641, 0x0628, 0x0644, 0x0643]);

/** Cheap test before the full match: can token i start a figure? */
function mayStart(toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  if (t.k === K_NUM) return true;
  if (t.k === K_PUNCT) return t.t === "-";
  if (t.k !== K_WORD) return false;
  const w = t.t;
  if (TRIGGERS.has(w) || nthUnit(w) !== undefined || constructOrdinal(w) !== undefined) return true;
  // an age without its person's noun: «في الخمسين من عمره»
  if (w === "في") return toks[i + 1]?.k === K_WORD && toks[i + 1]!.t.startsWith("ال") && ageAt(toks, i) !== null;
  if (fractionWord(w)) return true;
  if (w.length >= 4 && (w.length >= 6 ? isDual(w) : isMasculineDual(w))) return true;
  if (w.length > 2 && PROCLITIC_CODES.has(w.charCodeAt(0))) {
    if (TRIGGERS.has(w.slice(1))) return true;
    if (w.length > 3 && TRIGGERS.has(w.slice(2))) return true;
    if (w.length > 4 && TRIGGERS.has(w.slice(3))) return true;
  }
  if (w.startsWith("ال")) {
    if (TRIGGERS.has(w.slice(2))) return true;
    // definite noun + definite number: الأيام العشرة
    const n = toks[i + 1];
    if (n && n.k === K_WORD && n.t.startsWith("ال") && NUMBER_WORDS.has(n.t.slice(2))) return true;
    // a definite unit of time + digits: الساعات الـ48; any definite noun + digits with the article: الطاقم الـ19
    if (n && n.k === K_NUM && (UNIT_FORMS.get(w.slice(2))?.kind === "duration" || n.def === true)) return true;
  }
  // a noun with its pronoun + definite number: وأطفالهما الثلاثة
  const n = toks[i + 1];
  if (
    n &&
    n.k === K_WORD &&
    n.t.startsWith("ال") &&
    NUMBER_WORDS.has(n.t.slice(2)) &&
    hasPronoun(w) &&
    !/^[وف]?(?:علي|الي|عن|من|في|مع|لدي|عند|بين|ب|ل)(?:ه|ها|هم|هما|هن|نا|كم)$/u.test(w)
  )
    return true;
  return false;
}

/**
 * Nouns whose number names one of them rather than counting them: a brigade, a division, a resolution, an article of
 * law, a road, a flight, a floor, a television channel, a grade of fuel («بنزين 92»، «أوكتان 95»), an aircraft's model («بوينغ 787»، «طراز
 * 320»). Folded, without article or proclitic.
 */
const DESIGNATORS = new Set(
  [
    "لواء",
    "فرقة",
    "كتيبة",
    "فوج",
    "سرب",
    "قرار",
    "مادة",
    "فقرة",
    "بند",
    "قانون",
    "مرسوم",
    "طريق",
    "رحلة",
    "طابق",
    "رقم",
    // («القناة 12»، «القناة 14 العبرية»: a television channel)
    "قناة",
    "جناح",
    "عنبر",
    "مبنى",
    "بنزين",
    "أوكتان",
    "أوكتين",
    "طراز",
    "بوينغ",
    "بوينج",
    "بوينك",
    "إيرباص",
    "ايرباص",
    "أيرباص",
  ].map((w) => designatorKey(w)),
);

function designatorKey(word: string): string {
  return foldForMatch(word).replace(/ة$/u, "ه").replace(/ى$/u, "ي");
}

/** A designating noun with or without the article («اللواء»، «للقرار» after ل), else undefined. */
const designator = (w: string): true | undefined =>
  DESIGNATORS.has(w) || ((w.startsWith("ال") || w.startsWith("لل")) && DESIGNATORS.has(w.slice(2))) ? true : undefined;

/** Whether a word is a designating noun, with or without و/ف, ب/ل/ك and the article («باللواء»، «وللقرار»). */
function isDesignator(word: string): boolean {
  return withoutProclitic(designatorKey(word), designator) === true;
}

/**
 * Every figure in text[from, to): digits and decimals, number words, multipliers, duals, vague quantities,
 * hedges, bounds, ranges, percentages, units (with mi² → km² conversion), calendar years; dates such as
 * `15 فبراير` are left to parseTimes. Spans are into the original text.
 */
/** Prepositions glued to a number word (after any «و»), longest first (فب، فل، ب، ل، ك). */
const GLUED_PREPOSITIONS = ["فب", "فل", "ب", "ل", "ك"];

/** The unit or counted noun word right at k (folded), when it is one, else null. */
function unitWordAt(toks: Tok[], k: number): string | null {
  const w = word(toks, k);
  if (w === null || toks[k]!.brk) return null;
  return UNIT_FORMS.has(w) || PEOPLE_STEMS.has(nounStem(w)) ? w : null;
}

/** Two written forms of one unit or counted noun («أعوام» / «عاماً»، «مهاجر» / «مهاجر»). */
function sameUnitWord(a: string, b: string | null): boolean {
  if (b === null) return false;
  const ua = UNIT_FORMS.get(a);
  const ub = UNIT_FORMS.get(b);
  return ua && ub ? ua.unit === ub.unit : nounStem(a) === nounStem(b);
}

/** Length units that make a speed when «في الساعة» follows them. */
const SPEED_OF: Record<string, string> = { km: "km_per_hour", m: "m_per_hour", mile: "mile_per_hour", nmi: "knot" };

/**
 * A length per hour after the unit at `end`: «120 كيلومتراً في الساعة»، «80 كم/ساعة»، «20 ميلاً بالساعة» — a speed,
 * not a distance. Returns the speed unit and the end of the phrase, or null.
 */
function perHour(toks: Tok[], end: number, unit: string | undefined): { unit: string; end: number } | null {
  const speed = unit !== undefined ? SPEED_OF[unit] : undefined;
  if (speed === undefined || toks[end]?.brk) return null;
  const w0 = word(toks, end);
  if (w0 === "في" && word(toks, end + 1) === "الساعه") return { unit: speed, end: end + 2 };
  if (w0 === "بالساعه") return { unit: speed, end: end + 1 };
  if (toks[end]?.t === "/" && word(toks, end + 1) === "ساعه") return { unit: speed, end: end + 2 };
  return null;
}

export function parseQuantities(text: string, from = 0, to = text.length): Quantity[] {
  const lo = Math.max(0, Math.min(text.length, Math.floor(from) || 0));
  const hi = Math.max(lo, Math.min(text.length, Math.floor(to)));
  const n = normalize(lo === 0 && hi === text.length ? text : text.slice(lo, hi));
  // («أكثر من الـ100 قتيل»، «تجاوز الـ 50 درجة»: the article written apart before a number is read past)
  // («إلى (328) حالة»: a figure in brackets is read as if bare; «18 عشر إصابة»: a teen in digits with its «عشر»
  // written after it again counts once)
  const lexed = lex(n.text);
  const articleBefore = (k: number) => lexed[k]?.k === K_WORD && lexed[k]?.t === "ال" && lexed[k + 1]?.k === K_NUM;
  for (let k = 0; k + 1 < lexed.length; k++) if (articleBefore(k)) (lexed[k + 1] as Tok).def = true;
  // («ألفاً» and «ألفا رطل»: the accusative of a thousand keeps a tanween that folding drops; the dual does not)
  for (const t of lexed) {
    if (t.k !== K_WORD || !t.t.endsWith("ا")) continue;
    const end = n.offsets[t.e] ?? hi - lo;
    if (text.slice(lo + (n.offsets[t.s] as number), lo + end).includes("\u064B")) t.tanween = true;
  }
  const toks = lexed.filter(
    (t, k, all) =>
      !articleBefore(k) &&
      !(t.t === "(" && all[k + 1]?.k === K_NUM && all[k + 2]?.t === ")") &&
      !(t.t === ")" && all[k - 1]?.k === K_NUM && all[k - 2]?.t === "(") &&
      !(
        t.k === K_WORD &&
        (t.t === "عشر" || t.t === "عشره") &&
        all[k - 1]?.k === K_NUM &&
        /^1[1-9]$/.test(all[k - 1]!.t)
      ) &&
      // («لست مسؤولاً»، «لست نادماً»: «I am not», before an adjective in the accusative, is no «ل» + six)
      !(t.k === K_WORD && t.t === "لست" && all[k + 1]?.k === K_WORD && /ا$/u.test(all[k + 1]!.t)),
  );
  const out: Quantity[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    // URLs: skip everything glued to them
    if (t.k === K_LATIN && (t.t === "http" || t.t === "https" || t.t === "www")) {
      i++;
      while (i < toks.length && toks[i]!.glued) i++;
      continue;
    }
    // «اللواء 444»، «القرار 2254»، «المادة 5»: digits after a designating noun name a thing, they count nothing
    // (not after «بنزين 80 أوكتين», whose second designating noun went with the number before it)
    if (
      t.k === K_NUM &&
      i > 0 &&
      toks[i - 1]!.k === K_WORD &&
      isDesignator(toks[i - 1]!.t) &&
      !(i > 1 && toks[i - 2]!.k === K_NUM) &&
      // (unless people are counted right after it: «ضمت الرحلة 30 طالباً» is a trip of thirty pupils)
      !(toks[i + 1]?.k === K_WORD && isPeopleNoun(toks[i + 1]!.t))
    ) {
      i++;
      while (i < toks.length && toks[i]!.glued && (toks[i]!.k === K_NUM || toks[i]!.t === "/")) i++;
      // («بنزين 80 أوكتين»: a second designating noun after the number goes with it)
      if (toks[i]?.k === K_WORD && isDesignator(toks[i]!.t)) i++;
      continue;
    }
    // cheap filter: most tokens cannot open a figure
    if (!mayStart(toks, i)) {
      i++;
      continue;
    }
    const m = matchAt(toks, i);
    if (m === null) {
      i++;
      continue;
    }
    if ("skip" in m) {
      i = Math.max(i + 1, m.skip);
      continue;
    }
    const sTok = toks[m.start]!;
    const eTok = toks[m.end - 1]!;
    let start = n.offsets[sTok.s]! + lo;
    const end = Math.max(n.offsets[eTok.e]!, n.offsets[eTok.e - 1]! + 1) + lo;
    // «وسبعة من ذوي المتوفين»، «ونحو ستين سيارة»: the conjunction joins the figure to what comes before, it is
    // not part of it («واحد» is the number itself)
    let first = sTok.t;
    if (sTok.k === K_WORD && first.length > 2 && first.startsWith("و") && !numberWord(first) && text[start] === "و") {
      start++;
      first = first.slice(1);
    }
    // («انقطع الاتصال بثلاثة من عناصر الحماية»، «لخمسة أيام»: nor is a preposition glued to a number word)
    if (sTok.k === K_WORD && !numberWord(first)) {
      const p = GLUED_PREPOSITIONS.find(
        (x) =>
          first.startsWith(x) &&
          (numberWord(first.slice(x.length)) !== undefined || CONSTRUCT_ORDINALS.has(first.slice(x.length))),
      );
      if (p !== undefined && text.startsWith(p, start)) start += p.length;
    }
    const q: Quantity = { start, end, text: text.slice(start, end), approx: m.approx };
    const value = round(m.value);
    const min = round(m.min);
    const max = round(m.max);
    if (value !== undefined) q.value = value;
    if (min !== undefined) q.min = min;
    if (max !== undefined) q.max = max;
    if (m.vague) q.vague = m.vague;
    if (m.unit) q.unit = m.unit;
    if (m.subject) q.subject = m.subject;
    q.kind = m.kind;
    // («صوّت (20.527) ناخباً»، «1.500 شخص»: a dot before three digits in a head count groups thousands — people are
    // counted whole)
    const head = toks.slice(m.start, m.end).find((x) => x.k === K_NUM);
    if (q.unit === "person" && head && /^[0-9]{1,3}\.[0-9]{3}$/.test(head.t)) {
      const whole = (x: number | undefined) => (x !== undefined && !Number.isInteger(x) ? Math.round(x * 1000) : x);
      if (q.value !== undefined) q.value = whole(q.value);
      if (q.min !== undefined) q.min = whole(q.min);
      if (q.max !== undefined) q.max = whole(q.max);
    }
    if (m.previous) q.previous = true;
    const conv = m.unit ? CONVERSIONS.get(m.unit) : undefined;
    if (conv && (m.unit === "century" || m.unit === "decade")) {
      // «نحو قرن»، «ربع قرن»، «ستة عقود»: centuries and decades are read, and stated, in years (100, 25, 60)
      const c = (x: number | undefined) => (x === undefined ? undefined : round(x * conv.factor));
      if (value !== undefined) q.value = c(value);
      if (min !== undefined) q.min = c(min);
      if (max !== undefined) q.max = c(max);
      q.unit = conv.unit;
    } else if (conv) {
      const c = (x: number | undefined) => (x === undefined ? undefined : round(x * conv.factor));
      q.normalized = { unit: conv.unit };
      if (value !== undefined) q.normalized.value = c(value);
      if (min !== undefined) q.normalized.min = c(min);
      if (max !== undefined) q.normalized.max = c(max);
    }
    // («عامي 1976 و1986»: the second year of a named pair is a year too)
    const last = out[out.length - 1];
    if (
      last?.kind === "year" &&
      q.kind === "count" &&
      q.unit === undefined &&
      q.value !== undefined &&
      q.value >= 1800 &&
      q.value <= 2100 &&
      /^\s*و\s*$/u.test(text.slice(last.end, q.start)) &&
      /^[0-9]{4}(?:\s|$)/u.test(q.text)
    ) {
      q.kind = "year";
      q.unit = "year";
      q.end = q.start + 4;
      q.text = text.slice(q.start, q.end);
      delete q.subject;
    }
    out.push(q);
    i = Math.max(i + 1, m.end);
  }
  if (out.length === 0 || hasOrdinalWord(toks)) ordinalsInContext(text, n, lo, toks, out);
  return out;
}

/** Words a definite ordinal follows without numbering anything: months (كانون الثاني، ربيع الأول), a world war. */
const NOT_NUMBERED_BY_ORDINAL = new Set(["كانون", "تشرين", "ربيع", "جمادي", "العالميه", "الدرجه"]);

function hasOrdinalWord(toks: Tok[]): boolean {
  for (const t of toks) if (t.k === K_WORD && t.t.length >= 5 && t.t.includes("ال")) return true;
  return false;
}

/**
 * Definite ordinals that number something (the second or later): a day of a month («السابع من سبتمبر»، «السابع من
 * الشهر») is a date; a definite noun numbered by the ordinal after it («اليوم السادس عشر»، «المرة الثانية»، «شهره
 * العاشر»، «الاجتماع الوزاري الثالث والثلاثون») is that noun's position in its sequence. «الأول/الأولى» (first) and a bare ordinal
 * («وهي الرابعة») stay out: too common, and annotators do not count them.
 */
function ordinalsInContext(
  text: string,
  n: ReturnType<typeof normalize>,
  lo: number,
  toks: Tok[],
  out: Quantity[],
): void {
  const taken = out.map((q) => [q.start, q.end] as const);
  const added: Quantity[] = [];
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.k !== K_WORD || t.t.length < 4 || !/^(?:ال|لل|وال|بال)/u.test(t.t)) continue;
    const prev = toks[i - 1]!;
    if (prev.k !== K_WORD || prev.brk || t.brk) continue;
    // (an ordinal word opens it: «الستين»، «الاثنين» are a cardinal and a weekday)
    const bare = t.t.replace(/^(?:وال|بال|لل|ال)/u, "");
    if (!ORDINAL_WORDS.has(bare)) continue;
    const o = ordinalAt(toks, i);
    if (!o || o.value < 2 || o.value > 100) continue;
    const after = toks[o.end];
    let first = i;
    let last = o.end - 1;
    let q: Partial<Quantity>;
    const month = after?.k === K_WORD && after.t === "من" ? monthAt(toks, o.end + 1) : null;
    const thisMonth = after?.k === K_WORD && after.t === "من" && word(toks, o.end + 1) === "الشهر";
    if ((month || thisMonth) && o.value <= 31) {
      last = month ? month.end - 1 : o.end + 1;
      q = { value: o.value, unit: "day_of_month", kind: "date" };
    } else {
      const pw = prev.t.replace(/^(?:و|ف)/u, "");
      const definite = /^(?:ال|لل|بال)../u.test(pw) || /^.{3,}(?:ه|ها|هم)$/u.test(pw);
      if (!definite || NOT_NUMBERED_BY_ORDINAL.has(pw) || numberWord(pw) || MONTHS.has(pw)) continue;
      // (an adjective between: «الاجتماع الوزاري الثالث» numbers the meeting)
      first = i - 1;
      // (a position in a sequence, unit "position": the second session, the sixteenth day; not a rank among peers)
      q = { value: o.value, unit: "position", kind: "ordinal", subject: pw.replace(/^(?:ال|لل|بال)/u, "") };
    }
    let start = n.offsets[toks[first]!.s]! + lo;
    const end = Math.max(n.offsets[toks[last]!.e]!, n.offsets[toks[last]!.e - 1]! + 1) + lo;
    // («والاجتماع الثالث»: the conjunction is no part of the figure)
    if (/^و(?:ال|لل|بال)/u.test(toks[first]!.t) && text[start] === "و") start++;
    if (taken.some(([a, b]) => a < end && start < b)) continue;
    added.push({ start, end, text: text.slice(start, end), approx: false, ...q } as Quantity);
    taken.push([start, end]);
    i = Math.max(i, last);
  }
  if (added.length) {
    out.push(...added);
    out.sort((a, b) => a.start - b.start);
  }
}
