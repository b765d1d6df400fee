// Number words, folded (foldForMatch: أ→ا، ة→ه، ى→ي، ئ→ي، ؤ→و), with gender and case forms.
// type: unit (1-9), ten (10: also the teen suffix عشر/عشرة), tens (20-90), hundred (100 or a hundreds compound,
// multiplied by a unit written before it: ثلاث مائة), scale (ألف، مليون …: multiplies what came before),
// scalePlural (آلاف، ملايين: only after 3-10), dual (ألفين = 2000, مئتين = 200: a complete value).

export type NumberWordType = "unit" | "ten" | "tens" | "hundred" | "scale" | "scalePlural" | "dual";
export type NumberWord = { value: number; type: NumberWordType };

const entries: Array<[string[], number, NumberWordType]> = [
  // one (احد/احدى only count before a noun: أحد مقاتلي؛ handled in numbers.ts)
  [["واحد", "واحده", "واحدا"], 1, "unit"],
  // two — masculine/feminine, nominative/oblique, and the construct forms used in 12 (اثنا عشر)
  [["اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي", "ثنتان", "ثنتين"], 2, "unit"],
  // three to nine — masculine (with ة) and feminine forms, and ثماني/ثمان
  [["ثلاث", "ثلاثه"], 3, "unit"],
  [["اربع", "اربعه"], 4, "unit"],
  [["خمس", "خمسه"], 5, "unit"],
  [["ست", "سته"], 6, "unit"],
  [["سبع", "سبعه"], 7, "unit"],
  [["ثمان", "ثماني", "ثمانيه"], 8, "unit"],
  [["تسع", "تسعه"], 9, "unit"],
  // ten (also the second half of 11-19)
  [["عشر", "عشره"], 10, "ten"],
  // tens — nominative -ون and oblique -ين
  [["عشرون", "عشرين"], 20, "tens"],
  [["ثلاثون", "ثلاثين"], 30, "tens"],
  [["اربعون", "اربعين"], 40, "tens"],
  [["خمسون", "خمسين"], 50, "tens"],
  [["ستون", "ستين"], 60, "tens"],
  [["سبعون", "سبعين"], 70, "tens"],
  [["ثمانون", "ثمانين"], 80, "tens"],
  [["تسعون", "تسعين"], 90, "tens"],
  // hundred: مائة / مئة (folded مايه / ميه), with tanween, and the one-word hundreds
  [["مايه", "ميه", "مائه", "مئه", "مايه", "مايتا"], 100, "hundred"],
  [["ثلاثمايه", "ثلاثميه"], 300, "hundred"],
  [["اربعمايه", "اربعميه"], 400, "hundred"],
  [["خمسمايه", "خمسميه"], 500, "hundred"],
  [["ستمايه", "ستميه"], 600, "hundred"],
  [["سبعمايه", "سبعميه"], 700, "hundred"],
  [["ثمانمايه", "ثمانميه", "ثمانيمايه", "ثمانيميه"], 800, "hundred"],
  [["تسعمايه", "تسعميه"], 900, "hundred"],
  // two hundred (dual, incl. construct مئتا/مئتي)
  [["مايتان", "مايتين", "ميتان", "ميتين", "مايتي", "ميتا", "ميتي"], 200, "dual"],
  // thousand: ألف, accusative ألفًا
  [["الف", "الفا"], 1000, "scale"],
  [["الاف", "الوف"], 1000, "scalePlural"],
  [["الفان", "الفين", "الفي"], 2000, "dual"],
  // million
  [["مليون", "مليونا"], 1e6, "scale"],
  [["ملايين"], 1e6, "scalePlural"],
  [["مليونان", "مليونين", "مليوني"], 2e6, "dual"],
  // billion (مليار, and the older بليون)
  [["مليار", "مليارا", "بليون", "بليونا"], 1e9, "scale"],
  [["مليارات", "بلايين"], 1e9, "scalePlural"],
  [["ملياران", "مليارين", "ملياري"], 2e9, "dual"],
  // trillion
  [["تريليون", "ترليون", "تريليونا"], 1e12, "scale"],
  [["تريليونات", "ترليونات"], 1e12, "scalePlural"],
  // zero
  [["صفر"], 0, "unit"],
];

export const NUMBER_WORDS: ReadonlyMap<string, NumberWord> = new Map(
  entries.flatMap(([forms, value, type]) => forms.map((f) => [f, { value, type }] as const)),
);

/** أحد / إحدى: "one of", a count of 1 only when a noun follows (أحد مقاتلي). Also the teen اثنا/أحد عشر. */
export const ONE_OF: ReadonlySet<string> = new Set(["احد", "احدي"]);

/** Negative signs written as words. */
export const NEGATIVE_WORDS: ReadonlySet<string> = new Set(["سالب", "ناقص"]);

