// Claim features: what a claim's figures count, over which period, whether it denies, which words it shares.
import { describe, expect, it } from "vitest";
import type { Claim } from "#schema/index.ts";
import { chainOf } from "./cluster.ts";
import { buildFeatures, conceptOf, subjectClassOf } from "./features.ts";
import { fixtureArticle } from "./fixtures/build.ts";
import type { FixtureClaim } from "./fixtures/pairs.ts";
import { HEAD_TEXTUAL, impliedClass, LINK_THRESHOLD, sameMeasure, scorePair, storyContext } from "./score.ts";
import { fold, hasPhrase, tokenize } from "./text.ts";

function featuresOf(...claims: FixtureClaim[]) {
  const built = claims.map((c, k) => fixtureArticle(`f${k}`, [c]));
  const { features } = buildFeatures(
    built.flatMap((b) => b.claims as Claim[]),
    built.map((b) => b.article),
  );
  return features;
}

describe("text", () => {
  it("folds for matching only: diacritics, tatweel, alef and hamza forms, ta marbuta, Arabic-Indic digits", () => {
    expect(fold("إجلاءُ")).toBe(fold("اجلاء"));
    expect(fold("المدنيّـين")).toBe("المدنيين");
    expect(fold("مدينة")).toBe("مدينه");
    expect(fold("٢٠١٤")).toBe("2014");
    const t = tokenize("قال «المرصد»: ٢٠ ألفاً");
    expect(t.map((x) => x.surface)).toEqual(["قال", "المرصد", "٢٠", "ألفاً"]);
    expect(t[1]?.start).toBe(5);
  });

  it("finds a phrase as whole words, allowing a leading conjunction", () => {
    const words = tokenize("وقالت الوزارة ولا صحة لهذه الأنباء").map((t) => t.folded);
    expect(hasPhrase(words, ["لا", "صحه"])).toBe(2);
    expect(hasPhrase(words, ["صحه", "لا"])).toBe(-1);
  });
});

