// Clause splitting: one proposition per claim, each split-off clause keeping the sentence's speaker.
import { describe, expect, it } from "vitest";
import { extractArticle } from "./index.ts";

const claimsOf = (text: string) => extractArticle({ source: "x.txt", text }).claims;

describe("clause splitting", () => {
  it("splits a statement and its participle clause into two claims of one speaker", () => {
    const text =
      "وقال رئيس الوزراء في ختام جولته في المحافظات الجنوبية إن أعمال الإعمار ستنتهي قبل نهاية العام الجاري، معلناً أن الحكومة ستخصص ثلاثة مليارات دولار لإعادة بناء المدارس المتضررة.";
    const cs = claimsOf(text);
    expect(cs).toHaveLength(2);
    expect(cs[1]?.text.startsWith("معلناً")).toBe(true);
    expect(cs[1]?.speaker?.name).toBe(cs[0]?.speaker?.name);
    expect(cs[0]?.speaker?.name ?? "").toContain("رئيس الوزراء");
  });

  it("splits a concession (، إلا أن …) off a reported sentence", () => {
    const text =
      "استأنفت فرق الإنقاذ عمليات البحث عن المفقودين تحت الأنقاض صباح اليوم، إلا أن الأمطار الغزيرة لا تزال تعيق وصول المعدات الثقيلة.";
    const cs = claimsOf(text);
    expect(cs).toHaveLength(2);
    expect(cs[1]?.text.startsWith("إلا أن")).toBe(true);
    expect(cs.every((c) => c.speaker === null)).toBe(true);
  });

  it("keeps the speaker on a concession inside an attributed sentence", () => {
    const text =
      "وقال المتحدث باسم الدفاع المدني إن فرقه أنقذت عشرات العالقين خلال الليل، إلا أن الأمطار لا تزال تعيق وصول المعدات.";
    const cs = claimsOf(text);
    expect(cs).toHaveLength(2);
    expect(cs[1]?.speaker?.name).toBe(cs[0]?.speaker?.name);
  });

  it("splits two figures joined by a coordinated verb clause (، ويسيطر على …)", () => {
    const text =
      "وقال مسؤولون عسكريون إن المتمردين فقدوا 90% من مواقعهم، ويسيطرون على أقل من 3 كيلومترات مربعة قرب الحدود.";
    const cs = claimsOf(text);
    expect(cs).toHaveLength(2);
    expect(cs[1]?.text).toContain("3 كيلومترات");
    expect(cs[1]?.speaker?.name).toBe(cs[0]?.speaker?.name);
  });

  it("keeps a coordinated verb clause whole when only one side carries a figure", () => {
    const text = "وقال مسؤولون إن المتمردين فقدوا معظم مواقعهم، ويسيطرون على أقل من 3 كيلومترات مربعة قرب الحدود.";
    expect(claimsOf(text)).toHaveLength(1);
  });

  it("cuts a framing phrase that reports an event of its own off the «، إن …» content, both keeping the speaker", () => {
    const text =
      "وقال المتحدث باسم الدفاع المدني، خالد العمري، مساء الأحد بعد انتشال 14 جثة من تحت أنقاض المبنى المنهار في حي الشيخ رضوان، إن فرق الإنقاذ ستواصل البحث طوال الليل.";
    const cs = claimsOf(text);
    expect(cs).toHaveLength(2);
    expect(cs[0]?.text).toContain("14 جثة");
    expect(cs[1]?.text.startsWith("إن فرق الإنقاذ")).toBe(true);
    expect(cs[0]?.speaker?.name).toContain("خالد العمري");
    expect(cs[1]?.speaker?.name).toBe(cs[0]?.speaker?.name);
  });

  it("keeps a sentence whole when the framing only says where the words were said", () => {
    const text =
      "وقال وزير الخارجية في مؤتمر صحافي عقده في العاصمة مع نظيره الأردني مساء الأحد، إن المفاوضات ستستأنف الأسبوع المقبل.";
    expect(claimsOf(text)).toHaveLength(1);
  });

  it("splits a second clause after «، في حين» / «، على أن» / «، بعدما», keeping the report's speaker", () => {
    const cases = [
      "وقالت وزارة الصحة في بيان إن عدد الوفيات ارتفع إلى 412 حالة، في حين بلغ عدد المصابين أكثر من ألفي مصاب.",
      "وأعلنت اللجنة المنظمة أن المرحلة الأولى من التوزيع تشمل ثلاث محافظات، على أن تمتد إلى بقية المناطق الشهر المقبل.",
      "وقال متعاملون إن سعر الصرف استقر عند 15 دينارا للدولار، بعدما تراجع طوال الأسبوع الماضي بفعل الطلب.",
    ];
    for (const text of cases) {
      const cs = claimsOf(text);
      expect(cs).toHaveLength(2);
      expect(cs[1]?.text).toMatch(/^(?:في حين|على أن|بعدما)/u);
      expect(cs[0]?.speaker).not.toBeNull();
      expect(cs[1]?.speaker?.name).toBe(cs[0]?.speaker?.name);
    }
  });

  it("keeps a reported sentence's second clause reported, and «، فيما» joined", () => {
    const split = claimsOf(
      "ارتفع منسوب النهر ثلاثة أمتار خلال يومين، في حين غمرت المياه عشرات المنازل في القرى المجاورة.",
    );
    expect(split).toHaveLength(2);
    expect(split.every((c) => c.speaker === null)).toBe(true);
    expect(claimsOf("وصلت ثلاث طائرات مساعدات إلى المطار صباح اليوم، فيما تنتظر شاحنات أخرى عند المعبر.")).toHaveLength(
      1,
    );
  });

  it("keeps a framing that only dates the occasion of the words («في مؤتمر صحافي عقده بعد ساعة …»)", () => {
    const text =
      "وقال رئيس اللجنة كمال يوسف، في مؤتمر صحافي عقده بعد ساعتين من إغلاق المكاتب عند السابعة مساء، إن 600 ألف ناخب أدلوا بأصواتهم.";
    expect(claimsOf(text)).toHaveLength(1);
  });

  it("does not end a sentence at an initial («ك. ج. أبراهام»)", () => {
    const cs = claimsOf("وفي مؤتمر صحافي، قال ك. ج. أبراهام إن الشركة ستدفع تعويضات لكل أسرة.");
    expect(cs).toHaveLength(1);
  });
});

