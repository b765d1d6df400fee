// Dates and times in news text → TimeRef: weekdays (يوم السبت، صباح الأحد، الأربعاء الماضي), months in both naming
// systems (ديسمبر/كانون الأول), day-month-year dates, numeric dates, periods (الأسبوع المقبل، الشهر الماضي),
// yesterday/tomorrow, calendar years (عام 2014، منذ 2011). Resolved against the publication date when known.
import type { TimeRef } from "#schema/index.ts";
import {
  AMBIGUOUS_MONTHS,
  AMBIGUOUS_WEEKDAYS,
  CURRENT_WORDS,
  DAY_PARTS,
  MONTHS,
  NEXT_WORDS,
  PAST_WORDS,
  PERIODS,
  RELATIVE_DAYS,
  WEEKDAY_NAMES,
  WEEKDAYS,
} from "./lexicon/calendar.ts";
import { NUMBER_WORDS, ORDINAL_WORDS } from "./lexicon/numbers.ts";
import { UNIT_FORMS, YEAR_CONTEXT, YEAR_WORDS } from "./lexicon/units.ts";
import { normalize } from "./normalize.ts";
import { ordinalAt } from "./ordinals.ts";
import { K_NUM, K_PUNCT, K_WORD, lex, type Tok } from "./scan.ts";

export type ParseTimesOptions = { publishedAt?: string | null; from?: number; to?: number };