describe("lexicon lookups", () => {
  it("maps counted nouns in their different forms to one class", () => {
    for (const w of ["مقاتلين", "المسلحين", "جهادي", "الإرهابيين", "عناصر"]) {
      expect(subjectClassOf(w)?.cls).toBe("combatants");
    }
    expect(subjectClassOf("المدنيين")?.cls).toBe("civilians");
    expect(subjectClassOf("أشخاص")).toEqual({ cls: "persons", generic: true });
    expect(subjectClassOf("سيارات")?.cls).toBe("vehicles");
    expect(subjectClassOf("مستشفى")).toBeNull();
    // a candidate, as Mashreqi and Maghrebi outlets write it
    expect(subjectClassOf("مرشحا")?.cls).toBe("candidates");
    expect(subjectClassOf("المترشحين")?.cls).toBe("candidates");
  });

  it("tells fighter jets («مقاتلات») from fighters («مقاتل»، «مقاتلين»), whose stem they share", () => {
    expect(subjectClassOf("مقاتلات")?.cls).toBe("aircraft");
    expect(subjectClassOf("مقاتلة")?.cls).toBe("aircraft");
    expect(subjectClassOf("مقاتل")?.cls).toBe("combatants");
    expect(subjectClassOf("مقاتلين")?.cls).toBe("combatants");
  });

  it("gives no people's fate to a count of munitions: «أصابت المبنى» is «struck»", () => {
    const [fired, hurt] = featuresOf(
      {
        text: "وقال مسؤولون إن الطائرات أطلقت عشر ذخائر أصابت المبنى في غضون ثوان.",
        quantities: [{ text: "عشر ذخائر", value: 10 }],
      },
      {
        text: "وقال الدفاع المدني إن 12 شخصاً أصيبوا في القصف.",
        quantities: [{ text: "12 شخصاً", value: 12, unit: "person" }],
      },
    );
    expect(fired?.figures[0]?.subjectClass).toBe("strikes");
    expect(fired?.figures[0]?.predicate).toBeNull();
    expect(hurt?.figures[0]?.predicate).toBe("wounded");
  });

  it("compares a time given again in Greenwich time once, by its local reading", () => {
    const [both, gmtOnly] = featuresOf(
      {
        text: "وأغلقت مكاتب الاقتراع عند الساعة 20,00 (19,00 ت غ) مساء الأحد.",
        quantities: [
          { text: "الساعة 20,00", value: 20, unit: "hour_of_day", kind: "date" },
          { text: "19,00 ت غ", value: 19, unit: "hour_of_day", kind: "date" },
        ],
      },
      {
        text: "وأغلقت مكاتب الاقتراع (19,00 ت غ) مساء الأحد.",
        quantities: [{ text: "19,00 ت غ", value: 19, unit: "hour_of_day", kind: "date" }],
      },
    );
    expect(both?.figures.map((f) => f.quantity.text)).toEqual(["الساعة 20,00"]);
    // (alone, the Greenwich time is the claim's time)
    expect(gmtOnly?.figures.map((f) => f.quantity.text)).toEqual(["19,00 ت غ"]);
  });

  it("reads «بهدف» as an aim, and «الهدف» (the target) as none", () => {
    const [jets, drive] = featuresOf(
      {
        text: "وذكرت القناة أن عشر مقاتلات شاركت في الهجوم وقطعت نحو 1800 كيلومتر للوصول إلى الهدف.",
        quantities: [{ text: "عشر مقاتلات", value: 10 }],
      },
      {
        text: "وأطلقت الوزارة حملة بهدف تطعيم 600 ألف طفل.",
        quantities: [{ text: "600 ألف طفل", value: 600000, unit: "person" }],
      },
    );
    expect(jets?.figures[0]?.aim).toBe(false);
    expect(jets?.figures[0]?.subjectClass).toBe("aircraft");
    expect(drive?.figures[0]?.aim).toBe(true);
  });

  it("a counted noun after «عدد» says more than a generic «شخص» after the figure", () => {
    const [shelter, plain] = featuresOf(
      {
        text: "وكان عدد النازحين داخل البلاد يناهز 900 ألف شخص قبل الهدنة.",
        quantities: [{ text: "يناهز 900 ألف شخص", value: 900000, approx: true, unit: "person" }],
      },
      {
        text: "وقالت الوكالة إن 900 ألف شخص تلقوا مساعدات غذائية قبل الهدنة.",
        quantities: [{ text: "900 ألف شخص", value: 900000, unit: "person" }],
      },
    );
    expect(shelter?.figures[0]?.subjectClass).toBe("civilians");
    expect(plain?.figures[0]?.subjectClass).toBe("persons");
  });

  it("counts the dead, the survivors and the missing of one sinking as three different things", () => {
    const [bodies, alive, rescued, missing] = featuresOf(
      {
        text: "وقال المتحدث إن الغواصين انتشلوا 41 جثة من المياه حتى مساء الخميس.",
        quantities: [{ text: "41 جثة", value: 41, unit: "person" }],
      },
      {
        text: "وعثرت فرق الإغاثة على 23 شخصا أحياء قرب الشاطئ.",
        quantities: [{ text: "23 شخصا", value: 23, unit: "person" }],
      },
      {
        text: "وأنقذت البحرية 23 مهاجرا كانوا متشبثين بحطام القارب.",
        quantities: [{ text: "23 مهاجرا", value: 23, unit: "person" }],
      },
      {
        text: "ولا يزال نحو 60 مفقودا تحت المياه بحسب المنظمة.",
        quantities: [{ text: "نحو 60 مفقودا", value: 60, approx: true, unit: "person" }],
      },
    );
    expect(bodies?.figures[0]?.subjectClass).toBe("dead");
    expect(alive?.figures[0]?.subjectClass).toBe("survivors");
    expect(rescued?.figures[0]?.predicate).toBe("rescued");
    expect(missing?.figures[0]?.subjectClass).toBe("missing");
    // «أحياء» narrows people; alone it is also a city's quarters and counts no one
    expect(subjectClassOf("أحياء")).toBeNull();
  });

  it("reads «حالة وفاة», «عدد الوفيات … شخصا» and «أودت بحياة» as counts of the dead", () => {
    const [cases, toll, claimed] = featuresOf(
      {
        text: "وأفادت المديرية بأنها سجلت 27 حالة وفاة بين المصابين بالحمى.",
        quantities: [{ text: "27 حالة", value: 27, subject: "حال" }],
      },
      {
        text: "وأعلنت السلطات ارتفاع عدد الوفيات إلى 31 شخصا مساء الأحد.",
        quantities: [{ text: "31 شخصا", value: 31, unit: "person", subject: "شخص" }],
      },
      {
        text: "وأودت العاصفة بحياة 12 شخصا في القرى الساحلية.",
        quantities: [{ text: "12 شخصا", value: 12, unit: "person", subject: "شخص" }],
      },
    );
    expect(cases?.figures[0]?.subjectClass).toBe("dead");
    expect(toll?.figures[0]?.subjectClass).toBe("dead");
    expect(claimed?.figures[0]?.predicate).toBe("killed");
  });

  it("counts the people aboard, and reads a capacity as no count of them", () => {
    const [aboard, riders, capacity] = featuresOf(
      {
        text: "وقال مسؤول في الميناء إن نحو 300 شخص كانوا على متن العبارة عند إبحارها.",
        quantities: [{ text: "نحو 300 شخص", value: 300, approx: true, unit: "person" }],
      },
      {
        text: "وكان القطار يقل 450 راكبا حين خرج عن القضبان.",
        quantities: [{ text: "450 راكبا", value: 450, unit: "person" }],
      },
      {
        text: "وأوضح أن العبارة لا تتجاوز حمولتها 200 راكب.",
        quantities: [{ text: "200 راكب", value: 200, unit: "person" }],
      },
    );
    expect(aboard?.figures[0]?.predicate).toBe("aboard");
    expect(riders?.figures[0]?.subjectClass).toBe("aboard");
    expect(riders?.figures[0]?.aim).toBe(false);
    expect(capacity?.figures[0]?.aim).toBe(true);
  });

  it("a figure that is needed or forecast is no count of what happened; an estimate of a present count is", () => {
    const [needed, forecast, estimate] = featuresOf(
      {
        text: "وتقول المنظمة إن تطعيم 95 في المئة من الأطفال ضروري لوقف تفشي الحصبة.",
        quantities: [{ text: "95 في المئة", value: 95, unit: "percent" }],
      },
      {
        text: "ويتوقع البنك أن يبلغ التضخم 30 في المئة بنهاية العام.",
        quantities: [{ text: "30 في المئة", value: 30, unit: "percent" }],
      },
      {
        text: "وترجح مصادر محلية أن نحو 400 مسلح يتحصنون في الحي القديم.",
        quantities: [{ text: "نحو 400 مسلح", value: 400, approx: true, unit: "person" }],
      },
    );
    expect(needed?.figures[0]?.aim).toBe(true);
    expect(forecast?.figures[0]?.aim).toBe(true);
    expect(estimate?.figures[0]?.aim).toBe(false);
  });

  it("«others» after a figure are another group than the one counted before it", () => {
    const [toll, hurt] = featuresOf(
      {
        text: "وقال إن عدد القتلى بلغ 5200، وإن 3000 آخرين ما زالوا مفقودين.",
        quantities: [
          { text: "5200", value: 5200 },
          { text: "3000", value: 3000 },
        ],
      },
      {
        text: "وأسفر الحادث عن وفاة 12 عاملا وإصابة 30 آخرين، بحسب النيابة.",
        quantities: [
          { text: "12 عاملا", value: 12, unit: "person" },
          { text: "30", value: 30 },
        ],
      },
    );
    expect(toll?.figures[0]?.subjectClass).toBe("dead");
    expect(toll?.figures[1]?.subjectClass).toBe("missing");
    expect(hurt?.figures[1]?.predicate).toBe("wounded");
    expect(hurt?.figures[1]?.interval.unit).toBe("person");
  });

  it("reads no negation in idioms and contrasts with «لا»", () => {
    const [contrast, still, plain] = featuresOf(
      { text: "وقال إن المشاركة تقاس بالدورتين لا بالدور الأول وحده." },
      { text: "وأضاف أن الوضع لا يزال متوترا في المدينة." },
      { text: "وقال إن الحكومة لا تنوي الاستقالة." },
    );
    expect(contrast?.negated).toBe(false);
    expect(still?.negated).toBe(false);
    expect(plain?.negated).toBe(true);
  });

  it("counts the people inside a place when it happened as present", () => {
    const [inside, within] = featuresOf(
      {
        text: "وأفاد شهود بأنه كان بداخلها نحو 700 شخص لحظة اندلاع الحريق.",
        quantities: [{ text: "نحو 700 شخص", value: 700, approx: true, unit: "person" }],
      },
      {
        text: "وقال الدفاع المدني إن أكثر من 800 شخص كانوا داخل القاعة.",
        quantities: [{ text: "أكثر من 800 شخص", min: 800, unit: "person" }],
      },
    );
    expect(inside?.figures[0]?.predicate).toBe("present");
    expect(within?.figures[0]?.predicate).toBe("present");
    // generic people present are a class of their own, as the dead or the wounded are
    expect(impliedClass(inside?.figures[0] as NonNullable<typeof inside>["figures"][number])).toBe("present");
  });

  it("counts those attending or in a place as present («يحضرون»، «كانوا في»)", () => {
    const [attending, inPlace] = featuresOf(
      {
        text: "وقالت وسائل إعلام محلية إن أكثر من 400 شخص كانوا يحضرون حفل الزفاف لحظة اندلاع النيران.",
        quantities: [{ text: "أكثر من 400 شخص", min: 400, unit: "person" }],
      },
      {
        text: "وأفاد شاهد بأن ما بين 250 و300 شخص كانوا في القاعة عندما انهار السقف.",
        quantities: [{ text: "ما بين 250 و300 شخص", min: 250, max: 300, unit: "person" }],
      },
    );
    expect(attending?.figures[0]?.predicate).toBe("present");
    expect(inPlace?.figures[0]?.predicate).toBe("present");
  });

  it("maps paraphrases to one concept and leaves other words alone", () => {
    expect(conceptOf(fold("غارات"))).toBe(conceptOf(fold("الضربات")));
    expect(conceptOf(fold("شرسة"))).toBe(conceptOf(fold("عنيفة")));
    expect(conceptOf(fold("الجسر"))).toBeNull();
    // (a court's detention and an arrest are one act: «أمرت النيابة بحبس …» ~ «توقيف …»، «القبض على …»)
    expect(conceptOf(fold("بحبس"))).toBe(conceptOf(fold("توقيف")));
    expect(conceptOf(fold("القبض"))).toBe(conceptOf(fold("اعتقال")));
    expect(conceptOf(fold("باعت"))).toBe(conceptOf(fold("بيعاً")));
    // «لم تعلّق إسرائيل» / «امتنع الجيش عن التعليق»; «موجة انفجارات» / «موجة تفجيرات»
    expect(conceptOf(fold("تعلّق"))).toBe(conceptOf(fold("التعليق")));
    expect(conceptOf(fold("الانفجارات"))).toBe(conceptOf(fold("تفجيرات")));
    expect(conceptOf(fold("تفجيرات"))).not.toBe(conceptOf(fold("انتحاريين")));
    // «ونفت الوزارة …» / «الوزارة تنفي …» / «نافياً …»: one denial, whatever the person and tense
    expect(conceptOf(fold("ونفت"))).not.toBeNull();
    expect(conceptOf(fold("ونفت"))).toBe(conceptOf(fold("تنفي")));
    expect(conceptOf(fold("نافياً"))).toBe(conceptOf(fold("نفى")));
  });

  it("reads a paraphrase written in several words as one concept («وقف إطلاق النار» = «هدنة»)", () => {
    const [a, b, c] = featuresOf(
      { text: "وأعلن الوسطاء التوصل إلى هدنة في المدينة تبدأ مساء الخميس." },
      { text: "ونفى مكتب رئيس الحكومة التوصل إلى أي وقف لإطلاق النار في المدينة." },
      { text: "وقالت الشرطة إن النار اشتعلت في المخزن بعد منتصف الليل." },
    );
    expect(a?.stems).toContain(conceptOf(fold("هدنة")));
    expect(b?.stems).toContain(conceptOf(fold("هدنة")));
    expect(b?.stems.some((s) => s.includes("نار"))).toBe(false);
    expect(c?.stems).not.toContain(conceptOf(fold("هدنة")));
  });
});

