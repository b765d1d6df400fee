// Lexicons used by cross-outlet comparison. Data only: every entry is written in plain Arabic and folded
// (diacritics, alef forms, ya/ta marbuta) at load time by the code that uses it, so entries can be typed naturally.
// Nothing here names a particular story, person or place.

/**
 * Function words and news filler that carry no proposition. Removed before TF-IDF so that two claims are not
 * "similar" merely because both say «وقال إن ... في ... من».
 */
export const STOPWORDS: readonly string[] = [
  // particles, prepositions, conjunctions
  "في",
  "من",
  "على",
  "علي",
  "إلى",
  "الى",
  "عن",
  "مع",
  "ثم",
  "أو",
  "أم",
  "بل",
  "لكن",
  "لكن",
  "إن",
  "أن",
  "إنه",
  "أنه",
  "أنها",
  "إنها",
  "انهم",
  "أنهم",
  "قد",
  "لقد",
  "كان",
  "كانت",
  "يكون",
  "تكون",
  "ما",
  "ماذا",
  "لا",
  "لم",
  "لن",
  "هل",
  "كل",
  "بعض",
  "غير",
  "حيث",
  "حتى",
  "إذ",
  "إذا",
  "اذا",
  "عند",
  "عندما",
  "بين",
  "بعد",
  "قبل",
  "خلال",
  "منذ",
  "نحو",
  "حول",
  "حوالي",
  "دون",
  "ضد",
  "لدى",
  "أي",
  "أيضا",
  "فقط",
  "كما",
  "وفق",
  "وفقا",
  "بحسب",
  "حسب",
  "تجاه",
  "عبر",
  "أكثر",
  "اكثر",
  "أقل",
  "اقل",
  "ألف",
  "آلاف",
  "ألفا",
  "مليون",
  "ملايين",
  "مئة",
  "مائة",
  "مئات",
  // connectives, exceptives and continuity verbs that frame a proposition without being part of it
  "إلا",
  "الا",
  "بسبب",
  "نظرا",
  "لأن",
  "كذلك",
  "يزال",
  "تزال",
  "زال",
  "مازال",
  "لايزال",
  "ربما",
  "بشأن",
  "إزاء",
  "جراء",
  "إثر",
  "عقب",
  // pronouns and demonstratives
  "هو",
  "هي",
  "هم",
  "هن",
  "نحن",
  "أنا",
  "هذا",
  "هذه",
  "ذلك",
  "تلك",
  "هؤلاء",
  "أولئك",
  "الذي",
  "التي",
  "الذين",
  "اللذين",
  "اللتين",
  "اللواتي",
  "له",
  "لها",
  "لهم",
  "به",
  "بها",
  "بهم",
  "فيه",
  "فيها",
  "عليه",
  "عليها",
  "منه",
  "منها",
  "إليه",
  "إليها",
  "وهو",
  "وهي",
  // reporting verbs and attribution filler (who said it is a separate signal, not content)
  "قال",
  "قالت",
  "يقول",
  "تقول",
  "قوله",
  "أضاف",
  "أضافت",
  "وأضاف",
  "تابع",
  "أكد",
  "أكدت",
  "يؤكد",
  "تؤكد",
  "أوضح",
  "أوضحت",
  "ذكر",
  "ذكرت",
  "أفاد",
  "أفادت",
  "أشار",
  "أشارت",
  "مشيرا",
  "لافتا",
  "مضيفا",
  "موضحا",
  "صرح",
  "أعلن",
  "أعلنت",
  "نقل",
  "نقلت",
  "بيان",
  "تصريح",
  "تصريحات",
  // the frame of what circulated online («ما تداولته حسابات على مواقع التواصل عن …»): where a rumour ran, not what
  // it said
  "تداول",
  "تداولت",
  "تداولته",
  "تداولتها",
  "يتداول",
  "تتداول",
  "مواقع",
  "التواصل",
  "الاجتماعي",
  // time filler that says nothing about the proposition itself
  "اليوم",
  "يوم",
  "أمس",
  "حاليا",
  "الآن",
  "حين",
  "وقت",
  "فيما",
  "بينما",
  "وسط",
  "لدى",
];

/**
 * Verbs and phrases that deny or refute a proposition. A claim carrying one of these against a claim that asserts
 * the same proposition is a conflict (negation), not a corroboration.
 */
