// Units and counted nouns, folded (foldForMatch). Each form says which canonical unit it is and, for forms that
// carry a number by themselves, that number: duals (قريتين = 2 villages, عامين = 2 years) and the singular of area
// units written with مربع (كيلومتر مربع = 1 km²). Only duals listed here become figures: a dual-looking word that
// is not here (مدنيين is a plural) never does.
import type { QuantityKind } from "#schema/index.ts";

export type UnitForm = {
  unit: string;
  kind: QuantityKind;
  /** number carried by the word itself: 2 for duals, 1 for singulars */
  count?: 1 | 2;
  /** length units that become area units when followed by مربع */
  squares?: string;
  /** length units that become volume units when followed by مكعب */
  cubes?: string;
  /** degrees that become degrees Celsius when followed by مئوية */
  celsius?: string;
  /** miles that become nautical miles when followed by بحري (1.852 km, not 1.609) */
  nautical?: string;
};

/**
 * Canonical units (documented in README.md):
 * person · family · village · town · city · house · building · camp · time (مرة) ·
 * km2 · mi2 · m2 · hectare · dunam · feddan (area) · km · mile · nmi · m · cm · mm (length) · km_per_hour ·
 * m_per_hour · mile_per_hour · knot (speed, numbers.ts: a length «في الساعة») · degree · celsius ·
 * year_duration · month · week · day · hour · minute · second · decade · century (durations) · year (calendar year) ·
 * usd · eur · gbp · pound · lira · dinar · riyal · dirham · rupee · franc · ruble · yuan · shekel (money) · tonne · kg · g · ounce (weight) · m3 · km3 (volume) · percent · basis_point · percentage_point (a rate's change)
 */
