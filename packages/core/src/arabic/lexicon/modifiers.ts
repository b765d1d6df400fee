// Hedges and bounds around figures, as sequences of folded words. The first word may carry a proclitic
// (لنحو، بأكثر من، وحوالي): numbers.ts strips و ف ب ل from it before matching.

export type ModifierKind = "approx" | "min" | "max" | "between" | "from" | "span" | "until";

/** Plural and future forms of the verbs of exceeding, folded: bounds before a figure and verbs of EXCEED alike. */
const EXCEEDING_PLURAL_FUTURE = ["تجاوزوا", "يتجاوزون", "سيتجاوز", "ستتجاوز", "تخطوا", "يتخطون", "سيتخطي", "ستتخطي"];

/** Written before the number. Longest phrases first. */
export const PRE_MODIFIERS: ReadonlyArray<{ words: string[]; kind: ModifierKind }> = [
  // at least / no less than → lower bound (masculine يقل and feminine تقل: مدة لا تقل عن)
  { words: ["ما", "لا", "يقل", "عن"], kind: "min" },
  { words: ["لا", "يقل", "عن"], kind: "min" },
  { words: ["ما", "لا", "يقل", "علي"], kind: "min" },
  { words: ["لا", "يقل", "علي"], kind: "min" },
  { words: ["ما", "لا", "تقل", "عن"], kind: "min" },
  { words: ["لا", "تقل", "عن"], kind: "min" },
  { words: ["ما", "لا", "تقل", "علي"], kind: "min" },
  { words: ["لا", "تقل", "علي"], kind: "min" },
  // no more than / not exceeding → upper bound
  { words: ["ما", "لا", "يزيد", "عن"], kind: "max" },
  { words: ["ما", "لا", "يزيد", "علي"], kind: "max" },
  { words: ["لا", "يزيد", "عن"], kind: "max" },
  { words: ["لا", "يزيد", "علي"], kind: "max" },
  { words: ["ما", "لا", "تزيد", "عن"], kind: "max" },
  { words: ["ما", "لا", "تزيد", "علي"], kind: "max" },
  { words: ["لا", "تزيد", "عن"], kind: "max" },
  { words: ["لا", "تزيد", "علي"], kind: "max" },
  { words: ["ما", "لا", "يتجاوز"], kind: "max" },
  { words: ["لا", "يتجاوز"], kind: "max" },
  { words: ["ما", "لا", "تتجاوز"], kind: "max" },
  { words: ["لا", "تتجاوز"], kind: "max" },
  { words: ["لا", "يتعدي"], kind: "max" },
  { words: ["لا", "تتعدي"], kind: "max" },
  // a ceiling / a floor: بحد أقصى 300، بحد أدنى 50
  { words: ["بحد", "اقصي"], kind: "max" },
  { words: ["بحد", "ادني"], kind: "min" },
  // more than / exceeding → lower bound
  { words: ["ما", "يزيد", "عن"], kind: "min" },
  { words: ["ما", "يزيد", "علي"], kind: "min" },
  { words: ["يزيد", "عن"], kind: "min" },
  { words: ["يزيد", "علي"], kind: "min" },
  { words: ["ما", "تزيد", "عن"], kind: "min" },
  { words: ["ما", "تزيد", "علي"], kind: "min" },
  { words: ["تزيد", "عن"], kind: "min" },
  { words: ["تزيد", "علي"], kind: "min" },
  { words: ["ما", "يربو", "علي"], kind: "min" },
  { words: ["يربو", "علي"], kind: "min" },
  { words: ["ما", "يفوق"], kind: "min" },
  { words: ["يفوق"], kind: "min" },
  { words: ["تفوق"], kind: "min" },
  { words: ["ما", "يتجاوز"], kind: "min" },
  { words: ["يتجاوز"], kind: "min" },
  { words: ["تتجاوز"], kind: "min" },
  { words: ["ما", "يتخطي"], kind: "min" },
  { words: ["يتخطي"], kind: "min" },
  { words: ["تتخطي"], kind: "min" },
  { words: ["يتعدي"], kind: "min" },
  { words: ["تتعدي"], kind: "min" },
  // the perfect right before the figure: «تجاوز 3800»، «تخطت عتبة»… (not «لم يتجاوز»: the longer phrase above wins)
  { words: ["تجاوز"], kind: "min" },
  { words: ["تجاوزت"], kind: "min" },
  { words: ["تخطي"], kind: "min" },
  { words: ["تخطت"], kind: "min" },
  { words: ["فاق"], kind: "min" },
  { words: ["فاقت"], kind: "min" },
  // plural and future forms: «رجال تجاوزوا الخمسين»، «سيتجاوز الألف»، «يتخطون 130 ألفاً»
  ...EXCEEDING_PLURAL_FUTURE.map((w) => ({ words: [w], kind: "min" as const })),
  { words: ["فاقوا"], kind: "min" },
  { words: ["يفوقون"], kind: "min" },
  // the participle of exceeding: «متجاوزاً 86 دولاراً»، «متخطية عتبة الألف»
  { words: ["متجاوزا"], kind: "min" },
  { words: ["متجاوزه"], kind: "min" },
  { words: ["متخطيا"], kind: "min" },
  { words: ["متخطيه"], kind: "min" },
  // a little more than: «ما يزيد قليلا على مليون»
  { words: ["ما", "يزيد", "قليلا", "علي"], kind: "min" },
  { words: ["ما", "يزيد", "قليلا", "عن"], kind: "min" },
  // a ceiling / a floor named after the noun it bounds: «مهلة أقصاها 50 يوماً»، «بكلفة أدناها مليون»
  { words: ["اقصاها"], kind: "max" },
  { words: ["اقصاه"], kind: "max" },
  { words: ["ادناها"], kind: "min" },
  { words: ["ادناه"], kind: "min" },
  { words: ["اكثر", "من"], kind: "min" },
  { words: ["ازيد", "من"], kind: "min" },
  { words: ["اكبر", "من"], kind: "min" },
  { words: ["فوق"], kind: "min" },
  // less than / under → upper bound
  { words: ["اقل", "من"], kind: "max" },
  { words: ["اصغر", "من"], kind: "max" },
  { words: ["ما", "دون"], kind: "max" },
  { words: ["دون"], kind: "max" },
  // about / nearly → approximate
  { words: ["ما", "يقرب", "من"], kind: "approx" },
  { words: ["ما", "يقارب"], kind: "approx" },
  { words: ["ما", "يناهز"], kind: "approx" },
  { words: ["يقارب"], kind: "approx" },
  { words: ["يناهز"], kind: "approx" },
  { words: ["ما", "تناهز"], kind: "approx" },
  { words: ["تناهز"], kind: "approx" },
  { words: ["ما", "تقارب"], kind: "approx" },
  { words: ["تقارب"], kind: "approx" },
  { words: ["نحو"], kind: "approx" },
  { words: ["حوالي"], kind: "approx" },
  { words: ["قرابه"], kind: "approx" },
  { words: ["زهاء"], kind: "approx" },
  { words: ["تقريبا"], kind: "approx" },
  // up to: حتى 300 ألف شخص (a calendar year, a date or a time after حتى stays what it is: numbers.ts)
  { words: ["حتي"], kind: "until" },
  // ranges: بين X و Y، ما بين X إلى Y، من X إلى Y
  { words: ["ما", "بين"], kind: "between" },
  { words: ["بين"], kind: "between" },
  { words: ["من"], kind: "from" },
  // for (a duration): لمدة ساعة، طوال أسبوع — not a hedge, but lets a lone singular unit count as one
  { words: ["لمده"], kind: "span" },
  { words: ["مده"], kind: "span" },
  { words: ["طوال"], kind: "span" },
  { words: ["طيله"], kind: "span" },
];