describe("claim features", () => {
  it("a sum or a volume is of what its clause names just before it, and that alone can make two figures one measure", () => {
    const [cost, losses, aid, dam, smaller] = featuresOf(
      {
        text: "وقدّر المحافظ كلفة الأضرار بما بين ثلاثة وخمسة مليارات دولار.",
        quantities: [{ text: "ثلاثة وخمسة مليارات دولار", min: 3e9, max: 5e9, unit: "usd", kind: "money" }],
      },
      {
        text: "ثم رفع تقديره للخسائر إلى ما بين 10 و15 مليار دولار.",
        quantities: [{ text: "ما بين 10 و15 مليار دولار", min: 1e10, max: 1.5e10, unit: "usd", kind: "money" }],
      },
      {
        text: "وتعهدت الحكومة بمساعدات بقيمة 5 ملايين دولار.",
        quantities: [{ text: "5 ملايين دولار", value: 5e6, unit: "usd", kind: "money" }],
      },
      {
        text: "وقال المهندس إن خزان السد الأصغر تبلغ سعته 1.5 مليون متر مكعب.",
        quantities: [{ text: "1.5 مليون متر مكعب", value: 1.5e6, unit: "m3" }],
      },
      {
        text: "في حين لا تتجاوز سعة الثاني 1.2 مليون متر مكعب.",
        quantities: [{ text: "لا تتجاوز سعة الثاني 1.2 مليون متر مكعب", max: 1.2e6, unit: "m3" }],
      },
    );
    const fig = (f: typeof cost) => f?.figures[0] as NonNullable<typeof cost>["figures"][number];
    // «الأضرار» and «الخسائر» are one concept; the aid pledge names something else (the intro «بقيمة» is skipped)
    expect([...fig(cost).heads].some((h) => fig(losses).heads.has(h))).toBe(true);
    expect([...fig(aid).heads].some((h) => fig(cost).heads.has(h))).toBe(false);
    expect(fig(aid).heads.has(conceptOf("مساعدات") ?? "")).toBe(false);
    const weak = HEAD_TEXTUAL + 0.01;
    expect(sameMeasure(fig(cost), fig(losses), weak)).toBe(true);
    expect(sameMeasure(fig(cost), fig(aid), weak)).toBe(false);
    // «سعته» and «سعة الثاني» (the bound read with its subject): one capacity, both marked as such
    expect(sameMeasure(fig(dam), fig(smaller), weak)).toBe(true);
    expect(fig(dam).aim && fig(smaller).aim).toBe(true);
    // too little in common in the sentences: a shared head alone does not do
    expect(sameMeasure(fig(cost), fig(losses), HEAD_TEXTUAL / 2)).toBe(false);
  });

  const [fighters, evacuated, denial, quoted, year] = featuresOf(
    {
      text: "ويعتقد أن نحو 600 مسلح يتحصنون في الأحياء القديمة.",
      quantities: [{ text: "نحو 600 مسلح", value: 600, approx: true, unit: "person" }],
    },
    {
      text: "وغادر أكثر من 12 ألف مدني المدينة منذ مطلع الشهر الجاري، وفق الأمم المتحدة.",
      quantities: [{ text: "أكثر من 12 ألف مدني", min: 12000, unit: "person" }],
    },
    { text: "ونفت الوزارة وجود أي معتقلين أجانب في السجن المركزي." },
    { text: 'وقال المتحدث: "سنواصل العمليات حتى تحرير آخر حي في المدينة".', speaker: "المتحدث" },
    {
      text: "وأعلن التنظيم دولته المزعومة عام 2014 في مناطق واسعة.",
      quantities: [{ text: "عام 2014", value: 2014, unit: "year", kind: "year" }],
    },
  );

  it("reads what a figure counts and what happened to it, without the extractor's subject", () => {
    const f = fighters?.figures[0];
    expect(f?.subjectClass).toBe("combatants");
    expect(f?.predicate).toBe("present");
    expect(f?.interval.lo).toBeCloseTo(540);
    const e = evacuated?.figures[0];
    expect(e?.subjectClass).toBe("civilians");
    expect(e?.predicate).toBe("left");
  });

  it("keeps the period a figure is stated over", () => {
    expect(evacuated?.figures[0]?.scopeSurface).toContain("منذ مطلع الشهر");
    expect(fighters?.figures[0]?.scope).toBe("");
  });

  it("notices denials, quoted words and year labels", () => {
    expect(denial?.denial).toBe("ونفت");
    expect(fighters?.denial).toBeNull();
    expect(quoted?.quoteStems.size).toBeGreaterThan(3);
    expect(year?.labels.has("year:2014")).toBe(true);
    expect(year?.figures).toHaveLength(0);
  });

  it("takes the noun after «عدد/حصيلة» before a bare figure as what it counts, never a weekday after it", () => {
    const [a, b] = featuresOf(
      {
        text: "وقالت مديرية الصحة إن عدد الوفيات المسجلة وصل إلى 412 حتى الخميس.",
        quantities: [{ text: "412", value: 412 }],
      },
      {
        text: "وأفاد مسؤول محلي بأن حصيلة القتلى بلغت 380 بحلول الخميس.",
        quantities: [{ text: "380", value: 380 }],
      },
    );
    expect(a?.figures[0]?.subjectClass).toBe(subjectClassOf("الوفيات")?.cls);
    expect(b?.figures[0]?.subjectClass).toBe(subjectClassOf("القتلى")?.cls);
    const [c] = featuresOf({ text: "وسجلت الفرق 412 حتى الخميس.", quantities: [{ text: "412", value: 412 }] });
    expect(c?.figures[0]?.subjectStem ?? "").not.toContain("خميس");
  });

  it("notices a negation glued to its conjunction («ولم تسجل»)", () => {
    const [a, b] = featuresOf(
      { text: "ولم تسجل أي ترشحات في سبع دوائر بالخارج." },
      { text: "وسجلت ترشحات في سبع دوائر." },
    );
    expect(a?.negated).toBe(true);
    expect(b?.negated).toBe(false);
  });

  it("reads a figure glued to its conjunction from its own word («وخمسة من عناصرها»)", () => {
    const [a] = featuresOf({
      text: "وأسفرت العمليات عن توقيف متزعم الخلية وخمسة من عناصرها ومقتل اثنين آخرين.",
      quantities: [
        { text: "خمسة", value: 5, subject: "عناصرها" },
        { text: "اثنين", value: 2 },
      ],
    });
    // (the nearest act is the arrest before it, not the killing the next item opens)
    expect(a?.figures.map((f) => f.predicate)).toEqual(["arrested", "killed"]);
  });

  it("lets no word after «و» narrow the people before it («مقتل ستة أشخاص وإصابة 70 آخرين»)", () => {
    const [a] = featuresOf({
      text: "وقال المسؤول إن المعارك أسفرت عن مقتل ستة أشخاص وإصابة 70 آخرين.",
      quantities: [
        { text: "ستة أشخاص", value: 6, subject: "أشخاص" },
        { text: "70", value: 70 },
      ],
    });
    expect(a?.figures[0]?.predicate).toBe("killed");
    expect(a?.figures[0]?.subjectClass).not.toBe("wounded");
  });

  it("dates no figure by a year in a relative clause on the noun after it («الخلافة التي أعلنها عام 2014»)", () => {
    const [a, b] = featuresOf(
      {
        text: "بات التنظيم محاصراً في مساحة تعادل أقل من واحد في المائة من مساحة الخلافة التي أعلنها عام 2014.",
        quantities: [
          { text: "أقل من واحد في المائة", max: 1, unit: "percent" },
          { text: "2014", value: 2014, kind: "year" },
        ],
      },
      {
        text: "وسيطرت القوات عام 2017 على 40 في المائة من المدينة.",
        quantities: [
          { text: "2017", value: 2017, kind: "year" },
          { text: "40 في المائة", value: 40, unit: "percent" },
        ],
      },
    );
    expect(a?.figures[0]?.era).toBeNull();
    expect(b?.figures[0]?.era).toBe(2017);
  });

  it("counts people arrested as detainees («أوقف أكثر من 100 شخص» ~ «89 موقوفاً»)", () => {
    const [a, b] = featuresOf(
      { text: "وقال المنسق إن أكثر من 100 شخص أوقفوا.", quantities: [{ text: "أكثر من 100 شخص", min: 100 }] },
      { text: "ومثل 89 موقوفا أمام النيابة.", quantities: [{ text: "89 موقوفا", value: 89 }] },
    );
    expect(impliedClass(a?.figures[0] as never)).toBe(impliedClass(b?.figures[0] as never));
  });

  it("maps telling beforehand to one pair of concepts («أبلغونا مسبقاً» ~ «الإبلاغ المبكر»)", () => {
    expect(conceptOf(fold("مسبقاً"))).not.toBeNull();
    expect(conceptOf(fold("مسبقاً"))).toBe(conceptOf(fold("المبكر")));
    expect(conceptOf(fold("أبلغونا"))).not.toBeNull();
    expect(conceptOf(fold("أبلغونا"))).toBe(conceptOf(fold("الإبلاغ")));
  });

  it("gives «no one was killed or hurt» a feature of its own, however it is worded", () => {
    const [a, b, c] = featuresOf(
      { text: "والدوحة تؤكد اعتراض الصواريخ من دون إصابات." },
      { text: "وأكدت الوزارة أن دفاعاتها تصدت للهجوم ولم يسقط أي ضحايا." },
      { text: "مشيراً إلى أن ما يزيد على أربعين من الضحايا لم يُدفنوا بعد." },
    );
    const none = (f: typeof a) => f?.stems.some((x) => x.startsWith("∅")) ?? false;
    expect(none(a)).toBe(true);
    expect(none(b)).toBe(true);
    // (a «لم» about something else, far from the victims, says nothing of how many were hurt)
    expect(none(c)).toBe(false);
  });

  it("reads declining to answer or comment as saying no («رفضت الإجابة» ~ «لم ترد على»)", () => {
    const [a, b, c] = featuresOf(
      { text: "وأشارت الوكالة إلى أن القيادة المركزية رفضت الإجابة عن أسئلة بشأن سقوط ضحايا مدنيين." },
      { text: "وامتنع المتحدث عن التعليق على التقارير." },
      { text: "ورفضت الحكومة الحكم ووصفته بالجائر." },
    );
    expect(a?.negated).toBe(true);
    expect(b?.negated).toBe(true);
    // (rejecting a thing is no silence: it asserts a stance)
    expect(c?.negated).toBe(false);
  });

  it("compares no «أحد X» and lets a dual count itself, not a people noun after it", () => {
    const [a, b] = featuresOf(
      {
        text: "وقال أحد سكان المدينة إن العائلات غادرت ليلا.",
        quantities: [{ text: "أحد سكان", value: 1, unit: "person", subject: "سكان" }],
      },
      {
        text: "وتعد المدينتان الوجهتين الرئيسيتين للفارين من القتال.",
        quantities: [{ text: "الوجهتين", value: 2 }],
      },
    );
    expect(a?.figures).toHaveLength(0);
    expect(b?.figures[0]?.subjectClass).toBeNull();
  });

  it("leaves the speaker's name out of the content it compares", () => {
    const [a] = featuresOf({ text: "وقال سامر حداد إن الجسر سقط.", speaker: "سامر حداد" });
    expect(a?.stems.some((s) => s.includes("حداد"))).toBe(false);
    expect(a?.speakerKey).toBe("n:سامر حداد");
  });

  it("reads a generic event noun narrowed by its adjective as the narrower event", () => {
    const [suicide, offensive, air] = featuresOf(
      { text: "وحاول المسلحون شن هجمات انتحارية على مواقع الجيش." },
      { text: "وبدأ الجيش هجوما واسعا على المدينة." },
      { text: "ونفذت الطائرات هجوما جويا على مخازن الأسلحة." },
    );
    expect(suicide?.stems).toContain("~suicide");
    expect(suicide?.stems).not.toContain("~battle");
    expect(offensive?.stems).toContain("~battle");
    expect(air?.stems).toContain("~airstrike");
    expect(air?.stems).not.toContain("~battle");
  });

  it("reads a span after a temporal preposition as the claim's date, a span it reports as its figure", () => {
    const [dated, measured] = featuresOf(
      {
        text: "وسيطرت الجماعة قبل عامين على معظم مناطق الإقليم.",
        quantities: [{ text: "عامين", value: 2, unit: "year_duration", kind: "duration" }],
      },
      {
        text: "وقضت المحكمة بسجن المتهم عامين مع وقف التنفيذ.",
        quantities: [{ text: "عامين", value: 2, unit: "year_duration", kind: "duration" }],
      },
    );
    expect(dated?.figures).toHaveLength(0);
    expect(measured?.figures).toHaveLength(1);
  });

  it("dates a figure by the month its clause names, and reads the period a rate is measured over", () => {
    const [f] = featuresOf({
      text: "وتباطأ التضخم السنوي إلى 21.5 بالمئة في يناير، بعد أن سجل 30 بالمئة في سبتمبر.",
      quantities: [
        { text: "21.5 بالمئة", value: 21.5, unit: "percent", kind: "percent" },
        { text: "30 بالمئة", value: 30, unit: "percent", kind: "percent" },
      ],
    });
    expect(f?.figures.map((x) => x.scope)).toEqual(["month:1", "month:9"]);
    expect(f?.figures[0]?.periodicity).toBe("year");
  });
});