describe("segment: «على أن» after a verb of insisting and an aside on its subject", () => {
  it("keeps «أكد X، Y، على أن …» one claim", () => {
    const text = "أكد متحدث الهيئة العامة للطرق، سامر علوان، على أن الجسر سيُفتح الأسبوع المقبل.";
    const claims = extractArticle({ source: "fixture.txt", text }).claims;
    expect(claims).toHaveLength(1);
    expect(claims[0]?.speaker?.name).toContain("سامر علوان");
  });
});

describe("segment: a full stop pasted between two Arabic words", () => {
  it("ends the sentence at «الحدود.وأعلن» but not inside a spelled-out acronym", () => {
    const cs = claimsOf("وانقلب القارب قرب الحدود.وأعلن المحافظ سامي العلي فتح تحقيق في الحادث.");
    expect(cs).toHaveLength(2);
    expect(cs[0]?.speaker).toBeNull();
    expect(cs[1]?.speaker?.name).toContain("سامي العلي");
    const one = claimsOf('وقال المحلل في بنك يو.بي.إس إن "الأسواق لم تتوقع الخفض".');
    expect(one).toHaveLength(1);
  });
});

describe("segment: a clause of contrast that opens the sentence", () => {
  it("cuts «وفي حين نفى X …، تحدثت Y عن …» into the two speakers' claims", () => {
    const cs = claimsOf("وفي حين نفى مكتب الرئاسة حدوث أي تقدم في المحادثات، تحدثت مصادر دبلوماسية عن تقدم ملموس.");
    expect(cs.map((c) => c.speaker?.name)).toEqual(["مكتب الرئاسة", "مصادر دبلوماسية"]);
    expect(cs[1]?.via).toEqual([]);
  });

  it("cuts «وبينما تتهم المعارضة الرئيس …، يرى مؤيدوه …» and keeps the accuser as the speaker", () => {
    const cs = claimsOf("وبينما تتهم المعارضة الرئيس كمال عيسى بتسييس القضاء، يرى أنصاره أن الأحكام عادلة.");
    expect(cs.map((c) => c.speaker?.name)).toEqual(["المعارضة", "أنصاره"]);
  });
});

