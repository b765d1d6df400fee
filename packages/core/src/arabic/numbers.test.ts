import { describe, expect, it } from "vitest";
import type { Quantity } from "#schema/index.ts";
import { parseQuantities } from "./numbers.ts";
import { stem } from "./stem.ts";

type Expect = Partial<Omit<Quantity, "start" | "end">> & { text: string };

/** The figure whose span text is `expected.text`, checked field by field (absent fields must be absent). */
function check(sentence: string, expected: Expect) {
  const found = parseQuantities(sentence);
  const q = found.find((x) => x.text === expected.text);
  expect(q, `no figure "${expected.text}" in ${JSON.stringify(found.map((x) => x.text))}`).toBeDefined();
  expect(sentence.slice(q!.start, q!.end)).toBe(q!.text);
  for (const key of ["value", "min", "max", "vague", "unit"] as const) {
    expect(q![key], key).toBe(expected[key]);
  }
  expect(q!.approx).toBe(expected.approx ?? false);
  if (expected.kind) expect(q!.kind).toBe(expected.kind);
  if (expected.subject) expect(q!.subject).toBe(expected.subject);
  if (expected.normalized) expect(q!.normalized).toEqual(expected.normalized);
}

const P = "person";

describe("parseQuantities: digits and decimals", () => {
  const cases: Array<[string, string, Expect]> = [
    ["integer with a counted noun", "وقتل 600 جهادي في المعارك", { text: "600 جهادي", value: 600, unit: P }],
    ["decimal with a multiplier", "ويعيش في المنطقة 7.7 ملايين شخص", { text: "7.7 ملايين شخص", value: 7.7e6, unit: P }],
    ["percent sign", "صوت بنعم 99.5% من الناخبين", { text: "99.5%", value: 99.5, unit: "percent", kind: "percent" }],
    ["plain four digits", "وأحصى المرصد 3400 قتيل", { text: "3400 قتيل", value: 3400, unit: P }],
    ["thousands separator", "ونزح 3,400 مدني خلال أسبوع", { text: "3,400 مدني", value: 3400, unit: P }],
    ["Arabic-Indic digits", "فر ٢٠ ألف نازح نحو المخيمات", { text: "٢٠ ألف نازح", value: 20000, unit: P }],
    [
      "Arabic decimal separator",
      "بلغت نسبة المشاركة ٤٥٫٥ في المئة",
      { text: "٤٥٫٥ في المئة", value: 45.5, unit: "percent" },
    ],
    ["space-grouped thousands", "يبلغ عدد السكان 40 000 نسمة", { text: "40 000 نسمة", value: 40000, unit: P }],
  ];
  it.each(cases)("%s", (_n, s, e) => check(s, e));
});

describe("parseQuantities: number words", () => {
  const cases: Array<[string, string, Expect]> = [
    ["thousands after 3-10", "وبينهم ثلاثة آلاف مقاتل أجنبي", { text: "ثلاثة آلاف مقاتل", value: 3000, unit: P }],
    ["masculine unit before a plural", "وأصيب أربعة جنود بجروح", { text: "أربعة جنود", value: 4, unit: P }],
    ["tens, oblique case", "وصل ستين مقاتلا إلى الضفة", { text: "ستين مقاتلا", value: 60, unit: P }],
    ["tens, nominative case", "وما زال سبعون مدنيا عالقين", { text: "سبعون مدنيا", value: 70, unit: P }],
    ["one percent in words", "تراجع إلى واحد في المائة فقط", { text: "واحد في المائة", value: 1, unit: "percent" }],
    [
      "hundred percent in words",
      "سيطرنا على مئة في المئة من الأرض",
      { text: "مئة في المئة", value: 100, unit: "percent" },
    ],
    ["ten", "قتل عشرة أشخاص", { text: "عشرة أشخاص", value: 10, unit: P }],
    ["compound with و", "ولقي ستة وعشرون شخصا حتفهم", { text: "ستة وعشرون شخصا", value: 26, unit: P }],
    ["teen", "أسر التنظيم ثلاثة عشر جنديا", { text: "ثلاثة عشر جنديا", value: 13, unit: P }],
    ["hundreds compound", "ودمر ثلاثمائة منزل", { text: "ثلاثمائة منزل", value: 300, unit: "house" }],
    ["thousand and hundreds", "ونقلت ألفين ومائتين لاجئ", { text: "ألفين ومائتين لاجئ", value: 2200, unit: P }],
    ["million in words", "وشرد مليون ونصف شخص", { text: "مليون ونصف شخص", value: 1.5e6, unit: P }],
    [
      "billion with digits",
      "خصص البنك 1.2 مليار دولار",
      { text: "1.2 مليار دولار", value: 1.2e9, unit: "usd", kind: "money" },
    ],
    [
      "rupees are money",
      "وأعلنت الولاية صرف 500 ألف روبية لكل أسرة",
      { text: "500 ألف روبية", value: 5e5, unit: "rupee", kind: "money" },
    ],
    [
      "Swiss francs are money",
      "وأطلق الصليب الأحمر نداء لجمع 100 مليون فرنك",
      { text: "100 مليون فرنك", value: 1e8, unit: "franc", kind: "money" },
    ],
    ["thousand with tanween", "بلغ العدد عشرين ألفاً", { text: "عشرين ألفاً", value: 20000 }],
    ["thousand, accusative", "احتجز التنظيم 14 ألفا", { text: "14 ألفا", value: 14000 }],
    ["one of", "وقال أحد مقاتلي الفصيل", { text: "أحد مقاتلي", value: 1, unit: P }],
    [
      "nationals are people",
      "يحتاج نحو 25 مليون سوداني إلى المساعدة",
      { text: "نحو 25 مليون سوداني", value: 2.5e7, approx: true, unit: P },
    ],
    ["half a million", "فر قرابة نصف مليون شخص", { text: "قرابة نصف مليون شخص", value: 500000, approx: true, unit: P }],
    ["quarter of a million", "يعيش ربع مليون لاجئ", { text: "ربع مليون لاجئ", value: 250000, unit: P }],
    ["million and digits thousands", "نزح مليون و200 ألف شخص", { text: "مليون و200 ألف شخص", value: 1.2e6, unit: P }],
    [
      "millions and thousands",
      "يقطنها 3 ملايين و500 ألف نسمة",
      { text: "3 ملايين و500 ألف نسمة", value: 3.5e6, unit: P },
    ],
  ];
  it.each(cases)("%s", (_n, s, e) => check(s, e));
});

describe("parseQuantities: duals and implicit one", () => {
  const cases: Array<[string, string, Expect]> = [
    ["dual thousand before a noun", "نشرت واشنطن ألفي جندي", { text: "ألفي جندي", value: 2000, unit: P }],
    ["dual village", "يتحصن المسلحون في قريتين قرب النهر", { text: "قريتين", value: 2, unit: "village" }],
    [
      "dual square miles, converted",
      "تمتد على ميلين مربعين فقط",
      { text: "ميلين مربعين", value: 2, unit: "mi2", kind: "area", normalized: { unit: "km2", value: 5.179976220672 } },
    ],
    ["dual years", "سيطر قبل عامين على مدن عدة", { text: "عامين", value: 2, unit: "year_duration", kind: "duration" }],
    ["definite dual years", "خلال العامين الماضيين", { text: "العامين", value: 2, unit: "year_duration" }],
    ["dual hours", "استمر القصف ساعتين", { text: "ساعتين", value: 2, unit: "hour" }],
    ["any feminine dual counts two", "أرسلت البحرية سفينتين إلى الميناء", { text: "سفينتين", value: 2 }],
    ["a feminine dual in the nominative", "وتتنازع السلطة في البلاد حكومتان", { text: "حكومتان", value: 2 }],
    ["a bound on a feminine dual", "سقطت أكثر من قذيفتين على الحي", { text: "أكثر من قذيفتين", min: 2 }],
    ["two dead", "وأسفر الحادث عن قتيلين", { text: "قتيلين", value: 2, unit: P }],
    // (a definite nisba dual counts itself, not the verb after it; the plural is -يون)
    ["a definite nisba dual", "والانتحاريان قدما من مخيم الهول", { text: "الانتحاريان", value: 2, unit: P }],
    [
      "implicit one square kilometre",
      "انحصر في كيلومتر مربع واحد تقريبا",
      { text: "كيلومتر مربع", value: 1, unit: "km2" },
    ],
    ["implicit one after a bound", "بعد هدنة دامت أكثر من أسبوع", { text: "أكثر من أسبوع", min: 1, unit: "week" }],
    ["thousand alone means one thousand", "قتل ألف مقاتل", { text: "ألف مقاتل", value: 1000, unit: P }],
  ];
  it.each(cases)("%s", (_n, s, e) => check(s, e));

  it("two multiplied number words joined by و are two figures, not a sum", () => {
    const found = parseQuantities("نقلت الطائرات ثلاثة آلاف وعشرة آلاف أخرى").map((q) => q.value);
    expect(found).toEqual([3000, 10000]);
    expect(parseQuantities("بلغ العدد ستة وعشرين ألفا")[0]?.value).toBe(26000);
    expect(parseQuantities("تطعيم ستمئة وأربعين ألف طفل")[0]?.value).toBe(640000);
  });

  it("reads no dual in a plural in -يون nor in a name in -يان («الانتحاريون»، «الغارديان»)", () => {
    expect(parseQuantities("وقال الانتحاريون في تسجيل إنهم جاهزون")).toEqual([]);
    expect(parseQuantities("ونقلت صحيفة الغارديان عن مصادر")).toEqual([]);
  });

  it("a dual adjective agreeing with a dual noun counts nothing more: «المرحلتين السابقتين» is one figure", () => {
    expect(parseQuantities("تلقى الأطفال الجرعة خلال المرحلتين السابقتين").map((q) => q.text)).toEqual(["المرحلتين"]);
    expect(parseQuantities("تحصن المسلحون في القريتين الأخيرتين").map((q) => q.text)).toEqual(["القريتين"]);
    // without agreement in definiteness, or joined by و, the second dual is a count of its own
    expect(parseQuantities("وصلت سفينتين إلى الميناء ثم الطائرتين").map((q) => q.text)).toEqual([
      "سفينتين",
      "الطائرتين",
    ]);
  });

  it("a masculine dual of a listed noun counts two of that noun, which is its subject", () => {
    const boats = parseQuantities("اقترب زورقين صغيرين من الناقلة")[0];
    expect(boats).toMatchObject({ value: 2, subject: "زورق" });
    expect(parseQuantities("نقل الجرحى إلى مستشفيين في المدينة")[0]).toMatchObject({ value: 2, text: "مستشفيين" });
    expect(parseQuantities("وانهار سدان في أعلى الوادي")[0]).toMatchObject({ value: 2, subject: "سد" });
    // a proclitic stays out of the subject; a people noun counts people
    expect(parseQuantities("تعرضت السفينة لهجومين منفصلين")[0]).toMatchObject({ value: 2, subject: "هجوم" });
    expect(parseQuantities("قتل عنصرين من الحرس")[0]).toMatchObject({ value: 2, unit: P, subject: "عنصر" });
    // (and people of broken plurals: «تلميذان»، «شخصين»، «حاجان»; «طالبان» is also a movement's name)
    expect(parseQuantities("وبين الغرقى تلميذان من المدرسة")[0]).toMatchObject({ value: 2, unit: P, text: "تلميذان" });
    expect(parseQuantities("وأصيب شخصين بجروح")[0]).toMatchObject({ value: 2, text: "شخصين" });
    expect(parseQuantities("وسيطرت حركة طالبان على الإقليم")).toEqual([]);
  });

  it("a nominative dual in -ان of a noun whose plural is -ون/-ين counts two: «قتل زائران»، «مدنيان»", () => {
    expect(parseQuantities("وقتل في الهجوم زائران يهوديان")[0]).toMatchObject({ value: 2, unit: P, text: "زائران" });
    expect(parseQuantities("وأصيب في الحادث شرطيان")[0]).toMatchObject({ value: 2, text: "شرطيان" });
    // the -ين form is also their plural, the -ون form only that: no figure
    expect(parseQuantities("وصل زائرون كثر واستقبل الزائرين")).toEqual([]);
    expect(parseQuantities("أجلي المدنيين")).toEqual([]);
  });

  it("a noun with its pronoun before a definite number counts: «وأطفالهما الثلاثة»", () => {
    expect(parseQuantities("يبحث عن ابن عمه وزوجته وأطفالهما الثلاثة")[0]).toMatchObject({
      value: 3,
      unit: P,
      text: "أطفالهما الثلاثة",
    });
    expect(parseQuantities("واتفقت عليها الثلاثة")).toEqual([]);
  });

  it("definite masculine duals point back and nisba duals may be names: neither is a figure", () => {
    expect(parseQuantities("نفى أي دور لبلاده في التفجيرين")).toEqual([]);
    expect(parseQuantities("قالت صحيفة غارديان إن جوليان وصل")).toEqual([]);
    // a word whose -ين form is its plural is never read as two
    expect(parseQuantities("أصيب مسعفين ومرشحين")).toEqual([]);
  });

  it("plurals that look like duals are not figures", () => {
    expect(parseQuantities("أجلي المدنيين والمقاتلين من البلدة")).toEqual([]);
    expect(parseQuantities("زار الرئيس باكستان وأفغانستان بعد بلوغه الستين")).toEqual([]);
    expect(parseQuantities("عاد العمال إلى الروتين اليومي")).toEqual([]);
    expect(parseQuantities("قال المسؤولون الأمريكيون")).toEqual([]);
  });

  it("digits after و+multiplier complete the number; a new clause or multiplier starts a new figure", () => {
    // Policy: «20 ألفا و300» is read as 20,300 (how tolls are written: 34 ألفا و183 شخصا); the elliptical
    // «قتل 20 ألفا و300 جريح» (20,000 dead and 300 wounded) is rarer and reads the same way, a known ambiguity.
    expect(parseQuantities("قتل 20 ألفا و300 جريح").map((q) => q.value)).toEqual([20300]);
    expect(parseQuantities("قتل 20 ألفا وأصيب 300").map((q) => q.value)).toEqual([20000, 300]);
    expect(parseQuantities("قتل 20 ألفا و5 آلاف جريح").map((q) => q.value)).toEqual([20000, 5000]);
  });

  it("the counted noun's stem is the subject", () => {
    const [q] = parseQuantities("قتل ألف مقاتل");
    expect(q!.subject).toBe(stem("مقاتل"));
    const [r] = parseQuantities("غادر عشرات المدنيين");
    expect(r!.subject).toBe(stem("المدنيين"));
    const [s] = parseQuantities("ما بين 14 ألفا و 18 ألفا من المسلحين");
    expect(s!.subject).toBe(stem("المسلحين"));
    expect(s!.unit).toBe(P);
  });

  it("a particle after و starts the next clause and counts nothing", () => {
    const [toll] = parseQuantities("وقال إن عدد القتلى بلغ 5200 وأن 3000 آخرين ما زالوا مفقودين");
    expect(toll!.value).toBe(5200);
    expect(toll!.subject).toBeUndefined();
  });
});

