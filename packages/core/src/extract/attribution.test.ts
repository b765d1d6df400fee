// Who said what, pattern by pattern, on sentences written in the styles of Arabic wires and papers (Reuters/AFP
// Arabic, Al Jazeera, BBC Arabic, Asharq Al-Awsat, Al-Araby). Each row: the article body, an anchor inside the
// claim under test, and what that claim must carry.
import { describe, expect, it } from "vitest";
import type { Claim } from "#schema/index.ts";
import { attributeClause } from "./attribution.ts";
import { extractArticle } from "./index.ts";
import { tokenize } from "./text.ts";

interface Row {
  name: string;
  text: string;
  anchor: string;
  /** a substring of the speaker name, or null for a reported claim */
  speaker: string | null;
  verb?: string;
  stance?: Claim["stance"];
  /** substrings expected in via, in order */
  via?: string[];
  role?: string;
  /** substring expected in the quoted span */
  quote?: string;
  outlet?: string;
}

function claimWith(text: string, anchor: string, outlet?: string): Claim {
  const out = extractArticle({ source: "fixture.txt", text, outlet: outlet ?? null });
  const c = out.claims.find((x) => x.text.includes(anchor));
  if (!c) throw new Error(`no claim holds «${anchor}»; claims: ${out.claims.map((x) => x.text).join(" ‖ ")}`);
  return c;
}

const rows: Row[] = [
  // قال X إن
  {
    name: "قال + title + name + إن",
    text: "قال وزير الخارجية التركي مولود جاويش أوغلو إن بلاده لن تسمح بإقامة ممر إرهابي على حدودها الجنوبية.",
    anchor: "لن تسمح بإقامة ممر",
    speaker: "مولود جاويش أوغلو",
    verb: "قال",
    role: "وزير الخارجية",
  },
  {
    name: "قال + name with a family name in ال + role",
    text: "وقال رئيس الوزراء العراقي محمد شياع السوداني إن الحكومة ماضية في إعادة إعمار المناطق المحررة.",
    anchor: "ماضية في إعادة إعمار",
    speaker: "محمد شياع السوداني",
  },
  {
    name: "قال + name، role، + time adjunct",
    text: "وقال خالد المصري، المتحدث باسم الدفاع المدني، مساء الثلاثاء، إن فرق الإنقاذ ما زالت تبحث عن ناجين.",
    anchor: "تبحث عن ناجين",
    speaker: "خالد المصري",
    role: "المتحدث باسم الدفاع المدني",
  },
  // X قال (subject first)
  {
    name: "X قال إن (subject before the verb)",
    text: "المتحدث باسم الجيش العراقي يحيى رسول قال إن القوات استعادت السيطرة على ثلاث قرى غرب الموصل.",
    anchor: "استعادت السيطرة",
    speaker: "يحيى رسول",
  },
  {
    name: "organisation + present-tense verb",
    text: "وتقول الأمم المتحدة إن أكثر من مليون شخص نزحوا من منازلهم منذ بداية المعارك.",
    anchor: "نزحوا من منازلهم",
    speaker: "الأمم المتحدة",
  },
  {
    name: "an abbreviated title does not end the sentence",
    text: "وقال د. سامر الخطيب، أستاذ العلوم السياسية، إن الانتخابات ستؤجل على الأرجح.",
    anchor: "ستؤجل على الأرجح",
    speaker: "سامر الخطيب",
  },
  // carried subjects
  {
    name: "وأضاف أن carries the previous speaker",
    text: "وقال محافظ نينوى نجم الجبوري إن عمليات الإعمار ستبدأ الشهر المقبل. وأضاف أن الحكومة خصصت مبالغ إضافية للمدينة.",
    anchor: "خصصت مبالغ إضافية",
    speaker: "نجم الجبوري",
    verb: "أضاف",
  },
  {
    name: "وتابع: with a quotation carries the speaker",
    text: 'وقال قائد الشرطة إن الوضع تحت السيطرة. وتابع: "لن نسمح لأي جهة بالعبث بأمن المدينة".',
    anchor: "لن نسمح لأي جهة",
    speaker: "قائد الشرطة",
    quote: "لن نسمح لأي جهة بالعبث",
  },
  {
    name: "وأوضح أن carries across a paragraph break",
    text: "وقالت وزيرة الصحة هالة زايد إن المستشفيات استقبلت عشرات المصابين.\n\nوأوضحت أن فرق الإسعاف نقلت الجرحى إلى ثلاثة مستشفيات.",
    anchor: "نقلت الجرحى",
    speaker: "هالة زايد",
  },
  {
    name: "وأشار إلى أن / ولفت إلى أن",
    text: "وقال رئيس البلدية سامر حداد إن المياه عادت إلى معظم الأحياء. ولفت إلى أن الكهرباء ما زالت مقطوعة عن الضواحي.",
    anchor: "الكهرباء ما زالت مقطوعة",
    speaker: "سامر حداد",
    verb: "لفت",
  },
  {
    name: "وقال إنه (pronoun subject) carries",
    text: "وأكد المتحدث باسم الهلال الأحمر أن القافلة دخلت المدينة صباحاً. وقال إنه جرى توزيع المساعدات على ألفي عائلة.",
    anchor: "توزيع المساعدات",
    speaker: "المتحدث باسم الهلال الأحمر",
  },
  {
    name: "a quote first, then هكذا قال and the speaker",
    text: '"لن نوقع على أي اتفاق لا يضمن عودة النازحين"، هكذا قال القيادي في حركة فتح سمير العلي خلال لقاء مع الصحفيين.',
    anchor: "لن نوقع على أي اتفاق",
    speaker: "سمير العلي",
    verb: "قال",
  },
  {
    name: "بحسب ما قاله X (according to what X said)",
    text: "وتضاعف عدد المرضى في الأقسام خلال يومين، بحسب ما قاله مدير مستشفى الشفاء للصحفيين.",
    anchor: "وتضاعف عدد المرضى",
    speaker: "مدير مستشفى الشفاء",
  },
  {
    name: "an unnamed source keeps its standing adjectives (مسؤول … رفيع، مصدر … مطلع)",
    text: "ونقلت الإذاعة الرسمية عن مسؤول حكومي رفيع قوله إن الحكومة ستعلن خطة التقشف الأسبوع المقبل.",
    anchor: "ستعلن خطة التقشف",
    speaker: "مسؤول حكومي رفيع",
    via: ["الإذاعة الرسمية"],
  },
  {
    name: "a person after an indefinite organisation head is not part of its name",
    text: "وقال المتحدث باسم حركة النهضة سامي شكري إن الحركة ستقاطع الجلسة.",
    anchor: "ستقاطع الجلسة",
    speaker: "سامي شكري",
  },
  {
    name: "وأردف أن (another continuation verb)",
    text: "وقال رئيس الاتحاد خالد مراد إن الموسم سيستأنف الشهر المقبل. وأردف أن الأندية وافقت على الجدول الجديد.",
    anchor: "الأندية وافقت",
    speaker: "خالد مراد",
    verb: "أردف",
  },
  {
    name: "على حد قوله refers to the last speaker",
    text: 'وقال الطبيب سامي عودة إن المستشفى يعمل بطاقته القصوى. والوضع "خرج عن السيطرة"، على حد قوله.',
    anchor: "خرج عن السيطرة",
    speaker: "سامي عودة",
  },
  // according to
  {
    name: "وفق X at the head",
    text: "وفق وزارة الصحة في غزة، ارتفع عدد القتلى إلى 45 شخصاً خلال الساعات الأخيرة.",
    anchor: "ارتفع عدد القتلى",
    speaker: "وزارة الصحة",
  },
  {
    name: "بحسب X at the end",
    text: "وارتفع عدد ضحايا الزلزال إلى 1200 قتيل، بحسب الدفاع المدني.",
    anchor: "ضحايا الزلزال",
    speaker: "الدفاع المدني",
  },
  {
    name: "وفقاً لـ X with an attached preposition",
    text: "ووفقاً للمرصد السوري لحقوق الإنسان، قتل ثمانية مدنيين في القصف.",
    anchor: "قتل ثمانية مدنيين",
    speaker: "المرصد السوري لحقوق الإنسان",
  },
  {
    name: "وفق X in the middle",
    text: "وبات المسلحون، وفق مصادر محلية، محاصرين في حي واحد من المدينة.",
    anchor: "محاصرين في حي",
    speaker: "مصادر محلية",
  },
  {
    name: "ووفقاً لهذا is reasoning, not a source",
    text: "ووفقاً لهذا الاتفاق، ستجري الانتخابات في موعدها المحدد.",
    anchor: "ستجري الانتخابات",
    speaker: null,
  },
  {
    name: "وفق ما أفاد به X",
    text: "وقتل 12 مدنياً على الأقل في قصف استهدف مخيماً للنازحين، وفق ما أفاد به الدفاع المدني.",
    anchor: "قصف استهدف مخيماً",
    speaker: "الدفاع المدني",
  },
  {
    name: "بحسب ما ذكرت X",
    text: "وتراجعت صادرات القمح بنسبة 30%، بحسب ما ذكرت وزارة الزراعة.",
    anchor: "صادرات القمح",
    speaker: "وزارة الزراعة",
  },
  {
    name: "على ما أفاد X (wire style)",
    text: "قتل 27 شخصاً على الأقل في غارات ليلية على القطاع، على ما أفاد الدفاع المدني.",
    anchor: "غارات ليلية",
    speaker: "الدفاع المدني",
  },
  {
    name: "المصدر نفسه repeats the last speaker",
    text: "وقال المتحدث باسم الدفاع المدني محمود بصل إن معظم الضحايا من الأطفال. وأوضح المصدر نفسه أن الطواقم تبحث عن مفقودين.",
    anchor: "تبحث عن مفقودين",
    speaker: "محمود بصل",
  },
  {
    name: "«المسؤول نفسه» before a quotation is the speaker named before, not words inside the quotation",
    text: 'وقال مسؤول في وزارة النقل إن البحث عن المفقودين مستمر. وقال المسؤول نفسه "نخشى أن يرتفع عدد الضحايا" خلال الليل.',
    anchor: "نخشى أن يرتفع",
    speaker: "مسؤول في وزارة النقل",
  },
  {
    name: "a bare document inside the content («المعلومات الأولية تفيد») is the speaker's own",
    text: "أما منظمة الإغاثة فذكرت في بيان أن المعلومات الأولية تفيد بأن نحو 300 شخص كانوا في المبنى.",
    anchor: "نحو 300 شخص",
    speaker: "منظمة الإغاثة",
  },
  {
    name: "a short quoted name right after the verb and before «أن» is the subject",
    text: 'وأكدت "الهيئة المستقلة" أن الاقتراع سيجري في موعده رغم الاحتجاجات.',
    anchor: "سيجري في موعده",
    speaker: "الهيئة المستقلة",
  },
  {
    name: "a headline's quoted name before a present-tense verb is its subject",
    text: "«الهلال الأحمر» ينفي مسؤوليته عن الأرقام المتداولة",
    anchor: "الأرقام المتداولة",
    speaker: "الهلال الأحمر",
  },
  {
    name: "a quotation before «قال» is what was said, not who said it",
    text: "«لن نغادر أرضنا» قال رئيس البلدية للصحافيين.",
    anchor: "لن نغادر",
    speaker: "رئيس البلدية",
  },
  {
    name: "a negated clause before «ويُخشى» is no subject: the sentence's speaker holds",
    text: "وقالت الشرطة إن 12 شخصا لقوا حتفهم، فيما لا يزال العشرات في عداد المفقودين ويخشى أن يكونوا تحت الأنقاض.",
    anchor: "ويخشى أن يكونوا",
    speaker: "الشرطة",
  },
  {
    name: "a bare title repeats the speaker with that role",
    text: "وقال وزير الخارجية التركي مولود جاويش أوغلو إن بلاده لن تسمح بذلك. وأضاف الوزير أن أنقرة ستواصل عملياتها.",
    anchor: "ستواصل عملياتها",
    speaker: "مولود جاويش أوغلو",
  },
  {
    name: "وفق أرقام X: the figures' owner speaks",
    text: "ويعيش في المخيمات نحو 1.8 مليون نازح، وفق أرقام الأمم المتحدة.",
    anchor: "مليون نازح",
    speaker: "الأمم المتحدة",
  },
  // other reporting verbs and stances
  {
    name: "أفاد مراسل بأن",
    text: "وأفاد مراسل الجزيرة بأن اشتباكات عنيفة اندلعت في محيط المطار.",
    anchor: "اشتباكات عنيفة اندلعت",
    speaker: "مراسل الجزيرة",
    verb: "أفاد",
  },
  {
    name: "نفى + direct object (denies)",
    text: "ونفى الجيش الإسرائيلي استهداف المستشفى في غارته الأخيرة على المدينة.",
    anchor: "استهداف المستشفى",
    speaker: "الجيش الإسرائيلي",
    verb: "نفى",
    stance: "denies",
  },
  {
    name: "توقع أن (expects)",
    text: "وتوقع صندوق النقد الدولي أن يتباطأ النمو الاقتصادي في المنطقة إلى 2.1% العام المقبل.",
    anchor: "يتباطأ النمو",
    speaker: "صندوق النقد الدولي",
    stance: "expects",
  },
  {
    name: "analysts polled by an agency: the agency is the link",
    text: "وتوقع محللون استطلعت رويترز آراءهم أن يواصل البنك المركزي رفع أسعار الفائدة.",
    anchor: "يواصل البنك المركزي",
    speaker: "محللون",
    via: ["رويترز"],
    stance: "expects",
  },
  {
    name: "رجّح + unnamed officials (expects)",
    text: "ورجح مسؤولون محليون أن يرتفع عدد الضحايا مع استمرار عمليات البحث.",
    anchor: "يرتفع عدد الضحايا",
    speaker: "مسؤولون محليون",
    stance: "expects",
  },
  {
    name: "حذّر من أن (warns)",
    text: "وحذرت منظمة الصحة العالمية من أن النظام الصحي في القطاع على وشك الانهيار.",
    anchor: "على وشك الانهيار",
    speaker: "منظمة الصحة العالمية",
    stance: "warns",
  },
  {
    name: "أعلن أنه",
    text: "وأعلن الجيش السوداني أنه سيطر على مقر الإذاعة والتلفزيون في أم درمان.",
    anchor: "سيطر على مقر الإذاعة",
    speaker: "الجيش السوداني",
    verb: "أعلن",
  },
  {
    name: "أكد + organisation + direct object",
    text: "وأكد المرصد السوري لحقوق الإنسان مقتل 15 عنصراً من قوات النظام في الهجوم.",
    anchor: "مقتل 15 عنصراً",
    speaker: "المرصد السوري لحقوق الإنسان",
  },
  {
    name: "تحدث X عن",
    text: "وتحدث شهود عيان عن سماع دوي انفجارات قوية في الجزء الشرقي من المدينة.",
    anchor: "دوي انفجارات",
    speaker: "شهود عيان",
    verb: "تحدث",
  },
  {
    name: "رأى X أن",
    text: "ورأى الباحث في الشؤون العسكرية عمر الحسن أن الهجوم يهدف إلى قطع خطوط الإمداد.",
    anchor: "قطع خطوط الإمداد",
    speaker: "عمر الحسن",
  },
  // unnamed and passive
  {
    name: "مصادر تؤكد أن",
    text: "مصادر تؤكد أن المفاوضات وصلت إلى طريق مسدود بعد رفض الشروط الجديدة.",
    anchor: "طريق مسدود",
    speaker: "مصادر",
  },
  {
    name: "قال مصدر أمني (unnamed)",
    text: "وقال مصدر أمني إن المشتبه به اعتقل فجر الأحد في مداهمة بالعاصمة.",
    anchor: "المشتبه به اعتقل",
    speaker: "مصدر أمني",
  },
  {
    name: "يُعتقد أن (impersonal): reported",
    text: "ويُعتقد أن المئات لا يزالون تحت الأنقاض في البلدات الأكثر تضرراً.",
    anchor: "لا يزالون تحت الأنقاض",
    speaker: null,
    verb: "اعتقد",
  },
  {
    name: "يرجح أن (impersonal): reported",
    text: "ويرجح أن تستمر العملية العسكرية أسابيع عدة قبل حسمها.",
    anchor: "تستمر العملية",
    speaker: null,
  },
  {
    name: "a negated verb reports nothing",
    text: "ولم يذكر البيان عدد الضحايا الذين سقطوا في الهجوم.",
    anchor: "عدد الضحايا",
    speaker: null,
  },
  {
    name: "a relative clause verb is not a report",
    text: "ويأتي ذلك بعد القرار الذي أعلنه الرئيس الشهر الماضي بتجميد المساعدات.",
    anchor: "بتجميد المساعدات",
    speaker: null,
  },
  {
    name: "an anonymity clause is not the name",
    text: 'وقال دبلوماسي غربي طلب عدم نشر اسمه "لا أرى أي مؤشر على عودة المفاوضات قريباً".',
    anchor: "لا أرى أي مؤشر",
    speaker: "دبلوماسي غربي",
  },
  {
    name: "an indefinite organisation head and its foreign name",
    text: "وقالت منظمة أطباء بلا حدود إن المستشفى استقبل 57 جريحاً خلال يومين.",
    anchor: "استقبل 57 جريحاً",
    speaker: "منظمة أطباء بلا حدود",
  },
  {
    name: "a headline that names its source before a colon",
    text: "الدفاع المدني: بين القتلى خمسة أطفال وامرأتان",
    anchor: "خمسة أطفال",
    speaker: "الدفاع المدني",
  },
  {
    name: "a headline's second statement: «… و«الداخلية»: …», the «و» written apart before a quoted source",
    text: "«سرايا أنصار السنة» تتبنى الهجوم... و«الداخلية»: الخلية تتبع «داعش» والانتحاريان قدما من مخيم الهول\n\nقتل 25 شخصاً في تفجير انتحاري داخل كنيسة في دمشق.",
    anchor: "الخلية تتبع",
    speaker: "الداخلية",
  },
  {
    name: "an intelligence service names a body («الاستخبارات الأميركية: …»)",
    text: "الاستخبارات الأميركية: قتلى انفجار المستشفى في غزة بين 100 و300 على الأرجح\n\nوقع الانفجار مساء الثلاثاء في باحة المستشفى.",
    anchor: "بين 100 و300",
    speaker: "الاستخبارات الأميركية",
  },
  {
    name: "«أعلن الرئيس المصري الحداد العام ثلاثة أيام»: the mourning declared is the object",
    text: "وأعلن الرئيس المصري الحداد العام ثلاثة أيام على أرواح الضحايا.",
    anchor: "الحداد العام",
    speaker: "الرئيس المصري",
  },
  {
    name: "«ويتهمه حزب الله بالاستنسابية»: an accusation with its object pronoun, then its subject",
    text: "ويلاحق المحقق العدلي نواباً ووزراء سابقين. ويتهمه حزب الله بالاستنسابية في ملاحقة المسؤولين.",
    anchor: "بالاستنسابية",
    speaker: "حزب الله",
  },
  {
    name: "«ويتهمهم الجيش بالتخطيط …»: and with a plural pronoun",
    text: "وأوقفت القوى الأمنية ثلاثة مسلحين. ويتهمهم الجيش بالتخطيط للهجوم على المدنيين.",
    anchor: "بالتخطيط",
    speaker: "الجيش",
  },
  {
    name: "«وطالب المحتجون بـ«إسقاط الحكومة»»: what is demanded, «بـ» written apart before its quotation",
    text: "وتجمع المئات أمام البرلمان. وطالب المحتجون بـ«إسقاط الحكومة» ومحاسبة المسؤولين.",
    anchor: "إسقاط الحكومة",
    speaker: "المحتجون",
  },
  {
    name: "«وتبنت الإدارة الأميركية رواية الجيش»: adopting an account asserts it",
    text: "وتبنت الإدارة الأميركية رواية الجيش الإسرائيلي عن صاروخ أطلق من داخل القطاع.",
    anchor: "رواية الجيش",
    speaker: "الإدارة الأميركية",
  },
  {
    name: "a headline's second statement on a stance held: «… والحكومة تتمسك بروايتها»",
    text: "غضب من «تأخر» الإنقاذ في حريق الكنيسة والحكومة تتمسك بروايتها\n\nعبّر مواطنون عن غضبهم من تأخر سيارات الإطفاء.",
    anchor: "تتمسك بروايتها",
    speaker: "الحكومة",
  },
  {
    name: "a topic before a colon is no source",
    text: "فيضانات ليبيا: آلاف المفقودين في درنة",
    anchor: "آلاف المفقودين",
    speaker: null,
  },
  {
    name: "بحسب ما أعلنته X (verb with an object pronoun)",
    text: "وارتفعت حصيلة الضحايا إلى أكثر من 5300 قتيل، بحسب ما أعلنته وزارة الداخلية.",
    anchor: "حصيلة الضحايا",
    speaker: "وزارة الداخلية",
  },
  {
    name: "postposed present verb with an addressee glued to a multi-word outlet",
    text: '"لم نر شيئاً كهذا من قبل"، يقول أحد سكان المدينة لبي بي سي.',
    anchor: "لم نر شيئاً",
    speaker: "أحد سكان المدينة",
    via: ["بي بي سي"],
  },
  {
    name: "a label before a colon is no source",
    text: "عاجل: انفجار قوي يهز وسط العاصمة",
    anchor: "انفجار قوي",
    speaker: null,
  },
  // quotations
  {
    name: "guillemets after a colon",
    text: "وقال المتحدث: «نحن ملتزمون بوقف إطلاق النار ما دام الطرف الآخر ملتزماً».",
    anchor: "ملتزمون بوقف إطلاق النار",
    speaker: "المتحدث",
    quote: "نحن ملتزمون",
  },
  {
    name: "curly quotes",
    text: "وقال الطبيب إن “الوضع في قسم الطوارئ كارثي بكل المقاييس”.",
    anchor: "قسم الطوارئ",
    speaker: "الطبيب",
    quote: "الوضع في قسم الطوارئ",
  },
  {
    name: "an unbalanced quotation runs to the end of the sentence",
    text: 'وقالت الناشطة ليلى أحمد: "لقد فقدنا كل شيء في هذه الحرب.',
    anchor: "فقدنا كل شيء",
    speaker: "ليلى أحمد",
    quote: "لقد فقدنا كل شيء",
  },
  {
    name: "a quotation across a full stop stays one claim",
    text: 'وقال الطبيب: "وصلنا عشرات الجرحى. معظمهم من الأطفال والنساء". وأضاف أن المستشفى يعاني من نقص حاد في الأدوية.',
    anchor: "معظمهم من الأطفال",
    speaker: "الطبيب",
  },
  {
    name: "a verb followed directly by the quotation (no إن)",
    text: 'وأضاف وزير الداخلية "سنواصل ملاحقة الخلايا حتى القضاء عليها بالكامل".',
    anchor: "سنواصل ملاحقة",
    speaker: "وزير الداخلية",
  },
  {
    name: "a paragraph that is only a quotation continues the last speaker",
    text: 'وقال أحمد سليمان، وهو أب لثلاثة أطفال، إن المياه دخلت منزله ليلاً.\n\n"لا نعرف إلى أين نذهب الآن".',
    anchor: "لا نعرف إلى أين",
    speaker: "أحمد سليمان",
  },
  {
    name: "postposed verb: «…»، قال X",
    text: '"لن نتراجع عن مطالبنا مهما طال الاعتصام"، قال أحد المحتجين.',
    anchor: "لن نتراجع عن مطالبنا",
    speaker: "أحد المحتجين",
  },
  // addressees and chains
  {
    name: 'قال X لـ"OUTLET" — the article\'s own outlet is no intermediary',
    text: 'وقال مصدر أمني لـ"الشرق الأوسط" إن المهاجمين فروا باتجاه الحدود.',
    anchor: "فروا باتجاه الحدود",
    speaker: "مصدر أمني",
    via: [],
    outlet: "الشرق الأوسط",
  },
  {
    name: 'قال X لـ"OUTLET" — another outlet is the link',
    text: 'وقال مصدر أمني لـ"الشرق الأوسط" إن المهاجمين فروا باتجاه الحدود.',
    anchor: "فروا باتجاه الحدود",
    speaker: "مصدر أمني",
    via: ["الشرق الأوسط"],
    outlet: "العربي الجديد",
  },
  {
    name: "قال X لوكالة رويترز",
    text: "وقال الناطق باسم الحكومة لوكالة رويترز إن المحادثات ستستأنف الأسبوع المقبل في جنيف.",
    anchor: "المحادثات ستستأنف",
    speaker: "الناطق باسم الحكومة",
    via: ["رويترز"],
  },
  {
    name: "قال X للأناضول (attached article and preposition)",
    text: "وقال مدير الدفاع المدني في إدلب، مصطفى حاج يوسف، للأناضول، إن فرق الإنقاذ انتشلت جثث الضحايا.",
    anchor: "انتشلت جثث",
    speaker: "مصطفى حاج يوسف",
    via: ["الأناضول"],
    role: "مدير الدفاع المدني",
  },
  {
    name: "في بيان",
    text: "وقالت وزارة الداخلية في بيان إن قوات الأمن أحبطت هجوماً على مركز للشرطة.",
    anchor: "أحبطت هجوماً",
    speaker: "وزارة الداخلية",
    via: ["بيان"],
  },
  {
    name: "في تغريدة على تويتر",
    text: "وكتب الرئيس الفرنسي إيمانويل ماكرون في تغريدة على تويتر أن فرنسا تقف إلى جانب الشعب اللبناني.",
    anchor: "تقف إلى جانب",
    speaker: "إيمانويل ماكرون",
    via: ["تويتر"],
  },
  {
    name: "نقلت صحيفة Y عن X قوله إن",
    text: "ونقلت صحيفة نيويورك تايمز عن مسؤول أميركي قوله إن واشنطن تدرس فرض عقوبات جديدة.",
    anchor: "تدرس فرض عقوبات",
    speaker: "مسؤول أميركي",
    via: ["نيويورك تايمز"],
  },
  {
    name: "ذكرت وكالة Y، نقلاً عن X، أن",
    text: "وذكرت وكالة الأنباء الرسمية، نقلاً عن مصدر عسكري، أن الدفاعات الجوية تصدت لصواريخ معادية.",
    anchor: "تصدت لصواريخ",
    speaker: "مصدر عسكري",
    via: ["وكالة الأنباء الرسمية"],
  },
  {
    name: "ذكرت قناة Y أن X قال … (nested report)",
    text: "وذكرت قناة العربية أن وزير الدفاع قال في مؤتمر صحفي إن الجيش مستعد لكل الاحتمالات.",
    anchor: "مستعد لكل الاحتمالات",
    speaker: "وزير الدفاع",
    via: ["قناة العربية", "مؤتمر"],
  },
  {
    name: "a channel before the verb: وفي حديث لـ OUTLET، قال X",
    text: "وفي حديث للجزيرة نت، قال المحلل العسكري هشام جابر إن قواعد الاشتباك لم تسقط بعد.",
    anchor: "قواعد الاشتباك",
    speaker: "هشام جابر",
    via: ["الجزيرة"],
  },
  {
    name: "a country as the subject of a denial",
    text: "ونفت إسرائيل استهداف مدنيين في غاراتها الأخيرة على جنوب لبنان.",
    anchor: "استهداف مدنيين",
    speaker: "إسرائيل",
    stance: "denies",
  },
  {
    name: "لكنه continues the speaker, not a new one",
    text: "وقال المحلل هشام جابر إن الهدنة صامدة، لكنه حذر من أن أي خطأ قد يشعل حرباً.",
    anchor: "أي خطأ قد يشعل",
    speaker: "هشام جابر",
  },
  {
    name: "relative adjectives stay with an unnamed source",
    text: "وقال مصدر عسكري لبناني إن الجيش عزز انتشاره في القطاع الأوسط.",
    anchor: "عزز انتشاره",
    speaker: "مصدر عسكري لبناني",
  },
  // clauses
  {
    name: "a second speaker after a comma gets its own claim",
    text: "ونفت إسرائيل استهداف مدنيين، وقال متحدث باسم الجيش إن الضربات طالت مواقع عسكرية.",
    anchor: "الضربات طالت",
    speaker: "متحدث باسم الجيش",
  },
  {
    name: "a contrast clause with its own speaker is split off (first part reported)",
    text: "وتراجعت أسعار النفط صباح اليوم، لكن محللين قالوا إن الانخفاض مؤقت.",
    anchor: "وتراجعت أسعار النفط",
    speaker: null,
  },
  {
    name: "a contrast clause with its own speaker is split off (second part attributed)",
    text: "وتراجعت أسعار النفط صباح اليوم، لكن محللين قالوا إن الانخفاض مؤقت.",
    anchor: "الانخفاض مؤقت",
    speaker: "محللين",
  },
  {
    name: "a participle clause continues the speaker (a short sentence stays whole)",
    text: "وقال الوزير إن الحكومة ستدعم المزارعين المتضررين، مشيراً إلى أن الموازنة تتضمن مخصصات جديدة.",
    anchor: "الموازنة تتضمن",
    speaker: "الوزير",
    verb: "قال",
  },
  {
    name: "a dateline does not become the speaker",
    text: "القاهرة - قال مسؤول مصري إن المعبر سيفتح أمام الحالات الإنسانية غداً.",
    anchor: "المعبر سيفتح",
    speaker: "مسؤول مصري",
  },
  {
    name: "an anonymity clause is no name (طالبا عدم ذكر اسمه)",
    text: "وقال أحد المزارعين لوكالة الأناضول، طالبا عدم ذكر اسمه خشية الملاحقة، إن المحصول تلف بالكامل.",
    anchor: "المحصول تلف",
    speaker: "أحد المزارعين",
    via: ["الأناضول"],
  },
  {
    name: "an anonymity clause between commas is no name (فضّلت حجب اسمها)",
    text: "وتروي موظفة في المستشفى الحكومي، فضّلت حجب اسمها، أن الأدوية نفدت منذ أسبوع.",
    anchor: "الأدوية نفدت",
    speaker: "موظفة",
  },
  {
    name: "an office speaking for an institution keeps «باسم …» in its name",
    text: "وقال مكتب المتحدث الرسمي باسم وزارة الداخلية في بيان إن الطريق أعيد فتحه أمام السيارات.",
    anchor: "أعيد فتحه",
    speaker: "مكتب المتحدث الرسمي باسم وزارة الداخلية",
  },
  {
    name: "subject, verb, then a noun phrase as content (a headline: الحكومة تقر بـ…)",
    text: "الحكومة الأردنية تقر بتأخر وصول المساعدات إلى المخيمات\n\nوصلت أولى القوافل إلى المخيمات الشمالية مساء أمس.",
    anchor: "تقر بتأخر",
    speaker: "الحكومة",
    verb: "أقر",
  },
  {
    name: "a cabinet approving a package is its subject, however far a «بـ…» word lies (أقر X، أمس، حزمة …، … برفقة …)",
    text: "أقر مجلس الوزراء اليوناني، مساء الخميس، خطة طوارئ لإيواء العائلات المتضررة من الحرائق شمالي أثينا، أبرزها صرف إعانة عاجلة قدرها 5 آلاف يورو لكل أسرة، وذلك عقب جولة رئيس الوزراء على البلدات المنكوبة برفقة وزير الحماية المدنية.",
    anchor: "خطة طوارئ",
    speaker: "مجلس الوزراء اليوناني",
    verb: "أقر",
  },
  {
    name: "كانت X قد أبدت «قلقا» من …",
    text: "وكانت منظمة أطباء بلا حدود قد أبدت، الخميس، «قلقا بالغا» من نقص الوقود في المستشفيات الميدانية.",
    anchor: "نقص الوقود",
    speaker: "أطباء بلا حدود",
    verb: "أبدى",
  },
  {
    name: "a discourse adjunct before the subject of a denial (في المقابل، كانت الشرطة قد نفت …)",
    text: "في المقابل، كانت الشرطة قد نفت مساء السبت وقوع إصابات بين المحتجين أمام مبنى البرلمان.",
    anchor: "وقوع إصابات",
    speaker: "الشرطة",
    stance: "denies",
  },
  {
    name: "clips do not speak: the one who posted them does (ونشرت الوزارة مقاطع قالت إنها …)",
    text: "ونشرت وزارة الدفاع مقاطع قالت إنها تظهر إخلاء السكان من الحي الشرقي قبل القصف.",
    anchor: "إخلاء السكان",
    speaker: "وزارة الدفاع",
  },
  {
    name: "«، فيما قال شهود …» is a second speaker's clause",
    text: "وأظهرت صور متداولة أعمدة الدخان فوق الميناء، فيما قال شهود لوكالة رويترز إنهم سمعوا دوي انفجارين قويين.",
    anchor: "سمعوا دوي",
    speaker: "شهود",
    via: ["رويترز"],
  },
  {
    name: "pictures showing something make no speaker",
    text: "وأظهرت صور متداولة أعمدة الدخان فوق الميناء، فيما قال شهود لوكالة رويترز إنهم سمعوا دوي انفجارين قويين.",
    anchor: "أعمدة الدخان",
    speaker: null,
  },
  {
    name: "fearing is a stance (ويخشى سكان … أن …)",
    text: "ويخشى سكان القرى الواقعة على ضفاف النهر أن تغمر المياه منازلهم مجددا مع عودة الأمطار.",
    anchor: "تغمر المياه",
    speaker: "سكان القرى",
    stance: "warns",
  },
  {
    name: "two coordinated clauses, each with its own source (first)",
    text: "واندلعت الاشتباكات في أيار/مايو، وأودت بحياة 150 شخصا على الأقل بحسب وزارة الصحة، ودفعت 40 ألفا إلى النزوح وفق المفوضية السامية لشؤون اللاجئين.",
    anchor: "150 شخصا",
    speaker: "وزارة الصحة",
  },
  {
    name: "two coordinated clauses, each with its own source (second)",
    text: "واندلعت الاشتباكات في أيار/مايو، وأودت بحياة 150 شخصا على الأقل بحسب وزارة الصحة، ودفعت 40 ألفا إلى النزوح وفق المفوضية السامية لشؤون اللاجئين.",
    anchor: "40 ألفا",
    speaker: "السامية لشؤون اللاجئين",
  },
  {
    name: "an estimate «لـ» a source: the source speaks (وفق تقدير أولي لمنظمة …)",
    text: "وقتل 300 شخص على الأقل في المواجهات وفق تقدير أولي لمنظمة العفو الدولية.",
    anchor: "300 شخص",
    speaker: "منظمة العفو الدولية",
  },
  {
    name: "a bare head names the organisation named before (وأوضحت المنظمة after منظمة الصحة العالمية)",
    text: "وأعلنت منظمة الصحة العالمية أن الوباء ينحسر في الإقليم. وقال المدير الإقليمي للمنظمة أحمد المنظري إن الإصابات تراجعت. وأوضحت المنظمة أن حملة التطعيم ستستمر حتى نهاية الشهر.",
    anchor: "حملة التطعيم",
    speaker: "منظمة الصحة العالمية",
  },
  {
    name: "a headline of two statements joined by «..» is two claims",
    text: "الشرطة تنفي وقوع إصابات.. والمحتجون يتهمونها بالعنف\n\nتجمع مئات المحتجين أمام مبنى البرلمان مساء السبت.",
    anchor: "وقوع إصابات",
    speaker: "الشرطة",
    stance: "denies",
  },
  {
    name: "a participle continues its own clause's subject, not the last speaker",
    text: "وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن 15 ألف شخص نزحوا خلال يومين. غير أن المنظمة الدولية للهجرة رفعت تقديرها، مشيرة إلى أن 250 ألف شخص غادروا الولاية.",
    anchor: "250 ألف شخص غادروا",
    speaker: "المنظمة الدولية للهجرة",
  },
  {
    name: "what a source points to is its content (تشير بيانات الوزارة إلى …)",
    text: "إذ تشير بيانات وزارة الزراعة إلى ما يزيد على ألفي هكتار من المحاصيل المتضررة.",
    anchor: "ألفي هكتار",
    speaker: "وزارة الزراعة",
  },
  {
    name: "a feminine participle after an indefinite noun is an adjective, not a report (أعداد مؤكدة)",
    text: "وقال مدير المستشفى سامي حداد إنه لا توجد حتى الآن أعداد مؤكدة للمصابين وأن الحصيلة ستعلن لاحقا.",
    anchor: "أعداد مؤكدة",
    speaker: "سامي حداد",
  },
  {
    name: "a verb and the surname of a speaker named before (ونفى الحداد …)",
    text: "وقال رئيس فريق الإنقاذ سامي الحداد إن البحث مستمر. ونفى الحداد أي نية لسحب الفريق قبل انتهاء المهمة.",
    anchor: "لسحب الفريق",
    speaker: "سامي الحداد",
    stance: "denies",
  },
  {
    name: "a body revising its own estimate states it (خفّضت المنظمة حصيلتها إلى …)",
    text: "وخفّضت منظمة الصحة العالمية الأحد حصيلتها إلى 950 وفاة بعد مراجعة السجلات.",
    anchor: "950 وفاة",
    speaker: "منظمة الصحة العالمية",
  },
  {
    name: "a headline of two subject-verb statements joined by و (second)",
    text: "الحكومة تراجع أرقام البطالة والنقابات تنفي تحسن سوق العمل\n\nنشرت الحكومة أرقاما جديدة عن سوق العمل.",
    anchor: "تحسن سوق العمل",
    speaker: "النقابات",
    stance: "denies",
  },
  {
    name: "«وفقاً لآليات السوق» names no source",
    text: "وسمح البنك المركزي للعملة بالتحرك وفقا لآليات السوق بعد سنوات من التثبيت.",
    anchor: "لآليات السوق",
    speaker: null,
  },
  {
    name: "figures of a source show what it reports (أظهرت بيانات X أن …)",
    text: "وأظهرت بيانات الجهاز المركزي للإحصاء أن التضخم السنوي تراجع إلى 12 في المئة.",
    anchor: "التضخم السنوي",
    speaker: "الجهاز المركزي للإحصاء",
  },
  {
    name: "«أظهر X أنه …» (showed) reports no one",
    text: "لكن الفريق أظهر بالفعل أنه قادر على المنافسة حتى النهاية.",
    anchor: "قادر على المنافسة",
    speaker: null,
  },
  {
    name: "«يبدي مقاومة» is no stance report",
    text: "الجيش يبدي مقاومة شرسة في آخر معاقله شمال المدينة",
    anchor: "مقاومة شرسة",
    speaker: null,
  },
  {
    name: "a relative verb with its own subject and content reports (التي قال X إن …)",
    text: "ووقعت الحكومة اتفاق الميناء، وهي الصفقة التي قال وزير النقل إن قيمتها تبلغ ملياري دولار.",
    anchor: "ملياري دولار",
    speaker: "وزير النقل",
  },
  {
    name: "the occasion of the words is no part of the name (خلال ندوة …)",
    text: "وأضاف الرئيس خلال ندوة للطلاب في العاصمة أن البلاد تجاوزت الأزمة.",
    anchor: "تجاوزت الأزمة",
    speaker: "الرئيس",
  },
  {
    name: "after وصف the object stands before the content (ووصف الوزير القرار بأنه …)",
    text: "ووصف الوزير القرار بأنه تاريخي للاقتصاد الوطني.",
    anchor: "تاريخي",
    speaker: "الوزير",
  },
  {
    name: "a subject-verb clause inside the content is the content, not a nested report",
    text: "وقال وزير المالية محمد سالم إن الحكومة تتوقع نموا بنسبة 4 في المئة.",
    anchor: "نموا بنسبة",
    speaker: "محمد سالم",
  },
  {
    name: "a headline names before its colon someone the article quotes by surname",
    text: "سالم: الحكومة تتوقع نموا قويا\n\nوقال وزير المالية محمد سالم إن الحكومة تتوقع نموا بنسبة 4 في المئة.",
    anchor: "نموا قويا",
    speaker: "محمد سالم",
  },
  {
    name: "an honorific before a name in apposition (، الدكتور X،)",
    text: "قال مدير الطوارئ في وزارة الصحة، الدكتور هاني سليم، إن المستشفيات استقبلت 40 مصابا.",
    anchor: "40 مصابا",
    speaker: "هاني سليم",
  },
  {
    name: "«للوكالة» with no name after it belongs to the role (المستشار الإعلامي للوكالة X)",
    text: "وقال المستشار الإعلامي للوكالة سعيد منصور إن المخزون يكفي أسبوعين فقط.",
    anchor: "يكفي أسبوعين",
    speaker: "سعيد منصور",
  },
  {
    name: "the outlet told, then the time it was told (X للتلفزيون الرسمي فجر الاثنين إنه …), is the link",
    text: "وقال رئيس هيئة الإسعاف الوطني عادل ناصر للتلفزيون الرسمي فجر الاثنين إن الفرق لم تعثر على ناجين.",
    anchor: "لم تعثر على ناجين",
    speaker: "عادل ناصر",
    via: ["التلفزيون الرسمي"],
  },
  {
    name: "a body named by an adjective that is no nisba keeps it (التيار الوطني الحر)",
    text: "وقال التيار الوطني الحر في بيان إن الجلسة «غير دستورية».",
    anchor: "غير دستورية",
    speaker: "التيار الوطني الحر",
  },
  {
    name: "by one's estimate (… بتقدير البنك الدولي) credits the estimator",
    text: "وكلّفت الفيضانات الاقتصاد الليبي نحو 1.5 مليار دولار بتقدير البنك الدولي.",
    anchor: "1.5 مليار",
    speaker: "البنك الدولي",
  },
  {
    name: "a qualified estimate (بتقديرات أولية) credits no one",
    text: "وتبلغ خسائر المزارعين نحو 300 مليون دولار بتقديرات أولية.",
    anchor: "300 مليون",
    speaker: null,
  },
  {
    name: "«أمين» before a name is the given name, not a secretary's title (وزير الاقتصاد أمين سلام)",
    text: "وقال وزير الاقتصاد أمين سلام إن الخسائر تتجاوز 15 مليار دولار.",
    anchor: "15 مليار",
    speaker: "أمين سلام",
    role: "وزير الاقتصاد",
  },
  {
    name: "an estimate's figure after «بما بين» with what is estimated ending the subject (وقدّر X عدد … بما بين …)",
    text: "وقدّر أبو عيشة عدد الأسر التي نزحت من المخيم منذ نوفمبر (تشرين الثاني) الماضي بما بين 1500 و2000 أسرة.",
    anchor: "1500 و2000",
    speaker: "أبو عيشة",
    verb: "قدر",
  },
  {
    name: "a relative «، الذي قال» after the one presiding (برئاسة X، الذي قال إن …) is X's",
    text: "وعقدت اللجنة اجتماعها الأول برئاسة وزير الداخلية مازن الفراية، الذي قال إن التحقيق «سيكون شفافاً».",
    anchor: "سيكون شفافاً",
    speaker: "مازن الفراية",
  },
  {
    name: "a breakdown «بحسب الجنسية» credits no one",
    text: "ولم تنشر السلطات حتى الآن توزيعاً للضحايا بحسب الجنسية.",
    anchor: "توزيعاً للضحايا",
    speaker: null,
  },
  {
    name: "a memo issued by a body (وجاء في مذكرة صادرة عن X أن …) is the body's",
    text: "وجاء في مذكرة صادرة عن رئاسة الحكومة أن الدوائر الرسمية ستغلق الاثنين حداداً.",
    anchor: "ستغلق الاثنين",
    speaker: "رئاسة الحكومة",
  },
  {
    name: "a participle after «في خطوة انتقدها X» goes on with X",
    text: "وقرر المدعي العام في محافظة البلقاء منع نشر أي أخبار أو تعليقات تتعلق بمسار التحقيق في الحادثة، في خطوة انتقدها نقيب المحامين سامي حداد، معتبراً أنها «تمس حق الرأي العام في المعرفة».",
    anchor: "تمس حق",
    speaker: "سامي حداد",
  },
  {
    name: "media named by their country only before a headline's colon (إعلام عبري: …) are the source",
    text: "إعلام عبري: 40 طائرة شاركت في الغارات على الميناء\n\nوقال مسؤول إن الغارة كانت دقيقة.",
    anchor: "40 طائرة",
    speaker: "إعلام عبري",
  },
  {
    name: "figures published (نشرت X تقديرات منحت …) are X's report",
    text: "وكانت مؤسسة «إمرود كونسلتينغ» قد نشرت مساء الأحد تقديرات منحت المرشح الفائز 71 في المائة من الأصوات.",
    anchor: "71 في المائة",
    speaker: "مؤسسة",
    verb: "نشر",
  },
  {
    name: "a report's distributor named in its relative clause speaks (التقرير الذي وزّعه X بأن …)",
    text: "وأفاد التقرير الذي وزّعه منسق خلية الأزمة وزير الداخلية سليم نصار بأن 4200 عائلة مسجلة في مراكز الإيواء.",
    anchor: "4200 عائلة",
    speaker: "سليم نصار",
  },
  {
    name: "hastening to call it something (وسارع X إلى وصفها بأنها …) is X's statement",
    text: "وسارع المرشح المنافس حينها إلى وصفها بأنها «أرقام لا تعكس الواقع».",
    anchor: "لا تعكس الواقع",
    speaker: "المرشح المنافس",
  },
  {
    name: "«أما X فقال»",
    text: "أما المدير الإقليمي للمنظمة خالد يوسف فقال إن الفرق ستعمل طوال الليل.",
    anchor: "طوال الليل",
    speaker: "خالد يوسف",
  },
  {
    name: "«حذرت X من أن …، وقالت: …» keeps X (the content before «وقالت» names no one)",
    text: 'وحذرت المسؤولة في المنظمة سلمى راشد قبيل انطلاق الحملة من أن أي تأخير سيضر بالأطفال، وقالت: "لا وقت لدينا".',
    anchor: "لا وقت لدينا",
    speaker: "سلمى راشد",
  },
  {
    name: "a «بال» object after a name ends it (ورحّب X بالهدنة، وقال …)",
    text: "ورحّب المتحدث باسم الحركة حازم قاسم بالهدنة الإنسانية، وقال إن الحركة ستلتزم بها.",
    anchor: "ستلتزم بها",
    speaker: "حازم قاسم",
  },
  {
    name: "an unnamed group is named in the nominative (بحسب مسؤولين → مسؤولون)",
    text: "وتأمل الفرق الطبية الوصول إلى 200 ألف طفل، بحسب مسؤولين في القطاع الصحي.",
    anchor: "200 ألف طفل",
    speaker: "مسؤولون في القطاع الصحي",
  },
  {
    name: "a bare role names the person who held it, whoever spoke in between",
    text: "وقال المفوض العام للأونروا فيليب لازاريني إن الوضع خطير. وقالت المتحدثة باسم اليونيسف سلمى راشد إن الحملة بدأت. وأضاف المفوض العام أن أي تأخير سيرفع الخطر.",
    anchor: "أي تأخير",
    speaker: "فيليب لازاريني",
  },
  {
    name: "a bare role that differs in a word is someone else (الفريق الإسباني after رئيس الفريق التونسي)",
    text: "وقال رئيس الفريق التونسي طارق الوسلاتي إن العمل مستمر. وأعلن الفريق الإسباني انتهاء مهامه في المدينة.",
    anchor: "انتهاء مهامه",
    speaker: "الفريق الإسباني",
  },
  {
    name: "«وكان X أعلن …، بعد اتصالين مع Y وZ، أن …»: the subject stands before the verb",
    text: "وكان الرئيس الفرنسي إيمانويل ماكرون أعلن مساء الثلاثاء، بعد اتصالين مع رئيس الوزراء سامي حداد ووزير الخارجية خالد يوسف، أن الطرفين قبلا المقترح.",
    anchor: "قبلا المقترح",
    speaker: "إيمانويل ماكرون",
  },
  {
    name: "«وذهب X أبعد من ذلك، إذ قال …» keeps X",
    text: "وذهب وزير الدفاع سامي حداد أبعد من ذلك، إذ قال في مقابلة مع القناة الأولى إن الحرب لم تنته.",
    anchor: "الحرب لم تنته",
    speaker: "سامي حداد",
    via: ["القناة الأولى"],
  },
  {
    name: "«قال فيها إن …» after a speech: the speaker is the subject of the sentence",
    text: "ووجّه رئيس البرلمان خالد يوسف، الذي قاد المفاوضات، كلمة متلفزة مساء الأحد، قال فيها إن البلاد تطوي صفحة صعبة.",
    anchor: "تطوي صفحة",
    speaker: "خالد يوسف",
  },
  {
    name: "welcoming reports a stance (رحب X بالاتفاق معتبرا أنه …)",
    text: "وقال رئيس الوزراء سامي حداد إن الحكومة ستلتزم بالاتفاق. في المقابل، رحب حداد بالاتفاق معتبرا أنه خطوة أساسية نحو الهدوء.",
    anchor: "خطوة أساسية",
    speaker: "سامي حداد",
  },
  {
    name: "«بين» is a preposition, not «بيّن» (الذي كان بين المدعوين)",
    text: "وروى سامي حداد، العضو السابق في المجلس البلدي الذي كان بين المدعوين، أن الكهرباء انقطعت فجأة.",
    anchor: "الكهرباء انقطعت",
    speaker: "سامي حداد",
  },
  {
    name: "a participle after a comma ends the verb's search for content («ونفى X ما قاله Y، مؤكداً أن …»)",
    text: "وقال المطران سامي حداد إن التحقيق ناقص. ونفى حداد ما قاله الوزير عن مشاركة 20 رجل إطفاء، مؤكداً أنه لم يحضر سوى اثنين.",
    anchor: "مشاركة 20 رجل",
    speaker: "سامي حداد",
    stance: "denies",
  },
  {
    name: "«وصف X ما جرى بأنه …» keeps its object out of the name",
    text: "ووصف الرئيس خالد يوسف ما جرى بأنه فاجعة مؤلمة.",
    anchor: "فاجعة مؤلمة",
    speaker: "خالد يوسف",
  },
  {
    name: "a title's person after the verb, with عبد + a definite word (أعلن الوزير عبد الأمير …)",
    text: "أعلن وزير الداخلية عبد الأمير سالم، اليوم الأحد، نتائج التحقيق في الحريق.",
    anchor: "نتائج التحقيق",
    speaker: "عبد الأمير سالم",
  },
  {
    name: "calling for is a report, with a religious title (ودعا البطريرك X المؤمنين إلى …)",
    text: "ودعا بطريرك الكلدان يوسف ساكو المؤمنين إلى الصلاة من أجل الضحايا.",
    anchor: "الصلاة من أجل",
    speaker: "يوسف ساكو",
  },
  {
    name: "a scene-setting adjunct before the verb is no claim of its own (وفي ردود الفعل، وصف …)",
    text: "وفي ردود الفعل، وصف الرئيس خالد يوسف الحادث بأنه فاجعة.",
    anchor: "وفي ردود الفعل، وصف",
    speaker: "خالد يوسف",
  },
  {
    name: "subject, then a transitive verb whose object is a country: the subject speaks (الجيش يتهم إسرائيل بـ…)",
    text: "الجيش اللبناني يتهم إسرائيل بخرق الاتفاق\n\nتبادل الطرفان الاتهامات بخرق وقف إطلاق النار مساء الخميس.",
    anchor: "بخرق الاتفاق",
    speaker: "الجيش اللبناني",
  },
  {
    name: "a bare document inside the content is the speaker's own («أن التقرير الأولي يشير إلى أن …»)",
    text: "وأعلنت وزارة الداخلية في بيان أن التقرير الأولي يشير إلى أن الحادث ليس جنائيا.",
    anchor: "ليس جنائيا",
    speaker: "وزارة الداخلية",
  },
  {
    name: "a bare title names the person whose name carried it (وأشار الوزير after «وزير الداخلية X»)",
    text: "أعلن وزير الداخلية العراقي عبد الأمير سالم نتائج التحقيق. وأشار الوزير إلى تقصير من أصحاب القاعة.",
    anchor: "تقصير من أصحاب",
    speaker: "عبد الأمير سالم",
  },
  {
    name: "«وطالب X بـ…» reports a demand",
    text: "وطالب المطران بإعادة التحقيق بإشراف خبراء دوليين.",
    anchor: "بإعادة التحقيق",
    speaker: "المطران",
  },
  {
    name: "a statement issued by a body speaks for it (بيان صادر عن وزارة الصحة)",
    text: "وأوضح بيان صادر عن وزارة الصحة أن عدد المصابين ارتفع إلى 40.",
    anchor: "ارتفع إلى 40",
    speaker: "وزارة الصحة",
  },
  {
    name: "«وجاء في بيان للجيش أن …»",
    text: "وجاء في بيان للجيش أن قواته صدت الهجوم على الحاجز.",
    anchor: "صدت الهجوم",
    speaker: "الجيش",
  },
  {
    name: "«…، على حد قول X»",
    text: "الأسعار سترتفع أكثر في الأسابيع المقبلة، على حد قول المتحدث باسم الوزارة.",
    anchor: "سترتفع أكثر",
    speaker: "المتحدث باسم الوزارة",
  },
  {
    name: "«وتابع قائلاً:» continues the speaker (the participle is no name)",
    text: 'وقال رئيس النقابة سامي حداد إن الإضراب مستمر. وتابع قائلا: "لن نتراجع عن مطالبنا".',
    anchor: "لن نتراجع",
    speaker: "سامي حداد",
  },
  {
    name: "a profession in apposition before the name (، الطبيب أحمد سالم،)",
    text: "وصرح مدير المستشفى، الطبيب أحمد سالم، لوكالة الأناضول، بأن المستشفى استقبل 30 جريحا.",
    anchor: "استقبل 30",
    speaker: "أحمد سالم",
    via: ["الأناضول"],
  },
  // urging, appealing, recommending, criticising, threatening
  {
    name: "أوصى + body + بـ-content",
    text: "وأوصت الهيئة الرقابية بإحالة مسؤولي الميناء إلى القضاء.",
    anchor: "مسؤولي الميناء",
    speaker: "الهيئة الرقابية",
    verb: "أوصى",
  },
  {
    name: "ناشد + body + addressee",
    text: "وناشدت وزارة الصحة المواطنين التبرع بالدم في أقرب مستشفى.",
    anchor: "التبرع بالدم",
    speaker: "وزارة الصحة",
    verb: "ناشد",
  },
  {
    name: "انتقد + title + given name + object",
    text: "وانتقد وزير المالية خالد العمر تأخر صرف التعويضات للمتضررين.",
    anchor: "صرف التعويضات",
    speaker: "خالد العمر",
    verb: "انتقد",
  },
  // a title, the body it serves in the genitive (لـ), then a name outside the list of given names
  {
    name: "verb + title + ل-body + foreign name + verbal-noun object",
    text: "وأعلن الأمين العام لمنظمة الأرصاد الجوية بيتيري تالاس انطلاق برنامج جديد للإنذار المبكر.",
    anchor: "برنامج جديد",
    speaker: "بيتيري تالاس",
    role: "الأمين العام",
  },
  {
    name: "أما + title + ل-agency + foreign name + فـverb",
    text: "أما المدير الإقليمي لوكالة الأونروا توماس وايت فقال إن المخازن فارغة.",
    anchor: "المخازن فارغة",
    speaker: "توماس وايت",
  },
  {
    name: "حذّر + spokesman + foreign name + the warned + من",
    text: "وحذر الناطق باسم الشرطة ميكي روزنفيلد سكان الأحياء القريبة من الاقتراب من موقع الانفجار.",
    anchor: "موقع الانفجار",
    speaker: "ميكي روزنفيلد",
  },
  {
    name: "دعا + patriarch + name with a regnal ordinal + plural addressee",
    text: "ودعا بطريرك الأقباط الكاثوليك إبراهيم إسحق الثاني سدراك المصلين إلى الصلاة من أجل المرضى.",
    anchor: "من أجل المرضى",
    speaker: "إبراهيم إسحق الثاني سدراك",
  },
  {
    name: "أما + a quoted body + فـverb",
    text: "أما «الجماعة الإسلامية» فأعلنت في بيان أن عناصرها انسحبوا من المدينة.",
    anchor: "انسحبوا من المدينة",
    speaker: "الجماعة الإسلامية",
  },
  {
    name: "بحسب ما نقلته X عن بيان لـY: Y speaks, X relays",
    text: "وبحسب ما نقلته وكالة رويترز عن بيان لوزارة الدفاع، أسقطت الدفاعات الجوية ثلاث طائرات مسيّرة.",
    anchor: "ثلاث طائرات",
    speaker: "وزارة الدفاع",
    via: ["رويترز"],
  },
  {
    name: "جدّد + a long title + name + the stance renewed + a participle's content",
    text: "وجدد رئيس أساقفة بيروت وتوابعها للروم الملكيين الكاثوليك المطران جورج بقعوني دعوته إلى وقف القتال، واصفا إياه بأنه «عبثي».",
    anchor: "وقف القتال",
    speaker: "جورج بقعوني",
  },
  // what stands right after the verb without being its subject
  {
    name: "a preposition right after the verb opens an adjunct: the subject is carried",
    text: "وقال رئيس البلدية سمير حداد إن المياه انحسرت عن الشوارع. وقال أمام أعضاء المجلس البلدي إن فرق الإنقاذ ما زالت تبحث عن مفقودين.",
    anchor: "ما زالت تبحث",
    speaker: "سمير حداد",
  },
  {
    name: "an adverb in the accusative after the verb names no one",
    text: "وقال المتحدث باسم النقابة خالد منصور إن العمال لم يتقاضوا أجورهم. وأضاف أن العمال طالبوا مراراً بتسوية أوضاعهم.",
    anchor: "بتسوية أوضاعهم",
    speaker: "خالد منصور",
  },
  {
    name: "a noun after a preposition that spells a verb (رأي) is no nested report",
    text: "وقال وزير الزراعة عادل النجار إن المحصول «سيكون وفيراً»، مستنداً إلى رأي «خبراء» في الوزارة.",
    anchor: "سيكون وفيراً",
    speaker: "عادل النجار",
  },
  {
    name: "a verbal noun after a preposition with its agent named still reports",
    text: "وجاءت الخطوة بعد أيام من وصف الرئيس جان لافون الاتفاق بأنه «تاريخي».",
    anchor: "تاريخي",
    speaker: "جان لافون",
  },
  {
    name: "a report inside a quotation after the complementiser is the speaker's own words",
    text: "وأرجع مدير المستشفى سامي الخطيب الفارق في الأرقام إلى أن «عشر حالات أعلن ذووها عنها على أنها وفيات كانت في العناية المركزة».",
    anchor: "عشر حالات",
    speaker: "سامي الخطيب",
  },
  {
    name: "a present-tense verb after its subject inside the content describes, it relays no one",
    text: "وقال وزير الداخلية رامي عزام إن «أغلب» المحققين يعتقدون أن الحريق نجم عن تماس كهربائي.",
    anchor: "تماس كهربائي",
    speaker: "رامي عزام",
  },
  {
    name: "«، وقال» after a verb-first clause takes that clause's titled subject, not its verb",
    text: "بدوره، حمّل وزير الري ماهر سليم الشركة المنفذة مسؤولية الانهيار، وقال في تصريح متلفز إن التحقيق سيكشف المقصرين.",
    anchor: "سيكشف المقصرين",
    speaker: "ماهر",
  },
  // whom the words were given to
  {
    name: "an agency named after an unnamed source is the addressee (via), not part of the source",
    text: "وأفاد مسؤول عسكري رفيع رويترز بأن القوات أعادت انتشارها قرب الحدود.",
    anchor: "أعادت انتشارها",
    speaker: "مسؤول عسكري رفيع",
    via: ["رويترز"],
  },
  {
    name: "«X كان قد أبلغ وكالة …»: the agency told is the link, the subject stands before the verb",
    text: "وكان رئيس اللجنة الطبية منير العبد قد أبلغ وكالة الأناضول مساء الأحد أن المستشفيات امتلأت بالجرحى.",
    anchor: "امتلأت بالجرحى",
    speaker: "منير العبد",
    via: ["الأناضول"],
  },
  {
    name: "a title held «لدى» a body, in an acting capacity, then a second title: the name after them speaks",
    text: "وأعلن النائب العام لدى محكمة الاستئناف بالإنابة القاضي نبيل عوض توقيف خمسة مشتبه بهم.",
    anchor: "توقيف خمسة",
    speaker: "نبيل عوض",
  },
  // verbs of statement with an object before their content
  {
    name: "«وقدّر كلفة …» with the subject carried: the estimate is the last speaker's",
    text: "وقال رئيس اتحاد المزارعين نادر سلوم إن الموسم ضاع. وقدّر حجم الخسائر بما يتراوح بين مليون ومليوني دينار.",
    anchor: "مليون ومليوني دينار",
    speaker: "نادر سلوم",
    verb: "قدر",
  },
  {
    name: "«ووجّه نداء إلى …»: an appeal directed is a statement, its subject carried",
    text: "وقال محافظ المدينة وليد حمدان إن الأضرار جسيمة. ووجّه نداء عاجلاً إلى «المنظمات الإنسانية» لإرسال خيام وأغطية.",
    anchor: "لإرسال خيام",
    speaker: "وليد حمدان",
  },
  {
    name: "«أطلق X نداء»: the body that launches an appeal speaks",
    text: "وأطلقت المفوضية السامية لشؤون اللاجئين نداء لجمع 40 مليون دولار لإغاثة النازحين.",
    anchor: "40 مليون دولار",
    speaker: "لشؤون اللاجئين",
  },
  {
    name: "«أطلق» with a weapon for object reports nothing",
    text: "وأطلقت القوات قذائف على مواقع المسلحين في محيط المدينة.",
    anchor: "قذائف على مواقع",
    speaker: null,
  },
  {
    name: "«أبدت X خشيتها من …» reports a stance",
    text: "وأبدت منظمة الصحة العالمية خشيتها من تفشي الكوليرا في المخيمات المكتظة.",
    anchor: "تفشي الكوليرا",
    speaker: "منظمة الصحة العالمية",
  },
  {
    name: "«خلصت X إلى أن …» reports a finding",
    text: "وخلصت لجنة التحقيق، بعد الاستماع إلى الشهود، إلى أن الحريق اندلع بسبب إهمال الحراس.",
    anchor: "إهمال الحراس",
    speaker: "لجنة التحقيق",
  },
  {
    name: "the bare «طالب» opening a clause with a title after it is the verb; the addressed ends the name",
    text: "وفي وقت لاحق، طالب وزير العدل سمير الأحمد جميع وسائل الإعلام بعدم نشر أسماء الموقوفين.",
    anchor: "أسماء الموقوفين",
    speaker: "سمير الأحمد",
  },
  {
    name: "«وكان X قد أمر، في بيان، بـ…»: the order's subject stands before the verb",
    text: "وكان المدعي العام رياض منصور قد أمر، في بيان مساء الخميس، بحجز أموال الشركة المالكة للمبنى.",
    anchor: "بحجز أموال",
    speaker: "رياض منصور",
  },
  {
    name: "a headline's second half «وX: …» names, after its conjunction, someone the article quotes",
    text: "وزير المالية: العجز تراجع إلى 4%... وحداد: لا ضرائب جديدة هذا العام\n\nبيروت - قال رئيس الحكومة فؤاد حداد إن الحكومة لن تفرض ضرائب جديدة هذا العام، مؤكداً أن الإصلاحات ستستمر.\n\nوقال وزير المالية سليم عازار إن العجز تراجع إلى 4% من الناتج المحلي.",
    anchor: "لا ضرائب جديدة هذا العام",
    speaker: "فؤاد حداد",
  },
  {
    name: "a subject named before a participle («تعهّد X بـ…، قائلاً») is the one a later subjectless verb continues",
    text: "وقال رئيس البلدية كمال يونس إن الأضرار كبيرة. وتعهّد وزير الأشغال طارق نعمان في مؤتمر صحافي بإصلاح الطرق، قائلاً «لن نترك أحداً بلا مأوى». ووجّه نداء عاجلاً إلى «الجهات المانحة» لدعم خطة الإعمار.",
    anchor: "لدعم خطة الإعمار",
    speaker: "طارق نعمان",
  },
  // a name before its title
  {
    name: "a full name before its title and firm is the person, not the firm at the end",
    text: "وقال ماركوس هيلد كبير الاقتصاديين في كابيتال ووتش إن الطلب على الخام سيتراجع في الربع الثالث.",
    anchor: "الطلب على الخام",
    speaker: "ماركوس هيلد",
    role: "كبير الاقتصاديين",
  },
  {
    name: "a dot glued inside an abbreviated firm name ends no clause",
    text: 'وقال توماس برانت المحلل لدى إيه.بي.إن "الأسواق لم تتوقع هذه الخطوة على الإطلاق".',
    anchor: "الأسواق لم تتوقع",
    speaker: "توماس برانت",
  },
  // a surname named before
  {
    name: "a short adjunct before «أعلن SURNAME»: the surname is the speaker named before",
    text: "وقال المتحدث باسم الشرطة فراس نصّار إن الطرق مغلقة. وفي وقت لاحق، أعلن نصّار فتح الطريق الساحلي أمام السيارات.",
    anchor: "فتح الطريق الساحلي",
    speaker: "فراس نصّار",
  },
  {
    name: "«ورد SURNAME …، قائلاً إن»: a clause opened by any verb with a known surname, reported by its participle",
    text: "وقال رئيس الحزب عادل بركات إن الانتخابات مزورة. وقال وزير الداخلية سامي رحال إن النتائج نهائية. وردّ بركات على الوزير في منشور على صفحته، قائلاً إن «الأرقام لا تقنع أحداً».",
    anchor: "الأرقام لا تقنع",
    speaker: "عادل بركات",
  },
  {
    name: "«نشر X مقطعاً، قال فيه إن …»: the one who posted what «فيه» points back to speaks, not the place in the object",
    text: "ونشر القنصل الفرنسي في حلب جان بيير لوران مقطعا مصورا من ساحة المدينة، قال فيه إنه شاهد «دماراً هائلاً».",
    anchor: "دماراً هائلاً",
    speaker: "جان بيير لوران",
  },
  {
    name: "a verb right after «بيان لـX» is the statement's relative clause: X speaks",
    text: "وتأخر الإقلاع ساعتين إثر بيان لهيئة الطيران المدني عزا التأخير إلى عطل في أنظمة المراقبة.",
    anchor: "عطل في أنظمة المراقبة",
    speaker: "هيئة الطيران المدني",
  },
  {
    name: "«وصف X نصيبه البالغ … بأنه …»: a noun with a possessive pronoun opens the object of وصف",
    text: "ووصفت الكويت زيادتها البالغة 100 ألف برميل يوميا بأنها خطوة لتهدئة الأسعار.",
    anchor: "خطوة لتهدئة الأسعار",
    speaker: "الكويت",
  },
  {
    name: "a body's quoted name right before the verb is its subject («غير أن صحيفة «X» ذكرت أن»)",
    text: 'غير أن صحيفة "الفجر الجديد" ذكرت أن الوفد المفاوض غادر العاصمة مساء الأحد.',
    anchor: "الوفد المفاوض غادر",
    speaker: "الفجر الجديد",
  },
  {
    name: "«أجاب: «…»» answers a question: the speaker is carried",
    text: "وقال مدير الميناء وائل سعادة إن التفتيش يومي. وردّاً على سؤال عن الحاويات المهملة، أجاب: «لا علم لي بها»، مضيفاً أن الجمارك مسؤولة عنها.",
    anchor: "لا علم لي بها",
    speaker: "وائل سعادة",
    verb: "أجاب",
  },
  {
    name: "a present verb joined by و inside the content, with its object after it, names no new speaker",
    text: "وقال رئيس النقابة جميل حداد إن النقابة أرسلت «خمس رسائل» إلى الوزارة تنبّه فيها من تدهور الأجور وتطلب مراجعتها، «من دون جواب».",
    anchor: "تنبّه فيها",
    speaker: "جميل حداد",
  },
  {
    name: "the initials of a name (ر. م.) end no clause",
    text: "وفي مؤتمر صحافي في دبي، قال ر. م. سوبرامانيام، المدير التنفيذي للشركة المشغلة، إن التعويضات ستصرف الأسبوع المقبل.",
    anchor: "التعويضات ستصرف",
    speaker: "سوبرامانيام",
  },
  {
    name: "a quoted name right after a transitive verb, then a definite object, is the subject",
    text: "وأرجعت «شاهد» التراجع إلى ضعف ثقة الناخبين بالمرشحين المستقلين.",
    anchor: "ضعف ثقة الناخبين",
    speaker: "شاهد",
  },
  {
    name: "a body revising its own figure states it; the source it cites («نقلاً عن») is the link",
    text: "وعدّلت المفوضية الأوروبية الخميس حصيلتها إلى 40 ألف نازح نقلا عن الصليب الأحمر الدولي.",
    anchor: "40 ألف نازح",
    speaker: "المفوضية الأوروبية",
    via: ["الصليب الأحمر"],
  },
  {
    name: "a state named by its form of government speaks as one body (المملكة …، سلطنة …)",
    text: "ودانت المملكة الأردنية الهاشمية والكويت التفجير، معربة عن تضامنها مع أسر الضحايا.",
    anchor: "تضامنها مع أسر الضحايا",
    speaker: "المملكة الأردنية الهاشمية",
    verb: "أدان",
  },
  {
    name: "a sultanate announcing is the speaker",
    text: "وأعلنت سلطنة عمان أنها ستستضيف جولة جديدة من المفاوضات الأسبوع المقبل.",
    anchor: "جولة جديدة من المفاوضات",
    speaker: "سلطنة عمان",
  },
  {
    name: "a statement «of» a body right before a characterising verb: the body speaks, not the noun after the verb",
    text: "وتوالت ردود الفعل، وكان أبرزها بيان للجامعة العربية وصف القصف بأنه «عمل جبان».",
    anchor: "عمل جبان",
    // (named as the article writes it; the lexicon knows it as «جامعة الدول العربية»)
    speaker: "الجامعة العربية",
    verb: "وصف",
  },
  {
    name: "«صدر بيان لـX وصف …»: the issuing body is the subject",
    text: "وصدر بيان لوزارة الخارجية الأردنية وصف الاقتحام بأنه انتهاك صارخ للقانون الدولي.",
    anchor: "انتهاك صارخ",
    speaker: "وزارة الخارجية",
  },
  {
    name: "«مع ما أوردته X، إذ ذكرت أن …»: a bare verb after «إذ» continues the agent of the relative before it",
    text: "ويتناقض بيان الشرطة مع ما أوردته وكالة الأنباء الليبية أمس، إذ ذكرت أن المسلحين فروا باتجاه الصحراء.",
    anchor: "فروا باتجاه الصحراء",
    speaker: "وكالة الأنباء الليبية",
    verb: "ذكر",
  },
  {
    name: "«خلافاً لما أعلنه X، حيث أكد …»: the announcer of the relative is the speaker",
    text: "وجاء ذلك خلافاً لما أعلنه الجيش السوداني صباحاً، حيث أكد أن قواته استعادت السيطرة على الجسر.",
    anchor: "استعادت السيطرة على الجسر",
    speaker: "الجيش السوداني",
  },
  {
    name: "a group claiming an attack (تبنّى) is the speaker, not a body acting «في وقت» after the comma",
    text: "وتبنت جماعة مسلحة الهجوم على نقطة التفتيش، في وقت رفعت وزارة الداخلية حصيلة القتلى إلى تسعة.",
    anchor: "نقطة التفتيش",
    speaker: "جماعة مسلحة",
    verb: "تبنى",
  },
  {
    name: "a headline's group «يتبنى» an attack",
    text: "حركة الشباب تتبنى التفجير الانتحاري في مقديشو",
    anchor: "التفجير الانتحاري",
    speaker: "الشباب",
    verb: "تبنى",
  },
  {
    name: "a parliament adopting a law reports nothing",
    text: "وتبنى مجلس النواب مشروع القانون بأغلبية 120 صوتاً في جلسة مسائية.",
    anchor: "بأغلبية 120 صوتاً",
    speaker: null,
  },
  {
    name: "«وجّه X أصابع الاتهام إلى …» is X's accusation",
    text: "وفي الساعات الأولى، وجه نواب معارضون أصابع الاتهام إلى وزارة الداخلية.",
    anchor: "وزارة الداخلية",
    speaker: "نواب معارضون",
    verb: "وجه",
  },
  {
    name: "«وجّه X اتهامات إلى …» is X's accusation",
    text: "ووجه رئيس البلدية اتهامات مباشرة إلى الشركة المتعهدة بالتقصير.",
    anchor: "الشركة المتعهدة",
    speaker: "رئيس البلدية",
  },
  {
    name: "«أما <bare name> فـverb»: the name between «أما» and the فـ-verb is the subject",
    text: "أما حداد فاتهم جهات خارجية بتمويل الجماعة، مؤكداً أن «الرد سيكون حازماً».",
    anchor: "بتمويل الجماعة",
    speaker: "حداد",
  },
  {
    name: "«أما <given and family name> فـverb» keeps the full name",
    text: "أما سامي حداد فاتهم المعارضة بعرقلة التحقيق في الحادث.",
    anchor: "بعرقلة التحقيق",
    speaker: "سامي حداد",
  },
  {
    name: "«سارع X إلى اتهام …»: hastening to an accusation is X's report, without the preposition in the name",
    text: "وسارع نواب معارضون إلى اتهام الحكومة بالتستر على أسباب الانهيار.",
    anchor: "بالتستر على أسباب",
    speaker: "نواب معارضون",
  },
  {
    name: "«بادرت X إلى نفي …» is X's denial",
    text: "وبادرت شركة الكهرباء إلى نفي وجود خطة لرفع الأسعار هذا الصيف.",
    anchor: "خطة لرفع الأسعار",
    speaker: "شركة الكهرباء",
  },
  {
    name: "hastening to an act (سارع … إلى إخماد) reports nothing",
    text: "وسارعت فرق الإطفاء إلى إخماد الحريق قبل امتداده إلى المباني المجاورة.",
    anchor: "إخماد الحريق",
    speaker: null,
  },
  {
    name: "«بحيث» (so that) before a verb is no name: the clause goes on with the governor's words",
    text: "أما محافظ الإقليم محمد جواد قناعت فقال مساء الأحد، في حديث لقناة «خاوران» المحلية، إن 19 عاملاً ما زالوا عالقين، وإن كثافة الغاز قرب الورشة كبيرة بحيث يُستبعد إتمام تفريغه خلال الساعات المقبلة.",
    anchor: "بحيث",
    speaker: "قناعت",
  },
  {
    name: "a compass point and a country between commas locate the source; they name no one",
    text: "كشف مصدر مسؤول في الحكومة المحلية بمحافظة خراسان الجنوبية، شرقي إيران، أن عدد القتلى ارتفع إلى 51 عاملاً.",
    anchor: "51 عاملاً",
    speaker: "مصدر مسؤول في الحكومة المحلية",
  },
  {
    name: "«وكان X، الموجود في …، قد قال»: the subject before an apposition between commas",
    text: "وقال المتحدث باسم الحكومة إن الوضع تحت السيطرة. وكان الرئيس مسعود بزشكيان، الموجود في نيويورك للمشاركة في أعمال الجمعية العامة للأمم المتحدة، قد قال إنه أمر ببذل كل الجهود لإنقاذ العالقين.",
    anchor: "أمر ببذل",
    speaker: "بزشكيان",
  },
  {
    name: "«، وحضّ فرق الإغاثة على …»: after a comma the caller goes on; whom it calls on is no speaker",
    text: "وأعرب المرشد علي خامنئي عن تعازيه إثر الحادث المؤلم، وحض فرق الإغاثة على بذل أقصى جهودها لإنقاذ العالقين.",
    anchor: "فرق الإغاثة على",
    speaker: "خامنئي",
  },
  {
    name: "«…، في وقت ارتفعت فيه الحصيلة، بحسب مصادر طبية، إلى 90»: a clause with its own credit inside is the source's",
    text: "حمّلت الحكومة اليمنية جماعة الحوثي المسؤولية الكاملة عن التدافع الذي شهدته المدرسة مساء الأربعاء، في وقت ارتفعت فيه الحصيلة، بحسب مصادر طبية في العاصمة، إلى 90 قتيلاً وأكثر من 300 جريح.",
    anchor: "إلى 90 قتيلاً",
    speaker: "مصادر طبية",
  },
  {
    name: "a credit that ends the sentence covers the clause before «فيما» too",
    text: "ارتفعت حصيلة ضحايا السيول إلى 21 قتيلا، غالبيتهم من تلاميذ مدرسة خاصة، فيما أصيب 35 شخصا، وفق ما أعلنت المديرية العامة للدفاع المدني مساء الجمعة.",
    anchor: "21 قتيلا",
    speaker: "المديرية العامة للدفاع المدني",
  },
  {
    name: "«بحسب ما تناقله ناشطون»: what was passed on is credited to who passed it on",
    text: "وبحسب ما تناقله ناشطون، كان المنظمون يوزعون 20 دولاراً لكل شخص.",
    anchor: "20 دولاراً",
    speaker: "ناشطون",
  },
  {
    name: "«الإعلام الأمني» (a body's media office) speaks; the accounts it denies are its object",
    text: "وقال شهود إن مسلحين أطلقوا النار في الهواء. في المقابل، نفى الإعلام الأمني التابع لوزارة الداخلية الحوثية الروايات التي تحدثت عن إطلاق نار.",
    anchor: "الروايات التي تحدثت",
    speaker: "الإعلام الأمني",
  },
  {
    name: "«وذكر بيان لمكتبه أن …»: a statement of his office is his; the person the pronoun stands for speaks",
    text: "وعبّر منسق الشؤون الإنسانية للأمم المتحدة في اليمن ديفيد غريسلي عن «حزن عميق». وذكر بيان لمكتبه أن التقارير الأولية تشير إلى مقتل 78 شخصاً.",
    anchor: "78 شخصاً",
    speaker: "غريسلي",
  },
  {
    name: "«ونقلت وكالة رويترز عنه قوله …»: the one the pronoun stands for speaks; the agency named before it is the link",
    text: 'وقال المتحدث باسم الجيش الأميرال دانيال هاغاري إن القوات تعرضت لنيران كثيفة خلال العملية. ونقلت وكالة رويترز عنه قوله للصحافيين "نعلم بسقوط أقل من مئة ضحية، ولا أعرف كم منهم إرهابيون".',
    anchor: "أقل من مئة ضحية",
    speaker: "هاغاري",
    via: ["رويترز"],
  },
  {
    name: "«…، نافياً وقوع أي إهمال، ووصف ما جرى …»: what the participle denied is no subject of the verb after it",
    text: "وقال وزير العمل أحمد ميدري لوسائل إعلام رسمية إن المنجم خضع للتفتيش الشهر الماضي واستوفى جميع اشتراطات السلامة، نافياً وقوع أي إهمال، ووصف ما جرى بأنه من «الحوادث المؤسفة» التي قد تقع.",
    anchor: "الحوادث المؤسفة",
    speaker: "ميدري",
  },
  {
    name: "«ونجا السائق من الحادث مصاباً. ونقل عنه موقع … قوله …»: the pronoun stands for the person the sentence before opened on",
    text: "وقال الرئيس قيس سعيّد إن المسؤولين سيحاسبون. ونجا السائق من الحادث مصاباً. ونقل عنه موقع «كل شيء عن الجزائر» قوله إن المقود «تعطل فجأة».",
    anchor: "تعطل فجأة",
    speaker: "السائق",
  },
  {
    name: "a plain event sentence stays reported",
    text: "وشنت الطائرات الحربية أكثر من 20 غارة على مواقع في ريف إدلب الجنوبي.",
    anchor: "20 غارة",
    speaker: null,
  },
];

describe("attribution patterns", () => {
  it.each(rows)("$name", (row) => {
    const c = claimWith(row.text, row.anchor, row.outlet);
    if (row.speaker === null) {
      expect(c.kind).toBe("reported");
      expect(c.speaker).toBeNull();
    } else {
      expect(c.kind).toBe("attributed");
      expect(c.speaker?.name ?? "").toContain(row.speaker);
    }
    if (row.verb) expect(c.verb).toBe(row.verb);
    if (row.stance) expect(c.stance).toBe(row.stance);
    if (row.role) expect(c.speaker?.role ?? "").toContain(row.role);
    if (row.via) {
      expect(c.via.length).toBe(row.via.length);
      for (const [i, v] of row.via.entries()) expect(c.via[i] ?? "").toContain(v);
    }
    if (row.quote) {
      expect(c.quote).toBeTruthy();
      const q = c.quote as { start: number; end: number };
      expect(row.text.slice(q.start, q.end)).toContain(row.quote);
    }
  });
});

describe("claims and their spans", () => {
  it("keeps a short sentence with a participle clause whole", () => {
    const text = "وقال الوزير إن الحكومة ستدعم المزارعين المتضررين، مشيراً إلى أن الموازنة تتضمن مخصصات جديدة.";
    expect(extractArticle({ source: "x", text }).claims).toHaveLength(1);
  });
  it("splits a long sentence at a participle into two claims with one speaker", () => {
    const text =
      "وقال وزير الزراعة في مؤتمر صحفي عقده في العاصمة بعد اجتماع مطول مع ممثلي الاتحادات الزراعية إن الحكومة ستدعم المزارعين المتضررين من موجة الجفاف الأخيرة بقروض ميسرة وإعفاءات ضريبية تشمل كل المحافظات، مشيراً إلى أن الموازنة الجديدة تتضمن مخصصات إضافية لتأهيل شبكات الري وحفر الآبار في المناطق الأكثر تضرراً.";
    const out = extractArticle({ source: "x", text });
    expect(out.claims).toHaveLength(2);
    expect(out.claims[1]?.verb).toBe("أشار");
    expect(out.claims.map((c) => c.speaker?.entityId)).toEqual([
      out.claims[0]?.speaker?.entityId,
      out.claims[0]?.speaker?.entityId,
    ]);
  });
  it("cuts a run-on sentence below 400 characters and keeps its speaker", () => {
    const part = "وأن القوات تقدمت في عدة محاور بعد معارك عنيفة استمرت ساعات طويلة مع المسلحين";
    const text = `وقال المتحدث باسم الجيش إن ${Array.from({ length: 10 }, () => part).join("، ")}.`;
    const out = extractArticle({ source: "x", text });
    expect(out.claims.length).toBeGreaterThan(1);
    for (const c of out.claims) {
      expect(c.text.length).toBeLessThanOrEqual(400);
      expect(c.speaker?.name).toBe("المتحدث باسم الجيش");
    }
  });
  it("keeps claim.text equal to the article text at its span", () => {
    const text = "بيروت - قال المتحدث: «الوضع هادئ». وأضاف أن الطرق مفتوحة.\n\nوذكرت الوكالة أن 3 أشخاص أصيبوا.";
    const out = extractArticle({ source: "x", text });
    for (const c of out.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
  it("gives the same ids to the same text", () => {
    const text = "وقال المتحدث إن الهدنة صامدة رغم بعض الخروقات.";
    const a = extractArticle({ source: "a", text });
    const b = extractArticle({ source: "b", text });
    expect(a.claims.map((c) => c.id)).toEqual(b.claims.map((c) => c.id));
    expect(a.articles[0]?.id).toBe(b.articles[0]?.id);
  });
  it("attaches the engine's figures with the subject they count", () => {
    const out = extractArticle({ source: "x", text: "وقالت الأمم المتحدة إن نحو 20 ألف مدني غادروا المدينة." });
    const q = out.claims[0]?.quantities.find((x) => x.value === 20000);
    expect(q?.approx).toBe(true);
    expect(q?.subject).toBeTruthy();
  });
  it("binds a figure without a noun to the counted noun of its clause", () => {
    const out = extractArticle({ source: "x", text: "وأضاف أن أحد مقاتلي الفصيل قتل وأصيب أربعة في الاشتباكات." });
    const four = out.claims[0]?.quantities.find((x) => x.value === 4);
    expect(four?.subject).toBeTruthy();
  });
  it("a dual written as one noun counts that noun, not a counted noun elsewhere in its clause", () => {
    const text = "وقالت المنظمة إن 446 ألف طفل تلقوا الجرعة الأولى خلال المرحلتين الماضيتين.";
    const out = extractArticle({ source: "x", text });
    const qs = out.claims[0]?.quantities ?? [];
    const two = qs.find((x) => x.text === "المرحلتين");
    const kids = qs.find((x) => x.value === 446000);
    expect(two?.subject).toBeTruthy();
    expect(two?.subject).not.toBe(kids?.subject);
  });
  it("«others» after a figure are another group than the counted noun before them", () => {
    const text = "وقال المسؤول إن الحصيلة بلغت 5200 قتيل وإن 3000 آخرين في عداد المفقودين.";
    const qs = extractArticle({ source: "x", text }).claims[0]?.quantities ?? [];
    const dead = qs.find((x) => x.value === 5200);
    const others = qs.find((x) => x.value === 3000);
    expect(dead?.subject).toBeTruthy();
    expect(others).toBeDefined();
    expect(others?.subject).not.toBe(dead?.subject);
  });
});

describe("speaker names", () => {
  it("ends a body's name before how often it acted («للمرة الثالثة»، «لليوم الثاني»)", () => {
    expect(
      claimWith("ورفعت السلطات المحلية للمرة الثالثة حصيلة ضحايا السيول إلى 40 قتيلاً.", "ضحايا السيول").speaker?.name,
    ).toBe("السلطات المحلية");
    expect(
      claimWith("وأعلنت وزارة الصحة لليوم الثاني على التوالي عدم تسجيل إصابات جديدة.", "إصابات جديدة").speaker?.name,
    ).toBe("وزارة الصحة");
  });
  it("a participle after «verb + family name» speaks for the person the article named in full before", () => {
    const text =
      "وحضر وزير الداخلية اللواء سامر الخطيب مراسم التأبين في العاصمة.\n\nوقالت وكالة الأنباء الرسمية إن الحادث قيد التحقيق.\n\nوتوجه الخطيب إلى ذوي الضحايا قائلاً: «لن يفلت أحد من العقاب».";
    expect(claimWith(text, "لن يفلت أحد").speaker?.name).toBe("سامر الخطيب");
  });
  it("leaves a headline's closing present-tense verb out of its source («مسؤول … يسخر: …»)", () => {
    expect(claimWith("ومسؤول أردني يسخر: «الحكومة تعد ولا تفي»", "تعد ولا تفي").speaker?.name).toBe("مسؤول أردني");
    expect(claimWith("الوزير يوسف: «لن نتراجع عن الإصلاح»", "لن نتراجع").speaker?.name).toBe("يوسف");
  });
  it("leaves the audience of a statement out of the name (للصحافيين في جنيف)", () => {
    const c = claimWith(
      "وقال المتحدث باسم منظمة الصحة العالمية طارق ياساريفيتش للصحافيين في جنيف إن المستشفيات تعمل بنصف طاقتها.",
      "تعمل بنصف",
    );
    expect(c.speaker?.name).toBe("طارق ياساريفيتش");
  });

  it("drops a conjunction glued to the subject but keeps names that begin with و", () => {
    const c = claimWith(
      "الشرطة تنفي وقوع إصابات.. والمحتجون يؤكدون سلمية التجمع\n\nتجمع المحتجون مساء السبت.",
      "سلمية",
    );
    expect(c.speaker?.name).toBe("المحتجون");
    expect(claimWith("وقالت وزارة الصحة إن 20 شخصا أصيبوا.", "أصيبوا").speaker?.name).toBe("وزارة الصحة");
    expect(claimWith("وقال والي الخرطوم إن الوضع مستقر.", "مستقر").speaker?.name).toBe("والي الخرطوم");
  });

  it("takes the noun after a participle for its object, never its speaker («داعياً النازحين إلى …»)", () => {
    const text =
      "وقال رئيس البرلمان في كلمة متلفزة إن المرحلة المقبلة تتطلب تضامنا واسعا بين جميع القوى السياسية في البلاد، داعيا النازحين إلى العودة إلى قراهم «حتى لو كانت البيوت مدمرة».";
    const c = claimWith(text, "داعيا النازحين");
    expect(c.speaker?.name).toBe("رئيس البرلمان");
  });

  it("continues the titled person of a bare leading verb after an adjunct, up to the verb's object", () => {
    const text =
      "في الأثناء، جدّد مطران الأبرشية الأب يوحنا سمعان رفضه النتائج التي أعلنتها اللجنة الحكومية في تقريرها الأول عن الحادث، ومطالباً بتحقيق مستقل يشرف عليه خبراء.";
    const c = claimWith(text, "ومطالباً");
    expect(c.speaker?.name).toBe("يوحنا سمعان");
    const kept = claimWith(
      "على الضفة الأخرى، وجّه رئيس مجلس النواب نبيه بري، الذي تولى التفاوض باسم الحكومة، كلمة متلفزة بعد ساعات من بدء الهدنة، داعيا النازحين إلى العودة إلى قراهم فورا.",
      "داعيا",
    );
    expect(kept.speaker?.name).toBe("نبيه بري");
  });

  it("credits a person's own office to the person, and a bare «البيان» to the body that issued it", () => {
    const own = claimWith(
      "وأمر وزير الصحة كمال الحسيني، بحسب بيان لمكتبه الإعلامي، بفتح تحقيق عاجل في أسباب انقطاع الأدوية عن المستشفيات.",
      "بفتح تحقيق",
    );
    expect(own.speaker?.name).toBe("كمال الحسيني");
    const r = extractArticle({
      source: "x.txt",
      text: "وبحسب بيان لهيئة الأرصاد الجوية، ستتراجع درجات الحرارة بشكل ملحوظ مطلع الأسبوع. وأضاف البيان أن الأمطار قد تتسبب بسيول في المناطق المنخفضة.",
    });
    const added = r.claims.find((c) => c.text.includes("الأمطار"));
    expect(added?.speaker?.name).toBe("هيئة الأرصاد الجوية");
  });

  it("reads a call «دعا X Y إلى …»: X speaks, Y is the object, and a lone accusative object leaves X carried", () => {
    const named = claimWith("ودعا وزير الداخلية اللواء سامي عطية السكان إلى إخلاء الأحياء المنخفضة فورا.", "إخلاء");
    expect(named.speaker?.name ?? "").toContain("سامي عطية");
    const r = extractArticle({
      source: "x.txt",
      text: "وقالت نقابة الأطباء إن المستشفيات تعمل بأقل من نصف طاقتها. ودعت المواطنين إلى التبرع بالدم في أقرب مركز.",
    });
    expect(r.claims.find((c) => c.text.includes("التبرع"))?.speaker?.name).toBe("نقابة الأطباء");
  });

  it("lets a country after a conjunction speak as itself («…، وإسرائيل تنفي …»)", () => {
    const r = extractArticle({
      source: "x.txt",
      text: "وتابع المسؤول الأممي أن الأوضاع الإنسانية تتدهور بسرعة. وإسرائيل تنفي وجود أي قيود على دخول المساعدات.",
    });
    const c = r.claims.find((x) => x.text.includes("تنفي"));
    expect(c?.speaker?.name).toBe("إسرائيل");
    expect(c?.stance).toBe("denies");
  });

  it("reads more report shapes from election coverage: «عزا», «جدّد مطالبته», «وفق الناطق نفسه», «أما X فطالبت،…، بـ…»", () => {
    expect(
      claimWith("وعزا المتحدث باسم اللجنة محمد الخطيب التأخير إلى عطل في أنظمة الفرز.", "التأخير").speaker?.name,
    ).toBe("محمد الخطيب");
    expect(claimWith("وجددت رابطة المحامين مطالبتها الحكومة بالإفراج عن الموقوفين.", "مطالبتها").speaker?.name).toBe(
      "رابطة المحامين",
    );
    expect(claimWith("وجدد الجيش قصفه المواقع الحدودية صباح اليوم.", "قصفه").speaker).toBeNull();
    const r = extractArticle({
      source: "x.txt",
      text: "وقال المتحدث باسم اللجنة سامر الخطيب إن النتائج ستعلن الخميس. وستجرى إعادة الفرز في ثلاث دوائر، وفق المتحدث نفسه.",
    });
    expect(r.claims.find((c) => c.text.includes("إعادة الفرز"))?.speaker?.name).toBe("سامر الخطيب");
    expect(
      claimWith(
        "أما رئيسة حزب الأمل ليلى حداد فطالبت، في مقابلة تلفزيونية مساء الأحد، بإلغاء نتائج الدور الأول.",
        "بإلغاء",
      ).speaker?.name,
    ).toBe("ليلى حداد");
  });

  it("keeps a body's quoted name in its subject and takes «خروقات قال إنها» for the observer's words", () => {
    expect(
      claimWith("وكانت شبكة «عين» المستقلة قد قدّرت نسبة المشاركة بنحو 12 في المئة.", "قدّرت").speaker?.name,
    ).toContain("شبكة عين");
    expect(
      claimWith("من جهته، سجّل مرصد «رقيب» لمراقبة الانتخابات مخالفات قال إنها شملت نقل ناخبين بسيارات حكومية.", "نقل")
        .speaker?.name,
    ).toMatch(/^مرصد رقيب/u);
    const r = extractArticle({
      source: "x.txt",
      text: "وقال رئيس اللجنة كمال يوسف إن المشاركة مقبولة. وأضاف حينها أن الطعون ستدرس خلال أسبوع.",
    });
    expect(r.claims[1]?.speaker?.name).toBe("كمال يوسف");
  });

  it("keeps a direct quotation's inner reports in the quoted speaker's voice, and a headline's subject before its verb", () => {
    const q = claimWith(
      "وقال زعيم المعارضة سالم العبيدي في مؤتمر صحافي: «تقول اللجنة إن المشاركة بلغت 9 في المئة، ونحن نقول إنها فضيحة».",
      "فضيحة",
    );
    expect(q.speaker?.name).toBe("سالم العبيدي");
    expect(claimWith("النقابات تطالب الحكومة بسحب القانون", "النقابات").speaker?.name).toBe("النقابات");
  });

  it("keeps «أقر بأن …، لكنه اعتبر أن …» one statement, and names «محمد التليلي المنصري» whole", () => {
    const r = extractArticle({
      source: "x.txt",
      text: "وأقر الوزير بأن الخسائر «كبيرة»، لكنه اعتبر أنها «قابلة للتعويض» خلال عامين.",
    });
    expect(r.claims).toHaveLength(1);
    expect(claimWith("وأكد الناطق باسم الهيئة محمد التليلي المنصري أن 23 مترشحا فازوا.", "فازوا").speaker?.name).toBe(
      "الناطق باسم الهيئة محمد التليلي المنصري",
    );
  });

  it("reads «عبّر X عن …» as a report and «عبر» before a channel or a crossing as the preposition", () => {
    const r = extractArticle({
      source: "x.txt",
      text: "وعبّر المدير العام للمنظمة حسن بدوي عن «قلق بالغ» من انتشار المرض. وقال إن الفرق تحتاج إلى مزيد من اللقاحات.",
    });
    expect(r.claims[0]?.speaker?.name).toBe("حسن بدوي");
    expect(r.claims[1]?.speaker?.name).toBe("حسن بدوي");
    expect(
      claimWith('وقال أحد السكان لوكالة الأنباء عبر الهاتف: "غادرنا الحي مع الفجر".', "غادرنا").speaker?.name,
    ).toBe("أحد السكان");
    expect(claimWith("ونقلت الشاحنات المساعدات عبر معبر رفح إلى القطاع.", "معبر").speaker).toBeNull();
  });

  it("reads figure reports in toll coverage: «أحصت», «رفعت الحصيلة», «أعلنت دول عدة», «كما أعلن/نفى» opening a sentence", () => {
    expect(claimWith("وأحصت وزارة الصحة 183 وفاة منذ بدء الموسم.", "183").speaker?.name).toBe("وزارة الصحة");
    expect(claimWith("ورفعت وزارة الخارجية عدد وفيات رعاياها إلى 99.", "99").speaker?.name).toBe("وزارة الخارجية");
    expect(claimWith("رفع البنك المركزي أسعار الفائدة 200 نقطة أساس.", "200").speaker).toBeNull();
    expect(claimWith("أعلنت دول عدة وفاة أكثر من ألف من رعاياها.", "ألف").speaker?.name).toBe("دول");
    expect(claimWith("كما أعلن وزير الداخلية تخصيص 200 ألف دينار لكل أسرة.", "تخصيص").speaker?.name).toBe(
      "وزير الداخلية",
    );
    const r = extractArticle({
      source: "x.txt",
      text: "ونفى مدير الشركة حسام نادر أن يكون المبنى مكتظا. كما نفى أن يكون انفجار غاز وراء الحريق.",
    });
    expect(r.claims[1]?.speaker?.name).toBe("حسام نادر");
  });

  it("reads an estimate «قدّر X عدد Y بنحو N» with X as the speaker, and a passive «يُقدَّر عدد …» as no one's", () => {
    expect(claimWith("وقدّر المسؤول عدد الزوار غير المسجلين هذا العام بنحو 400 ألف شخص.", "400").speaker?.name).toBe(
      "المسؤول",
    );
    expect(claimWith("ويُقدَّر عدد سكانها بنحو 700 ألف نسمة.", "700").speaker).toBeNull();
  });

  it("credits figures to whoever prepared them and ends a document's name at its passive («دراسة نُشرت»)", () => {
    expect(
      claimWith("وبلغ عدد الضحايا 412 بحسب حصيلة أعدّتها وكالة الأنباء استنادا إلى بيانات رسمية.", "412").speaker?.name,
    ).toBe("وكالة الأنباء");
    expect(claimWith("وأظهرت دراسة أوروبية نُشرت العام الماضي أن منسوب البحر يرتفع.", "منسوب").speaker?.name).toBe(
      "دراسة أوروبية",
    );
  });

  it("reads «طلب المركز من السكان …», «وبيّن X أن …», «بحسب شهود تحدثوا للموقع» and a channel's quoted name", () => {
    expect(claimWith("كما طلب المركز من سكان الأحياء المجاورة ملازمة منازلهم.", "ملازمة").speaker?.name).toBe("المركز");
    expect(claimWith("وقدم المحامي طلبا إلى المحكمة لتأجيل الجلسة.", "طلبا").speaker).toBeNull();
    const r = extractArticle({
      source: "x.txt",
      text: "وقال مدير الدفاع المدني مازن الفراية إن الفرق أنهت عملها. وبيّن الفراية أن وزن الصهريج فاق قدرة السلك.",
    });
    expect(r.claims[1]?.speaker?.name).toContain("مازن الفراية");
    expect(claimWith("ووقع الانفجار قرابة الرابعة عصرا، بحسب شهود عيان تحدثوا للموقع.", "الانفجار").speaker?.name).toBe(
      "شهود عيان",
    );
    expect(
      claimWith("وكانت قناة «الفجر» الرسمية قد أفادت مساء الاثنين بوقوع تسرب جديد.", "تسرب").speaker?.name,
    ).toContain("قناة الفجر");
  });

  it("reads a title after a conjunction as the subject of a headline's second statement («… ووزير الصحة يتوقع …»)", () => {
    const r = extractArticle({
      source: "x.txt",
      text: "المحافظ يؤكد عودة الحياة إلى طبيعتها... ووزير الصحة يتوقع تراجع أعداد المصابين إلى «أرقام فردية»\n\nوقال المحافظ إن المدارس ستفتح أبوابها غدا.",
    });
    expect(r.claims.find((c) => c.text.includes("يتوقع"))?.speaker?.name).toBe("وزير الصحة");
  });

  it("reads «دافع X عن …», «أمرت النيابة بـ…», «سجّل المركز N», and keeps a person's account of a body's finding his", () => {
    expect(claimWith("ودافع مسؤول حكومي رفيع الجمعة عن طريقة إدارة الأزمة.", "إدارة").speaker?.name).toContain("رفيع");
    expect(claimWith("ويدافع المقاتلون عن معقلهم الأخير.", "معقلهم").speaker).toBeNull();
    expect(claimWith("وأمرت النيابة العامة بحبس ثلاثة متهمين احتياطيا.", "بحبس").speaker?.name).toBe("النيابة العامة");
    expect(claimWith("وسجل المركز الوطني للأرصاد 49.5 درجة مئوية ظهر الاثنين.", "49.5").speaker?.name).toBe(
      "المركز الوطني للأرصاد",
    );
    expect(claimWith("وقال المدير إن السلطات أكدت أن تماسا كهربائيا سبب الحريق.", "تماسا").speaker?.name).toBe(
      "المدير",
    );
    expect(claimWith("وأدى الفريضة نحو مليوني شخص، وفق مسؤولين سعوديين.", "الفريضة").speaker?.name).toBe(
      "مسؤولون سعوديون",
    );
    expect(claimWith("وتوزع التصاريح على الدول وفق نظام حصص.", "التصاريح").speaker).toBeNull();
  });

  it("credits clips to the group that posted them, and a country's figure to the official it names", () => {
    expect(
      claimWith(
        "وجاء ذلك بعدما تداول مستخدمون على مواقع التواصل الاجتماعي مقاطع مصورة قالوا إنها تظهر طوابير أمام المخابز.",
        "طوابير",
      ).speaker?.name,
    ).toContain("مستخدمون");
    expect(
      claimWith("أما الأردن فرفع حصيلة وفيات رعاياه إلى 99، وفق ما أعلن وزير الخارجية أيمن الصفدي.", "99").speaker
        ?.name,
    ).toBe("أيمن الصفدي");
    expect(
      claimWith("وأعلن المغرب موافقته على عروض مساعدة من أربع دول، وفق بيان للديوان الملكي.", "موافقته").speaker?.name,
    ).toBe("المغرب");
  });

  it("reads «أرجعت X …», a demand's subject before an apposition, a subjectless «وقال إن السلطات أكدت …», and «في رد على سؤال»", () => {
    expect(claimWith("وأرجعت الشبكة العزوف إلى تراجع الاهتمام بالشأن العام.", "العزوف").speaker?.name ?? "").toContain(
      "الشبكة",
    );
    expect(
      claimWith("طالبت جبهة الإنقاذ، أكبر تحالف معارض في البلاد، الرئيس بالتنحي فورا.", "بالتنحي").speaker?.name,
    ).toBe("جبهة الإنقاذ");
    const r = extractArticle({
      source: "x.txt",
      text: "وقال مدير الشركة حسام نادر إن التحقيق مستمر. وقال إن السلطات أكدت أن تماسا كهربائيا سبب الحريق.",
    });
    expect(r.claims[1]?.speaker?.name).toBe("حسام نادر");
    expect(claimWith("وقال الوزير في رد على سؤال إن الوضع مستقر.", "مستقر").speaker?.name).toBe("الوزير");
  });

  it("takes «قال لـX» for the addressee, a quoted agency before «عن» for the relay, and reads «ردّ X بأن …»", () => {
    const told = claimWith(
      "وحمّل وزير المالية السابق سمير داود الحكومة مسؤولية العجز، إذ قال للتلفزيون المحلي إن الموازنة «غير واقعية».",
      "غير واقعية",
    );
    expect(told.speaker?.name).toBe("سمير داود");
    expect(told.via.join(" ")).toContain("التلفزيون");
    const relayed = claimWith(
      "ونقلت «أسوشيتد برس» عن دبلوماسي غربي فضّل عدم ذكر اسمه أن المحادثات تعثرت.",
      "المحادثات تعثرت",
    );
    expect(relayed.speaker?.name).toBe("دبلوماسي غربي");
    expect(relayed.via).toContain("أسوشيتد برس");
    expect(claimWith("وردّ رئيس البرلمان نبيل حداد بأن الجلسة قانونية.", "الجلسة قانونية").speaker?.name).toBe(
      "نبيل حداد",
    );
    expect(claimWith("وورد في المحضر أن الجلسة رفعت مبكرا.", "رفعت مبكرا").speaker).toBeNull();
  });

  it("credits a pledge or an order whose content is an act («تعهّد X بـ…»، «وجّه X بإخلاء …») to the one named", () => {
    expect(claimWith("وتعهد الرئيس بمعاقبة المسؤولين عن التأخير.", "بمعاقبة").speaker?.name).toBe("الرئيس");
    const ordered = claimWith("ووجّه محافظ البصرة أسعد العيداني بإغلاق المعبر حتى إشعار آخر.", "بإغلاق المعبر");
    expect(ordered.speaker?.name).toBe("أسعد العيداني");
    expect(ordered.speaker?.role).toContain("محافظ البصرة");
    const leader = claimWith("وأعلن المرشد آية الله علي السيستاني الحداد العام ثلاثة أيام في المحافظات.", "ثلاثة أيام");
    expect(leader.speaker?.name).toBe("علي السيستاني");
  });

  it("reads a feminine body after a masculine «طالب/دعا» as the object, the subject carried", () => {
    const r = extractArticle({
      source: "x.txt",
      text: "وقال النائب كريم الربيعي إن الحريق كشف الإهمال. وطالب هيئة النزاهة بفتح تحقيق عاجل.",
    });
    expect(r.claims.find((c) => c.text.includes("هيئة النزاهة"))?.speaker?.name).toBe("كريم الربيعي");
    expect(claimWith("وطالبت هيئة النزاهة بفتح تحقيق عاجل.", "بفتح تحقيق").speaker?.name).toBe("هيئة النزاهة");
  });

  it("reads «الطبيب صباح X» as a name, and «أجهزة رصد الدخان» as a noun in construct, not a second report", () => {
    const doctor = claimWith("وقال الطبيب صباح جاسم لوكالة رويترز إن الردهة امتلأت بالدخان.", "امتلأت");
    expect(doctor.speaker?.name).toBe("صباح جاسم");
    expect(claimWith("وقال الطبيب صباح الأحد إن الردهة امتلأت.", "امتلأت").speaker?.name).toBe("الطبيب");
    const warned = claimWith(
      "ويحذّر مهندسون مدنيون من أن المباني القديمة معرضة للانهيار، في ظل غياب أنظمة كشف الأضرار عن معظم الأحياء.",
      "معرضة للانهيار",
    );
    expect(warned.speaker?.name).toBe("مهندسون مدنيون");
  });

  it("credits an earlier toll to whoever issued it («حصيلة أعلنتها X»، «الحصيلة التي أوردها X»)", () => {
    expect(
      claimWith("وكانت حصيلة أولية أعلنتها مساء الهيئة العامة للطوارئ قد تحدثت عن 12 مصابا.", "12 مصابا").speaker?.name,
    ).toBe("الهيئة العامة للطوارئ");
    expect(claimWith("وكانت الحصيلة الأولى التي أوردها مصدر طبي تتحدث عن قتيلين.", "قتيلين").speaker?.name).toBe(
      "مصدر طبي",
    );
  });

  it("keeps a statement its own source when an agency received a copy, but documents an agency saw are its finding", () => {
    const st = claimWith("وجاء في بيان رسمي تلقت وكالة رويترز نسخة منه أن الحكومة قررت إغلاق المعبر.", "إغلاق المعبر");
    expect(st.speaker?.name).toBe("بيان رسمي");
    expect(st.via.join(" ")).toContain("رويترز");
  });

  it("continues the speaker through a participle whose content names a body, and reads «من إعلان X …»", () => {
    const r = extractArticle({
      source: "x.txt",
      text: "وقال المتحدث باسم وزارة الخارجية سامي فرحات إن «الطلب وصل متأخرا»، مبيناً أن الحكومة أبدت استعدادها للمساعدة. واستؤنفت الرحلات بعد يوم من إعلان المتحدث باسم هيئة الطيران العقيد مازن يوسف تمديد إغلاق المطار.",
    });
    expect(r.claims.find((c) => c.text.includes("أبدت استعدادها"))?.speaker?.name).toBe("سامي فرحات");
    expect(r.claims.find((c) => c.text.includes("إغلاق المطار"))?.speaker?.name).toBe("مازن يوسف");
  });

  it("reads a headline's second statement after «..»: «والجمعية: «…»», «وتقرير أولي: …», «والوزارة تستبعد …»", () => {
    const heads = (title: string) =>
      extractArticle({ source: "x.txt", text: `${title}\n\nقال مسؤولون إن البحث مستمر في المنطقة.\n` }).claims;
    const a = heads("انهيار مبنى في الحي القديم.. والدفاع المدني: «لا ناجين حتى الآن»");
    expect(a.find((c) => c.text.includes("لا ناجين"))?.speaker?.name).toBe("الدفاع المدني");
    const b = heads("تشييع الضحايا اليوم.. وتقرير فني أولي: لا عطل في المكابح");
    expect(b.find((c) => c.text.includes("المكابح"))?.speaker?.name).toBe("تقرير فني أولي");
    const c = heads("إغلاق الطريق الساحلي... والداخلية تستبعد العمل التخريبي");
    expect(c.find((x) => x.text.includes("التخريبي"))?.speaker?.name).toBe("الداخلية");
    const d = heads("وزير النقل: الحادث لن يتكرر");
    expect(d.find((x) => x.text.includes("لن يتكرر"))?.speaker?.name).toBe("وزير النقل");
  });

  it("credits accounts to their tellers («وفي روايات X،»، «بحسب شهادات X») and ends «وصف الرئيس X» at the name", () => {
    expect(claimWith("وفي روايات سكان الحي، انهارت الجدران خلال ثوان.", "انهارت الجدران").speaker?.name).toBe(
      "سكان الحي",
    );
    expect(claimWith("وبحسب شهادات ناجين، انقلب القارب فجرا.", "انقلب القارب").speaker?.name).toContain("ناجين");
    expect(
      claimWith("ووصف الرئيس الفرنسي إيمانويل ماكرون الوزير الراحل بأنه كان «رجل دولة».", "رجل دولة").speaker?.name,
    ).toBe("إيمانويل ماكرون");
    // («إفادات تنسب …»: things described by a present verb do not speak)
    expect(
      claimWith("وبحسب وثائق اطلعت عليها رويترز، قدّم ثلاثة بحارة إفادات تنسب الغرق إلى عطل.", "إلى عطل").speaker?.name,
    ).toContain("رويترز");
  });

  it("reads a feminine «طالبت» before a lone family name as its object, and passes a relative verb before the content", () => {
    const r = extractArticle({
      source: "x.txt",
      text: "وانتقدت نقابة الأطباء أداء الوزارة، وطالبت الحلبوسي بتشكيل لجنة مستقلة.",
    });
    expect(r.claims.find((c) => c.text.includes("لجنة مستقلة"))?.speaker?.name).toBe("نقابة الأطباء");
    const s2 = extractArticle({
      source: "x.txt",
      text: 'وقال سامر جواد، شقيق أحد المصابين، إن الدخان ملأ الممر. وأضاف لرويترز، من البلدة التي نقل إليها شقيقه: "لم نجد أحدا يساعدنا".',
    });
    expect(s2.claims.find((c) => c.text.includes("لم نجد أحدا"))?.speaker?.name).toBe("سامر جواد");
  });

  it("credits a relative «، الذي أعلن …» to the name before its comma, never a thing («المدينة، التي أعلنت …»)", () => {
    expect(
      claimWith("وتسلم النائب المهام بقرار من البرلمان، الذي أعلن تعليق جلساته أسبوعا.", "تعليق جلساته").speaker?.name,
    ).toBe("البرلمان");
    expect(claimWith("وصل الوفد بدعوة من سيستاني، الذي أعلن الحداد ثلاثة أيام.", "الحداد ثلاثة").speaker?.name).toBe(
      "سيستاني",
    );
    expect(claimWith("وزار الوفد المدينة، التي أعلنت منطقة منكوبة.", "منطقة منكوبة").speaker).toBeNull();
  });

  it("reads «بعد ساعات من إعلان X …» only in a short framing clause, and never as a link in a chain", () => {
    expect(claimWith("وجاء القرار بعد يوم من إعلان وزارة النقل تعليق الرحلات.", "تعليق الرحلات").speaker?.name).toBe(
      "وزارة النقل",
    );
    expect(
      claimWith(
        "خفض البنك المركزي أسعار الفائدة 200 نقطة أساس في اجتماع طارئ مساء الخميس، فارتفعت الأسهم بقوة قبل ساعات من إعلان وزارة المالية خطة دعم.",
        "200 نقطة",
      ).speaker,
    ).toBeNull();
  });
});

describe("acronyms, topics and purpose clauses", () => {
  it("reads a lone bracketed word after a body's name as its acronym, even when it spells a verb («(آفاد)»)", () => {
    const c = claimWith(
      "وكانت هزة بقوة 6.1 درجة بحسب هيئة الرصد الوطنية (آفاد) قد أصابت القرية قبل الفجر.",
      "6.1 درجة",
    );
    expect(c.speaker?.name).toContain("هيئة الرصد");
  });

  it("takes the topic after «أما» as the subject of the verb that carries فـ, not the object after it", () => {
    expect(claimWith("أما هيئة الأرصاد فقدّرت سرعة الرياح بنحو 90 كيلومترا.", "90 كيلومترا").speaker?.name).toBe(
      "هيئة الأرصاد",
    );
    expect(claimWith("أما الهلال الأحمر (همر) فقدّر عدد النازحين بنحو ألفين.", "ألفين").speaker?.name).toContain(
      "الهلال الأحمر",
    );
  });

  it("does not read a quotation after «وذلك» as the words of the verb: it is the act's purpose", () => {
    const c = claimWith(
      "أعلن رئيس الوزراء سمير حداد، مساء الأحد، إغلاق المدارس أسبوعا، وذلك «لحماية الطلاب من موجة البرد».",
      "إغلاق المدارس",
    );
    expect(c.speaker?.name).toBe("سمير حداد");
  });
});

describe("where the words were said", () => {
  it("ends a bare personal name at «في» + a place, but keeps an unnamed source's body («مسؤولان في الوزارة»)", () => {
    expect(claimWith("وقال شولتس في زغرب إن بلاده سترسل فرق إغاثة.", "فرق إغاثة").speaker?.name).toBe("شولتس");
    expect(claimWith("وأكد الرئيس ميلوني في صوفيا أن الحدود ستبقى مفتوحة.", "الحدود ستبقى").speaker?.name).toBe(
      "ميلوني",
    );
    expect(claimWith("وقال مسؤولان في الوزارة إن الطريق أعيد فتحه صباحا.", "أعيد فتحه").speaker?.name).toContain(
      "الوزارة",
    );
    expect(
      claimWith("ونقلت وكالة رويترز عن سالم العلي، وهو عامل في مصنع قريب، قوله إن الدخان غطى الحي.", "الدخان غطى")
        .speaker?.name,
    ).toBe("سالم العلي");
  });
});

describe("holding someone responsible", () => {
  it("reads «حمّل X Y مسؤولية …» as X's charge, with Y the one blamed", () => {
    expect(
      claimWith("وحمّل وزير النقل المصري هشام عرفات السائقين مسؤولية التصادم.", "مسؤولية التصادم").speaker?.name,
    ).toBe("هشام عرفات");
    expect(claimWith("وحمل المسعفون الجرحى إلى المستشفى الميداني.", "الجرحى").speaker).toBeNull();
  });
});

describe("headlines led by a bare personal name", () => {
  it("takes a one-word name before a present verb, or before «من PLACE:», as the headline's speaker", () => {
    expect(claimWith("شولتس يطالب بهدنة إنسانية فورية", "بهدنة").speaker?.name).toBe("شولتس");
    expect(claimWith("ميقاتي من طرابلس: «لن نترك المتضررين وحدهم»", "المتضررين").speaker?.name).toBe("ميقاتي");
  });
});

describe("a reporter before «نقل» and its source after «عن»", () => {
  it("credits the source after «عن», with the reporter as the link, when «كان … قد نقل» puts the reporter first", () => {
    const c = claimWith(
      "وكانت وكالة رويترز قد نقلت عن مسؤولين في الشرطة أن الطريق الساحلي أغلق ليلا.",
      "الطريق الساحلي",
    );
    expect(c.speaker?.name).toContain("مسؤول");
    expect(c.via.join(" ")).toContain("رويترز");
    const d = claimWith("وكانت الصحيفة قد نقلت عن المدير العام للميناء سامي خليل قوله إن الرصيف تضرر.", "الرصيف تضرر");
    expect(d.speaker?.name).toBe("سامي خليل");
  });
});

describe("accounts a body cites after «نقل عن»", () => {
  it("keeps the body as the speaker when what follows «عن» is testimony, not a person", () => {
    const c = claimWith("وكانت منظمة الإغاثة الدولية قد نقلت عن روايات شهود أن القارب كان مكتظا.", "كان مكتظا");
    expect(c.speaker?.name).toContain("منظمة الإغاثة");
  });
});

describe("a subject joined by و in the second half of a headline", () => {
  it("takes the body or person right before the present verb, not its object after it", () => {
    const c = claimWith("السيول تجرف عشرات المنازل في الوادي وحزب الله يحمّل البلدية مسؤولية التقصير", "يحمّل البلدية");
    expect(c.speaker?.name).toBe("حزب الله");
    const d = claimWith("انقطاع الكهرباء عن نصف العاصمة ووزير الطاقة سامي حداد يتهم الشركة بالإهمال", "بالإهمال");
    expect(d.speaker?.name).toBe("سامي حداد");
    const e = claimWith("اشتباكات عنيفة قرب المطار والجيش الوطني ينفي سقوط قتلى", "سقوط قتلى");
    expect(e.speaker?.name).toBe("الجيش الوطني");
  });
});

describe("a subject before «قد» and a verb with an object after it", () => {
  it("reads «وكان X قد حمّل Y …» as X's charge, not Y's", () => {
    const c = claimWith("وكان اتحاد النقابات قد حمّل وزارة النقل مساء السبت «المسؤولية الكاملة» عن التأخير.", "التأخير");
    expect(c.speaker?.name).toContain("اتحاد النقابات");
    const d = claimWith("وكانت الحكومة قد حمّلت الشركة المشغلة مسؤولية انقطاع المياه.", "انقطاع المياه");
    expect(d.speaker?.name).toBe("الحكومة");
  });
});

describe("replying «ردّ X على …»", () => {
  it("takes the one replying from between the verb and «على», a bare name too, and carries him on", () => {
    const text =
      "وقال النائب سمير حداد إن الحكومة فشلت. وردّ ميقاتي على منتقديه في كلمة متلفزة، قائلا إن «الأرقام تتحدث عن نفسها». وأضاف أن الموازنة «ستقر قريبا».";
    expect(claimWith(text, "الأرقام تتحدث").speaker?.name).toBe("ميقاتي");
    expect(claimWith(text, "ستقر قريبا").speaker?.name).toBe("ميقاتي");
    expect(claimWith("وردّ المتحدث باسم الوزارة علي الأحمد على الاتهامات بأنها «باطلة».", "باطلة").speaker?.name).toBe(
      "علي الأحمد",
    );
  });
});

describe("condemning", () => {
  it("reads «أدان/دان/ندّد/استنكر X …» as X's stance", () => {
    expect(
      claimWith("ودانت وزارة الخارجية خلال مؤتمر صحافي ما وصفته بالاعتداء على القافلة.", "الاعتداء على القافلة").speaker
        ?.name,
    ).toContain("وزارة الخارجية");
    expect(claimWith("ونددت نقابة الأطباء بالاعتداء على طاقم المستشفى.", "طاقم المستشفى").speaker?.name).toContain(
      "نقابة الأطباء",
    );
    expect(claimWith("واستنكر اتحاد العمال قرار تسريح مئات الموظفين.", "تسريح مئات").speaker?.name).toContain(
      "اتحاد العمال",
    );
    expect(claimWith("وتعرضت مدينة حمص لقصف عنيف طوال الليل.", "لقصف عنيف").speaker).toBeNull();
  });
});

describe("a relaying outlet after a carried report", () => {
  it("keeps the continued speaker and makes «وفق ما نقلت X» the link", () => {
    const c = claimWith(
      "وقالت نقابة المعلمين إن إغلاق المدارس خطأ. وأضافت أن القرار «يعاقب الطلاب»، وفق ما نقلت الوكالة الرسمية للأنباء.",
      "يعاقب الطلاب",
    );
    expect(c.speaker?.name).toContain("نقابة المعلمين");
    expect(c.via.join(" ")).toContain("الوكالة الرسمية");
  });
});

describe("what something was called", () => {
  it("does not read «على ما وصفه بـ…» or «وفق ما اعتبره …» as a source", () => {
    const text =
      "وقالت النقابة في بيان إن الإضراب مستمر. وأكدت أن الحكومة «ستدفع الثمن» على ما وصفته بـ«التجاهل المتعمد».";
    expect(claimWith(text, "ستدفع الثمن").speaker?.name).toBe("النقابة");
  });
});

describe("the time of the words inside «وفق ما أعلنه …»", () => {
  it("skips the time between the relative verb and the source", () => {
    expect(
      claimWith("وانهار الجسر القديم بالكامل، بحسب ما ذكرته مساء الأحد مديرية الدفاع المدني.", "الجسر القديم").speaker
        ?.name,
    ).toContain("الدفاع المدني");
    expect(
      claimWith("وبلغ عدد النازحين 900 أسرة، وفق ما أعلنه أمس الخميس الناطق باسم البلدية رامي سالم.", "النازحين")
        .speaker?.name,
    ).toBe("رامي سالم");
  });
});

describe("threatening «توعّد X بـ…»", () => {
  it("reads what is threatened after ب as the content and ends the subject at whom it threatens", () => {
    expect(claimWith("وتوعّد إردوغان بالرد «بحزم» على أي اعتداء.", "بحزم").speaker?.name).toBe("إردوغان");
    expect(
      claimWith("وتوعّد وزير الداخلية سامي حداد المهربين بملاحقتهم «حتى النهاية».", "حتى النهاية").speaker?.name,
    ).toBe("سامي حداد");
    expect(claimWith("وتوعّد وزير الداخلية المهربين بملاحقتهم قضائيا.", "قضائيا").speaker?.name).toBe("وزير الداخلية");
  });
});

describe("a headline figure right after the verb", () => {
  it("keeps the subject before a present verb followed by a bare number", () => {
    expect(claimWith("الدفاع المدني يعلن 320 قتيلا و75 مفقودا", "320 قتيلا").speaker?.name).toBe("الدفاع المدني");
  });
});

describe("a relative verb with a pronoun pointing back", () => {
  it("credits «والتي وصفها X بأنها …» and «الذي وصفه X بأنه …» to X", () => {
    expect(
      claimWith("وتراهن الشركة على خط الأنابيب الجديد، والتي وصفها الوزير خالد منصور بأنها «نقلة نوعية».", "نقلة نوعية")
        .speaker?.name,
    ).toBe("خالد منصور");
    expect(
      claimWith("ووقع البلدان الاتفاق الذي وصفه شولتس بأنه «خطوة شجاعة» نحو السلام.", "خطوة شجاعة").speaker?.name,
    ).toBe("شولتس");
  });
});

describe("a bare definite body named by where it sits", () => {
  it("keeps «في» + a capital after «السلطات» or «الحكومة», so it is not taken for a body named earlier", () => {
    const text =
      "وقالت السلطات الباكستانية إن 20 شخصا قتلوا. وتوفي 12 مواطنا أفغانيا في الحادث نفسه، بحسب السلطات في كابول.";
    expect(claimWith(text, "12 مواطنا").speaker?.name).toBe("السلطات في كابول");
  });
});

describe("present-tense orders, replies and appeals after their subject", () => {
  it("reads «X تأمر بـ…»، «X يردّ على …»، «X يطلق نداء …» as X's", () => {
    expect(claimWith("المحكمة العليا تأمر بالإفراج عن الصحافيين الأربعة", "بالإفراج").speaker?.name).toBe(
      "المحكمة العليا",
    );
    expect(claimWith("ماكرون يرد على المحتجين: الإصلاح ماض", "الإصلاح ماض").speaker?.name).toBe("ماكرون");
    expect(claimWith("اليونيسف تطلق نداء عاجلا لجمع 50 مليون دولار", "نداء عاجلا").speaker?.name).toBe("اليونيسف");
    expect(claimWith("الشرطة تطلق الغاز المسيل للدموع على المحتجين", "المسيل").speaker).toBeNull();
  });
});

describe("mourning as an announcement", () => {
  it("reads «نعى/نعت X …» as X's announcement of a death", () => {
    expect(
      claimWith("ونعت نقابة الصحافيين ثلاثة من أعضائها قضوا في القصف.", "ثلاثة من أعضائها").speaker?.name,
    ).toContain("نقابة الصحافيين");
  });
});

describe("what a correspondent saw", () => {
  it("credits «وشاهد مراسل X …» to the outlet, and reads no report in «شاهد» after anyone else", () => {
    expect(
      claimWith("ومساء الجمعة، شاهد مراسل وكالة رويترز طوابير طويلة من الشاحنات عند المعبر.", "طوابير طويلة").speaker
        ?.name,
    ).toContain("رويترز");
    expect(claimWith("وشاهد السكان أعمدة الدخان فوق الميناء طوال الليل.", "أعمدة الدخان").speaker).toBeNull();
    expect(claimWith("وقال مرصد «شاهد» المستقل إن الاقتراع جرى بهدوء.", "بهدوء").speaker?.name).toContain("شاهد");
  });
});

describe("hashtags", () => {
  it("does not make a spreading hashtag the speaker of a demand", () => {
    expect(
      claimWith("وعمّ الغضب منصات التواصل بعد الحادث، إذ تصدّر وسم يطالب برحيل المحافظ.", "برحيل المحافظ").speaker,
    ).toBeNull();
  });
});

describe("a family name standing for someone named earlier", () => {
  it("credits «وأعلنت الحداد …» to the «سلمى الحداد» an earlier sentence named in passing", () => {
    const text =
      "وزار رئيس الحكومة الموقع، ترافقه وزيرة البيئة سلمى الحداد، صباح الأحد. وأعلنت الحداد تشكيل لجنة لتقييم الأضرار في المنطقة.";
    expect(claimWith(text, "تشكيل لجنة").speaker?.name).toBe("سلمى الحداد");
    const other = "ووصل سامي العلي إلى المدينة أمس. ويظهر العلي في صور نشرتها البلدية وهو يتفقد الأضرار.";
    expect(claimWith(other, "يتفقد الأضرار").speaker).toBeNull();
  });
});

describe("bodies counted, not named", () => {
  it("reads an indefinite plural of bodies with its adjective as the speaker («منظمات حقوقية تطالب …»)", () => {
    expect(claimWith("منظمات حقوقية تطالب بالإفراج عن المعتقلين", "بالإفراج").speaker?.name).toBe("منظمات حقوقية");
    expect(claimWith("وكالات إغاثة دولية تحذر من مجاعة وشيكة في الإقليم", "مجاعة وشيكة").speaker?.name).toContain(
      "وكالات إغاثة",
    );
  });
});

describe("a quoted body name with its country's adjective before a colon", () => {
  it("credits «الداخلية» المصرية before a colon to the body, and leaves a quoted word with another adjective alone", () => {
    expect(claimWith("«الداخلية» المصرية: ضبط 12 متهما في قضية التهريب", "ضبط 12").speaker?.name).toBe(
      "الداخلية المصرية",
    );
    expect(claimWith("«كارثة» حقيقية: السيول تجرف عشرات المنازل", "السيول تجرف").speaker).toBeNull();
  });
});

describe("a quoted subject after a headline's label", () => {
  it("reads «LABEL: «X» تقدّر …» as X's estimate", () => {
    expect(claimWith("البلديات: «عتيد» تقدّر نسبة الإقبال بنحو 30 بالمئة", "نسبة الإقبال").speaker?.name).toBe("عتيد");
  });
});

describe("«some of them» as a speaker", () => {
  it("reads «واتهم بعضهم X بـ…» with «بعضهم» as the whole subject", () => {
    const text = "واحتج عشرات السائقين أمام الوزارة. واتهم بعضهم الشركة بالتلاعب في الأجور.";
    expect(claimWith(text, "بالتلاعب").speaker?.name).toBe("بعضهم");
  });
});

describe("a participle after a relative clause naming someone else", () => {
  it("continues the agent of «…، وهو ما نفاه X، قائلاً …», not the clause's first speaker", () => {
    const text =
      "وفي وقت سابق، ذكرت صحيفة محلية أن الوزارة قررت إغلاق المعبر أسبوعا كاملا بسبب الأحوال الجوية السيئة في المنطقة الحدودية، وهو ما نفاه مكتب الوزير، قائلا إن «الإغلاق سيكون ليومين فقط» ريثما تتحسن الأحوال.";
    expect(claimWith(text, "ليومين فقط").speaker?.name).toContain("مكتب الوزير");
  });
});

describe("where a verb-first subject ends and its object begins", () => {
  it("stops the subject at a definite word that cannot agree with it, but keeps adjectives of a title", () => {
    expect(claimWith("واتهم المرشحان المستقلان لجنة الانتخابات بتضخيم نسبة الإقبال.", "بتضخيم").speaker?.name).toBe(
      "المرشحان المستقلان",
    );
    expect(claimWith("وتتهم منظمة هيومن رايتس ووتش السلطات المحلية بتقييد عمل الصحفيين.", "بتقييد").speaker?.name).toBe(
      "منظمة هيومن رايتس ووتش",
    );
    expect(
      claimWith("وحمّل الأمين العام للحزب نادر سليم الحكومة مسؤولية التأخير.", "مسؤولية التأخير").speaker?.name,
    ).toBe("نادر سليم");
    expect(claimWith("واتهمت القوات المسلحة الليبية البعثة الأممية بالانحياز.", "بالانحياز").speaker?.name).toBe(
      "القوات المسلحة الليبية",
    );
  });

  it("reads campaign directorates and candidates as speakers", () => {
    expect(
      claimWith("ونددت مديريات حملات المترشحين في بيان مشترك بتأخر إعلان النتائج.", "بتأخر").speaker?.name,
    ).toContain("مديريات");
    expect(claimWith("وقال المترشح الخاسر إن الأرقام لا تعكس الواقع.", "لا تعكس").speaker?.name).toBe("المترشح الخاسر");
  });
});

describe("asides on a name and verbs with two senses", () => {
  it("skips «بصفتها …» and «بمن فيها …» between a body and its verb", () => {
    expect(
      claimWith("وكانت نقابات النقل، بمن فيها نقابة السائقين، قد أعلنت إضرابا مفتوحا عن العمل.", "إضرابا مفتوحا")
        .speaker?.name,
    ).toContain("نقابات النقل");
  });

  it("reads a short quoted name after the verb, then an aside and «أن», as the subject", () => {
    expect(
      claimWith("وأكدت «سابك»، في إفصاح للبورصة، أن أرباحها الفصلية تراجعت.", "أرباحها الفصلية").speaker?.name,
    ).toBe("سابك");
  });

  it("reads «كان X قد أعلن» with any short subject between «كان» and «قد»", () => {
    expect(claimWith("وكانت الراجحي المالية قد أعلنت نطاق السعر يوم الأحد.", "نطاق السعر").speaker?.name).toBe(
      "الراجحي المالية",
    );
  });

  it("reads «عبّر X عن» as expressing, and «عبرت السفن القناة» as crossing", () => {
    expect(
      claimWith("وعبّر مدير الهيئة الإقليمية للملاحة كريم نوفل في مؤتمر صحفي عن قلقه من التراجع.", "قلقه").speaker?.name,
    ).toBe("كريم نوفل");
    const crossed = claimWith(
      "وتظهر بيانات الهيئة أن 1200 سفينة عبرت المضيق في الربع الأول من 2024، بتراجع 40 بالمئة عن العام السابق.",
      "1200 سفينة",
    );
    expect(crossed.speaker?.name).toBe("الهيئة");
  });
});

describe("a long adjunct before «كان … قد», and what one is accused of", () => {
  it("reads «وفي ظل …، كانت X قد أعلنت» as X's announcement", () => {
    expect(
      claimWith(
        "وفي ظل تراجع الإقبال طوال ساعات الصباح، كانت اللجنة قد أعلنت نسبة مشاركة بلغت 19 في المئة.",
        "نسبة مشاركة",
      ).speaker?.name,
    ).toBe("اللجنة");
  });

  it("ends the accuser before the accused and the adjuncts, and reads «بـ…» as the accusation", () => {
    const c = claimWith(
      "وتتهم منظمة هيومن رايتس ووتش الحكومة في عهد الرئيس الحالي بتقييد «حرية الصحافة»، وبملاحقة «الأصوات المنتقدة للسلطة في الداخل».",
      "بتقييد",
    );
    expect(c.speaker?.name).toBe("منظمة هيومن رايتس ووتش");
  });
});

describe("figures presented by someone, and a headline's lone name", () => {
  it("credits «حسب الأرقام التي قدمها X» to X", () => {
    expect(
      claimWith("وحل المرشح المستقل ثانيا بـ210 آلاف صوت، حسب الأرقام التي قدمها بوعلام خلال مؤتمر صحفي.", "210 آلاف")
        .speaker?.name,
    ).toContain("بوعلام");
  });

  it("reads «NAME: …» as NAME's when the article goes on to name it twice more, and not a label", () => {
    const text =
      "الغنوشي: الحركة لن تقاطع الانتخابات المقبلة\nقال رئيس الحركة راشد الغنوشي إن الحزب سيشارك. وأضاف الغنوشي أن القرار نهائي.";
    expect(claimWith(text, "لن تقاطع").speaker?.name ?? "").toContain("الغنوشي");
    const label = "تفاصيل: الحركة لن تقاطع الانتخابات المقبلة\nقال رئيس الحركة إن الحزب سيشارك في الانتخابات.";
    expect(claimWith(label, "لن تقاطع").speaker).toBeNull();
  });
});

describe("verbs and adjuncts from the ceasefire and migration stories", () => {
  it("reads «نُقلت إلى» as carried, not relayed", () => {
    expect(
      claimWith("وذكرت وزارة الصحة أن الحصيلة لا تشمل سوى الجثث التي نُقلت إلى مستشفيين في المدينة.", "لا تشمل").speaker
        ?.name,
    ).toBe("وزارة الصحة");
  });

  it("drops the platform a statement was posted on, unless accounts or users on it speak", () => {
    const posted = claimWith(
      "وكتب المتحدث باسم المنظمة سامي العلي على منصته «إكس» أن الوضع الإنساني كارثي.",
      "الوضع الإنساني",
    );
    expect(posted.speaker?.name).toBe("سامي العلي");
    const accounts = claimWith("وتداولت حسابات على مواقع التواصل الاجتماعي روايات تفيد بأن الحريق «مفتعل».", "مفتعل");
    expect(accounts.speaker?.name ?? "").toContain("حسابات على مواقع التواصل");
  });

  it("reads threats, renewed threats, justifications and repetitions as statements", () => {
    expect(
      claimWith("وهدد وزير المالية سليم ناصر بالاستقالة إذا أقرت الحكومة الموازنة.", "بالاستقالة").speaker?.name,
    ).toBe("سليم ناصر");
    expect(claimWith("وهددت السيول بإغراق القرى المجاورة.", "بإغراق").speaker).toBeNull();
    expect(claimWith("وجدد زعيم الحزب كمال يوسف تهديده بالانسحاب من الائتلاف.", "بالانسحاب").speaker?.name).toBe(
      "كمال يوسف",
    );
    expect(claimWith("وبررت الوزارة قرارها بـ«الضغط الكبير» على مراكز الإيواء.", "الضغط الكبير").speaker?.name).toBe(
      "الوزارة",
    );
    expect(
      claimWith("ويكرر الرئيس التونسي قيس سعيد أن بلاده «لن تكون حارسا لحدود غيرها».", "لن تكون").speaker?.name,
    ).toBe("قيس سعيد");
  });

  it("reads a feminine country after a masculine «دعا» as whom he called on, and skips «خلاله» before a name", () => {
    const r = extractArticle({
      source: "x.txt",
      text: "وقال رئيس البلدية ماركو ريني إن الجزيرة عاجزة. ودعا أوروبا إلى التدخل فورا بعملية دعم عاجلة.",
    });
    expect(r.claims[1]?.speaker?.name).toBe("ماركو ريني");
    expect(
      claimWith("وجاءت الموافقة بعد يوم من التأخير اتهم خلاله نتنياهو حركة حماس بالتراجع عن التفاهمات.", "بالتراجع")
        .speaker?.name,
    ).toBe("نتنياهو");
  });
});

describe("a known body after a verb of accusing", () => {
  it("reads a feminine body after a masculine «يتهم» as the accused, and a country after a known name as the object", () => {
    expect(
      claimWith("الرئيس يرجئ الاجتماع ويتهم حماس بالتراجع عن التفاهمات", "بالتراجع").speaker?.name ?? "",
    ).not.toContain("المقاومة");
    expect(claimWith("واتهمت حماس إسرائيل بخرق الهدنة في الشمال.", "بخرق").speaker?.name).toBe("حماس");
  });
});

describe("two sources close to a body, and a threat with a participle after it", () => {
  it("keeps «مصدران قريبان من X» as unnamed sources, not X", () => {
    expect(
      claimWith("وقال مصدران قريبان من الحركة لوكالة فرانس برس إن الدفعة الأولى ستضم ثلاث أسيرات.", "الدفعة الأولى")
        .speaker?.name,
    ).toBe("مصدران قريبان من الحركة");
  });

  it("reads «هدد X بـ…، واصفاً إياه …» as X's threat, never «إياه»'s", () => {
    expect(
      claimWith(
        "وهدد وزير المالية سليم ناصر بالاستقالة إذا صادقت الحكومة على الاتفاق، واصفاً إياه بأنه «صفقة خاسرة».",
        "بالاستقالة",
      ).speaker?.name,
    ).toBe("سليم ناصر");
  });
});

describe("«كان X VERB» without «قد»", () => {
  it("reads a short subject between «كان» and a reporting verb as the speaker, whatever it is", () => {
    expect(claimWith("وكانت سابك أعلنت في 12 آذار عزمها بيع حصتها في المصنع.", "عزمها").speaker?.name).toBe("سابك");
  });
});

describe("a body's own data after «أما»", () => {
  it("reads «أما X فأظهرت بياناته أن …» as X's", () => {
    expect(
      claimWith("أما المصرف المركزي فأظهرت بياناته أن الصادرات تراجعت بنسبة 12 في المائة.", "الصادرات").speaker?.name,
    ).toBe("المصرف المركزي");
  });
});

describe("hastening to reject", () => {
  it("reads «سارعت X إلى رفض الحكم، واصفة إياه بأنه …» as X's", () => {
    expect(
      claimWith("وسارع حزب العمال إلى رفض القرار، واصفاً إياه بأنه «تصفية حسابات».", "تصفية حسابات").speaker?.name,
    ).toBe("حزب العمال");
  });
});

describe("a quoted body name with where it spoke, and published updates", () => {
  it("reads «أكدت X في تحديث نشرته أن …» and «وأوضحت «X» في بيان أن …» as X's", () => {
    expect(
      claimWith("وأكدت البعثة الأوروبية «إيريني» في تحديث نشرته أمس أن الحرائق خمدت.", "الحرائق خمدت").speaker?.name,
    ).toContain("إيريني");
    expect(claimWith("وأوضحت «إيريني» في بيان أن البحارة نقلوا إلى جيبوتي.", "البحارة").speaker?.name).toBe("إيريني");
  });
});

describe("what was announced after a titled name and its adjuncts", () => {
  it("keeps the titled person of «أعلن وزير … X في …، في مقطع مصور …، تفشي الوباء «…»» and not the thing announced", () => {
    const text =
      "وأعلن وزير الصحة اليمني قاسم بحيبح في 3 آذار/مارس، في مقطع مصور بثته وزارته، تفشي وباء الحصبة «بسبب ضعف التطعيم وتلوث المياه»، موضحاً أن القرار اتخذ بالتنسيق مع المنظمات.";
    expect(claimWith(text, "ضعف التطعيم").speaker?.name).toBe("قاسم بحيبح");
    expect(claimWith(text, "بالتنسيق").speaker?.name).toBe("قاسم بحيبح");
  });
});

describe("a comment in which someone spoke, and «ووصف ما …»", () => {
  it("never makes a verbal noun after بـ the speaker, and carries the subject of «ووصف ما …»", () => {
    const comment =
      "وقال الناطق العسكري خالد عمر إن العملية نجحت. وأرفق عمر المقطع بتعليق قال فيه إن السفينة «خرقت الحظر».";
    expect(claimWith(comment, "خرقت الحظر").speaker?.name).toBe("خالد عمر");
    const described =
      "وقال مدير الصحة في الولاية إن الوضع تحت السيطرة. ووصف ما تتداوله المنصات عن «مئات الوفيات» بأنه «شائعات».";
    expect(claimWith(described, "شائعات").speaker?.name).toBe("مدير الصحة في الولاية");
  });
});

describe("a judge who refuses, then speaks; an unnamed source who goes further", () => {
  it("carries a family name the article gave in full from «في المقابل، رفض X …» to the participle after it", () => {
    const text =
      "وعاد القاضي سامر الحلبي إلى مكتبه بعد أشهر من التعليق. وقالت نقابة المحامين إن القرار صائب. في المقابل، رفض الحلبي طلب النيابة، مؤكداً في بيان أن أي قرار يصدر عنها «لا قيمة له».";
    expect(claimWith(text, "لا قيمة له").speaker?.name).toBe("سامر الحلبي");
  });

  it("makes the person a narrative sentence opens on the one a later subjectless «وقال» continues", () => {
    const text =
      "وعاد القاضي سامر الحلبي إلى مكتبه بعد أشهر من التعليق. وقال محامي الدفاع إن موكله بريء. في المقابل، يتمسك الحلبي بصلاحياته. وقال في تصريح لقناة المدينة إن أحداً لا يملك كف يده عن الملف.";
    const c = claimWith(text, "كف يده");
    expect(c.speaker?.name).toBe("سامر الحلبي");
    // the channel it was said to, named after ل without quotes, is the link, not the word «تصريح»
    expect(c.via).toEqual(["قناة المدينة"]);
  });

  it("reads «وذهب مسؤول قضائي في الاتجاه نفسه، لافتاً …» as the unnamed official's, adjective included", () => {
    const text =
      "وقال المحامي إن الموقوفين سيعودون. وذهب مسؤول قضائي في الاتجاه نفسه، لافتاً إلى أن ضغوطاً خارجية سبقت القرار.";
    expect(claimWith(text, "ضغوطاً خارجية").speaker?.name).toBe("مسؤول قضائي");
  });
});

describe("a document an outlet saw", () => {
  it("gives «وقرر X، وفق مذكرة اطلعت عليها وكالة فرانس برس، «…»» to X, with the agency as its link", () => {
    const text =
      "وقال المدعي العام نادر الخوري إن الملف مكتمل. وقرر الخوري، وفق مذكرة اطلعت عليها وكالة فرانس برس، «تجميد أصول الشركة ومنع مديريها من السفر».";
    const c = claimWith(text, "تجميد أصول");
    expect(c.speaker?.name).toBe("نادر الخوري");
    expect(c.via).toEqual(["وكالة فرانس برس"]);
  });
});

describe("a verb-first clause before «، وقال»", () => {
  it("takes its subject after a derived verb and a scene-setting adverb, never the verb or its object", () => {
    expect(claimWith("استقبلت الوزيرة السفير، وقالت إن بلادها تتطلع إلى التعاون.", "تتطلع").speaker?.name).toBe(
      "الوزيرة",
    );
    expect(
      claimWith("إقليمياً، هنأت السفارة الإيرانية في بيروت الرئيس، وكتبت على «إكس» أن طهران مستعدة للتعاون.", "مستعدة")
        .speaker?.name,
    ).toBe("السفارة الإيرانية");
  });

  it("never makes a subordinator the speaker: «…، بعدما كتب على منصة إكس أن …»", () => {
    const text =
      "وقال المتحدث باسم الخارجية إن الوفد وصل. ورحب الوزير بالنتيجة، بعدما كتب على منصة «إكس» أن الانتخاب «خطوة مهمة».";
    expect(claimWith(text, "خطوة مهمة").speaker?.name).toBe("الوزير");
  });
});

describe("quotations without a colon, and «هذا ما أكده X»", () => {
  it("reads a short quotation that closes the clause right after the subject as the words said", () => {
    const c = claimWith("وقال الرئيس الفرنسي «الرئيس الجديد يحظى بثقتي»، مضيفاً أنه سيدعم الإصلاحات.", "يحظى بثقتي");
    expect(c.speaker?.name).toBe("الرئيس الفرنسي");
    expect(claimWith("وقال جو بايدن «القائد المناسب للمرحلة».", "القائد المناسب").speaker?.name).toBe("جو بايدن");
  });

  it("gives a quotation followed by «هذا ما أكده X لدى وصوله» to X, without the circumstance", () => {
    const text = "«ستنتهي الأزمة خلال أيام»، هذا ما أكده رئيس الوزراء نجيب ميقاتي لدى وصوله إلى البرلمان.";
    expect(claimWith(text, "ستنتهي الأزمة").speaker?.name).toBe("نجيب ميقاتي");
    // a role held «لدى» a body is no circumstance
    expect(claimWith("وقال سفير لبنان لدى الأمم المتحدة إن القرار مهم.", "القرار مهم").speaker?.name).toBe(
      "سفير لبنان لدى الأمم المتحدة",
    );
  });
});

describe("quoted bodies, appeals, acts told by a wire, lineage names and breaking-news headlines", () => {
  it("reads a quoted body between «كان» and «قد», or right after «أعلن» before what it announced", () => {
    expect(claimWith("وكانت «طيران الخليج» قد أعلنت استئناف الرحلات صباح الخميس.", "استئناف").speaker?.name).toBe(
      "طيران الخليج",
    );
    expect(claimWith("وأعلنت «طيران الخليج» استئناف الرحلات صباح الخميس.", "استئناف").speaker?.name).toBe(
      "طيران الخليج",
    );
  });

  it("reads «وأهابت الشرطة بالجمهور …» as the police's appeal", () => {
    expect(claimWith("وأهابت الشرطة بالجمهور البقاء في المنازل وعدم عبور الأودية.", "البقاء").speaker?.name).toBe(
      "الشرطة",
    );
  });

  it("gives a titled person's order told by a wire to the person, the wire as link, with the whole lineage name", () => {
    const c = claimWith(
      "وأمر حاكم الإمارة الشيخ سعود بن صقر القاسمي الأربعاء الدوائر بـ«سرعة إصلاح الطرق»، بحسب وكالة أنباء الإمارات.",
      "سرعة إصلاح",
    );
    expect(c.speaker?.name).toBe("سعود بن صقر القاسمي");
    expect(c.via).toEqual(["وكالة أنباء الإمارات"]);
  });

  it("names the body of a «عاجل | «X»: …» headline from the body's full name in the article", () => {
    const text =
      "عاجل | «الأرصاد»: أمطار قياسية في البلاد منذ 75 عاماً\n\nالثلاثاء 16 نيسان 2024\n\nوقال المركز الوطني للأرصاد في بيان إن الأمطار هي الأغزر منذ بدء التسجيل.";
    expect(claimWith(text, "أمطار قياسية").speaker?.name).toBe("المركز الوطني للأرصاد");
  });
});

describe("a stance taken by a named subject, and leaked information", () => {
  it("reads «رفض/يتمسك/تندد» opening a clause with a named subject as that subject's stance", () => {
    const text = "واستأنف المحقق العدلي طارق البيطار تحقيقاته. في المقابل، رفض البيطار قرارات النيابة.";
    const c = claimWith(text, "قرارات النيابة");
    expect(c.speaker?.name).toBe("طارق البيطار");
    expect(c.stance).toBe("asserts");
    expect(claimWith("وتندد منظمات حقوقية بتدخلات سياسية في التحقيق.", "بتدخلات").speaker?.name).toBe("منظمات حقوقية");
    // the object of the verb is no part of the body's name, whatever the entity recogniser took in
    expect(claimWith("ورفضت الحكومة الاتهامات جملة وتفصيلاً.", "الاتهامات").speaker?.name).toBe("الحكومة");
    // «مصدر رفض الكشف عن اسمه» opens on no verb: it states nothing by itself
    expect(claimWith("لكن مصدراً رفض الكشف عن اسمه قال إن الوضع متوتر.", "متوتر").speaker?.name).not.toBe("اسمه");
  });

  it("gives «معلومات سرّبتها X» to X, and «بحسب المعلومات نفسها» to the same source", () => {
    const text =
      "وكشفت معلومات سرّبتها نقابة المحامين اليوم أن القاضي ادعى على 13 شخصاً. وبحسب المعلومات نفسها، يتصدر اللائحة النائب العام.";
    expect(claimWith(text, "13 شخصاً").speaker?.name).toBe("نقابة المحامين");
    expect(claimWith(text, "يتصدر اللائحة").speaker?.name).toBe("نقابة المحامين");
  });
});

describe("a headline opening on a name and an act, with a report joined by و", () => {
  it("gives «X يرجئ … ويتهم Y بـ…» to the person or office the article names in full", () => {
    const text =
      "نتنياهو يرجئ اجتماع الحكومة ويتهم حماس بالتراجع عن الاتفاق\n\nالقدس - وكالات\n\nوقال مكتب نتنياهو في بيان إن الحركة تراجعت عن أجزاء من الاتفاق.";
    expect(claimWith(text, "يرجئ").speaker?.name).toBe("مكتب نتنياهو");
  });

  it("reads no report in a verb that charges someone («ويدعي على …»)", () => {
    const text =
      "الحلبي يعود إلى الملف ويدعي على النائب العام\n\nبيروت - وكالات\n\nوقال القاضي سامر الحلبي إن التحقيق سيستمر.";
    expect(claimWith(text, "ويدعي على").kind).toBe("reported");
  });
});

describe("the one told or warned as an object pronoun", () => {
  it("reads «وأبلغهم الوزير أن …»، «وحذرهما المسؤول من أن …»، «وطمأنهم المتحدث …» with the subject after the verb", () => {
    expect(claimWith("وأبلغهم الوزير أن الحكومة ستدفع التعويضات.", "التعويضات").speaker?.name).toBe("الوزير");
    expect(claimWith("وحذرهما المسؤول من أن الوضع خطير.", "خطير").speaker?.name).toBe("المسؤول");
    expect(claimWith("وطمأنهم المتحدث باسم الجيش بأن الوضع تحت السيطرة.", "تحت السيطرة").speaker?.name).toBe(
      "المتحدث باسم الجيش",
    );
  });
});

describe("insisting on something, articles of a law, copies passed around, and crises that threaten", () => {
  it("reads «شدد/أكد X على ضرورة …» as X's, but not an «على» far after the verb past a comma", () => {
    expect(claimWith("وشدد رئيس الحكومة على ضرورة عدم السماح بإغلاق الحقول.", "ضرورة").speaker?.name).toBe(
      "رئيس الحكومة",
    );
    const far =
      "وقال الوزير إن التحقيق مستمر. وأضاف أن التحقيقات الجارية تؤكد غياب شروط السلامة في القاعة، متعهداً بعرض النتائج على رئيس الوزراء.";
    expect(claimWith(far, "غياب شروط").speaker?.name).toBe("الوزير");
  });

  it("never makes an article of a law a source, and gives a copy to whoever passed it around", () => {
    expect(claimWith("ويعين المحافظ ونائبه وفقاً للمادة 15 من الاتفاق السياسي.", "المحافظ").kind).toBe("reported");
    expect(
      claimWith("ووفق نسخة من الاتفاق تداولتها وسائل إعلام محلية، جرى ترشيح ناجي عيسى للمنصب.", "ترشيح").speaker?.name,
    ).toBe("وسائل إعلام محلية");
  });

  it("reads no threat by a crisis inside someone's words («إن أزمة المصرف تهدد بعرقلة …»)", () => {
    expect(claimWith("قال الوزير إن أزمة المصرف تهدد بعرقلة استيراد السلع.", "أزمة المصرف").speaker?.name).toBe(
      "الوزير",
    );
  });
});

describe("a subject before the verb, an aside, then the object denied", () => {
  it("reads «غير أن المتحدث X نفى، في تصريح لوكالة «رويترز»، وجود أي هدنة» as X's denial, the agency as link", () => {
    const c = claimWith(
      "غير أن المتحدث باسم الجماعة ورئيس وفدها المفاوض محمد عبد السلام نفى، في تصريح لوكالة «رويترز»، وجود أي هدنة.",
      "هدنة",
    );
    expect(c.speaker?.name).toBe("محمد عبد السلام");
    expect(c.stance).toBe("denies");
    expect(c.via).toContain("رويترز");
  });
});

describe("a weekday after the verb", () => {
  it("is no plural object: «وكانت «أسبيدس» قد أفادت الاثنين بأن …» is the mission's", () => {
    expect(claimWith("وكانت «أسبيدس» قد أفادت الاثنين بأن النيران مشتعلة.", "النيران").speaker?.name).toBe("أسبيدس");
  });
});

describe("results announced on a day, «فيما وصف X», and the one held responsible", () => {
  it("gives «وفق نتائج أولية أعلنتها الأحد السلطة …» to the body, past the day", () => {
    const c = claimWith(
      "أعيد انتخاب الرئيس لولاية ثانية، وفق نتائج أولية أعلنتها الأحد السلطة الوطنية المستقلة للانتخابات.",
      "لولاية",
    );
    expect(c.speaker?.name).toBe("السلطة الوطنية المستقلة للانتخابات");
  });

  it("reads «فيما وصف X ما جرى بـ…» as X's when X was named in full before", () => {
    const text = "قال المرشح يوسف أوشيش إن النتائج مزورة. فيما وصف أوشيش ما جرى بـ«التزوير المخطط له».";
    expect(claimWith(text, "التزوير المخطط").speaker?.name).toBe("يوسف أوشيش");
  });

  it("never makes the one held responsible («وحمّل السلطة «المسؤولية …»») the speaker", () => {
    const text =
      "قال المرشح يوسف أوشيش إن النتائج مزورة. وحمّل السلطة المستقلة «المسؤولية الكاملة عن هذه الانحرافات»، مطالباً بتحقيق معمق.";
    expect(claimWith(text, "الانحرافات").speaker?.name).toBe("يوسف أوشيش");
  });
});

describe("a wire relaying named sources, and «the same agency»", () => {
  it("makes the sources of «وأفادت وكالة X، نقلاً عن أشخاص مطلعين، بأن …» speak, the wire their link", () => {
    const c = claimWith("وأفادت وكالة بلومبرغ، نقلاً عن أشخاص مطلعين على الصفقة، بأن الطلب فاق العرض.", "فاق العرض");
    expect(c.speaker?.name).toContain("أشخاص مطلعون");
    expect(c.via).toContain("وكالة بلومبرغ");
  });

  it("reads «وكانت الوكالة ذاتها قد ذكرت …» as the agency that was the last claim's link", () => {
    const text =
      "وأفادت وكالة بلومبرغ، نقلاً عن أشخاص مطلعين على الصفقة، بأن الطلب فاق العرض. وكانت الوكالة ذاتها قد ذكرت الأحد أن الأسهم غطيت.";
    expect(claimWith(text, "الأسهم غطيت").speaker?.name).toBe("وكالة بلومبرغ");
  });
});

describe("a headline naming a speaker by the title the article gives them", () => {
  it("gives «عاجل | وزير الصحة: …» to the minister the article quotes by name and title", () => {
    const text =
      "عاجل | وزير الصحة: 22 وفاة و354 إصابة مؤكدة بالكوليرا\n\nالخرطوم - وكالات\n\nوقال وزير الصحة السوداني هيثم محمد إبراهيم إن الوباء ينتشر.";
    expect(claimWith(text, "22 وفاة").speaker?.name).toBe("هيثم محمد إبراهيم");
  });

  it("reads «رئيس الحكومة» in a headline as the «رئيس الوزراء» the article quotes", () => {
    const text =
      "القائم بأعمال رئيس الحكومة: أرقام الضحايا ما زالت تتغير\n\nوقال الدكتور مصطفى مدبولي القائم بأعمال رئيس الوزراء إن الحكومة بدأت صرف التعويضات.";
    expect(claimWith(text, "أرقام الضحايا").speaker?.name).toBe("مصطفى مدبولي");
  });
});

describe("a headline's quoted name before a verb of saying and a noun phrase", () => {
  it("reads ««أسبيدس» تؤكد عدم رصد أي تسرب» as the mission's, also after a lone «و»", () => {
    const text = "«أسبيدس» تؤكد عدم رصد أي تسرب\n\nأثينا - وكالات\n\nوقال مسؤول إن الناقلة ما زالت مشتعلة.";
    expect(claimWith(text, "عدم رصد").speaker?.name).toBe("أسبيدس");
    const second =
      "البنتاغون يرجح تسرب النفط\n\nو«أسبيدس» تؤكد عدم رصد أي بقعة\n\nوقال مسؤول إن الناقلة ما زالت مشتعلة.";
    expect(claimWith(second, "أي بقعة").speaker?.name).toBe("أسبيدس");
  });
});

describe("«على» before a surname, and two channels told at once", () => {
  it("never reads «ادعى على البيطار» as the full name «علي البيطار»", () => {
    const text =
      "واستأنف القاضي طارق البيطار تحقيقاته. وادعى النائب العام على البيطار بجرم التمرد. في المقابل، رفض البيطار القرار، مؤكداً أنه باق في موقعه.";
    expect(claimWith(text, "باق في موقعه").speaker?.name).toBe("طارق البيطار");
  });

  it("takes the first of «لقناتي «العربية» و«الحدث»» as the link", () => {
    expect(claimWith("وقال القاضي لقناتي «العربية» و«الحدث» إنه باق في موقعه.", "باق").via).toEqual(["العربية"]);
  });
});

describe("times after the verb are never the speaker", () => {
  it("reads «عام 2008» and «بعد انتهاء الجلسة» as times, not names", () => {
    expect(claimWith("وقال الوزير عام 2008 إن الأصوات كافية.", "كافية").speaker?.name).toBe("الوزير");
    const text = "وقال النائب محمد رعد إن الموقف واضح. وقال رعد بعد انتهاء الجلسة إن الكتلة أرادت أن تبعث برسالة.";
    expect(claimWith(text, "تبعث برسالة").speaker?.name).toBe("محمد رعد");
  });
});

describe("a headline's subject before a present verb of rejecting", () => {
  it("reads «باريس ترفض …» and ««النهضة» ترفض …» as the position of the one named", () => {
    const tail = "\n\nبيروت - وكالات\n\nوقال مسؤول إن الوضع هادئ.";
    expect(claimWith(`باريس ترفض استقبال الوافدين إلى الجزيرة${tail}`, "استقبال").speaker?.name).toBe("باريس");
    expect(claimWith(`«النهضة» ترفض الحكم بسجن رئيسها${tail}`, "الحكم").speaker?.name).toBe("النهضة");
    // (and doubting a figure: «وأطباء يشككون في الأرقام الرسمية»)
    const doubt = `الوزارة: 22 وفاة بالكوليرا\n\nوأطباء يشككون في الأرقام الرسمية${tail}`;
    expect(claimWith(doubt, "يشككون").speaker?.name).toBe("أطباء");
    // (and an indefinite plural in construct opening a headline's second statement: «… وحملات المرشحين تشكك …»)
    const campaigns = `الرئيس يفوز بولاية ثانية بـ88% من الأصوات وحملات المرشحين الخاسرين تشكك في النتائج${tail}`;
    expect(claimWith(campaigns, "تشكك").speaker?.name).toBe("حملات");
    expect(claimWith(campaigns, "يفوز").speaker).toBeNull();
    // (and a definite subject before a present verb of doubting: «والمعارضة تشكك في الأرقام»)
    const opposition = `الهيئة: المشاركة 28 في المائة والمعارضة تشكك في الأرقام${tail}`;
    expect(claimWith(opposition, "تشكك").speaker?.name).toBe("المعارضة");
  });
});

describe("a scene set before the verb, and a verb that carries its object's pronoun", () => {
  it("never reads «وفي تسجيل نُشر أمس،» as the one who denies, and reads the kin term after the verb", () => {
    const text = "وفي تسجيل نُشر أمس (السبت)، نفى الابن الأكبر للمتهم، وهو موظف حكومي، ما تناقلته صفحات عن فراره.";
    expect(claimWith(text, "فراره").speaker?.name).toBe("الابن الأكبر للمتهم");
    expect(claimWith("ونفى الابن الأكبر للمتهم علمه بالخطة.", "بالخطة").speaker?.name).toBe("الابن الأكبر للمتهم");
  });

  it("ends the subject at «، ووصفه بأنه …» and at a denied «وجود»", () => {
    const text = "وفي عمّان، دان المتحدث باسم الخارجية سفيان القضاة الاعتداء، ووصفه بأنه «جبان»، مؤكداً تضامن بلاده.";
    expect(claimWith(text, "تضامن").speaker?.name).toBe("سفيان القضاة");
    expect(claimWith("ونفى المتحدث باسم الجيش نداف شوشاني وجود أي اتفاق.", "اتفاق").speaker?.name).toBe("نداف شوشاني");
  });
});

describe("«وفق» that names no source, figures someone presented, and a denial of what was just said", () => {
  it("reads no source in a quotation's «وفق منهج» or in «وفق الضوابط» and «وفق مناطقهم»", () => {
    const quoted = "«سنبني الخطة وفق منهج علمي دقيق»، بحسب الوزير.";
    expect(claimWith(quoted, "منهج").speaker?.name).toBe("الوزير");
    expect(claimWith("وجرى العد وفق الضوابط المعتمدة.", "العد").speaker).toBeNull();
    expect(claimWith("وسُجل النازحون وفق مناطقهم الأصلية لا مساكنهم الحالية.", "النازحون").speaker).toBeNull();
    // (a person's or a statement's possessive still names the source)
    expect(claimWith("وصدر الحكم غيابياً، وفق محاميه.", "الحكم").speaker?.name).toBe("محاميه");
  });

  it("gives «وبحسب الأرقام التي عرضها» to the one the sentence before names", () => {
    const text = "وأعلن وزير التخطيط محمد تميم النتائج الأولية. وبحسب الأرقام التي عرضها، بلغ عدد الأسر 7.8 ملايين.";
    expect(claimWith(text, "عدد الأسر").speaker?.name).toBe("محمد تميم");
  });

  it("reads «وكان X قد طالب» as a demand", () => {
    const text = "وكان المحافظ قد طالب قبل أسبوع بتأجيل العد في المناطق المتنازع عليها.";
    expect(claimWith(text, "بتأجيل").speaker?.name).toBe("المحافظ");
  });

  it("cuts «…، وهو ما نفاه X» into X's own denial", () => {
    const text =
      "واتهمت أحزاب عربية الحكومة المحلية بنقل عائلات إلى المدينة قبل العد، وهو ما نفاه المجلس البلدي في بيان مقتضب.";
    expect(claimWith(text, "بنقل عائلات").speaker?.name).toBe("أحزاب عربية");
    const denial = claimWith(text, "وهو ما نفاه");
    expect(denial.speaker?.name).toBe("المجلس البلدي");
    expect(denial.stance).toBe("denies");
  });
});

describe("a wire relaying unnamed people, and a cause ascribed", () => {
  it("reads «وفق ما ذكرت وكالة X نقلاً عن أشخاص مطلعين» as the people's, with the wire as the link", () => {
    const c = claimWith(
      "بيعت الحصة كلها في ساعات، وفق ما ذكرت وكالة رويترز نقلاً عن أشخاص مطلعين على العملية.",
      "الحصة",
    );
    expect(c.speaker?.name).toBe("أشخاص مطلعون على العملية");
    expect(c.via).toEqual(["وكالة رويترز"]);
  });

  it("keeps the wire before «فأفادت، نقلاً عن …» as the link, and «الوكالة ذاتها» after it is that wire", () => {
    const text =
      "أما وكالة «رويترز» فأفادت، نقلاً عن مصادر مصرفية، بأن نصف الأسهم ذهب إلى مستثمرين أجانب. وكانت الوكالة ذاتها قد ذكرت الأسبوع الماضي أن الطلب فاق العرض.";
    const first = claimWith(text, "نصف الأسهم");
    expect(first.speaker?.name).toBe("مصادر مصرفية");
    expect(first.via).toEqual(["وكالة رويترز"]);
    expect(claimWith(text, "فاق العرض").speaker?.name).toBe("وكالة رويترز");
  });

  it("reads «وعزت الوزارة التأخير إلى …» as the ministry's", () => {
    expect(claimWith("وعزت الوزارة تأخر الرحلات إلى سوء الأحوال الجوية.", "الأحوال").speaker?.name).toBe("الوزارة");
  });
});

describe("a verb pointing back to its occasion, a relative after a comma, a headline name before a quote", () => {
  it("keeps the clause's speaker for «ثم أجرى به اتصالاً أكد خلاله …», but not «اتهم خلاله نتنياهو …»", () => {
    const text =
      "ووصف الرئيس الفرنسي إيمانويل ماكرون، في بيان، الرئيس المنتخب بأنه «رجل المرحلة»، ثم أجرى به اتصالاً أكد خلاله «دعم فرنسا الكامل».";
    expect(claimWith(text, "دعم فرنسا").speaker?.name).toBe("إيمانويل ماكرون");
    const own = "وتأخر الاجتماع يوماً كاملاً اتهم خلاله رئيس الوزراء محمد السوداني حركة حماس بالتراجع عن الاتفاق.";
    expect(claimWith(own, "بالتراجع").speaker?.name).toBe("محمد السوداني");
  });

  it("gives «…، التي قدّر البنك الدولي أضرارها بـ…» to the bank", () => {
    const text = "وتنتظر الحكومة إعادة إعمار ما دمرته الحرب، التي قدّر البنك الدولي أضرارها بـ8 مليارات دولار.";
    expect(claimWith(text, "مليارات").speaker?.name).toBe("البنك الدولي");
  });

  it("reads «بايدن: «…»» as a name when the article names him once more", () => {
    const text =
      "عون رئيساً للبنان\n\nبايدن: «الرئيس الجديد يحظى بثقتي»..\n\nانتخب البرلمان اللبناني قائد الجيش رئيساً للبلاد.\n\nوهنأ الرئيس الأميركي جو بايدن نظيره اللبناني بانتخابه.";
    // (the headline's name is the person the body then names in full, who congratulates in words)
    expect(claimWith(text, "يحظى بثقتي").speaker?.name).toBe("جو بايدن");
    expect(claimWith(text, "وهنأ").speaker?.name).toBe("جو بايدن");
  });
});

describe("acts that are statements by their object, urging, praising and circulating", () => {
  it("reads «أصدرت السفارة تنبيهاً حثت فيه …» and «قدّم الوزير تعازيه» as the issuer's", () => {
    const alert = "بدورها، أصدرت السفارة الأميركية في مسقط تنبيهاً أمنياً حثت فيه رعاياها على توخي الحذر.";
    expect(claimWith(alert, "توخي الحذر").speaker?.name).toContain("السفارة الأميركية");
    const condolences = "وكان وزير الخارجية بدر البوسعيدي قد قدّم تعازيه لأسر الضحايا، متمنياً الشفاء للمصابين.";
    expect(claimWith(condolences, "تعازيه").speaker?.name).toBe("بدر البوسعيدي");
  });

  it("gives «أجرى X اتصالاً … أكد خلاله» to X, and never reads «أُجري عام 2009» as a report", () => {
    const call = "وأجرى وزير الداخلية الكويتي الشيخ فهد اليوسف اتصالاً هاتفياً بنظيره العماني، أكد خلاله دعم بلاده.";
    expect(claimWith(call, "دعم بلاده").speaker?.name).toBe("فهد اليوسف");
    // («أُجري» is passive here: the estimate after «، فيما» stays a claim of its own)
    const passive =
      "وكانت وزارة التخطيط قد قدّرت عدد السكان بنحو 43.3 مليون نسمة، فيما قدّر إحصاء غير رسمي أجري عام 2009 عددهم بنحو 31.6 مليون.";
    expect(claimWith(passive, "43.3").text).not.toContain("31.6");
  });

  it("carries the subject of «وحثّت الأطراف كافة على …», and reads «المملكة العربية السعودية» whole", () => {
    const text = "وعبّرت البعثة الأممية عن قلقها من التطورات. وحثّت الأطراف كافة على وقف التصعيد فوراً.";
    expect(claimWith(text, "وقف التصعيد").speaker?.name).toBe("البعثة الأممية");
    const praise = "كما أشادت المملكة العربية السعودية بسرعة الإجراءات التي اتخذتها السلطات.";
    const c = claimWith(praise, "بسرعة");
    expect(c.speaker?.name).toBe("المملكة العربية السعودية");
    expect(c.via).toEqual([]);
  });

  it("never reads the scene «وعقب بيان الشرطة،» as the ones who circulated a claim", () => {
    const text = "وعقب بيان الشرطة، تداولت حسابات على مواقع التواصل أن شقيقاً رابعاً شارك في الهجوم.";
    expect(claimWith(text, "شقيقاً رابعاً").speaker?.name).toContain("حسابات");
  });
});

describe("a denial of a verbal noun, and what a report issued by a body revealed", () => {
  it("reads «ولطالما نفت النهضة تلقي أي تمويل» as the party's denial", () => {
    const c = claimWith("ولطالما نفت النهضة تلقي أي تمويل أجنبي.", "تمويل");
    expect(c.speaker?.name).toBe("النهضة");
    expect(c.stance).toBe("denies");
  });

  it("gives «تقرير أصدرته محكمة المحاسبات …، كشفت فيه أن …» to the court", () => {
    const text = "وتعود القضية إلى تقرير أصدرته محكمة المحاسبات في 2020، كشفت فيه أن الحزب تعاقد مع شركة ضغط أجنبية.";
    expect(claimWith(text, "شركة ضغط").speaker?.name).toBe("محكمة المحاسبات");
  });
});

describe("posting a recording, and a warning timed by «غداة»", () => {
  it("reads «نشرت جماعة الحوثي مقطعاً مصوراً …» as the group's, «نشرت الصحيفة تقريراً» as no statement", () => {
    const posted = "نشرت جماعة الحوثي مقطعاً مصوراً يظهر مسلحين يصعدون إلى الناقلة.";
    expect(claimWith(posted, "مسلحين").speaker?.name).toContain("الحوثي");
    expect(claimWith("ونشرت الصحيفة تقريراً عن الفساد.", "الفساد").speaker).toBeNull();
  });

  it("gives «غداة تحذير المتحدث X من أن …» to X", () => {
    const text = "ويأتي الإعلان غداة تحذير المتحدث باسم البنتاغون باتريك رايدر من أن الناقلة قد تتسبب بكارثة.";
    expect(claimWith(text, "بكارثة").speaker?.name).toBe("باتريك رايدر");
  });

  it("gives «غداة إعلان السلطات أن …» to the authorities («غداة» ends in ة like a noun the verb would not agree with)", () => {
    const text = "ويأتي الهجوم غداة إعلان السلطات السودانية أن قوات الدعم السريع استهدفت بورتسودان بطائرات مسيرة.";
    expect(claimWith(text, "استهدفت بورتسودان").speaker?.name).toBe("السلطات السودانية");
  });
});

describe("«ويُدعى X» (is named) inside what is said", () => {
  it("keeps the minister's statement whole past the aside «، ويُدعى وسام الخزري،»", () => {
    const text = "وأوضح الوزير كمال الفقي أن المعتدي، ويُدعى وسام الخزري، «قام بتصفية زميله» ثم توجه نحو المعبد.";
    expect(claimWith(text, "بتصفية زميله").speaker?.name).toBe("كمال الفقي");
    // «يدّعي» (claims) is still a verb of saying
    expect(claimWith("ويدعي المتهم أنه كان خارج البلاد.", "خارج البلاد").speaker?.name).toBe("المتهم");
  });
});

describe("given names compounded with «الدين»", () => {
  it("reads «نور الدين الطبوبي»، «محيي الدين سالم» whole, after a title and before a family name or the object", () => {
    const text =
      "وقال الأمين العام لاتحاد الشغل نور الدين الطبوبي إن الإضراب قائم. " +
      "وقال وزير الخارجية محيي الدين سالم إن الوضع صعب. " +
      "وأعلن وزير الطاقة محي الدين نعيم محمد سعيد وقف الضخ في المستودعات.";
    expect(claimWith(text, "الإضراب قائم").speaker?.name).toBe("نور الدين الطبوبي");
    expect(claimWith(text, "الوضع صعب").speaker?.name).toBe("محيي الدين سالم");
    expect(claimWith(text, "وقف الضخ").speaker?.name).toBe("محي الدين نعيم محمد سعيد");
  });
});

describe("an unnamed source after «أنّ», figures someone presented, and a stance after «، إذ»", () => {
  it("reads «غير أن مسؤولاً أمنياً رفيعاً أكد …» as the official's, named in the nominative", () => {
    const c = claimWith("غير أن مسؤولاً أمنياً رفيعاً أكد أن القضاء تعرّض لضغوط خارجية.", "لضغوط");
    expect(c.speaker?.name).toBe("مسؤول أمني رفيع");
  });

  it("gives «وتُظهر الأرقام التي قدمها شرفي نفسه أن …» to the one who presented them", () => {
    const text =
      "وأعلن رئيس السلطة محمد شرفي النتائج الأولية. وتُظهر الأرقام التي قدمها شرفي نفسه أن المشاركة لم تتجاوز الربع.";
    expect(claimWith(text, "الربع").speaker?.name).toContain("شرفي");
    expect(claimWith(text, "النتائج الأولية").speaker?.name).toBe("محمد شرفي");
    expect(claimWith("وأظهرت النتائج أن الحزب تصدر.", "تصدر").speaker).toBeNull();
  });

  it("reads «…، إذ رفض عويدات قرارات البيطار» as the prosecutor's stance", () => {
    const text =
      "وكان المدعي العام غسان عويدات قد ادعى على المحقق. في المقابل، لم يتأخر الرد، إذ رفض عويدات قرارات المحقق «جملة وتفصيلاً».";
    expect(claimWith(text, "جملة وتفصيلاً").speaker?.name).toBe("غسان عويدات");
  });
});

describe("a title in construct standing for the person named with it", () => {
  it("gives «وأكد وزير الصحة» to the minister named before, not a state's minister or a group", () => {
    const text =
      "وقال وزير الصحة السوداني هيثم محمد إبراهيم إن الوباء تفشى في ولايتين. ويرجّح عاملون في القطاع الصحي أن تكون الأعداد أعلى. وأكد وزير الصحة، في تصريحات للتلفزيون، أن اللقاحات ستصل خلال أيام. وفي ولاية القضارف، ناشد وزير الصحة في الولاية المنظمات التدخل.";
    expect(claimWith(text, "اللقاحات").speaker?.name).toBe("هيثم محمد إبراهيم");
    expect(claimWith(text, "الأعداد أعلى").speaker?.name).toBe("عاملون في القطاع الصحي");
    expect(claimWith(text, "المنظمات التدخل").speaker?.name).not.toBe("هيثم محمد إبراهيم");
  });

  it("never reads «رئيس الدولة» as the one whose role is «نائب رئيس الدولة»", () => {
    const text =
      "وقال نائب رئيس الدولة رئيس مجلس الوزراء محمد بن راشد آل مكتوم إن الأضرار محدودة. وكان رئيس الدولة قد وجّه الجهات المعنية بالإسراع في دراسة البنية التحتية.";
    expect(claimWith(text, "البنية التحتية").speaker?.name).toBe("رئيس الدولة");
  });
});

describe("a quoted name that spells a verb, what a statement rests on, and headline short names", () => {
  it("reads «وأوضح رئيس «آفاد» أن …» with «آفاد» as a name, not the verb «أفاد»", () => {
    const c = claimWith("وأوضح رئيس «آفاد» أن الفريق توجه إلى السجن بطلب من السلطات.", "الفريق توجه");
    expect(c.speaker?.name).toBe("رئيس آفاد");
    expect(c.verb).toBe("أوضح");
  });

  it("keeps the speaker of «…، مشيرة استناداً إلى شهادات معتقلين إلى إعدام …»", () => {
    const text =
      "وقالت رابطة المعتقلين إن آلاف المعتقلين قضوا في السجن، مشيرة استناداً إلى شهادات معتقلين أُفرج عنهم إلى إعدام 500 آخرين على الأقل بين 2018 و2021.";
    expect(claimWith(text, "إعدام 500").speaker?.name).toBe("رابطة المعتقلين");
  });

  it("names the source of ««الشبكة السورية»: …» and of «عاجل | «الخوذ البيضاء»: …»", () => {
    const sub =
      "صيدنايا بعد الأسد\n\n«الشبكة السورية»: أكثر من 112 ألف مختفٍ قسراً...\n\nوقالت الشبكة السورية لحقوق الإنسان إن العدد كبير.";
    expect(claimWith(sub, "112 ألف").speaker?.name).toContain("الشبكة السورية");
    const breaking =
      "عاجل | «الخوذ البيضاء»: لا أبواب سرية في السجن\n\nالثلاثاء 10 كانون الأول 2024\n\nوقال الدفاع المدني السوري (الخوذ البيضاء) في بيان إن البحث انتهى.";
    expect(claimWith(breaking, "لا أبواب").speaker?.name).toBe("الدفاع المدني السوري");
  });
});

describe("drawing attention to a figure", () => {
  it("reads «ولفتت الداخلية إلى تجنيد 7500 عون» as the ministry's", () => {
    expect(claimWith("ولفتت الداخلية إلى تجنيد 7500 عون من الحماية المدنية.", "7500").speaker?.name).toBe("الداخلية");
  });
});

describe("a bare name denying something", () => {
  it("reads «ونفت ميلوني وجود انقسام» as hers, never «وتنفي تلقي أي تمويل» as «تلقي»'s", () => {
    const c = claimWith("ونفت ميلوني وجود انقسام داخل ائتلافها حول ملف الهجرة.", "انقسام");
    expect(c.speaker?.name).toBe("ميلوني");
    expect(c.stance).toBe("denies");
    expect(claimWith("الحركة ترى في الحكم «مظلمة جديدة» وتنفي تلقي أي تمويل خارجي", "تمويل").speaker?.name).not.toBe(
      "تلقي",
    );
  });
});

describe("condolences after an aside on the name", () => {
  it("reads «وقدّم رئيس الأركان X، باسمه وباسم منتسبي الجيش، تعازيه» as the chief's", () => {
    const text = "وقدّم رئيس أركان الجيش الفريق أول أحمد صالح، باسمه وباسم كافة منتسبي الجيش، تعازيه لعائلات الضحايا.";
    expect(claimWith(text, "تعازيه").speaker?.name).toBe("أحمد صالح");
  });
});

describe("a name before «نفسه»", () => {
  it("reads «وتحدث السيسي نفسه …» as his, «وأكد المتحدث نفسه» as the spokesman named before", () => {
    const text =
      "وقال وزير المالية محمد معيط إن الخسائر كبيرة. وتحدث السيسي نفسه في سبتمبر عن خسارة أكثر من 6 مليارات دولار.";
    expect(claimWith(text, "6 مليارات").speaker?.name).toBe("السيسي");
    const same = "وقال المتحدث باسم الجيش نبيل عبد الله إن القوات انسحبت. وأكد المتحدث نفسه أن الانسحاب مؤقت.";
    expect(claimWith(same, "مؤقت").speaker?.name).toBe("نبيل عبد الله");
  });
});

describe("a passive relative and a place before «ذاتها»", () => {
  it("keeps «وبحسب حصيلة أولية لمحافظة الغابات …» when «في الولاية ذاتها، التي قُدّرت …» follows", () => {
    const text =
      "وبحسب حصيلة أولية لمحافظة الغابات لولاية بجاية، أتت النيران على أكثر من 18 ألف هكتار، أي بزيادة خمسة آلاف هكتار عن حرائق 2021 في الولاية ذاتها، التي قُدّرت بنحو 13 ألف هكتار.";
    expect(claimWith(text, "18 ألف").speaker?.name).toBe("محافظة الغابات لولاية بجاية");
  });
});

describe("a denial named by its verbal noun", () => {
  it("reads «وجاء ذلك بعد نفي الوزارة وجود أي إصابات» as the ministry's denial", () => {
    const c = claimWith("وجاء ذلك بعد نفي الوزارة وجود أي إصابات بين الطلاب.", "إصابات");
    expect(c.speaker?.name).toBe("الوزارة");
    expect(c.stance).toBe("denies");
  });
});

describe("brandishing a threat", () => {
  it("reads «ولوّحت الحكومة باللجوء إلى القضاء» as the government's warning", () => {
    const c = claimWith("ولوّحت الحكومة باللجوء إلى القضاء الدولي.", "القضاء");
    expect(c.speaker?.name).toBe("الحكومة");
    expect(c.stance).toBe("warns");
  });
});

describe("a headline's subject that opens with ت or ي", () => {
  it("reads «منافسا تبون يتهمان سلطة الانتخابات بـ«التزوير»» as the two rivals' accusation", () => {
    const text =
      "منافسا تبون يتهمان سلطة الانتخابات بـ«التزوير» ويتجهان إلى المحكمة الدستورية\n\nالجزائر - وكالات\n\nوقال المرشح عبد العالي حساني إن النتائج لا تعكس الواقع.";
    expect(claimWith(text, "يتهمان").speaker?.name).toBe("منافسا تبون");
  });
});

describe("holding someone responsible, in the plural", () => {
  it("reads a headline «والحوثيون يحمّلون واشنطن ولندن المسؤولية» as the Houthis'", () => {
    const text =
      "إيرادات قناة السويس تتراجع\n\nوالحوثيون يحمّلون واشنطن ولندن المسؤولية\n\nالقاهرة - وكالات\n\nوقال رئيس الهيئة أسامة ربيع إن الإيرادات تراجعت.";
    expect(claimWith(text, "المسؤولية").speaker?.name).toBe("الحوثيون");
  });
});

describe("a passive past verb", () => {
  it("reads «ورأى العبدالله أن الأعضاء دُعوا …» as the one who saw it, not the invited members", () => {
    const text =
      "وقال النائب فيصل العبدالله إن الجلسة شكلية. ورأى العبدالله أن الأعضاء دُعوا «للمصادقة» على قرار جاهز سلفاً.";
    expect(claimWith(text, "للمصادقة").speaker?.name).toContain("فيصل العبدالله");
  });
});

describe("a definite verbal noun after a definite subject", () => {
  it("reads «وتعهد الوزير الجديد العمل على …» as the new minister's pledge, the verbal noun outside his name", () => {
    const text = "وتعهد الوزير الجديد العمل على «إعادة هيكلة الدين العام» خلال عامين.";
    expect(claimWith(text, "هيكلة").speaker?.name).toBe("الوزير الجديد");
  });
});

describe("asking and answering", () => {
  it("reads «وسأل النائب X عمّا إذا …، فأجابه Y بأن …» as two reports, the question X's and the answer Y's", () => {
    const text =
      "وسأل النائب سليم حداد عمّا إذا كان تأجيل الموازنة يخالف المهل الدستورية، فأجابه رئيس المجلس بأن التأجيل «لا يمس أي مهلة».";
    expect(claimWith(text, "تأجيل الموازنة").speaker?.name).toContain("سليم حداد");
    const answer = claimWith(text, "لا يمس");
    expect(answer.speaker?.name).toContain("رئيس المجلس");
    expect(answer.text).not.toContain("تأجيل الموازنة");
  });

  it("reads «وتساءل مراقبون عن جدوى …» as the observers' question", () => {
    expect(claimWith("وتساءل مراقبون عن جدوى الحوار في ظل استمرار الانقسام.", "جدوى").speaker?.name).toBe("مراقبون");
  });

  it("gives a فـ-verb no subject from the narrative before it", () => {
    const c = claimWith("وسألت الإذاعة الوزير عن موعد الاقتراع فقال إنه لم يحدد بعد.", "لم يحدد");
    expect(c.speaker?.name ?? "").not.toContain("موعد");
  });
});

describe("a title in the dual over two names", () => {
  it("reads «نفى النائبان السابقان X وY ما تداولته حسابات …» as both former MPs' denial", () => {
    const c = claimWith(
      "وفي سياق متصل، نفى النائبان السابقان سالم الهاجري وفهد الهاجري ما تداولته حسابات عن توقيفهما.",
      "توقيفهما",
    );
    expect(c.speaker?.name).toBe("سالم الهاجري وفهد الهاجري");
    expect(c.stance).toBe("denies");
  });
});

describe("the subject between «كان» and «قد»", () => {
  it("reads «وكان حساب «…» قد زعم أن …» as the account's claim, not the last speaker's", () => {
    const text =
      "وقال الوزير سالم العتيبي إن الأمن مستتب. وكان حساب «المرصد الحر» قد زعم أن جهاز الأمن استدعى ثلاثة كتّاب للتحقيق.";
    expect(claimWith(text, "استدعى ثلاثة").speaker?.name).toContain("حساب");
  });
});

describe("circulating online", () => {
  it("reads «وتداول ناشطون أن …» as the activists' report", () => {
    expect(claimWith("وتداول ناشطون أن الموقوف هو الكاتب فهد الشمري.", "الموقوف").speaker?.name).toBe("ناشطون");
  });

  it("does not read «تداول مستخدمون مقاطع لإطلاق ألعاب نارية» as a statement", () => {
    const c = claimWith(
      "في المقابل، تداول مستخدمون لمواقع التواصل مقاطع مصورة لإطلاق ألعاب نارية احتفاءً بالقرار.",
      "ألعاب",
    );
    expect(c.speaker).toBeNull();
  });

  it("keeps the relay as the speaker when what it relays is a document with no author", () => {
    const c = claimWith(
      "وبحسب ما تداولته حسابات إخبارية محلية نقلاً عن نص المرسوم، يشمل التعليق خمس مواد من الدستور.",
      "خمس مواد",
    );
    expect(c.speaker?.name).toBe("حسابات إخبارية محلية");
  });
});

describe("insisting after an aside on the speaker", () => {
  it("reads «فيما شددت النائبة X، المرأة الوحيدة في المجلس، على أهمية …» as her own statement", () => {
    const text =
      "وأعلن النائب خالد العنزي تأييده للقرار، فيما شددت النائبة منى الرشيد، المرأة الوحيدة في المجلس، على أهمية الحوار.";
    expect(claimWith(text, "أهمية الحوار").speaker?.name).toBe("منى الرشيد");
  });
});

describe("a ruler's title without the article", () => {
  it("reads «أعلن أمير قطر الشيخ X حل …» as the emir's announcement", () => {
    const c = claimWith("أعلن أمير البلاد الشيخ سالم الأحمد مساء الجمعة تعليق العمل بالمجلس.", "تعليق العمل");
    expect(c.speaker?.name).toContain("سالم");
  });
});

describe("a subordinator before the verb", () => {
  it("never takes «بعدما» for the subject of the verb after it", () => {
    const c = claimWith("وجاء ذلك بعدما تداول مستخدمون أن السلطات أوقفت ثلاثة صحافيين.", "ثلاثة صحافيين");
    expect(c.speaker?.name).toBe("مستخدمون");
  });
});

describe("relays that end at the relayed one's verbal noun", () => {
  it("reads «ونقلت الوكالة عن ولي العهد تأكيده أن …» as the crown prince's, relayed", () => {
    const c = claimWith("ونقلت الوكالة الرسمية عن ولي العهد تأكيده أن الموازنة تعكس متانة الاقتصاد.", "متانة");
    expect(c.speaker?.name).toBe("ولي العهد");
    expect(c.via.join(" ")).toContain("الوكالة");
  });

  it("keeps the relayed speaker when what he said has a document doing a present verb («إن الميزانية تؤكد عزم …»)", () => {
    const c = claimWith(
      "ونقلت الوكالة الرسمية عن الوزير أحمد الراشد قوله إن الموازنة تؤكد عزم الحكومة على خفض الدين.",
      "خفض الدين",
    );
    expect(c.speaker?.name).toContain("أحمد الراشد");
  });
});

describe("saying no more than", () => {
  it("reads «اكتفى X بالقول إن …» as X's statement", () => {
    expect(claimWith("وعن سعر النفط، اكتفى الوزير بالقول إن التقديرات «متحفظة».", "متحفظة").speaker?.name).toBe(
      "الوزير",
    );
  });
});

describe("a headline of an unnamed group after و", () => {
  it("reads «ومحللون يحذرون من …» as the analysts' warning", () => {
    const c = claimWith("الحكومة تقر الموازنة ومحللون يحذرون من عجز أكبر", "عجز أكبر");
    expect(c.speaker?.name).toBe("محللون");
    expect(c.stance).toBe("warns");
  });
});

describe("demands, reports to, cables and circulated figures", () => {
  it("reads «طالب ناشطون وقادة أهليون بإعلان …» as the activists' demand", () => {
    const c = claimWith("في السياق، طالب ناشطون وقادة أهليون في الولاية بإعلان المنطقة منكوبة.", "منكوبة");
    expect(c.speaker?.name).toContain("ناشطون");
  });

  it("reads «أبلغت منظمة الصحة العالمية عن حالات …» as the WHO's report", () => {
    const c = claimWith("فيما أبلغت منظمة الصحة العالمية عن عدة حالات إصابة بالحصبة في المخيم.", "الحصبة");
    expect(c.speaker?.name).toContain("منظمة الصحة العالمية");
  });

  it("reads «بعث الملك X برقية عزاء …، عبّر فيها عن …» as the king's, and a bare «بعث الجيش تعزيزات» as nothing said", () => {
    const c = claimWith(
      "وبعث الملك عبد الله الثاني برقية عزاء إلى الرئيس، عبّر فيها عن «أحر التعازي» لأسر الضحايا.",
      "أحر التعازي",
    );
    expect(c.speaker?.name).toContain("عبد الله الثاني");
    expect(claimWith("وبعث الجيش تعزيزات إلى المدينة.", "تعزيزات").speaker).toBeNull();
  });

  it("reads «وتداولت منصات إخبارية محلية أرقاماً تفيد بأن …» as the platforms'", () => {
    const c = claimWith("وتداولت منصات إخبارية محلية أرقاماً غير مؤكدة تفيد بأن الحصيلة بلغت 90 قتيلاً.", "90 قتيلاً");
    expect(c.speaker?.name).toContain("منصات إخبارية");
  });

  it("reads «…، مشيرة إلى …، قبل أن يؤكد المكتب الأممي مقتل 30» as the office's confirmation", () => {
    const text =
      "وقالت الوزارة إن السيول جرفت عشرات المنازل، مشيرة إلى أن أسراً ما زالت عالقة، قبل أن يؤكد مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية مقتل 30 شخصاً.";
    expect(claimWith(text, "مقتل 30").speaker?.name).toContain("مكتب الأمم المتحدة");
  });
});

describe("a verb of warning with its object's pronoun inside a concession", () => {
  it("keeps «…، لكن الحوثيين حذروهما من الاقتراب وهددوا …» the spokesman's, not a speaker «الحوثيين حذروهما …»", () => {
    const text =
      "وأضاف المتحدث جون ميلر أن طرفاً ثالثاً حاول إرسال قاطرتين لإنقاذ الناقلة، لكن المسلحين حذروهما من الاقتراب وهددوا بمهاجمتهما.";
    const c = claimWith(text, "بمهاجمتهما");
    expect(c.speaker?.name ?? "").not.toContain("حذروهما");
  });
});

describe("a state before a headline's colon, a description after a comma, a demand after «بعدما»", () => {
  it("reads «السعودية: 1301 وفاة …» as the country's figure, «لبنان: هدنة هشة» as a label and «بيروت: …» as a dateline", () => {
    const text =
      "السعودية: 1301 وفاة في موسم الحج\n\nلبنان: هدنة هشة في يومها الثاني\n\nوقال الوزير إن الأعداد تتراجع.";
    expect(claimWith(text, "1301 وفاة").speaker?.name).toBe("السعودية");
    expect(claimWith(text, "هدنة هشة").speaker).toBeNull();
  });

  it("reads «…، ووصفته منظمة العفو الدولية في تقرير بأنه …» as Amnesty's description", () => {
    const c = claimWith(
      "ويقع السجن على بعد نحو 30 كيلومتراً شمال العاصمة، ووصفته منظمة العفو الدولية في تقرير عام 2017 بأنه «مسلخ بشري».",
      "مسلخ",
    );
    expect(c.speaker?.name).toBe("منظمة العفو الدولية");
  });

  it("reads «بعدما طالب النواب الوزير بالتدخل» as the MPs' demand, the minister outside their name", () => {
    expect(claimWith("بعدما طالب النواب الوزير بالتدخل لحماية المحقق.", "بالتدخل").speaker?.name).toBe("النواب");
  });
});

describe("adjectives after «غير» and the media in construct", () => {
  it("never names «مسبوق» or «رسمي» after «غير»: «في تصعيد غير مسبوق يهدد …» has no speaker, «إحصاء غير رسمي» is one", () => {
    const c = claimWith("وأطلق سراح الموقوفين، في تصعيد غير مسبوق يهدد بنسف التحقيق.", "بنسف");
    expect(c.speaker?.name ?? "").not.toBe("مسبوق");
    const census = claimWith("فيما قدّر إحصاء غير رسمي أجري عام 2009 عددهم بنحو 31.6 مليون.", "31.6");
    expect(census.speaker?.name).toBe("إحصاء غير رسمي");
  });

  it("reads «إذ أوردت وسائل إعلام حصيلة …» as the media's, named whole", () => {
    const c = claimWith("وتتباين الأرقام، إذ أوردت وسائل إعلام حصيلة بلغت 97 قتيلاً.", "97 قتيلاً");
    expect(c.speaker?.name).toBe("وسائل إعلام");
  });
});

describe("a lone name glued to «و»", () => {
  it("reads «وأوشيش يتحدث …» as أوشيش's, the conjunction off, and keeps «وليد» whole", () => {
    const text = "وقال المرشح يوسف أوشيش إن النتائج مزورة. وأوشيش يتحدث عن «وضع خطير» بعد فوز الرئيس.";
    expect(claimWith(text, "وضع خطير").speaker?.name).toContain("أوشيش");
    expect(claimWith(text, "وضع خطير").speaker?.name).not.toMatch(/^و/u);
    expect(claimWith("ووليد يتحدث عن «وضع خطير».", "وضع خطير").speaker?.name).toBe("وليد");
  });
});

describe("unnamed officials, anonymity asides, coordinated groups and authorless reports", () => {
  it("reads «غير أن مسؤولاً في السلطة المحلية، طلب عدم ذكر اسمه، نفى تلك الاتهامات» as the official's denial", () => {
    const c = claimWith("غير أن مسؤولاً في السلطة المحلية، طلب عدم ذكر اسمه، نفى تلك الاتهامات.", "الاتهامات");
    expect(c.speaker?.name).toContain("مسؤول");
    expect(c.stance).toBe("denies");
  });

  it("names «عن مسؤولين حوثيين وعاملين في المجال الإنساني» in the nominative, both groups", () => {
    const c = claimWith(
      "ونقلت وكالة رويترز عن مسؤولين محليين وعاملين في المجال الإنساني أن الحصيلة بلغت 40 شخصاً.",
      "40 شخصاً",
    );
    expect(c.speaker?.name).toBe("مسؤولون محليون وعاملون في المجال الإنساني");
  });

  it("keeps a continued statement its speaker's when authorless reports close it («وفق تقارير أولية»)", () => {
    const text =
      "وقالت المنظمة إن السيول ألحقت أضراراً بالمرافق الصحية، مشيرة إلى أن مركزاً صحياً تضرر بشدة، وأن إحدى القرى جُرفت بالكامل وفق تقارير أولية.";
    expect(claimWith(text, "جُرفت").speaker?.name).toBe("المنظمة");
  });
});

describe("documents of an owner, ratings cut, hints", () => {
  it("reads «وفقا لبيانات البنك المركزي المنشورة على موقعه» as the central bank's, the participle outside its name", () => {
    const c = claimWith(
      "وهذا هو الشهر الرابع الذي يسجل فيه التضخم مستوى قياسيا، وفقا لبيانات البنك المركزي المنشورة على موقعه الإلكتروني.",
      "قياسيا",
    );
    expect(c.speaker?.name).toBe("البنك المركزي");
  });

  it("reads «وخفضت وكالة موديز تصنيف مصر الائتماني …» as the agency's", () => {
    const c = claimWith("وخفضت وكالة موديز يوم الخميس تصنيف البلاد الائتماني درجة واحدة.", "الائتماني");
    expect(c.speaker?.name).toContain("موديز");
  });

  it("reads «وكان الرئيس X قد ألمح إلى أن …» as the president's", () => {
    const c = claimWith("وكان الرئيس سالم العلي قد ألمح في يونيو إلى أن خفضاً جديداً للعملة ليس وارداً.", "ليس وارداً");
    expect(c.speaker?.name).toContain("سالم العلي");
  });
});

describe("another speaker's report after «، قبل أن»", () => {
  it("cuts «…، قبل أن يعلن الشكري أنه لن يتسلم المنصب» off as الشكري's own report", () => {
    const text =
      "وكان المجلس قد أصدر في 20 أغسطس قراراً بإعفاء المحافظ وتكليف محمد الشكري بدلاً منه، قبل أن يعلن الشكري أنه لن يتسلم المنصب.";
    const c = claimWith(text, "لن يتسلم");
    expect(c.speaker?.name).toContain("الشكري");
    expect(c.text).not.toContain("بإعفاء");
  });
});

describe("for whose benefit", () => {
  it("never names «لفائدة ضحايا الحرائق» or the victims after it", () => {
    const c = claimWith(
      "وسلّم الوزيران العائلات الإعانة التي أقرها رئيس الجمهورية لفائدة ضحايا الحرائق، من دون أن يُكشف عن قيمتها.",
      "الإعانة",
    );
    expect(c.speaker?.name ?? "").not.toContain("ضحايا");
  });
});

describe("a title's quoted body and the outlet itself", () => {
  it("reads «الأمين العام لـ«حزب الله» حسن نصر الله» as the person, the party in his role, not an addressee", () => {
    const c = claimWith("وكان الأمين العام لـ«حزب الله» حسن نصر الله قد طالب علناً بتنحية المحقق العدلي.", "بتنحية");
    expect(c.speaker?.name).toBe("حسن نصر الله");
    expect(claimWith("وقال المتحدث لـ«العربي الجديد» إن التحقيق مسيّس.", "مسيّس").via).toContain("العربي الجديد");
  });

  it("leaves «لموقعنا» (told our site) out of the source's name", () => {
    const c = claimWith("ولم يحضر الجلسة، إذ أكد مصدر من هيئة الدفاع لموقعنا أن موكله رفض المثول.", "المثول");
    expect(c.speaker?.name).toBe("مصدر من هيئة الدفاع");
  });
});

describe("events and prepositions that spell verbs", () => {
  it("never makes an event named by a verbal noun speak («انهيار سد … ويهدد مياه الشرب»), but keeps «إيتمار بن غفير»", () => {
    const c = claimWith("انهيار سد في شرق البلاد يقتل 30 شخصاً ويهدد مياه الشرب في المدينة", "مياه الشرب");
    expect(c.speaker).toBeNull();
    const named = claimWith("وهدد وزير الأمن القومي إيتمار بن غفير بالاستقالة من الحكومة.", "بالاستقالة");
    expect(named.speaker?.name).toContain("إيتمار بن غفير");
  });

  it("reads «بين المكونات، إذ يمكن أن …» as the preposition, not «بيّن»", () => {
    const c = claimWith(
      "ويقوم النظام على تقاسم السلطة بين المكونات، إذ يمكن أن تؤثر النتائج في توزيع المقاعد.",
      "المقاعد",
    );
    expect(c.speaker).toBeNull();
  });
});

describe("subjects before a nested verb, and whom it addresses", () => {
  it("keeps the outer speaker when «إن/أن» + a noun phrase stand before the nested verb: who was told is no speaker", () => {
    const told = claimWith(
      "وقال مسؤول أوروبي طالباً عدم كشف اسمه إن بروكسل أبلغت أنقرة «مباشرة» بأنها لن تموّل المشروع.",
      "لن تموّل",
    );
    expect(told.speaker?.name).toBe("مسؤول أوروبي");
    const channel = claimWith(
      "وقال الناطق كريم منصور إن بلاده لم تشارك، مؤكداً أن الرباط أوضحت لمدريد «عبر قنوات خاصة» أنها ليست طرفاً.",
      "ليست طرفاً",
    );
    expect(channel.speaker?.name).toBe("كريم منصور");
    const own = claimWith(
      "وقالت المتحدثة باسم الوزارة ليلى حداد إن التقدير الأولي لبلادها يشير إلى أن الحريق كان متعمداً.",
      "متعمداً",
    );
    expect(own.speaker?.name).toBe("ليلى حداد");
  });

  it("reads a quoted body's full name after the verb as the subject («أحصى «المرصد …» 11 قتيلاً»)", () => {
    const c = claimWith("في المقابل، أحصت «الشبكة المغربية لحقوق الإنسان» 14 قتيلاً، بينهم ثلاثة أطفال.", "14 قتيلاً");
    expect(c.speaker?.name).toBe("الشبكة المغربية لحقوق الإنسان");
    // (the quoted name is no quotation of the words said)
    expect(c.quote).toBeNull();
  });

  it("keeps a count with the unnamed group it counts («عن أربعة مسؤولين …»)", () => {
    const c = claimWith(
      "ونقلت الصحيفة عن ثلاثة مسؤولين عراقيين، لم تكشف هوياتهم، إقرارهم بأن الصفقة تأجلت.",
      "الصفقة تأجلت",
    );
    expect(c.speaker?.name).toBe("ثلاثة مسؤولين عراقيين");
  });

  it("reads «أمير» inside a name as the name, and an occasion aside before «مسؤولية» as an aside", () => {
    const c = claimWith(
      "وحمّل وزير الخارجية حسين أمير عبداللهيان، في اتصال هاتفي مع نظيره العماني، الجانب الآخر مسؤولية التصعيد.",
      "مسؤولية التصعيد",
    );
    expect(c.speaker?.name).toBe("حسين أمير عبداللهيان");
  });

  it("takes the one phrase before «بأن» after «وصف» as what is described, the subject carried", () => {
    const text =
      "وقال المتحدث باسم الخارجية سامي عادل إن بلاده لم تتلق أي طلب رسمي. ووصف تصريحات الوزير بأنها «مضللة».";
    expect(claimWith(text, "مضللة").speaker?.name).toBe("سامي عادل");
    expect(claimWith("ووصف رئيس الوزراء الهجوم بأنه «جبان».", "جبان").speaker?.name).toBe("رئيس الوزراء");
    expect(claimWith("وهي الصفقة التي وصفها الوزير بأنها الأكبر.", "الأكبر").speaker?.name).toBe("الوزير");
  });
});

describe("subjects after a concession, doubts, and sources that are no sources", () => {
  it("reads the subject before a past verb after «غير أن», but not a relaying outlet's", () => {
    const c = claimWith(
      "غير أن النائب المستقل عن البصرة سالم حمدان اتهم المفوضية بالتقصير في تدقيق السجلات، وأكد أن آلاف الأسماء مكررة.",
      "بالتقصير",
    );
    expect(c.speaker?.name).toBe("سالم حمدان");
    const relay = claimWith("غير أن صحيفة «الصباح» نقلت عن شهود عيان أن عدد القتلى لا يقل عن 40.", "لا يقل عن 40");
    expect(relay.speaker?.name).toBe("شهود عيان");
  });

  it("reports doubts and playing down («شكك … في»، «قلل … من»)", () => {
    expect(claimWith("وعلى صعيد المشاركة، شكك محللون في دلالة النسبة المعلنة.", "دلالة").speaker?.name).toBe("محللون");
    const c = claimWith("في المقابل، قلل مسؤول في «التحالف»، طلب عدم ذكر اسمه، من تأثير المقاطعة.", "تأثير المقاطعة");
    expect(c.speaker?.name).toContain("مسؤول");
  });

  it("never takes «بحسب المحافظات» (depending on the province) or «مطلع الشهر» for a source or a name", () => {
    const text =
      "وقالت المتحدثة باسم الهيئة سلمى ناجي إن المشاركة كانت مرتفعة في المحافظات كلها، مشيرة إلى أنها تراوحت بين 60 و75% بحسب المحافظات.";
    expect(claimWith(text, "تراوحت").speaker?.name).toBe("سلمى ناجي");
    const aside = claimWith(
      "وأعرب المتحدث باسم المنظمة الدولية أحمد فوزي، مطلع الشهر الجاري، عن «قلق بالغ» إزاء الترحيل.",
      "قلق بالغ",
    );
    expect(aside.speaker?.name).toBe("أحمد فوزي");
  });

  it("gives a restrictive relative's report to the titled person before it («النائب X الذي أكد أن …»)", () => {
    const c = claimWith(
      "وجاء الرد على اتهامات أطلقها نواب، أبرزهم النائب حسن العلي الذي أكد أن أكثر من مئة ألف صوت زُوّرت.",
      "زُوّرت",
    );
    expect(c.speaker?.name).toBe("حسن العلي");
  });

  it("keeps the speaker of «وأضاف، وفق بيان للرئاسة، أن …», the statement as the link", () => {
    const text = "وقال الرئيس سامر عادل إن بلاده لن تقبل الضغوط. وأضاف، وفق بيان للرئاسة، أن البلاد «ليست ممراً لأحد».";
    const c = claimWith(text, "ليست ممراً");
    expect(c.speaker?.name).toBe("سامر عادل");
    expect(c.via).toContain("الرئاسة");
  });
});

describe("forms of address and lineages", () => {
  it("reads «سمو أمير البلاد الشيخ X» and «معالي وزير الخارجية» with the form of address in the role", () => {
    const c = claimWith(
      "أعلن سمو أمير البلاد الشيخ سالم الأحمد الناصر الخالد، مساء اليوم الجمعة، تشكيل لجنة لمراجعة القوانين.",
      "تشكيل لجنة",
    );
    expect(c.speaker?.name).toBe("سالم الأحمد الناصر الخالد");
    expect(c.speaker?.role).toContain("أمير البلاد");
    expect(claimWith("وقال معالي وزير الخارجية إن الزيارة ناجحة.", "ناجحة").speaker?.name).toBe("وزير الخارجية");
  });

  it("keeps a lineage of definite names whole only when it ends the phrase", () => {
    const c = claimWith("أعلن أمير البلاد الشيخ سالم الأحمد الناصر الخالد مساء الجمعة حل البرلمان.", "حل البرلمان");
    expect(c.speaker?.name).toBe("سالم الأحمد الناصر الخالد");
    const object = claimWith(
      "وعزا الناطق باسم الهيئة محمد التليلي المنصري الفارق بين الرقمين إلى تأخر المكاتب.",
      "تأخر المكاتب",
    );
    expect(object.speaker?.name ?? "").not.toContain("الفارق");
    const none = claimWith(
      "وتُعد المدينة ثانية كبرى المدن من حيث عدد السكان والنشاط التجاري، ويُقدَّر عدد سكانها بنحو 700 ألف نسمة بحسب الأمم المتحدة.",
      "700 ألف",
    );
    expect(none.speaker?.name ?? "").not.toContain("السكان");
  });
});

describe("outlets told, bodies in construct, reports with «ب»", () => {
  it("reads «وقال للصحيفة إن …» as words given to the outlet, the speaker carried", () => {
    const c = claimWith(
      "وقال مصدر في الحركة إن القصف استمر. وقال للصحيفة إن مقاتليها «لا يستهدفون المدنيين».",
      "لا يستهدفون",
    );
    expect(c.speaker?.name).toBe("مصدر في الحركة");
    expect(c.via).toContain("الصحيفة");
  });

  it("reads «شبكة أطباء السودان» whole before its object, and stops at «، واصفةً … بأنه»", () => {
    const c = claimWith(
      "بدورها، أحصت شبكة أطباء اليمن مقتل 12 شخصاً وإصابة 30 آخرين، واصفة القصف بأنه «مجزرة» استهدفت المرضى.",
      "12 شخصاً",
    );
    expect(c.speaker?.name).toBe("شبكة أطباء اليمن");
  });

  it("reports what «أفاد» introduces with «ب»: «أفادت لجان المقاومة بمقتل 20 شخصاً»", () => {
    const c = claimWith("وفي أغسطس الماضي، أفادت لجان المقاومة في المدينة بمقتل 20 شخصاً على الأقل.", "20 شخصاً");
    expect(c.speaker?.name).toContain("لجان المقاومة");
  });
});

describe("critics by what they are, plural participles, blessings", () => {
  it("reads «انتقد معارضون …، معتبرين أن …» as the critics' claim, the participle closing the first", () => {
    const c = claimWith(
      "وانتقد معارضون توقيت رفع أسعار الخبز، معتبرين أن الأسر الفقيرة ستدفع الثمن وحدها.",
      "توقيت رفع",
    );
    expect(c.speaker?.name).toBe("معارضون");
  });

  it("never takes «حسب الفئة» (depending on the category) for a source", () => {
    const c = claimWith("وتراوحت الزيادة بين 10 و15 في المئة حسب الفئة.", "الزيادة");
    expect(c.speaker).toBeNull();
  });

  it("reports a blessing of an act, and ends a condemner's name at the act («وأدانت حركة حماس العملية»)", () => {
    const c = claimWith("وبارك الأمين العام للحزب الهجوم على القاعدة، واصفاً إياه بالرد الطبيعي.", "الهجوم");
    expect(c.speaker?.name).toBe("الأمين العام للحزب");
    expect(claimWith("وشجبت حركة فتح العملية ودعت إلى التهدئة.", "العملية").speaker?.name).toBe("حركة فتح");
  });
});

describe("women's titles, three-word foreign names, officials named by their affiliation", () => {
  it("reads a woman's title and a foreign name with a middle name in -ا, and «المسؤولة الأممية» as her again", () => {
    const text =
      "ويأتي القصف بعد يومين من تحذير منسقة الشؤون الإنسانية للأمم المتحدة في اليمن كليمنتين نكويتا سلامي من كارثة وشيكة. " +
      "وقالت المسؤولة الأممية إن آلاف الأسر باتت بلا مأوى.";
    expect(claimWith(text, "كارثة وشيكة").speaker?.name).toBe("كليمنتين نكويتا سلامي");
    expect(claimWith(text, "آلاف الأسر").speaker?.name).toBe("كليمنتين نكويتا سلامي");
  });

  it("reads a foreign given name in -ا before a transitive verb's object («ناريندرا مودي الحادث»)", () => {
    const text =
      "ووصف رئيس الوزراء الهندي ناريندرا مودي الحادث بأنه مفجع. " +
      "ودانت نائبة الرئيس الأمريكي كامالا هاريس الهجوم على المدنيين. " +
      "ووصف الوزير مجدداً القرار بأنه صائب. " +
      "وأعلن رئيس الوزراء الهندي ناريندرا مودي منح 200 ألف روبية لعائلة كل ضحية.";
    expect(claimWith(text, "بأنه مفجع").speaker?.name).toBe("ناريندرا مودي");
    // what is granted ends the name
    expect(claimWith(text, "ألف روبية").speaker?.name).toBe("ناريندرا مودي");
    expect(claimWith(text, "الهجوم على المدنيين").speaker?.name).toBe("كامالا هاريس");
    // an adverb between the subject and the object is no name
    expect(claimWith(text, "بأنه صائب").speaker?.name).toBe("الوزير");
  });

  it("keeps an official of another affiliation apart («المسؤول الإيراني» after a US secretary)", () => {
    const text =
      "وقال وزير الخارجية الأميركي أنتوني بلينكن إن المحادثات جادة. وأضاف المسؤول الأميركي أن الاتفاق قريب. " +
      "وقال المسؤول الإيراني إن بلاده مستعدة.";
    expect(claimWith(text, "الاتفاق قريب").speaker?.name).toBe("أنتوني بلينكن");
    expect(claimWith(text, "بلاده مستعدة").speaker?.name).toBe("المسؤول الإيراني");
  });
});

describe("whom a feminine verb of calling addresses", () => {
  it("reads «ودعت المجتمع الدولي إلى …» and «وطالبت الأمين العام …» as addressed, the ministry carried", () => {
    const text =
      "وأدانت وزارة الخارجية القصف. ودعت المجتمع الدولي إلى التحرك العاجل، معتبرة أن الصمت شجع المهاجمين. " +
      "وطالبت الأمين العام للأمم المتحدة بإرسال بعثة تحقيق.";
    expect(claimWith(text, "التحرك العاجل").speaker?.name).toBe("وزارة الخارجية");
    expect(claimWith(text, "بعثة تحقيق").speaker?.name).toBe("وزارة الخارجية");
  });
});

describe("rows of a list before a colon, authorities in construct", () => {
  it("never takes a labelled row («بنزين 95: 17 جنيهاً») for a headline's source, however often the word recurs", () => {
    const text = "بنزين 95: 17 جنيهاً بدلاً من 15 جنيهاً. بنزين 92: 15 جنيهاً بدلاً من 13 جنيهاً. ويباع بنزين 80 في المحطات.";
    expect(claimWith(text, "17 جنيهاً").speaker).toBeNull();
  });

  it("reads «سلطة المطارات الإسرائيلية» as a body, past a relative clause on what it runs", () => {
    const c = claimWith(
      "وأعلنت سلطة المطارات الإسرائيلية، التي تدير المعابر البرية، إغلاق معبرين آخرين حتى إشعار آخر.",
      "معبرين",
    );
    expect(c.speaker?.name).toBe("سلطة المطارات الإسرائيلية");
  });
});

describe("a headline's subject in construct down to a quoted name, and clans", () => {
  it("reads «عشيرة منفذ هجوم «الجسر» تنفي …» as the clan's denial, not what it denies", () => {
    const c = claimWith("عشيرة منفذ هجوم «الجسر» تنفي انتماءه لأي تنظيم", "تنظيم");
    expect(c.speaker?.name).toBe("عشيرة منفذ هجوم الجسر");
    expect(c.stance).toBe("denies");
  });
});

describe("phone-ins, appositions without a comma, whom one calls on, insisting past a comma", () => {
  const text =
    "أكد السفير خالد يوسف المتحدث باسم وزارة الخارجية اليوم الثلاثاء، أن التصريحات الأخيرة تصعيد خطير. " +
    "وأشار المتحدث باسم وزارة الخارجية خلال مداخلة هاتفية مع برنامج «مساء الخير» إلى أن بلاده رفضت أي تدخل. " +
    "وقالت الوزارة إن الأنباء المتداولة كاذبة. ودعت جميع وسائل الإعلام إلى تحري الدقة. " +
    "وشدد نائب وزير الخارجية، على أن بلاده قادرة على حماية حدودها.";

  it("splits «السفير X المتحدث باسم Y» into the name and its role, and the bare role again names X", () => {
    const first = claimWith(text, "تصعيد خطير");
    expect(first.speaker?.name).toBe("خالد يوسف");
    expect(first.speaker?.role).toBe("المتحدث باسم وزارة الخارجية");
    expect(claimWith(text, "رفضت أي تدخل").speaker?.name).toBe("خالد يوسف");
  });

  it("ends a titled personal name at the office held after it («الدكتور X القائم بأعمال رئيس الوزراء»)", () => {
    const acting = claimWith(
      "وقال الدكتور مصطفى مدبولي القائم بأعمال رئيس الوزراء إن الحكومة صرفت التعويضات.",
      "التعويضات",
    );
    expect(acting.speaker?.name).toBe("مصطفى مدبولي");
    expect(acting.speaker?.role).toBe("القائم بأعمال رئيس الوزراء");
    const minister = claimWith("وأكد الدكتور خالد عبد الغفار وزير الصحة أن المستشفيات جاهزة.", "جاهزة");
    expect(minister.speaker?.name).toBe("خالد عبد الغفار");
    // (a title with no name after it keeps the office: «الدكتور رئيس الجامعة»)
    expect(claimWith("وقال الدكتور رئيس الجامعة إن الدراسة مستمرة.", "مستمرة").speaker?.name).toBe(
      "الدكتور رئيس الجامعة",
    );
  });

  it("reads «جميع …» after a call as those called on, and «شدد X، على أن …» as X insisting", () => {
    expect(claimWith(text, "تحري الدقة").speaker?.name).toBe("وزارة الخارجية");
    const insisted = claimWith(text, "حماية حدودها");
    expect(insisted.speaker?.name).toBe("نائب وزير الخارجية");
    expect(insisted.text).toContain("وشدد");
  });
});

describe("short relative adjectives, a body's office in construct with ل, «حسبما ذكرت»", () => {
  it("keeps «مصدر طبي فلسطيني» whole before the verb's object", () => {
    const c = claimWith("أعلن مصدر طبي فلسطيني فجر الخميس مقتل خمسة من عناصر الشرطة في رفح.", "خمسة");
    expect(c.speaker?.name).toBe("مصدر طبي فلسطيني");
  });

  it("reads «بحسب المكتب الإعلامي لحركة حماس» whole", () => {
    const c = claimWith("كما قتل صحافي رابع في مدينة غزة، بحسب المكتب الإعلامي لحركة حماس.", "صحافي رابع");
    expect(c.speaker?.name).toBe("المكتب الإعلامي لحركة حماس");
  });

  it("keeps the speaker of the sentence when «حسبما ذكرت قناة …» follows, and a bare «حسبما ذكرت» names the source", () => {
    const c = claimWith(
      "أعلنت منظمة أطباء بلا حدود، اليوم الجمعة، ارتفاع حصيلة الغارة على المستشفى إلى 50 قتيلاً، حسبما ذكرت قناة سكاي نيوز عربية.",
      "50 قتيلاً",
    );
    expect(c.speaker?.name).toBe("منظمة أطباء بلا حدود");
    expect(c.verb).toBe("أعلن");
    expect(claimWith("وارتفعت الحصيلة إلى 50 قتيلاً، حسبما ذكرت وكالة رويترز.", "50").speaker?.name).toBe(
      "وكالة رويترز",
    );
  });

  it("reads «حسبما أوردته فضائية …» with the verb's pronoun as the link, or the source when no one else speaks", () => {
    const linked = claimWith(
      'أعلنت السلطات الإيرانية ارتفاع عدد ضحايا الانفجار إلى 46 قتيلا، وذلك حسبما أوردته فضائية "القاهرة الإخبارية".',
      "46 قتيلا",
    );
    expect(linked.speaker?.name).toBe("السلطات الإيرانية");
    expect(linked.via).toEqual(["فضائية القاهرة الإخبارية"]);
    const bare = claimWith('وقتل 46 شخصا في الانفجار، حسبما أوردته فضائية "القاهرة الإخبارية".', "46 شخصا");
    expect(bare.speaker?.name).toBe("فضائية القاهرة الإخبارية");
  });

  it("gives the outlet a statement was made to as the link («في تصريح للتلفزيون الرسمي»), not the statement", () => {
    const c = claimWith(
      "وقال رئيس الهلال الأحمر الإيراني بابك محمودي في تصريح للتلفزيون الرسمي إن أربعة أشخاص قتلوا.",
      "أربعة أشخاص",
    );
    expect(c.speaker?.name).toBe("بابك محمودي");
    expect(c.via).toEqual(["التلفزيون الرسمي"]);
    expect(claimWith("وقال المحافظ في حديث للإذاعة الوطنية إن الحريق أخمد.", "الحريق").via).toEqual([
      "الإذاعة الوطنية",
    ]);
  });
});

describe("what is never a speaker's name", () => {
  it("reads a feminine participle after the comma as the clause's subject speaking, not as a name (، منبهة إلى …)", () => {
    const c = claimWith(
      "ودعت الحملة الانتخابية للمرشح في بيان السلطات إلى «حوار وطني شامل» يبدأ بإطلاق سراح الموقوفين من أنصاره، وأعلنت إطلاق حملة وطنية للمطالبة بالإفراج عنهم، منبهة إلى «عزوف أكثر من 70 في المائة من الناخبين».",
      "عزوف أكثر",
    );
    expect(c.speaker?.name).toBe("الحملة الانتخابية للمرشح");
  });

  it("ends a source after «وفق» before the figure it gives (وفق النتائج الأولية مليونين و…)", () => {
    const c = claimWith(
      "وفاز الرئيس بولاية ثانية، بعدما نال وفق النتائج الأولية مليونين و120 ألف صوت من أصل ثلاثة ملايين.",
      "ثلاثة ملايين",
    );
    expect(c.speaker?.name).toBe("النتائج الأولية");
    // (a channel's number is its name: «بحسب القناة 12 العبرية»)
    expect(claimWith("وبحسب القناة 12 العبرية، نفذت الطائرات 12 غارة على الميناء.", "12 غارة").speaker?.name).toBe(
      "القناة 12 العبرية",
    );
  });

  it("ends the one who holds something responsible before the responsibility («وهو ما يحمّله X مسؤولية …»)", () => {
    const c = claimWith(
      "وتنبعث من المصنع غازات سامة منذ سنوات، وهو ما يحمّله السكان مسؤولية تفشي أمراض الربو في الحي.",
      "تفشي أمراض",
    );
    expect(c.speaker?.name).toBe("السكان");
  });

  it("ends a source after «وفق» before the time its figures run to, and before the wire it told", () => {
    const upTo = claimWith(
      "ويقدر عدد الزوار الوافدين من الخارج بنحو 900 ألف، وفقاً لإحصائية الهيئة العامة للسياحة حتى نهاية شهر أيار.",
      "900 ألف",
    );
    expect(upTo.speaker?.name).toBe("إحصائية الهيئة العامة للسياحة");
    const told = claimWith("ولم تتضح أسباب توقيفه، وفق ما أفاد مصدر في وزارة العدل وكالة فرانس برس.", "أسباب توقيفه");
    expect(told.speaker?.name).toBe("مصدر في وزارة العدل");
    expect(told.via).toEqual(["وكالة فرانس برس"]);
  });

  it("ends a critic's name before the capital criticised («انتقد الرئيس X الرياض خلال لقائه …»)", () => {
    const c = claimWith(
      "وفي نيويورك، انتقد الرئيس حسن روحاني الرياض خلال لقائه الأمين العام للأمم المتحدة بان كي مون، قائلاً إن المملكة «تماطل» في تسليم جثامين الضحايا إلى ذويهم.",
      "تماطل",
    );
    expect(c.speaker?.name).toBe("حسن روحاني");
  });

  it("gives a bare verb after a comma the subject of the clause before it (قتلت القوات …، قالت إنهما …)", () => {
    const c = claimWith(
      "وليل الأحد، قتلت القوات الإسرائيلية مسلحَين في بلدة قرب طولكرم شمال الضفة، قالت إنهما شاركا في هجوم على حاجز عسكري.",
      "حاجز عسكري",
    );
    expect(c.speaker?.name).toBe("القوات الإسرائيلية");
    // (not after an aside between commas: the subject before the aside speaks)
    const aside = claimWith(
      "غير أن مصدراً حكومياً مطلعاً، طلب عدم ذكر اسمه، قال إن الإغلاق جاء بقرار من الجانب الآخر.",
      "بقرار من",
    );
    expect(aside.speaker?.name).toBe("مصدر حكومي مطلع");
  });
});

describe("one's own figures speak for their owner", () => {
  it("reads «بعدما كانت توقعاته تشير …» as the bank's, and goes on with the bank", () => {
    const text =
      "وقدّر صندوق النقد الدولي أن الجفاف اقتطع نقطتين مئويتين من نمو الاقتصاد المغربي هذا العام، بعدما كانت توقعاته في الربيع تشير إلى نمو بنسبة 3.1 في المئة. وقال إن البطالة في الأرياف تجاوزت 20 في المئة.";
    expect(claimWith(text, "3.1 في المئة").speaker?.name).toBe("صندوق النقد الدولي");
    expect(claimWith(text, "البطالة في الأرياف").speaker?.name).toBe("صندوق النقد الدولي");
  });

  it("gives «وتعهدت قيادته …» to the party the pronoun stands for, not to «قيادته»", () => {
    const text = "وأكد حزب العمال في بيان مقتل أمينه العام في الغارة. وتعهدت قيادته بمواصلة «المعركة حتى النهاية».";
    expect(claimWith(text, "حتى النهاية").speaker?.name).toBe("حزب العمال");
  });

  it("gives «وفق تقديراتها» to the one whose estimates they are", () => {
    const c = claimWith(
      "وكانت مؤسسة سيغما كونساي لسبر الآراء قد منحت المرشح الفائز 89.2 بالمائة من الأصوات وفق تقديراتها.",
      "89.2 بالمائة",
    );
    expect(c.speaker?.name ?? "").toMatch(/^مؤسسة/u);
    expect(c.speaker?.name ?? "").not.toContain("تقديرات");
  });
});

describe("a family name the article gave in full before speaks on", () => {
  it("gives «وانضم إليهم X …، وقال إن …» to X, named in full earlier though not yet as a speaker", () => {
    const text =
      "احتفل أنصار الرئيس التونسي قيس سعيّد بفوزه في شارع الحبيب بورقيبة. وقال رئيس الهيئة فاروق بوعسكر إن النتائج أولية. وانضم إليهم سعيّد ملوّحاً بالعلم، وقال إن البلاد «تواصل مسارها».";
    expect(claimWith(text, "تواصل مسارها").speaker?.name).toBe("قيس سعيّد");
    // (a participle is no clause of its own: «ومشدداً على أن …» goes on with the one before it)
    const p = claimWith(
      "وكان المتحدث يحيى سريع على رأس الوفد. وأبدى الأمين العام للمنظمة البحرية أرسينيو دومينغيز قلقاً بالغاً حيال الناقلة، مذكّراً بأنها تحمل نحو 150 ألف طن من النفط، ومشدداً على أن خطر التسرب «لا يزال مرتفعاً».",
      "خطر التسرب",
    );
    expect(p.speaker?.name).toBe("أرسينيو دومينغيز");
  });
});

describe("«فقد» before a clause's verb", () => {
  it("gives «فقد حدد البنك …، وقدّر أن …» to the bank, not to the last speaker", () => {
    const text =
      "وقال وزير المالية ياسين جابر إن الخسائر تتجاوز عشرة مليارات دولار. غير أن للبنك الدولي رأياً آخر. فقد حدد البنك في تقييمه الأضرار بنحو أربعة مليارات دولار، وقدّر أن 90 ألف شخص خسروا أعمالهم.";
    expect(claimWith(text, "90 ألف شخص").speaker?.name).toBe("البنك الدولي");
  });
});

describe("a second round of headlines and documents (the round's later stories)", () => {
  it("reads «أشارت X إلى 18 وفاة» as what X pointed to, a figure right after «إلى»", () => {
    const c = claimWith("وكانت مصادر أمنية قد أشارت مساء أمس إلى 12 وفاة و30 إصابة بين المتنزهين.", "12 وفاة");
    expect(c.speaker?.name).toBe("مصادر أمنية");
  });

  it("splits a headline's second statement opening on a name with alef («… وإيران تحصي 136 من حجاجها»)", () => {
    const text =
      "العراق يرفع حصيلة الحريق إلى 69 قتيلاً وإيران تحصي 12 من زوارها\n\nوقالت وزارة الصحة العراقية إن الحصيلة ارتفعت. وقالت إيران إن 12 من زوارها قتلوا.";
    expect(claimWith(text, "وإيران تحصي").speaker?.name).toBe("إيران");
  });

  it("gives a headline opening on a family name and its own reporting verb to the one named in full below", () => {
    const text =
      "خامنئي يطالب السعودية بالاعتذار عن التدافع وطهران ترفع عدد قتلاها إلى 12\n\nوقال المرشد الإيراني علي خامنئي في كلمة إن على الجهات المنظمة تحمّل المسؤولية.";
    expect(claimWith(text, "يطالب السعودية").speaker?.name).toBe("علي خامنئي");
    // (not a verb that reports only with some objects: «الجزائر تخفض إنتاجها» is an act)
    const act = claimWith(
      "الجزائر تخفض إنتاجها النفطي 48 ألف برميل يومياً\n\nوقالت الجزائر في بيان إن الخفض طوعي.",
      "تخفض إنتاجها",
    );
    expect(act.speaker).toBeNull();
  });

  it("gives a letter to the ministry it belongs to, with the paper that published it as the link", () => {
    const c = claimWith("وأظهر كتاب لوزارة الصحة نشرته «بترا» أن عدد المصابين بلغ 40 شخصاً.", "40 شخصاً");
    expect(c.speaker?.name).toBe("وزارة الصحة");
    expect(c.via).toEqual(["بترا"]);
  });
});

describe("a name never opens with a preposition as written", () => {
  it("gives «وطلب الاستئناف» after «اعترض المتهم على الحكم» to no «على الحكم»", () => {
    const c = claimWith("في حين اعترض المتهم على الحكم وطلب الاستئناف.", "الاستئناف");
    expect(c.speaker?.name ?? "").not.toMatch(/^على/u);
  });

  it("still reads «علي» with its ya as a name («وقال المحامي علي الأحمد إن …»)", () => {
    expect(claimWith("وقال المحامي علي الأحمد إن الحكم قاس.", "قاس").speaker?.name).toBe("علي الأحمد");
  });
});

describe("a bare foreign name before a spokesman's title, and «وفقاً لما ذكرته»", () => {
  it("reads «ميشيل بارنييه المتحدث باسم خدمة الطوارئ» as the man and his role, not the service", () => {
    const c = claimWith("وقال ميشيل بارنييه المتحدث باسم خدمة الطوارئ إن 13 شخصاً لقوا حتفهم.", "13 شخصاً");
    expect(c.speaker?.name).toBe("ميشيل بارنييه");
    expect(c.speaker?.role).toBe("المتحدث باسم خدمة الطوارئ");
  });

  it("reads «ووفقاً لما ذكرته السلطات المحلية، فإن …» as the authorities' report", () => {
    const c = claimWith("ووفقاً لما ذكرته السلطات المحلية، فإن المياه بلغت ارتفاع سبعة أمتار في البلدة.", "سبعة أمتار");
    expect(c.speaker?.name).toBe("السلطات المحلية");
  });
});

describe("«وفقاً ل» glued to any source, and two women speaking", () => {
  it("reads «ووفقاً لمشروع …» without the preposition, whatever the source's head", () => {
    const c = claimWith(
      "ووفقاً لمشروع رصد الضحايا التابع للجامعة الأمريكية، قتل أكثر من 900 شخص منذ مطلع العام.",
      "900 شخص",
    );
    expect(c.speaker?.name).toBe("مشروع رصد الضحايا التابع للجامعة الأمريكية");
  });

  it("reads a feminine dual verb («أشارتا»، «وقالتا») as a verb of saying, not as a name", () => {
    const c = claimWith(
      "وأنقذ خفر السواحل امرأتين من الركاب، أشارتا إلى أن المركب أبحر من صفاقس قبل ثماني ساعات.",
      "ثماني ساعات",
    );
    expect(c.speaker?.name).not.toBe("أشارتا");
    expect(c.verb).toBe("أشار");
  });
});

describe("heads of government abroad, what they declare, and names compounded with «الله»", () => {
  it("reads «رئيس وزراء هايتي» as the office, and its holder when named", () => {
    const office = claimWith("وأعلن رئيس وزراء هايتي حالة الطوارئ لمدة شهر في المناطق المنكوبة.", "لمدة شهر");
    expect(office.speaker?.name).toBe("رئيس وزراء هايتي");
    const holder = claimWith(
      "وقال رئيس وزراء باكستان شهباز شريف إن فرق الإنقاذ وصلت إلى القرى المعزولة.",
      "فرق الإنقاذ",
    );
    expect(holder.speaker?.name).toBe("شهباز شريف");
  });

  it("ends a titled name at what was declared («حالة الطوارئ»، «حظر التجول»)", () => {
    const c = claimWith("وأعلن الرئيس الكيني وليام روتو حالة الطوارئ في المقاطعات الساحلية.", "المقاطعات الساحلية");
    expect(c.speaker?.name).toBe("وليام روتو");
    const d = claimWith("وأعلن حاكم الإقليم جون موانجي حظر التجول ليلاً.", "ليلاً");
    expect(d.speaker?.name).toBe("جون موانجي");
  });

  it("keeps «ذبيح الله مجاهد»، «حمد الله فطرت» whole", () => {
    expect(claimWith("وقال ذبيح الله مجاهد إن فرق الإغاثة وصلت إلى كونار.", "كونار").speaker?.name).toBe(
      "ذبيح الله مجاهد",
    );
    const c = claimWith("وأكد حمد الله فطرت، نائب المتحدث باسم الحكومة، أن الحصيلة ارتفعت إلى 800 قتيل.", "800");
    expect(c.speaker?.name).toBe("حمد الله فطرت");
    // («لحزب الله» is a body, not the first half of a name)
    const d = claimWith("وقال الأمين العام لحزب الله حسن نصر الله إن الرد قادم.", "الرد قادم");
    expect(d.speaker?.name).toBe("حسن نصر الله");
  });
});

describe("a body's bare name after its head, and a measured object after a titled name", () => {
  it("keeps «حكومة طالبان» whole before what it announced, and after «باسم»", () => {
    expect(claimWith("وأعلنت حكومة طالبان، الخميس، ارتفاع الحصيلة إلى 900 قتيل.", "900").speaker?.name).toBe(
      "حكومة طالبان",
    );
    expect(claimWith("وأعلنت حكومة طالبان ارتفاع الحصيلة إلى 900 قتيل.", "900").speaker?.name).toBe("حكومة طالبان");
    expect(
      claimWith("وأعلن متحدث باسم حكومة طالبان، اليوم الاثنين، ارتفاع الحصيلة إلى 900 قتيل.", "900").speaker?.name,
    ).toBe("متحدث باسم حكومة طالبان");
  });

  it("ends «المتحدث باسم X عبد المتين قاني» at the name before «حجم الخسائر»", () => {
    const c = claimWith(
      "وأكد المتحدث باسم وزارة الداخلية عبد المتين قاني حجم الخسائر قائلا إن الزلزال أودى بحياة 610 أشخاص.",
      "610",
    );
    expect(c.speaker?.name).toBe("عبد المتين قاني");
  });
});

describe("a body's decisions and approvals («قررت اللجنة»، «وافقت الحكومة على»)", () => {
  it("gives a body's decision to the body, and a person's decision to no one", () => {
    const body = claimWith(
      "وقررت لجنة السياسة النقدية بالبنك المركزي، في اجتماعها الخميس، خفض سعر الفائدة 200 نقطة أساس.",
      "200 نقطة",
    );
    expect(body.speaker?.name).toBe("لجنة السياسة النقدية");
    expect(body.verb).toBe("قرر");
    expect(claimWith("وقرر الرئيس تبون تقديم موعد الانتخابات ثلاثة أشهر.", "ثلاثة أشهر").speaker).toBeNull();
    const agreed = claimWith("ووافقت الحكومة الاتحادية أمس على طلب الإقليم تأجيل التعداد.", "تأجيل التعداد");
    expect(agreed.speaker?.name).toBe("الحكومة الاتحادية");
  });

  it("carries a body into «كما قررت …» and keeps a decision told by a wire the wire's", () => {
    const text =
      "وقررت لجنة السياسة النقدية خفض سعر الفائدة إلى 22%. كما قررت خفض سعر الائتمان والخصم إلى 22.5%. " +
      "وكان المجلس قد قرر منح ذوي كل ضحية تعويضاً قدره 7 آلاف دولار، بحسب ما أفادت وكالة الأنباء العراقية.";
    expect(claimWith(text, "22.5%").speaker?.name).toBe("لجنة السياسة النقدية");
    expect(claimWith(text, "7 آلاف").speaker?.name).toBe("وكالة الأنباء العراقية");
  });

  it("reads a decided or announced verbal noun as the object, not a second report («أعلن البنك … خفضَ …»)", () => {
    const c = claimWith(
      "قرر البنك المركزي المصري في اجتماع لجنة السياسة النقدية اليوم خفض سعر الفائدة بنسبة 1% ليتوافق مع أغلب التوقعات.",
      "بنسبة 1%",
    );
    expect(c.speaker?.name).toBe("البنك المركزي المصري");
    const d = claimWith(
      "أعلن البنك المركزي المصري، خلال اجتماع لجنته الخامس، خفض أسعار الفائدة للمرة الثالثة، موافقاً أغلب التوقعات.",
      "للمرة الثالثة",
    );
    expect(d.speaker?.name).toBe("البنك المركزي المصري");
  });
});

describe("«خرج مكتب نتنياهو لينفي …»، «قناة كان»", () => {
  it("continues the office that came out to deny, after a time set off by a comma", () => {
    const text =
      'وكانت رويترز نقلت عن مسؤول إسرائيلي قوله إن الحركة وافقت على المقترح. وبعد فترة قصيرة، خرج مكتب نتنياهو لينفي هذا التصريح، وقال "خلافا للتقارير فإن الحركة لم ترد حتى الآن".';
    expect(claimWith(text, "لم ترد").speaker?.name).toBe("مكتب نتنياهو");
  });

  it("reads the broadcaster «كان» in quotation marks as a name, not the verb «was»", () => {
    const c = claimWith('لكن قناة "كان" ذكرت بدورها أن الحركة ردت إيجابا على المقترح.', "إيجابا");
    // (named as written, and known: the lexicon's «هيئة البث الإسرائيلية» is the same entity)
    expect(c.speaker?.name).toBe("قناة كان");
    expect(c.speaker?.entityId).toBeTruthy();
  });
});

describe("«يذكر أن X أشارت إلى أن …»", () => {
  it("gives what follows an impersonal «it is noted that» to whoever is said to point it out", () => {
    const c = claimWith(
      "يذكر أن بيانات المنظمة الدولية للهجرة أشارت إلى أن 375 مهاجراً فقدوا في يناير وحده.",
      "375 مهاجراً",
    );
    expect(c.speaker?.name).toBe("المنظمة الدولية للهجرة");
  });
});

describe("names in «عبد»، a rank in apposition, a place after its head, stacked titles", () => {
  const name = (sentence: string, anchor: string) => claimWith(sentence, anchor).speaker?.name;
  it("splits «رئيس مجلس السيادة السوداني عبد الفتاح البرهان» and «وزير الداخلية العراقي عبد الأمير الشمري»", () => {
    expect(name("وقال رئيس مجلس السيادة السوداني عبد الفتاح البرهان إن الجيش سينتصر.", "سينتصر")).toBe(
      "عبد الفتاح البرهان",
    );
    expect(name("وقال وزير الداخلية العراقي عبد الأمير الشمري إن التحقيق مستمر.", "مستمر")).toBe("عبد الأمير الشمري");
  });

  it("reads «، الفريق أول عبد الفتاح البرهان،» in apposition as the name", () => {
    expect(
      name("قال رئيس مجلس السيادة، الفريق أول عبد الفتاح البرهان، اليوم الاثنين: إن الجيش سينتصر.", "سينتصر"),
    ).toBe("عبد الفتاح البرهان");
  });

  it("keeps the place after «إقليم/ولاية [شمال]» in the role, through two stacked titles", () => {
    expect(name("وقال حاكم إقليم دارفور مني أركو مناوي إن المدينة سقطت.", "سقطت")).toBe("مني أركو مناوي");
    expect(
      name("وكان حاكم إقليم دارفور رئيس حركة «جيش تحرير السودان» مني أركو مناوي قد قال إن المدينة سقطت.", "سقطت"),
    ).toBe("مني أركو مناوي");
    expect(name("وقال مدير الصحة في ولاية شمال دارفور إبراهيم خاطر إن المستشفى أغلق.", "أغلق")).toBe("إبراهيم خاطر");
  });
});

describe("«فيما طالب X …»، «في حين طالب X …»", () => {
  it("reads the bare «طالب» after «فيما/في حين» and a title as the verb, not «a student»", () => {
    const text =
      "وجدد وزير الأمن القومي تهديده بالانسحاب من الحكومة، فيما طالب وزير المالية بتعهد صريح بالعودة إلى القتال.";
    expect(claimWith(text, "بتعهد صريح").speaker?.name).toBe("وزير المالية");
    expect(
      claimWith("وقال المنسق إن الوضع خطير، في حين طالب المستشار الأميركي بهدنة إنسانية.", "بهدنة").speaker?.name,
    ).toBe("المستشار الأميركي");
  });
});

describe("a study that estimates a toll", () => {
  it("reads «وقدرت دراسة أمريكية عدد القتلى بنحو …» as the study's, not «عدد القتلى»'s", () => {
    expect(claimWith("وقدرت دراسة أمريكية عدد القتلى بنحو 130 ألفا.", "130 ألفا").speaker?.name).toBe("دراسة أمريكية");
  });
});

describe("a topic set before the clause («وبشأن X، أشارت …»)", () => {
  it("carries the speaker past «وبشأن …،» instead of reading the topic as the subject", () => {
    const text = "وأعلنت المفوضية أن نسبة المشاركة بلغت 55%. وبشأن تصويت النازحين، أشارت إلى أن نسبة التصويت بلغت 77%.";
    expect(claimWith(text, "77%").speaker?.name).toBe("المفوضية");
  });
});

describe("a wire or a paper before a past verb («وكالة «أسوشيتد برس» قالت إن …»)", () => {
  it("reads the medium opening the clause as the verb's subject, not a carried speaker", () => {
    const text =
      'وقال محامي الدفاع إن موكله سيستأنف الحكم. وكالة "أسوشيتد برس" قالت إن موعد دخوله السجن سيحدد في وقت لاحق.';
    const c = claimWith(text, "موعد دخوله");
    expect(c.speaker?.name).toBe("وكالة أسوشيتد برس");
    const d = claimWith('صحيفة "الغارديان" ذكرت أن الوزير سيستقيل خلال أيام.', "سيستقيل");
    expect(d.speaker?.name).toBe("صحيفة الغارديان");
  });
});

describe("an ultimatum («أمهلت»)", () => {
  it("gives an ultimatum to whoever set it", () => {
    const c = claimWith(
      "وكانت قوات الدعم السريع قد أمهلت، الاثنين الماضي، القوات المتحالفة مع الجيش 48 ساعة لمغادرة المدينة.",
      "48 ساعة",
    );
    expect(c.speaker?.name).toBe("قوات الدعم السريع");
    // (a quoted name between «كان» and «قد»: its quotation marks take no room)
    const d = claimWith(
      "وكانت «الدعم السريع» قد أمهلت الأسبوع الماضي القوات المتحالفة مع الجيش 48 ساعة لمغادرة المدينة.",
      "48 ساعة",
    );
    expect(d.speaker?.name).toBe("الدعم السريع");
  });
});

describe("holding someone to the consequences («محمّلاً X عواقبه»)", () => {
  it("continues the speaker through a participle that lays the consequences on someone", () => {
    const text =
      "وفي اتصال هاتفي مع نظيره، اعتبر وزير الخارجية حسين عبد الله أن الهجوم يشكل «انتهاكاً لكل المواثيق»، محمّلاً الطرف الآخر عواقبه، ومشدداً على ضرورة «رد جدي»، بحسب ما نقلت وكالة «إرنا».";
    expect(claimWith(text, "عواقبه").speaker?.name).toBe("حسين عبد الله");
  });
});

describe("deputies and assistants, names shaped like verbal nouns, a seizure announced", () => {
  const name = (sentence: string, anchor: string) => claimWith(sentence, anchor).speaker?.name;
  it("reads «مساعد وزير …»، «وكيل وزارة …» as titles before the name", () => {
    expect(name("أعلن مساعد وزير الداخلية اللواء محمود توفيق ضبط 40 متهماً بحوزتهم أسلحة.", "40 متهماً")).toBe(
      "محمود توفيق",
    );
    expect(name("وقال وكيل وزارة الصحة أحمد سالم إن المستشفيات جاهزة.", "جاهزة")).toBe("أحمد سالم");
  });

  it("reads envoys, professors, lawyers and judges as titles before the name", () => {
    expect(name("وقال مندوب فلسطين لدى الأمم المتحدة رياض منصور إن الوضع كارثي.", "كارثي")).toBe("رياض منصور");
    expect(name("وقال أستاذ العلوم السياسية في جامعة الكويت محمد الدويهيس إن الخطوة خطيرة.", "خطيرة")).toBe(
      "محمد الدويهيس",
    );
    expect(name("وقال محامي الدفاع سمير ديلو إن الحكم قاس.", "قاس")).toBe("سمير ديلو");
    // («ومحاميه: …» in a headline, and «وقرر قاضي التحقيق …» a clause of its own: both failed before)
    const headline =
      "القضاء يلاحق رجل الأعمال الهارب\n\nومحاميه: لن يعود إلى لبنان\n\nوقال المحامي صخر الهاشم إن موكله لن يعود.";
    expect(claimWith(headline, "لن يعود إلى لبنان").speaker).not.toBeNull();
    const judge = claimWith(
      "ومثل المتهمون التسعة أمام القضاء، وقرر قاضي التحقيق حبسهم احتياطيا على ذمة المحاكمة رغم نفيهم التهم.",
      "حبسهم",
    );
    expect(judge.text.startsWith("وقرر قاضي التحقيق")).toBe(true);
  });

  it("keeps «توفيق» in a name, and «بن مساعد» too", () => {
    expect(name("وأعلن اللواء محمود توفيق ضبط شحنة أسلحة على الحدود.", "شحنة")).toBe("محمود توفيق");
    expect(name("وقال الأمير عبد الرحمن بن مساعد إن الموسم نجح.", "الموسم")).toBe("عبد الرحمن بن مساعد");
  });
});

describe("the given name Ali", () => {
  it("reads «علي» with its ya before a personal name as the name, never «على» the preposition", () => {
    expect(claimWith("وقال علي حسن إن الحكم قاس.", "قاس").speaker?.name).toBe("علي حسن");
    expect(claimWith("وقال علي الأحمدي إن الحكم قاس.", "قاس").speaker?.name).toBe("علي الأحمدي");
    expect(claimWith("وشدد الوزير على ضرورة الحوار.", "ضرورة").speaker?.name).toBe("الوزير");
  });
});

describe("verbs that point back with their object pronoun", () => {
  it("reads «ووصفته وزارة الخارجية بأنه …» and «ونفته الحكومة» as the body's own words", () => {
    const described = claimWith(
      "وأدانت دول عدة القصف. ووصفته وزارة الخارجية بأنه انتهاك للقانون الدولي.",
      "انتهاك للقانون",
    );
    expect(described.speaker?.name).toBe("وزارة الخارجية");
    expect(described.verb).toBe("وصف");
    const denied = claimWith("وتحدثت تقارير عن انسحاب القوات. ونفته الحكومة في بيان.", "ونفته");
    expect(denied.speaker?.name).toBe("الحكومة");
    expect(denied.stance).toBe("denies");
  });
});

describe("a present verb describing an indefinite noun, and «أبان»", () => {
  it("reads «تلقت بلاغاً يفيد بحدوث انفجار» as part of what the spokesman said, never a report by «بحدوث …»", () => {
    const c = claimWith(
      "وقال الناطق الإعلامي بالمديرية العامة للدفاع المدني بمنطقة الرياض الرائد محمد الحمادي إن العمليات تلقت بلاغا يفيد بحدوث انفجار وحريق بمطعم.",
      "بحدوث انفجار",
    );
    expect(c.speaker?.name).toBe("محمد الحمادي");
    expect(c.verb).toBe("قال");
  });

  it("reads «وأبان أنه …» as the spokesman going on", () => {
    const c = claimWith(
      "وأوضح المتحدث باسم الدفاع المدني أن الفرق وصلت إلى الموقع. وأبان أنه جرى عزل موقع الحادث.",
      "عزل موقع",
    );
    expect(c.speaker?.name).toBe("المتحدث باسم الدفاع المدني");
    expect(c.verb).toBe("أبان");
  });
});

describe("statements in the Maghreb's words", () => {
  it("reads «بلاغ للوزارة» and «البلاغ» as the ministry's statement, «أبرزت» as a report, «الحماية المدنية» as a body", () => {
    const text =
      "أعلنت وزارة الداخلية أن الحصيلة ارتفعت إلى 1305 وفيات. وذكر بلاغ للوزارة أنه تم تسجيل 694 وفاة بإقليم الحوز. " +
      "وأفاد البلاغ بأنه تم تسجيل 347 وفاة بإقليم تارودانت. وأبرزت الوزارة أن السلطات تواصل عمليات الإنقاذ.";
    expect(claimWith(text, "694 وفاة").speaker?.name).toBe("وزارة الداخلية");
    expect(claimWith(text, "347 وفاة").speaker?.name).toBe("وزارة الداخلية");
    expect(claimWith(text, "عمليات الإنقاذ").verb).toBe("أبرز");
    expect(claimWith("من جهة أخرى كشفت الحماية المدنية عن وفاة سيدتين.", "سيدتين").speaker?.name).toBe(
      "الحماية المدنية",
    );
  });

  it("never reads the elative «أبرز» as a verb («التي تعد أبرز ائتلاف معارض»)", () => {
    const c = claimWith(
      "وقال أحمد نجيب الشابي، رئيس جبهة الخلاص الوطني التي تعد أبرز ائتلاف معارض، لوكالة فرانس برس إن النتيجة ضعيفة.",
      "ضعيفة",
    );
    expect(c.speaker?.name).toBe("أحمد نجيب الشابي");
  });
});

describe("bodies in indefinite construct chains, described outlets, a channel's own correspondent", () => {
  it("reads «مركز عمليات طوارئ الصحة العامة» and «إذاعة عبرية» whole", () => {
    expect(
      claimWith("فيما أعلن مركز عمليات طوارئ الصحة العامة، في بيان، أن الغارة أدت إلى مقتل شخصين.", "مقتل شخصين")
        .speaker?.name,
    ).toBe("مركز عمليات طوارئ الصحة العامة");
    expect(claimWith("في ذات الأثناء، زعمت إذاعة عبرية بأنه جرى قتل عنصرين.", "عنصرين").speaker?.name).toBe(
      "إذاعة عبرية",
    );
  });

  it("gives «أفادت قناة الجزيرة نقلاً عن مراسلها أن …» to the channel, never to «مراسلها»", () => {
    const c = claimWith("وأفادت قناة الجزيرة نقلا عن مراسلها أن الطيران الحربي أغار على البلدة.", "أغار");
    expect(c.speaker?.name).toBe("قناة الجزيرة");
  });
});

describe("committees, «للجان», and adverbs of place that open no name", () => {
  it("reads «ووفقاً للجان التنسيق المحلية» as the committees, keeping their own ل", () => {
    const c = claimWith("ووفقا للجان التنسيق المحلية فإن خمسة قتلى سقطوا اليوم في درعا.", "خمسة قتلى");
    expect(c.speaker?.name).toBe("لجان التنسيق المحلية");
  });

  it("never names «داخل الحي» as a speaker", () => {
    const text =
      "ونفى قياديان من الفصائل المرابطة على أطراف الحي استهداف المدنيين داخل الحي مشيرين إلى أن منطقة الاشتباك خالية، وقال القائد العام للكتائب إن القذائف بدائية.";
    const c = claimWith(text, "استهداف المدنيين");
    expect(c.speaker?.name ?? "").not.toMatch(/^داخل/u);
  });
});

describe("unnamed groups in opposition, and their objects", () => {
  it("ends «ناشطون معارضون» before the object it circulated («خبر الاستهداف»), and keeps «مصدر معارض» whole", () => {
    const c = claimWith(
      "فيما تداول ناشطون معارضون خبر الاستهداف على أنه قصف يطال مواقع تابعة لقوات النظام.",
      "قصف يطال",
    );
    expect(c.speaker?.name).toBe("ناشطون معارضون");
    expect(claimWith("وقال مصدر معارض إن القصف استمر حتى الفجر.", "الفجر").speaker?.name).toBe("مصدر معارض");
  });
});

describe("attribution: the given name Ali closing a name, and wires credited beside a named speaker", () => {
  it("reads «علي» spelt with its ya before «إن», or after a bare personal name, as the end of the name", () => {
    expect(claimWith("وقال المحافظ خالد علي إن المياه غمرت ثلاث قرى.", "ثلاث قرى").speaker?.name).toBe(
      "المحافظ خالد علي",
    );
    expect(claimWith("وأوضح سمير علي أن الطريق أُغلق منذ الصباح.", "الطريق").speaker?.name).toBe("سمير علي");
    // (the preposition keeps its place: «أكد الوزير على أن …» is what the minister insisted on)
    const c = claimWith("وأكد الوزير على أن الحوار هو السبيل الوحيد.", "الحوار");
    expect(c.speaker?.name).toBe("الوزير");
    expect(c.text).toContain("على أن الحوار");
  });

  it("keeps a wire or a paper credited after, or beside, a speaker who is named as the link", () => {
    expect(
      claimWith("وقال محافظ البنك خالد سعيد إن الاحتياطي يكفي ستة أشهر، بحسب وكالة الأنباء الألمانية.", "الاحتياطي")
        .via,
    ).toEqual(["وكالة الأنباء الألمانية"]);
    const mid = claimWith("وقال وزير النقل، وفق ما نقلته رويترز، إن الميناء سيُفتح غداً.", "الميناء");
    expect(mid.speaker?.name).toBe("وزير النقل");
    expect(mid.via).toEqual(["رويترز"]);
    // (a state wire by its acronym, in quotation marks)
    expect(claimWith('وقال رئيس البلدية إن القصف طال المدرسة، بحسب "وفا".', "المدرسة").via).toEqual(["وفا"]);
    expect(claimWith("وأكد الناطق العسكري أن الهدوء عاد، حسبما نقلت عنه «سبأ».", "الهدوء").via).toEqual(["سبأ"]);
    // (a body the figures rest on is no wire: «بحسب إحصاء الوزارة» inside what is said stays in the content)
    expect(claimWith("وقال الوزير إن 40 شخصاً قُتلوا بحسب إحصاء الوزارة.", "40 شخصاً").via).toEqual([]);
  });
});

describe("attribution: quoted titles after their noun, and «وفقاً لمصدر» glued", () => {
  it("reads a short quoted title after its noun as a name, whatever verb opens it", () => {
    // («رأي» spells the verb «رأى»; after «ببرنامج» in quotation marks it is the programme's name)
    const c = claimWith(
      "وأضاف المتحدث هشام فؤاد، خلال اتصال هاتفي ببرنامج «رأي حر»، أن الشائعات تنتشر من حسابات مجهولة.",
      "الشائعات",
    );
    expect(c.speaker?.name).toContain("هشام فؤاد");
    expect(claimWith("ورفع المحتجون لافتات تحت شعار «قال الشعب كلمته» أمام البرلمان.", "لافتات").speaker).toBeNull();
  });

  it("drops the ل glued to an indefinite source after «وفقاً/طبقاً»", () => {
    expect(claimWith("وانسحب المسلحون من البلدة ليلاً، وفقاً لمصدر محلي.", "المسلحون").speaker?.name).toBe("مصدر محلي");
    expect(claimWith("وتضررت 40 مدرسة طبقاً لمصادر تربوية.", "40 مدرسة").speaker?.name).toMatch(/^مصادر|^مصدر/u);
    // (a name that itself opens with ل keeps it)
    expect(claimWith("وأُغلقت المعابر وفقاً للجنة الطوارئ.", "المعابر").speaker?.name).toBe("لجنة الطوارئ");
  });
});

describe("attribution: offices named by «خلية/غرفة/ديوان», and a speaker never its own link", () => {
  it("reads «خلية الإعلام الأمني» and «غرفة العمليات» as bodies that announce a noun («أعلنت … عن مقتل …»)", () => {
    expect(claimWith("أعلنت خلية الإعلام الأمني، الاثنين، عن مقتل أربعة مسلحين في كركوك.", "أربعة").speaker?.name).toBe(
      "خلية الإعلام الأمني",
    );
    expect(claimWith("وأعلنت غرفة العمليات المشتركة إغلاق الطريق الدولي.", "الطريق").speaker?.name).toBe(
      "غرفة العمليات المشتركة",
    );
  });

  it("never lists the speaker among the links the words came through", () => {
    const c = claimWith(
      "وكانت النيابة العامة اتهمت المتهمين بتأسيس مجموعة تدعى «شباب الغد»، ونسبت إليهم تمويلها من الخارج.",
      "المتهمين",
    );
    expect(c.speaker?.name).toBe("النيابة العامة");
    expect(c.via).not.toContain("النيابة العامة");
  });
});

describe("attribution: a carried verb agrees in gender with whom it continues", () => {
  const speakersOf = (text: string) =>
    extractArticle({ source: "fixture.txt", text }).claims.map((c) => c.speaker?.name ?? null);

  it("goes back past a spokesman to the ministry for «وأضافت», and past a ministry to the minister for «مضيفاً»", () => {
    expect(
      speakersOf(
        "وقالت وزارة البيئة في بيان إن التسرب توقف مساء الأحد.\n\nوقال المتحدث باسم الوزارة سامر نجيب إن فرق التنظيف انتشرت على الشاطئ.\n\nوأضافت أن التحقيق في أسباب التسرب ما زال جارياً.",
      ),
    ).toEqual(["وزارة البيئة", "سامر نجيب", "وزارة البيئة"]);
    const s = speakersOf(
      "وقال وزير الزراعة عادل فهمي إن المحصول تضرر.\n\nوأعلنت الوزارة صرف تعويضات للمزارعين.\n\nمضيفاً أن الصرف يبدأ الشهر المقبل.",
    );
    expect(s[2]).toContain("عادل فهمي");
  });

  it("keeps the last speaker when the gender is unclear (a bare name, a present tense)", () => {
    const s = speakersOf(
      "وقالت الهيئة إن المياه ملوثة.\n\nويقول سامي فؤاد إن العينات أُرسلت.\n\nوأضافت أن النتائج تصدر غداً.",
    );
    // (a bare personal name may be a woman's, and a present tense does not tell)
    expect(s[2]).toBe("سامي فؤاد");
    // (a past verb does: «وقال سامي فؤاد» names a man, so «وأضافت» goes back to the body)
    const t = speakersOf(
      "وقالت الهيئة إن المياه ملوثة.\n\nوقال سامي فؤاد إن العينات أُرسلت.\n\nوأضافت أن النتائج تصدر غداً.",
    );
    expect(t[2]).toBe("الهيئة");
  });

  it("agrees with the word the verb named a speaker by: «وأضاف البيان» is masculine, though its issuer is a ministry", () => {
    const s = speakersOf(
      "وقال مصدر أمني إن التحقيق بدأ.\n\nوأصدرت وزارة الداخلية بيانا قالت فيه إنها أنهت فحص الموقع.\n\nوأضاف البيان: «الوزارة وحدها تصدر المعلومات».\n\nوتابع: «نهيب بوسائل الإعلام عدم النشر».",
    );
    expect(s).toEqual(["مصدر أمني", "وزارة الداخلية", "وزارة الداخلية", "وزارة الداخلية"]);
    // (a verb that agrees with the agency relaying, not with the speaker after «عن», tells nothing of the speaker)
    const r = speakersOf(
      "وقال مدير الشركة إن العمل توقف.\n\nونقلت وكالة الأنباء الرسمية عن الوزير سالم العلي قوله إن التعويضات ستصرف.\n\nوأضاف أن الصرف يبدأ غداً.",
    );
    expect(r[2]).toContain("سالم العلي");
  });
});

describe("attribution: a verb pointing back to a channel just put out («بياناً قالت فيه»)", () => {
  it("gives the words to whoever issued the statement or gave the speech, with the channel as its link", () => {
    const a = claimWith("وأصدرت وزارة الداخلية بياناً قالت فيه إنها أنهت فحص الموقع.", "فحص");
    expect(a.speaker?.name).toBe("وزارة الداخلية");
    expect(a.via).toEqual(["بيان"]);
    const b = claimWith("وأصدرت وزارة الداخلية بياناً حول الحادث قالت فيه إنها أنهت فحص الموقع.", "فحص");
    expect(b.speaker?.name).toBe("وزارة الداخلية");
    // (a masculine verb after a noun in ة is no construct when it points back to that noun)
    const c = claimWith("وألقى الرئيس كلمة متلفزة قال فيها إن البلاد صامدة.", "صامدة");
    expect(c.speaker?.name).toBe("الرئيس");
    expect(c.via).toEqual(["كلمة"]);
  });
});

describe("attribution: asides on a source, and who gave a toll", () => {
  it("reads a quotation after a name and a bracketed age as the words said", () => {
    expect(claimWith('وقال عبد القدوس (32 عاما) "الوضع مرعب، المدينة كلها خائفة".', "مرعب").speaker?.name).toBe(
      "عبد القدوس",
    );
    expect(claimWith('وقال سامر كريمي (45 عاماً) "لم ننم".', "ننم").speaker?.name).toBe("سامر كريمي");
  });

  it("skips speaking on condition of anonymity, or to an outlet, after the source", () => {
    const a = claimWith("نقلت الصحيفة عن مسؤول، تحدث شرط عدم كشف هويته، أن المادة انفجرت.", "المادة");
    expect(a.speaker?.name).toBe("مسؤول");
    expect(a.via).toEqual(["الصحيفة"]);
    const b = claimWith("وقال مصدر عسكري تحدث لرويترز إن الهجوم فشل.", "الهجوم");
    expect(b.speaker?.name).toBe("مصدر عسكري");
    expect(b.via).toEqual(["رويترز"]);
    expect(claimWith("وقال شهود عيان تحدثوا إلى الوكالة إن القصف استمر.", "القصف").speaker?.name).toBe("شهود عيان");
    // (the source's own verb, with no clause before it, still reports)
    expect(claimWith("وتحدث الوزير لرويترز عن خطة لإعادة الإعمار.", "خطة").speaker?.name).toBe("الوزير");
  });

  it("ends an unnamed group at a plural verb opening a relative clause on it", () => {
    const c = claimWith(
      "ونقلت الصحيفة عن خبراء متفجرات حللوا أكثر من 90 مقطعا أن مادة كيميائية اشتعلت أولا.",
      "كيميائية",
    );
    expect(c.speaker?.name).toBe("خبراء متفجرات");
  });

  it("gives a toll or figures to the source named after «التي أعلنها», and the latest figures of a body to the body", () => {
    const c = claimWith(
      "وكانت الحصيلة الأولية التي أعلنها مدير الصحة في الولاية سامر عبيد بعد ظهر السبت لا تتجاوز 14 قتيلاً.",
      "14 قتيلاً",
    );
    expect(c.speaker?.name).toBe("سامر عبيد");
    // (not when a verb of the clause reports before it: the figures are what the campaigns denounced)
    expect(
      claimWith("ونددت الحملات الثلاث ببيان مشترك بتضارب الأرقام التي أعلنها رئيس الهيئة.", "تضارب").speaker?.name,
    ).toBe("الحملات الثلاث");
    expect(claimWith("إذ تتحدث أحدث أرقام الحكومة عن نحو 2400 قتيل.", "2400").speaker?.name).toBe("الحكومة");
    // (and a rate a body announced, «أعلن عنه» pointing back to it)
    expect(
      claimWith("وسجل معدل التضخم السنوي لإجمالي البلاد الذي أعلن عنه جهاز الإحصاء 6.5% بنهاية ديسمبر.", "6.5%").speaker
        ?.name,
    ).toBe("جهاز الإحصاء");
  });

  it("gives «وبحسب هؤلاء، …» and «ورجّح هؤلاء أن …» to the source named just before", () => {
    const cs = extractArticle({
      source: "fixture.txt",
      text: "غير أن مراقبين يلفتون إلى أن النسبة احتسبت من 21.4 مليون ناخب.\n\nوبحسب هؤلاء، لا تتعدى المشاركة الفعلية نحو 41 في المائة.",
    }).claims;
    expect(cs.map((c) => c.speaker?.name)).toEqual(["مراقبين", "مراقبين"]);
  });

  it("reads «…، بحسب ما نقلت عنه وكالة الأنباء» as the speaker's words relayed by the agency", () => {
    const cs = extractArticle({
      source: "fixture.txt",
      text: "وأوضح المدير العام سامر عبيد أن أكثر من ألف شخص أصيبوا، فيما لا يزال 138 منهم يرقدون فيها، بحسب ما نقلت عنه وكالة الأنباء الرسمية.",
    }).claims;
    const last = cs.at(-1);
    expect(last?.speaker?.name).toBe("سامر عبيد");
    expect(last?.via).toContain("وكالة الأنباء الرسمية");
  });

  it("ends a source credited with «بحسب» at a relative clause of its own («بحسب الوزارة التي أعلنت …»)", () => {
    const c = claimWith("قتل شرطيان في تبادل لإطلاق النار، بحسب وزارة الداخلية التي أعلنت توقيف 14 شخصا.", "شرطيان");
    expect(c.speaker?.name).toBe("وزارة الداخلية");
    // (with a pronoun taking the figures up, the relative names who gave them)
    expect(claimWith("وبلغت نسبة المشاركة 26%، وفق الأرقام التي أعلنها رئيس الهيئة.", "26%").speaker?.name).toBe(
      "رئيس الهيئة",
    );
  });

  it("reads «قبل أن يصحح الوزير الرقم» as a correction reported, and «قبل أن» never as content", () => {
    const cs = extractArticle({
      source: "fixture.txt",
      text: "وكانت الوزارة قد أعلنت أن عدد القتلى بلغ 2053 شخصا، قبل أن يصحح وزير الصحة سامر عبيد الرقم.",
    }).claims;
    expect(cs.map((c) => c.speaker?.name)).toEqual(["الوزارة", "سامر عبيد"]);
    expect(claimWith("ونقلت الشاحنة البضائع قبل أن تصل إلى الميناء.", "الشاحنة").speaker).toBeNull();
  });

  it("reads «، معرباً عن …» after a clause of a named subject as that subject's words", () => {
    const c = claimWith("وتفقد الرئيس سامر عبيد الموقع وزار الجرحى، معربا عن امتنانه لعناصر الإطفاء.", "امتنانه");
    expect(c.speaker?.name).toBe("سامر عبيد");
  });
});

describe("attribution: before whom words were said, a quoted name before a time, what another source calls it", () => {
  it("cuts «أمام البرلمان» off the speaker, and reads «فليتشر أمام مجلس الأمن:» as a headline's source", () => {
    const c = claimWith("وقال الوزير سامر عبيد أمام البرلمان إن الوضع مستقر.", "مستقر");
    expect(c.speaker?.name).toBe("سامر عبيد");
    expect(c.speaker?.role).toBe("الوزير");
    const cs = extractArticle({
      source: "fixture.txt",
      text: "عبيد أمام مجلس الأمن: نحو 500 مريض قتلوا في مستشفى واحد\n\nقال وكيل الأمين العام سامر عبيد إن الوضع مروع.",
    }).claims;
    expect(cs[0]?.speaker?.name).toBe("سامر عبيد");
    // («إمام», with its hamza below, is a title, not the preposition)
    expect(claimWith("وقال إمام المسجد سامر عبيد إن الصلاة أقيمت.", "الصلاة").speaker?.name).toBe("سامر عبيد");
  });

  it("reads a short quoted name followed by a time as the subject, not as the words said", () => {
    const c = claimWith("وبعد ساعات، أعلنت «الدعم السريع» أمس (الخميس) القبض على قائد ميداني.", "القبض");
    expect(c.speaker?.name).toBe("الدعم السريع");
  });

  it("gives «، في ما تصفه الأمم المتحدة بأنه …» to the UN as a claim of its own, whole-named", () => {
    const cs = extractArticle({
      source: "fixture.txt",
      text: "واندلعت الحرب قبل عامين، وأسفرت عن مقتل عشرات الآلاف، في ما تصفه الأمم المتحدة بأنه أسوأ أزمة إنسانية.",
    }).claims;
    expect(cs.map((c) => c.speaker?.name ?? null)).toEqual([null, "الأمم المتحدة"]);
    // (a verb carrying its object as a pronoun has no object after its subject to cut off)
    expect(claimWith("فيما وصفته منظمة الصحة العالمية بأنه انتهاك.", "انتهاك").speaker?.name).toBe(
      "منظمة الصحة العالمية",
    );
    // («بما وصفته» is what the same subject denounced: one claim)
    const d = extractArticle({
      source: "fixture.txt",
      text: "ونددت الحملات الثلاث، في بيان مشترك، بما وصفته بتضارب الأرقام التي أعلنها رئيس الهيئة.",
    }).claims;
    expect(d.map((c) => c.speaker?.name)).toEqual(["الحملات الثلاث"]);
  });
});

describe("attribution: «وفي السياق ذاته أضاف X», a quoted name set off by a semicolon", () => {
  it("reads «ذاته» before a verb as a pronoun, not a feminine noun in construct with the verb", () => {
    expect(claimWith("وفي السياق ذاته أضاف المصدر أن أعداد المصابين مرشحة للزيادة.", "مرشحة").speaker?.name).toBe(
      "المصدر",
    );
    expect(claimWith("وفي الإطار نفسه أكد الوزير أن الخطة جاهزة.", "جاهزة").speaker?.name).toBe("الوزير");
  });

  it("reads «وقال «X»؛ …، إن: …» with the quoted name as the speaker", () => {
    const c = claimWith('وقال "الأبيض"؛ في مؤتمر صحافي، إن: "أول شحنات المساعدات وصلت من العراق".', "شحنات");
    expect(c.speaker?.name).toBe("الأبيض");
    expect(claimWith('وأضاف "الأبيض"؛ أن: "1800 مصاب احتاجوا دخول المستشفيات".', "1800").speaker?.name).toBe("الأبيض");
  });
});

describe("attribution: «وهو ما» taking nothing up, and a name ended by «قد» + its verb", () => {
  it("names no one in «وهو ما رفع تكاليف الشحن» (ما is the subject), but keeps «وهو ما نفاه X»", () => {
    expect(claimWith("وهو ما رفع تكاليف الشحن وأطال زمن الرحلات بين آسيا وأوروبا.", "تكاليف").speaker).toBeNull();
    expect(claimWith("وهو ما نفاه مكتب الوزير.", "نفاه").speaker?.name).toBe("مكتب الوزير");
  });

  it("carries no earlier speaker into «وقاطعت معظم الأحزاب الاقتراع، …، معتبرة أن …»", () => {
    const cs = extractArticle({
      source: "fixture.txt",
      text: "وقالت الهيئة في بيان إن النتائج نهائية.\n\nوقاطعت معظم الأحزاب الاقتراع، وفي مقدمها حركة النهضة، معتبرة أن ما جرى «انقلاب».",
    }).claims;
    // (the boycott and the parties' view are two claims since the participle is cut off an act told by the outlet)
    expect(cs.map((c) => c.speaker?.name ?? null)).toEqual(["الهيئة", null, null]);
  });

  it("ends «وكان رئيس الوزراء X قد تفقد موقع الحريق …، ورأى …» at the name", () => {
    const c = claimWith(
      "وكان رئيس الوزراء سامر عبيد قد تفقد موقع الحريق الخميس، ورأى، بحسب بيان حكومي، أن الكارثة وقعت نتيجة الإهمال.",
      "الكارثة",
    );
    expect(c.speaker?.name).toBe("سامر عبيد");
  });
});

describe("attribution: present verbs in the plural", () => {
  it("reads «يلفتون/يشيرون/يعتبرون» as reports, with the subject before them", () => {
    const c = claimWith(
      "غير أن مراقبين ومختصين في الشأن الانتخابي يلفتون إلى أن النسبة احتسبت من 21.4 مليون ناخب.",
      "احتسبت",
    );
    expect(c.speaker?.name).toContain("مراقبين");
    expect(claimWith("والخبراء يعتبرون أن الخطة متأخرة.", "متأخرة").speaker?.name).toBe("الخبراء");
  });

  it("reads a masculine dual of saying («أفادا»، «قالا») as a report, but not an accusative noun («نقلاً»، «حذراً»)", () => {
    expect(
      claimWith("وكان مصدران أمنيان قد أفادا فرانس برس الأحد بحصيلة أولية بلغت 27 قتيلا.", "27").speaker?.name,
    ).toBe("مصدران أمنيان");
    const c = claimWith("أما الوكالة فأفادت، نقلاً عن أشخاص مطلعين، بأن الطلب تجاوز العرض.", "الطلب");
    expect(c.speaker?.name).toContain("أشخاص");
    expect(claimWith("وقال الوزير إن العمل يتطلب حذراً بسبب وجود حقول ألغام.", "ألغام").speaker?.name).toBe("الوزير");
  });

  it("reads «على مسافة تقدر بنحو 120 كيلومتراً» as a passive, with no one estimating", () => {
    const c = claimWith(
      "وأوضح المسؤول، في تصريح للوكالة، أن الجثث عثر عليها على الشريط الساحلي، على مسافة تقدر بنحو 120 كيلومتراً، دون أن يحدد عدد المفقودين.",
      "الجثث",
    );
    expect(c.speaker?.name).toBe("المسؤول");
  });

  it("never takes words opening on a plural verb before «، وقالت» as the subject («… مواطناً قضوا في الكارثة»)", () => {
    const c = claimWith(
      "ونعت البعثة الدائمة في جنيف «أكثر من 60» مواطناً قضوا في الكارثة، وقالت في منشور إن السلطات تحقق في الحادث.",
      "تحقق",
    );
    expect(c.speaker?.name).toContain("البعثة");
  });

  it("never takes the phrase after a plural verb as its subject: it is the object", () => {
    const c = claimWith("ناجون من المركب يتهمون خفر السواحل بجر قاربهم قبل انقلابه", "بجر");
    expect(c.speaker?.name ?? null).not.toContain("خفر السواحل");
  });
});

describe("attribution: objects that looked like subjects, and an agency told by its quoted name", () => {
  it("reads «أكد سيطرته» and «أعلن الجيش السيطرة على …» as objects, not names", () => {
    expect(claimWith("ونفى الجيش انسحابه من البلدة وأكد سيطرته على الطريق.", "الطريق").speaker?.name).toBe("الجيش");
    expect(claimWith("وأعلنت قوات الأمن السيطرة على مبنى الإذاعة.", "مبنى").speaker?.name).toBe("قوات الأمن");
    // (a person tied to someone, by a pronoun, still speaks)
    expect(claimWith("وقال محاميه إن الجلسة أُجلت إلى الشهر المقبل.", "الجلسة").speaker?.name).toBe("محاميه");
  });

  it("takes an outlet's head and its quoted name after a complete subject as whom the words were given to", () => {
    const c = claimWith("وأبلغ المصدر وكالة «أنباء الشرق» أن الاشتباكات توقفت فجراً.", "الاشتباكات");
    expect(c.speaker?.name).toBe("المصدر");
    expect(c.via).toEqual(["وكالة أنباء الشرق"]);
  });
});

describe("attribution: «وصف X Y بالـ…», a place set off by commas, and clauses opening with a particle", () => {
  it("reads what something is called after its subject and object as the content, keeping a family name in ال", () => {
    expect(claimWith("ووصف وزير الخارجية المحادثات بالبناءة.", "المحادثات").speaker?.name).toBe("وزير الخارجية");
    expect(claimWith("ووصف الدكتور سامر يوسف الحلبي الاتفاق بأنه خطوة أولى.", "خطوة").speaker?.name).toContain(
      "سامر يوسف الحلبي",
    );
  });

  it("never names an adjunct of place or a clause opening with «ما» as the speaker", () => {
    const text =
      "وقال وزير النقل إن الطريق سيُفتح قريباً.\n\nوأضاف في تصريح خاص، بالعاصمة عمّان، إلى أن الأشغال تسير وفق الجدول.\n\nلكنه غالباً ما ينتقد المقاولين، يقول إنهم يتأخرون.";
    const names = extractArticle({ source: "fixture.txt", text }).claims.map((c) => c.speaker?.name ?? null);
    expect(names.some((n) => n?.startsWith("بالعاصمة"))).toBe(false);
    expect(names.some((n) => n?.startsWith("ما "))).toBe(false);
  });
});

describe("attribution: a wire named in full, then by its acronym", () => {
  it("keeps «وكالة … سانا» one speaker, with no link to itself", () => {
    const c = claimWith("وقالت وكالة الأنباء السورية الرسمية سانا إن الدفاعات الجوية تصدت للصواريخ.", "الدفاعات");
    expect(c.speaker?.name).toBe("وكالة الأنباء السورية الرسمية");
    expect(c.via).toEqual([]);
  });
});

describe("attribution: Maghreb «ذات المصدر», a toll as a bare statement, «أكد … في تصريح …، على …»", () => {
  const speakersOf = (text: string) =>
    extractArticle({ source: "fixture.txt", text }).claims.map((c) => c.speaker?.name ?? null);

  it("reads «ذات المصدر»/«نفس الجهة» and «وأوضحت الحصيلة» as the speaker before", () => {
    const s = speakersOf(
      "توفي 12 شخصا في حوادث مرور خلال يومين، حسبما أفادت المديرية العامة للحماية المدنية في بيان.\n\nوأوضح ذات المصدر أن أثقل حصيلة سجلت بولاية سطيف.\n\nوأشارت الحصيلة إلى أن الوحدات تدخلت في 40 حريقاً.",
    );
    for (const name of s) expect(name).toContain("حماية المدنية");
  });

  it("finds what is insisted on after a long subject closed by a channel and a comma", () => {
    const c = claimWith(
      "وأكد المكلف بالإعلام في المديرية العامة للأمن الوطني العميد سمير بلعيد في تصريح للإذاعة، على توقيف 14 مشتبهاً.",
      "توقيف",
    );
    expect(c.speaker?.name).toContain("سمير بلعيد");
  });
});

describe("attribution: honorifics, a numbered channel, and a source described by the relay", () => {
  it("reads «وأوضح معاليه» after a sentence that only names the dignitary, and cuts «خلال استقباله …» off «سموه»", () => {
    const cs = extractArticle({
      source: "fixture.txt",
      text: "ودشن وزير الصحة فهد سالم اليوم حملة التطعيم.\n\nوأوضح معاليه أن الحملة تستهدف مليوني مستفيد.\n\nوأكد سموه خلال استقباله الوفد أن المملكة ماضية في دعم الجهود.",
    }).claims;
    expect(cs.map((c) => c.speaker?.name ?? null)).toEqual([null, "فهد سالم", "فهد سالم"]);
  });

  it("reads «ونوّه الوزير بما تحقق …» and «ورحب X بما …» as statements; «وقدّر كلفة الأضرار بما بين …» keeps its estimator", () => {
    expect(claimWith("ونوه الوزير بما تحقق من إنجازات خلال العام الماضي.", "إنجازات").speaker?.name).toBe("الوزير");
    expect(claimWith("ورحب الأمين العام بما توصل إليه الطرفان.", "الطرفان").speaker?.name).toBe("الأمين العام");
    const cs = extractArticle({
      source: "fixture.txt",
      text: "وقال المحافظ سامر عبيد إن المرفأ دمر.\n\nوقدّر كلفة الأضرار بما بين ثلاثة وخمسة مليارات دولار.",
    }).claims;
    expect(cs[1]?.speaker?.name).toBe("سامر عبيد");
  });

  it("gives «وأشار التقرير إلى …» to whoever issued the report the article mentioned, past a speaker in between", () => {
    const cs = extractArticle({
      source: "fixture.txt",
      text: "وأفاد مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في تقريره اليومي بأن 12 ألف شخص نزحوا.\n\nوذكر شهود عيان لوكالة فرانس برس أن الطائرات قصفت السوق.\n\nوأشار التقرير إلى أن 25 مليون شخص يحتاجون إلى مساعدات.",
    }).claims;
    expect(cs[2]?.speaker?.name).toBe("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية");
  });

  it("keeps a body's statement the body's, not its leader's whose role names it", () => {
    const cs = extractArticle({
      source: "fixture.txt",
      text: "وقال قائد قوات الدعم السريع محمد حمدان دقلو إن لجان تحقيق وصلت إلى المدينة.\n\nوبعد ساعات، أعلنت «الدعم السريع» أمس (الخميس) القبض على قائد ميداني.",
    }).claims;
    expect(cs[1]?.speaker?.name).toBe("الدعم السريع");
  });

  it("reads «وقال معاليه» as the dignitary named before", () => {
    const names = extractArticle({
      source: "fixture.txt",
      text: "أعلن معالي الدكتور سالم بن راشد الحارثي وزير الصحة تسجيل 120 إصابة جديدة.\n\nوقال معاليه إن الوضع تحت السيطرة.",
    }).claims.map((c) => c.speaker?.name ?? "");
    expect(names[1]).toContain("سالم بن راشد الحارثي");
  });

  it("keeps a channel's number in its name and ends a source at «وصفته بـ…»", () => {
    const c = claimWith("نقلت القناة الـ13 العبرية عن مصدر أمني وصفته بالمطلع قوله إن المحادثات توقفت.", "المحادثات");
    expect(c.speaker?.name).toBe("مصدر أمني");
    expect(c.via[0]).toContain("13");
  });
});

describe("attribution: the medium told, definite, after a name; «وفقاً لقناة …» beside a speaker", () => {
  it("takes «للتلفزيون الرسمي»، «للصحيفة» after a name as the link, not a role's genitive before one", () => {
    const c = claimWith("وقال وزير الداخلية سامي الكبير للتلفزيون الرسمي إن الحدود مغلقة.", "الحدود");
    expect(c.speaker?.name).toContain("سامي الكبير");
    expect(c.speaker?.name).not.toContain("للتلفزيون");
    expect(c.via).toContain("التلفزيون الرسمي");
    const r = claimWith("وقال المستشار الإعلامي للوكالة رامي عوض إن المدارس مكتظة.", "المدارس");
    expect(r.speaker?.name).toContain("رامي عوض");
  });

  it("keeps a channel credited with «وفقاً لـ» beside a named speaker as the link", () => {
    const c = claimWith("وأعلن المرصد، وفقاً لقناة «المشرق» المحلية، أن القصف استمر ليلاً.", "القصف");
    expect(c.via).toEqual(["قناة المشرق المحلية"]);
  });
});

describe("attribution: «وصف X الوضع في …» keeps the place phrase with the object", () => {
  it("ends the subject before the object and its prepositional phrase, not inside the phrase", () => {
    expect(
      claimWith("ووصف مستشار حاكم الإقليم الشمالي سعيد المرابط الوضع في محيط الوادي بأنه «صعب جداً».", "صعب").speaker
        ?.name,
    ).toContain("سعيد المرابط");
    // (a place the role is held in stays in the role)
    expect(
      claimWith("ووصف ممثل المنظمة في ليبيا جان دوبري حجم الأضرار بأنه «غير مسبوق».", "مسبوق").speaker?.name,
    ).toContain("جان دوبري");
  });
});

describe("attribution: a title serving a known body, then a place and a name", () => {
  it("reads «ممثل يونيسف في السودان X» as X, not as the body", () => {
    expect(claimWith("وقال ممثل يونيسف في اليمن بيتر هوكينز إن الأطفال يدفعون الثمن.", "الأطفال").speaker?.name).toBe(
      "بيتر هوكينز",
    );
    // (a bare personal name before «في» still ends there: where the words were said)
    expect(claimWith("وقال أردوغان في أنقرة إن الحكومة ستعيد البناء.", "الحكومة").speaker?.name).toBe("أردوغان");
  });
});

describe("attribution: warnings past an aside, the public called on, «خلال مداخلته»", () => {
  it("finds what is warned of after «X، role، من …» or a bare name", () => {
    expect(
      claimWith("وحذّر سامي الفرا، المتحدث باسم هيئة الطيران، من تأخر الرحلات طوال الأسبوع.", "تأخر").speaker?.name,
    ).toContain("سامي الفرا");
    expect(claimWith("حذر سامي الفرا من تأخر الرحلات.", "تأخر").speaker?.name).toContain("سامي الفرا");
    // (the warned before «من» stay out of the name)
    const warned = claimWith("وحذر المتحدث باسم الجيش رامي كوهين سكان البلدة من العودة.", "العودة").speaker?.name;
    expect(warned).toContain("كوهين");
    expect(warned).not.toContain("سكان");
  });

  it("never names the public a call is addressed to", () => {
    const names = extractArticle({
      source: "fixture.txt",
      text: "وقال مدير الدفاع المدني رامي سعد إن الطرق مغلقة.\n\nودعا الجمهور إلى تجنب الأودية.\n\nوحث المدير الجميع على متابعة النشرات.",
    }).claims.map((c) => c.speaker?.name ?? "");
    expect(names[1]).toContain("رامي سعد");
    expect(names[2]).not.toContain("الجميع");
  });

  it("reads «خلال مداخلته» as the occasion, not part of the name", () => {
    expect(claimWith("وأوضح سمير بدر خلال مداخلته عبر قناة «المدينة»، أن الجسر مغلق.", "الجسر").speaker?.name).toBe(
      "سمير بدر",
    );
  });
});

describe("attribution: an adverb of response opening the sentence", () => {
  it("reads «وردا على سؤال …، قال …» as the speaker before, not as a name", () => {
    const names = extractArticle({
      source: "fixture.txt",
      text: "وقال النائب سامي الحلو إن الجلسة تأجلت.\n\nوردا على سؤال لصحيفة محلية، قال: «الموعد الجديد لم يحدد».",
    }).claims.map((c) => c.speaker?.name ?? "");
    expect(names[1]).toContain("سامي الحلو");
  });
});

describe("attribution: plural titles and shares of a group as subjects", () => {
  it("reads «وأعلن المحافظون …» and «وأعلن عدد من المحافظين …» with a noun object as theirs", () => {
    expect(claimWith("وأعلن عدد من المحافظين رفع أجرة النقل الداخلي.", "أجرة").speaker?.name).toBe("عدد من المحافظين");
    expect(claimWith("وأعلن المحافظون تعليق الدراسة يومين.", "الدراسة").speaker?.name).toBe("المحافظون");
    // («عدد السكان» is a measure, not a share of people)
    expect(claimWith("ويُقدَّر عدد السكان بنحو مليون نسمة.", "مليون").speaker).toBeNull();
  });

  it("never names the peoples a call is addressed to", () => {
    const names = extractArticle({
      source: "fixture.txt",
      text: "وقالت الحركة في بيان إن الهجوم رد على الحصار.\n\nودعت شعوب المنطقة إلى التظاهر.",
    }).claims.map((c) => c.speaker?.name ?? "");
    expect(names[1]).toBe(names[0]);
  });
});

describe("attribution: «اعتبر X Y Z» with what is deemed in the accusative", () => {
  it("reads the deemer as the speaker, the object out of the name, and leaves the passive alone", () => {
    expect(claimWith("واعتبر الوزير القرار خطأً كبيراً.", "خطأً").speaker?.name).toBe("الوزير");
    expect(claimWith("فيما اعتبر الاتحاد الأفريقي استهدافه «عملاً إجرامياً».", "إجرامياً").speaker?.name).toBe(
      "الاتحاد الأفريقي",
    );
    expect(claimWith("واعتُبرت الصفقة اختباراً لثقة المستثمرين.", "اختباراً").speaker).toBeNull();
    // («اعتبر وزير الخارجية أن …» keeps its whole subject)
    expect(claimWith("واعتبر وزير الخارجية أن القرار خاطئ.", "خاطئ").speaker?.name).toBe("وزير الخارجية");
  });
});

describe("attribution: Ali before a title, a body after «في», «فقد» before the verb", () => {
  it("reads «علي» as the given name when a title follows the name, with or without commas", () => {
    expect(claimWith("قال علي حسين مدير الإسعاف في مدينة بيدوا إن الانفجار أوقع 12 قتيلاً.", "أوقع").speaker?.name).toBe(
      "علي حسين",
    );
    expect(claimWith("وقال علي حسين، مدير الإسعاف، إن المصابين نقلوا إلى المستشفى.", "المصابين").speaker?.name).toBe(
      "علي حسين",
    );
  });

  it("keeps the office of an official named by «المسؤول في …» whatever its head noun", () => {
    expect(claimWith("وقال المسؤول في سلاح البحرية إن الزورق غرق ليلاً.", "الزورق").speaker?.name).toBe(
      "المسؤول في سلاح البحرية",
    );
    expect(claimWith("وأشار المسؤول في خفر السواحل إلى أن القارب أبحر قبل أسبوع.", "أبحر").speaker?.name).toBe(
      "المسؤول في خفر السواحل",
    );
  });

  it("ends a trailing name at a place glued to «ب» («مكتب المنظمة بتونس X»)", () => {
    expect(
      claimWith("وقالت مديرة مكتب منظمة العفو الدولية بتونس سلمى العلوي إن المحتجزين أفرج عنهم.", "المحتجزين").speaker
        ?.name,
    ).toBe("سلمى العلوي");
  });

  it("reads the topic after «أما» as the subject of a verb after «فقد»", () => {
    expect(claimWith("أما نقيب المحامين فقد صرح بأن الإضراب مستمر.", "الإضراب").speaker?.name).toBe("نقيب المحامين");
    expect(claimWith("أما الوزير فقد أكد أن الميناء يعمل.", "الميناء").speaker?.name).toBe("الوزير");
  });

  it("reads a quoted surname after the verb as the speaker when an aside and quoted words follow", () => {
    const text =
      "قال الكاتب سمير فهمي، رئيس لجنة الثقافة، إن اللجنة ستجتمع.\n\nوقال وزير الثقافة خالد ناصر إن الوزارة لم تتلق أي استقالة.\n\nوقال «فهمي» في مداخلة هاتفية مع برنامج «المساء»، مساء الأحد، «لن نستقيل».";
    expect(claimWith(text, "لن نستقيل").speaker?.name).toContain("فهمي");
  });

  it("reads a description of the programme («، المذاع على قناة «…»،») as no name, and its channel as a link", () => {
    const text =
      "قال الكاتب سمير فهمي إن اللجنة ستجتمع.\n\nوأضاف خلال مداخلة مع برنامج «المساء»، المذاع على قناة «النيل»، أن اللجنة لن تستقيل.";
    const c = claimWith(text, "لن تستقيل");
    expect(c.speaker?.name).toContain("سمير فهمي");
    expect(c.via).toContain("قناة النيل");
  });
});

describe("attribution: a headline naming the body whose official the article quotes", () => {
  it("gives «الجهة: …» to the body, and keeps a place inside a body's name from renaming it", () => {
    const text =
      "محافظة الغابات: الخسائر أكبر من العام الماضي\n\nونقلت صحيفة «الخبر» عن المكلف بالإعلام في محافظة الغابات أن النيران أتت على 900 هكتار.";
    const out = extractArticle({ source: "fixture.txt", text });
    const head = out.claims.find((c) => c.text.includes("الخسائر"));
    expect(head?.speaker?.name).toBe("محافظة الغابات");
    const body = out.claims.find((c) => c.text.includes("هكتار"));
    expect(body?.speaker?.name).toBe("المكلف بالإعلام في محافظة الغابات");
  });
});

describe("attribution: a headline's quoted name before what it does; a body named by its first words", () => {
  it("never reads a quoted name opening a headline as the verb it spells («آفاد» / أفاد)", () => {
    const out = extractArticle({
      source: "fixture.txt",
      text: "«آفاد» تنهي البحث في المنجم: لا ناجين تحت الركام\n\nأعلن رئيس هيئة الطوارئ سليم فرج انتهاء البحث.",
    });
    expect(out.claims[0]?.speaker).toBeNull();
  });

  it("gives «منسقية الإغاثة العامة: …» to the body the article names in full", () => {
    const out = extractArticle({
      source: "fixture.txt",
      text: "منسقية الإغاثة العامة: أكثر من 90 ألفاً وصلوا إلى المعسكر\n\nوبحسب منسقية الإغاثة العامة للمهجرين واللاجئين في دارفور، وصل أكثر من 90 ألف شخص إلى المعسكر.",
    });
    expect(out.claims[0]?.speaker?.name).toBe("منسقية الإغاثة العامة للمهجرين واللاجئين في دارفور");
    expect(out.claims[1]?.speaker?.name).toBe("منسقية الإغاثة العامة للمهجرين واللاجئين في دارفور");
  });
});

describe("attribution: a body's bracketed acronym, a foreign name of the إفعال shape, a title over a body", () => {
  it("reads past «(آفاد)» in a role: a bracketed word is no verb", () => {
    expect(claimWith("قال رئيس هيئة الطوارئ (آفاد) سامر نجم إن البحث انتهى.", "البحث").speaker?.name).toBe("سامر نجم");
  });

  it("finds a foreign name after a title in construct with a body, before a verbal-noun object", () => {
    expect(
      claimWith("أعلن رئيس إدارة الطوارئ التركية (آفاد) أوكاي دمير، مساء الأحد، انتهاء عمليات الإنقاذ.", "الإنقاذ")
        .speaker?.name,
    ).toBe("أوكاي دمير");
    expect(claimWith("أعلن الوزير أوكاي دمير تعليق الرحلات.", "الرحلات").speaker?.name).toBe("أوكاي دمير");
  });
});

describe("attribution: a known name holding «إن», a programme after «عبر», a trailing preposition, a named denier", () => {
  it("reads «شبكة سي إن إن» whole, not «إن» as the complementiser", () => {
    const c = claimWith("وقالت شبكة سي إن إن الأمريكية، إن الجسر انهار فجراً.", "الجسر");
    expect(c.speaker?.name).toContain("سي إن إن");
  });

  it("ends a name at «عبر برنامج …», the programme the words went out on", () => {
    const text =
      "أكد الوزير سالم العتوم أن المعابر مفتوحة.\n\nوأضاف العتوم عبر برنامج صباح الخير الذي تبثه قناة محلية، أن الحكومة ستراجع الرسوم.";
    expect(claimWith(text, "الرسوم").speaker?.name).toBe("سالم العتوم");
  });

  it("never ends a speaker's name with a preposition («أثنى X على …»)", () => {
    expect(claimWith("وأثنى متحدث النقابة على وزير النقل مؤكداً أنه استجاب للمطالب.", "استجاب").speaker?.name).toBe(
      "متحدث النقابة",
    );
  });

  it("finds a personal name and its title before the object of a denial", () => {
    expect(
      claimWith("نفى محمود الطاهر الناطق الرسمي باسم الوزارة وجود إصابات بين التلاميذ.", "التلاميذ").speaker?.name,
    ).toBe("محمود الطاهر");
    expect(
      claimWith("نفى الناطق باسم الوزارة المهندس سامر دودة نية الوزارة رفع الأسعار.", "الأسعار").speaker?.name,
    ).toBe("سامر دودة");
  });
});

describe("attribution: «علق X على …» as a comment", () => {
  it("reads what is commented on after «على» as the content and the commenter as the speaker", () => {
    expect(
      claimWith("من جانبه، علق وزير الخارجية سامر ناصيف على تصريحات نظيره واصفاً إياها بالمتسرعة.", "المتسرعة").speaker
        ?.name,
    ).toContain("سامر ناصيف");
  });
});

describe("attribution: «أثنى X على …» as praise", () => {
  it("reads what is praised after «على» as the content and the praiser as the speaker", () => {
    expect(claimWith("وأثنى المحافظ على جهود فرق الدفاع المدني.", "جهود").speaker?.name).toBe("المحافظ");
    expect(claimWith("وأثنى رئيس البرلمان على أداء الفرق مؤكداً أنها أنقذت المئات.", "أنقذت").speaker?.name).toBe(
      "رئيس البرلمان",
    );
  });
});

describe("attribution: a report or statement issued by a body; a prepositional phrase before a verb", () => {
  it("gives «تقرير حديث صادر عن X» and «بيان صدر عن X» to X", () => {
    expect(
      claimWith("أفاد تقرير حديث صادر عن البنك الدولي، أن النمو سيتباطأ العام المقبل.", "النمو").speaker?.name,
    ).toBe("البنك الدولي");
    expect(
      claimWith("تراجعت البطالة إلى 9%، بحسب بيان صدر عن هيئة الإحصاء الوطنية الأحد.", "البطالة").speaker?.name,
    ).toContain("هيئة الإحصاء الوطنية");
  });

  it("never names «وفي استطلاع …» before a verb as the speaker", () => {
    expect(
      claimWith("وفي استطلاع توقع ثمانية من 12 اقتصادياً أن يبقي البنك الفائدة دون تغيير.", "الفائدة").speaker?.name ??
        "",
    ).not.toContain("استطلاع");
  });
});

describe("attribution: quotes after an occasion, bodies ending in -ية, relative verbs, «من جانبه» with no comma", () => {
  it("reads a quotation after «في مؤتمر صحفي» as the words said, however far from the verb", () => {
    const c = claimWith('وقالت سارة هاشم في مؤتمر صحفي "الوضع يزداد سوءاً".', "يزداد");
    expect(c.speaker?.name).toBe("سارة هاشم");
  });

  it("keeps «المديرية العامة للدفاع المدني» whole before a comma and a call", () => {
    expect(
      claimWith("من جانبها دعت المديرية العامة للدفاع المدني، للابتعاد عن مجاري الأودية.", "الأودية").speaker?.name,
    ).toBe("المديرية العامة للدفاع المدني");
  });

  it("never takes the agent of a relative verb on an indefinite noun for the speaker", () => {
    const c = claimWith(
      "قال متحدث باسم المنظمة، مستشهداً بأحدث أرقام نشر عنها المكتب الإقليمي، إن هناك 40 إصابة مؤكدة.",
      "إصابة",
    );
    expect(c.speaker?.name).toBe("متحدث باسم المنظمة");
  });

  it("reads «من جانبه حذر X الجمهور من …» as X's warning", () => {
    const text = "عنوان الخبر\n\nمن جانبه حذر الدفاع المدني المواطنين من الاقتراب من مجاري السيول.";
    expect(claimWith(text, "السيول").speaker?.name).toBe("الدفاع المدني");
  });

  it("reads «من جانبه قال X …» and «بدوره أكد X …» without a comma", () => {
    const text =
      "عنوان الخبر\n\nمن جانبه قال الوزير إن الطريق سيفتح غداً أمام الشاحنات.\n\nبدوره أكد المحافظ أن الجسر آمن.";
    expect(claimWith(text, "الطريق").speaker?.name).toBe("الوزير");
    expect(claimWith(text, "الجسر").speaker?.name).toBe("المحافظ");
  });
});

describe("attribution: a wire credited after a carried report", () => {
  it("keeps the speaker the clause continues and takes the credited outlet as the link", () => {
    const text =
      'عنوان الخبر\n\nقال المدير العام للجمارك سمير العلوي إن الشحنة صودرت في الميناء.\n\nكما لفت إلى أن التحقيق "قد يكشف عن مفاجآت"، حسب ما ذكر موقع "الأيام" المحلي.';
    const c = claimWith(text, "مفاجآت");
    expect(c.speaker?.name).toBe("سمير العلوي");
    expect(c.via.join(" ")).toContain("الأيام");
  });
});

describe("attribution: «وصف … بـ«…»», a paper credited inside the subject, an office-holder, a bare family name", () => {
  it("reads «وصف X، النائب Y، … بـ«…»» as Y describing, and «وصف Y ما جرى بـ«…»» as Y's", () => {
    expect(
      claimWith('وصف عضو كتلة التغيير، النائب سامي الحداد، تأجيل الجلسة بـ"المماطلة المقصودة".', "المماطلة").speaker
        ?.name,
    ).toBe("سامي الحداد");
    const text =
      "عنوان الخبر\n\nقال المرشح يوسف بلقاسم إن الفرز لم ينته.\n\nفيما وصف بلقاسم ما جرى بـ«التلاعب المنظم»، وأعلن المرشح الآخر أنه خسر.";
    expect(claimWith(text, "التلاعب").speaker?.name).toBe("يوسف بلقاسم");
  });

  it("takes «بحسب الصحيفة الرسمية» inside the subject's region as the link, and a family name in -ي as the subject of «عبّر»", () => {
    const c = claimWith('وعبر الحمداني بحسب الصحيفة الرسمية، عن استغرابه من "تعطيل الجلسات".', "تعطيل");
    expect(c.speaker?.name).toContain("الحمداني");
    expect(c.via).toContain("الصحيفة الرسمية");
  });

  it("names an office in construct with a title, its body's place and its holder", () => {
    expect(
      claimWith("أعلن مكتب رئيس حكومة إقليم كردستان نوري سالم، اليوم الخميس، نفيه عبور أي مقاتل الحدود.", "الحدود")
        .speaker?.name,
    ).toBe("مكتب رئيس حكومة إقليم كردستان نوري سالم");
  });

  it("gives a bare family name the given names the article wrote before it", () => {
    const text =
      "عنوان الخبر\n\nونددت حملة المرشح بير حسين كمالي بالفارق بين الأرقام.\n\nوأكد كمالي أن الفرق عملت طوال الليل.";
    expect(claimWith(text, "طوال الليل").speaker?.name).toBe("بير حسين كمالي");
  });
});

describe("attribution: a role's genitive in ل, «نفى … القول», «بحسب ما نشرته …», Sputnik told", () => {
  it("keeps «لمنتخب مصر» in the role, not as the name, and keeps a foreign name in ل", () => {
    expect(claimWith("وقال المدير الفني لمنتخب تونس إن الفريق استعد جيداً.", "استعد").speaker?.name).toBe(
      "المدير الفني لمنتخب تونس",
    );
    expect(claimWith("وقالت الباحثة لدى المنظمة لوسي مارتن إن الطرد مخالف للقانون.", "الطرد").speaker?.name).toBe(
      "لوسي مارتن",
    );
  });

  it("ends the denier at «القول» and reads the outlet after «بحسب ما نشرته» as the link", () => {
    expect(claimWith("ونفى المدرب القول بأن لاعبيه كانوا مرهقين.", "مرهقين").speaker?.name).toBe("المدرب");
    const c = claimWith("وذكرت مصادر محلية بحسب ما نشرته وكالة الأنباء الرسمية أن الطريق أغلق.", "الطريق");
    expect(c.speaker?.name).toBe("مصادر محلية");
    expect(c.via.join(" ")).toContain("وكالة الأنباء الرسمية");
  });

  it("takes «لسبوتنيك» after a name as whom the words were given to", () => {
    const c = claimWith("وقال الناطق باسم الوزارة سامي فرح لسبوتنيك إن الحدود مغلقة.", "الحدود");
    expect(c.speaker?.name).toBe("سامي فرح");
    expect(c.via).toContain("سبوتنيك");
  });
});

describe("attribution: a named subject with a title set off by a comma, before a nominal object", () => {
  it("starts what was announced after the title, not after the name", () => {
    const text = "من جهته، أعلن أحمد الحربي، المتحدث باسم الجيش قصف موقع تابع للمسلحين.";
    const toks = tokenize(text);
    const att = attributeClause(text, toks, 0, toks.length);
    expect(att.speaker?.name).toBe("أحمد الحربي");
    expect(text.slice(att.contentStart ?? 0)).toMatch(/^قصف موقع/u);
  });
});

describe("attribution: «المتحدث الرسمي باسم …», a body served in with ب, entities never running into a quotation", () => {
  it("keeps the body after «الرسمي باسم» in a spokesman's name before a nominal object", () => {
    expect(
      claimWith("نفى المتحدث الرسمي باسم الجيش السوداني، سيطرة المتمردين على المطار.", "المطار").speaker?.name,
    ).toBe("المتحدث الرسمي باسم الجيش السوداني");
  });

  it("reads «المستشار بقوات … X» as X and ends X's name at «بخسارة …»", () => {
    expect(
      claimWith("من جانبه، أقر المستشار بقوات الدعم السريع سليمان داود بخسارة مقر الإذاعة.", "الإذاعة").speaker?.name,
    ).toBe("سليمان داود");
    expect(claimWith("وأقر المستشار سليمان داود بخسارة مقر الإذاعة.", "الإذاعة").speaker?.name).toBe("سليمان داود");
    expect(claimWith("إذ وصف الرئيس الروسي فلاديمير بوتين الزيارة بأنها ناجحة.", "ناجحة").speaker?.name).toBe(
      "فلاديمير بوتين",
    );
  });

  it("never lets a body's name run into the quotation that follows it", () => {
    const c = claimWith('وفي بيان له، ذكر الجيش الوطني "تمكنت قواتكم اليوم من استعادة المطار".', "المطار");
    expect(c.speaker?.name).toBe("الجيش الوطني");
  });
});

describe("attribution: a headline «X لـ«outlet»: …» naming someone the article quotes", () => {
  it("gives the headline to the minister the body quotes, with the outlet as the link", () => {
    const out = extractArticle({
      source: "fixture.txt",
      text: "وزير الطاقة لـ«النهار»: لا زيادة في أسعار الكهرباء\n\nقال وزير الطاقة وليد فياض إن الأسعار ستبقى كما هي حتى نهاية العام.",
    });
    expect(out.claims[0]?.speaker?.name).toMatch(/وليد فياض|وزير الطاقة/u);
    expect(out.claims[0]?.via).toEqual(["النهار"]);
  });
});

describe("attribution: verbal nouns of the استفعال shape; a quoted source before the act it reports", () => {
  it("reads «وأفاد «مراسلنا» باستهداف …» as the correspondent's report", () => {
    expect(claimWith('وأفاد "مراسلنا" باستهداف مستودع للوقود قرب المطار.', "مستودع").speaker?.name).toBe("مراسلنا");
  });

  it("ends a personal name at a verbal noun of the استفعال shape («استمرار»، «استخدام»)", () => {
    expect(claimWith("ونفى أحمد سالم استخدام القوة ضد المحتجين.", "المحتجين").speaker?.name).toBe("أحمد سالم");
  });
});

describe("attribution: a masculine verb of calling before a definite plural in -ات addresses it", () => {
  it("never takes «الجهات المعنية» after «وطالب» for the speaker", () => {
    const text = "عنوان الخبر\n\nحذر المرصد الحقوقي من خطورة القصف، وطالب الجهات المعنية بضرورة التحرك العاجل.";
    const names = extractArticle({ source: "fixture.txt", text }).claims.map((c) => c.speaker?.name ?? "");
    expect(names.some((n) => n.includes("الجهات"))).toBe(false);
  });
});

describe("attribution: «علمت X من Y أن …», «مصدر رفيع المستوى», «بيّن» with its shadda", () => {
  it("reads the source learned from as the speaker and the learner as the link", () => {
    const c = claimWith("وعلمت «الوطن» من مصادر مطلعة أن الاجتماع تأجل إلى الأسبوع المقبل.", "الاجتماع");
    expect(c.speaker?.name).toBe("مصادر مطلعة");
    expect(c.via).toContain("الوطن");
    const d = claimWith("علمت الصحيفة من مصدر حكومي أن الوزير سيستقيل.", "سيستقيل");
    expect(d.speaker?.name).toBe("مصدر حكومي");
  });

  it("keeps «رفيع المستوى» with the unnamed source, not as a given and a family name", () => {
    expect(claimWith("وقال مسؤول رفيع المستوى إن المفاوضات مستمرة.", "المفاوضات").speaker?.name).toBe(
      "مسؤول رفيع المستوى",
    );
  });

  it("reads «بيّن» written with its shadda as the verb past an aside", () => {
    const text = "عنوان الخبر\n\nفيما بيّن المصدر، الذي طلب عدم ذكر اسمه لأسباب أمنية، أن الوثائق حقيقية.";
    expect(claimWith(text, "الوثائق").speaker?.name).toBe("المصدر");
  });
});

describe("attribution: a title with a quoted name before the verb, after «إلا أن»", () => {
  it("reads «إلا أن مراسل «سكاي نيوز» أكد …» as the correspondent's", () => {
    const text =
      'عنوان الخبر\n\nوكانت حصيلة أولية أشارت إلى مقتل 5 أشخاص، إلا أن مراسل "قناة النهار" أكد ارتفاع عدد القتلى إلى 10.';
    expect(claimWith(text, "ارتفاع").speaker?.name).toContain("مراسل");
  });
});

describe("attribution: a welcome right after a subjectless verb; the quantified called on", () => {
  it("reads «كما رحبت بنشر …» as the government's welcome, not «بنشر» speaking", () => {
    const text = "عنوان الخبر\n\nوأكدت الحكومة على أهمية الحوار، كما رحبت بنشر بعثة مراقبة دولية.";
    const names = extractArticle({ source: "fixture.txt", text }).claims.map((c) => c.speaker?.name ?? "");
    expect(names.some((n) => n.includes("بنشر"))).toBe(false);
  });

  it("never takes «جميع أطراف الصراع» after «طالب» for the caller", () => {
    const text = "عنوان الخبر\n\nأصدر المجلس الرئاسي بيانا عاجلا وطالب جميع أطراف الصراع بوقف إطلاق النار.";
    const names = extractArticle({ source: "fixture.txt", text }).claims.map((c) => c.speaker?.name ?? "");
    expect(names.some((n) => n.includes("أطراف"))).toBe(false);
  });
});

describe("attribution: whom the words were given to, past the end of the name", () => {
  it("keeps «لهسبريس»، «لوكالة «رويترز»» as the link after a description that ends the name", () => {
    const c = claimWith("وكشف مصدر مسؤول بالمديرية لهسبريس أن التحقيقات جارية.", "التحقيقات");
    expect(c.speaker?.name).toBe("مصدر مسؤول");
    expect(c.via).toContain("هسبريس");
    const d = claimWith("وقال شخص مطلع على المفاوضات لوكالة «رويترز» إن الاتفاق قريب.", "الاتفاق");
    expect(d.via.join(" ")).toContain("رويترز");
  });
});

describe("attribution: «نسب X إلى Y القول/قوله إن …»", () => {
  it("reads the one the words are ascribed to as the speaker and the ascriber as the link", () => {
    const c = claimWith('ونسبت صحيفة "التايمز" إلى مصادر مطلعة القول إن الصفقة شبه منجزة.', "الصفقة");
    expect(c.speaker?.name).toBe("مصادر مطلعة");
    expect(c.via.join(" ")).toContain("التايمز");
  });
});

describe("attribution: a statement issued by a body, an outlet in Latin letters told, «والمذاع عبر …»", () => {
  it("gives «صدر عن X البيان الآتي: «…»» to X", () => {
    const text =
      'عنوان الخبر\n\nصدر عن المديرية العامة للأمن العام البيان الآتي: "تواصل الفرق عمليات البحث في المبنى المنهار".';
    expect(claimWith(text, "المنهار").speaker?.name).toBe("المديرية العامة للأمن العام");
  });

  it("takes «للـLBCI» after a name as whom the words were given to", () => {
    const c = claimWith('قال مدير الدفاع المدني العميد سامر خوري للـLBCI إن "فريقين يعملان في الموقع".', "فريقين");
    expect(c.speaker?.name).toBe("سامر خوري");
    expect(c.via).toContain("LBCI");
  });

  it("reads «، والمذاع عبر فضائية «…»» as a description of the programme, not a name", () => {
    const text =
      'عنوان الخبر\n\nقال سامر خوري إن الفرق وصلت.\n\nوأضاف خلال مداخلة مع برنامج "المساء"، والمذاع عبر فضائية "الشرق"، أنه تم إنقاذ الجميع.';
    expect(claimWith(text, "إنقاذ الجميع").speaker?.name).toBe("سامر خوري");
  });
});

describe("attribution: a definite object right after a body's head or adjective", () => {
  it("ends the body's name before the object it asks or urges", () => {
    const a = claimWith("وطالبت منظمة العفو الدولية السلطات بفتح تحقيق مستقل في مقتل المتظاهرين.", "تحقيق");
    expect(a.speaker?.name).toBe("منظمة العفو الدولية");
    const b = claimWith("ودانت وزارة الخارجية الروسية الضربة التي استهدفت المبنى.", "المبنى");
    expect(b.speaker?.name).toBe("وزارة الخارجية الروسية");
  });

  it("keeps a genitive with لل and a following participle inside the name", () => {
    const c = claimWith("وأعلنت المفوضية العليا المستقلة للانتخابات أن نسبة المشاركة بلغت 41%.", "المشاركة");
    expect(c.speaker?.name).toBe("المفوضية العليا المستقلة للانتخابات");
    const d = claimWith("وقالت وزارة العمال المهاجرين الفلبينية إن 12 عاملا عادوا.", "عاملا");
    expect(d.speaker?.name).toBe("وزارة العمال المهاجرين الفلبينية");
  });
});

describe("attribution: a headline that names a ministry by what it is of", () => {
  it("reads «الصحة العراقية: …» as the ministry's", () => {
    const c = claimWith("الصحة العراقية: تسجيل 9 إصابات جديدة بالحصبة\n\nوتتابع الفرق الطبية الحالات.", "9 إصابات");
    expect(c.speaker?.name).toBe("الصحة العراقية");
  });

  it("reads a bare «الصحة: …» as the ministry's only when the article names the ministry", () => {
    const named = claimWith(
      "الصحة: تسجيل 40 إصابة بالحصبة\n\nوقالت وزارة الصحة في بيان إن الفرق تتابع الحالات.",
      "40 إصابة",
    );
    expect(named.speaker?.name).toBe("وزارة الصحة");
    const label = claimWith("الاقتصاد: 40 شركة ناشئة في المعرض\n\nوتعرض الشركات منتجاتها طوال الأسبوع.", "40 شركة");
    expect(label.speaker).toBeNull();
  });

  it("reads «صحة غزة: …»، «داخلية الوفاق: …» (a ministry in construct) as the ministry or minister the body quotes", () => {
    const health = claimWith(
      "صحة غزة: 47 قتيلاً منذ فجر اليوم\n\nوقالت وزارة الصحة في غزة إن فرق الإسعاف ما زالت تنتشل الجثث.",
      "47 قتيلاً",
    );
    expect(health.speaker?.name).toBe("وزارة الصحة");
    const interior = claimWith(
      "داخلية الوفاق: لا نعرف بعد هوية منفذي الهجوم\n\nوقال وزير الداخلية في حكومة الوفاق الوطني عبد السلام عاشور إن التحقيق مستمر.",
      "هوية منفذي",
    );
    expect(interior.speaker?.name).toBe("عبد السلام عاشور");
    // (unquoted by the body, the headline's own words name the ministry)
    const alone = claimWith("خارجية الاحتلال: لن نسمح بدخول الوفد\n\nوتجمع العشرات أمام المعبر منذ الصباح.", "الوفد");
    expect(alone.speaker?.name).toBe("خارجية الاحتلال");
    // («اقتصاد مصر»: a topic's label, not a ministry)
    const topic = claimWith("اقتصاد مصر: 40 مليار دولار من الاستثمارات\n\nوتتوزع المشاريع على عدة قطاعات.", "40 مليار");
    expect(topic.speaker).toBeNull();
  });
});

describe("attribution: how the words were said, and a wire before «نقلت عن»", () => {
  it("ends the name before «وهي/وهو» and a present verb", () => {
    const c = claimWith('وقالت سعاد منصور وهي تبكي "فقدت بيتي وكل ما أملك".', "بيتي");
    expect(c.speaker?.name).toBe("سعاد منصور");
  });

  it("keeps a wire named before «نقلت عن» as the link", () => {
    const c = claimWith('وكالة "رويترز" نقلت عن شهود قولهم إن الحريق امتد إلى المباني المجاورة.', "الحريق");
    expect(c.speaker?.name).toBe("شهود");
    expect(c.via.join(" ")).toContain("رويترز");
  });
});

describe("attribution: a statement in construct with a body, a relay that goes on with the channel", () => {
  it("gives «وأكد بيان وزارة النقل أن …» to the ministry", () => {
    const c = claimWith("وأكد بيان وزارة النقل أن حركة القطارات عادت إلى طبيعتها.", "القطارات");
    expect(c.speaker?.name).toBe("وزارة النقل");
  });

  it("makes the channel that just spoke the link of «ونقل عن مصادر …»", () => {
    const text =
      "عنوان الخبر\n\nوذكر التلفزيون الرسمي أن القطار خرج عن القضبان قرب المحطة. ونقل عن مصادر في هيئة السكك الحديدية أن عطلاً فنياً تسبب في الحادث.";
    const c = claimWith(text, "عطلاً فنياً");
    expect(c.speaker?.name).toContain("مصادر");
    expect(c.via).toContain("التلفزيون الرسمي");
  });
});

describe("attribution: chains through papers and their reporters", () => {
  it("names an unnamed source written in the accusative without its tanween in the nominative", () => {
    const c = claimWith('وأشار الموقع إلى أن مسؤولا أمريكيا رفيعا صرّح قائلا: "لن نتراجع".', "نتراجع");
    expect(c.speaker?.name).toBe("مسؤول أمريكي رفيع");
    // (a pronoun suffix is no tanween: «أحدهما»)
    expect(claimWith("وقال أحدهما إن الطلبات كثيرة.", "الطلبات").speaker?.name).toBe("أحدهما");
  });

  it("reads a short quoted name before the preposition its verb takes as the subject", () => {
    const c = claimWith('ولفتت "زاوية" إلى أن البورصة أغلقت على ارتفاع.', "البورصة");
    expect(c.speaker?.name).toBe("زاوية");
    // (not a quotation before «على» after a verb of denying: «نفى «أي تكتم» على الأرقام»)
    const d = claimWith('لكن مدير الصحة في الولاية نفى "أي تكتم" على أعداد المصابين.', "تكتم");
    expect(d.speaker?.name ?? "").toContain("مدير الصحة");
  });

  it("keeps a wire named before «نقلت» after «وكانت», and the statements a source gave", () => {
    const a = claimWith('وكانت وكالة "رويترز" نقلت عن مصدرين أمنيين قولهم إن المحادثات تتقدم.', "المحادثات");
    expect(a.via.join(" ")).toContain("رويترز");
    const b = claimWith("ونقلت صحيفة معاريف عن مصدر أمني تصريحات أكد فيها أنه لا صفقة في الأفق.", "الأفق");
    expect(b.speaker?.name).toBe("مصدر أمني");
    expect(b.via.join(" ")).toContain("معاريف");
  });

  it("credits a paper's correspondent after a named speaker as the link", () => {
    const c = claimWith('ونفى مسؤول حكومي أي تقدم في المحادثات، بحسب ما ذكر مراسل موقع "والا" العبري.', "المحادثات");
    expect(c.speaker?.name).toBe("مسؤول حكومي");
    expect(c.via.join(" ")).toContain("والا");
  });

  it("reads «وأضاف الموقع» as the paper that was the last link, and a link's family name in full", () => {
    const text = [
      "عنوان الخبر",
      'قال موقع "بوليتيكو" الأميركي، نقلا عن مسؤول أوروبي، إن الاتفاق بات قريبا.',
      "وأضاف الموقع أن التوقيع قد يتم الشهر المقبل.",
      "وقال الصحفي دانيال لوبيز إن المفاوضين اجتمعوا مساء الأحد.",
      "ونقل لوبيز عن دبلوماسي أوروبي أن الخلاف حُسم.",
    ].join("\n\n");
    expect(claimWith(text, "التوقيع").speaker?.name).toContain("بوليتيكو");
    expect(claimWith(text, "الخلاف").via).toContain("دانيال لوبيز");
  });
});

describe("attribution: a role repeated with a word left out", () => {
  it("reads «وقال الناطق باسم الجيش» as the spokesman named before as «الناطق الرسمي باسم الجيش X»", () => {
    const text = [
      "عنوان الخبر",
      "أكد الناطق الرسمي باسم الجيش سامي حداد أن القوات صدت هجوماً على المدينة.",
      "وقال الناطق باسم الجيش إن القوات دمرت 12 مركبة.",
    ].join("\n\n");
    expect(claimWith(text, "12 مركبة").speaker?.name).toBe("سامي حداد");
  });
});

describe("attribution: a headline naming a spokesman by his title", () => {
  it("gives «الناطق الرسمي: …» to the spokesman the body names in full", () => {
    const text = [
      "الناطق الرسمي: القوات تصد هجوما على المدينة",
      "أكد الناطق الرسمي باسم الجيش سامي حداد أن القوات صدت هجوماً على المدينة.",
    ].join("\n\n");
    expect(claimWith(text, "القوات تصد").speaker?.name).toBe("سامي حداد");
  });
});

describe("attribution: a toll or statement credited by a relative verb, a wire's own correspondent", () => {
  it("gives «… في حصيلة جديدة أوردتها وكالة X» to the wire, and «في بيان نقلته وكالة X» a link", () => {
    const a = claimWith(
      "وارتفعت حصيلة قتلى الحريق إلى 14 شخصا في حصيلة جديدة أوردتها وكالة الأنباء الرسمية.",
      "14 شخصا",
    );
    expect(a.speaker?.name).toContain("وكالة الأنباء الرسمية");
    const b = claimWith("وأوضحت الوزارة، في بيان نقلته وكالة رويترز، أن الحريق أُخمد.", "أُخمد");
    expect(b.via).toContain("وكالة رويترز");
    // («وجاء ذلك في بيان أصدرته الرئاسة»: where the words just told came from)
    const c = claimWith("وجاء ذلك في بيان أصدرته الرئاسة عقب اجتماع الحكومة.", "اجتماع الحكومة");
    expect(c.speaker).toBeNull();
  });

  it("reads «ونقلت وكالة X عن مراسلها» as the wire itself, and «وفق حصيلة جديدة للوزارة» as the ministry's", () => {
    const a = claimWith("ونقلت وكالة سانا عن مراسلها في حمص أن الطريق أعيد فتحه.", "الطريق");
    expect(a.speaker?.name).toBe("وكالة سانا");
    expect(a.via).toEqual([]);
    const b = claimWith("وقُتل 13 شخصا في الانفجار وفق حصيلة جديدة للوزارة.", "13 شخصا");
    expect(b.speaker?.name).toBe("الوزارة");
  });

  it("keeps a foreign paper's whole name after its head, and a link read twice once", () => {
    expect(claimWith('وقال موقع "ميدل إيست آي" إن الوفد غادر.', "الوفد").speaker?.name).toBe("موقع ميدل إيست آي");
    expect(claimWith("وقال موقع سودان تريبيون إن الوفد غادر.", "الوفد").speaker?.name).toBe("موقع سودان تريبيون");
    const c = claimWith('وأوضح الوزير، وفق ما نقله موقع "سودان تريبيون"، أن الوفد غادر.', "الوفد");
    expect(c.via).toEqual(["موقع سودان تريبيون"]);
  });
});

describe("attribution: an elative or an ordinal after a body's relative adjective", () => {
  it("keeps «العليا» and the genitive after it in the name", () => {
    const a = claimWith("أعلنت المفوضية الوطنية العليا للانتخابات أن نسبة الاقتراع بلغت 46%.", "46%");
    expect(a.speaker?.name).toBe("المفوضية الوطنية العليا للانتخابات");
    const b = claimWith("وقالت اللجنة الأمنية العليا للانتخابات إن الاقتراع جرى بهدوء.", "بهدوء");
    expect(b.speaker?.name).toBe("اللجنة الأمنية العليا للانتخابات");
  });
});

describe("attribution: Lebanese press idiom", () => {
  it("names circles close to someone in full, and information given to a paper alone as the paper's", () => {
    const a = claimWith("وقالت أوساط قريبة من رئيس الحكومة إن المشاورات متعثرة.", "المشاورات");
    expect(a.speaker?.name).toBe("أوساط قريبة من رئيس الحكومة");
    const b = claimWith('وبحسب معلومات خاصة بـ"المدن"، فإن الخلاف يتعلق بوزارة المالية.', "الخلاف");
    expect(b.speaker?.name).toBe("المدن");
  });
});

describe("attribution: a bare head naming the body an earlier speaker spoke for", () => {
  it("reads «وزعمت الجماعة» after «المتحدث باسم جماعة X» as the group", () => {
    const text = [
      "عنوان الخبر",
      "وقال المتحدث العسكري باسم جماعة أنصار الله خالد سالم إن قواته استهدفت سفينة.",
      "وزعمت الجماعة أن السفينة كانت متجهة إلى ميناء إيلات.",
    ].join("\n\n");
    expect(claimWith(text, "إيلات").speaker?.name).toBe("جماعة أنصار الله");
  });
});

describe("attribution: a headline's second statement, apologies and disowning", () => {
  it("gives «.. وينفون X» the subject of the headline's first statement", () => {
    const text =
      "المتمردون يسمحون بإجلاء الجرحى.. وينفون «هدنة» أعلنتها الأمم المتحدة\n\nوقال المتحدث باسمهم إن الإجلاء بدأ.";
    expect(claimWith(text, "وينفون").speaker?.name).toBe("المتمردون");
  });

  it("reads «و«X» تعتذر عن …» and «وشقيقهم الرابع يتبرأ من …» as their speakers' (no conjunction kept)", () => {
    const a = claimWith("الفيضانات تشل المطار.. و«الخطوط الوطنية» تعتذر عن تأخر الرحلات\n\nوتأخرت الرحلات.", "تعتذر");
    expect(a.speaker?.name).toBe("الخطوط الوطنية");
    const b = claimWith(
      "الشرطة تكشف هوية المهاجمين.. وشقيقهم الأكبر يتبرأ من فعلتهم\n\nوقالت الشرطة إن التحقيق مستمر.",
      "يتبرأ",
    );
    expect(b.speaker?.name).toBe("شقيقهم الأكبر");
  });
});

describe("attribution: rejecting, objecting and congratulating", () => {
  it("reads «ورفضت X …»، «وهو ما اعترض عليه X …» and «وهنأ X …» as X's, but not the noun «رفض»", () => {
    expect(claimWith("ورفضت الحكومة الاتهامات التي وجهتها المعارضة.", "الاتهامات").speaker?.name).toBe("الحكومة");
    const objected = claimWith(
      "ورفع رئيس المجلس الجلسة ساعتين، وهو ما اعترض عليه نواب من المعارضة رأوا أن الدستور يفرض دورة ثانية.",
      "اعترض",
    );
    expect(objected.speaker?.name).toBe("نواب");
    expect(claimWith("وهنأ رئيس الوزراء في تدوينة الفائزين.", "الفائزين").speaker?.name).toBe("رئيس الوزراء");
    // («وجدد الوزير رفض المملكة للعنف»: the noun is what the minister renewed, not a second report)
    expect(claimWith("وجدد الوزير رفض المملكة للعنف.", "للعنف").speaker?.name).toBe("الوزير");
  });
});

describe("attribution: Maghreb wires and governors", () => {
  it("names a wire told by its full name, and «والي X» as a title", () => {
    const a = claimWith("وقال مصدر قضائي لوكالة تونس إفريقيا للأنباء إن الحكم ابتدائي.", "ابتدائي");
    expect(a.via).toEqual(["وكالة تونس إفريقيا للأنباء"]);
    const b = claimWith("وقال والي الجهة إن الوضع تحت السيطرة.", "السيطرة");
    expect(b.speaker?.name).toBe("والي الجهة");
  });
});

describe("attribution: what is welcomed or condemned with «بـ»", () => {
  it("reads «ورحّب «X» بخطوات …» with X as the subject and «وتندد X وY بـ…» as theirs", () => {
    expect(claimWith("ورحّب «التيار الوطني» بخطوات القاضي.", "بخطوات").speaker?.name).toBe("التيار الوطني");
    const c = claimWith("وتندد عائلات الضحايا ومنظمات حقوقية بتدخلات سياسية تعرقل التحقيق.", "بتدخلات");
    expect(c.speaker?.name).toBe("عائلات الضحايا ومنظمات حقوقية");
  });
});

describe("attribution: a person a sentence opens on by family name", () => {
  it("is whom the next subjectless «وقال» continues", () => {
    const text = [
      "عنوان الخبر",
      "انتخب البرلمان قائد الجيش جوزاف عون رئيسا للجمهورية.",
      "وقال النائب سامي حداد إن الجلسة دستورية.",
      "وأدى عون (60 عاماً) اليمين الدستورية فور انتخابه. وقال في خطاب القسم إن «مرحلة جديدة تبدأ اليوم».",
    ].join("\n\n");
    expect(claimWith(text, "مرحلة جديدة").speaker?.name).toBe("جوزاف عون");
  });
});

describe("attribution: a body a sentence opens on, after a time set off by a comma", () => {
  it("is whom «وتقول» continues, in the same sentence or the next", () => {
    const same = claimWith(
      "ومنذ مطلع العام، تستهدف جماعة الحوثي سفناً تجارية في البحر الأحمر، وتقول إن هجماتها تأتي تضامناً مع غزة.",
      "هجماتها",
    );
    expect(same.speaker?.name).toMatch(/الحوثي/u);
    const text = [
      "عنوان الخبر",
      "وقال صندوق النقد الدولي إن الإيرادات تراجعت.",
      "ومنذ نوفمبر 2023، تستهدف جماعة الحوثي السفن في البحر الأحمر. وتقول إن هجماتها تأتي دعماً للفلسطينيين.",
    ].join("\n\n");
    expect(claimWith(text, "هجماتها").speaker?.name).toMatch(/الحوثي/u);
  });
});

describe("found on new stories: Kut's fire, Djerba's attack, Syria's coast", () => {
  it("reads «من جهته» after a name as where the speaker stands, not as his name", () => {
    const text = "وتعهد الرئيس الفرنسي إيمانويل ماكرون من جهته بمكافحة معاداة السامية.";
    expect(claimWith(text, "معاداة السامية").speaker?.name).toBe("إيمانويل ماكرون");
  });

  it("gives «بحسب حصيلة نقلتها وكالة X عن Y» to Y, with the wire as the link", () => {
    const c = claimWith("وأصيب تسعة أشخاص آخرون بحسب حصيلة نقلتها وكالة فرانس برس عن وزارة الداخلية.", "تسعة أشخاص");
    expect(c.speaker?.name).toBe("وزارة الداخلية");
    expect(c.via).toEqual(["وكالة فرانس برس"]);
  });

  it("reads «وقال مسؤولون للوكالة إن …» with the agency told as the link, not part of the name", () => {
    const c = claimWith("وقال مسؤولون للوكالة إن كثيرين قضوا اختناقاً داخل الحمامات.", "اختناقاً");
    expect(c.speaker?.name).toBe("مسؤولون");
    expect(c.via).toEqual(["الوكالة"]);
  });

  it("reads «وكان علي كاظم (51 عاماً) قد روى أنه …» as Ali's, past his age and «قد»", () => {
    const text = "وقال مسؤولون إن كثيرين قضوا. وكان علي كاظم (51 عاماً) قد روى أنه يبحث عن ابن عمه وزوجته.";
    expect(claimWith(text, "ابن عمه").speaker?.name).toBe("علي كاظم");
  });

  it("reads a quotation a few words after a counted figure as what was counted, not the words said", () => {
    const text =
      "وأحصى المرصد، ومقره بريطانيا، مقتل 1068 مدنيا منذ الخميس «على أيدي قوات الأمن ومجموعات رديفة»، مرجحا ارتفاع الحصيلة.";
    expect(claimWith(text, "1068").speaker?.name).toBe("المرصد");
  });

  it("gives «في حين أمر السوداني بـ…» to the person the article named in full", () => {
    const text =
      "وقال رئيس الوزراء محمد شياع السوداني إن التحقيق سيكشف المقصرين. " +
      "وأعلنت الحكومة الحداد ثلاثة أيام، في حين أمر السوداني بتشكيل لجنة تحقيق عليا.";
    expect(claimWith(text, "لجنة تحقيق عليا").speaker?.name).toBe("محمد شياع السوداني");
  });

  it("reads the word after a governor's title as his province, not his name («محافظ واسط محمد جميل المياحي»)", () => {
    const text = "وقال محافظ واسط محمد جميل المياحي إن المحافظة فقدت نحو 50 شخصا.";
    const c = claimWith(text, "50 شخصا");
    expect(c.speaker?.name).toBe("محمد جميل المياحي");
    expect(c.speaker?.role).toBe("محافظ واسط");
    expect(claimWith("وقال حاكم مصرف لبنان رياض سلامة إن الوضع صعب.", "صعب").speaker?.name).toBe("رياض سلامة");
  });

  it("carries a headline's speaker, named before its colon, to a second statement joined by و with no verb", () => {
    const text =
      "محافظ واسط: فقدنا نحو 50 شخصاً في حريق المول.. والحداد ثلاثة أيام\n\n" +
      "وقال محافظ واسط محمد جميل المياحي إن المحافظة فقدت نحو 50 شخصا، معلناً الحداد ثلاثة أيام.";
    expect(claimWith(text, "والحداد ثلاثة أيام").speaker?.name).toBe("محمد جميل المياحي");
    // (a second statement with a subject and a verb of its own keeps none)
    const own =
      "وزير الداخلية: الوضع تحت السيطرة.. والنيابة تلاحق المحرضين\n\nوقال وزير الداخلية أحمد سالم إن الوضع تحت السيطرة.";
    expect(claimWith(own, "والنيابة تلاحق").speaker).toBeNull();
  });

  it("reads «استغرب» (expressed astonishment at) as a stance of its subject", () => {
    expect(claimWith("واستغرب الوزير صمت المجتمع الدولي إزاء ما جرى.", "صمت المجتمع").speaker?.name).toBe("الوزير");
  });
});

describe("asides and places inside a speaker's phrase", () => {
  it("reads «المعلومات المتوفرة لديه تفيد بأن …» inside what is said as the speaker's, «لديه» being no name", () => {
    const text =
      "أما وزير السياحة الأسبق روني الطرابلسي فقال لإذاعة «شمس إف إم» إن المعلومات المتوفرة لديه تفيد بأن المهاجم قتل زميله.";
    expect(claimWith(text, "قتل زميله").speaker?.name).toBe("روني الطرابلسي");
  });

  it("passes over a comma-part opening on a definite adjective and a preposition («، الممتدة من …،»)", () => {
    const text =
      "ويُذكر أن المندوب الجهوي للسياحة بمدنين هشام المحواشي توقع قبل انطلاق الزيارة، الممتدة من 4 إلى 10 ماي، أن يبلغ عدد الزوار نحو 7 آلاف.";
    expect(claimWith(text, "7 آلاف").speaker?.name).toBe("هشام المحواشي");
  });

  it("splits a role from a given name that opens with ب before a family name («الرئيس السوري بشار الأسد»)", () => {
    const c = claimWith("وقال الرئيس السوري بشار الأسد إن الحرب انتهت.", "الحرب انتهت");
    expect(c.speaker?.name).toBe("بشار الأسد");
    expect(c.speaker?.role).toBe("الرئيس السوري");
    // (a foreign given name in ب stays a name: «بنيامين نتنياهو»)
    expect(claimWith("وقال رئيس الوزراء بنيامين نتنياهو إن الحرب لم تنته.", "لم تنته").speaker?.name).toBe(
      "بنيامين نتنياهو",
    );
  });
});

describe("a family name after a father's name the list does not know", () => {
  it("gives «وأمر السوداني بـ…» to «محمد شياع السوداني», named before in another's words", () => {
    const text =
      "وكشف المحافظ أن كتلة معارضة لرئيس الوزراء محمد شياع السوداني طلبت منه الحضور. " +
      "وأعلنت الحكومة الحداد ثلاثة أيام، في حين أمر السوداني بتشكيل لجنة تحقيق عليا.";
    expect(claimWith(text, "لجنة تحقيق عليا").speaker?.name).toBe("محمد شياع السوداني");
  });
});

describe("decisions issued, provinces that speak, figures in words", () => {
  it("gives «أصدرت رئاسة الجمهورية قراراً بتشكيل …» to the presidency, and to the source credited after it", () => {
    const issued = "أصدرت رئاسة الجمهورية، مساء اليوم الأحد، قراراً بتشكيل لجنة وطنية مستقلة للتحقيق في أحداث الساحل.";
    expect(claimWith(issued, "لجنة وطنية").speaker?.name).toBe("رئاسة الجمهورية");
    const told =
      "وكانت المحكمة الابتدائية قد أصدرت الخميس حكماً بالسجن ثلاث سنوات بحق المتهم، وفق ما نقلته وكالة تونس أفريقيا للأنباء عن الناطق الرسمي باسم المحكمة.";
    const c = claimWith(told, "ثلاث سنوات");
    expect(c.speaker?.name).toBe("الناطق الرسمي باسم المحكمة");
    expect(c.via).toEqual(["وكالة تونس أفريقيا للأنباء"]);
  });

  it("reads a province that announces as its administration, and one that records a figure as a place", () => {
    expect(claimWith("وأعلنت محافظة طرطوس تمديد حظر التجول حتى صباح السبت.", "حظر التجول").speaker?.name).toBe(
      "محافظة طرطوس",
    );
    expect(claimWith("وسجلت محافظة الكرك أعلى نسبة اقتراع بلغت 61.73 في المئة.", "61.73").speaker).toBeNull();
  });

  it("reads «سجّل المرصد ثلاث مجازر …» with the figure in words, and «برئاسة X» as an aside on a body", () => {
    expect(claimWith("وسجل المرصد الأربعاء وحده ثلاث مجازر في محافظات طرطوس واللاذقية.", "مجازر").speaker?.name).toBe(
      "المرصد",
    );
    const chaired = "وكان المجلس الرئاسي، برئاسة محمد المنفي، قد أصدر في 20 أغسطس قراراً بإعادة تشكيل مجلس الإدارة.";
    expect(claimWith(chaired, "مجلس الإدارة").speaker?.name).toBe("المجلس الرئاسي");
  });
});

describe("countries joined by و", () => {
  it("reads «كانت السعودية وقطر والأردن قد دانت …» as the three together, not a person after a role", () => {
    const c = claimWith(
      "في المقابل، كانت السعودية وقطر والأردن قد دانت الجمعة هجمات المجموعات على القوات الأمنية.",
      "هجمات",
    );
    expect(c.speaker?.name).toBe("السعودية وقطر والأردن");
    expect(c.speaker?.role ?? null).toBeNull();
  });
});

describe("names after «باسم», «عبد» names before a title, who the speaker is, a video clip", () => {
  it("reads the word after «باسم» as the body spoken for, not the start of the name", () => {
    const c = claimWith('وقال نائب المتحدث باسم طالبان حمد الله فطرت على منصة "إكس" إن منازل عديدة دُمرت.', "منازل");
    expect(c.speaker?.name).toBe("حمد الله فطرت");
  });

  it("reads «عبد الواحد ريان المتحدث باسم …» as a name and its title", () => {
    const c = claimWith(
      "كما أكد عبد الواحد ريان المتحدث باسم وزارة الثقافة والإعلام، أن حصيلة القتلى ارتفعت إلى أكثر من ألفي شخص.",
      "ألفي شخص",
    );
    expect(c.speaker?.name).toBe("عبد الواحد ريان");
  });

  it("passes over «وهي من سكان …» after a name, and gives «في مقطع فيديو» as the channel", () => {
    expect(
      claimWith("وقالت نسيمة وهي من سكان هرات السبت إن الزلازل تسببت في حالة من الذعر.", "الذعر").speaker?.name,
    ).toBe("نسيمة");
    const clip = claimWith(
      'وقال المتحدث باسم وزارة الصحة شرافت زمان في مقطع فيديو وُزّع على الصحافيين إن "نحو 534 من مواطنينا جُرحوا".',
      "534",
    );
    expect(clip.speaker?.name).toBe("شرافت زمان");
    expect(clip.via).toEqual(["مقطع"]);
  });
});

describe("two sources' words, a body that keeps a measure", () => {
  it("reads «عن مصدرين مطلعين قولهما إن …» as the two sources', with the wire as the link", () => {
    const c = claimWith("ونقلت رويترز عن مصدرين مطلعين قولهما إن الصندوق سيصرف الشريحة الشهر المقبل.", "الشريحة");
    expect(c.speaker?.name).toBe("مصدرين مطلعين");
    expect(c.via).toEqual(["رويترز"]);
  });

  it("reads «أبقت اللجنة على أسعار الفائدة» as the body's decision, and a person's «أبقى على» as no report", () => {
    const kept = claimWith("وأبقت لجنة السياسة النقدية على أسعار الفائدة دون تغيير.", "أسعار الفائدة");
    expect(kept.speaker?.name).toBe("لجنة السياسة النقدية");
    expect(claimWith("وأبقى الرئيس على الحكومة الحالية.", "الحكومة الحالية").speaker).toBeNull();
  });
});

describe("«بحسب ما ورد عن X»", () => {
  it("reads the source after «ما ورد عن/في» (was reported by, in), not a verb «ردّ»", () => {
    const c = claimWith("وبحسب ما ورد عن قناة العربية، فقد تمكنت القوات من السيطرة على المقرات.", "المقرات");
    expect(c.speaker?.name).toBe("قناة العربية");
    expect(claimWith("وبحسب ما ورد في بيان الوزارة، فقد تقدمت القوات.", "تقدمت").speaker?.name).toBe("الوزارة");
  });
});

describe("an MP's constituency", () => {
  it("reads the word after «النائب عن» as the constituency, not the first word of the name", () => {
    const c = claimWith("وقال النائب عن صفاقس معز بركالله إن البرلمان سيصوت على القانون.", "سيصوت");
    expect(c.speaker?.name).toBe("معز بركالله");
    expect(c.speaker?.role).toBe("النائب عن صفاقس");
  });
});

describe("a headline's quoted body replying", () => {
  it("gives «و«التمييز» ترد: …» to the court named in quotation marks", () => {
    const text = "و«التمييز» ترد: لا صلاحية للمحقق العدلي\n\nوقالت محكمة التمييز إن المحقق العدلي لا يملك صلاحية.";
    expect(claimWith(text, "لا صلاحية للمحقق").speaker?.name).toBe("التمييز");
  });
});

describe("Gulf honorifics and offices", () => {
  it("reads a name between an honorific title and the offices after it", () => {
    const c = claimWith(
      "وأكد صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي العهد رئيس مجلس الوزراء أن الميزانية تعكس متانة الاقتصاد.",
      "متانة الاقتصاد",
    );
    expect(c.speaker?.name).toBe("محمد بن سلمان بن عبدالعزيز");
    expect(c.speaker?.role).toBe("ولي العهد رئيس مجلس الوزراء");
  });

  it("keeps «أمير منطقة الرياض» whole (the region is governed, no person's name)", () => {
    expect(claimWith("من جهته، أعرب سمو أمير منطقة الرياض عن تقديره للجهود المبذولة.", "تقديره").speaker?.name).toBe(
      "أمير منطقة الرياض",
    );
  });

  it("reads «ووجه الملك بصرف …» as an order and «ونوّه الوزير بالجهود» as praise", () => {
    const order = claimWith("ووجه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز بصرف معاش شهرين.", "معاش شهرين");
    expect(order.speaker?.name).toBe("سلمان بن عبدالعزيز");
    expect(claimWith("ونوه الوزير بالجهود المبذولة في الموسم.", "الجهود").speaker?.name).toBe("الوزير");
  });
});

describe("a comma between a name and the appeal it made", () => {
  it("reads «أطلق حاكم هرات X، نداء استغاثة …» as the governor's appeal", () => {
    const c = claimWith(
      "وفي وقت سابق، أطلق حاكم هرات نور أحمد إسلام جار، نداء استغاثة إلى المجتمع الدولي لتقديم مساعدات عاجلة.",
      "نداء استغاثة",
    );
    expect(c.speaker?.name).toBe("نور أحمد إسلام جار");
  });
});

describe("an event a wire relays from its source as a verbal noun", () => {
  it("reads «ونقلت رويترز عن مصدر أمني مقتل ثلاثة جنود» as the source's, with the wire as the link", () => {
    const c = claimWith("ونقلت رويترز عن مصدر أمني مقتل ثلاثة جنود في الهجوم.", "ثلاثة جنود");
    expect(c.speaker?.name).toBe("مصدر أمني");
    expect(c.via).toEqual(["رويترز"]);
    const found = claimWith("نقلت وكالة سانا عن مصدر أمني العثور على جثامين تسعة من عناصر الأمن.", "جثامين");
    expect(found.speaker?.name).toBe("مصدر أمني");
  });

  it("cuts «…، فيما نقلت X عن Y العثور على …» into a claim of its own", () => {
    const text =
      "وأعلن الدفاع المدني انتشال 26 جثماناً، فيما نقلت وكالة سانا عن مصدر أمني العثور على جثامين تسعة من عناصر الأمن.";
    expect(claimWith(text, "جثامين تسعة").speaker?.name).toBe("مصدر أمني");
    expect(claimWith(text, "26 جثماناً").speaker?.name).toBe("الدفاع المدني");
  });
});

describe("a quotation right after a known name", () => {
  it("reads «ونعى حزب الله «المجاهد …»» with the quotation as what was mourned, not part of the name", () => {
    expect(claimWith('ونعى حزب الله "المجاهد علي حسن" من بلدة كفركلا.', "كفركلا").speaker?.name).toBe("حزب الله");
  });
});

describe("a known body after «على» is no platform", () => {
  it("gives no link for «محمد علي الحوثي», and keeps «على تويتر» as one", () => {
    const text =
      "في المقابل، كان عضو المجلس السياسي الأعلى لجماعة الحوثي محمد علي الحوثي قد حمّل الولايات المتحدة «كامل المسؤولية» عن الخسائر.";
    expect(claimWith(text, "كامل المسؤولية").via).toEqual([]);
    expect(claimWith("وكتب الوزير على منصة إكس أن القرار نهائي.", "نهائي").via).toEqual(["تويتر"]);
  });
});

describe("the given name Ali inside a name, by how it is written", () => {
  it("reads «محمد علي الحوثي» whole, and «محمد على الفور» as «محمد» at once", () => {
    expect(claimWith("واتهم القيادي محمد علي الحوثي واشنطن بعسكرة البحر الأحمر.", "بعسكرة").speaker?.name).toBe(
      "محمد علي الحوثي",
    );
    expect(claimWith("وقال الوزير محمد على الفور إن القرار نهائي.", "نهائي").speaker?.name).toBe("محمد");
  });
});

describe("a member's name after «عضو …»", () => {
  it("reads «عضو المجلس السياسي الأعلى للحوثيين محمد علي الحوثي» as the person and his role", () => {
    const c = claimWith(
      "وقال عضو المجلس السياسي الأعلى للحوثيين محمد علي الحوثي إن واشنطن تعسكر البحر الأحمر.",
      "تعسكر",
    );
    expect(c.speaker?.name).toBe("محمد علي الحوثي");
    expect(c.speaker?.role).toBe("عضو المجلس السياسي الأعلى للحوثيين");
  });
});

describe("a statement's subject that goes on to who received it", () => {
  it("gives the statement to its author and makes the receiver the link", () => {
    const cell = claimWith(
      "وذكر بيان لقيادة العمليات المشتركة تلقته وكالة الأنباء العراقية، أن القوات ضبطت مخزناً للأسلحة.",
      "مخزناً",
    );
    expect(cell.speaker?.name).toBe("قيادة العمليات المشتركة");
    expect(cell.via).toEqual(["وكالة الأنباء العراقية"]);
    const ministry = claimWith(
      "وذكر بيان صادر عن وزارة الصحة تلقت «النهار» نسخة منه أن عدد المصابين بلغ 40.",
      "المصابين",
    );
    expect(ministry.speaker?.name).toBe("وزارة الصحة");
    expect(ministry.via).toEqual(["النهار"]);
    const army = claimWith("وقال بيان للجيش، اطلعت عليه رويترز، إن القصف طال مستودعات للوقود.", "مستودعات");
    expect(army.speaker?.name).toBe("الجيش");
    expect(army.via).toEqual(["رويترز"]);
  });
});

describe("a foreign outlet's name ending in «-يون»", () => {
  it("keeps «تربيون» in «موقع «سودان تربيون»», as the speaker and as a link", () => {
    expect(claimWith("وذكر موقع «سودان تربيون» أن المعارك تجددت في بابنوسة.", "بابنوسة").speaker?.name).toBe(
      "موقع سودان تربيون",
    );
    expect(claimWith("ونقل موقع «سودان تربيون» عن ضابط في الجيش قوله إن المعارك تجددت.", "تجددت").via).toEqual([
      "موقع سودان تربيون",
    ]);
  });
});

describe("a named person between «أنّ» and a verb of saying, inside a wire's or a spokesman's words", () => {
  it("gives the words to that person, with the wire or the spokesman as the link", () => {
    const wam = claimWith(
      "وذكرت وكالة الأنباء الكويتية (كونا) أن الشيخ مشعل الأحمد أكد لرئيس الوزراء دعم بلاده الكامل للحكومة.",
      "دعم بلاده",
    );
    expect(wam.speaker?.name).toBe("مشعل الأحمد");
    expect(wam.via).toEqual(["وكالة الأنباء الكويتية"]);
    const spa = claimWith(
      "وأفادت وكالة الأنباء السعودية بأن ولي العهد الأمير محمد بن سلمان أكد خلال الاتصال حرص المملكة على أمن المنطقة.",
      "حرص المملكة",
    );
    expect(spa.speaker?.name).toBe("محمد بن سلمان");
    expect(spa.via[0]).toBe("وكالة الأنباء السعودية");
  });

  it("leaves a body's act, or a title alone, inside another's words to whoever reports it", () => {
    expect(claimWith("وأفادت وكالة إرنا بأن السلطات أعلنت حالة التأهب في المستشفيات.", "التأهب").speaker?.name).toBe(
      "وكالة إرنا",
    );
    expect(claimWith("وقال المكتب إن السلطات المحلية أكدت مقتل 30 شخصاً.", "مقتل").speaker?.name).toBe("المكتب");
    const text = "وقال الوزير خالد العلي إن الحكومة تتابع الملف. وأضاف أن الأمير وجّه بصرف تعويضات للأسر.";
    expect(claimWith(text, "تعويضات").speaker?.name).toBe("خالد العلي");
  });
});

describe("«وصف» with one phrase before what it is called", () => {
  it("reads the phrase as what is described, and keeps the clause's speaker", () => {
    const text =
      "وقالت وزارة الخارجية في بيان إن القرار جاء بعد يوم من رفض المحكمة الدعوى التي قدمتها تلك السلطة، ووصفت التصريحات الصادرة من بورتسودان بأنها «مناورة للتهرب من مساعي السلام». وأضافت أن البلاد تحتاج إلى قيادة مدنية.";
    expect(claimWith(text, "مناورة").speaker?.name).toBe("وزارة الخارجية");
    expect(claimWith(text, "قيادة مدنية").speaker?.name).toBe("وزارة الخارجية");
    expect(claimWith("ووصف الوزير الزيارة بالتاريخية.", "بالتاريخية").speaker?.name).toBe("الوزير");
  });
});

describe("«أفاد X بـ» a verbal noun of the shape فِعال", () => {
  it("ends the speaker before «بسماع»، but keeps «بقطاع الصحة» in a source's description", () => {
    expect(claimWith("وأفاد مراسل الجزيرة بسماع دوي انفجارات قوية قرب المطار.", "انفجارات").speaker?.name).toBe(
      "مراسل الجزيرة",
    );
    expect(claimWith("وأفاد مسؤول بقطاع الصحة بأن المستشفيات ممتلئة.", "ممتلئة").speaker?.name).toBe(
      "مسؤول بقطاع الصحة",
    );
  });
});

describe("a verb right after «أنه/أنها» inside a speaker's words", () => {
  it("has the pronoun as its subject: whom it told is no speaker", () => {
    const text = "وقال الرئيس الأميركي إن القرار لم يكن قراره. وأكد أنه طمأن رئيس الوزراء إلى أن أمراً كهذا «لن يتكرر».";
    expect(claimWith(text, "لن يتكرر").speaker?.name).toBe("الرئيس الأميركي");
  });
});

describe("«رداً على قول X إن …» after a speaker's words", () => {
  it("makes what was answered a claim of its own, X's", () => {
    const text =
      "ونفى المتحدث باسم الخارجية ماجد الأنصاري أن تكون الدوحة أُبلغت مسبقاً، وذلك رداً على قول البيت الأبيض إن المبعوث أبلغ القطريين قبل الضربة.";
    expect(claimWith(text, "أبلغ القطريين").speaker?.name).toBe("البيت الأبيض");
    expect(claimWith(text, "أُبلغت مسبقاً").speaker?.name).toBe("ماجد الأنصاري");
    expect(claimWith(text, "أُبلغت مسبقاً").text).not.toContain("البيت الأبيض");
  });

  it("leaves an answer to a question with its speaker", () => {
    const text = "وقال الوزير إن موعد الانتخابات نهائي، رداً على سؤال حول تأجيلها.";
    expect(claimWith(text, "تأجيلها").speaker?.name).toBe("الوزير");
    expect(claimWith(text, "تأجيلها").text).toContain("موعد الانتخابات");
  });
});

describe("«نقلت Y عن X» a stance in a verbal noun", () => {
  it("gives the stance to X, with Y as the link", () => {
    const doubt = claimWith("ونقلت إذاعة الجيش عن مصادر أمنية تشكيكاً متزايداً في نتائج الضربة.", "تشكيكاً");
    expect(doubt.speaker?.name).toBe("مصادر أمنية");
    expect(doubt.via).toEqual(["إذاعة الجيش"]);
    expect(claimWith("ونقلت الصحيفة عن مسؤولين غربيين قلقهم من اتساع المواجهة.", "اتساع").speaker?.name).toBe(
      "مسؤولون غربيون",
    );
  });
});

describe("«، وأعلن …» inside reported words that hold a quotation", () => {
  it("continues the speaker; the phrase before the comma is no subject", () => {
    const text = 'وقال الجيش إن سلاح الجو هاجم "بشكل دقيق" قيادة الحركة، وأعلن أن العملية حملت اسم "قمة النار".';
    expect(claimWith(text, "قمة النار").speaker?.name).toBe("الجيش");
  });

  it("after a concession, a named subject still speaks", () => {
    const text =
      "ونفى الجيش استهداف المدنيين. غير أن النائب عن «حزب الله» حسن فضل الله رفض الرواية، وقال للصحافيين إن المستهدفين أهالٍ.";
    expect(claimWith(text, "أهالٍ").speaker?.name).toContain("حسن فضل الله");
  });
});

describe("names that end where the clause's verb or object begins", () => {
  it("reads «وعزت» between two names as a second person, not the verb «عزا»", () => {
    const c = claimWith("وشارك في التشييع قياديون في الحركة بينهم أسامة حمدان وعزت الرشق.", "التشييع");
    expect(c.speaker).toBeNull();
    expect(claimWith("وعزت الوزارة الحريق إلى تماس كهربائي.", "تماس").speaker?.name).toContain("الوزارة");
  });

  it("ends a topic after «أما» at its word in فـ", () => {
    const text = "أما الرئيس الأميركي دونالد ترمب فسعى إلى النأي بنفسه عن العملية، وكتب على منصته أن القرار ليس قراره.";
    expect(claimWith(text, "ليس قراره").speaker?.name).toBe("دونالد ترمب");
  });

  it("leaves out the object carrying a pronoun after a titled name before «، وقال»", () => {
    const text = "في المقابل، صعّد رئيس الوزراء الإسرائيلي بنيامين نتنياهو لهجته، وقال إن على الدوحة أن تطردهم.";
    expect(claimWith(text, "تطردهم").speaker?.name).toBe("بنيامين نتنياهو");
  });
});

describe("a headline of two statements, the second by a quoted name", () => {
  it("cuts before «و«X» تنفي …» and gives each half its speaker", () => {
    const text = "البنتاغون يرجّح تسرب النفط من الناقلة و«أسبيدس» تنفي رصد أي بقعة\nنص الخبر.";
    expect(claimWith(text, "تنفي رصد").speaker?.name).toBe("أسبيدس");
    expect(claimWith(text, "تسرب النفط").text).not.toContain("أسبيدس");
  });
});

describe("complementisers in the dual", () => {
  it("opens what two things are called with «بأنهما», and what two did with «أنهما»", () => {
    const text = "ووصفت المتحدثة باسم الخارجية تامي بروس الهجومين بأنهما «عمل إرهابي غير مبرر».";
    expect(claimWith(text, "عمل إرهابي").speaker?.name).toBe("تامي بروس");
    expect(claimWith("وأكد الأقارب أنهما نجوا من الحريق.", "نجوا").speaker?.name).toBe("الأقارب");
  });
});

describe("«، بينما أعلن X …» after a report of another speaker", () => {
  it("is X's claim, cut from the first; a delegation speaks as a body", () => {
    const text =
      "وقالت الهيئة البريطانية إن السفينة فقدت قوة الدفع، بينما أعلن وفد ليبيريا لدى المنظمة البحرية الدولية، اليوم الثلاثاء، مقتل اثنين من أفراد الطاقم.";
    expect(claimWith(text, "مقتل اثنين").speaker?.name).toBe("وفد ليبيريا");
    expect(claimWith(text, "قوة الدفع").speaker?.name).toBe("الهيئة البريطانية");
    expect(claimWith(text, "قوة الدفع").text).not.toContain("ليبيريا");
  });
});

describe("whom a source informed, and a denial after a name and its title", () => {
  it("makes the wire informed by «أفاد X وكالة فرانس برس بأن …» a link, not the speaker", () => {
    const c = claimWith(
      "وأفادت مهمة «أسبيدس» البحرية التابعة للاتحاد الأوروبي وكالة فرانس برس بأن ستة من البحارة انتشلوا أحياء.",
      "ستة من البحارة",
    );
    expect(c.speaker?.name).toContain("أسبيدس");
    expect(c.via).toEqual(["فرانس برس"]);
    // (a correspondent of the wire is one phrase)
    expect(claimWith("وأفاد مراسل وكالة فرانس برس بأن الدخان يتصاعد.", "الدخان").via).toEqual([]);
  });

  it("reads «نفى X، ممثل الشركة، تلقي أي تحذير» as X denying", () => {
    const c = claimWith(
      "في المقابل، نفى مايكل بودوروغلو، ممثل الشركة اليونانية المشغلة للسفينة، تلقي أي تحذير قبل الهجوم.",
      "أي تحذير",
    );
    expect(c.speaker?.name).toBe("مايكل بودوروغلو");
    expect(c.stance).toBe("denies");
  });
});

describe("«، فيما …» in a long sentence", () => {
  it("is a further proposition of the same report; in a short one it stays with its sentence", () => {
    const long =
      "وصدرت الأحكام في ختام الجلسة الثالثة للمحاكمة التي عقدت مساء الجمعة ومنع الصحافيون والدبلوماسيون وممثلو المنظمات الحقوقية من حضورها، فيما رفض المتهمون الموقوفون المشاركة فيها عن بعد عبر الفيديو من السجن مطالبين بمحاكمة حضورية علنية.";
    expect(claimWith(long, "عبر الفيديو").text.startsWith("فيما")).toBe(true);
    expect(claimWith(long, "الجلسة الثالثة").text).not.toContain("الفيديو");
    const short = "وصدرت الأحكام مساء الجمعة، فيما رفض المتهمون المشاركة عن بعد.";
    expect(claimWith(short, "عن بعد").text).toContain("وصدرت الأحكام");
  });
});

describe("a capital before a present verb in a headline", () => {
  it("speaks for its government: «وواشنطن تتهم …»، «طهران تنفي …»", () => {
    const text = "ارتفاع عدد الناجين إلى عشرة... وواشنطن تتهم الحوثيين بخطف بحارة\nنص الخبر.";
    expect(claimWith(text, "بخطف").speaker?.name).toBe("واشنطن");
    expect(claimWith("طهران تنفي إرسال أسلحة إلى اليمن\nنص الخبر.", "أسلحة").speaker?.name).toBe("طهران");
  });
});

describe("«…، مضيفاً أنه …، وفق ما نشرته X»", () => {
  it("keeps the participle with the one who spoke; the publisher is the link", () => {
    const text =
      "وقال الرئيس قيس سعيد، خلال استقباله مساء الاثنين وزير الشؤون الخارجية في قصر قرطاج، إن البلاد ليست ضيعة ولا بستاناً، مضيفا أنه إذا كانت بعض الجهات تأسف لاستبعاد المراقبين الدوليين فإن بوسع تونس أن توفد مراقبين إلى تلك الدول، وفق ما نشرته رئاسة الجمهورية على صفحتها.";
    const c = claimWith(text, "توفد مراقبين");
    expect(c.speaker?.name).toBe("قيس سعيد");
    expect(c.via).toEqual(["رئاسة الجمهورية"]);
  });
});

describe("«تعتقد X بوفاة …»: what is believed to have happened", () => {
  it("is the believer's claim, in a headline too", () => {
    const text = "الشركة المشغلة تعتقد بوفاة بحار وتبحث عن أربعة مفقودين\nنص الخبر.";
    expect(claimWith(text, "بوفاة").speaker?.name).toBe("الشركة المشغلة");
  });
});

describe("a verb pointing back to an occasion («في زيارة أكد خلالها …»)", () => {
  it("reports for whoever made the visit or the call", () => {
    const visit =
      "وكان رئيس دولة الإمارات الشيخ محمد بن زايد قد وصل إلى الدوحة أمس في زيارة أكد خلالها وقوف بلاده إلى جانب قطر.";
    expect(claimWith(visit, "وقوف بلاده").speaker?.name).toBe("محمد بن زايد");
    expect(
      claimWith("ووصل وزير الخارجية إلى بغداد في زيارة أكد خلالها دعم بلاده للعراق.", "دعم بلاده").speaker?.name,
    ).toBe("وزير الخارجية");
  });
});

describe("a statement whose relative clause names who put it out", () => {
  it("speaks for its author: «البيان الذي وقّعه X»، «التقرير الذي أعدته X»", () => {
    const text =
      "وقال وزير الداخلية إن الأمن مستتب. وأوضح البيان الذي وقعه رئيس الحكومة أن الإجراءات تبدأ مطلع الشهر المقبل.";
    expect(claimWith(text, "مطلع الشهر").speaker?.name).toBe("رئيس الحكومة");
    expect(claimWith("وأشار التقرير الذي أعدته منظمة العفو الدولية إلى أن السجون مكتظة.", "مكتظة").speaker?.name).toBe(
      "منظمة العفو الدولية",
    );
  });
});

describe("a body «for» two fields joined by و", () => {
  it("keeps the second field in its name: «الجهاز المركزي للتعبئة العامة والإحصاء»", () => {
    const c = claimWith("ووفقاً لبيانات الجهاز المركزي للتعبئة العامة والإحصاء، ارتفع معدل البطالة.", "البطالة");
    expect(c.speaker?.name).toBe("الجهاز المركزي للتعبئة العامة والإحصاء");
    // (two bodies joined by و after no «لـ» stay two)
    expect(claimWith("وقالت وزارة الداخلية والجيش في بيان مشترك إن الوضع هادئ.", "هادئ").speaker?.name).not.toContain(
      "الجيش",
    );
  });
});

describe("«أقرّ/اعترف X بـ…»: what is admitted", () => {
  it("follows the subject, and is no part of a name after a title", () => {
    expect(claimWith("وأقرّ كاكداك بوجود روايتين متعارضتين عن مصير البحارة.", "روايتين").speaker?.name).toBe("كاكداك");
    expect(claimWith("واعترف الوزير بوجود ثغرات في خطة الإجلاء.", "ثغرات").speaker?.name).toBe("الوزير");
    expect(claimWith("وأقر وزير الداخلية بصعوبة الوضع في المدينة.", "بصعوبة").speaker?.name).toBe("وزير الداخلية");
    // (a given name after the title is still the person's)
    expect(claimWith("وأقر الرئيس بشار الأسد بوجود أخطاء.", "أخطاء").speaker?.name).toBe("بشار الأسد");
  });
});

describe("a participle after a state's act", () => {
  it("continues the state, not the last speaker", () => {
    const text =
      "وقالت سلطنة عمان إنها تتابع الوضع. وشنت إسرائيل فجر الاثنين غارات على موانئ الحديدة، مؤكدة أن هذه الموانئ تستخدم لنقل أسلحة.";
    expect(claimWith(text, "تستخدم لنقل").speaker?.name).toBe("إسرائيل");
    // (a city is no state: its clause's participle keeps the last speaker)
    const city = "وقالت الوزارة إن الوضع هادئ. وشهدت الخرطوم اشتباكات عنيفة، مشيرة إلى أن القتال توقف.";
    expect(claimWith(city, "القتال توقف").speaker?.name).toBe("الوزارة");
  });
});

describe("civil protection by its two-word name", () => {
  it("is a body that announces: «أعلنت الحماية المدنية ارتفاع …»", () => {
    const c = claimWith("وفي حصيلة جديدة، أعلنت الحماية المدنية ارتفاع عدد المصابين إلى 23.", "المصابين");
    expect(c.speaker?.name).toBe("الحماية المدنية");
    expect(claimWith("وأعلنت الوقاية المدنية انتشال جثتين من تحت الأنقاض.", "جثتين").speaker?.name).toBe(
      "الوقاية المدنية",
    );
  });
});

describe("a call or a message received from someone («اتصالاً هاتفياً من X أعرب خلاله …»)", () => {
  it("reports for the caller, not the one who took the call", () => {
    const call = "فيما تلقى تبون أمس اتصالاً هاتفياً من الرئيس التونسي قيس سعيّد أعرب خلاله عن تضامن تونس مع الجزائر.";
    expect(claimWith(call, "تضامن تونس").speaker?.name).toBe("قيس سعيّد");
    expect(claimWith("وتلقى الملك رسالة من رئيس الوزراء أكد فيها دعم بلاده.", "دعم بلاده").speaker?.name).toBe(
      "رئيس الوزراء",
    );
  });
});

describe("a rank's grade and Maghreb given names written with the article", () => {
  it("reads «الفريق أول السعيد شنقريحة» and «الرئيس الحبيب بورقيبة» as titled names", () => {
    const rank = claimWith("وقال الفريق أول السعيد شنقريحة إن الوضع مستقر.", "مستقر");
    expect(rank.speaker?.name).toBe("السعيد شنقريحة");
    expect(claimWith("وقال الرئيس الحبيب بورقيبة إن الاستقلال قريب.", "قريب").speaker?.name).toBe("الحبيب بورقيبة");
  });
  it("finds the stance a verb voices past a title in apposition", () => {
    const c = claimWith("إذ قدّم الفريق أول السعيد شنقريحة، رئيس أركان الجيش، تعازيه لأسر الضحايا.", "تعازيه");
    expect(c.speaker?.name).toBe("السعيد شنقريحة");
  });
});

describe("an office telling of what the person it serves decided", () => {
  it("is the link; the person named in the clause is the source", () => {
    const text = "وقرر رئيس الجمهورية عبد المجيد تبون حداداً وطنياً ليوم واحد، حسب بيان لرئاسة الجمهورية.";
    const c = claimWith(text, "حداداً");
    expect(c.speaker?.name).toBe("عبد المجيد تبون");
    expect(c.via).toContain("رئاسة الجمهورية");
  });
});

describe("a relay from a pronoun («ونقلت عنه الوكالة قوله إن …»)", () => {
  it("goes on with the one the pronoun stands for; the outlet is the link", () => {
    const text =
      "وقال وزير الصحة إن المستشفيات استقبلت الجرحى. ونقلت عنه وكالة الأنباء الرسمية قوله إن الوضع تحت السيطرة.";
    const c = claimWith(text, "تحت السيطرة");
    expect(c.speaker?.name).toBe("وزير الصحة");
    expect(c.via).toEqual(["وكالة الأنباء الرسمية"]);
    // (in the pronoun's gender: «عنها» goes on with the minister who is a woman)
    const her = "وأكدت الوزيرة أن العمل جار. وقال المتحدث إن الفرق تعمل. ونقلت عنها صحيفة «الخبر» أن الخطة جاهزة.";
    expect(claimWith(her, "الخطة جاهزة").speaker?.name).toBe("الوزيرة");
  });
});

describe("a platform or a site by its name", () => {
  it("speaks as a body: «منصة تانكر تراكرز»، «بيانات منصة بورت ووتش»، «المسيرة نت»", () => {
    const tracker = claimWith('وأفادت منصة "تانكر تراكرز" بأن الحوثيين منعوا ناقلات من المغادرة.', "منعوا");
    expect(tracker.speaker?.name).toBe("منصة تانكر تراكرز");
    // (a platform is no «منصته», his own platform: it does not hand the claim to the last speaker)
    const data =
      "وقالت المديرة العامة للصندوق كريستالينا جورجيفا إن حركة المرور انخفضت. وتظهر بيانات منصة بورت ووتش أن 2882 سفينة عبرت القناة.";
    expect(claimWith(data, "2882").speaker?.name).toBe("منصة بورت ووتش");
    expect(claimWith("وبحسب المسيرة نت، شن الطيران الأمريكي عشر غارات.", "غارات").speaker?.name).toBe("المسيرة نت");
  });
});

describe("a subject with its name set off by commas before what it holds someone responsible for", () => {
  it("runs to the second comma: «حمّل بطريرك أنطاكية …، يوحنا العاشر يازجي، الحكومة «المسؤولية»»", () => {
    const text =
      "حمّل بطريرك أنطاكية وسائر المشرق للروم الأرثوذكس، يوحنا العاشر يازجي، الحكومة السورية «المسؤولية الكاملة» عن التفجير.";
    expect(claimWith(text, "المسؤولية الكاملة").speaker?.name).toBe("يوحنا العاشر يازجي");
    expect(claimWith("وحمّل وزير الخارجية، أيمن الصفدي، إسرائيل مسؤولية التصعيد.", "التصعيد").speaker?.name).toBe(
      "أيمن الصفدي",
    );
  });
  it("goes on with the owner of figures named by a pronoun («بعدما كانت حصيلتها الأولية تتحدث عن …»)", () => {
    const text =
      "أعلنت وزارة الصحة السورية مقتل 20 مدنياً وإصابة 52 آخرين في التفجير، بعدما كانت حصيلتها الأولية تتحدث عن 9 قتلى.";
    expect(claimWith(text, "9 قتلى").speaker?.name).toBe("وزارة الصحة السورية");
  });
});

describe("a body's name of several words in quotation marks", () => {
  it("stays whole, before or after the verb, and is no quotation", () => {
    const after = claimWith("وقالت «سرايا أنصار السنة» إن الهجوم جاء ردا على الحملات.", "ردا");
    expect(after.speaker?.name).toBe("سرايا أنصار السنة");
    expect(after.quote).toBeNull();
    const head = claimWith("«سرايا أنصار السنة» تتبنى الهجوم على الكنيسة\nنص الخبر.", "تتبنى");
    expect(head.speaker?.name).toBe("سرايا أنصار السنة");
    expect(claimWith("وقال «المرصد السوري لحقوق الإنسان» إن 20 شخصا قتلوا.", "قتلوا").speaker?.name).toBe(
      "المرصد السوري لحقوق الإنسان",
    );
  });
});

describe("what a crowd chants, and a body documents in the present", () => {
  it("is theirs: «وردد المحتجون هتافات …»، «وهتف المتظاهرون «ارحلوا»»، «X توثق …»", () => {
    const chants = claimWith("وردد المحتجون هتافات من قبيل «الشعب يريد إسقاط الحكومة» و«نريد انتخابات».", "هتافات");
    expect(chants.speaker?.name).toBe("المحتجون");
    expect(claimWith("وهتف المتظاهرون «ارحلوا» أمام مقر الحكومة.", "ارحلوا").speaker?.name).toBe("المتظاهرون");
    expect(claimWith("وهتف المتظاهرون بسقوط الحكومة.", "بسقوط").speaker?.name).toBe("المتظاهرون");
    const head = claimWith("«الوطنية لحقوق الإنسان» توثق 53 قتيلاً مدنياً في اشتباكات طرابلس\nنص الخبر.", "توثق");
    expect(head.speaker?.name).toBe("الوطنية لحقوق الإنسان");
    // (a rumour is no chant, and «ردد» without chants reports nothing)
    expect(claimWith("وتردد أن الوزير استقال من منصبه.", "استقال").speaker).toBeNull();
  });
});

describe("a toll whose owner is named before the wire that relayed it", () => {
  it("is the owner's, with the wire as the link", () => {
    const c = claimWith(
      "وأسفر الهجوم عن مقتل 25 شخصاً، وفق أحدث حصيلة لوزارة الصحة نقلتها وكالة الأنباء السورية (سانا).",
      "25 شخصاً",
    );
    expect(c.speaker?.name).toBe("وزارة الصحة");
    expect(c.via).toEqual(["وكالة الأنباء السورية"]);
    expect(claimWith("وقتل 20 شخصا، بحسب حصيلة للدفاع المدني نقلتها وكالة فرانس برس.", "20").speaker?.name).toBe(
      "الدفاع المدني",
    );
  });
});

describe("verb forms that are other words: «هدوء حذر»، «ودّعت»", () => {
  it("reads «حذر» after a noun of mood as «cautious» and «ودّع» with its shadda as «bade farewell»", () => {
    expect(claimWith("فيما يسود هدوء حذر أحياء العاصمة.", "هدوء").speaker).toBeNull();
    expect(claimWith("ودّعت الجزائر، أمس (السبت)، ضحايا حادث سقوط حافلة.", "ضحايا").speaker).toBeNull();
    // (a source that warns, and a call to calm, still report)
    expect(claimWith("وحذر مسؤول من تدهور الوضع.", "تدهور").speaker?.name).toBe("مسؤول");
    expect(claimWith("ودعت الوزارة إلى الهدوء.", "الهدوء").speaker?.name).toBe("الوزارة");
  });
});

describe("a preposition carrying a pronoun", () => {
  it("names no one: «الذين يقولون إن لديهم …» leaves the admission with «كاكداك»", () => {
    const text =
      "وأقرّ كاكداك بوجود روايتين متعارضتين، الأولى للحوثيين الذين يقولون إن لديهم عدداً من أفراد الطاقم، والثانية للولايات المتحدة التي وصفت ما جرى بأنه «عملية خطف».";
    expect(claimWith(text, "روايتين").speaker?.name).toBe("كاكداك");
  });
});

describe("hearing, thanking, advising, and the one addressed before what is called for", () => {
  it("reads each for its subject", () => {
    const heard = claimWith("وسمع صحافيون في وكالة فرانس برس دوي انفجارات قوية في سماء العاصمة.", "دوي");
    expect(heard.speaker?.name).toContain("صحافيون");
    expect(claimWith("وشكر الرئيس الأميركي طهران على «إبلاغنا مبكراً».", "إبلاغنا").speaker?.name).toBe(
      "الرئيس الأميركي",
    );
    expect(claimWith("وطالب الوزير الحكومة بالتحقيق في الحادث.", "بالتحقيق").speaker?.name).toBe("الوزير");
    const branch = claimWith("وأعلن الفرع الجهوي للمحامين رفع قضية استعجالية ضد المجمع.", "قضية");
    expect(branch.speaker?.name).toContain("الفرع الجهوي");
  });
});

describe("a relative verb on an indefinite noun with «إليه»", () => {
  it("reports nothing: «إضراباً عاماً دعا إليه الاتحاد» is the strike the union called", () => {
    const text = "وجاءت تصريحاته مساء يوم شهدت فيه قابس إضراباً عاماً دعا إليه الاتحاد الجهوي للشغل، وفق وكالة «رويترز».";
    const c = claimWith(text, "إضراباً");
    expect(c.speaker?.name).not.toBe("وجاءت تصريحاته");
    expect(c.speaker?.name).toBe("وكالة رويترز");
  });
});

describe("a campaign by its name", () => {
  it("speaks: «ردّت حملة «أوقفوا التلوث» على اتهامات …»", () => {
    const c = claimWith("وردّت حملة «أوقفوا التلوث» على اتهامات بأن المحتجين «مأجورون».", "اتهامات");
    expect(c.speaker?.name).toBe("حملة أوقفوا التلوث");
  });
});

describe("whom a call is made on, after its maker", () => {
  it("ends the caller's name before «الأطراف» and «الصحفيين»", () => {
    expect(claimWith("وحث الأمين العام الأطراف على ضبط النفس والعودة إلى المفاوضات.", "ضبط النفس").speaker?.name).toBe(
      "الأمين العام",
    );
    expect(claimWith("ودعا الرئيس الصحفيين إلى التحلي بالمسؤولية.", "بالمسؤولية").speaker?.name).toBe("الرئيس");
    // (the parties themselves still speak)
    expect(claimWith("وقالت الأطراف إن الاتفاق قريب.", "الاتفاق").speaker?.name).toBe("الأطراف");
  });
});

describe("a direction («وجّه») and whom it is given to", () => {
  it("ends the director's name at the title of whom it directs", () => {
    const text =
      "ووجه رئيس الوزراء مصطفى مدبولي وزيرة التضامن الاجتماعي نيفين القباج بصرف 100 ألف جنيه لأسرة كل متوفى.";
    expect(claimWith(text, "بصرف").speaker?.name).toBe("مصطفى مدبولي");
  });

  it("reads «كل أجهزة الدولة» after «وجّه» as whom it directs, and carries the speaker", () => {
    const text =
      "وقال الرئيس إن الحادث مؤلم، وإنه وجه كل أجهزة الدولة ومؤسساتها المعنية باتخاذ جميع الإجراءات اللازمة.";
    expect(claimWith(text, "أجهزة الدولة").speaker?.name).toBe("الرئيس");
  });

  it("never takes a title for the family name of the person named right before it", () => {
    const out = extractArticle({
      source: "x",
      text: "ووجه رئيس الوزراء مصطفى مدبولي وزيرة التضامن الاجتماعي نيفين القباج بصرف 100 ألف جنيه. ووجه وزيرة التضامن الاجتماعي بصرف 20 ألف جنيه لكل مصاب.",
    });
    expect(out.claims.map((c) => c.speaker?.name ?? "")).not.toContain("مصطفى مدبولي وزيرة");
  });
});

describe("«الرئيس» alone after a «رئيس» in construct", () => {
  it("keeps the head of state apart from the prime minister named before; «الوزير» still repeats the minister", () => {
    const out = extractArticle({
      source: "x",
      text: "وقال رئيس الوزراء مصطفى مدبولي إن الوضع مستقر. ووجه الرئيس رسالة إلى الشعب. وقال وزير الخارجية سامح شكري إن المحادثات بناءة. وأضاف الوزير أن الوفد سيعود.",
    });
    expect(out.claims.map((c) => c.speaker?.name)).toEqual(["مصطفى مدبولي", "الرئيس", "سامح شكري", "سامح شكري"]);
  });
});

describe("a country's judiciary, and doing away with something", () => {
  it("reads «أعلن القضاء اللبناني توقيف …» as the judiciary's, and «القضاء على» as no part of a body's name", () => {
    expect(claimWith("وأعلن القضاء اللبناني توقيف أربعة موظفين في المرفأ.", "توقيف").speaker?.name).toBe(
      "القضاء اللبناني",
    );
    expect(claimWith("وأعلنت قوات الأمن القضاء على خلية مسلحة في الريف.", "خلية").speaker?.name).toBe("قوات الأمن");
  });
});

describe("mourning declared after a person's name", () => {
  it("ends «أعلن رئيس الوزراء X Y الحداد الوطني …» at the name, and keeps «الحداد» as a family name elsewhere", () => {
    expect(claimWith("وأعلن رئيس الوزراء سمير عبد الكريم الحداد الوطني ثلاثة أيام.", "ثلاثة").speaker?.name).toBe(
      "سمير عبد الكريم",
    );
    expect(claimWith("وقال الباحث الطاهر الحداد إن الإصلاح ضروري.", "الإصلاح").speaker?.name).toContain("الحداد");
  });
});

describe("a family name alone, of someone named in full only as an object before", () => {
  it("gives «نفى العاكوب …» to «محافظ نينوى نوفل العاكوب», not to the province", () => {
    const text =
      "وصوّت المجلس على إقالة محافظ نينوى نوفل العاكوب ونائبيه.\n\nفي المقابل، نفى العاكوب الاتهامات الموجهة إليه بالتقصير.";
    expect(claimWith(text, "الاتهامات").speaker?.name).toBe("نوفل العاكوب");
  });

  it("matches a compound family name whole: «عبد المهدي» after «عادل عبد المهدي»", () => {
    const text =
      "وأعلن رئيس الوزراء عادل عبد المهدي فتح تحقيق.\n\nوكان عبد المهدي قد بعث برسالة إلى البرلمان، مشيراً إلى وجود تجاوزات.";
    expect(claimWith(text, "تجاوزات").speaker?.name).toBe("عادل عبد المهدي");
  });
});

describe("the public a call is made on, with no preposition after it", () => {
  it("ends the caller's name at «السكان»/«الأهالي», and keeps a body named after residents", () => {
    expect(claimWith("وناشد المحافظ السكان إخلاء منازلهم قبل حلول الظلام.", "إخلاء").speaker?.name).toBe("المحافظ");
    expect(claimWith("وطالبت البلدية الأهالي بعدم الاقتراب من مجرى الوادي.", "الاقتراب").speaker?.name).toBe("البلدية");
    expect(claimWith("وقالت جمعية السكان المحليين إن مياه الشرب ملوثة.", "ملوثة").speaker?.name).toBe(
      "جمعية السكان المحليين",
    );
  });
});

describe("where a name ends before what follows it", () => {
  it("ends a person's name at a family name in -ي, before a long plural, and a body's before «المعروف»", () => {
    expect(claimWith("ورفض رئيس التحالف عدنان الزرفي المفوضية وقراراتها الأخيرة.", "وقراراتها").speaker?.name).toBe(
      "عدنان الزرفي",
    );
    expect(claimWith("ونفى الوزير سامي الشمري الاتهامات الموجهة إليه.", "الموجهة").speaker?.name).toBe("سامي الشمري");
    expect(claimWith("وأكد الدفاع المدني السوري المعروف باسم الخوذ البيضاء أن فرقه تعمل.", "فرقه").speaker?.name).toBe(
      "الدفاع المدني السوري",
    );
    expect(claimWith("وقال الشيخ مشعل الأحمد الجابر الصباح إن البلاد بخير.", "بخير").speaker?.name).toBe(
      "مشعل الأحمد الجابر الصباح",
    );
  });
});

describe("an object named inside the phrase after the verb", () => {
  it("ends the subject at an event noun, an act condemned, or a noun after a full name in -ي", () => {
    expect(claimWith("ووصف الرئيس الأميركي جو بايدن مقتل القيادي بأنه «عدالة متأخرة».", "عدالة").speaker?.name).toBe(
      "جو بايدن",
    );
    const condemned =
      claimWith("وأدانت السفارة البريطانية لدى اليمن الهجوم على «سفينة الشحن»، معتبرة أنه «تصعيد خطير».", "الشحن")
        .speaker?.name ?? "";
    expect(condemned).toContain("السفارة البريطانية");
    expect(condemned).not.toContain("الهجوم");
    expect(
      claimWith("في السياق ذاته، طالب رئيس تحالف «النهضة» عدنان الزرفي المفوضية بمحاسبة المتورطين.", "المتورطين")
        .speaker?.name,
    ).toBe("عدنان الزرفي");
    expect(claimWith("وأعلن الجيش مقتل خمسة جنود في الهجوم.", "جنود").speaker?.name).toBe("الجيش");
  });
});

describe("a relay timed between the verb and «عن», an order given urgently, and bodies counted as many", () => {
  it("relays the source after «نقلت في وقت سابق عن …»", () => {
    const c = claimWith(
      "وكانت وكالة الأنباء الرسمية قد نقلت في وقت سابق عن المتحدث باسم المحافظة سامح عادل أن الفرق انتشلت 40 جثة.",
      "انتشلت",
    );
    expect(c.speaker?.name).toContain("سامح عادل");
    expect(c.via.join(" ")).toContain("وكالة الأنباء الرسمية");
  });

  it("reads «وجّه X بسرعة تعقب …» as X's order", () => {
    expect(claimWith("ووجّه رئيس الوزراء كمال حسين بسرعة تعقب المسؤولين عن الحادث.", "تعقب").speaker?.name).toBe(
      "كمال حسين",
    );
  });

  it("never names a speaker with an adjective of number: «وأن جثثاً كثيرة يرجح أنها …»", () => {
    const c = claimWith("وأكد مصدر طبي أن العنبر لم يفتح بعد وأن جثثا كثيرة يرجح أنها عالقة داخله.", "عالقة");
    expect(c.speaker?.name).toBe("مصدر طبي");
  });
});

describe("what a body contented itself with saying", () => {
  it("reads «واكتفت الوزارة في بيانها بالإعلان عن …» as the ministry's", () => {
    expect(claimWith("واكتفت وزارة الصحة في بيانها الأول بالإعلان عن إصابة 97 شخصاً.", "97").speaker?.name).toBe(
      "وزارة الصحة",
    );
  });
});

describe("a headline «X عن Y: …»", () => {
  it("gives the words after the colon to the person named before «عن»", () => {
    const titled = extractArticle({
      source: "fixture.txt",
      text: "الرئيس عن ضحايا الحريق: لا تهاون مع المقصرين\n\nوقال الرئيس عبد الرحمن سالم إن التحقيق سيشمل الجميع.",
    });
    expect(titled.claims[0]?.speaker?.name).toBe("الرئيس");
    const named = extractArticle({
      source: "fixture.txt",
      text: "سالم عن ضحايا الحريق: لا تهاون مع المقصرين\n\nوقال الرئيس عبد الرحمن سالم إن التحقيق سيشمل الجميع.",
    });
    expect(named.claims[0]?.speaker?.name).toBe("عبد الرحمن سالم");
  });
});

describe("statements relayed by whom a relative verb names", () => {
  it("keeps the speaker the clause goes on with, the relay a link: «مؤكداً، في تصريحات نقلها X، أن …»", () => {
    const c = claimWith(
      "ونفى المتحدث باسم الوزارة المهندس سامر حلمي استقالة رئيس الهيئة، مؤكداً، في تصريحات نقلها الإعلامي خالد صبري عبر قناة محلية، أن رئيس الهيئة باق في منصبه.",
      "باق",
    );
    expect(c.speaker?.name).toBe("سامر حلمي");
    expect(c.via).toContain("خالد صبري");
  });
});

describe("a verb of stance, «بـ» with a pronoun, then the subject", () => {
  it("reads «ونددت بها قطر أيضاً» and «ورحّب به الاتحاد الأوروبي» as the named subject's", () => {
    expect(claimWith("وأدانت مصر الغارة بشدة. ونددت بها قطر أيضا في بيان لخارجيتها.", "قطر").speaker?.name).toBe("قطر");
    expect(claimWith("ورحب به الاتحاد الأوروبي في بيان صدر مساء أمس.", "الاتحاد").speaker?.name).toBe(
      "الاتحاد الأوروبي",
    );
  });
});

describe("restating what was said: «أعاد X التذكير/التأكيد …»", () => {
  it("reads «وأعاد الجيش التذكير بأن …» as the army's, and «أعادت السلطات فتح المعبر» as no report", () => {
    expect(claimWith("وأعاد الجيش التذكير بأن قواته قتلت قائدا بارزا في العملية.", "قائدا").speaker?.name).toBe(
      "الجيش",
    );
    expect(claimWith("وأعادت السلطات فتح المعبر صباح أمس.", "المعبر").speaker).toBeNull();
  });
});

describe("condoling is a statement", () => {
  it("reads «وعزّى الأمين العام أسر الضحايا» and a headline «X تعزي …» as the condoler's", () => {
    expect(claimWith("وعزّى الأمين العام للأمم المتحدة أسر الضحايا.", "أسر").speaker?.name).toContain("الأمين العام");
    const out = extractArticle({
      source: "fixture.txt",
      text: "المنظمة الدولية تعزي اليمنيين بضحايا التدافع\n\nوقالت المنظمة الدولية في بيان إنها حزينة لما جرى.",
    });
    expect(out.claims[0]?.speaker?.name).toBe("المنظمة الدولية");
  });
});

describe("a past verb form that is a given name too", () => {
  it("reads «عزت» before a bare name word as the name, and as the verb before its subject or with «بـ»", () => {
    expect(claimWith("وقال الوزير إن عزت إبراهيم وصل إلى القاهرة مساء أمس.", "وصل").speaker?.name).toBe("الوزير");
    expect(claimWith("وعزت الوزارة الحادث إلى خطأ بشري.", "خطأ").speaker?.name).toBe("الوزارة");
  });
});

describe("a transfer and an agreement are no sources", () => {
  it("reads «اكتمال نقل شحنة النفط من … إلى …» as a transfer, «وفق مذكرة التفاهم» as in keeping with it", () => {
    const moved = claimWith(
      "وأعلن رئيس اللجنة المشرفة على صيانة الخزان العائم «ريم»، سامي عمر، اكتمال نقل شحنة النفط الخام من «ريم» إلى السفينة البديلة.",
      "الخام",
    );
    expect(moved.speaker?.name ?? "").not.toContain("شحنة");
    expect(
      claimWith("وتجري عمليات التصدير وفق مذكرة التفاهم الموقعة مع الأمم المتحدة في مارس.", "التصدير").speaker,
    ).toBeNull();
  });
});

describe("a relay timed by an event, Levantine given names, a headline «X للوزراء: …»", () => {
  it("relays the source after «قد نقلت قبل الزيارة عن …»", () => {
    const c = claimWith("وكانت الصحيفة قد نقلت قبل الزيارة عن مسؤول بارز أن الحزب «هُزم».", "هُزم");
    expect(c.speaker?.name).toBe("مسؤول بارز");
    expect(c.via).toContain("الصحيفة");
  });

  it("finds «بول مرقص» behind «مرقص» and «جوزاف عون» behind the headline «عون للوزراء: …»", () => {
    expect(
      claimWith("وتسلم بول مرقص وزارة الإعلام أمس.\n\nوأعلن مرقص تشكيل لجنة للبيان الوزاري.", "لجنة").speaker?.name,
    ).toBe("بول مرقص");
    const out = extractArticle({
      source: "fixture.txt",
      text: "عون للوزراء: الولاء للدولة وحدها\n\nوقال الرئيس جوزاف عون إن الحكومة ستعمل بروح الفريق الواحد.",
    });
    expect(out.claims[0]?.speaker?.name).toBe("جوزاف عون");
  });
});

describe("a verb of stance right before «بـ«…»», its subject carried", () => {
  it("reads «…، ثم رحّب بـ«حكومة الإصلاح»» as the welcome of the clause's subject", () => {
    const c = claimWith(
      "وقال الرئيس سامي نادر إن الحكومة ستعمل.\n\nوافتتح نادر الجلسة بالوقوف دقيقة صمت، ثم رحّب بـ«حكومة الإصلاح والإنقاذ».",
      "الإصلاح",
    );
    expect(c.speaker?.name).toBe("سامي نادر");
  });
});

describe("a plural participle goes on with a group", () => {
  it("gives «، معتبرين …»، «مطالبين …» to the group its clause opens on, never to a single earlier speaker", () => {
    const out = extractArticle({
      source: "fixture.txt",
      text:
        "وقال الوزير سامي نادر إن الحوار مستمر.\n\n" +
        "ويرفض الأساتذة المحتجون النظام الجديد، معتبرين أنه لم يتضمن أي زيادة في أجورهم.\n\n" +
        "وتظاهر آلاف الأساتذة أمام البرلمان، مطالبين بسحب النظام.",
    });
    const of = (w: string) => out.claims.find((c) => c.text.includes(w))?.speaker?.name;
    expect(of("أجورهم")).toBe("الأساتذة المحتجون");
    expect(of("بسحب")).toBe("آلاف الأساتذة");
  });
});

describe("a headline opening on a name of several words, and a place after «قبالة»", () => {
  it("gives «الأمم المتحدة تنهي … قبالة اليمن وتعلن …» to the UN, named in full in the article", () => {
    const out = extractArticle({
      source: "fixture.txt",
      text:
        "الأمم المتحدة تنهي سحب النفط من الناقلة «ريم» قبالة اليمن وتعلن زوال خطر التسرب\n\n" +
        "وقالت الأمم المتحدة في بيان إن العملية نجحت.",
    });
    expect(out.claims[0]?.speaker?.name).toBe("الأمم المتحدة");
  });
});