describe("segment: «متعهداً» after a long statement", () => {
  it("cuts the pledge into a claim of its own, kept by the same speaker", () => {
    const cs = claimsOf(
      "وأكد وزير الداخلية سامي الحداد أن لجنة التحقيق ستباشر عملها صباح الغد في موقع الحريق وتستمع إلى شهادات الناجين والعاملين في القاعة، متعهداً بإعلان النتائج خلال 72 ساعة ومحاسبة المقصرين.",
    );
    expect(cs).toHaveLength(2);
    expect(cs[1]?.text.startsWith("متعهداً")).toBe(true);
    expect(cs[1]?.speaker?.name).toContain("سامي الحداد");
  });
});

describe("segment: a headline's second statement opening on a bare name", () => {
  it("cuts «… وخامنئي يتوعد بـ«رد قاس»» into the leader's claim, named as the article names him", () => {
    const text =
      "إيران تخفض حصيلة التفجيرين إلى 95 قتيلاً وخامنئي يتوعد بـ«رد قاس»\n\nوتوعد المرشد علي خامنئي بـ«رد قاس».";
    const cs = claimsOf(text);
    const threat = cs.find((c) => c.text.includes("يتوعد"));
    expect(threat?.text.startsWith("وخامنئي")).toBe(true);
    expect(threat?.speaker?.name).toBe("علي خامنئي");
  });
});

describe("segment: what the subject did next, after «، ثم»", () => {
  it("cuts a long account at «، ثم» + a verb into two claims of the same source", () => {
    const cs = claimsOf(
      "وقالت المديرية العامة للحماية المدنية في بيان إن الشاحنة انحرفت عن مسارها على الطريق السريع قرب مدخل المدينة واصطدمت بحافلة لنقل العمال، ثم اشتعلت فيها النيران وامتدت إلى سيارتين كانتا متوقفتين على جانب الطريق.",
    );
    expect(cs).toHaveLength(2);
    expect(cs[1]?.text.startsWith("ثم اشتعلت")).toBe(true);
    expect(cs.map((c) => c.speaker?.name)).toEqual([
      "المديرية العامة للحماية المدنية",
      "المديرية العامة للحماية المدنية",
    ]);
  });

  it("keeps an enumeration («، ثم إلى …») and a short sentence whole", () => {
    const steps = claimsOf(
      "وأوضحت المنظمة أن فرق التطعيم ستعمل في المحافظة الوسطى من 1 إلى 4 أيلول وتنتقل إلى خان يونس بين 5 و9 أيلول، ثم إلى مدينة غزة والشمال من 9 حتى 12 من الشهر نفسه.",
    );
    expect(steps).toHaveLength(1);
    expect(claimsOf("وقال الشهود إن المسلح أطلق النار، ثم فر من المكان.")).toHaveLength(1);
  });
});

describe("segment: «، إذ» + a report with a speaker of its own", () => {
  it("cuts «دانت X الهجوم، إذ كتب Y: …» into the two reports, and keeps «، إذ قال محللون» after an event whole", () => {
    const cs = claimsOf(
      'وكانت الولايات المتحدة قد دانت الهجوم، إذ كتب المتحدث باسم الخارجية الأميركية ماثيو ميلر: "نقدم تعازينا للشعب التونسي".',
    );
    expect(cs.map((c) => c.speaker?.name)).toEqual(["الولايات المتحدة", "ماثيو ميلر"]);
    expect(claimsOf("وتراجعت الأسعار بشدة، إذ قال محللون إن الطلب ضعيف.")).toHaveLength(1);
  });
});