type Found = { start: number; end: number; date: string | null; relative: string | null };

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const ymd = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Publication date as a UTC midnight Date, or null when absent or not ISO 8601 (YYYY-MM-DD…). */
export function parsePublishedAt(publishedAt: string | null | undefined): Date | null {
  if (!publishedAt) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime()) || d.getUTCDate() !== Number(m[3])) return null;
  return d;
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((t.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const word = (toks: Tok[], i: number): string | null => {
  const t = toks[i];
  return t && t.k === K_WORD ? t.t : null;
};

/** w, or w without one proclitic و/ف/ب/ل when that is in the set. */
function inSet<T>(w: string | null, get: (s: string) => T | undefined): T | undefined {
  if (w === null) return undefined;
  const v = get(w);
  if (v !== undefined) return v;
  const c0 = w.charCodeAt(0);
  if (w.length > 2 && (c0 === 0x0648 || c0 === 0x0641 || c0 === 0x0628 || c0 === 0x0644)) return get(w.slice(1));
  return undefined;
}

function monthAt(toks: Tok[], i: number): { month: number; end: number; ambiguous: boolean } | null {
  const w = word(toks, i);
  if (w === null) return null;
  const w2 = word(toks, i + 1);
  if (w2 !== null && !toks[i + 1]!.brk) {
    const two = inSet(w, (s) => MONTHS.get(`${s} ${w2}`));
    if (two !== undefined) return { month: two, end: i + 2, ambiguous: false };
  }
  const one = inSet(w, (s) => MONTHS.get(s));
  if (one === undefined) return null;
  const bare = MONTHS.has(w) ? w : w.slice(1);
  return { month: one, end: i + 1, ambiguous: AMBIGUOUS_MONTHS.has(bare) };
}

/** A month name optionally followed by its other-system name: ديسمبر/كانون الأول، شباط (فبراير). */
function monthPhrase(toks: Tok[], i: number): { month: number; end: number; ambiguous: boolean } | null {
  const m = monthAt(toks, i);
  if (!m) return null;
  let end = m.end;
  let ambiguous = m.ambiguous;
  const sep = toks[end];
  if (sep && sep.k === K_PUNCT && (sep.t === "/" || sep.t === "(" || sep.t === "-" || sep.t === ",")) {
    const other = monthAt(toks, end + 1);
    if (other && other.month === m.month) {
      end = other.end;
      ambiguous = false;
      if (sep.t === "(" && toks[end]?.t === ")") end++;
    }
  } else if (sep && sep.k === K_WORD) {
    const other = monthAt(toks, end);
    if (other && other.month === m.month) {
      end = other.end;
      ambiguous = false;
    }
  }
  return { month: m.month, end, ambiguous };
}

function yearAt(toks: Tok[], i: number): number | null {
  const t = toks[i];
  if (!t || t.k !== K_NUM || !/^[0-9]{4}$/.test(t.t) || t.brk) return null;
  const y = Number(t.t);
  return y >= 1800 && y <= 2100 ? y : null;
}

function qualifierAt(toks: Tok[], i: number): -1 | 0 | 1 | null {
  const w = word(toks, i);
  if (w === null || toks[i]!.brk) return null;
  if (PAST_WORDS.has(w)) return -1;
  if (NEXT_WORDS.has(w)) return 1;
  if (CURRENT_WORDS.has(w) && w !== "هذا" && w !== "هذه") return 0;
  return null;
}

function resolveMonthYear(pub: Date | null, month: number, q: -1 | 0 | 1 | null): number | null {
  if (!pub) return null;
  const py = pub.getUTCFullYear();
  const pm = pub.getUTCMonth() + 1;
  if (q === -1) return month < pm ? py : py - 1;
  if (q === 1) return month > pm ? py : py + 1;
  if (q === 0) return py;
  return month <= pm ? py : py - 1;
}

const PERIOD_OF_UNIT: Record<string, "day" | "week" | "month" | "year"> = {
  day: "day",
  week: "week",
  month: "month",
  year_duration: "year",
};

/** A count of days/weeks/months/years at i: يومين، أسبوع، 3 أشهر، ثلاثة أعوام. */
function agoAt(toks: Tok[], i: number): { n: number; period: "day" | "week" | "month" | "year"; end: number } | null {
  const t = toks[i];
  if (!t || t.brk) return null;
  let n = 1;
  let k = i;
  if (t.k === K_NUM) {
    if (!/^[0-9]{1,3}$/.test(t.t)) return null;
    n = Number(t.t);
    k++;
  } else if (t.k === K_WORD) {
    const nw = NUMBER_WORDS.get(t.t);
    if (nw && (nw.type === "unit" || nw.type === "ten" || nw.type === "tens")) {
      n = nw.value;
      k++;
    }
  }
  const u = word(toks, k);
  const form = u !== null ? UNIT_FORMS.get(u) : undefined;
  if (!form?.count) return null;
  const period = PERIOD_OF_UNIT[form.unit];
  if (!period) return null;
  if (k === i) n = form.count;
  else if (form.count === 2) return null;
  return { n, period, end: k + 1 };
}

/** Day `day` of this/last/next month, the month phrase starting at k (هذا الشهر، الشهر الجاري، الشهر المقبل). */
function dayOfPeriodMonth(toks: Tok[], i: number, k: number, day: number, pub: Date | null): Found | null {
  let q: -1 | 0 | 1 | null = null;
  let end = k;
  if ((word(toks, k) === "هذا" || word(toks, k) === "نفس") && word(toks, k + 1) === "الشهر") {
    q = 0;
    end = k + 2;
  } else if (word(toks, k) === "الشهر") {
    q = qualifierAt(toks, k + 1);
    end = k + 2;
  }
  if (q === null) return null;
  let date: string | null = null;
  if (pub) {
    const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + q, 1));
    if (validDate(d.getUTCFullYear(), d.getUTCMonth() + 1, day))
      date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(day)}`;
  }
  return { start: i, end, date, relative: `month:${q > 0 ? "+" : ""}${q}:day:${day}` };
}

/** A day-month date starting at token i, with an optional year (2016 · من عام 2016 · ، 2016) or qualifier. */
function dayMonth(toks: Tok[], i: number, m: { month: number; end: number }, day: number, pub: Date | null): Found {
  let k = m.end;
  if (toks[k]?.t === "," && yearAt(toks, k + 1) !== null) k++;
  if (word(toks, k) === "من" && (word(toks, k + 1) === "عام" || word(toks, k + 1) === "العام")) k += 2;
  else if (word(toks, k) === "عام" || word(toks, k) === "العام") k++;
  const year = yearAt(toks, k);
  if (year !== null) {
    return {
      start: i,
      end: k + 1,
      date: validDate(year, m.month, day) ? `${year}-${pad(m.month)}-${pad(day)}` : null,
      relative: null,
    };
  }
  const q = qualifierAt(toks, m.end);
  const y = resolveMonthYear(pub, m.month, q);
  return {
    start: i,
    end: q !== null ? m.end + 1 : m.end,
    date: y !== null && validDate(y, m.month, day) ? `${y}-${pad(m.month)}-${pad(day)}` : null,
    relative: `date:--${pad(m.month)}-${pad(day)}`,
  };
}

function matchAt(toks: Tok[], i: number, pub: Date | null): Found | null {
  const w = word(toks, i);
  const t = toks[i]!;
  // numeric dates: 15/2/2019, 2019-02-15
  if (t.k === K_NUM) {
    const a = toks[i + 1];
    const b = toks[i + 2];
    const c = toks[i + 3];
    const d = toks[i + 4];
    if (a && b && c && d && a.glued && b.glued && c.glued && d.glued && b.k === K_NUM && d.k === K_NUM) {
      if ((a.t === "/" && c.t === "/") || (a.t === "-" && c.t === "-") || (a.t === "." && c.t === ".")) {
        const x = Number(t.t);
        const y = Number(b.t);
        const z = Number(d.t);
        let date: string | null = null;
        if (t.t.length === 4 && validDate(x, y, z)) date = `${t.t}-${pad(y)}-${pad(z)}`;
        else if (d.t.length === 4 && validDate(z, y, x)) date = `${d.t}-${pad(y)}-${pad(x)}`;
        if (date) return { start: i, end: i + 5, date, relative: null };
      }
    }
    // day month [year]
    const day = Number(t.t);
    if (/^[0-9]{1,2}$/.test(t.t) && day >= 1 && day <= 31) {
      const sep = toks[i + 1]?.t === "-" && toks[i + 1]!.glued ? 1 : 0;
      const m = monthPhrase(toks, i + 1 + sep);
      if (m) return dayMonth(toks, i, m, day, pub);
      // 20 من الشهر المقبل، 31 من هذا الشهر، 5 من الشهر الجاري
      if (word(toks, i + 1) === "من") return dayOfPeriodMonth(toks, i, i + 2, day, pub);
    }
    return null;
  }
  if (w === null) return null;
  // calendar years: عام 2014، العام 2011، منذ 2011
  if (YEAR_WORDS.has(w)) {
    const y = yearAt(toks, i + 1);
    if (y !== null) return { start: i, end: i + 2, date: String(y), relative: null };
  }
  if (inSet(w, (s) => (YEAR_CONTEXT.has(s) ? true : undefined))) {
    const y = yearAt(toks, i + 1);
    if (y !== null && !monthAt(toks, i + 2)) return { start: i + 1, end: i + 2, date: String(y), relative: null };
  }
  // yesterday / tomorrow
  const two = word(toks, i + 1);
  const three = two !== null ? word(toks, i + 2) : null;
  // («أول من أمس»: the day before yesterday, in three words)
  const phrase3 = three !== null ? RELATIVE_DAYS.get(`${w} ${two} ${three}`) : undefined;
  const relDay =
    phrase3 ?? (two !== null ? RELATIVE_DAYS.get(`${w} ${two}`) : undefined) ?? inSet(w, (s) => RELATIVE_DAYS.get(s));
  if (relDay !== undefined) {
    const len = phrase3 !== undefined ? 3 : two !== null && RELATIVE_DAYS.has(`${w} ${two}`) ? 2 : 1;
    return {
      start: i,
      end: i + len,
      date: pub ? ymd(addDays(pub, relDay)) : null,
      relative: `day:${relDay > 0 ? "+" : ""}${relDay}`,
    };
  }
  // يوم 27: a day of the current month (the latest such day on or before publication)
  if (w === "يوم" && toks[i + 1]?.k === K_NUM && /^[0-9]{1,2}$/.test(toks[i + 1]!.t) && !monthAt(toks, i + 2)) {
    const day = Number(toks[i + 1]!.t);
    if (day >= 1 && day <= 31 && word(toks, i + 2) !== "من") {
      let date: string | null = null;
      if (pub) {
        const back = day > pub.getUTCDate() ? -1 : 0;
        const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + back, 1));
        if (validDate(d.getUTCFullYear(), d.getUTCMonth() + 1, day))
          date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(day)}`;
      }
      return { start: i, end: i + 2, date, relative: `day-of-month:${day}` };
    }
  }
  // ordinal day of a month: العاشر من سبتمبر، الحادي والعشرين من مايو [2016]
  const ord = ordinalAt(toks, i);
  if (ord && ord.value >= 1 && ord.value <= 31) {
    const k0 = word(toks, ord.end) === "من" ? ord.end + 1 : ord.end;
    const m = k0 > ord.end || w.startsWith("ال") ? monthPhrase(toks, k0) : null;
    if (m) return dayMonth(toks, i, m, ord.value, pub);
  }
  // N days/weeks/months/years ago or later: قبل عامين، بعد أسبوع، قبل 3 أشهر
  if (w === "قبل" || w === "بعد" || w === "منذ") {
    const ago = agoAt(toks, i + 1);
    // («بعد يوم واحد من إعلان …»، «قبل يومين من الانتخابات»: counted from another event, not from publication)
    const after = ago && /^واحده?$/u.test(word(toks, ago.end) ?? "") ? ago.end + 1 : (ago?.end ?? 0);
    if (ago && w !== "منذ" && word(toks, after) === "من") return null;
    if (ago) {
      const sign = w === "بعد" ? 1 : -1;
      const n = sign * ago.n;
      const rel = `${ago.period}:${n > 0 ? "+" : ""}${n}`;
      let date: string | null = null;
      if (pub) {
        if (ago.period === "day") date = ymd(addDays(pub, n));
        else if (ago.period === "week") date = isoWeek(addDays(pub, 7 * n));
        else if (ago.period === "month") {
          const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + n, 1));
          date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
        } else date = String(pub.getUTCFullYear() + n);
      }
      return { start: i, end: ago.end, date, relative: rel };
    }
  }
  // weekdays: [صباح|مساء|…] [يوم] السبت [الماضي|المقبل] [16 فبراير 2019]
  let k = i;
  let part = false;
  // اليوم الاثنين = "today, Monday": the occurrence nearest to publication
  const today = w === "اليوم";
  if (inSet(w, (s) => (DAY_PARTS.has(s) ? true : undefined))) {
    part = true;
    k++;
    if (word(toks, k) === "يوم" || word(toks, k) === "اليوم") k++;
  }
  const wd = word(toks, k);
  const dow = wd !== null && (k === i || !toks[k]!.brk) ? inSet(wd, (s) => WEEKDAYS.get(s)) : undefined;
  if (dow !== undefined) {
    const bare = WEEKDAYS.has(wd!) ? wd! : wd!.slice(1);
    let end = k + 1;
    const q = qualifierAt(toks, end);
    if (AMBIGUOUS_WEEKDAYS.has(bare) && !part && q === null) return null;
    if (q !== null) end++;
    // an explicit date after the weekday wins: السبت 16 فبراير 2019
    const explicit = toks[end]?.k === K_NUM ? matchAt(toks, end, pub) : null;
    if (explicit?.date && explicit.date.length === 10) {
      return { start: i, end: explicit.end, date: explicit.date, relative: null };
    }
    const name = WEEKDAY_NAMES[dow]!;
    let date: string | null = null;
    if (pub) {
      const pd = pub.getUTCDay();
      let delta: number;
      if (q === 1) delta = (dow - pd + 7) % 7 || 7;
      else if (q === -1) delta = -((pd - dow + 7) % 7 || 7);
      else if (today && (dow - pd + 7) % 7 <= 3) delta = (dow - pd + 7) % 7;
      else delta = -((pd - dow + 7) % 7);
      date = ymd(addDays(pub, delta));
    }
    return { start: i, end, date, relative: `weekday:${name}${q === 1 ? ":+1" : q === -1 ? ":-1" : ""}` };
  }
  if (part) return null;
  // periods: الأسبوع المقبل، الشهر الماضي، العام الحالي، العام المالي المقبل; هذا العام، هذه السنة
  const thisPeriod = (w === "هذا" || w === "هذه") && !toks[i]!.brk ? word(toks, i + 1) : null;
  const period = thisPeriod !== null ? PERIODS.get(thisPeriod) : inSet(w, (s) => PERIODS.get(s));
  if (period) {
    const fiscal = thisPeriod === null && period === "year" && word(toks, i + 1) === "المالي" ? 1 : 0;
    const q = thisPeriod !== null ? 0 : qualifierAt(toks, i + 1 + fiscal);
    if (q !== null) {
      const end = thisPeriod !== null ? i + 2 : i + 2 + fiscal;
      let date: string | null = null;
      if (pub) {
        if (period === "week") date = isoWeek(addDays(pub, 7 * q));
        else if (period === "month") {
          const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + q, 1));
          date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
        } else date = String(pub.getUTCFullYear() + q);
      }
      return { start: i, end, date, relative: `${period}:${q > 0 ? "+" : ""}${q}` };
    }
  }
  // month names: [شهر] ديسمبر[/كانون الأول] [2018 | الماضي | المقبل]
  let mStart = i;
  if (w === "شهر" || w === "لشهر" || w === "بشهر") mStart = i + 1;
  const m = monthPhrase(toks, mStart);
  if (m) {
    const year = yearAt(toks, m.end);
    if (year !== null) return { start: i, end: m.end + 1, date: `${year}-${pad(m.month)}`, relative: null };
    // month then day: يناير 1، مايو الحادي والعشرين [2018]
    const dt = toks[m.end];
    if (dt && !dt.brk && dt.k === K_NUM && /^[0-9]{1,2}$/.test(dt.t) && Number(dt.t) >= 1 && Number(dt.t) <= 31) {
      const f = dayMonth(toks, m.end, { month: m.month, end: m.end + 1 }, Number(dt.t), pub);
      return { ...f, start: i, end: Math.max(f.end, m.end + 1) };
    }
    const od = ordinalAt(toks, m.end);
    if (od && od.value <= 31 && !toks[m.end]!.brk) {
      const after = { month: m.month, end: od.end };
      const f = dayMonth(toks, m.end, after, od.value, pub);
      return { ...f, start: i };
    }
    const q = qualifierAt(toks, m.end);
    const prev = word(toks, i - 1);
    const context =
      mStart > i ||
      q !== null ||
      (prev !== null && inSet(prev, (s) => (YEAR_CONTEXT.has(s) ? true : undefined)) !== undefined);
    // ambiguous names (اب، مارس، ماي) need the other system's name, شهر, a qualifier or في/منذ … before them
    if (m.ambiguous && !context) return null;
    const y = resolveMonthYear(pub, m.month, q);
    return {
      start: i,
      end: q !== null ? m.end + 1 : m.end,
      date: y !== null ? `${y}-${pad(m.month)}` : null,
      relative: `month:${m.month}${q === 1 ? ":+1" : q === -1 ? ":-1" : ""}`,
    };
  }
  return null;
}