describe("a part of a figure and «others» after a group", () => {
  it("gives «بينهم 25 عسكرياً» the wounded of «81 مصاباً», and «25 آخرين» after soldiers the soldiers' class", () => {
    const [part] = featuresOf({
      text: "وأحصت السلطات 81 مصاباً، بينهم 25 عسكرياً و56 مدنياً.",
      quantities: [
        { text: "81 مصاباً", value: 81, unit: "person", subject: "مصاب" },
        { text: "25 عسكرياً", value: 25, unit: "person", subject: "عسكري" },
      ],
    });
    expect(part?.figures.map((f) => f.predicate)).toEqual(["wounded", "wounded"]);
    const [others] = featuresOf({
      text: "وأعلنت الوزارة وفاة عشرة عسكريين وإصابة 25 آخرين بجروح.",
      quantities: [
        { text: "عشرة عسكريين", value: 10, unit: "person", subject: "عسكري" },
        { text: "25", value: 25 },
      ],
    });
    const [soldiers, more] = others?.figures ?? [];
    expect(soldiers?.subjectClass).toBeTruthy();
    expect(more?.subjectClass).toBe(soldiers?.subjectClass);
    expect(more?.predicate).toBe("wounded");
  });
});

describe("quoted words", () => {
  it("do not count as a shared quotation when the whole story puts them in quotation marks («الدرون»)", () => {
    const story = featuresOf(
      { text: "وسقطت طائرة «الدرون» قرب محطة الكهرباء شمال المدينة مساء الجمعة." },
      { text: "وقال الجيش إن حطام «الدرون» نقل إلى مختبر للفحص." },
      { text: "وأكد شهود أن «الدرون» حلقت فوق الحي قبل سقوطها." },
      { text: "ونفت الشركة المصنعة أن تكون باعت «الدرون» لأي جهة." },
      { text: "وأظهرت صور بقايا «الدرون» في ساحة المدرسة." },
    );
    const ctx = storyContext(story);
    const [a, b] = story;
    expect(a?.quoteStems.size).toBe(1);
    expect(scorePair(a!, b!, ctx).quote).toBe(0);
    // a rare quoted name still links: two claims of a story whose other claims never quote it
    const rare = featuresOf(
      { text: "ورصدت مسيرة «أكينجي» مصدرا حراريا فوق الغابة." },
      { text: "وقال الحرس إن «أكينجي» لم تعثر على الحطام." },
      { text: "وتواصل البحث طوال الليل وسط الضباب." },
    );
    expect(scorePair(rare[0]!, rare[1]!, storyContext(rare)).quote).toBe(1);
  });
});