describe("parseQuantities: hedges and bounds", () => {
  const cases: Array<[string, string, Expect]> = [
    ["نحو", "يدافع نحو 600 مقاتل عن الجيب", { text: "نحو 600 مقاتل", value: 600, approx: true, unit: P }],
    [
      "لنحو with a proclitic",
      "للسماح لنحو 20 ألف مدني بالخروج",
      { text: "لنحو 20 ألف مدني", value: 20000, approx: true, unit: P },
    ],
    ["حوالي", "وصل حوالي 300 لاجئ", { text: "حوالي 300 لاجئ", value: 300, approx: true, unit: P }],
    ["قرابة", "نزح قرابة مليون شخص", { text: "قرابة مليون شخص", value: 1e6, approx: true, unit: P }],
    ["زهاء", "يقطن المخيم زهاء 70 ألف نسمة", { text: "زهاء 70 ألف نسمة", value: 70000, approx: true, unit: P }],
    ["ما يقارب", "غادر ما يقارب 5 آلاف شخص", { text: "ما يقارب 5 آلاف شخص", value: 5000, approx: true, unit: P }],
    ["تقريبا after", "قتل 40 شخصا تقريبا", { text: "40 شخصا تقريبا", value: 40, approx: true, unit: P }],
    ["أكثر من", "فرض سيطرته على أكثر من 7.7 ملايين شخص", { text: "أكثر من 7.7 ملايين شخص", min: 7.7e6, unit: P }],
    ["ما يزيد عن", "قتل ما يزيد عن 200 مدني", { text: "ما يزيد عن 200 مدني", min: 200, unit: P }],
    ["أقل من", "يسيطر على أقل من 1% من أرضه", { text: "أقل من 1%", max: 1, unit: "percent" }],
    ["لا يقل عن", "اعتقل ما لا يقل عن 30 ناشطا", { text: "ما لا يقل عن 30 ناشطا", min: 30, unit: P }],
    ["a perfect «exceeded»", "وكان عدد القتلى قد تجاوز 3800 قتيل", { text: "تجاوز 3800 قتيل", min: 3800, unit: P }],
    ["«فاقت»", "وقدرت الأضرار بمبالغ فاقت 5 مليارات دولار", { text: "فاقت 5 مليارات دولار", min: 5e9, unit: "usd" }],
    ["a negated «exceeds» is a ceiling", "ولم يتجاوز 50 شخصا", { text: "يتجاوز 50 شخصا", max: 50, unit: P }],
    [
      "«exceeds» with a long subject",
      "وتخطت الحصيلة النهائية لضحايا العاصفة التي ضربت الساحل الشرقي 230 قتيلا",
      { text: "تخطت الحصيلة النهائية لضحايا العاصفة التي ضربت الساحل الشرقي 230 قتيلا", min: 230, unit: P },
    ],
    [
      "«exceeds» with its source between commas",
      "تجاوز عدد النازحين، بحسب المفوضية، 12 ألف شخص",
      { text: "تجاوز عدد النازحين، بحسب المفوضية، 12 ألف شخص", min: 12000, unit: P },
    ],
    [
      "a negated «exceeds» with a long subject is a ceiling",
      "ولم يتجاوز عدد الناخبين الذين أدلوا بأصواتهم في الدائرة 900 ناخب",
      { text: "يتجاوز عدد الناخبين الذين أدلوا بأصواتهم في الدائرة 900 ناخب", max: 900, unit: P },
    ],
    [
      "«exceeds», its subject, then the figure",
      "وتجاوز عدد الجرحى 420 جريحا",
      { text: "تجاوز عدد الجرحى 420 جريحا", min: 420, unit: P },
    ],
    [
      "a negated «exceeds» with its subject between is a ceiling",
      "في حين لا تتجاوز سعة الثاني 1.2 مليون متر مكعب",
      { text: "لا تتجاوز سعة الثاني 1.2 مليون متر مكعب", max: 1.2e6, unit: "m3" },
    ],
    ["على الأقل after", "قتل 12 مدنيا على الأقل", { text: "12 مدنيا على الأقل", min: 12, unit: P }],
    ["أقل من with area", "على أقل من 5 كيلومتر مربع", { text: "أقل من 5 كيلومتر مربع", max: 5, unit: "km2" }],
    ["أقل من with dual area", "أو أقل من ميلين مربعين", { text: "أقل من ميلين مربعين", max: 2, unit: "mi2" }],
    ["bound in words", "أقل من واحد في المائة من مساحته", { text: "أقل من واحد في المائة", max: 1, unit: "percent" }],
  ];
  it.each(cases)("%s", (_n, s, e) => check(s, e));

  it("reads no bound when a particle or a break sits between the verb and the figure", () => {
    const inYear = parseQuantities("تجاوز في 2023 كل التوقعات");
    expect(inYear.some((q) => q.min !== undefined || q.max !== undefined)).toBe(false);
    const date = parseQuantities("إنه انتصار يفوق انتصار تموز 2006");
    expect(date.some((q) => q.min !== undefined)).toBe(false);
    const broken = parseQuantities("لم يتجاوز الحد. 40 شخصا وصلوا");
    expect(broken.find((q) => q.text.includes("40"))?.max).toBeUndefined();
    // a long subject: a figure after a preposition, inside a parenthesis of its own, or a date is not the bound
    const during = parseQuantities("تجاوزت قيمة صادرات الشركة إلى الأسواق الخارجية خلال 5 أشهر");
    expect(during.some((q) => q.min !== undefined)).toBe(false);
    const aside = parseQuantities("تجاوز عدد السكان في المدينة، البالغة مساحتها 40 كيلومترا مربعا، مليوني نسمة");
    expect(aside.some((q) => q.min !== undefined)).toBe(false);
    const dated = parseQuantities("تجاوز عدد الزوار هذا الموسم في المدينة القديمة 12 أيار");
    expect(dated.some((q) => q.min !== undefined)).toBe(false);
  });
});

describe("parseQuantities: up to — verbs of reaching, حتى, feminine and ceiling forms", () => {
  const cases: Array<[string, string, Expect]> = [
    [
      "ما يصل إلى",
      "وحذرت المنظمة من أن القتال قد يشرد ما يصل إلى 250 ألف شخص خلال الأسابيع المقبلة",
      { text: "ما يصل إلى 250 ألف شخص", max: 250000, unit: P },
    ],
    [
      "وقد يصل العدد إلى (verb, subject, إلى)",
      "وقال مسؤول محلي إن المفقودين بالمئات، وقد يصل العدد إلى 4 آلاف",
      { text: "قد يصل العدد إلى 4 آلاف", max: 4000 },
    ],
    [
      "قد ترتفع الحصيلة إلى (rise, after an opener)",
      "وأشار إلى أنه قد ترتفع الحصيلة إلى 120 قتيلا مع استمرار عمليات البحث",
      { text: "قد ترتفع الحصيلة إلى 120 قتيلا", max: 120, unit: P },
    ],
    [
      "an estimate with أن تصل",
      "ورجح الطبيب أن تصل الحصيلة إلى 70 قتيلا",
      { text: "تصل الحصيلة إلى 70 قتيلا", max: 70, unit: P },
    ],
    [
      // (reaching about a figure states it, hedged: annotators of the held-out stories read it so, 2 of 2)
      "a hedge after إلى",
      "ويأوي المخيم نازحين يصل عددهم إلى نحو ثلاثة آلاف",
      { text: "يصل عددهم إلى نحو ثلاثة آلاف", value: 3000, approx: true },
    ],
    [
      "a total that amounts to a figure states it",
      "وأعلنت الدول خفضا طوعيا يصل مجموعه إلى 1.2 مليون برميل يوميا",
      { text: "1.2 مليون برميل", value: 1.2e6 },
    ],
    [
      "a lower bound after إلى wins",
      "وقال إن عدد الضحايا قد يصل إلى أكثر من 200 قتيل",
      { text: "قد يصل إلى أكثر من 200 قتيل", min: 200, unit: P },
    ],
    [
      "تصل إلى after a noun (a duration)",
      "يواجه المتهمون عقوبة بالسجن لمدة تصل إلى 15 عاما",
      { text: "تصل إلى 15 عاما", max: 15, unit: "year_duration", kind: "duration" },
    ],
    [
      "a rate that reaches",
      "وارتفعت أسعار الخبز بنسبة تصل إلى 40% منذ بداية الحصار",
      { text: "تصل إلى 40%", max: 40, unit: "percent", kind: "percent" },
    ],
    [
      "حتى before a count",
      "وتستوعب المدارس المحولة إلى ملاجئ حتى 500 عائلة",
      { text: "حتى 500 عائلة", max: 500, unit: "family" },
    ],
    [
      "تزيد على (feminine)",
      "وتمتد الأراضي المغمورة على مساحة تزيد على 20 كيلومترا مربعا",
      { text: "تزيد على 20 كيلومترا مربعا", min: 20, unit: "km2", kind: "area" },
    ],
    [
      "لا تقل عن (feminine)",
      "وقضت المحكمة بسجنه مدة لا تقل عن خمس سنوات",
      { text: "لا تقل عن خمس سنوات", min: 5, unit: "year_duration" },
    ],
    [
      "لا تتعدى",
      "وأكدت الوزارة أن إعادة تأهيل الجسر ستتم بكلفة لا تتعدى مليون دولار",
      { text: "لا تتعدى مليون دولار", max: 1e6, unit: "usd", kind: "money" },
    ],
    ["كحد أقصى after", "وسيسمح الاتفاق بإجلاء 300 جريح كحد أقصى", { text: "300 جريح كحد أقصى", max: 300, unit: P }],
    ["بحد أدنى before", "ويشترط العقد تشغيل بحد أدنى 40 عاملا", { text: "بحد أدنى 40 عاملا", min: 40, unit: P }],
  ];
  it.each(cases)("%s", (_n, s, e) => check(s, e));

  it("what reached a figure states it: past tense, result clause, until-clause", () => {
    const values = (s: string) => parseQuantities(s).map((q) => [q.text, q.value, q.min, q.max]);
    expect(values("ووصل عدد القتلى إلى 85 بحسب الهلال الأحمر")).toEqual([["85", 85, undefined, undefined]]);
    expect(values("واستمر القصف ليصل عدد الضحايا إلى 85")).toEqual([["85", 85, undefined, undefined]]);
    expect(values("وتعهد بمواصلة القتال حتى يصل عدد المتطوعين إلى 100")).toEqual([["100", 100, undefined, undefined]]);
    // a verb of reaching with no figure after إلى is nothing
    expect(parseQuantities("ومن المنتظر أن يصل الوفد إلى القاهرة مساء اليوم")).toEqual([]);
  });

  it("حتى before a year, a date or a time of day is no bound", () => {
    const [y] = parseQuantities("وستبقى القوات في المدينة حتى 2030");
    expect([y!.text, y!.value, y!.kind]).toEqual(["2030", 2030, "year"]);
    const [z] = parseQuantities("ويمدد التفويض حتى عام 2027");
    expect([z!.text, z!.value, z!.kind]).toEqual(["عام 2027", 2027, "year"]);
    expect(parseQuantities("واستمر القصف حتى ساعة متأخرة من الليل")).toEqual([]);
    const [dl] = parseQuantities("ويستمر الحظر حتى 15 فبراير");
    expect([dl!.text, dl!.value, dl!.unit, dl!.kind]).toEqual(["15 فبراير", 15, "day_of_month", "date"]);
    expect(parseQuantities("وأغلقت المعابر حتى يوم الأحد")).toEqual([]);
  });

  it("ranges keep both ends", () => {
    const [r] = parseQuantities("تراوح عدد العالقين من 300 حتى 500 شخص");
    expect([r!.text, r!.min, r!.max]).toEqual(["من 300 حتى 500 شخص", 300, 500]);
  });
});