const forms: Array<[string[], UnitForm]> = [
  // durations: year
  [
    ["عام", "اعوام", "عاما", "سنه", "سنوات", "سنين", "سنوه", "عامها"],
    { unit: "year_duration", kind: "duration", count: 1 },
  ],
  [
    ["عامين", "عامان", "العامين", "العامان", "سنتين", "سنتان", "السنتين"],
    { unit: "year_duration", kind: "duration", count: 2 },
  ],
  // month
  [["شهر", "اشهر", "شهور", "شهرا"], { unit: "month", kind: "duration", count: 1 }],
  [["شهرين", "شهران", "الشهرين"], { unit: "month", kind: "duration", count: 2 }],
  // week
  [["اسبوع", "اسابيع", "اسبوعا"], { unit: "week", kind: "duration", count: 1 }],
  [["اسبوعين", "اسبوعان", "الاسبوعين"], { unit: "week", kind: "duration", count: 2 }],
  // day
  [["يوم", "ايام", "يوما"], { unit: "day", kind: "duration", count: 1 }],
  [["يومين", "يومان", "اليومين"], { unit: "day", kind: "duration", count: 2 }],
  // nights, counted as days («ليلة واحدة»، «ثلاث ليال»; «لليلة واحدة» is overnight, no figure: numbers.ts)
  [["ليله", "ليال", "ليالي"], { unit: "day", kind: "duration", count: 1 }],
  [["ليلتين", "ليلتان"], { unit: "day", kind: "duration", count: 2 }],
  // hour, minute
  [["ساعه", "ساعات"], { unit: "hour", kind: "duration", count: 1 }],
  [["ساعتين", "ساعتان"], { unit: "hour", kind: "duration", count: 2 }],
  [["دقيقه", "دقايق"], { unit: "minute", kind: "duration", count: 1 }],
  [["دقيقتين", "دقيقتان"], { unit: "minute", kind: "duration", count: 2 }],
  // seconds (ثانية alone is also the ordinal "second": only counted after a number or لمدة)
  [["ثانيه", "ثوان", "ثواني"], { unit: "second", kind: "duration", count: 1 }],
  [["ثانيتين", "ثانيتان"], { unit: "second", kind: "duration", count: 2 }],
  // decade (عقد alone is also "contract": only plural and dual)
  [["عقود"], { unit: "decade", kind: "duration" }],
  [["عقدين", "عقدان"], { unit: "decade", kind: "duration", count: 2 }],
  // century (a hundred years: ربع قرن = 25 years, نصف قرن = 50)
  [["قرن", "قرون", "قرنا"], { unit: "century", kind: "duration", count: 1 }],
  [["قرنين", "قرنان"], { unit: "century", kind: "duration", count: 2 }],
  // places
  [["قريه", "قري"], { unit: "village", kind: "count", count: 1 }],
  [["قريتين", "قريتان", "القريتين"], { unit: "village", kind: "count", count: 2 }],
  [["بلده", "بلدات"], { unit: "town", kind: "count", count: 1 }],
  [["بلدتين", "بلدتان"], { unit: "town", kind: "count", count: 2 }],
  [["مدينه", "مدن"], { unit: "city", kind: "count", count: 1 }],
  [["مدينتين", "مدينتان"], { unit: "city", kind: "count", count: 2 }],
  [["منزل", "منازل", "بيت", "بيوت", "منزلا"], { unit: "house", kind: "count", count: 1 }],
  [["منزلين"], { unit: "house", kind: "count", count: 2 }],
  [["مبني", "مباني", "مبان"], { unit: "building", kind: "count", count: 1 }],
  [["مخيم", "مخيمات"], { unit: "camp", kind: "count", count: 1 }],
  [["مخيمين"], { unit: "camp", kind: "count", count: 2 }],
  // people counted by a dual noun alone (شخصين = two people); plural-identical duals such as مقاتلين are left out
  [
    [
      "شخصين",
      "شخصان",
      "طفلين",
      "طفلان",
      "جنديين",
      "جنديان",
      "رجلين",
      "رجلان",
      "امراتين",
      "امراتان",
      "قتيلين",
      "قتيلان",
      "جريحين",
      "جريحان",
      "فتاتين",
      "فتاتان",
    ],
    { unit: "person", kind: "count", count: 2 },
  ],
  // families (counted as households, not people)
  [["عايله", "عايلات", "اسره", "اسر"], { unit: "family", kind: "count", count: 1 }],
  [["عايلتين", "اسرتين"], { unit: "family", kind: "count", count: 2 }],
  // times (مرة)
  [["مره", "مرات"], { unit: "time", kind: "count", count: 1 }],
  [["مرتين", "مرتان"], { unit: "time", kind: "count", count: 2 }],
  // multiples: «ستة أضعاف» is six times, «ضعفين» twice
  [["اضعاف", "اضعافا"], { unit: "time", kind: "count", count: 1 }],
  [["ضعفين", "ضعفان"], { unit: "time", kind: "count", count: 2 }],
  // length; with مربع they become areas
  [
    ["كيلومتر", "كيلومترا", "كيلومترات", "كلم", "كم"],
    { unit: "km", kind: "length", count: 1, squares: "km2", cubes: "km3" },
  ],
  [["كيلومترين", "كيلومتران"], { unit: "km", kind: "length", count: 2, squares: "km2" }],
  [["ميل", "اميال", "ميلا"], { unit: "mile", kind: "length", count: 1, squares: "mi2", nautical: "nmi" }],
  [["ميلين", "ميلان"], { unit: "mile", kind: "length", count: 2, squares: "mi2", nautical: "nmi" }],
  [["متر", "امتار", "مترا"], { unit: "m", kind: "length", count: 1, squares: "m2", cubes: "m3" }],
  [["مترين", "متران"], { unit: "m", kind: "length", count: 2, squares: "m2", cubes: "m3" }],
  // rainfall and small lengths (254.8 ملم، 30 سنتيمترا)
  [["ملم", "مليمتر", "مليمترا", "مليمترات", "ملليمتر", "ملليمترا", "ملليمترات"], { unit: "mm", kind: "length" }],
  [["سنتيمتر", "سنتيمترا", "سنتيمترات", "سم"], { unit: "cm", kind: "length" }],
  // degrees: of heat with مئوية, of a quake's magnitude alone (بقوة 7.8 درجات)
  [["درجه", "درجات"], { unit: "degree", kind: "other", celsius: "celsius" }],
  // areas written as such
  [["هكتار", "هكتارات", "هكتارا"], { unit: "hectare", kind: "area" }],
  [["دونم", "دونمات", "دونما"], { unit: "dunam", kind: "area" }],
  [["فدان", "افدنه", "فدانا"], { unit: "feddan", kind: "area" }],
  // money
  // (a singular counts one only before «ونصف/وربع»: «جنيه ونصف» = 1.5; a dual counts two: «جنيهين»)
  [["دولار", "دولارا"], { unit: "usd", kind: "money", count: 1 }],
  [["دولارات"], { unit: "usd", kind: "money" }],
  [["دولارين", "دولاران"], { unit: "usd", kind: "money", count: 2 }],
  [["يورو"], { unit: "eur", kind: "money" }],
  [["استرليني"], { unit: "gbp", kind: "money" }],
  [["جنيه", "جنيها"], { unit: "pound", kind: "money", count: 1 }],
  [["جنيهات"], { unit: "pound", kind: "money" }],
  [["جنيهين", "جنيهان"], { unit: "pound", kind: "money", count: 2 }],
  [["ليره", "ليرات"], { unit: "lira", kind: "money" }],
  [["ليرتين", "ليرتان"], { unit: "lira", kind: "money", count: 2 }],
  [["دينار", "دينارا"], { unit: "dinar", kind: "money", count: 1 }],
  [["دنانير"], { unit: "dinar", kind: "money" }],
  [["دينارين", "ديناران"], { unit: "dinar", kind: "money", count: 2 }],
  [["ريال", "ريالا"], { unit: "riyal", kind: "money", count: 1 }],
  [["ريالات"], { unit: "riyal", kind: "money" }],
  [["ريالين", "ريالان"], { unit: "riyal", kind: "money", count: 2 }],
  [["درهم", "درهما"], { unit: "dirham", kind: "money", count: 1 }],
  [["دراهم"], { unit: "dirham", kind: "money" }],
  [["درهمين", "درهمان"], { unit: "dirham", kind: "money", count: 2 }],
  [["روبيه", "روبيات"], { unit: "rupee", kind: "money" }],
  [["فرنك", "فرنكات", "فرنكا"], { unit: "franc", kind: "money" }],
  [["روبل", "روبلات", "روبلا"], { unit: "ruble", kind: "money" }],
  [["يوان"], { unit: "yuan", kind: "money" }],
  [["شيكل", "شيكلات", "شيكلا", "شواكل"], { unit: "shekel", kind: "money" }],
  // weight
  [["طن", "اطنان", "طنا"], { unit: "tonne", kind: "other" }],
  [["كيلوغرام", "كيلوجرام", "كغ", "كلغ"], { unit: "kg", kind: "other" }],
  [["غرام", "جرام", "غرامات", "جرامات", "غراما", "جراما"], { unit: "g", kind: "other", count: 1 }],
  [["غرامين", "غرامان", "جرامين", "جرامان"], { unit: "g", kind: "other", count: 2 }],
  [["اونصه", "اونصات", "اوقيه"], { unit: "ounce", kind: "other", count: 1 }],
  [["اونصتين", "اونصتان", "اوقيتين", "اوقيتان"], { unit: "ounce", kind: "other", count: 2 }],
];

