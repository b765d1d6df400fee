// Labels and number formatting for the site. One digit style everywhere: Western digits (0-9), as the source
// articles themselves write figures, with Arabic words around them.
import type { Article, BlockRole, ClaimKind, Quantity, Relation, Stance } from "@isnad/core/schema";

const numberFormat = new Intl.NumberFormat("ar-u-nu-latn", { maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat("ar-u-nu-latn", { dateStyle: "long", timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat("ar-u-nu-latn", { year: "numeric", month: "long", timeZone: "UTC" });

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** A YYYY-MM-DD, YYYY-MM or YYYY date (or an ISO date-time) in Arabic words; anything else is returned as given. */
export function formatDate(iso: string): string {
  if (/^\d{4}$/u.test(iso)) return iso;
  if (/^\d{4}-\d{2}$/u.test(iso)) {
    const d = new Date(`${iso}-01T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? iso : monthFormat.format(d);
  }
  const m = /^(\d{4}-\d{2}-\d{2})/u.exec(iso);
  if (!m) return iso;
  const d = new Date(`${m[1]}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
}

/** "3 ادعاءات" with the right Arabic plural for the count (1, 2, 3–10, 11+). */
export function countLabel(n: number, forms: { one: string; two: string; few: string; many: string }): string {
  if (n === 0) return `${formatNumber(0)} ${forms.few}`;
  if (n === 1) return forms.one;
  if (n === 2) return forms.two;
  const mod = n % 100;
  if (mod >= 3 && mod <= 10) return `${formatNumber(n)} ${forms.few}`;
  return `${formatNumber(n)} ${forms.many}`;
}

export const COUNT = {
  article: { one: "مقال واحد", two: "مقالان", few: "مقالات", many: "مقالًا" },
  claim: { one: "ادعاء واحد", two: "ادعاءان", few: "ادعاءات", many: "ادعاءً" },
  cluster: { one: "مجموعة واحدة", two: "مجموعتان", few: "مجموعات", many: "مجموعة" },
  outlet: { one: "وسيلة إعلام واحدة", two: "وسيلتا إعلام", few: "وسائل إعلام", many: "وسيلة إعلام" },
  source: { one: "مصدر أولي واحد", two: "مصدران أوليان", few: "مصادر أولية", many: "مصدرًا أوليًا" },
  result: { one: "نتيجة واحدة", two: "نتيجتان", few: "نتائج", many: "نتيجة" },
} as const;

export const RELATION_LABEL: Record<Relation, string> = {
  conflicts: "تعارض",
  compatible: "أرقام متوافقة",
  corroborates: "روايات متطابقة",
  "single-source": "مصدر واحد",
};

export const RELATION_HEADING: Record<Relation, string> = {
  conflicts: "تعارضات",
  compatible: "أرقام مختلفة لكنها متوافقة",
  corroborates: "روايات تؤكدها أكثر من وسيلة",
  "single-source": "ادعاءات من مصدر واحد",
};

export const RELATION_HELP: Record<Relation, string> = {
  conflicts: "الوسائل تعطي أرقامًا لا يمكن أن تصح معًا، أو تنفي إحداها ما تؤكده الأخرى.",
  compatible: "أرقام مختلفة عن الشيء نفسه، لكنها لا تتناقض (تقريب، حد أدنى أو أعلى).",
  corroborates: "القضية نفسها في أكثر من مقال. انظر عدد المصادر الأولية المستقلة لا عدد الوسائل فقط.",
  "single-source": "ادعاءات لم تَرِد إلا في مقال واحد.",
};

/** Display order of relations: conflicts first. */
export const RELATION_ORDER: readonly Relation[] = ["conflicts", "compatible", "corroborates", "single-source"];

export const BLOCK_LABEL: Record<BlockRole, string> = {
  title: "العنوان",
  subtitle: "العنوان الفرعي",
  body: "المتن",
  heading: "عنوان داخلي",
  caption: "تعليق على صورة",
  credit: "مصدر الصورة",
  related: "مواضيع ذات صلة",
  byline: "التوقيع",
  dateline: "مكان الخبر",
  tags: "وسوم",
  navigation: "روابط تصفح",
};

export const KIND_LABEL: Record<ClaimKind, string> = {
  attributed: "منسوب إلى قائل",
  reported: "ترويه الوسيلة دون نسبة",
};

export const STANCE_LABEL: Record<Stance, string> = {
  asserts: "يؤكد",
  expects: "يتوقع",
  denies: "ينفي",
  warns: "يحذر",
  reports: "ينقل",
};

/**
 * How an article is named: its outlet; when the outlet is unknown, its title (or first line of running text) in
 * quotation marks, so it does not read as an outlet's name; the source file name as a last resort.
 */
export function articleLabel(
  a: (Pick<Article, "outlet" | "title" | "source"> & Partial<Pick<Article, "text" | "blocks">>) | undefined | null,
): string {
  if (!a) return "مقال غير معروف";
  if (a.outlet) return a.outlet;
  const title = a.title ?? firstRunningLine(a);
  return title ? `«${truncate(title, 40)}»` : basename(a.source);
}

function firstRunningLine(a: Partial<Pick<Article, "text" | "blocks">>): string | null {
  if (!a.text) return null;
  const block = a.blocks?.find((b) => b.role === "title" || b.role === "body");
  const line = block ? a.text.slice(block.start, block.end) : a.text.split("\n").find((l) => l.trim() !== "");
  return line?.trim() || null;
}

export function basename(path: string): string {
  const parts = path.split(/[\\/]/u);
  return parts.at(-1) || path;
}

export function truncate(s: string, max: number): string {
  const t = s.trim().replace(/\s+/gu, " ");
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** The numeric interval a quantity stands for, in its canonical unit when a conversion exists. */
export function quantityBounds(q: Quantity): { lo: number | null; hi: number | null; unit: string | null } {
  const n = q.normalized;
  const value = n ? n.value : q.value;
  const min = n ? n.min : q.min;
  const max = n ? n.max : q.max;
  const unit = n?.unit ?? q.unit ?? null;
  if (min !== undefined || max !== undefined) return { lo: min ?? null, hi: max ?? null, unit };
  if (value !== undefined) return { lo: value, hi: value, unit };
  return { lo: null, hi: null, unit };
}

const UNIT_LABEL: Record<string, string> = {
  person: "شخص",
  people: "شخص",
  km2: "كم²",
  mi2: "ميل²",
  km: "كم",
  mi: "ميل",
  m: "م",
  percent: "%",
  year: "سنة",
  month: "شهر",
  week: "أسبوع",
  day: "يوم",
  hour: "ساعة",
  usd: "دولار",
};

/** Units whose Arabic noun changes with the number before it (3–10: plural; 11 and more: singular accusative). */
const UNIT_FORMS: Record<string, { one: string; few: string; many: string }> = {
  person: { one: "شخص", few: "أشخاص", many: "شخصًا" },
  people: { one: "شخص", few: "أشخاص", many: "شخصًا" },
  day: { one: "يوم", few: "أيام", many: "يومًا" },
  week: { one: "أسبوع", few: "أسابيع", many: "أسبوعًا" },
  month: { one: "شهر", few: "أشهر", many: "شهرًا" },
  year: { one: "سنة", few: "سنوات", many: "سنة" },
  hour: { one: "ساعة", few: "ساعات", many: "ساعة" },
};

/** The unit's Arabic name; with a number, in the form that number takes. */
export function unitLabel(unit: string | null | undefined, n?: number): string {
  if (!unit) return "";
  const forms = UNIT_FORMS[unit];
  if (forms && n !== undefined) {
    const mod = n % 100;
    if (!Number.isInteger(n) || n <= 2) return forms.one;
    if (mod >= 3 && mod <= 10) return forms.few;
    return forms.many;
  }
  return UNIT_LABEL[unit] ?? unit;
}

/** A figure's interval in words: "600", "540–660", "أكثر من 20,000", "أقل من 5 كم²". */
export function describeBounds(q: Quantity): string {
  const { lo, hi, unit } = quantityBounds(q);
  const u = unitLabel(unit, hi ?? lo ?? undefined);
  const withUnit = (s: string) => (u ? `${s} ${u}` : s);
  if (lo !== null && hi !== null)
    return withUnit(lo === hi ? formatNumber(lo) : `${formatNumber(lo)}–${formatNumber(hi)}`);
  if (lo !== null) return withUnit(`${formatNumber(lo)} فأكثر`);
  if (hi !== null) return withUnit(`حتى ${formatNumber(hi)}`);
  return q.text;
}

const SIGNAL_LABEL: Record<string, string> = {
  stems: "جذور الكلمات المشتركة",
  ngrams: "تشابه الحروف",
  speaker: "القائل نفسه",
  subject: "الشيء المقيس نفسه",
  figures: "الأرقام",
  entities: "كيانات مشتركة",
  time: "زمن الحدث",
  quote: "كلمات الاقتباس",
  wording: "صياغة شبه متطابقة",
  negation: "نفي",
};

/** Evidence signal names in Arabic, with the technical name kept for unknown signals. */
export function signalLabel(signal: string): string {
  const label = SIGNAL_LABEL[signal];
  return label ? `${label} (${signal})` : signal;
}