const TIME_TRIGGERS: ReadonlySet<string> = new Set([
  ...[...MONTHS.keys()].map((m) => m.split(" ")[0]!),
  ...WEEKDAYS.keys(),
  ...DAY_PARTS,
  ...PERIODS.keys(),
  ...[...RELATIVE_DAYS.keys()].map((d) => d.split(" ")[0]!),
  ...YEAR_WORDS,
  "قبل",
  "بعد",
  "منذ",
  "هذا",
  "هذه",
  "شهر",
  "لشهر",
  "بشهر",
]);

/** Cheap test before the full match: can token i start a time expression? */
function mayStartTime(toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  if (t.k === K_NUM) return true;
  if (t.k !== K_WORD) return false;
  const w = t.t;
  if (TIME_TRIGGERS.has(w)) return true;
  if (w.length > 2 && TIME_TRIGGERS.has(w.slice(1))) return true;
  // ordinal days: العاشر من سبتمبر، أول يناير
  if (w === "اول" || (w.startsWith("ال") && ORDINAL_WORDS.has(w.slice(2)))) return true;
  // في 2014، خلال 2018: a year-context word before a number
  return toks[i + 1]?.k === K_NUM && inSet(w, (s) => (YEAR_CONTEXT.has(s) ? true : undefined)) === true;
}