export const UNIT_FORMS: ReadonlyMap<string, UnitForm> = new Map(
  forms.flatMap(([fs, u]) => fs.map((f) => [f, u] as const)),
);

/**
 * Masculine singular nouns, folded, whose dual (-ين/-ان) is never also their plural: they take a broken plural
 * (زورق/زوارق، طابق/طوابق) or a feminine one (مقذوف/مقذوفات), so «زورقين» and «مستشفيان» are two of the noun.
 * Nouns whose sound plural is -ين (مدنيين، مسلحين، مرشحين) or whose -ان form is a plural (بلدان، شبان) stay out:
 * there the ending says nothing about the number.
 */
export const MASCULINE_DUAL_STEMS: ReadonlySet<string> = new Set([
  // vessels, vehicles, aircraft, weapons
  "زورق",
  "قارب",
  "مركب",
  "قطار",
  "صاروخ",
  "مقذوف",
  "لغم",
  "صهريج",
  // buildings, places, works
  "مستشفي",
  "مبني",
  "طابق",
  "سد",
  "جسر",
  "مسجد",
  "مصنع",
  "مستودع",
  "معبر",
  "مطار",
  "ميناء",
  "سجن",
  // votes (صوتان، صوتين: the plural is أصوات)
  "صوت",
  // events
  "هجوم",
  "انفجار",
  "تفجير",
  "حادث",
  "زلزال",
  "اجتماع",
  "لقاء",
  "اتفاق",
  "قرار",
  // people with broken plurals
  "عنصر",
  "قايد",
  "جندي",
  "رجل",
  "ضابط",
  "وزير",
  "نائب",
  "قاضي",
  "اسير",
  "سجين",
  "شهيد",
  "شاب",
  // (and «تلميذان»، «شقيقان»، «حاجان»، «شخصان»: not «طالبان», which is also the movement's name)
  "تلميذ",
  "شقيق",
  "حاج",
  "راكب",
  "شخص",
  "طبيب",
]);

/**
 * Masculine singular nouns, folded, whose sound plural is -ون/-ين: their -ين form is also the plural (مدنيين،
 * زائرين), but the nominative dual in -ان never is (زائران، مدنيان، مسلحان): two of the noun.
 */