describe("parseQuantities: ranges", () => {
  const cases: Array<[string, string, Expect]> = [
    [
      "بين X وعشرة + a shared multiplier (خمسة وعشرة is no number)",
      "تراوحت التعويضات بين خمسة وعشرة ملايين دينار",
      { text: "بين خمسة وعشرة ملايين دينار", min: 5000000, max: 10000000, unit: "dinar", kind: "money" },
    ],
    [
      "ما بين … و… in words, each end with its multiplier (not their sum)",
      "يعتزم الجيش رفع عديده إلى ما بين ثمانية آلاف وعشرة آلاف جندي",
      { text: "ما بين ثمانية آلاف وعشرة آلاف جندي", min: 8000, max: 10000, unit: P },
    ],
    [
      "ما بين … و …",
      "لا يزال لديه ما بين 14 ألفا و 18 ألفا",
      { text: "ما بين 14 ألفا و 18 ألفا", min: 14000, max: 18000 },
    ],
    [
      "بين … و … sharing the multiplier",
      "بين 14 و18 ألف مقاتل",
      { text: "بين 14 و18 ألف مقاتل", min: 14000, max: 18000, unit: P },
    ],
    [
      "بين … إلى … in words",
      "ويقدر عددهم بين ستين إلى سبعين مقاتلا",
      { text: "بين ستين إلى سبعين مقاتلا", min: 60, max: 70, unit: P },
    ],
    ["dash", "قتل 60-70 مسلحا", { text: "60-70 مسلحا", min: 60, max: 70, unit: P }],
    ["من … إلى …", "تتراوح التقديرات من 50 إلى 80 قتيلا", { text: "من 50 إلى 80 قتيلا", min: 50, max: 80, unit: P }],
    ["أو between numbers", "أصيب ثلاثة أو أربعة جنود", { text: "ثلاثة أو أربعة جنود", min: 3, max: 4, unit: P }],
    ["span of years", "خلال الفترة 2011-2014", { text: "2011-2014", min: 2011, max: 2014, unit: "year", kind: "year" }],
  ];
  it.each(cases)("%s", (_n, s, e) => check(s, e));

  it("reads a change «من X إلى Y» as two figures, the first with the second's multiplier and unit", () => {
    const rose = parseQuantities("ارتفع عدد القتلى في الفيضانات من 50 إلى 80 قتيلا");
    expect(rose.map((q) => [q.text, q.value, q.min, q.max])).toEqual([
      ["50", 50, undefined, undefined],
      ["80 قتيلا", 80, undefined, undefined],
    ]);
    const loan = parseQuantities("قرر الصندوق زيادة قيمة القرض الممنوح للبلاد من 4 إلى 7 مليارات دولار");
    expect(loan.map((q) => [q.value, q.unit])).toEqual([
      [4e9, "usd"],
      [7e9, "usd"],
    ]);
    // without a word of change close before it, «من … إلى …» stays a range
    const range = parseQuantities("نقلت وكالات الأنباء عن مصادر متطابقة أن عدد الضحايا يقدر من 50 إلى 80 شخصا");
    expect(range.map((q) => [q.min, q.max])).toEqual([[50, 80]]);
  });
});

describe("parseQuantities: vague quantities", () => {
  const cases: Array<[string, string, Expect]> = [
    ["عشرات", "قتلت العشرات في اشتباكات", { text: "العشرات", vague: "dozens", min: 20, max: 99, unit: "person" }],
    [
      "مئات + people",
      "غادر مئات المدنيين القرية",
      { text: "مئات المدنيين", vague: "hundreds", min: 200, max: 999, unit: P },
    ],
    ["آلاف", "فر آلاف السكان", { text: "آلاف السكان", vague: "thousands", min: 2000, max: 9999, unit: P }],
    [
      "بضع مئات",
      "لم يبق سوى بضع مئات من المقاتلين",
      { text: "بضع مئات", vague: "few hundred", min: 300, max: 900, unit: P },
    ],
    ["عشرات الآلاف", "نزح عشرات الآلاف", { text: "عشرات الآلاف", vague: "tens of thousands", min: 20000, max: 99999 }],
    [
      "مئات الآلاف",
      "وصل مئات الآلاف من اللاجئين",
      { text: "مئات الآلاف", vague: "hundreds of thousands", min: 200000, max: 999999, unit: P },
    ],
    ["العديد", "قتلت العديد من المقاتلين", { text: "العديد", vague: "many", min: 3, unit: P }],
    ["عدة before a noun", "سيطر على عدة قرى", { text: "عدة قرى", vague: "several", min: 3, max: 9, unit: "village" }],
  ];
  it.each(cases)("%s", (_n, s, e) => check(s, e));
});

describe("parseQuantities: percentages", () => {
  const cases: Array<[string, string, Expect]> = [
    ["%", "ارتفعت الأسعار 30%", { text: "30%", value: 30, unit: "percent" }],
    ["٪", "بنسبة ١٥٪", { text: "بنسبة ١٥٪", value: 15, unit: "percent" }],
    ["في المئة", "تراجع بنسبة 12 في المئة", { text: "بنسبة 12 في المئة", value: 12, unit: "percent" }],
    ["في المائة", "انخفض 3.5 في المائة", { text: "3.5 في المائة", value: 3.5, unit: "percent" }],
    ["بالمئة", "بنسبة عشرين بالمئة", { text: "بنسبة عشرين بالمئة", value: 20, unit: "percent" }],
  ];
  it.each(cases)("%s", (_n, s, e) => check(s, e));
});

describe("parseQuantities: fractions of a whole are shares in percent", () => {
  const pct = "percent";
  const cases: Array<[string, string, Expect]> = [
    [
      "نصف + pronoun-suffixed whole + تقريبا",
      "وقالت الأمم المتحدة إن القتال شرد نصف سكانه تقريبا",
      { text: "نصف سكانه تقريبا", value: 50, unit: pct, approx: true, kind: "percent", subject: "سكان" },
    ],
    ["ثلث + definite whole", "ودمر القصف ثلث المنازل في الحي الشرقي", { text: "ثلث المنازل", value: 33.3, unit: pct }],
    ["ربع", "ويعاني ربع الأطفال من سوء تغذية حاد", { text: "ربع الأطفال", value: 25, unit: pct }],
    ["ثلثا (nominative)", "ونزح ثلثا السكان خلال أسبوعين", { text: "ثلثا السكان", value: 66.7, unit: pct }],
    ["ثلثي + construct", "وتسيطر القوات على ثلثي مساحة البلاد", { text: "ثلثي مساحة البلاد", value: 66.7, unit: pct }],
    [
      "numerator + plural denominator",
      "وغمرت المياه ثلاثة أرباع المساحة المزروعة",
      { text: "ثلاثة أرباع المساحة", value: 75, unit: pct },
    ],
    ["three fifths", "واعتقل ثلاثة أخماس أعضاء المجلس", { text: "ثلاثة أخماس أعضاء المجلس", value: 60, unit: pct }],
    [
      "خمس before a definite whole is a fifth",
      "وفقد خمس السكان مصادر رزقهم",
      { text: "خمس السكان", value: 20, unit: pct },
    ],
    ["خمس before a suffixed whole", "وفقد خمس سكانها منازلهم", { text: "خمس سكانها", value: 20, unit: pct }],
    [
      "a hedge before",
      "وعاد نحو نصف النازحين إلى منازلهم",
      { text: "نحو نصف النازحين", value: 50, unit: pct, approx: true },
    ],
    ["a bound before", "وقتل أكثر من ثلث المقاتلين", { text: "أكثر من ثلث المقاتلين", min: 33.3, unit: pct }],
    [
      "two construct complements",
      "وتضرر نصف سكان قطاع غزة",
      { text: "نصف سكان قطاع غزة", value: 50, unit: pct, subject: "سكان" },
    ],
    [
      "the count of a whole names it",
      "ويعيش نصف عدد السكان تحت خط الفقر",
      { text: "نصف عدد السكان", value: 50, unit: pct, subject: "سكان" },
    ],
    [
      "construct + تقريبا",
      "ويمثل النازحون ثلث سكان المحافظة تقريبا",
      { text: "ثلث سكان المحافظة تقريبا", value: 33.3, unit: pct, approx: true },
    ],
    ["a share of them", "ونزح نصفهم إلى الجنوب", { text: "نصفهم", value: 50, unit: pct }],
    ["a share of a distance", "وقطعت القافلة نصف المسافة", { text: "نصف المسافة", value: 50, unit: pct }],
  ];
  it.each(cases)("%s", (_n, s, e) => check(s, e));

  const scaled: Array<[string, string, Expect]> = [
    ["of a multiplier", "وفر قرابة نصف مليون شخص", { text: "قرابة نصف مليون شخص", value: 5e5, approx: true, unit: P }],
    [
      "three quarters of a million",
      "ويعيش ثلاثة أرباع مليون لاجئ",
      { text: "ثلاثة أرباع مليون لاجئ", value: 75e4, unit: P },
    ],
    [
      "of an hour, in minutes",
      "واستمر القصف ربع ساعة",
      { text: "ربع ساعة", value: 15, unit: "minute", kind: "duration" },
    ],
    ["of a year", "وسجن نصف عام", { text: "نصف عام", value: 0.5, unit: "year_duration" }],
    ["of a century, in years", "ويحكم البلاد منذ ربع قرن", { text: "ربع قرن", value: 25, unit: "year_duration" }],
    [
      "of a percent",
      "وارتفعت الأسعار بنحو نصف في المئة",
      { text: "بنحو نصف في المئة", value: 0.5, approx: true, unit: pct },
    ],
    ["one and a half", "وقضت ساعة ونصف في الانتظار", { text: "ساعة ونصف", value: 1.5, unit: "hour" }],
  ];
  it.each(scaled)("not a share: %s", (_n, s, e) => check(s, e));

  it("five, a sports round, geometry, periodicity are no shares", () => {
    const shares = (s: string) => parseQuantities(s).filter((q) => q.unit === "percent");
    expect(shares("ودمرت خمس قرى بالكامل")).toEqual([]);
    expect(parseQuantities("ودمرت خمس قرى بالكامل")[0]).toMatchObject({ value: 5, unit: "village" });
    expect(shares("وخلال خمس السنوات الماضية تضاعف العدد")).toEqual([]);
    expect(shares("وتأهل الفريق إلى الدور نصف النهائي")).toEqual([]);
    expect(shares("ويبلغ نصف قطر الدائرة كيلومترين")).toEqual([]);
    expect(shares("وتصدر المجلة تقريرا نصف سنوي")).toEqual([]);
    expect(shares("وسمعت الانفجارات قرابة نصف الليل")).toEqual([]);
    expect(shares("ونشرت صحيفة نصف رسمية الخبر")).toEqual([]);
  });

  it("a share after another figure is its own figure", () => {
    const qs = parseQuantities("قتل 20 شخصا ونصف السكان نزحوا");
    expect(qs.map((q) => [q.text, q.value, q.unit])).toEqual([
      ["20 شخصا", 20, P],
      ["نصف السكان", 50, "percent"],
    ]);
  });
});