/**
 * Vague quantities as conventional ranges: `label` is the Quantity.vague value.
 * `scaled` applies when one of the scale words follows (بضع مئات → 300-900, عشرات الآلاف → 20 000-99 999).
 */
export type VagueWord = { label: string; min: number; max?: number; unitless?: boolean };

export const VAGUE_WORDS: ReadonlyMap<string, VagueWord> = new Map<string, VagueWord>([
  // tens / hundreds / thousands / millions of …
  ["عشرات", { label: "dozens", min: 20, max: 99 }],
  ["ميات", { label: "hundreds", min: 200, max: 999 }],
  ["مئات", { label: "hundreds", min: 200, max: 999 }],
  ["الاف", { label: "thousands", min: 2000, max: 9999 }],
  ["الوف", { label: "thousands", min: 2000, max: 9999 }],
  ["ملايين", { label: "millions", min: 2e6, max: 9_999_999 }],
  ["مليارات", { label: "billions", min: 2e9, max: 9_999_999_999 }],
  // a few (3-9), several (3-9)
  ["بضع", { label: "few", min: 3, max: 9 }],
  ["بضعه", { label: "few", min: 3, max: 9 }],
  ["عده", { label: "several", min: 3, max: 9 }],
  // many: no upper bound (العديد من …)
  ["العديد", { label: "many", min: 3 }],
]);

/** Multipliers that can follow a vague word: عشرات الآلاف، بضع مئات، مئات الملايين. Value = the unit multiplied. */
export const VAGUE_SCALES: ReadonlyMap<string, { value: number; label: string }> = new Map([
  ["ميات", { value: 100, label: "hundred" }],
  ["مئات", { value: 100, label: "hundred" }],
  ["مايه", { value: 100, label: "hundred" }],
  ["الاف", { value: 1000, label: "thousand" }],
  ["الالاف", { value: 1000, label: "thousand" }],
  ["الوف", { value: 1000, label: "thousand" }],
  ["ملايين", { value: 1e6, label: "million" }],
  ["الملايين", { value: 1e6, label: "million" }],
  ["مليارات", { value: 1e9, label: "billion" }],
  ["المليارات", { value: 1e9, label: "billion" }],
]);

/**
 * Ordinal stems (after the article) → the cardinal word with the same value, so ordinals reuse the cardinal
 * grammar: الخامسة والعشرون → خمسة وعشرون → 25. حادي/حادية only occur in 11 and 21, 31 …
 */
export const ORDINAL_WORDS: ReadonlyMap<string, string> = new Map([
  // first
  ["اول", "واحد"],
  ["اولي", "واحد"],
  ["حادي", "واحد"],
  ["حاديه", "واحد"],
  // second … tenth, masculine and feminine
  ["ثاني", "اثنان"],
  ["ثانيه", "اثنان"],
  ["ثالث", "ثلاثه"],
  ["ثالثه", "ثلاثه"],
  ["رابع", "اربعه"],
  ["رابعه", "اربعه"],
  ["خامس", "خمسه"],
  ["خامسه", "خمسه"],
  ["سادس", "سته"],
  ["سادسه", "سته"],
  ["سابع", "سبعه"],
  ["سابعه", "سبعه"],
  ["ثامن", "ثمانيه"],
  ["ثامنه", "ثمانيه"],
  ["تاسع", "تسعه"],
  ["تاسعه", "تسعه"],
  ["عاشر", "عشره"],
  ["عاشره", "عشره"],
]);

/**
 * Fractions of a whole, folded, as shares in percent (rounded to one decimal, as shares are written: ثلث → 33.3، ثلثا → 66.7).
 * «نصف سكانه» / «ثلث المنازل» / «ربع الأطفال» are shares of a whole (unit percent); before a multiplier or a unit
 * the same words scale it (نصف مليون = 500 000, ربع ساعة = 0.25 hour): numbers.ts decides.
 * `ambiguous`: the letters also spell a cardinal (خُمس a fifth / خمس five): a share only before a definite whole
 * (خمس السكان، خمس مساحتها), never before an indefinite noun (خمس قرى = five villages).
 * Left out: سبع/تسع/عشر (seven/nine/ten far more often than a seventh/ninth/tenth), ثمن (price).
 */
export type Fraction = { numerator: number; denominator: number; ambiguous?: boolean };

export const FRACTIONS: ReadonlyMap<string, Fraction> = new Map<string, Fraction>([
  // a half, a third, a quarter, a fifth, a sixth
  ["نصف", { numerator: 1, denominator: 2 }],
  ["ثلث", { numerator: 1, denominator: 3 }],
  ["ربع", { numerator: 1, denominator: 4 }],
  ["خمس", { numerator: 1, denominator: 5, ambiguous: true }],
  ["سدس", { numerator: 1, denominator: 6 }],
  // two thirds: nominative and oblique, construct and full dual
  ["ثلثا", { numerator: 2, denominator: 3 }],
  ["ثلثي", { numerator: 2, denominator: 3 }],
  ["ثلثان", { numerator: 2, denominator: 3 }],
  ["ثلثين", { numerator: 2, denominator: 3 }],
]);