/** Dates and time expressions in text[from, to), resolved against `publishedAt` (YYYY-MM-DD…) when given. */
export function parseTimes(text: string, options?: ParseTimesOptions): TimeRef[] {
  const lo = Math.max(0, Math.min(text.length, Math.floor(options?.from ?? 0) || 0));
  const hi = Math.max(lo, Math.min(text.length, Math.floor(options?.to ?? text.length)));
  const pub = parsePublishedAt(options?.publishedAt);
  const n = normalize(lo === 0 && hi === text.length ? text : text.slice(lo, hi));
  const toks = lex(n.text);
  const out: TimeRef[] = [];
  let i = 0;
  while (i < toks.length) {
    const _t = toks[i]!;
    if (!mayStartTime(toks, i)) {
      i++;
      continue;
    }
    const f = matchAt(toks, i, pub);
    if (!f || f.end <= f.start) {
      i++;
      continue;
    }
    const sTok = toks[f.start]!;
    const eTok = toks[f.end - 1]!;
    const start = n.offsets[sTok.s]! + lo;
    const end = Math.max(n.offsets[eTok.e]!, n.offsets[eTok.e - 1]! + 1) + lo;
    out.push({ start, end, text: text.slice(start, end), date: f.date, relative: f.relative });
    i = Math.max(i + 1, f.end);
  }
  return out;
}