describe("what a sum or a share measures", () => {
  const usd = (text: string, value: number) => ({ text, value, unit: "usd" });
  it("reads the measure noun nearest the figure, and keeps revenue, losses and prices apart", () => {
    const [revenue, loss, damage, losses, ships] = featuresOf(
      {
        text: "وقالت الهيئة إن إيرادات الميناء تراجعت إلى 3 مليارات دولار خلال العام.",
        quantities: [usd("3 مليارات دولار", 3e9)],
      },
      {
        text: "وقال الرئيس إن البلاد خسرت نحو 5 مليارات دولار من إيرادات الميناء خلال العام.",
        quantities: [{ ...usd("نحو 5 مليارات دولار", 5e9), approx: true }],
      },
      {
        text: "وقدّر الوزير كلفة الأضرار بما بين ثلاثة وخمسة مليارات دولار.",
        quantities: [{ text: "بما بين ثلاثة وخمسة مليارات دولار", min: 3e9, max: 5e9, unit: "usd" }],
      },
      {
        text: "ورفع البنك تقديره للخسائر إلى ما بين 10 و15 مليار دولار.",
        quantities: [{ text: "ما بين 10 و15 مليار دولار", min: 10e9, max: 15e9, unit: "usd" }],
      },
      {
        text: "وتراجع عدد السفن العابرة بنسبة 51% خلال الربع الثالث.",
        quantities: [{ text: "بنسبة 51%", value: 51, unit: "percent", kind: "percent" }],
      },
    ).map((f) => f.figures[0]);
    expect(revenue?.measured).toBe("revenue");
    expect(loss?.measured).toBe("loss");
    expect(damage?.measured).toBe("loss");
    expect(losses?.measured).toBe("loss");
    expect(ships?.measured).toBe("ships");
    if (!revenue || !loss || !damage || !losses) throw new Error("figures missing");
    // «إيرادات … 3 مليارات» and «خسرت 5 مليارات من الإيرادات» are not one figure disputed, however alike the sentences
    expect(sameMeasure(revenue, loss, 0.5)).toBe(false);
    // the cost of the damage and the losses are one measure
    expect(sameMeasure(damage, losses, 0.5)).toBe(true);
  });

  it("reads a bare count right after a verbal noun of killing as people killed («وتصفية أكثر من 450 داخل المستشفى»)", () => {
    const [bareCount, toll] = featuresOf(
      {
        text: "حكومة الإقليم: وتصفية أكثر من 450 داخل المستشفى السعودي",
        quantities: [{ text: "أكثر من 450", min: 450, kind: "count" }],
      },
      {
        text: "وقالت المنظمة إن أكثر من 460 قتيلا سقطوا في المستشفى.",
        quantities: [{ text: "أكثر من 460 قتيلا", min: 460, unit: "person", subject: "قتيل", kind: "count" }],
      },
    ).map((f) => f.figures[0]);
    expect(bareCount?.predicate).toBe("killed");
    expect(bareCount?.interval.unit).toBe("person");
    if (!bareCount || !toll) throw new Error("figures missing");
    expect(sameMeasure(bareCount, toll, 0.3)).toBe(true);
  });

  it("tells a quake's depth from its distance to a city, both in kilometres", () => {
    const km = (text: string, value: number) => ({ text, value, unit: "km" });
    const [depth, distance, other] = featuresOf(
      {
        text: "وقالت الهيئة إن الزلزال وقع على عمق 8 كيلومترات شمال غربي المدينة.",
        quantities: [km("8 كيلومترات", 8)],
      },
      {
        text: "وأفادت الهيئة بأن مركز الزلزال يقع على بعد 35 كيلومتراً شمال غربي المدينة.",
        quantities: [km("35 كيلومتراً", 35)],
      },
      {
        text: "وكان مركز الزلزال على مسافة 33 كيلومتراً من المدينة.",
        quantities: [km("33 كيلومتراً", 33)],
      },
    ).map((f) => f.figures[0]);
    expect(depth?.measured).toBe("depth");
    expect(distance?.measured).toBe("distance");
    if (!depth || !distance || !other) throw new Error("figures missing");
    expect(sameMeasure(depth, distance, 0.6)).toBe(false);
    expect(sameMeasure(distance, other, 0.6)).toBe(true);
  });
});

describe("a figure set back at an earlier time", () => {
  it("reads «آنذاك» in the figure's clause as another time, not a dispute", () => {
    const [now, then] = featuresOf(
      {
        text: "وحددت الشركة سعر بيع السهم في الطرح الجديد عند 27 ريالاً للسهم.",
        quantities: [{ text: "27 ريالاً", value: 27, unit: "sar" }],
      },
      {
        text: "وباعت الحكومة آنذاك أسهم الشركة في الطرح الأول بسعر 32 ريالاً للسهم.",
        quantities: [{ text: "32 ريالاً", value: 32, unit: "sar" }],
      },
    );
    if (!now || !then) throw new Error("features missing");
    expect(then.figures[0]?.backThen).toBe(true);
    const p = scorePair(now, then, storyContext([now, then]));
    expect(p.figures.length).toBeGreaterThan(0);
    expect(p.figureRelation).toBe("scope");
  });

  it("reads «حينها» (then, with a pronoun) as another time too", () => {
    const [later, then] = featuresOf(
      {
        text: "وقال وزير الداخلية إن 17 عاملاً ما زالوا في عداد المفقودين.",
        quantities: [{ text: "17 عاملاً", value: 17, unit: "person" }],
      },
      {
        text: "وقال رئيس الهلال الأحمر إن 24 عاملاً كانوا حينها في عداد المفقودين.",
        quantities: [{ text: "24 عاملاً", value: 24, unit: "person" }],
      },
    );
    expect(then?.figures[0]?.backThen).toBe(true);
    expect(later?.figures[0]?.backThen).toBe(false);
  });
});

describe("a figure of what is new since the last report", () => {
  it("reads «40 جثة جديدة» as an increment, which disputes no running total", () => {
    const [fresh, total] = featuresOf(
      {
        text: "وانتشلت فرق الإنقاذ الخميس 40 جثة جديدة من مياه البحيرة.",
        quantities: [{ text: "40 جثة", value: 40, subject: "جث" }],
      },
      {
        text: "وقالت السلطات إن فرق الإنقاذ انتشلت 25 جثة من مياه البحيرة.",
        quantities: [{ text: "25 جثة", value: 25, subject: "جث" }],
      },
    );
    if (!fresh || !total) throw new Error("features missing");
    expect(fresh.figures[0]?.fresh).toBe(true);
    expect(total.figures[0]?.fresh).toBe(false);
    const p = scorePair(fresh, total, storyContext([fresh, total]));
    expect(p.figures.length).toBeGreaterThan(0);
    expect(p.figureRelation).toBe("scope");
  });
});

describe("a span after «في»", () => {
  it("reads «في يومين» as the span the claim covers, not a figure to compare", () => {
    const [f] = featuresOf({
      text: "وأعلنت البلدية وصول نحو سبعة آلاف مهاجر في يومين إلى الجزيرة.",
      quantities: [
        { text: "نحو سبعة آلاف مهاجر", value: 7000, approx: true, unit: "person" },
        { text: "يومين", value: 2, unit: "day", kind: "duration" },
      ],
    });
    expect(f?.figures.map((g) => g.interval.dimension)).not.toContain("duration");
  });
});