export const DENIAL_CUES: readonly string[] = [
  // denial verbs (past, present, verbal noun)
  "نفى",
  "نفت",
  "ينفي",
  "تنفي",
  "نفي",
  "كذب",
  "كذبت",
  "يكذب",
  "دحض",
  "فند",
  "فندت",
  "أنكر",
  "أنكرت",
  // fixed refutation phrases (matched as token sequences)
  "لا صحة",
  "عار عن الصحة",
  "عارية عن الصحة",
  "غير صحيح",
  "غير صحيحة",
  // («التقارير عن وقف عام لإطلاق النار … كاذبة»: a report called false is denied)
  "كاذبة",
  "مفبركة",
  "ملفقة",
  "لا أساس",
  "مزاعم",
  "ادعاءات",
];

/** Plain negation particles. Only count as a contradiction when the rest of the two claims is nearly the same. */
// Not «ما» (mostly «what»: وفق ما أفادت، ما زال = still) nor «غير» (mostly «other»/«however»: غير أن): as
// negations they turned copies of one wire sentence into a conflict.
export const NEGATION_PARTICLES: readonly string[] = ["لم", "لن", "لا", "ليس", "ليست", "لسنا", "ليسوا"];

/**
 * Scope and time cues: a figure preceded by one of these is measured over a stated period or place.
 * Two figures for the same thing under different scopes are labelled, not flagged as conflicts.
 */
export const SCOPE_CUES: readonly string[] = [
  // periods
  "منذ",
  "خلال",
  "طيلة",
  "طوال",
  "في غضون",
  "على مدى",
  "حتى الآن",
  "حتى اليوم",
  // recency phrases
  "الأخيرة",
  "الأخير",
  "الماضية",
  "الماضي",
  "الفائت",
  "المقبل",
  "المقبلة",
  // totals vs partials
  "إجمالي",
  "حصيلة",
  "مجموع",
];

/**
 * Counted-noun classes. A figure's `subject` (or the noun after it) is mapped to a class so that «600 جهادي» and
 * «ألف مقاتل» count the same kind of thing. `generic` classes (persons) never match a specific class on their own.
 */
export const SUBJECT_CLASSES: readonly { cls: string; generic?: boolean; words: readonly string[] }[] = [
  // armed members of a non-state group, as various outlets call them
  {
    cls: "combatants",
    words: [
      "مقاتل",
      "مقاتلون",
      "مقاتلين",
      "مقاتلي",
      "مسلح",
      "مسلحون",
      "مسلحين",
      "جهادي",
      "جهاديون",
      "جهاديين",
      "إرهابي",
      "إرهابيون",
      "إرهابيين",
      "عنصر",
      "عناصر",
      "متشدد",
      "متشددون",
      "متشددين",
      "متطرف",
      "متطرفون",
      "متطرفين",
      "مرتزق",
      "مرتزقة",
      "داعشي",
      "إرهابيي",
      "مسلحي",
    ],
  },
  // regular troops
  { cls: "troops", words: ["جندي", "جنود", "عسكري", "عسكريين", "عسكريون", "قوات", "عنصرا أمنيا"] },
  // civilians and the displaced
  {
    cls: "civilians",
    words: ["مدني", "مدنيون", "مدنيين", "مدنيا", "نازح", "نازحون", "نازحين", "لاجئ", "لاجئون", "لاجئين", "سكان"],
  },
  // candidates in an election («مرشح»، and «مترشح» as Maghrebi outlets write it)
  {
    cls: "candidates",
    words: ["مرشح", "مرشحا", "مرشحون", "مرشحين", "مترشح", "مترشحا", "مترشحون", "مترشحين", "مرشحة", "مترشحة"],
  },
  // the dead
  {
    cls: "dead",
    words: ["قتيل", "قتلى", "ضحية", "ضحايا", "شهيد", "شهداء", "جثة", "جثث", "وفاة", "وفيات", "متوفى", "متوفين"],
  },
  // survivors and the missing: a shipwreck's or a quake's toll is three counts that never dispute one another
  { cls: "survivors", words: ["ناج", "ناجي", "ناجون", "ناجين", "ناجيا", "ناجية", "ناجيات"] },
  { cls: "missing", words: ["مفقود", "مفقودا", "مفقودون", "مفقودين", "مفقودة", "مفقودات"] },
  // the people aboard a boat, a train, a plane («750 راكبا»، «كان على متنه 400 شخص»)
  { cls: "aboard", words: ["راكب", "راكبا", "ركاب", "راكبين"] },
  // the wounded
  { cls: "wounded", words: ["جريح", "جرحى", "مصاب", "مصابين", "مصابون", "إصابة", "إصابات"] },
  // detainees
  { cls: "detainees", words: ["معتقل", "معتقلين", "أسير", "أسرى", "موقوف", "موقوفين", "سجين", "سجناء", "مشتبه"] },
  // children and women, counted separately in casualty reports
  { cls: "children", words: ["طفل", "أطفال", "قاصر", "قاصرين"] },
  { cls: "women", words: ["امرأة", "نساء", "سيدة", "سيدات"] },
  // foreigners
  { cls: "foreigners", words: ["أجنبي", "أجانب"] },
  // settlements
  { cls: "villages", words: ["قرية", "قرى", "قريتين", "بلدة", "بلدات", "بلدتين"] },
  // vehicles and weapons
  { cls: "vehicles", words: ["سيارة", "سيارات", "آلية", "آليات", "دبابة", "دبابات", "مدرعة", "مدرعات"] },
  // («عشر مقاتلات من طراز إف-35»: fighters in the feminine plural are jets; combatants are مقاتلون/مقاتلين)
  { cls: "aircraft", words: ["طائرة", "طائرات", "مسيرة", "مسيرات", "مقاتلة", "مقاتلات"] },
  { cls: "strikes", words: ["غارة", "غارات", "ضربة", "ضربات", "صاروخ", "صواريخ", "قذيفة", "قذائف", "ذخيرة", "ذخائر"] },
  // generic people: "persons" may or may not be the same people as a specific class
  { cls: "persons", generic: true, words: ["شخص", "أشخاص", "شخصا", "فرد", "أفراد", "إنسان"] },
  // a population count (عدد سكانها 700 ألف نسمة) measures the inhabitants, not the people something happened to
  { cls: "population", words: ["نسمة", "نسمه", "قاطن", "قاطنين"] },
  // families
  { cls: "families", words: ["عائلة", "عائلات", "أسرة", "أسر"] },
];