/** Plural denominators after a numerator 2-9: ثلاثة أرباع = 3/4, ثلاثة أخماس = 3/5, تسعة أعشار = 9/10. */
export const FRACTION_PLURALS: ReadonlyMap<string, number> = new Map([
  ["اثلاث", 3],
  ["ارباع", 4],
  ["اخماس", 5],
  ["اسداس", 6],
  ["اعشار", 10],
]);

/** Pronoun suffixes on a fraction that make it a share by itself: نصفهم، ثلثاها، ربعهما. */
export const FRACTION_PRONOUNS: readonly string[] = ["هما", "هم", "هن", "ها"];

/** Words after a fraction that make no share of a whole. */
export const FRACTION_NOT_WHOLE: ReadonlySet<string> = new Set([
  // sports rounds: نصف النهائي، ربع النهائي، المباراة نصف النهائية
  "نهايي",
  "النهايي",
  "نهاييه",
  "النهاييه",
  // geometry: نصف قطر (radius), نصف الكرة (hemisphere), نصف دائرة
  "قطر",
  "الكره",
  "كره",
  "دايره",
  // periodicity and semi-: نصف سنوي (half-yearly), ربع سنوي (quarterly), نصف شهري، نصف رسمي (semi-official)
  "سنوي",
  "سنويه",
  "شهري",
  "شهريه",
  "اسبوعي",
  "اسبوعيه",
  "رسمي",
  "رسميه",
  // times of day: نصف الليل (midnight), نصف النهار (noon)
  "الليل",
  "ليل",
  "النهار",
  "نهار",
]);

/** Adjectives that make «خمس + definite noun» the cardinal (خمس السنوات الماضية = the past five years). */
export const FIVE_NOT_FIFTH_AFTER: ReadonlySet<string> = new Set([
  "الماضيه",
  "الماضي",
  "الماضيين",
  "الاخيره",
  "الاخير",
  "الاخيرين",
  "المقبله",
  "المقبل",
  "القادمه",
  "القادم",
  "الاولي",
  "الاول",
  "الاوايل",
  "المتبقيه",
  "الاخري",
]);

/**
 * Indefinite ordinals that rank what follows them: «خامس مقر عسكري يسقط» (the fifth base to fall), «ثاني أكبر مدن
 * البلاد», «ثانية كبرى مدن السودان» → value 5 / 2, unit "rank", kind "ordinal". Masculine and feminine, 2-10.
 * أول/أولى are left out: «أول مرة»، «أول أمس»، «لأول مرة» name no rank to compare.
 */
export const RANK_ORDINALS: ReadonlyMap<string, number> = new Map([
  ["ثاني", 2],
  ["ثانيه", 2],
  ["ثالث", 3],
  ["ثالثه", 3],
  ["رابع", 4],
  ["رابعه", 4],
  ["خامس", 5],
  ["خامسه", 5],
  ["سادس", 6],
  ["سادسه", 6],
  ["سابع", 7],
  ["سابعه", 7],
  ["ثامن", 8],
  ["ثامنه", 8],
  ["تاسع", 9],
  ["تاسعه", 9],
  ["عاشر", 10],
  ["عاشره", 10],
]);

/** Superlatives an ordinal ranks by (ثاني أكبر، ثالث أطول، ثانية كبرى), folded: elative أفعل and feminine فعلى. */
export const SUPERLATIVES: ReadonlySet<string> = new Set([
  // size, number, importance
  "اكبر",
  "اصغر",
  "اكثر",
  "اقل",
  "اهم",
  "ابرز",
  "اعظم",
  "اضخم",
  "اوسع",
  "اطول",
  "اقصر",
  "اعلي",
  "ادني",
  "اعمق",
  "ارفع",
  // strength, danger, violence
  "اقوي",
  "اضعف",
  "اخطر",
  "اشد",
  "اعنف",
  "اسوا",
  "ادمي",
  // age, wealth, speed, distance, quality
  "اقدم",
  "احدث",
  "اغني",
  "افقر",
  "اسرع",
  "اقرب",
  "ابعد",
  "افضل",
  "اغلي",
  "ارخص",
  "اكثف",
  // feminine: كبرى، صغرى، عظمى، كبريات
  "كبري",
  "صغري",
  "عظمي",
  "كبريات",
]);

/** Words before an indefinite ordinal that make it a name or a month: آل ثاني، تشرين ثاني، ربيع ثاني. */
export const RANK_NOT_AFTER: ReadonlySet<string> = new Set(["ال", "كانون", "تشرين", "ربيع", "جمادي"]);

/** Words after an indefinite ordinal that make it no rank: ثاني أكسيد الكربون (a chemical name). */
export const RANK_NOT_BEFORE: ReadonlySet<string> = new Set(["اكسيد"]);