describe("what lasted, voting rounds and totals", () => {
  it("reads the noun before a verb of lasting as what a duration measures, so two lengths of it compare", () => {
    const [a, b] = featuresOf(
      {
        text: "وطوى البلد صفحة شغور رئاسي استمر 26 شهراً.",
        quantities: [{ text: "26 شهراً", value: 26, unit: "month", kind: "duration" }],
      },
      {
        text: "وانتهى فراغ دام 27 شهراً في سدة الرئاسة.",
        quantities: [{ text: "27 شهراً", value: 27, unit: "month", kind: "duration" }],
      },
    );
    if (!a || !b) throw new Error("features missing");
    expect(a.figures[0]?.subjectStem).toBe(b.figures[0]?.subjectStem);
    expect(scorePair(a, b, storyContext([a, b])).figureRelation).toBe("conflict");
  });

  it("lets one count of one named noun link two claims worded apart", () => {
    const [a, b] = featuresOf(
      {
        text: "وأظهرت أرقام هيئة الموانئ أن أكثر من ثلاثة آلاف حاوية تكدست على الأرصفة منذ السبت.",
        quantities: [{ text: "أكثر من ثلاثة آلاف حاوية", min: 3000, kind: "count" }],
      },
      {
        text: "عاجل | أكثر من 3 آلاف حاوية عالقة في الميناء",
        quantities: [{ text: "أكثر من 3 آلاف حاوية", min: 3000, kind: "count" }],
      },
    );
    if (!a || !b) throw new Error("features missing");
    expect(a.figures[0]?.subjectClass).toBeNull();
    const p = scorePair(a, b, storyContext([a, b]));
    expect(p.figureRelation).toBe("same");
    expect(p.score).toBeGreaterThanOrEqual(LINK_THRESHOLD);
  });

  it("keeps the votes of the first round apart from those of the second", () => {
    const [first, second] = featuresOf(
      {
        text: "ونال المرشح 71 صوتاً في الدورة الأولى من الانتخاب.",
        quantities: [{ text: "71 صوتاً", value: 71 }],
      },
      {
        text: "وانتخب المرشح في الدورة الثانية بـ99 صوتاً من أصل 128.",
        quantities: [{ text: "99 صوتاً", value: 99 }],
      },
    );
    if (!first || !second) throw new Error("features missing");
    expect(scorePair(first, second, storyContext([first, second])).figureRelation).toBe("scope");
  });

  it("keeps the dead of two countries' people apart («الحجاج المصريين» vs «الحجاج الإيرانيين»)", () => {
    const [egypt, iran, egyptAgain] = featuresOf(
      {
        text: "وأعلنت بعثة الحج ارتفاع عدد الحجاج المصريين الذين لقوا حتفهم في التدافع إلى 55 قتيلاً.",
        quantities: [{ text: "55 قتيلاً", value: 55, unit: "person" }],
      },
      {
        text: "وقالت منظمة الحج إن عدد الحجاج الإيرانيين الذين لقوا حتفهم في التدافع ارتفع إلى 136 قتيلاً.",
        quantities: [{ text: "136 قتيلاً", value: 136, unit: "person" }],
      },
      {
        text: "وذكرت الخارجية أن عدد الحجاج المصريين الذين لقوا حتفهم في التدافع بلغ 41 قتيلاً.",
        quantities: [{ text: "41 قتيلاً", value: 41, unit: "person" }],
      },
    );
    if (!egypt || !iran || !egyptAgain) throw new Error("features missing");
    expect(egypt.figures[0]?.nationality).toBe("مصر");
    expect(scorePair(egypt, iran, storyContext([egypt, iran, egyptAgain])).figureRelation).toBe("scope");
    // (one country's people counted twice still disagree)
    expect(scorePair(egypt, egyptAgain, storyContext([egypt, iran, egyptAgain])).figureRelation).toBe("conflict");
  });

  it("reads «يبلغ مجموعها» before a figure as a total, which one member's share does not dispute", () => {
    const [total] = featuresOf({
      text: "وأعلنت الدول تخفيضات طوعية يبلغ مجموعها 1.16 مليون برميل يومياً.",
      quantities: [{ text: "1.16 مليون برميل", value: 1160000 }],
    });
    expect(total?.figures[0]?.sum).toBe(true);
  });
});

describe("the country a claim places its figures in", () => {
  it("keeps one quake's toll in Turkey apart from its toll in Syria, and a two-country total placed nowhere", () => {
    const [turkey, syria, both] = featuresOf(
      {
        text: "وأعلنت الإدارة أن عدد القتلى داخل تركيا ارتفع إلى 12391 شخصا.",
        quantities: [{ text: "12391 شخصا", value: 12391, unit: "person" }],
      },
      {
        text: "وفي سوريا، أعلن وزير الصحة ارتفاع عدد القتلى إلى 1250 قتيلا.",
        quantities: [{ text: "1250 قتيلا", value: 1250, unit: "person" }],
      },
      {
        text: "وتخطت حصيلة الزلزال في تركيا وسوريا 15 ألف قتيل.",
        quantities: [{ text: "15 ألف قتيل", value: 15000, unit: "person" }],
      },
    );
    if (!turkey || !syria || !both) throw new Error("features missing");
    expect(turkey.figures[0]?.country).not.toBe(syria.figures[0]?.country);
    expect(both.figures[0]?.country).toBeNull();
    expect(scorePair(turkey, syria, storyContext([turkey, syria])).figureRelation).toBe("scope");
  });
});

describe("segments of one whole", () => {
  it("reads urban and nationwide rates, and the parallel and official markets, as different scopes, not a dispute", () => {
    const [urban, national, parallel, official] = featuresOf(
      {
        text: "وعلى مستوى الحضر، ارتفع معدل التضخم السنوي إلى 38% في سبتمبر.",
        quantities: [{ text: "38%", value: 38, unit: "percent" }],
      },
      {
        text: "وعلى مستوى البلاد ككل، بما يشمل المناطق الريفية، بلغ التضخم السنوي 40.3% في سبتمبر.",
        quantities: [{ text: "40.3%", value: 40.3, unit: "percent" }],
      },
      {
        text: "وقال متعاملون إن الدولار يباع بنحو 40 جنيهاً في السوق الموازية.",
        quantities: [{ text: "بنحو 40 جنيهاً", value: 40, approx: true, unit: "egp" }],
      },
      {
        text: "ويستقر سعر الدولار في البنوك عند نحو 30.9 جنيه.",
        quantities: [{ text: "نحو 30.9 جنيه", value: 30.9, approx: true, unit: "egp" }],
      },
    );
    expect(urban?.figures[0]?.segment).toBe("urban");
    expect(national?.figures[0]?.segment).toBe("nationwide");
    expect(parallel?.figures[0]?.segment).toBe("parallel-market");
    expect(official?.figures[0]?.segment).toBe("official-market");
    const ctx = storyContext([urban!, national!, parallel!, official!]);
    expect(scorePair(urban!, national!, ctx).figureRelation).not.toBe("conflict");
    expect(scorePair(parallel!, official!, ctx).figureRelation).not.toBe("conflict");
  });
});

describe("the parts of a vote", () => {
  it("gives each figure the part of the vote its own clause names, and the whole vote no part", () => {
    const [both, special, whole] = featuresOf(
      {
        text: "شارك في التصويت العام 10,989,327 ناخباً، فيما بلغت مشاركة التصويت الخاص 82.6%.",
        quantities: [
          { text: "10,989,327 ناخباً", value: 10989327, unit: "person", subject: "ناخب" },
          { text: "82.6%", value: 82.6, unit: "percent" },
        ],
      },
      {
        text: "وبلغت نسبة المشاركة في الاقتراع الخاص للقوات الأمنية 82.5%.",
        quantities: [{ text: "82.5%", value: 82.5, unit: "percent" }],
      },
      {
        text: "وبلغت نسبة المشاركة في الاقتراعين العام والخاص 56.11%.",
        quantities: [{ text: "56.11%", value: 56.11, unit: "percent" }],
      },
    );
    expect(both?.figures.map((f) => f.segment)).toEqual(["general-vote", "special-vote"]);
    expect(special?.figures[0]?.segment).toBe("special-vote");
    expect(whole?.figures[0]?.segment).toBeNull();
  });
});