export const NOMINATIVE_DUAL_STEMS: ReadonlySet<string> = new Set([
  "زاير",
  "مدني",
  "مسلح",
  "شرطي",
  "صحفي",
  "صحافي",
  "مواطن",
  "عامل",
  "مسعف",
  "مهاجر",
  "لاجي",
  "مصاب",
  "مسوول",
  "حارس",
  "متهم",
  "موظف",
  "مستوطن",
  "مقاتل",
  "مدرس",
  "مهندس",
  "قتيل",
  "جريح",
  "طفل",
]);

/**
 * «نقطة/نقاط» after a number and before «أساس» or «مئوية»: a change in a rate, in basis points or percentage points
 * («رفع الفائدة 100 نقطة أساس»، «تراجع 2 نقطة مئوية»). Alone, «نقطة» is a counted noun (checkpoints, points scored).
 */
export const POINT_WORDS: ReadonlySet<string> = new Set(["نقطه", "نقاط"]);
export const POINT_UNITS: Readonly<Record<string, string>> = { اساس: "basis_point", ميويه: "percentage_point" };

/** The word مربع (square) after a length unit, in its forms (مربعا، مربعة، مربعين …). */
export const SQUARE_WORDS: ReadonlySet<string> = new Set(["مربع", "مربعا", "مربعه", "مربعين", "مربعان", "مربعات"]);

/** The word بحري (nautical) after a mile, in its forms. */
export const NAUTICAL_WORDS: ReadonlySet<string> = new Set(["بحري", "بحريا", "بحريه", "بحريين", "بحريان"]);

/** The word مكعب (cubic) after a length unit: متر مكعب = m³ (a dam's capacity, a flood's volume). */
export const CUBE_WORDS: ReadonlySet<string> = new Set(["مكعب", "مكعبا", "مكعبه", "مكعبين", "مكعبات"]);

/** Conversions to the canonical unit of a dimension (Quantity.normalized). */
export const CONVERSIONS: ReadonlyMap<string, { unit: string; factor: number }> = new Map([
  ["mi2", { unit: "km2", factor: 2.589988110336 }],
  ["m2", { unit: "km2", factor: 1e-6 }],
  ["hectare", { unit: "km2", factor: 0.01 }],
  ["dunam", { unit: "km2", factor: 0.001 }],
  ["feddan", { unit: "km2", factor: 0.00420083 }],
  ["mile", { unit: "km", factor: 1.609344 }],
  ["nmi", { unit: "km", factor: 1.852 }],
  ["m", { unit: "km", factor: 0.001 }],
  ["cm", { unit: "km", factor: 1e-5 }],
  ["mm", { unit: "km", factor: 1e-6 }],
  ["decade", { unit: "year_duration", factor: 10 }],
  ["century", { unit: "year_duration", factor: 100 }],
]);

/**
 * Nouns for people, counted with unit "person". Listed as words (singular, sound and broken plurals, duals);
 * matched through their light stem, so والمدنيين، مدنيون، للمدنيين all count.
 */