describe("parseQuantities: units, years and durations", () => {
  const cases: Array<[string, string, Expect]> = [
    ["kilometres", "يبعد 40 كيلومترا عن الحدود", { text: "40 كيلومترا", value: 40, unit: "km", kind: "length" }],
    ["km abbreviation", "على بعد 15 كم من المدينة", { text: "15 كم", value: 15, unit: "km" }],
    [
      "miles converted",
      "تقدموا 10 أميال",
      { text: "10 أميال", value: 10, unit: "mile", normalized: { unit: "km", value: 16.09344 } },
    ],
    [
      "square kilometres",
      "تبلغ مساحته 50 كيلومترا مربعا",
      { text: "50 كيلومترا مربعا", value: 50, unit: "km2", kind: "area" },
    ],
    ["year with عام", "في ذروة نشاطه عام 2014", { text: "عام 2014", value: 2014, unit: "year", kind: "year" }],
    [
      "a decade of the last century",
      "شُيّد السد في سبعينيات القرن الماضي",
      { text: "سبعينيات القرن الماضي", min: 1970, max: 1979, unit: "year", kind: "year" },
    ],
    ["one or two of a unit", "قد تحتاج الفرق إلى يوم أو يومين", { text: "يوم أو يومين", min: 1, max: 2, unit: "day" }],
    [
      "a definite unit and its tens after the noun",
      "وسينخفض عدد المرضى خلال الساعات الأربع والعشرين المقبلة",
      { text: "الساعات الأربع والعشرين", value: 24, unit: "hour" },
    ],
    ["year with العام", "اندلعت الحرب في العام 2011", { text: "العام 2011", value: 2011, unit: "year" }],
    ["year after منذ", "يقاتل منذ 2011", { text: "2011", value: 2011, unit: "year" }],
    ["year after في", "توسع بشكل مفاجئ في 2014 وأعلن", { text: "2014", value: 2014, unit: "year" }],
    [
      "year span without عام",
      "حكم البلاد من 1979 إلى 2003 بقبضة حديدية",
      { text: "من 1979 إلى 2003", min: 1979, max: 2003, unit: "year", kind: "year" },
    ],
    [
      "year span with بين",
      "شهدت بين 2015 و2018 موجات نزوح",
      { text: "بين 2015 و2018", min: 2015, max: 2018, unit: "year" },
    ],
    [
      "a range of year-like numbers with a counted noun stays a count",
      "قتل ما بين 1950 و2000 شخص",
      { text: "ما بين 1950 و2000 شخص", min: 1950, max: 2000, unit: P },
    ],
    [
      "a range of year-like numbers with a currency stays money",
      "بيع الطن بين 1950 و2000 دولار",
      { text: "بين 1950 و2000 دولار", min: 1950, max: 2000, unit: "usd", kind: "money" },
    ],
    [
      "definite noun + definite number",
      "خلال الأيام العشرة الأخيرة",
      { text: "الأيام العشرة", value: 10, unit: "day" },
    ],
    [
      "a span of years with عامي",
      "بين عامي 2014 و2015",
      { text: "عامي 2014 و2015", min: 2014, max: 2015, unit: "year", kind: "year" },
    ],
    [
      "a span of years with عامي",
      "بين عامي 2014 و2015",
      { text: "عامي 2014 و2015", min: 2014, max: 2015, unit: "year", kind: "year" },
    ],
    ["year with its era letter", "تأسست الحركة 1987م", { text: "1987م", value: 1987, unit: "year", kind: "year" }],
    ["عام + year after a count", "قتل 2000 عام 2014", { text: "عام 2014", value: 2014, unit: "year" }],
    ["count before عام + year", "قتل 2000 عام 2014", { text: "2000", value: 2000, unit: "person" }],
    ["one of + definite unit noun", "قصفت الطائرات إحدى القرى", { text: "إحدى القرى", value: 1, unit: "village" }],
    ["days", "استمرت الهدنة 3 أيام", { text: "3 أيام", value: 3, unit: "day", kind: "duration" }],
    ["months in words", "منذ ستة أشهر", { text: "ستة أشهر", value: 6, unit: "month" }],
    ["years in words", "سجن عشرين عاما", { text: "عشرين عاما", value: 20, unit: "year_duration" }],
    ["half an hour", "توقف القصف نصف ساعة", { text: "نصف ساعة", value: 30, unit: "minute" }],
    ["for an hour", "انقطع الاتصال لمدة ساعة", { text: "ساعة", value: 1, unit: "hour" }],
    ["a few days", "بعد بضعة أيام", { text: "بضعة أيام", vague: "few", min: 3, max: 9, unit: "day" }],
    ["negative", "بلغت الحرارة سالب 5 درجات", { text: "سالب 5 درجات", value: -5, unit: "degree" }],
    [
      "digits added after a multiplier",
      "ارتفع عدد القتلى إلى 34 ألفا و183 شخصا",
      { text: "34 ألفا و183 شخصا", value: 34183, unit: "person" },
    ],
    [
      "digits added after آلاف, spaced",
      "أسرت القوات 3 آلاف و 250 مقاتلا",
      { text: "3 آلاف و 250 مقاتلا", value: 3250, unit: "person" },
    ],
    ["a second multiplied figure stays apart", "سقط 20 ألفا و5 آلاف جريح", { text: "20 ألفا", value: 20000 }],
    [
      "a year-like count before a counted noun",
      "ارتفعت الحصيلة إلى 2012 قتيلا و2059 جريحا",
      { text: "2012 قتيلا", value: 2012, unit: "person", kind: "count" },
    ],
    [
      "a year after إلى with no counted noun",
      "تأجلت الانتخابات إلى 2026 بقرار من المحكمة",
      { text: "2026", value: 2026, unit: "year" },
    ],
  ];
  it.each(cases)("%s", (_n, s, e) => check(s, e));
});

describe("parseQuantities: people said without a counted noun, ages, weights", () => {
  const cases: [string, string, Expect][] = [
    ["victims of a verb", "انفجار ثان يقتل 20 ويصيب 450 في الجنوب", { text: "20", value: 20, unit: "person" }],
    ["second victims of a verb", "قتل 9 وأصاب 300 في البقاع", { text: "9", value: 9, unit: "person" }],
    ["one of the group", "سقط 5 قتلى بينهم امرأة في القصف", { text: "بينهم امرأة", value: 1, unit: "person" }],
    [
      "an age after a person",
      "بين الضحايا فتاة في العاشرة",
      { text: "فتاة في العاشرة", value: 10, unit: "year_duration" },
    ],
    [
      "a compound age with its tail",
      "توفي رجل في الخامسة والأربعين من عمره",
      { text: "رجل في الخامسة والأربعين من عمره", value: 45, unit: "year_duration" },
    ],
    ["a teen age", "أصيب صبي في الثالثة عشرة", { text: "صبي في الثالثة عشرة", value: 13, unit: "year_duration" }],
    [
      "one to two of a unit",
      "وضعت بين أونصة وأونصتين من المادة",
      { text: "بين أونصة وأونصتين", min: 1, max: 2, unit: "ounce" },
    ],
    ["grams", "حمل كل جهاز ما يصل إلى 3 غرامات", { text: "ما يصل إلى 3 غرامات", max: 3, unit: "g" }],
    ["half an hour in minutes", "وصلوا بعد نصف ساعة", { text: "نصف ساعة", value: 30, unit: "minute" }],
    // «في غضون»/«خلال» + a time: annotators read it as the time itself more often than as a ceiling
    ["within a time: the time itself", "وصلوا في غضون 30 دقيقة", { text: "30 دقيقة", value: 30, unit: "minute" }],
    ["during 72 hours: the span itself", "عثر عليها خلال 72 ساعة", { text: "72 ساعة", value: 72, unit: "hour" }],
  ];
  it.each(cases)("%s", (_n, s, e) => check(s, e));

  it("leaves plurals after «بينهم», a clock after «في», and a plain «في» phrase alone", () => {
    expect(parseQuantities("قتل 7 بينهم أطفال").map((q) => q.text)).toEqual(["7"]);
    expect(parseQuantities("بدأ الاجتماع في الثامنة مساء").map((q) => q.unit)).toEqual(["hour_of_day"]);
    expect(parseQuantities("وصل طفل في الثامنة مساء إلى المستشفى").map((q) => q.unit)).toEqual(["hour_of_day"]);
    expect(parseQuantities("الطالب في الجامعة منذ سنوات")).toEqual([]);
  });
});

describe("parseQuantities: ranks (indefinite ordinal + noun or superlative)", () => {
  const rank = { unit: "rank", kind: "ordinal" } as const;
  const cases: Array<[string, string, Expect]> = [
    [
      "ordinal + noun",
      "ويعد مطار المدينة خامس مقر عسكري كبير يسقط في يد المتمردين منذ بداية الحرب",
      { text: "خامس مقر", value: 5, ...rank, subject: "مقر" },
    ],
    ["ordinal + superlative + noun", "وتعد المدينة ثاني أكبر مدن البلاد", { text: "ثاني أكبر مدن", value: 2, ...rank }],
    [
      "feminine ordinal + feminine superlative",
      "وسيطرت القوات على الفاشر، ثانية كبرى مدن الإقليم",
      { text: "ثانية كبرى مدن", value: 2, ...rank },
    ],
    ["ordinal + event noun", "وهذا ثالث هجوم يستهدف المدينة خلال أسبوع", { text: "ثالث هجوم", value: 3, ...rank }],
    [
      "feminine ordinal + feminine noun",
      "وأصبحت رابعة مدينة تفقد الكهرباء",
      { text: "رابعة مدينة", value: 4, ...rank },
    ],
    ["with a proclitic, left out", "وانضمت كسابع دولة تعترف بالحكومة", { text: "سابع دولة", value: 7, ...rank }],
  ];
  it.each(cases)("%s", (_n, s, e) => check(s, e));

  it("positions, dates, names, times and the unit «second» are no ranks", () => {
    const ranks = (s: string) => parseQuantities(s).filter((q) => q.unit === "rank");
    expect(ranks("وهو الهجوم الأول من نوعه منذ أشهر")).toEqual([]);
    expect(ranks("ووقع الانفجار في الخامس من يونيو")).toEqual([]);
    expect(ranks("وتكرر ذلك للمرة الثانية")).toEqual([]);
    expect(ranks("وزار المنطقة لأول مرة")).toEqual([]);
    expect(ranks("وقال الشيخ تميم بن حمد آل ثاني أمير قطر")).toEqual([]);
    expect(ranks("وبدأ القصف في تشرين ثاني الماضي")).toEqual([]);
    expect(ranks("وحدث ذلك في ثالث أيام العيد")).toEqual([]);
    expect(ranks("وارتفعت انبعاثات ثاني أكسيد الكربون")).toEqual([]);
    expect(ranks("وقال إن دخول طرف ثالث يعقد المشهد")).toEqual([]);
    expect(ranks("ولم يستغرق الأمر ثانية واحدة")).toEqual([]);
    const [s] = parseQuantities("وتوقف القصف 30 ثانية فقط");
    expect([s!.value, s!.unit]).toEqual([30, "second"]);
  });
});