describe("segment: «، فيما» + a clause credited to a source of its own", () => {
  it("cuts «أعلن X الحداد …، فيما نُقل المصابون …، بحسب Y» into X's act and Y's report; keeps a bare «فيما» whole", () => {
    const cs = claimsOf(
      "وكان المحافظ سامر عبيد قد أعلن الحداد ثلاثة أيام، فيما نُقل المصابون إلى خمسة مستشفيات، بحسب إدارة الأزمات.",
    );
    expect(cs.map((c) => c.speaker?.name)).toEqual(["سامر عبيد", "إدارة الأزمات"]);
    expect(claimsOf("وقال المحافظ سامر عبيد إن الحريق أخمد، فيما بدأ التحقيق في أسبابه.")).toHaveLength(1);
  });
});

describe("segment: «، يقولون إنها …» after a clause that reports a fact", () => {
  it("cuts what the subject says of its own act off the act, and gives it the subject", () => {
    const cs = claimsOf(
      "ويشن الحوثيون منذ أشهر هجمات على السفن في البحر الأحمر، يقولون إنها تستهدف السفن المرتبطة بإسرائيل.",
    );
    expect(cs.map((c) => c.speaker?.name ?? null)).toEqual([null, "الحوثيون"]);
    // (a speaker named before it keeps the sentence whole)
    expect(claimsOf("وقال الجيش إن المسلحين هاجموا السفن، يقولون إنها مرتبطة بإسرائيل.")).toHaveLength(1);
  });
});

describe("segment: «، وأنّ» in a long report", () => {
  it("cuts a further «وأنّ» off a report over the length limit, keeping the speaker; a short one stays whole", () => {
    const cs = claimsOf(
      "وكان مدير الأمن سامر عبيد قد أفاد، الأحد، بأن القارب الذي كان يقل نحو 150 مهاجراً، غالبيتهم من الإثيوبيين، انقلب ليل السبت قبالة المدينة جراء رياح عاتية، وأن الفرق انتشلت حتى ظهر ذلك اليوم 54 جثة وأنقذت عشرة أشخاص.",
    );
    expect(cs).toHaveLength(2);
    expect(cs.map((c) => c.speaker?.name)).toEqual(["سامر عبيد", "سامر عبيد"]);
    expect(claimsOf("وقال الوزير إن القارب انقلب، وأن الفرق انتشلت 54 جثة.")).toHaveLength(1);
  });
});

describe("segment: «، كما» with a speaker of its own", () => {
  it("cuts a second report whose verb names its own subject; «، كما أمر …» with none stays the first speaker's", () => {
    const two = claimsOf(
      "أعلن وزير الحكم المحلي بدر الدين التومي استقالته مساء الجمعة، كما أعلن وزير الإسكان والتعمير أبو بكر الغاوي استقالته.",
    );
    expect(two.map((c) => c.speaker?.name)).toEqual(["بدر الدين التومي", "أبو بكر الغاوي"]);
    const one = claimsOf(
      "ووجه رئيس الوزراء محمد شياع السوداني وزير الداخلية بالتوجه فورا إلى موقع الحريق، كما أمر بإرسال فريق طبي، فيما أعلن مجلس الوزراء الحداد.",
    );
    expect(one[0]?.text).toContain("كما أمر");
    expect(one[0]?.speaker?.name).toBe("محمد شياع السوداني");
  });
});