/** Written after the figure (and its unit). */
export const POST_MODIFIERS: ReadonlyArray<{ words: string[]; kind: "approx" | "min" | "max" }> = [
  { words: ["علي", "الاقل"], kind: "min" },
  { words: ["او", "اكثر"], kind: "min" },
  { words: ["فاكثر"], kind: "min" },
  // and above / and below: «من سن عام فما فوق»
  { words: ["فما", "فوق"], kind: "min" },
  { words: ["وما", "فوق"], kind: "min" },
  { words: ["فما", "دون"], kind: "max" },
  { words: ["وما", "دون"], kind: "max" },
  { words: ["علي", "الاكثر"], kind: "max" },
  { words: ["او", "اقل"], kind: "max" },
  { words: ["فاقل"], kind: "max" },
  { words: ["تقريبا"], kind: "approx" },
  // as a ceiling / as a floor, at the most / at the least estimate
  { words: ["كحد", "اقصي"], kind: "max" },
  { words: ["كحد", "ادني"], kind: "min" },
  { words: ["بحد", "اقصي"], kind: "max" },
  { words: ["بحد", "ادني"], kind: "min" },
  { words: ["علي", "اقصي", "تقدير"], kind: "max" },
  { words: ["في", "اقصي", "تقدير"], kind: "max" },
  { words: ["علي", "اقل", "تقدير"], kind: "min" },
  { words: ["في", "اقل", "تقدير"], kind: "min" },
];