describe("parseQuantities: eleven with a conjunction, phrases after a figure", () => {
  it("وإحدى عشرة is eleven", () => {
    const [q] = parseQuantities("واستغرقت عملية الإنقاذ وإحدى عشرة دقيقة أخرى");
    expect([q!.text, q!.value, q!.unit]).toEqual(["إحدى عشرة دقيقة", 11, "minute"]);
  });

  it("digits right after a definite ordinal are a figure; cubic metres are a volume", () => {
    const q = parseQuantities("ويتسع الخزان الثاني 1.5 مليون متر مكعب").find((x) => x.unit !== "position");
    expect([q!.text, q!.value, q!.unit, q!.kind]).toEqual(["1.5 مليون متر مكعب", 1.5e6, "m3", "other"]);
  });

  it("a clock time is one label of the day, minutes and part of the day included, and no tail of it is a figure", () => {
    const at = (s: string) => parseQuantities(s).map((q) => [q.text, q.value, q.unit, q.kind, q.approx]);
    expect(at("وانتهت المهلة عند الساعة التاسعة وإحدى عشرة دقيقة")).toEqual([
      ["الساعة التاسعة وإحدى عشرة دقيقة", 9.1833, "hour_of_day", "date", false],
    ]);
    expect(at("ووقع الزلزال عند الساعة الحادية عشرة وخمس دقائق ليلا")).toEqual([
      ["الساعة الحادية عشرة وخمس دقائق ليلا", 23.0833, "hour_of_day", "date", false],
    ]);
    expect(at("ووقع الانفجار قرابة الساعة الرابعة والربع عصراً")).toEqual([
      ["قرابة الساعة الرابعة والربع عصراً", 16.25, "hour_of_day", "date", true],
    ]);
    expect(at("وورد البلاغ الأول عند السادسة صباحا")).toEqual([["السادسة صباحا", 6, "hour_of_day", "date", false]]);
    // (a round is a position in its sequence, not a time of day)
    expect(at("وبدأت الجولة الثالثة من المفاوضات")).toEqual([["الجولة الثالثة", 3, "position", "ordinal", false]]);
  });

  it("a span of the day is one figure from its first hour to its last, unless it runs past midnight", () => {
    const at = (s: string) => parseQuantities(s).map((q) => [q.text, q.value, q.min, q.max, q.unit]);
    expect(at("وتفتح المعابر أمام الشاحنات بين الثامنة صباحا والرابعة عصرا")).toEqual([
      ["بين الثامنة صباحا والرابعة عصرا", undefined, 8, 16, "hour_of_day"],
    ]);
    expect(at("ويسري حظر التجول من الساعة 06:00 حتى 18:30")).toEqual([
      ["من الساعة 06:00 حتى 18:30", undefined, 6, 18.5, "hour_of_day"],
    ]);
    expect(at("ويمنع الصيد بين العاشرة ليلا والخامسة من فجر اليوم التالي")).toEqual([
      ["العاشرة ليلا", 22, undefined, undefined, "hour_of_day"],
      ["الخامسة من فجر", 5, undefined, undefined, "hour_of_day"],
    ]);
  });

  it("reads the wires' hours and minutes with a comma as a time only with «الساعة», a part of the day or Greenwich", () => {
    const at = (s: string) => parseQuantities(s).map((q) => [q.text, q.value, q.unit]);
    expect(at("وقع الانفجار عند الساعة 17,30 ت غ السبت")).toEqual([["الساعة 17,30 ت غ", 17.5, "hour_of_day"]]);
    expect(at("وأغلقت مكاتب الاقتراع (19,00 ت غ)")).toEqual([["19,00 ت غ", 19, "hour_of_day"]]);
    expect(at("ووصل الوفد في 9,30 صباحا")).toEqual([["9,30 صباحا", 9.5, "hour_of_day"]]);
    // (and Greenwich goes with a time written with a colon too)
    expect(at("ووقع الانفجار عند 17:30 ت غ")).toEqual([["17:30 ت غ", 17.5, "hour_of_day"]]);
    // (a decimal with no such word stays a number)
    expect(at("وبلغت الإيرادات 17,30 مليار دولار")).toEqual([["17,30 مليار دولار", 17.3e9, "usd"]]);
  });

  it("reads minutes in digits, an hour with its half, hours and minutes run together before Greenwich", () => {
    const at = (s: string) => parseQuantities(s).map((q) => [q.text, q.value, q.unit]);
    expect(at("اندلع الحريق في الساعة الثامنة و57 دقيقة صباحا")).toEqual([
      ["الساعة الثامنة و57 دقيقة صباحا", 8.95, "hour_of_day"],
    ]);
    // (an hour with its half or quarter needs no «الساعة» nor a part of the day)
    expect(at("ووصلت أول سيارة إسعاف نحو الثامنة والنصف")).toEqual([["نحو الثامنة والنصف", 8.5, "hour_of_day"]]);
    expect(at("قبل التاسعة صباحا بقليل (0700 بتوقيت جرينتش)")).toEqual([
      ["التاسعة صباحا", 9, "hour_of_day"],
      ["0700 بتوقيت جرينتش", 7, "hour_of_day"],
    ]);
    // (four digits with no zone after them stay a number)
    expect(at("وأنتج المصنع 1500 طن")).toEqual([["1500 طن", 1500, "tonne"]]);
  });

  it("adds a half after a unit of length as after a unit of time", () => {
    const at = (s: string) => parseQuantities(s).map((q) => [q.text, q.value ?? q.min, q.unit]);
    expect(at("على بعد أكثر من كيلومتر ونصف")).toEqual([["أكثر من كيلومتر ونصف", 1.5, "km"]]);
    expect(at("على بعد ثلاثة كيلومترات ونصف")).toEqual([["ثلاثة كيلومترات ونصف", 3.5, "km"]]);
  });

  it("«وعدد» and a passive of wounding after a bare number open the next figure", () => {
    const at = (s: string) => parseQuantities(s).map((q) => [q.text, q.value, q.unit ?? null]);
    expect(at("ارتفع عدد القتلى إلى 51 وعدد الجرحى إلى 20")).toEqual([
      ["51", 51, null],
      ["20", 20, null],
    ]);
    expect(at("قتل 51 وأصيب 20")).toEqual([
      ["51", 51, "person"],
      ["20", 20, "person"],
    ]);
  });

  it("a prepositional phrase or «مقابل» after a figure is not what it counts", () => {
    const [a] = parseQuantities("وقتل 40 بالرصاص الحي");
    expect([a!.text, a!.subject]).toEqual(["40", undefined]);
    const [b] = parseQuantities("ونقل 150 للمستشفيات الميدانية");
    expect([b!.text, b!.subject]).toEqual(["150", undefined]);
    const [c] = parseQuantities("وبلغ العجز 24 ملياراً مقابل 11 ملياراً قبل عام");
    expect([c!.text, c!.subject]).toEqual(["24 ملياراً", undefined]);
    const [d] = parseQuantities("ويعبر الحدود نحو 3 آلاف يوميا");
    expect([d!.text, d!.subject]).toEqual(["نحو 3 آلاف", undefined]);
  });

  it("a lone «واحدة» after its noun is one of the noun, and opens no range", () => {
    const qs = parseQuantities("رفع البنك الفائدة بنقطة مئوية واحدة إلى 19.5 بالمئة");
    expect(qs.map((q) => [q.text, q.value, q.min, q.max])).toEqual([
      ["مئوية واحدة", 1, undefined, undefined],
      ["19.5 بالمئة", 19.5, undefined, undefined],
    ]);
    const [r] = parseQuantities("وتستمر الهدنة من واحد إلى ثلاثة أيام");
    expect([r!.min, r!.max, r!.unit]).toEqual([1, 3, "day"]);
  });
});