/**
 * The counted class a predicate makes of generic people: «45 شخصا قتلوا» counts the dead as «28 قتيلا» does,
 * «أصيب 80 شخصا» the wounded as «79 جريحا».
 */
export const PREDICATE_SUBJECT: Readonly<Record<string, string>> = {
  killed: "dead",
  wounded: "wounded",
  rescued: "survivors",
  missing: "missing",
  aboard: "aboard",
  // people who fled or were evacuated are the displaced («نزح مليون شخص» ~ «عدد النازحين 900 ألف»)
  left: "civilians",
  // people present in a place when it happened («كان بداخلها نحو 900 شخص» ~ «أكثر من ألف شخص كانوا داخل القاعة»)
  present: "present",
  // people expelled or deported across a border («طرد 700 شخص» ~ «ترحيل 1200 مهاجر»)
  expelled: "expelled",
  // people arrested are detainees («أوقف أكثر من 100 شخص» ~ «89 موقوفاً»)
  arrested: "detainees",
};

/**
 * What happens to the counted things. Two figures with different predicates («قُتل 50» vs «فرّ 50») measure
 * different things even if the nouns match. Entries are word prefixes after folding and clitic stripping.
 */
export const PREDICATE_CLASSES: readonly { cls: string; words: readonly string[] }[] = [
  // killed
  {
    cls: "killed",
    words: [
      "قتل",
      "مقتل",
      // «لقي 49 شخصا حتفهم»: the figure may stand between «لقي» and «حتفهم», so the noun alone says it
      "حتفه",
      "حتفهم",
      "مصرع",
      "سقط",
      "حصد",
      "أودى",
      "أودت",
      "بحياة",
      "اعدم",
      "إعدام",
      // (liquidated, summarily killed: «تصفية أكثر من 450 داخل المستشفى»)
      "تصفية",
      "بتصفية",
      "صفت",
      "صفى",
      "قضى",
      "قضوا",
      "توفي",
      "توفوا",
      "وفاة",
    ],
  },
  // wounded
  { cls: "wounded", words: ["أصيب", "اصابة", "إصابة", "جرح", "أصابت"] },
  // rescued alive (verbs only: «فرق الإنقاذ» also recover the dead)
  { cls: "rescued", words: ["أنقذ", "نجا", "نجو", "قيد الحياة"] },
  // aboard («يقل» alone is also «لا يقل عن»: only «كان يقل»)
  { cls: "aboard", words: ["على متن", "متنه", "متنها", "يحمل", "تحمل", "كان يقل", "كانت تقل"] },
  // missing («فقد» alone is also «ف + قد»)
  { cls: "missing", words: ["فقدان", "عداد المفقودين"] },
  // left, fled, evacuated
  {
    cls: "left",
    words: ["خرج", "خروج", "غادر", "مغادرة", "فر", "فرار", "نزح", "نزوح", "إجلاء", "أجلي", "هرب", "هروب", "إخراج"],
  },
  // expelled, deported («طردت السلطات ما بين 500 و700 شخص»، «رُحّل 1200 مهاجر»)
  { cls: "expelled", words: ["طرد", "ترحيل", "رحلت", "رحلوا", "رحلتهم", "أبعد", "إبعاد", "ترحل"] },
  // arrested, captured, surrendered
  { cls: "arrested", words: ["اعتقل", "اعتقال", "توقيف", "أوقف", "أسر", "استسلم", "استسلام", "احتجاز", "احتجز"] },
  // still present, besieged, defending
  {
    cls: "present",
    words: [
      "يوجد",
      "وجود",
      "تبقى",
      "متبقي",
      "بقي",
      "يبق",
      "يتحصن",
      "متحصن",
      "محاصر",
      "يدافع",
      "لا يزال",
      "ما زال",
      "لديه",
      "يضم",
      // inside a place when it happened («كان بداخلها نحو 900 شخص»، «كانوا داخل القاعة»)
      "بداخل",
      "كانوا داخل",
      "كان داخل",
      "كانت داخل",
      "موجودين",
      "متواجدين",
      // (attending: «كان أكثر من 700 شخص يحضرون مجلس العزاء» ~ «ما بين 500 و600 شخص كانوا في المسجد»)
      "يحضر",
      "حضور",
      "الحاضرين",
      "كانوا في",
    ],
  },
  // given aid (يقدم العون لـ، يوزع الغذاء على، يستفيد من المساعدات)
  {
    cls: "assisted",
    words: ["العون", "المساعدات", "مساعدات", "مساعدة", "يوزع", "توزيع", "الغذاء", "إغاثة", "يستفيد", "استفاد", "يعيل"],
  },
  // hosted, sheltering, displaced into a place (استضافت المدينة، استقبلت الولاية، لجأ إلى، يؤوي)
  {
    cls: "hosted",
    words: ["استضاف", "يستضيف", "تستضيف", "استقبل", "يستقبل", "تستقبل", "لجأ", "لجوء", "يؤوي", "تؤوي", "إيواء"],
  },
  // withdrawn or deployed
  { cls: "withdrawn", words: ["سحب", "انسحاب", "ينسحب", "انسحب"] },
  { cls: "deployed", words: ["نشر", "أرسل", "إرسال", "تعزيز"] },
];