describe("what a percentage is a rate of", () => {
  it("reads the noun a rate head governs before the figure, a listed noun, or the measure named earlier", () => {
    const [groups, headline, share, adjective] = featuresOf(
      {
        text: "إذ ارتفعت أسعار الخضروات 19.2 بالمئة والفاكهة 5.4 بالمئة على أساس شهري.",
        quantities: [
          { text: "19.2 بالمئة", value: 19.2, unit: "percent" },
          { text: "5.4 بالمئة", value: 5.4, unit: "percent" },
        ],
      },
      {
        text: "التضخم في مدن البلاد يقفز إلى مستوى قياسي جديد عند 38% في سبتمبر",
        quantities: [{ text: "38%", value: 38, unit: "percent" }],
      },
      {
        text: "وأشارت الهيئة إلى أن نسبة المشاركة بلغت 11 في المئة من الناخبين المسجلين.",
        quantities: [{ text: "11 في المئة", value: 11, unit: "percent" }],
      },
      {
        text: "وكانت الهيئة قد أعلنت نسبة أولية بلغت 8.8 في المئة.",
        quantities: [{ text: "8.8 في المئة", value: 8.8, unit: "percent" }],
      },
    );
    expect(groups?.figures[0]?.subjectStem).toContain("خضر");
    expect(groups?.figures[1]?.subjectStem).toContain("فاكه");
    expect(headline?.figures[0]?.subjectStem).toBe(conceptOf(fold("التضخم")));
    // a share named after the figure keeps its noun; an indefinite adjective after «نسبة» names nothing
    expect(share?.figures[0]?.subjectStem).toContain("ناخب");
    expect(adjective?.figures[0]?.subjectStem ?? "").not.toContain("اولي");
  });
});

describe("the cause of a toll", () => {
  it("tells a disease's toll from a flood's, and never gives a distance a cause", () => {
    const [cholera, flood, attack] = featuresOf(
      {
        text: "وأعلنت الوزارة أن 28 شخصاً توفوا جراء وباء الكوليرا خلال شهر.",
        quantities: [{ text: "28 شخصاً", value: 28, unit: "person" }],
      },
      {
        text: "وقالت الوزارة إن عدد قتلى السيول والأمطار ارتفع إلى 35 قتيلاً.",
        quantities: [{ text: "35 قتيلاً", value: 35, unit: "person" }],
      },
      {
        text: "وتعرضت الناقلة لهجوم على بعد 77 ميلاً بحرياً غرب الميناء.",
        quantities: [{ text: "77 ميلاً", value: 77, unit: "mi" }],
      },
    );
    expect(cholera?.figures[0]?.cause).toBe("disease");
    expect(flood?.figures[0]?.cause).toBe("water");
    expect(attack?.figures[0]?.cause ?? null).toBeNull();
    const ctx = storyContext([cholera!, flood!]);
    const p = scorePair(cholera!, flood!, ctx);
    expect(p.figureRelation).not.toBe("conflict");
  });
});

describe("a denial against the report it denies", () => {
  it("links a denial to a claim stating most of what it denies, however much else either says", () => {
    const [denial, report, agrees] = featuresOf(
      {
        text: "ونفى الناطق باسم الحكومة ما تردد عن حدوث انهيار ثانٍ في الجسر نفسه، مؤكداً أن حركة السير عادت إلى طبيعتها.",
        speaker: "الناطق باسم الحكومة",
      },
      {
        text: "وفي وقت لاحق من المساء، أفادت قناة محلية بوقوع انهيار ثانٍ في الجسر ذاته استدعى إغلاق الطريق مجدداً.",
      },
      {
        text: "وأكدت البلدية عدم وقوع أي انهيار ثانٍ في الجسر ذاته خلال الليل.",
      },
    );
    expect([...(denial?.deniedObject ?? [])].join(" ")).not.toMatch(/تردد|حدوث/u);
    const ctx = storyContext([denial!, report!, agrees!]);
    const p = scorePair(denial!, report!, ctx);
    expect(p.negation).not.toBeNull();
    expect(p.score).toBeGreaterThanOrEqual(LINK_THRESHOLD);
    // a claim that itself says no («عدم وقوع») agrees with the denial
    expect(scorePair(denial!, agrees!, ctx).negation).toBeNull();
  });
});

describe("a denial against a claim that says «without any» of it", () => {
  it("is no contradiction: «من دون أي هدنة» says no as the denial does", () => {
    const [denies, without, agreed] = featuresOf(
      { text: "الجماعة تنفي «هدنة» أعلنتها طهران لإنقاذ الناقلة", speaker: "الجماعة" },
      { text: "وأكدت الجماعة أنها سمحت بإنقاذ الناقلة فقط، من دون أي هدنة أعلنتها طهران.", speaker: "الجماعة" },
      { text: "وأكدت البعثة الإيرانية أن الجماعة وافقت على هدنة لإنقاذ الناقلة.", speaker: "البعثة الإيرانية" },
    );
    expect(without?.negated).toBe(true);
    const ctx = storyContext([denies!, without!, agreed!]);
    expect(scorePair(denies!, without!, ctx).negation).toBeNull();
    expect(scorePair(denies!, agreed!, ctx).negation).not.toBeNull();
  });
});

describe("one speaker denying and affirming the same absence", () => {
  it("is no contradiction; its announcement and its own denial are one", () => {
    const [denies, affirms, other, announced] = featuresOf(
      { text: "و«أسبيدس» تنفي رصد أي بقعة نفطية حول الناقلة", speaker: "أسبيدس", verb: "نفى" },
      {
        text: "وأكدت «أسبيدس» أن وحداتها تأكدت من عدم رصد أي بقعة نفطية حول الناقلة.",
        speaker: "أسبيدس",
        verb: "أكد",
      },
      { text: "وأفاد خفر السواحل برصد بقعة نفطية حول الناقلة.", speaker: "خفر السواحل", verb: "أفاد" },
      { text: "وأعلنت «أسبيدس» رصد بقعة نفطية حول الناقلة.", speaker: "أسبيدس", verb: "أعلن" },
    );
    const ctx = storyContext([denies!, affirms!, other!, announced!]);
    expect(scorePair(denies!, affirms!, ctx).negation).toBeNull();
    expect(scorePair(denies!, other!, ctx).negation).not.toBeNull();
    expect(scorePair(denies!, announced!, ctx).negation).not.toBeNull();
  });
});

describe("two speakers voicing the same stance", () => {
  it("link less than the same words read as reports of a fact", () => {
    const text = "عن قلقه العميق إزاء تصاعد الهجمات بالمسيّرات على البنية التحتية المدنية في المدينة";
    const one = `وأعربت المنسقة الأممية ${text}`;
    const two = `وأعرب الأمين العام ${text}`;
    const [a, b, c, d] = featuresOf(
      { text: one, speaker: "المنسقة الأممية", verb: "أعرب" },
      { text: two, speaker: "الأمين العام", verb: "أعرب" },
      { text: one, speaker: "المنسقة الأممية", verb: "قال" },
      { text: two, speaker: "الأمين العام", verb: "قال" },
    );
    const ctx = storyContext([a!, b!, c!, d!]);
    expect(scorePair(a!, b!, ctx).score).toBeLessThan(scorePair(c!, d!, ctx).score);
  });
});

describe("people expelled, groups and borders", () => {
  it("reads «طرد ما بين 500 و700 أفريقي» as expelled people, the same as «طردت … ما بين 500 و700 شخص»", () => {
    const [a, b] = featuresOf(
      {
        text: "وقالت المنظمة إن قوات الأمن طردت جماعياً ما بين 500 و700 شخص منذ مطلع الشهر.",
        quantities: [{ text: "ما بين 500 و700 شخص", min: 500, max: 700, unit: "person" }],
      },
      {
        text: "المنظمة تتحدث عن طرد ما بين 500 و700 أفريقي إلى الحدود",
        quantities: [{ text: "ما بين 500 و700 أفريقي", min: 500, max: 700 }],
      },
    );
    expect(a?.figures[0]?.predicate).toBe("expelled");
    expect(b?.figures[0]?.interval.unit).toBe("person");
    expect(scorePair(a!, b!, storyContext([a!, b!])).figureRelation).toBe("same");
  });

  it("leaves a group's size out («في مجموعات من 200 شخص») and places a figure at a country's border", () => {
    const [groups, libya, algeria] = featuresOf(
      {
        text: "وأوضح أن المهاجرين يُنقلون في مجموعات من 200 شخص نحو الجنوب.",
        quantities: [{ text: "200 شخص", value: 200, unit: "person" }],
      },
      {
        text: "وأفادت المنظمة بأن 600 مهاجر طُردوا إلى الحدود مع ليبيا.",
        quantities: [{ text: "600 مهاجر", value: 600, unit: "person" }],
      },
      {
        text: "وحذرت من أن حياة 150 مهاجراً طُردوا نحو الحدود الجزائرية في خطر.",
        quantities: [{ text: "150 مهاجراً", value: 150, unit: "person" }],
      },
    );
    expect(groups?.figures).toHaveLength(0);
    expect(libya?.figures[0]?.country).not.toBeNull();
    expect(algeria?.figures[0]?.country).not.toBeNull();
    expect(libya?.figures[0]?.country).not.toBe(algeria?.figures[0]?.country);
    expect(scorePair(libya!, algeria!, storyContext([libya!, algeria!])).figureRelation).not.toBe("conflict");
  });
});