/**
 * "Up to" written with a verb of reaching before إلى: the figure after إلى is an upper bound and the span starts at
 * the opener or the verb. `openers` come first (ما يصل إلى = whatever reaches = up to; قد يصل = may reach); the verb
 * may be followed by up to `maxGap` words naming what reaches (قد تصل الحصيلة إلى، يصل عددهم إلى، قد يصل عدد
 * القتلى إلى). The bare present is an upper bound too (يصل عددهم إلى نحو ألفين، لمدة تصل إلى عشر سنوات). Not
 * bounds, so not listed: the past tense (وصل عدد القتلى إلى 50), the result clause (ليصل العدد إلى 50) and the verb
 * after `notAfter` (حتى يصل العدد إلى …: until it reaches). An estimate or a forecast (يقدر أن يصل عددهم إلى، يتوقع أن
 * تصل الحصيلة إلى) is read as a bound, as the bare present is.
 */
export const REACH = {
  /** openers, as word sequences; the first word may carry و/ف (وقد، فقد، وربما، ويمكن) */
  openers: [["ما", "قد"], ["ما"], ["قد"], ["ربما"], ["يمكن", "ان"], ["من", "الممكن", "ان"]],
  /** present-tense "reach" (masculine, feminine): an upper bound with or without an opener */
  verbs: ["يصل", "تصل"],
  /** "rise to": an upper bound only after an opener (قد ترتفع الحصيلة إلى 50); bare يرتفع states a value */
  afterOpener: ["يرتفع", "ترتفع"],
  /** a bare verb right after these is no bound */
  notAfter: ["حتي", "كي", "لكي"],
  /**
   * a total as the subject states a value, not a ceiling: «خفض يصل مجموعه إلى 1.15 مليون برميل» (amounts to),
   * unlike «قد يصل العدد إلى 300 ألف»; folded, bare of pronoun and article
   */
  totals: ["مجموع", "اجمالي", "حجم"],
  /** the preposition that introduces the figure */
  to: "الي",
  maxGap: 3,
} as const;

/**
 * "Exceeds" with its subject between the verb and the figure (verb-subject order): «تجاوز عدد القتلى 3800» is a
 * floor, «لا تتجاوز سعة الثاني 1.2 مليون» a ceiling. The verb right before the figure is in PRE_MODIFIERS.
 */
