// Folded lookup tables built once from the lexicon data.
import type { EntityType, Stance } from "#schema/index.ts";
import {
  ACCORDING_TO,
  ANONYMITY_OBJECTS,
  ANONYMITY_VERBS,
  ASIDE_OPENERS,
  CHANNELS,
  COMPLEMENTIZERS,
  CONTENT_PREPOSITIONS,
  DOCUMENT_NOUNS,
  FUNCTION_WORDS,
  HEADLINE_LABELS,
  HONORIFIC_TITLES,
  KNOWN_ALIASES,
  KNOWN_OUTLETS,
  MEDIA_ARTEFACTS,
  MINISTRIES_IN_CONSTRUCT,
  NEGATORS,
  NOT_A_SOURCE,
  OCCASIONS,
  ORG_HEADS,
  OUTLET_HEADS,
  PLACE_HEADS,
  PLACES,
  PORTFOLIOS,
  RELATIVES,
  REPORTING_VERBS,
  SOURCE_ADJECTIVES,
  STATES,
  TIME_WORDS,
  TITLES,
  UNNAMED_SOURCES,
} from "./lexicon.ts";
import { GIVEN_NAMES, NAME_PARTICLES } from "./lexicon-structure.ts";
import { fold, foldKey } from "./text.ts";

export interface VerbInfo {
  lemma: string;
  stance: Stance;
  transitive: boolean;
  participle: boolean;
  /** a possessive verbal noun (قوله) used only after نقل … عن X */
  noun: boolean;
  impersonal: boolean;
}

const f = (s: string) => fold(s).replace(/\s+/gu, " ").trim();
const setOf = (xs: readonly string[]) => new Set(xs.map(f));

/**
 * Plurals of the reporting participles («معتبرين»، «مطالبين»، «مؤكدين»), folded: they close what a verb before them
 * reports (attribution.ts), but open no claim of their own.
 */
export const PARTICIPLE_PLURALS = new Set<string>();

/** Past verbs of saying whose masculine dual (+ا) reads as no noun (folded). */
const MASCULINE_DUAL_PASTS = new Set(
  ["قال", "أضاف", "أوضح", "أشار", "أكد", "أفاد", "أعلن", "صرح", "كشف", "اعتبر", "شدد", "أبلغ", "رجح"].map((w) =>
    fold(w),
  ),
);

export const VERBS = new Map<string, VerbInfo>();
for (const v of REPORTING_VERBS) {
  const imp = new Set((v.impersonal ?? []).map(f));
  for (const form of v.forms) {
    const k = f(form);
    if (!VERBS.has(k))
      VERBS.set(k, {
        lemma: v.lemma,
        stance: v.stance,
        transitive: v.transitive === true,
        participle: false,
        noun: /^قول(?:ه|ها|هم|هما|هن)$/u.test(k),
        impersonal: imp.has(k),
      });
  }
  // («أشارتا إلى أن …»، «وقالتا إن …»: two women or two bodies speaking; the feminine dual of each feminine past form)
  for (const form of v.forms) {
    const k = f(form);
    if (!/^.{2,}ت$/u.test(k) || !v.forms.some((x) => f(x) === k.slice(0, -1))) continue;
    const dual = `${k}ا`;
    if (!VERBS.has(dual)) VERBS.set(dual, { ...(VERBS.get(k) as VerbInfo), impersonal: false, noun: false });
  }
  // («وكان مصدران أمنيان قد أفادا فرانس برس …»، «وقالا إن …»: two men or two bodies, the masculine dual of a past
  // form — only of verbs whose dual is no common noun in the accusative: «نقلاً عن»، «رداً على»، «قدماً» are not)
  for (const form of v.forms) {
    const k = f(form);
    if (!MASCULINE_DUAL_PASTS.has(k) || !v.forms.some((x) => f(x) === `${k}ت`)) continue;
    const dual = `${k}ا`;
    if (!VERBS.has(dual)) VERBS.set(dual, { ...(VERBS.get(k) as VerbInfo), impersonal: false, noun: false });
  }
  // («غير أن مراقبين يلفتون إلى أن …»، «ويشيرون إلى …»: the masculine plural of each present form in ي; a weak final
  // letter gives way: «ينفي» → «ينفون»، «يرى» → «يرون»)
  for (const form of v.forms) {
    const k = f(form);
    if (!/^ي.{2,}$/u.test(k) || /(?:ون|ان)$/u.test(k)) continue;
    const plural = /ي$/u.test(k) ? `${k.slice(0, -1)}ون` : `${k}ون`;
    if (!VERBS.has(plural)) VERBS.set(plural, { ...(VERBS.get(k) as VerbInfo), impersonal: false, noun: false });
  }
  for (const form of v.participles ?? []) {
    const info = {
      lemma: v.lemma,
      stance: v.stance,
      transitive: false,
      participle: true,
      noun: false,
      impersonal: false,
    };
    const key = f(form);
    VERBS.set(key, info);
    // («انتقد معارضون …، معتبرين أن …»: the plural of a participle in -اً; not «متهمين», mostly the accused)
    if (/^.{3,}[^ي]ا$/u.test(key) && v.lemma !== "اتهم") PARTICIPLE_PLURALS.add(`${key.slice(0, -1)}ين`);
  }
  for (const k of imp) {
    const e = VERBS.get(k);
    if (e) e.impersonal = true;
    else
      VERBS.set(k, {
        lemma: v.lemma,
        stance: v.stance,
        transitive: false,
        participle: false,
        noun: false,
        impersonal: true,
      });
  }
}