/** Words that introduce a quoted passage; quotes themselves are found by quotation marks. */
export const QUOTE_MARKS: readonly (readonly [string, string])[] = [
  ['"', '"'],
  ["«", "»"],
  ["“", "”"],
  ["'", "'"],
];

/**
 * News agencies and wires. Near-identical wording across outlets that name none of these is evidence of an
 * unnamed shared wire; when one is named, the chain already says so.
 */
export const AGENCIES: readonly string[] = [
  "رويترز",
  "فرانس برس",
  "أ ف ب",
  "أسوشيتد برس",
  "أسوشييتد برس",
  "الأناضول",
  "د ب أ",
  "سانا",
  "واس",
  "وام",
  "قنا",
  "كونا",
  "بترا",
  "شينخوا",
  "سبوتنيك",
  "نوفوستي",
  "إرنا",
  "تسنيم",
  "وكالة",
];

/** Time nouns that, followed by a recency word (الأخيرة، الماضية), state the period a figure covers. */
export const TIME_NOUNS: readonly string[] = [
  // units of time, singular and plural
  "ساعة",
  "ساعتين",
  "ساعات",
  "يوم",
  "يومين",
  "أيام",
  "أسبوع",
  "أسابيع",
  "أسبوعين",
  "شهر",
  "أشهر",
  "شهور",
  "شهرين",
  "عام",
  "أعوام",
  "عامين",
  "سنة",
  "سنوات",
  "سنتين",
  // periods and phases
  "فترة",
  "مرحلة",
  "الفترة",
  // ordinal days in a phrase like «الأيام العشرة الأخيرة»
  "العشرة",
  "الثلاثة",
  "السبعة",
];

/**
 * What a sum or a share measures, named by a noun (or verb) in the figure's clause: «إيرادات القناة هبطت إلى 4
 * مليارات» is revenue, «خسارة تقارب 7 مليارات» a loss, «تراجع عدد السفن بنسبة 51%» ships. Two figures measuring
 * different things are not one figure disputed, however alike their sentences are. Only figures that count no
 * noun (money, shares, rates, volumes) are read this way. Words are matched bare (features.ts: «والإيرادات»،
 * «بسعر» → «إيرادات»، «سعر»), so each is listed without its article or preposition.
 */