describe("prices of named items", () => {
  it("reads what a price is of, compares prices of one item only, and passes over the value before a change", () => {
    const [aside, label, grade, rate, cost] = featuresOf(
      {
        text: "وارتفع سعر لتر الديزل، وهو الوقود الأكثر استهلاكاً في البلاد، إلى 9.80 دينار من 8.40 دينار.",
        quantities: [
          { text: "9.80 دينار", value: 9.8, unit: "dinar", kind: "money" },
          { text: "8.40 دينار", value: 8.4, unit: "dinar", kind: "money", previous: true },
        ],
      },
      {
        text: "الديزل: 9.80 دينار بدلاً من 8.40 دينار",
        quantities: [
          { text: "9.80 دينار", value: 9.8, unit: "dinar", kind: "money" },
          { text: "8.40 دينار", value: 8.4, unit: "dinar", kind: "money", previous: true },
        ],
      },
      {
        text: "وبنزين 91 من 7.20 إلى 8.10 دينار",
        quantities: [
          { text: "7.20", value: 7.2, unit: "dinar", kind: "money", previous: true },
          { text: "8.10 دينار", value: 8.1, unit: "dinar", kind: "money" },
        ],
      },
      {
        text: "ويجري تداول العملة المحلية عند نحو 3.2 دينار للدولار.",
        quantities: [{ text: "نحو 3.2 دينار", value: 3.2, approx: true, unit: "dinar", kind: "money" }],
      },
      {
        text: "وقال الوزير إن لتر الديزل يكلف الخزينة 12 ديناراً.",
        quantities: [{ text: "12 ديناراً", value: 12, unit: "dinar", kind: "money" }],
      },
    );
    expect(aside?.figures.map((f) => f.item)).toEqual(["ديزل"]);
    expect(label?.figures.map((f) => f.item)).toEqual(["ديزل"]);
    expect(grade?.figures.map((f) => f.item)).toEqual(["بنزين 91"]);
    expect(rate?.figures.map((f) => f.item)).toEqual(["صرف دولار"]);
    expect(cost?.figures.map((f) => f.item)).toEqual([null]);
    const ctx = storyContext([aside!, label!, grade!, rate!, cost!]);
    expect(scorePair(aside!, label!, ctx).figureRelation).toBe("same");
    expect(scorePair(aside!, grade!, ctx).figureRelation).not.toBe("conflict");
    expect(scorePair(rate!, cost!, ctx).figureRelation).not.toBe("conflict");
    expect(scorePair(label!, cost!, ctx).figureRelation).not.toBe("conflict");
  });
});

describe("who the dead were", () => {
  it("reads civilians or armed men after a toll, and one count told of both as a dispute", () => {
    const [civilians, soldiers, children] = featuresOf(
      {
        text: "وقال الجيش إن القتلى الثلاثة مدنيون يعملون حراساً في المعبر.",
        quantities: [{ text: "القتلى الثلاثة", value: 3, unit: "person", subject: "القتلى" }],
      },
      {
        text: "وذكرت مصادر أمنية أن القتلى الثلاثة جنود في حرس الحدود.",
        quantities: [{ text: "القتلى الثلاثة", value: 3, unit: "person", subject: "القتلى" }],
      },
      {
        text: "وأفاد مسعفون بأن القتلى الثلاثة أطفال من عائلة واحدة.",
        quantities: [{ text: "القتلى الثلاثة", value: 3, unit: "person", subject: "القتلى" }],
      },
    );
    expect([civilians, soldiers, children].map((f) => f?.figures[0]?.identity)).toEqual([
      "civilians",
      "armed",
      "civilians",
    ]);
    const ctx = storyContext([civilians!, soldiers!, children!]);
    expect(scorePair(civilians!, soldiers!, ctx).figureRelation).toBe("conflict");
    expect(scorePair(civilians!, children!, ctx).figureRelation).toBe("same");
  });
});

describe("a figure told as superseded, and a part among a group named before it", () => {
  it("reads «أعلن مقتل نحو 50 شخصاً، قبل أن ترتفع الحصيلة» as an earlier count, not a dispute of the later one", () => {
    const [early, later] = featuresOf(
      {
        text: "وكان المحافظ قد أعلن صباح الخميس مقتل نحو 50 شخصاً، قبل أن ترتفع الحصيلة تباعاً.",
        quantities: [{ text: "نحو 50 شخصاً", value: 50, approx: true, unit: "person" }],
      },
      {
        text: "وأعلنت وزارة الداخلية أن الحريق أودى بحياة 61 شخصا.",
        quantities: [{ text: "61 شخصا", value: 61, unit: "person" }],
      },
    );
    if (!early || !later) throw new Error("features missing");
    expect(early.figures[0]?.backThen).toBe(true);
    expect(later.figures[0]?.backThen).toBe(false);
    expect(scorePair(early, later, storyContext([early, later])).figureRelation).not.toBe("conflict");
  });

  it("reads «بين الضحايا 14 جثة» as a part, like «بينهم 18 جثة», so the two can dispute", () => {
    const [a, b] = featuresOf(
      {
        text: "وأشارت الوزارة إلى أن بين الضحايا 14 جثة متفحمة لم تعرف هويات أصحابها.",
        quantities: [{ text: "14 جثة", value: 14 }],
      },
      {
        text: "وقال مسؤول طبي إن الحصيلة النهائية 63 قتيلاً بينهم 18 جثة مجهولة الهوية.",
        quantities: [
          { text: "63 قتيلاً", value: 63, unit: "person" },
          { text: "18 جثة", value: 18 },
        ],
      },
    );
    if (!a || !b) throw new Error("features missing");
    expect(a.figures[0]?.part).toBe("بين الضحايا");
    expect(b.figures[1]?.part).toBe("بينهم");
  });
});

describe("a number word alone after «عدد X»", () => {
  it("counts what «عدد» names («بلغ عدد الجرحى أربعة»), not itself", () => {
    const [f] = featuresOf({ text: "وبلغ عدد الجرحى أربعة.", quantities: [{ text: "أربعة", value: 4 }] });
    expect(f?.figures[0]?.subjectClass).toBe("wounded");
    expect(f?.figures[0]?.predicate).toBe("wounded");
  });
});

describe("civilians are whom something happened to", () => {
  it("reads «مقتل 1068 مدنيا» as a toll and «إجلاء 20 ألف مدني» as people who left", () => {
    const [dead, gone] = featuresOf(
      { text: "وأحصى المرصد مقتل 1068 مدنيا منذ الخميس.", quantities: [{ text: "1068 مدنيا", value: 1068 }] },
      { text: "وبدأ الهجوم بعد إجلاء أكثر من 20 ألف مدني.", quantities: [{ text: "أكثر من 20 ألف مدني", min: 20000 }] },
    );
    expect(dead?.figures[0]?.predicate).toBe("killed");
    expect(gone?.figures[0]?.predicate).toBe("left");
  });
});

describe("chains: a channel is no intermediary", () => {
  it("keys an unattributed claim whose only link is «بيان» to its own outlet, and one via a wire to the wire", () => {
    const [a, b, c] = featuresOf(
      { text: "وجاء في بيان أن الحريق أخمد بالكامل.", via: ["بيان"] },
      { text: "وجاء في بيان آخر أن المصابين نقلوا إلى المستشفى.", via: ["بيان"] },
      { text: "وأفادت الأنباء بأن الحريق أخمد.", via: ["رويترز"] },
    );
    if (!a || !b || !c) throw new Error("features missing");
    expect(chainOf(a).primary).toBe(`article:${a.claim.articleId}`);
    expect(chainOf(a).primary).not.toBe(chainOf(b).primary);
    expect(chainOf(c).primary).toBe("via:رويترز");
  });
});