/** The reporting verb a folded token spells, with or without a leading و/ف. */
export function verbOf(tok: string): VerbInfo | undefined {
  const v = VERBS.get(tok);
  if (v) return v;
  // («وحضّ» folds to three letters: a two-letter verb after its conjunction)
  if (tok.length >= 3 && (tok[0] === "و" || tok[0] === "ف")) return VERBS.get(tok.slice(1));
  return undefined;
}

export const COMP = setOf(COMPLEMENTIZERS);
export const CONTENT_PREP = setOf(CONTENT_PREPOSITIONS.filter((p) => p !== "ب"));
export const DOCUMENT = setOf(DOCUMENT_NOUNS);
export const ANON_VERB = setOf(ANONYMITY_VERBS);
export const ARTEFACT = setOf(MEDIA_ARTEFACTS);
export const GIVEN_NAME = setOf(GIVEN_NAMES);
export const NAME_PARTICLE = setOf(NAME_PARTICLES);
export const ANON_OBJECT = setOf(ANONYMITY_OBJECTS);
export const HEADLINE_LABEL = setOf(HEADLINE_LABELS);
export const NEG = setOf(NEGATORS);
export const ACCORDING = setOf(ACCORDING_TO);
export const NOT_SOURCE = setOf(NOT_A_SOURCE);
export const OCCASION = setOf(OCCASIONS);
export const UNNAMED = setOf(UNNAMED_SOURCES);
export const SOURCE_ADJECTIVE = setOf(SOURCE_ADJECTIVES);
export const TITLE = setOf(TITLES);
export const ORG_HEAD = setOf(ORG_HEADS);
export const PLACE_HEAD = setOf(PLACE_HEADS);
export const PLACE = setOf(PLACES);
export const STATE = setOf(STATES);
export const PORTFOLIO = setOf(PORTFOLIOS);
export const MINISTRY_IN_CONSTRUCT = setOf(MINISTRIES_IN_CONSTRUCT);
export const HONORIFICS = setOf(HONORIFIC_TITLES);
export const FUNC = setOf(FUNCTION_WORDS);
export const TIME = setOf(TIME_WORDS);
export const ASIDE = setOf(ASIDE_OPENERS);
export const RELATIVE = setOf(RELATIVES);
export const CHANNEL = setOf(CHANNELS);
export const OUTLET_HEAD = new Map(OUTLET_HEADS.map((o) => [f(o.word), o.type]));

/** Names (folded, spaces collapsed) of known organisations, outlets and platforms → canonical name and type. */
export const KNOWN_NAMES = new Map<string, { name: string; type: EntityType }>();
for (const o of KNOWN_OUTLETS)
  for (const n of [o.name, ...(o.aliases ?? [])]) KNOWN_NAMES.set(foldKey(n), { name: o.name, type: o.type });
for (const o of KNOWN_ALIASES)
  for (const n of [o.name, ...o.aliases]) KNOWN_NAMES.set(foldKey(n), { name: o.name, type: o.type });