describe("parseQuantities: dates, digit times, one of a unit, bounds by a barrier", () => {
  const fig = (s: string) => parseQuantities(s).map((q) => [q.text, q.value, q.min, q.max, q.unit, q.approx]);
  it("a day of a month is a date figure (its other name included), its year a figure of its own", () => {
    expect(fig("تجري الجولة في 28 يونيو")).toEqual([["28 يونيو", 28, undefined, undefined, "day_of_month", false]]);
    expect(fig("منذ 25 نيسان/أبريل 2021")).toEqual([
      ["25 نيسان/أبريل", 25, undefined, undefined, "day_of_month", false],
      ["2021", 2021, undefined, undefined, "year", false],
    ]);
    expect(fig("اتفق الأعضاء في 5 أكتوبر (تشرين الأول) 2022 على الخفض").map((q) => [q[0], q[4]])).toEqual([
      ["5 أكتوبر (تشرين الأول)", "day_of_month"],
      ["2022", "year"],
    ]);
  });
  it("two days of one month after من/بين are a range; two full dates are two figures", () => {
    expect(fig("تستمر الحملة من 12 إلى 27 يونيو")).toEqual([
      ["من 12 إلى 27 يونيو", undefined, 12, 27, "day_of_month", false],
    ]);
    expect(fig("بين 5 و9 أيلول")).toEqual([["بين 5 و9 أيلول", undefined, 5, 9, "day_of_month", false]]);
    expect(fig("يفتح التسجيل من 30 مايو إلى 3 يونيو").map((q) => q[1])).toEqual([30, 3]);
  });
  it("never counts a word of place after a figure («450 داخل المستشفى»، «20 خارج المدينة»)", () => {
    expect(fig("وتصفية أكثر من 450 داخل المستشفى")[0]?.[0]).toBe("أكثر من 450");
    expect(fig("قتل 20 خارج المدينة")[0]?.[0]).toBe("20");
  });
  it("two days of one month joined by و or a dash are a range of days without من/بين too", () => {
    expect(fig("هطلت الأمطار يومي 7 و8 مارس")).toEqual([["7 و8 مارس", undefined, 7, 8, "day_of_month", false]]);
    expect(fig("في 7-9 مارس")).toEqual([["7-9 مارس", undefined, 7, 9, "day_of_month", false]]);
    // two counts stay counts: only a month after the second day makes them days
    expect(fig("سجلت 12 و13 حالة").map((q) => q[1])).toEqual([12, 13]);
  });
  it("a whole hour after «الساعة» needs no minutes («نحو الساعة 11»، «قرابة الساعة 11,00»)", () => {
    expect(fig("وقع الزلزال نحو الساعة 11 صباحا")).toEqual([
      ["نحو الساعة 11 صباحا", 11, undefined, undefined, "hour_of_day", true],
    ]);
    expect(fig("قرابة الساعة 11,00 بالتوقيت المحلي")[0]?.slice(1)).toEqual([
      11,
      undefined,
      undefined,
      "hour_of_day",
      true,
    ]);
    expect(fig("في الساعة 3 عصرا")[0]?.[1]).toBe(15);
    // (hours counted back are no time of day)
    expect(fig("خلال الساعة 24 الماضية")[0]?.[4]).not.toBe("hour_of_day");
  });
  it("a time in digits is a time of day, with its part of the day", () => {
    expect(fig("عند الساعة 10:30 صباحا")).toEqual([
      ["الساعة 10:30 صباحا", 10.5, undefined, undefined, "hour_of_day", false],
    ]);
    expect(fig("هبطت الطائرة عند 00:45")[0]?.[1]).toBe(0.75);
    expect(fig("الساعة 1:15 بعد الظهر")[0]?.[1]).toBe(13.25);
    expect(fig("نحو الساعة الثالثة بعد الظهر")[0]?.slice(1)).toEqual([15, undefined, undefined, "hour_of_day", true]);
    expect(fig("قرابة منتصف الليل")).toEqual([["قرابة منتصف الليل", 0, undefined, undefined, "hour_of_day", true]]);
  });
  it("a singular unit of time after خلال/بعد/منذ/في غضون is one of it; centuries and decades are stated in years", () => {
    expect(fig("وعد بإعلان النتائج خلال أسبوع")).toEqual([["أسبوع", 1, undefined, undefined, "week", false]]);
    expect(fig("وعد بإعلان النتائج في غضون أسبوع")).toEqual([["أسبوع", 1, undefined, undefined, "week", false]]);
    expect(fig("وعد بإعلان النتائج في غضون عام 2024").map((x) => x[0])).toEqual(["عام 2024"]);
    expect(fig("وعد بإعلان النتائج بعد أسبوع")).toEqual([["أسبوع", 1, undefined, undefined, "week", false]]);
    expect(fig("انقطع الاتصال بعد دقيقة من الإقلاع")[0]?.[1]).toBe(1);
    expect(fig("أعنف هزة منذ قرن")).toEqual([["قرن", 100, undefined, undefined, "year_duration", false]]);
    expect(fig("منذ أكثر من ستة عقود")[0]?.slice(1, 5)).toEqual([undefined, 60, undefined, "year_duration"]);
  });
  it("«واحد» after its noun is one of the noun, not of the word after it", () => {
    expect(fig("أسفر عن وفاة مريض واحد وإصابة آخرين")[0]?.slice(0, 2)).toEqual(["مريض واحد", 1]);
    expect(fig("دامت ساعة واحدة")[0]?.slice(0, 2)).toEqual(["ساعة واحدة", 1]);
  });
  it("a head count with a dot before three digits is in thousands, and «المصوتين» is voters, not two", () => {
    expect(fig("بعد أن صوّت (20.527) ناخباً من أصل (26.538) ناخباً").map((x) => x[1])).toEqual([20527, 26538]);
    expect(fig("قتل 1.500 شخص")[0]?.[1]).toBe(1500);
    // (a price keeps its decimal point)
    expect(fig("بلغ السعر 1.500 جنيه")[0]?.[1]).toBe(1.5);
    expect(fig("بلغ عدد المصوتين 10 ملايين").map((x) => x[0])).toEqual(["10 ملايين"]);
  });
  it("«بينها» after a figure is no counted noun («102 ألف و831 بينها 2561 وفاة»)", () => {
    expect(fig("ارتفع عدد الإصابات إلى 102 ألف و831 بينها 2561 وفاة").map((x) => x[0])).toEqual([
      "102 ألف و831",
      "2561 وفاة",
    ]);
  });
  it("nights are days, and «لليلة واحدة» (overnight, a rate's name) is no figure", () => {
    expect(fig("أمضى الناجون ليلة واحدة في العراء")).toEqual([["ليلة واحدة", 1, undefined, undefined, "day", false]]);
    expect(fig("بقوا ثلاث ليال بلا مأوى")[0]?.slice(0, 2)).toEqual(["ثلاث ليال", 3]);
    expect(fig("ليصل سعر عائد الإيداع لليلة واحدة إلى 21%").map((x) => x[0])).toEqual(["21%"]);
  });
  it("two units joined by و are the ends of a range, never a sum", () => {
    expect(fig("بين ثلاثة وخمسة مليارات دولار")[0]?.slice(1, 5)).toEqual([undefined, 3e9, 5e9, "usd"]);
    expect(fig("ما بين خمس وسبع دقائق")[0]?.slice(1, 4)).toEqual([undefined, 5, 7]);
    expect(fig("قتل خمسة وعشرون شخصا")[0]?.[1]).toBe(25);
  });
  it("a definite teen, and bounds through a barrier or a participle", () => {
    expect(fig("اجتمع الأعضاء الأربعة عشر")[0]?.[1]).toBe(14);
    expect(fig("بعد أن تخطى حاجز الخمسين")[0]?.slice(1, 3)).toEqual([undefined, 50]);
    expect(fig("ارتفع متجاوزاً 86 دولاراً")[0]?.slice(1, 3)).toEqual([undefined, 86]);
    expect(fig("منح مهلة أقصاها 50 يوما")[0]?.slice(1, 4)).toEqual([undefined, undefined, 50]);
    expect(fig("ما يزيد قليلا على مليون ناخب")[0]?.slice(1, 3)).toEqual([undefined, 1e6]);
    expect(
      fig("ساكنة تناهز 4,2 ملايين نسمة")[0]?.slice(1, 2).concat(fig("ساكنة تناهز 4,2 ملايين نسمة")[0]?.[5]),
    ).toEqual([4.2e6, true]);
  });
  it("patients, passengers and survivors are people", () => {
    expect(fig("أنقذت فرقها أكثر من 200 من المرضى")[0]?.slice(2, 5)).toEqual([200, undefined, "person"]);
    expect(fig("كان على متنها 66 راكبا")[0]?.[4]).toBe("person");
  });
  it("a conjunction before a figure is not part of it", () => {
    expect(fig("التقى الوزير وسبعة من ذوي الضحايا")[0]?.[0]).toBe("سبعة");
  });
  it("a range whose ends each name their unit or counted noun", () => {
    expect(fig("بأحكام تتراوح بين 4 أعوام و66 عاماً")[0]?.slice(0, 5)).toEqual([
      "بين 4 أعوام و66 عاماً",
      undefined,
      4,
      66,
      "year_duration",
    ]);
    expect(fig("ما بين 500 مهاجر و700 مهاجر")[0]?.slice(2, 5)).toEqual([500, 700, "person"]);
    // (not two units: «بين 5 أشخاص و10 سيارات» are two figures)
    expect(fig("بين 5 أشخاص و10 سيارات")).toHaveLength(2);
  });
  it("digits written with the article after a definite noun count that noun, not the word after", () => {
    expect(fig("وأوضح أن أفراد الطاقم الـ19 بخير")[0]?.slice(0, 2)).toEqual(["الطاقم الـ19", 19]);
    expect(fig("المعتقلين الـ15 أفرج عنهم")[0]?.[4]).toBe("person");
    expect(fig("خلال الساعات الـ48 الماضية")[0]?.[4]).toBe("hour");
  });
  it("fighter jets («مقاتلات») are no people; fighters are", () => {
    expect(fig("شاركت عشر مقاتلات في الغارة")[0]?.[4]).toBeUndefined();
    expect(fig("قتل عشرة مقاتلين في الغارة")[0]?.[4]).toBe("person");
  });
  it("an ordinal in construct before a unit of time counts that many of it", () => {
    expect(fig("تعرضت المدينة للقصف في ثالث يوم على التوالي")[0]?.slice(0, 2)).toEqual(["ثالث يوم", 3]);
    expect(fig("استمر الإضراب لرابع أسبوع")[0]?.slice(0, 2)).toEqual(["رابع أسبوع", 4]);
    expect(fig("ثاني أكبر مدينة في البلاد")[0]?.[1]).toBe(2);
  });
  it("nor is a preposition glued to a number word, after a conjunction or not", () => {
    expect(fig("انقطع الاتصال بثلاثة من عناصر الحماية")[0]?.[0]).toBe("ثلاثة");
    expect(fig("مدد الحظر لخمسة أيام")[0]?.[0]).toBe("خمسة أيام");
    expect(fig("واتصل وبأربعة من المسؤولين")[0]?.[0]).toBe("أربعة");
    expect(fig("يقدر بنحو 600 مقاتل")[0]?.[1]).toBe(600);
  });
});

describe("parseQuantities: what is not a figure", () => {
  const none: Array<[string, string]> = [
    ["weekday الاثنين", "وصل الوفد اليوم الاثنين"],
    ["weekday الأحد", "قال صباح يوم الأحد إن"],
    ["numeric date", "بتاريخ 15/2/2019"],
    ["day of the current month", "في الـ15 من الشهر الجاري"],
    ["a score, not a time", "انتهت المباراة بنتيجة 2:1"],
    ["a Hijri month after a unit of time", "قبل شهر رمضان بأيام"],
    ["a unit of time in construct", "بعد يوم الانتخابات"],
    ["IP address", "العنوان 192.168.1.2"],
    ["number glued to Latin", "صاروخ 3M14"],
    ["plain words", "قالت الأمم المتحدة إن التنظيم خسر أراضيه"],
    ["question word كم", "كم عدد المقاتلين؟"],
    ["a television channel's number", "وذكرت القناة 12 العبرية أن الضربة فشلت"],
    ["a model hyphened onto its letters", "شاركت مقاتلات من طراز إف-35 وطائرات ميغ-29"],
  ];
  it.each(none)("%s", (_n, s) => {
    expect(parseQuantities(s).filter((q) => q.kind !== "year")).toEqual([]);
  });

  it("does not throw and returns [] on odd input", () => {
    expect(parseQuantities("")).toEqual([]);
    expect(parseQuantities("%%% --- ... ,,,")).toEqual([]);
    expect(parseQuantities("9".repeat(400))).toEqual([]);
  });
});

describe("parseQuantities: windows and offsets", () => {
  it("parses text[from, to) with spans into the whole text", () => {
    const text = "قتل 5 أشخاص. وأصيب 12 آخرون.";
    const from = text.indexOf("وأصيب");
    const qs = parseQuantities(text, from);
    expect(qs).toHaveLength(1);
    expect(text.slice(qs[0]!.start, qs[0]!.end)).toBe("12");
    expect(qs[0]!.value).toBe(12);
  });

  it("keeps diacritics and tatweel inside the span", () => {
    const text = "قُتِلَ نـحـو ٦٠٠ جهاديٍّ";
    const [q] = parseQuantities(text);
    expect(q!.text).toBe("نـحـو ٦٠٠ جهاديٍّ");
    expect(q!.value).toBe(600);
    expect(q!.approx).toBe(true);
  });
});

describe("parseQuantities: numbers that name", () => {
  it("digits after a designating noun (brigade, resolution, article, flight, floor) count nothing", () => {
    const found = (s: string) => parseQuantities(s).map((q) => q.text);
    expect(found("وأعلنت الكتيبة 77 أسر عدد من المسلحين")).toEqual([]);
    expect(found("وطالب بتطبيق القرار 1701 كاملا")).toEqual([]);
    expect(found("استنادا إلى المادة 80 من الدستور")).toEqual([]);
    expect(found("واختفت الرحلة 9268 وعلى متنها 224 راكبا")).toEqual(["224 راكبا"]);
    expect(found("واندلع الحريق في الطابق 4 وأصيب 7 أشخاص")).toEqual(["7 أشخاص"]);
    // (unless people are counted right after the number: a trip of thirty pupils)
    expect(found("وضمّت الرحلة 30 طالباً وطالبة ترافقهم معلمتان")).toEqual(["30 طالباً", "معلمتان"]);
    // an aircraft's maker or model names its type
    expect(found("وتحطمت الطائرة، وهي من طراز بوينغ 787، وعلى متنها 242 شخصا")).toEqual(["242 شخصا"]);
    expect(found("طائرة من طراز إيرباص 320 تقل 150 راكبا")).toEqual(["150 راكبا"]);
    // a count of the designating noun itself is still a count
    expect(found("صدرت بحقه 3 قرارات")).toEqual(["3 قرارات"]);
  });
});

describe("parseQuantities: for the Nth unit of time in a row", () => {
  it("reads «لليوم السابع» as a duration of seven days, and «لليوم الأول» as none", () => {
    const days = parseQuantities("وتواصل طواقم الدفاع المدني البحث تحت الأنقاض لليوم السابع على التوالي");
    expect(days.map((q) => [q.text, q.value, q.unit, q.kind])).toEqual([["لليوم السابع", 7, "day", "duration"]]);
    const weeks = parseQuantities("ويضرب المعلمون عن العمل للأسبوع الرابع");
    expect(weeks.map((q) => [q.value, q.unit])).toEqual([[4, "week"]]);
    expect(parseQuantities("دخلت الهدنة حيز التنفيذ لليوم الأول")).toEqual([]);
    // (a day numbered in its sequence, not a span: a position)
    expect(parseQuantities("في اليوم الثالث للمعارك").map((q) => [q.text, q.value, q.unit])).toEqual([
      ["اليوم الثالث", 3, "position"],
    ]);
  });
});