export const PEOPLE_NOUNS: readonly string[] = [
  // people in general
  "شخص",
  "اشخاص",
  "شخصا",
  "شخصين",
  "نسمه",
  "فرد",
  "افراد",
  "انسان",
  "مواطن",
  "مواطنين",
  "مواطنون",
  "ساكن",
  "سكان",
  "مقيم",
  "مقيمين",
  "رجل",
  "رجال",
  "رجلا",
  "امراه",
  "نساء",
  "سيده",
  "طفل",
  "اطفال",
  "طفلا",
  "قاصر",
  "قاصرين",
  "شاب",
  "شبان",
  "مسن",
  "مسنين",
  // civilians, victims, displaced
  "مدني",
  "مدنيين",
  "مدنيون",
  "قتيل",
  "قتلي",
  "جريح",
  "جرحي",
  "مصاب",
  "مصابين",
  "ضحيه",
  "ضحايا",
  "شهيد",
  "شهداء",
  "مفقود",
  "مفقودين",
  "نازح",
  "نازحين",
  "لاجي",
  "لاجيين",
  "لاجيون",
  "مهاجر",
  "مهاجرين",
  "فار",
  "فارين",
  "مدنيا",
  // fighters, soldiers, militants
  "مقاتل",
  "مقاتلين",
  "مقاتلون",
  "مقاتلا",
  "مقاتلو",
  "مقاتلي",
  "جندي",
  "جنود",
  "جنديا",
  "عسكري",
  "عسكريين",
  "عسكريون",
  "ضابط",
  "ضباط",
  "عنصر",
  "عناصر",
  "مسلح",
  "مسلحين",
  "مسلحون",
  "مسلحا",
  "جهادي",
  "جهاديين",
  "جهاديون",
  "جهاديا",
  "متشدد",
  "متشددين",
  "متطرف",
  "متطرفين",
  "ارهابي",
  "ارهابيين",
  "ارهابيون",
  "متمرد",
  "متمردين",
  "مرتزق",
  "مرتزقه",
  "شرطي",
  "شرطيين",
  "حارس",
  "حراس",
  "مجند",
  "مجندين",
  "متطوع",
  "متطوعين",
  "انتحاري",
  "انتحاريين",
  "قناص",
  "قناصه",
  // detainees
  "معتقل",
  "معتقلين",
  "اسير",
  "اسري",
  "سجين",
  "سجناء",
  "محتجز",
  "محتجزين",
  "رهينه",
  "رهاين",
  // foreigners and nationals (nisba nouns: سوري، سوريون، سوريين …; plurals are reached through the stem)
  "اجنبي",
  "اجانب",
  "اجنبيا",
  "سوري",
  "سوريين",
  "عراقي",
  "عراقيين",
  "لبناني",
  "فلسطيني",
  "فلسطينيين",
  "اسراييلي",
  "اسراييليين",
  "مصري",
  "مصريين",
  "سوداني",
  "سودانيين",
  "ليبي",
  "ليبيين",
  "يمني",
  "يمنيين",
  "تونسي",
  "جزايري",
  "مغربي",
  "اردني",
  "سعودي",
  "اماراتي",
  "قطري",
  "كويتي",
  "ايراني",
  "ايرانيين",
  "تركي",
  "اتراك",
  "كردي",
  "اكراد",
  "افغاني",
  "افغان",
  "باكستاني",
  "روسي",
  "اوكراني",
  "امريكي",
  "اميركي",
  "امريكيين",
  "بريطاني",
  "فرنسي",
  "الماني",
  "صيني",
  "هندي",
  "اثيوبي",
  "صومالي",
  "اريتري",
  "نيجيري",
  "تشادي",
  "عربي",
  "عرب",
  "مسيحي",
  "مسيحيين",
  "مسلم",
  "مسلمين",
  "يزيدي",
  "ايزيدي",
  "ايزيديين",
  "درزي",
  "شيعي",
  "سني",
  "علوي",
  // professions often counted in news
  "صحفي",
  "صحفيين",
  "صحافي",
  "صحافيين",
  "طبيب",
  "اطباء",
  "عامل",
  "عمال",
  "موظف",
  "موظفين",
  "طالب",
  "طلاب",
  "متظاهر",
  "متظاهرين",
  "محتج",
  "محتجين",
  "ناشط",
  "ناشطين",
  "معارض",
  "معارضين",
  "مستوطن",
  "مستوطنين",
  "حاج",
  "حجاج",
  "زاير",
  "زوار",
  "سايح",
  "سياح",
  "ناخب",
  "ناخبين",
  // patients, passengers, survivors, crowds (counted in disasters and accidents)
  "مريض",
  "مرضي",
  "مرافق",
  "مرافقين",
  "راكب",
  "ركاب",
  "ناج",
  "ناجين",
  "ناجون",
  "مسافر",
  "مسافرين",
  "نزيل",
  "نزلاء",
  "مسعف",
  "مسعفين",
  "ممرض",
  "ممرضين",
  "رضيع",
  "رضع",
  "تلميذ",
  "تلاميذ",
  "بحار",
  "بحاره",
  "صياد",
  "صيادين",
  "مشيع",
  "مشيعين",
  "مصلين",
  "مشجع",
  "مشجعين",
];

/** Words after which a 4-digit number is a calendar year (في 2014، منذ 2011، مطلع 2019). */
export const YEAR_CONTEXT: ReadonlySet<string> = new Set([
  "في",
  "منذ",
  "حتي",
  "خلال",
  "مطلع",
  "اوايل",
  "اواخر",
  "منتصف",
  "نهايه",
  "بدايه",
  "اواسط",
  "قبل",
  "بعد",
  "ربيع",
  "صيف",
  "خريف",
  "شتاء",
  "موسم",
  "بحلول",
  "الي",
]);

/** Words introducing a calendar year (عام 2014، العام 2011، سنة 2019); kept in the figure's span. */
export const YEAR_WORDS: ReadonlySet<string> = new Set([
  "عام",
  "العام",
  "سنه",
  "السنه",
  "لعام",
  "للعام",
  "بعام",
  "وعام",
  // construct dual before a pair of years: بين عامي 2014 و2015
  "عامي",
  "سنتي",
]);