/** First words of the known names (and without their article), to skip lookups that cannot match. */
export const KNOWN_FIRST = new Set<string>();
for (const k of KNOWN_NAMES.keys()) {
  const w = k.split(" ")[0] ?? k;
  KNOWN_FIRST.add(w);
  KNOWN_FIRST.add(w.replace(/^ال/u, ""));
}
export const MAX_KNOWN_WORDS = Math.max(...[...KNOWN_NAMES.keys()].map((k) => k.split(" ").length));

/** Plural nouns for members of a group: مقاتلو قوات …، عناصر التنظيم … (the speaker is the group). */
export const MEMBER_NOUNS = setOf([
  "مقاتلو",
  "مقاتلي",
  "عناصر",
  "جنود",
  "مسلحو",
  "مسلحي",
  "أعضاء",
  "قادة",
  "مسؤولو",
  "مسؤولي",
  "عناصر",
  "ضباط",
  "نشطاء",
  "أنصار",
]);
/** Platforms a statement is posted on, when named after على/عبر (على تويتر، عبر حسابه على فيسبوك). */
export const PLATFORM_WORDS = setOf([
  "موقع",
  "حساب",
  "حسابه",
  "حسابها",
  "صفحة",
  "صفحته",
  "صفحتها",
  "منصة",
  "منصته",
  "منصتها",
  "مواقع",
  "حساباته",
  "حساباتها",
  "قناته",
  "قناتها",
  "شبكة",
]);
/** Extra time nouns that mark an adjunct after في (في الأسابيع الأخيرة، في وقت سابق، في أعقاب …). */
export const TIME_AFTER_FI = setOf([
  "العام",
  "عام",
  "الأسابيع",
  "الأيام",
  "الأشهر",
  "الساعات",
  "السنوات",
  "وقت",
  "الفترة",
  "أعقاب",
  "أثناء",
  "ختام",
  "مستهل",
  "بداية",
  "نهاية",
  "ذروة",
  "أواخر",
  "أوائل",
  "منتصف",
  "حين",
  "الوقت",
  "ساعة",
  "ساعات",
  "يوم",
  "ليلة",
]);

/** «للمرة الثانية»، «لليوم الثالث»، «للعام الرابع على التوالي»: how often, never part of a body's name (folded). */
export const REPEAT_ADVERB = /^لل(?:مره|يوم|ليله|عام|سنه|شهر|اسبوع)$/u;

/**
 * Definite verbal nouns that take «على» (doing away with, control of, seizing, arrest of, approval of …), folded:
 * after a subject («وأعلن الجيش السيطرة على المطار»، «القضاء على مسلحين») they open the verb's object, never a
 * modifier of the name.
 */
export const OBJECT_ON =
  /^ال(?:قضاء|سيطره|استيلاء|استحواذ|قبض|موافقه|مصادقه|حصول|عثور|توصل|اعتداء|تعدي|هجوم|رد|حفاظ)$/u;

/**
 * What is denied, rejected, claimed or held responsible for, definite and folded («ونفى الجيش الرواية»، «ورفضت
 * الحكومة الاتهامات»، «وتبنى التنظيم الهجوم»), or what is restated («وأعاد الجيش التذكير بأن …»): after a body's
 * head it is the verb's object, never part of the name.
 */
export const OBJECT_AFTER_BODY =
  /^ال(?:روايه|روايات|اتهام|اتهامات|تقارير|مزاعم|ادعاءات|شايعات|اشاعات|مسووليه|هجوم|هجمات|تفجير|تفجيرات|حادث|حادثه|قصف|تذكير|تاكيد|تشديد)$/u;

/** The public a call is addressed to (الجمهور، الجميع، المواطنين، السكان …), folded: never the caller. */
export const PUBLIC: ReadonlySet<string> = new Set([
  "الجمهور",
  "الجميع",
  "المواطنين",
  "السكان",
  "الاهالي",
  "الناس",
  "المقيمين",
  "الحجاج",
  "المسافرين",
  "الزوار",
  "الطلاب",
  "السايقين",
  "شعوب",
  "الشعوب",
  // (those a call is made on, never its maker: «دعا الرئيس الصحفيين إلى …»، «حث الأمين العام الأطراف على …»)
  "الصحفيين",
  "الصحافيين",
  "الاعلاميين",
  "الاطراف",
]);