describe("parseQuantities: bounds after what is counted, one or two of a unit, zoned times", () => {
  it("reads «على الأقل» after «من» and the group counted", () => {
    const [q] = parseQuantities("وأكدت السفارة أن 40 من رعاياها على الأقل فقدوا");
    expect([q!.text, q!.min, q!.value]).toEqual(["40 من رعاياها على الأقل", 40, undefined]);
  });
  it("reads «خلال يوم أو يومين» as one to two days", () => {
    const [q] = parseQuantities("ويتوقع أن تعود الكهرباء خلال ساعة أو ساعتين");
    expect([q!.text, q!.min, q!.max, q!.unit]).toEqual(["ساعة أو ساعتين", 1, 2, "hour"]);
  });
  it("reads a bare digit time before a time zone, and a lone feminine two", () => {
    const [t] = parseQuantities("وسجلت الهزة (22:40 بتوقيت غرينتش)");
    expect([t!.text, t!.value, t!.unit]).toEqual(["22:40 بتوقيت غرينتش", 22.6667, "hour_of_day"]);
    expect(parseQuantities("فاز الفريق 3:1 في المباراة")).toEqual([]);
    const [two] = parseQuantities("أقلعت ثلاث طائرات عادت اثنتان منها");
    expect(two?.text === "اثنتان" ? two.value : parseQuantities("عادت اثنتان منها")[0]?.value).toBe(2);
  });
});

describe("parseQuantities: multiples", () => {
  it("reads «أضعاف» and «ضعفين» as times, like «مرات»", () => {
    const [six] = parseQuantities("وتعادل الطلبات نحو ستة أضعاف قيمة الأسهم المعروضة");
    expect([six!.text, six!.value, six!.approx, six!.unit]).toEqual(["نحو ستة أضعاف", 6, true, "time"]);
    const [two] = parseQuantities("وارتفعت الأسعار ضعفين خلال عام");
    expect([two!.value, two!.unit]).toEqual([2, "time"]);
  });
});

describe("parseQuantities: plural and future verbs of exceeding", () => {
  it("reads «تجاوزوا الخمسين»، «سيتجاوز الألف» and «يتخطون 130 ألفاً» as floors", () => {
    const [fifty] = parseQuantities("وبين المفرج عنهم رجال تجاوزوا الخمسين");
    expect([fifty!.min, fifty!.value]).toEqual([50, undefined]);
    const [thousand] = parseQuantities("وقال إن عدد المعتقلين سيتجاوز الألف");
    expect(thousand!.min).toBe(1000);
    const [arrivals] = parseQuantities("والواصلون إلى البلاد يتخطون 130 ألفاً");
    expect(arrivals!.min).toBe(130000);
  });
});

describe("parseQuantities: «more than» under a negation", () => {
  it("reads «لا يتسع لأكثر من 800» and «ليس أكثر من 20» as ceilings, and a plain «أكثر من» as a floor", () => {
    const [room] = parseQuantities("والمركز لا يتسع لأكثر من 800 شخص في الوقت نفسه");
    expect([room!.max, room!.min]).toEqual([800, undefined]);
    const [few] = parseQuantities("وكان عدد الحضور ليس أكثر من 20 شخصا");
    expect(few!.max).toBe(20);
    const [many] = parseQuantities("وقتل أكثر من 20 شخصا في القصف");
    expect([many!.min, many!.max]).toEqual([20, undefined]);
  });
});

describe("parseQuantities: a half after a number of units of time", () => {
  it("reads «تسعة أشهر ونصف» as 9.5 months and «ثلاث ساعات ونصف» as 3.5 hours", () => {
    const [months] = parseQuantities("وهو موقوف منذ نحو تسعة أشهر ونصف");
    expect([months!.value, months!.unit, months!.approx]).toEqual([9.5, "month", true]);
    const [hours] = parseQuantities("واستمرت الجلسة ثلاث ساعات ونصف");
    expect([hours!.value, hours!.unit]).toEqual([3.5, "hour"]);
  });
});

describe("parseQuantities: a bound after the counted noun's adjective", () => {
  it("reads «60 ألف بيت متنقل على الأقل» as at least 60,000", () => {
    const [homes] = parseQuantities("وتشمل الخطة إدخال 60 ألف بيت متنقل على الأقل إلى القطاع");
    expect([homes!.min, homes!.value]).toEqual([60000, undefined]);
    const [civilians] = parseQuantities("وأصيب 30 مدنيا فلسطينيا على الأقل");
    expect(civilians!.min).toBe(30);
  });
});

describe("parseQuantities: counted people as the subject of exceeding, and «فما فوق»", () => {
  it("reads «مع تجاوز الإصابات 6900» as a floor and «18 عاماً فما فوق» as 18 and above", () => {
    const [cases] = parseQuantities("وصلت شحنة اللقاحات مع تجاوز الإصابات 6900");
    expect([cases!.min, cases!.value]).toEqual([6900, undefined]);
    const [age] = parseQuantities("ويشمل التطعيم البالغين من 18 عاماً فما فوق");
    expect([age!.min, age!.value]).toEqual([18, undefined]);
  });
});

describe("parseQuantities: the article written apart before a number", () => {
  it("reads «أكثر من الـ100»، «تجاوز الـ 50»، «ما دون الـ100» as bounds", () => {
    expect(parseQuantities("قتل أكثر من الـ 100 شخص")[0]).toMatchObject({ min: 100, unit: "person" });
    expect(parseQuantities("وصلت قراءات الميزان إلى ما يتجاوز الـ50 درجة")[0]).toMatchObject({ min: 50 });
    expect(parseQuantities("هبط السعر إلى ما دون الـ70 دولاراً")[0]).toMatchObject({ max: 70, unit: "usd" });
  });
});

describe("parseQuantities: basis points and percentage points", () => {
  it("reads «نقطة أساس» and «نقطة مئوية» as a rate's change, and «نقطة» alone as a counted noun", () => {
    expect(parseQuantities("رفع البنك الفائدة 150 نقطة أساس")[0]).toMatchObject({
      text: "150 نقطة أساس",
      value: 150,
      unit: "basis_point",
    });
    expect(parseQuantities("تراجعت البطالة 3 نقاط مئوية")[0]).toMatchObject({ value: 3, unit: "percentage_point" });
    expect(parseQuantities("أقامت الشرطة 12 نقطة تفتيش")[0]).toMatchObject({ value: 12, subject: "نقط" });
  });
});

describe("parseQuantities: rain, heat, votes and ages by decade", () => {
  it("reads millimetres, degrees Celsius and a measured level that exceeds a figure", () => {
    expect(parseQuantities("تجاوز منسوب الأمطار 142 ملم خلال يوم")[0]).toMatchObject({ min: 142, unit: "mm" });
    expect(parseQuantities("بحرارة قد تتجاوز 50 درجة مئوية")[0]).toMatchObject({ min: 50, unit: "celsius" });
    expect(parseQuantities("ضرب زلزال بقوة 7.8 درجات")[0]).toMatchObject({ value: 7.8, unit: "degree" });
  });

  it("reads two votes as a dual, and «24 ساعة أخرى على الأقل» as a floor", () => {
    expect(parseQuantities("نال المرشح صوتين فقط")[0]).toMatchObject({ value: 2, subject: "صوت" });
    expect(parseQuantities("يحتاج المطار إلى 24 ساعة أخرى على الأقل")[0]).toMatchObject({ min: 24, unit: "hour" });
  });

  it("reads a decade of life, in the plural after «في» or as a nisba after a person, and a decade of a century", () => {
    expect(parseQuantities("توفي رجل في السبعينات من عمره")[0]).toMatchObject({ min: 70, max: 79 });
    expect(parseQuantities("وتوفي مواطن سبعيني")[0]).toMatchObject({ min: 70, max: 79, unit: "year_duration" });
    expect(parseQuantities("انتشرت في الستينيات من القرن الماضي")[0]).toMatchObject({ min: 1960, max: 1969 });
    // the sixties of a century are no age
    expect(parseQuantities("في الستينيات من القرن الماضي")[0]?.unit).toBe("year");
  });
});

describe("parseQuantities: positions in a sequence and ordinal days of a month", () => {
  const at = (s: string) => parseQuantities(s).map((q) => [q.text, q.value, q.unit, q.kind]);
  it("reads a definite noun numbered by the ordinal after it as a position", () => {
    expect(at("في الصف الحادي عشر")).toEqual([["الصف الحادي عشر", 11, "position", "ordinal"]]);
    expect(at("وهذه المرة الخامسة والعشرون")).toEqual([["المرة الخامسة والعشرون", 25, "position", "ordinal"]]);
    expect(at("ويقع المكتب في الطابق الرابع")).toEqual([["الطابق الرابع", 4, "position", "ordinal"]]);
    expect(at("وافتتح الاجتماع الوزاري الثالث والثلاثون")).toEqual([
      ["الوزاري الثالث والثلاثون", 33, "position", "ordinal"],
    ]);
    expect(at("والنزاع في شهره العاشر")).toEqual([["شهره العاشر", 10, "position", "ordinal"]]);
  });
  it("reads «السابع من سبتمبر» and «السابع من الشهر» as days of a month", () => {
    expect(at("وفي السابع من سبتمبر أعلن المصرف")).toEqual([["السابع من سبتمبر", 7, "day_of_month", "date"]]);
    expect(at("قبل السابع من الشهر")).toEqual([["السابع من الشهر", 7, "day_of_month", "date"]]);
  });
  it("leaves months, the first, cardinals, weekdays and a world war alone", () => {
    expect(at("في كانون الثاني الماضي")).toEqual([]);
    expect(at("للمرة الأولى منذ سنوات")).toEqual([]);
    expect(at("بعد بلوغه الستين")).toEqual([]);
    expect(at("وصل الوفد اليوم الاثنين")).toEqual([]);
    expect(at("منذ الحرب العالمية الثانية")).toEqual([]);
  });
});

describe("parseQuantities: a pair of years, and a decimal comma before a scale word", () => {
  it("reads «عامي 1976 و1986» as two years and «بين عامي 2014 و2015» as a span", () => {
    const two = parseQuantities("وحُلّ المجلس في عامي 1976 و1986");
    expect(two.map((q) => [q.text, q.value, q.kind])).toEqual([
      ["عامي 1976", 1976, "year"],
      ["1986", 1986, "year"],
    ]);
    const [span] = parseQuantities("بين عامي 2014 و2015");
    expect([span!.min, span!.max]).toEqual([2014, 2015]);
  });
  it("reads «1,545 مليار» as 1.545 billion, «1,500 مليون» and «3,400 شخص» as thousands", () => {
    expect(parseQuantities("طرح 1,545 مليار سهم")[0]!.value).toBe(1.545e9);
    expect(parseQuantities("1,500 مليون دولار")[0]!.value).toBe(1.5e9);
    expect(parseQuantities("نحو 3,400 شخص")[0]!.value).toBe(3400);
  });
});

describe("parseQuantities: one and two after their noun", () => {
  it("reads «مدنيين اثنين» and «عنصراً واحداً على الأقل» as counts of the noun, each on its own", () => {
    const qs = parseQuantities("وقُتل في الغارة مدنيين اثنين وعنصراً واحداً على الأقل من الحرس");
    expect(qs.map((q) => [q.text, q.value, q.min, q.unit])).toEqual([
      ["مدنيين اثنين", 2, undefined, "person"],
      ["عنصراً واحداً على الأقل", undefined, 1, "person"],
    ]);
  });
  it("counts a dual of a noun with a broken plural («قائدان»، «جنديين») and leaves a dual unit to its unit", () => {
    expect(parseQuantities("وقُتل قائدان كبيران")[0]?.value).toBe(2);
    expect(parseQuantities("وأصيب جنديين")[0]?.value).toBe(2);
    expect(parseQuantities("خلال يومين اثنين")[0]).toMatchObject({ text: "يومين", value: 2, unit: "day" });
  });
});