describe("segment: a short participle clause after an act the outlet tells itself", () => {
  it("cuts the participle off: the visit is reported, the gratitude is the visitor's", () => {
    const cs = claimsOf(
      "وتفقد الرئيس مسعود بزشكيان الموقع بعد ظهر الأحد وزار جرحى في أحد المستشفيات، معربا عن امتنانه لعناصر الإطفاء.",
    );
    expect(cs.map((c) => c.speaker?.name ?? null)).toEqual([null, "مسعود بزشكيان"]);
    // (after a verb of the lexicon, «وقدّر المصدر …» or «ووجّه بإطلاق …», a short sentence stays whole)
    expect(claimsOf("وقدّر المصدر عدد القادمين بما بين 300 و350 ألف شخص، قائلاً إنهم جاؤوا للتسجيل.")).toHaveLength(1);
  });
});

describe("segment: «، رغم أن» with a speaker of its own", () => {
  it("is that speaker's report, cut off the clause it concedes", () => {
    const cs = claimsOf(
      "ونقلت الصحيفة عن تقديرات أمنية أن رئيس الأركان لم يُقتل في الهجوم، رغم أن الجيش أعلن أنه كان الهدف الرئيسي للضربة.",
    );
    expect(cs.map((c) => c.speaker?.name)).toEqual(["تقديرات أمنية", "الجيش"]);
    // (with no speaker of its own it stays in the sentence)
    expect(claimsOf("وقال الوزير إن الطريق مفتوح، رغم أن الأمطار ما زالت تهطل بغزارة.")).toHaveLength(1);
  });
});

describe("segment: «، واصفاً …» with the speaker's words in quotation marks", () => {
  it("is a claim of its own; a gloss with no quotation stays with the statement", () => {
    const cs = claimsOf(
      "فقد كتب الرئيس الأميركي دونالد ترامب على منصته «تروث سوشيال» أن إيران أطلقت 14 صاروخاً أُسقط 13 منها فيما تُرك الأخير يمضي، واصفاً الرد الإيراني بأنه «ضعيف جداً».",
    );
    expect(cs).toHaveLength(2);
    expect(cs[1]?.text.startsWith("واصفاً")).toBe(true);
    expect(cs[1]?.speaker?.name).toBe(cs[0]?.speaker?.name);
    const gloss = claimsOf(
      "وأضاف المسؤول الإعلامي مصطفى بالي أن المعركة ستنطلق هذه الليلة وستكون مهمتها القضاء على آخر فلول التنظيم، واصفاً المعركة بأنها المعركة الأخيرة.",
    );
    expect(gloss).toHaveLength(1);
  });
});

describe("the main clause after an opening concession", () => {
  it("is a report of its own when it names its speaker", () => {
    const cs = claimsOf(
      "ورغم أن هيئة السكك أعلنت في بيانها سقوط 4 عربات، أفادت تقارير صحافية محلية بخروج 8 عربات عن القضبان.",
    );
    expect(cs.map((c) => c.speaker?.name)).toEqual(["هيئة السكك", "تقارير صحافية محلية"]);
  });

  it("stays one claim when the main clause names no speaker of its own", () => {
    expect(claimsOf("ورغم أن الوزارة نفت ذلك، فإن السكان ما زالوا يشتكون من تلوث المياه.")).toHaveLength(1);
  });
});

describe("a second speaker after an adjunct of its own", () => {
  it("cuts «…، وفي أول تعليق له على ذلك، قال X إن …» from the clause before", () => {
    const cs = claimsOf(
      "وكانت الهيئة الدينية قد دعت المسؤولين المقصرين إلى ترك مناصبهم، وفي أول تعليق له على ذلك، قال المحافظ سالم يونس إن الدعوة لا تعنيه.",
    );
    expect(cs.map((c) => c.speaker?.name)).toEqual(["الهيئة الدينية", "سالم يونس"]);
  });
});

describe("an earlier report by another speaker after the comma: «…، وكان X قد قال …»", () => {
  it("is cut from the clause before and kept as X's", () => {
    const cs = claimsOf(
      "وتؤكد الحكومة أن السد لن يقلص حصة جيرانها من المياه، وكان الرئيس سامي نادر قد قال أمام البرلمان إن الملء سيمتد حتى سبتمبر.",
    );
    expect(cs.map((c) => c.speaker?.name)).toEqual(["الحكومة", "سامي نادر"]);
  });
});