export const EXCEED = {
  /** verbs of exceeding, folded (present and perfect, masculine and feminine) */
  verbs: [
    "يتجاوز",
    "تتجاوز",
    "تجاوز",
    "تجاوزت",
    "يتخطي",
    "تتخطي",
    "تخطي",
    "تخطت",
    "يفوق",
    "تفوق",
    "فاق",
    "فاقت",
    "يتعدي",
    "تتعدي",
    "تعدي",
    "تعدت",
    ...EXCEEDING_PLURAL_FUTURE,
  ],
  /** negations that turn the floor into a ceiling (لا تتجاوز، لم يتجاوز، لن يتخطى) */
  // («يفترض ألا تتجاوز السرعة فيها 30 كيلومتراً»: «ألا» is «أن لا»)
  negations: ["لا", "لم", "لن", "ولا", "ولم", "ولن", "الا"],
  /**
   * what the subject must start with: a noun of number or measure, folded, bare or with a pronoun (عدد القتلى،
   * عددهم، سعة الثاني، قيمة الصفقة); «يفوق انتصار تموز 2006» compares no figure
   */
  subjects: [
    "عدد",
    "اعداد",
    "حصيله",
    "سعه",
    "قيمه",
    "حجم",
    "مساحه",
    "طول",
    "ارتفاع",
    "عمق",
    "وزن",
    "سرعه",
    "كلفه",
    "تكلفه",
    "نسبه",
    "معدل",
    "اجمالي",
    "مجموع",
    "سعر",
    "اسعار",
    "ثمن",
    "قدره",
    "طاقه",
    "ميزانيه",
    "خسائر",
    "مده",
    // levels and amounts of what is measured («تجاوز منسوب الأمطار 142 ملم»، «تخطت درجات الحرارة 50»)
    "منسوب",
    "مستوي",
    "كميه",
    "كميات",
    "درجه",
    "درجات",
    "سرعه",
    // counted people and cases standing for their number («مع تجاوز الإصابات 6900»، «تخطى القتلى المئة»)
    "اصابات",
    "وفيات",
    "قتلي",
    "ضحايا",
    "مصابين",
    "جرحي",
    "نازحين",
    "لاجيين",
    "واصلين",
    "مهاجرين",
  ],
  /** words allowed between the verb and the figure (the subject, often a construct: عدد القتلى، سعة الخزان) */
  maxGap: 2,
  /** words a longer subject may run to (a relative clause, a source between commas) before the figure */
  maxReach: 12,
} as const;

/**
 * «Others» after a figure: another group than the one counted before it («11300 قتيل وأن 10100 آخرين في عداد
 * المفقودين»). As written; callers fold them their own way. The first two are people, «أخرى» things.
 */
export const OTHERS: readonly string[] = ["آخرين", "آخرون", "أخرى", "آخر"];
export const OTHER_PEOPLE: readonly string[] = ["آخرين", "آخرون"];

/** Words joining the two ends of a range. */
export const RANGE_JOINERS: ReadonlySet<string> = new Set(["و", "الي", "حتي", "-", "او"]);

/** Percent written as words after the number (في المئة، بالمائة …), as word sequences. */
export const PERCENT_WORDS: ReadonlyArray<string[]> = [
  ["في", "الميه"],
  ["في", "المايه"],
  ["بالميه"],
  ["بالمايه"],
  ["بالمئه"],
  ["في", "المئه"],
];

/** "a rate of": نسبة 10 → 10 %. */
export const RATE_WORDS: ReadonlySet<string> = new Set(["نسبه", "بنسبه", "ونسبه", "لنسبه"]);

/**
 * Words that are never the counted noun after a number (prepositions, particles, pronouns, demonstratives,
 * adverbs of time, …).
 */