describe("parseQuantities: the value before a change, and prices listed by grade", () => {
  const shown = (s: string) =>
    parseQuantities(s).map((q) => `${q.text}=${q.value ?? `${q.min}-${q.max}`}${q.previous ? " (before)" : ""}`);

  it("marks the first figure of a change as the value before it, in a list of items that share the verb too", () => {
    expect(
      shown(
        "وبموجب القرار، رفعت الهيئة سعر كيلو السكر من 27 إلى 30 جنيهاً، والأرز من 35 إلى 38 جنيهاً، والزيت 60 جنيهاً.",
      ),
    ).toEqual(["27=27 (before)", "30 جنيهاً=30", "35=35 (before)", "38 جنيهاً=38", "60 جنيهاً=60"]);
    // (a list after a comma without a verb of change keeps its ranges)
    expect(shown("وتتراوح الأعمار من 18 إلى 25 عاماً، والرواتب من 900 إلى 1200 دينار.")).toEqual([
      "من 18 إلى 25 عاماً=18-25",
      "من 900 إلى 1200 دينار=900-1200",
    ]);
  });

  it("marks «بدلاً من X», «إلى Y من X» and a first figure with its own unit, past an aside between commas", () => {
    expect(shown("السكر: 30 جنيهاً بدلاً من 27 جنيهاً، بزيادة 11%")).toEqual([
      "30 جنيهاً=30",
      "27 جنيهاً=27 (before)",
      "11%=11",
    ]);
    expect(shown("وارتفع سعر الخبز المدعوم، وهو الأكثر استهلاكاً في البلاد، إلى 20 قرشاً من 5 قروش.")).toEqual([
      "20 قرشاً=20",
      "5 قروش=5 (before)",
    ]);
    expect(shown("حين زاد سعر السكر من 25 جنيهاً إلى 27 جنيهاً.")).toEqual(["25 جنيهاً=25 (before)", "27 جنيهاً=27"]);
  });

  it("finds the word of change up to ten words back («زيادة سعر الفائدة على الإقراض بمقدار نقطتين مئويتين أيضاً من …»)", () => {
    expect(shown("وقررت اللجنة زيادة سعر الفائدة على الإقراض بمقدار نقطتين مئويتين أيضاً من 10.25% إلى 12.25%")).toEqual(
      ["نقطتين مئويتين=2", "10.25%=10.25 (before)", "12.25%=12.25"],
    );
  });

  it("looks past the new figure's sign of percent and a rate's basis to «من X» («إلى 39.7% على أساس سنوي من 40.4%»)", () => {
    expect(shown("وتباطأ التضخم الأساسي إلى 31.2 في المائة على أساس سنوي من 33.5 في المائة في يونيو")).toEqual([
      "31.2 في المائة=31.2",
      "33.5 في المائة=33.5 (before)",
    ]);
    expect(shown("وقفزت البطالة إلى 12% سنوياً من 9.5%.")).toEqual(["12%=12", "9.5%=9.5 (before)"]);
    // (a figure after «من» with nothing changing before it is no value before a change)
    expect(shown("حصلت القائمة على 12% من 300 مقعد")).toEqual(["12%=12", "300 مقعد=300"]);
  });

  it("never fails on a sign of percent that closes the text after «من» or «بين» (a headline without a stop)", () => {
    expect(shown("التضخم في تونس يرتفع إلى 7.4% من 6.9%")).toEqual(["7.4%=7.4", "6.9%=6.9 (before)"]);
    expect(shown("تراجع من 4%")).toEqual(["4%=4"]);
    expect(shown("نسبة المشاركة بين 5%")).toEqual(["5%=5"]);
  });

  it("reads «بنزين 92» as a grade, and «بنزين 80: 13.75 جنيه» as a label and its price, not a time", () => {
    expect(shown("وأصبح سعر لتر بنزين 80 أوكتين 13.75 جنيه، وبنزين 92 أوكتين 15.25 جنيه.")).toEqual([
      "13.75 جنيه=13.75",
      "15.25 جنيه=15.25",
    ]);
    expect(shown("بنزين 80: 13.75 جنيه")).toEqual(["13.75 جنيه=13.75"]);
    expect(shown("تبدأ الجلسة عند 10:30 صباحاً")).toEqual(["10:30 صباحاً=10.5"]);
  });
});

describe("parseQuantities: a range whose ends each carry percent", () => {
  it("reads «بين 7.7% و17%» and «بين 10 في المائة و17 في المائة» as ranges, a percent then a count as two figures", () => {
    check("بنسب تراوحت بين 7.7% و17%، في ثالث زيادة", { text: "بين 7.7% و17%", min: 7.7, max: 17, unit: "percent" });
    check("بنسب بين 10 في المائة و17 في المائة", {
      text: "بين 10 في المائة و17 في المائة",
      min: 10,
      max: 17,
      unit: "percent",
    });
    expect(parseQuantities("بين 10% و20 ألف شخص").map((q) => q.text)).toEqual(["10%", "20 ألف شخص"]);
  });
});

describe("parseQuantities: words that only look like a proclitic and a number", () => {
  it("reads «كمية الأمطار» as a quantity of rain, not «ك» + a hundred", () => {
    expect(parseQuantities("وقالت الوزارة إن كمية الأمطار بلغت 120 ملم").map((q) => q.text)).toEqual(["120 ملم"]);
    // («كميات» is no «ك» + «ميات», hundreds)
    expect(parseQuantities("داعية المواطنين إلى شرب كميات كافية من المياه")).toEqual([]);
    expect(parseQuantities("وصادرت الشرطة كميات كبيرة من المخدرات")).toEqual([]);
  });
});

describe("parseQuantities: figures in brackets, a teen written twice, the last hours in digits", () => {
  it("reads «إلى (215) حالة» and «(12) ألفاً و(40) إصابة» as if the brackets were not there", () => {
    const a = parseQuantities("وارتفع عدد الوفيات إلى (215) حالة");
    expect(a.map((q) => [q.value, q.subject])).toEqual([[215, "حال"]]);
    const b = parseQuantities("لتبلغ جملة الإصابات (12) ألفاً و(40) إصابة");
    expect(b.map((q) => q.value)).toEqual([12040]);
  });

  it("counts «16 عشر إصابة» once, as sixteen", () => {
    expect(parseQuantities("وسجلت المستشفيات 16 عشر إصابة جديدة").map((q) => [q.value, q.subject])).toEqual([
      [16, "اصاب"],
    ]);
  });

  it("reads «خلال الساعات الـ72 الماضية» as a span of hours, not a count", () => {
    check("خلال الساعات الـ72 الماضية", { text: "الساعات الـ72", value: 72, unit: "hour" });
    check("في الأيام 5 الأخيرة", { text: "الأيام 5", value: 5, unit: "day" });
    expect(parseQuantities("خلال الأيام 3 و4 من الشهر").some((q) => q.kind === "duration")).toBe(false);
  });
});

describe("parseQuantities: nautical miles", () => {
  it("reads «50 ميلا بحريا» as nautical miles (1.852 km each), a bare mile as a statute mile", () => {
    check("على بعد 50 ميلا بحريا جنوب غربي الميناء", { text: "50 ميلا بحريا", value: 50, unit: "nmi" });
    expect(parseQuantities("على بعد 50 ميلا بحريا")[0]?.normalized?.value).toBeCloseTo(92.6, 1);
    check("على بعد 23 ميلا من الساحل", { text: "23 ميلا", value: 23, unit: "mile" });
  });
});

describe("parseQuantities: a dual and its dual adjective, «لست» before an adjective", () => {
  it("counts «سفينتين حربيتين» as two of the ships, not of the adjective", () => {
    const [q] = parseQuantities("ونشرت البحرية سفينتين حربيتين في المنطقة");
    expect(q?.value).toBe(2);
    expect(q?.subject).not.toBe("حربي");
  });

  it("reads «لست مسؤولاً» as «I am not», and «لست سنوات» as six years", () => {
    expect(parseQuantities("وقال: لست مسؤولا عن ذلك")).toEqual([]);
    expect(parseQuantities("حكم عليه لست سنوات")[0]?.value).toBe(6);
  });
});

describe("parseQuantities: a multiplier in the dual before what it counts", () => {
  it("reads «ألفا رطل» and «مليونا دولار» as two of them, and «ألفاً» with its tanween as one", () => {
    expect(parseQuantities("وألقت المقاتلات قنابل زنة كل منها ألفا رطل")[0]?.value).toBe(2000);
    expect(parseQuantities("وخصصت البلدية مليونا دولار لإعادة الإعمار")[0]?.value).toBe(2e6);
    expect(parseQuantities("ونزح ألفا شخص عن القرية")[0]?.value).toBe(2000);
    expect(parseQuantities("وأجلت السلطات ألفاً من السكان")[0]?.value).toBe(1000);
    expect(parseQuantities("وبلغ عدد المسجلين ألفاً")[0]?.value).toBe(1000);
    expect(parseQuantities("وفر نحو عشرين ألفا من السكان")[0]?.value).toBe(20000);
  });
});

describe("parseQuantities: a year after its month", () => {
  it("closes a date and opens no range with a figure after «إلى»", () => {
    check("وارتفع عدد الضحايا منذ السابع من أكتوبر 2023 إلى 41 ألفاً و118 قتيلاً", {
      text: "41 ألفاً و118 قتيلاً",
      value: 41118,
      unit: P,
    });
    check("وأمضى في منصبه من عام 2015 إلى 2019", { text: "عام 2015 إلى 2019", min: 2015, max: 2019, unit: "year" });
  });
});

describe("parseQuantities: speeds, and a ceiling under «ألا»", () => {
  it("reads a length per hour as a speed, not a distance", () => {
    check("وكان القطار يسير بسرعة 120 كيلومتراً في الساعة", {
      text: "120 كيلومتراً في الساعة",
      value: 120,
      unit: "km_per_hour",
    });
    check("وهبت رياح بسرعة 80 كم/ساعة", { text: "80 كم/ساعة", value: 80, unit: "km_per_hour" });
    check("على بعد 12 كيلومتراً من الساحل", { text: "12 كيلومتراً", value: 12, unit: "km" });
  });

  it("reads «ألا تتجاوز السرعة فيها 30» and «لم تتجاوز الحصيلة 20» as ceilings", () => {
    expect(parseQuantities("يفترض ألا تتجاوز السرعة فيها 30 كيلومتراً في الساعة")[0]).toMatchObject({
      max: 30,
      unit: "km_per_hour",
    });
    expect(parseQuantities("ولم تتجاوز الحصيلة 20 قتيلا")[0]).toMatchObject({ max: 20 });
  });
});

describe("parseQuantities: «لا يزال أكثر من»", () => {
  it("keeps a floor after «لا يزال» (still), and a ceiling after a real negation", () => {
    expect(parseQuantities("ولا يزال أكثر من 100 شخص في عداد المفقودين")[0]).toMatchObject({ min: 100 });
    expect(parseQuantities("والقارب لا يتسع لأكثر من 80 راكباً")[0]).toMatchObject({ max: 80 });
  });
});

describe("parseQuantities: money in the singular and the dual", () => {
  it("reads «جنيه ونصف»، «جنيهاً وربع الجنيه» and «جنيهين» as 1.5, 1.25 and 2 pounds, never «نصف» as 50%", () => {
    check("ويبلغ سعره في السوق الحرة جنيه ونصف", { text: "جنيه ونصف", value: 1.5, unit: "pound", kind: "money" });
    check("ويكلف الرغيف الدولة جنيهاً وربع الجنيه", {
      text: "جنيهاً وربع الجنيه",
      value: 1.25,
      unit: "pound",
      kind: "money",
    });
    check("وقفز السعر إلى جنيهين", { text: "جنيهين", value: 2, unit: "pound", kind: "money" });
    expect(parseQuantities("ويباع بين جنيه ونصف وجنيهين").some((q) => q.unit === "percent")).toBe(false);
    expect(parseQuantities("وتراجع الجنيه المصري أمام الدولار")).toEqual([]);
  });
});