export const MEASURED_CLASSES: readonly { cls: string; words: readonly string[] }[] = [
  {
    cls: "revenue",
    words: ["إيرادات", "إيراد", "عائدات", "عائد", "مداخيل", "دخل", "رسوم", "مبيعات", "إيراداتها", "عائداتها"],
  },
  {
    // (what a disaster costs is what it lost: «كلفة الأضرار» ~ «تقديره للخسائر»)
    cls: "loss",
    words: [
      "خسارة",
      "خسائر",
      "خسر",
      "خسرت",
      "تخسر",
      "يخسر",
      "خسارتها",
      "فقدت",
      "فقدان",
      "تفقد",
      "يفقد",
      "أضرار",
      "كلفة",
      "تكلفة",
      "تكاليف",
      "كلفت",
      "تكلف",
    ],
  },
  { cls: "profit", words: ["أرباح", "ربح", "أرباحها", "أرباحه", "ربحها"] },
  { cls: "proceeds", words: ["صفقة", "طرح", "جمع", "جمعت", "تجمع", "يجمع", "اكتتاب"] },
  { cls: "orders", words: ["طلبات", "طلب"] },
  { cls: "debt", words: ["ديون", "دين", "قرض", "قروض", "مديونية", "اقتراض"] },
  { cls: "investment", words: ["استثمارات", "استثمار", "استثمارية"] },
  { cls: "deficit", words: ["عجز"] },
  { cls: "reserves", words: ["احتياطي", "احتياطيات"] },
  { cls: "exports", words: ["صادرات", "تصدير"] },
  { cls: "imports", words: ["واردات", "استيراد"] },
  { cls: "budget", words: ["موازنة", "ميزانية"] },
  { cls: "dividends", words: ["توزيعات"] },
  { cls: "price", words: ["سعر", "أسعار", "سعره", "سعرها"] },
  { cls: "market value", words: ["سوقية"] },
  { cls: "wages", words: ["رواتب", "أجور", "راتب"] },
  { cls: "aid", words: ["مساعدات", "منحة", "منح", "معونة"] },
  { cls: "growth", words: ["نمو"] },
  { cls: "inflation", words: ["تضخم"] },
  { cls: "unemployment", words: ["بطالة"] },
  { cls: "interest", words: ["فائدة", "فوائد"] },
  { cls: "tonnage", words: ["حمولة", "حمولات", "حمولتها"] },
  { cls: "ships", words: ["سفن", "سفينة", "عبور", "عابرة", "ناقلات"] },
  { cls: "stake", words: ["حصة", "حصتها", "حصته"] },
  { cls: "turnout", words: ["مشاركة", "إقبال"] },
  // (lengths: «على عمق 8 كيلومترات» is how deep a quake struck, «على بعد 35 كيلومتراً» how far from a city)
  { cls: "depth", words: ["عمق"] },
  { cls: "distance", words: ["بعد", "مسافة"] },
];

/**
 * What a toll or a count is of: the disaster, disease or violence that caused it. Two figures of one story whose
 * clauses name different causes («28 وفاة بالكوليرا» vs «212 قتيلاً جراء السيول») count different things. Words
 * are written as in running text; they are folded and stripped of a leading article or preposition on load.
 */
export const CAUSE_CLASSES: readonly { cls: string; words: readonly string[] }[] = [
  { cls: "water", words: ["سيول", "سيل", "فيضان", "فيضانات", "أمطار", "الأمطار", "غرق", "الغرق", "إعصار", "العاصفة"] },
  {
    cls: "disease",
    words: ["كوليرا", "وباء", "الوباء", "مرض", "المرض", "الحصبة", "حمى", "شلل", "جائحة", "كورونا", "كوفيد", "الإسهال"],
  },
  { cls: "quake", words: ["زلزال", "الزلزال", "زلزالين", "هزة", "الهزة"] },
  { cls: "fire", words: ["حريق", "الحريق", "حرائق", "الحرائق", "النيران"] },
  {
    cls: "violence",
    words: [
      "قصف",
      "القصف",
      "غارة",
      "غارات",
      "تفجير",
      "تفجيرين",
      "تفجيري",
      "انفجار",
      "انفجارين",
      "انفجاري",
      "هجوم",
      "الهجوم",
      "هجمات",
      "اشتباكات",
      "معارك",
      "المعارك",
      "رصاص",
      "الرصاص",
      "صاروخ",
      "صواريخ",
    ],
  },
  { cls: "heat", words: ["الحر", "الحرارة", "حرارة", "الإجهاد"] },
];