export const NOT_COUNTED: ReadonlySet<string> = new Set([
  "في",
  "من",
  "الي",
  "علي",
  "عن",
  "مع",
  "قد",
  "ان",
  "انه",
  "انها",
  "او",
  "ثم",
  "حتي",
  "منذ",
  "خلال",
  "بعد",
  "قبل",
  "عند",
  "لدي",
  "كل",
  "بعض",
  "غير",
  "هذا",
  "هذه",
  "ذلك",
  "تلك",
  "هو",
  "هي",
  "هم",
  "كما",
  "حيث",
  "اذ",
  "اذا",
  "لم",
  "لن",
  "لا",
  "ما",
  "ايضا",
  "فقط",
  "الذي",
  "التي",
  "الذين",
  "وقد",
  "وفي",
  "لكن",
  "بين",
  "ضمن",
  "نحو",
  "حوالي",
  "تقريبا",
  "اخري",
  "اخرين",
  "جديده",
  "جديد",
  "الاقل",
  "الاكثر",
  "فاكثر",
  "اكثر",
  "اقل",
  "عام",
  "العام",
  "م",
  "ه",
  // adverbial and prepositional words that follow figures without being counted
  "بحاجه",
  "بسبب",
  "بحسب",
  "حسب",
  "وفق",
  "وفقا",
  "جراء",
  "نتيجه",
  "بينهم",
  "منهم",
  "منها",
  // («102 ألف و831 بينها 2561 وفاة»: among them, of a non-human plural or a dual)
  "بينها",
  "بينهما",
  "منهما",
  "بينهن",
  "منهن",
  "فيما",
  "بينما",
  "اخرون",
  "اخر",
  // rates: «5 آلاف يوميا» counts per day, the adverb is not what is counted
  "يوميا",
  "اسبوعيا",
  "شهريا",
  "سنويا",
  // inside, outside, near, around a place: where, not what is counted («تصفية أكثر من 450 داخل المستشفى»)
  "داخل",
  "خارج",
  "قرب",
  "حول",
  "امام",
  "تحت",
  "فوق",
  // "versus", "compared with"
  "مقابل",
  "مقارنه",
  // "by (a date)", "after", "because of", "amid": a time or a cause, never what is counted
  "بحلول",
  "اثر",
  "عقب",
  "بفعل",
  "وسط",
]);

/**
 * Words of change, folded: before «من X إلى Y» they make a change from one figure to another (two figures), not a
 * range («رفع عدد سيارات الإسعاف من 36 إلى 74»، «ارتفع سعر الدولار من 30.85 إلى 49 جنيها»). Verbs in the perfect
 * and present, masculine and feminine, and their verbal nouns; a proclitic و/ف/ب/ل is stripped by the caller.
 */
export const CHANGES: readonly string[] = [
  "رفع",
  "رفعت",
  "يرفع",
  "ترفع",
  "ارتفع",
  "ارتفعت",
  "يرتفع",
  "ترتفع",
  "ارتفاع",
  "زاد",
  "زادت",
  "يزيد",
  "تزيد",
  "زياده",
  "زيد",
  "خفض",
  "خفضت",
  "يخفض",
  "تخفض",
  "تخفيض",
  "انخفض",
  "انخفضت",
  "ينخفض",
  "تنخفض",
  "انخفاض",
  "تراجع",
  "تراجعت",
  "يتراجع",
  "تتراجع",
  "قفز",
  "قفزت",
  "يقفز",
  "تقفز",
  "هبط",
  "هبطت",
  "يهبط",
  "تهبط",
  "هبوط",
  "صعد",
  "صعدت",
  "يصعد",
  "تصعد",
  "قلص",
  "قلصت",
  "يقلص",
  "تقلص",
  "تقليص",
  "تغير",
  "تغيرت",
  "عدل",
  "عدلت",
  "تعديل",
  "نقل",
  "نقلت",
  "ينقل",
  "تنقل",
  "تحول",
  "تحولت",
  "يتحول",
  "تتحول",
  "تباطا",
  "تباطات",
  "يتباطا",
  "تتباطا",
  "تباطو",
  "تسارع",
  "تسارعت",
  "يتسارع",
  "تتسارع",
];
