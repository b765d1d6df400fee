// Article structure on scraped pages written in the shapes Arabic news sites produce: captions and photo credits,
// "read also" blocks, repeated teasers, tag runs glued to the lead, datelines, bylines, menus and share lines.
import { describe, expect, it } from "vitest";
import type { BlockRole } from "#schema/index.ts";
import { detectStructure, extractArticle, findTagRun } from "./index.ts";

function rolesOf(text: string): { role: BlockRole; text: string }[] {
  return detectStructure(text).blocks.map((b) => ({ role: b.role, text: text.slice(b.start, b.end) }));
}
function roleOfLine(text: string, line: string): BlockRole | undefined {
  return rolesOf(text).find((b) => b.text === line)?.role;
}
/** No claim may come from text inside a non-body line. */
function claimsInside(text: string, line: string): number {
  return extractArticle({ source: "x", text }).claims.filter((c) => line.includes(c.text)).length;
}

const CAPTIONED = [
  "غارات مكثفة على ريف إدلب الجنوبي",
  "",
  "وشنت الطائرات الحربية منذ فجر اليوم أكثر من عشرين غارة على بلدات ريف إدلب الجنوبي، بحسب الدفاع المدني.",
  "",
  "عناصر من الدفاع المدني يبحثون عن ناجين تحت الأنقاض",
  "Anadolu Agency",
  "",
  "وقال مدير الدفاع المدني في المحافظة إن فرقه انتشلت جثث سبعة أشخاص بينهم طفلان.",
  "",
  "صورة: رويترز",
  "سكان يغادرون المدينة على متن شاحنات صغيرة",
  "",
  "وأضاف أن موجة نزوح جديدة بدأت باتجاه الحدود التركية.",
].join("\n");

const RELATED = [
  "الأمم المتحدة تحذر من مجاعة وشيكة في السودان",
  "",
  "حذر برنامج الأغذية العالمي من أن ملايين السودانيين باتوا على حافة المجاعة مع استمرار القتال.",
  "",
  "اقرأ أيضاً:",
  "مقتل العشرات في قصف على سوق شعبي بأم درمان",
  "",
  "وقالت المتحدثة باسم البرنامج إن القوافل لم تتمكن من الوصول إلى ولايات دارفور منذ أسابيع.",
  "",
  "مواضيع متعلقة",
  "الجيش السوداني يعلن استعادة مواقع في الخرطوم",
  "الدعم السريع ينفي الانسحاب من ود مدني",
  "",
  "وأضافت أن أسعار الغذاء تضاعفت ثلاث مرات في بعض المناطق.",
].join("\n");

const TEASERS = [
  "الحكومة اللبنانية تقر خطة للتعافي المالي",
  "",
  "بيروت - أقرت الحكومة اللبنانية في جلستها اليوم خطة للتعافي المالي بعد أشهر من الخلافات.",
  "",
  "مصرف لبنان يرفع سعر الصرف الرسمي",
  "صندوق النقد يطالب بإصلاحات عاجلة",
  "",
  "وقال وزير المالية إن الخطة ستعرض على البرلمان الأسبوع المقبل.",
  "",
  "احتجاجات أمام المصرف المركزي في بيروت",
  "",
  "وأشار إلى أن المفاوضات مع الدائنين ستبدأ بعد إقرار الخطة.",
  "",
  "احتجاجات أمام المصرف المركزي في بيروت",
].join("\n");

const SCRAPED = [
  "الرئيسية | أخبار | سياسة | اقتصاد | رياضة",
  "شارك",
  "الأكثر قراءة",
  "دمشق (رويترز) - قالت وزارة الدفاع السورية إن دفاعاتها الجوية تصدت لهجوم بطائرات مسيرة فوق ريف حماة.",
  "وأضافت الوزارة في بيان أن الهجوم لم يسفر عن إصابات.",
  "الوسوم: سوريا، حماة، طائرات مسيرة",
  "10:45 2024/03/12",
  "(الوطن، سامر العلي)",
].join("\n");

describe("captions and photo credits", () => {
  it("marks credit lines and the captions next to them", () => {
    expect(roleOfLine(CAPTIONED, "Anadolu Agency")).toBe("credit");
    expect(roleOfLine(CAPTIONED, "عناصر من الدفاع المدني يبحثون عن ناجين تحت الأنقاض")).toBe("caption");
    expect(roleOfLine(CAPTIONED, "صورة: رويترز")).toBe("credit");
    expect(roleOfLine(CAPTIONED, "سكان يغادرون المدينة على متن شاحنات صغيرة")).toBe("caption");
  });
  it("produces no claims from captions, and keeps the title and body", () => {
    expect(claimsInside(CAPTIONED, "عناصر من الدفاع المدني يبحثون عن ناجين تحت الأنقاض")).toBe(0);
    expect(claimsInside(CAPTIONED, "سكان يغادرون المدينة على متن شاحنات صغيرة")).toBe(0);
    const s = detectStructure(CAPTIONED);
    expect(s.title).toBe("غارات مكثفة على ريف إدلب الجنوبي");
    const out = extractArticle({ source: "x", text: CAPTIONED });
    expect(
      out.claims.some((c) => c.text.includes("موجة نزوح جديدة") && c.speaker?.name.includes("مدير الدفاع المدني")),
    ).toBe(true);
  });
});

describe("captions with their credit on the same line", () => {
  it("marks «… - أرشيف» and «… (رويترز)» lines as captions, not body", () => {
    const text = [
      "الحكومة تعلن خطة لدعم المزارعين",
      "",
      "وزير الزراعة خلال جولة في الحقول - أرشيف",
      "",
      "أعلنت الحكومة اليوم خطة لدعم المزارعين المتضررين من الجفاف بقيمة 200 مليون دولار.",
      "",
      "مزارعون يحصدون القمح قرب المدينة (رويترز)",
      "",
      "وقال وزير الزراعة إن الدفعة الأولى ستصرف الشهر المقبل.",
    ].join("\n");
    expect(roleOfLine(text, "وزير الزراعة خلال جولة في الحقول - أرشيف")).toBe("caption");
    expect(roleOfLine(text, "مزارعون يحصدون القمح قرب المدينة (رويترز)")).toBe("caption");
    expect(roleOfLine(text, "وقال وزير الزراعة إن الدفعة الأولى ستصرف الشهر المقبل.")).toBe("body");
  });
});

describe("related-article blocks", () => {
  it("marks the read-also markers and the headlines that follow them", () => {
    expect(roleOfLine(RELATED, "اقرأ أيضاً:")).toBe("related");
    expect(roleOfLine(RELATED, "مقتل العشرات في قصف على سوق شعبي بأم درمان")).toBe("related");
    expect(roleOfLine(RELATED, "مواضيع متعلقة")).toBe("related");
    expect(roleOfLine(RELATED, "الجيش السوداني يعلن استعادة مواقع في الخرطوم")).toBe("related");
    expect(roleOfLine(RELATED, "الدعم السريع ينفي الانسحاب من ود مدني")).toBe("related");
    expect(claimsInside(RELATED, "الدعم السريع ينفي الانسحاب من ود مدني")).toBe(0);
  });
  it("reads the teaser under «شاهد أيضا» (a call to watch) as related, even set apart like a subheading", () => {
    const text = [
      "فيضانات تجتاح قرى الساحل بعد أمطار غزيرة",
      "",
      "غمرت مياه الأمطار عشرات المنازل في قرى الساحل الشرقي ليل الأحد، بحسب الدفاع المدني.",
      "",
      "شاهد أيضا",
      "",
      "وزير الري يكشف أسباب ارتفاع منسوب المياه في السدود",
      "",
      "وقال محافظ المنطقة إن فرق الإنقاذ أجلت أكثر من 300 أسرة إلى مراكز إيواء مؤقتة.",
    ].join("\n");
    expect(roleOfLine(text, "وزير الري يكشف أسباب ارتفاع منسوب المياه في السدود")).toBe("related");
    expect(claimsInside(text, "وزير الري يكشف أسباب ارتفاع منسوب المياه في السدود")).toBe(0);
  });
  it("keeps the body speaker across a related block", () => {
    const out = extractArticle({ source: "x", text: RELATED });
    const c = out.claims.find((x) => x.text.includes("أسعار الغذاء تضاعفت"));
    expect(c?.speaker?.name).toContain("المتحدثة باسم البرنامج");
  });
  it("marks runs of teaser headlines and lines repeated verbatim", () => {
    expect(roleOfLine(TEASERS, "مصرف لبنان يرفع سعر الصرف الرسمي")).toBe("related");
    expect(roleOfLine(TEASERS, "صندوق النقد يطالب بإصلاحات عاجلة")).toBe("related");
    const repeated = rolesOf(TEASERS).filter((b) => b.text === "احتجاجات أمام المصرف المركزي في بيروت");
    expect(repeated).toHaveLength(2);
    for (const b of repeated) expect(b.role).toBe("related");
    expect(claimsInside(TEASERS, "احتجاجات أمام المصرف المركزي في بيروت")).toBe(0);
  });
});

describe("datelines, bylines, tags, page furniture", () => {
  it("reads the wire credited in a dateline; every claim of the dispatch came through it", () => {
    const text =
      "عمّان (د ب أ) - قال وزير المياه إن مخزون السدود تراجع إلى 12 في المئة من سعتها.\nوتعاني المملكة من شح مزمن في المياه.";
    const s = detectStructure(text);
    expect(s.dateline).toBe("عمّان");
    expect(s.wire).toBe("الوكالة الألمانية");
    const { claims } = extractArticle({ source: "x", text });
    expect(claims.map((c) => c.via[0])).toEqual(["الوكالة الألمانية", "الوكالة الألمانية"]);
    expect(claims[0]?.speaker?.name).toContain("وزير المياه");
    expect(detectStructure("بيروت - قال الوزير إن الحكومة ستجتمع غدا.").wire).toBeNull();
  });

  it("splits the dateline off the first body paragraph", () => {
    const s = detectStructure(TEASERS);
    expect(s.dateline).toBe("بيروت");
    expect(rolesOf(TEASERS).find((b) => b.role === "dateline")?.text).toBe("بيروت -");
  });
  it("reads a dateline with the agency in brackets", () => {
    const s = detectStructure(SCRAPED);
    expect(s.dateline).toBe("دمشق");
  });
  it("reads the outlet and author of a bracketed byline", () => {
    const s = detectStructure(SCRAPED);
    expect(s.outlet).toBe("الوطن");
    expect(s.byline).toBe("سامر العلي");
    const out = extractArticle({ source: "x", text: SCRAPED });
    expect(out.articles[0]?.outlet).toBe("الوطن");
  });
  it("keeps the caller's outlet over the byline", () => {
    const out = extractArticle({ source: "x", text: SCRAPED, outlet: "الوطن أونلاين" });
    expect(out.articles[0]?.outlet).toBe("الوطن أونلاين");
  });
  it("marks menus, share lines, most-read lists, timestamps and tag lines", () => {
    expect(roleOfLine(SCRAPED, "الرئيسية | أخبار | سياسة | اقتصاد | رياضة")).toBe("navigation");
    expect(roleOfLine(SCRAPED, "شارك")).toBe("navigation");
    expect(roleOfLine(SCRAPED, "الأكثر قراءة")).toBe("navigation");
    expect(roleOfLine(SCRAPED, "10:45 2024/03/12")).toBe("navigation");
    expect(roleOfLine(SCRAPED, "الوسوم: سوريا، حماة، طائرات مسيرة")).toBe("tags");
    const out = extractArticle({ source: "x", text: SCRAPED });
    expect(out.claims.every((c) => !c.text.includes("الأكثر قراءة") && !c.text.includes("الوسوم"))).toBe(true);
    expect(out.claims.find((c) => c.text.includes("تصدت لهجوم"))?.speaker?.name).toContain("وزارة الدفاع");
  });
  it("cuts a run of keyword tags glued to the first sentence", () => {
    const text = [
      "تصعيد جديد في جنوب لبنان",
      "",
      "حزب الله، إسرائيل، جنوب لبنان، قوات اليونيفيل، الجيش الإسرائيلي قصف الجيش الإسرائيلي بلدات حدودية في جنوب لبنان.",
      "",
      "وقالت قوات اليونيفيل إن دورياتها رصدت سقوط قذائف قرب مواقعها، فيما أعلن حزب الله استهداف موقع عسكري.",
    ].join("\n");
    const blocks = rolesOf(text);
    const tags = blocks.find((b) => b.role === "tags");
    expect(tags?.text).toBe("حزب الله، إسرائيل، جنوب لبنان، قوات اليونيفيل، الجيش الإسرائيلي");
    const body = blocks.find((b) => b.role === "body");
    expect(body?.text.startsWith("قصف الجيش الإسرائيلي")).toBe(true);
  });
  it("reads a line that is only a dateline and an agency", () => {
    const text = "الخرطوم - رويترز\n\nقال الجيش السوداني يوم الخميس إنه صد هجوماً على مدينة الفاشر.";
    expect(roleOfLine(text, "الخرطوم - رويترز")).toBe("dateline");
    expect(detectStructure(text).dateline).toBe("الخرطوم");
  });
  it("reads an outlet and then its place on the first line as a dateline, never a claim («شفق نيوز- كابول»)", () => {
    const text = "شفق نيوز- كابول\n\nأعلنت الحكومة، يوم الخميس، ارتفاع حصيلة ضحايا الزلزال إلى 900 قتيل.";
    expect(roleOfLine(text, "شفق نيوز- كابول")).toBe("dateline");
    const s = detectStructure(text);
    expect(s.dateline).toBe("كابول");
    expect(s.outlet).toBe("شفق نيوز");
    expect(claimsInside(text, "شفق نيوز- كابول")).toBe(0);
    // (a body before a place is no outlet)
    const body = "وزارة الصحة - غزة\n\nأعلنت الوزارة، يوم الخميس، ارتفاع حصيلة الضحايا إلى 900 قتيل.";
    expect(detectStructure(body).outlet).toBeNull();
  });
  it("reads a place and an outlet on a line of their own as a dateline", () => {
    const text = "مخاوف من توسع المواجهات\n\nبيروت: «الشرق الأوسط»\n\nقال مصدر عسكري إن الجيش عزز انتشاره.";
    expect(roleOfLine(text, "بيروت: «الشرق الأوسط»")).toBe("dateline");
    expect(detectStructure(text).subtitle).toBeNull();
  });
  it("does not take a comma-rich body sentence for tags", () => {
    const text = [
      "وقال الوزير إن الهدنة صامدة.",
      "",
      "إلى ذلك، شنت طائرات التحالف الدولي، مساء اليوم، هجوماً على الجيب الأخير، ما أدى إلى فرار مقاتلين.",
    ].join("\n");
    expect(rolesOf(text).some((b) => b.role === "tags")).toBe(false);
  });
  it("leaves an ordinary comma-rich lead alone", () => {
    const text = "في دمشق، وبعد أسابيع من المفاوضات، أعلنت الحكومة، مساء الأحد، التوصل إلى اتفاق.";
    expect(findTagRun(text, 0, text.length)).toBeNull();
  });
  it("reads a title and a subtitle (deck) above the dateline", () => {
    const text = [
      "انتخابات بلدية في تونس وسط عزوف واسع",
      "",
      "هيئة الانتخابات تتحدث عن نسبة مشاركة لم تتجاوز 12 في المئة في الدورة الأولى.",
      "",
      "تونس - أغلقت مكاتب الاقتراع أبوابها مساء الأحد في الانتخابات البلدية.",
    ].join("\n");
    const s = detectStructure(text);
    expect(s.title).toBe("انتخابات بلدية في تونس وسط عزوف واسع");
    expect(s.subtitle).toBe("هيئة الانتخابات تتحدث عن نسبة مشاركة لم تتجاوز 12 في المئة في الدورة الأولى.");
    expect(s.dateline).toBe("تونس");
  });
  it("treats a question line between paragraphs as a heading, not a claim", () => {
    const text = [
      "وقال المتحدث إن المفاوضات مستمرة.",
      "",
      "ما الذي يعنيه الاتفاق للسكان؟",
      "",
      "ويقول خبراء إن الاتفاق سيخفف القيود على الحركة.",
    ].join("\n");
    expect(roleOfLine(text, "ما الذي يعنيه الاتفاق للسكان؟")).toBe("heading");
    expect(claimsInside(text, "ما الذي يعنيه الاتفاق للسكان؟")).toBe(0);
  });
  it("reads a lone headline after the last body paragraph as a teaser, not a heading", () => {
    const text = "وقال المتحدث إن المفاوضات مستمرة.\n\nالبرلمان يقر الموازنة بعد جلسة عاصفة";
    expect(roleOfLine(text, "البرلمان يقر الموازنة بعد جلسة عاصفة")).toBe("related");
    expect(claimsInside(text, "البرلمان يقر الموازنة بعد جلسة عاصفة")).toBe(0);
  });
  it("keeps body paragraphs that lost their full stop", () => {
    const text = [
      "وقال المتحدث باسم الوزارة إن الاجتماع سيعقد الأسبوع المقبل",
      "",
      "وأضاف أن جدول الأعمال يتضمن ملف المياه والحدود",
      "",
      "الحكومة تدرس خطة جديدة، بحسب مصادر مطلعة",
    ].join("\n");
    for (const b of rolesOf(text)) expect(b.role).toBe("body");
    const out = extractArticle({ source: "x", text });
    expect(out.claims.find((c) => c.text.includes("ملف المياه"))?.speaker?.name).toContain("المتحدث باسم الوزارة");
  });
  it("produces blocks in order, inside the text and without overlap", () => {
    for (const text of [CAPTIONED, RELATED, TEASERS, SCRAPED]) {
      const bs = detectStructure(text).blocks;
      let last = 0;
      for (const b of bs) {
        expect(b.start).toBeGreaterThanOrEqual(last);
        expect(b.end).toBeGreaterThan(b.start);
        expect(b.end).toBeLessThanOrEqual(text.length);
        last = b.end;
      }
    }
  });
});

describe("language", () => {
  it("sets Arabic, or a Latin-script language, from the text; the input wins", () => {
    expect(extractArticle({ source: "x", text: CAPTIONED }).articles[0]?.language).toBe("ar");
    const en = extractArticle({
      source: "x",
      text: 'The SDF said on Saturday that "about 600 fighters" remained inside the last pocket.',
    });
    expect(en.articles[0]?.language).toBe("en");
    expect(en.claims.length).toBeGreaterThan(0);
    expect(extractArticle({ source: "x", text: CAPTIONED, language: "ar-SY" }).articles[0]?.language).toBe("ar-SY");
  });
});

// A feature in the shape many Arabic papers print: title, deck, then a line of its own naming the city and the
// writer, then the lead.
const SIGNED = [
  "كسلا تغرق... السيول تقطع الطريق القومي وتعزل عشرات القرى",
  "",
  "وكالات الإغاثة تطالب بممرات آمنة لإيصال الغذاء إلى المتضررين شرق السودان",
  "",
  "كسلا: هبة الطيب",
  "",
  "اجتاحت السيول أجزاء واسعة من ولاية كسلا خلال اليومين الماضيين، وقطعت الطريق الذي يربطها بميناء بورتسودان.",
  "",
  "وقال مفوض العون الإنساني في الولاية إن أكثر من أربعة آلاف منزل انهارت كليا أو جزئيا.",
].join("\n");

/** The article SIGNED with its credit line replaced. */
const signedWith = (credit: string) => SIGNED.replace("كسلا: هبة الطيب", credit);

describe("bylines and datelines on lines of their own", () => {
  it("splits «city: author» into a dateline and a byline, and keeps the deck above it", () => {
    const blocks = rolesOf(SIGNED);
    expect(blocks.find((b) => b.text === "كسلا:")?.role).toBe("dateline");
    expect(blocks.find((b) => b.text === "هبة الطيب")?.role).toBe("byline");
    const s = detectStructure(SIGNED);
    expect(s.dateline).toBe("كسلا");
    expect(s.byline).toBe("هبة الطيب");
    expect(s.subtitle).toBe("وكالات الإغاثة تطالب بممرات آمنة لإيصال الغذاء إلى المتضررين شرق السودان");
    expect(claimsInside(SIGNED, "كسلا: هبة الطيب")).toBe(0);
    const out = extractArticle({ source: "x", text: SIGNED });
    expect(out.articles[0]?.byline).toBe("هبة الطيب");
    expect(out.claims.some((c) => c.text.includes("أربعة آلاف منزل"))).toBe(true);
  });

  it("reads «city - author», «author - city» and several authors", () => {
    let s = detectStructure(signedWith("القاهرة - محمود عبد الرحيم"));
    expect(s.dateline).toBe("القاهرة");
    expect(s.byline).toBe("محمود عبد الرحيم");
    s = detectStructure(signedWith("ياسر الحسن - كسلا"));
    expect(s.byline).toBe("ياسر الحسن");
    expect(s.dateline).toBe("كسلا");
    const text = signedWith("كسلا - سارة عثمان ومحمد الفاتح");
    expect(roleOfLine(text, "سارة عثمان ومحمد الفاتح")).toBe("byline");
    expect(claimsInside(text, "كسلا - سارة عثمان ومحمد الفاتح")).toBe(0);
  });

  it("reads a place and an outlet after a dash, a tatweel or a colon; a wire stays the wire", () => {
    let text = signedWith("بيروت ـ «الشرق الأوسط»");
    expect(roleOfLine(text, "بيروت ـ «الشرق الأوسط»")).toBe("dateline");
    expect(detectStructure(text).outlet).toBe("الشرق الأوسط");
    text = signedWith("الرباط – هسبريس");
    expect(roleOfLine(text, "الرباط – هسبريس")).toBe("dateline");
    expect(detectStructure(text)).toMatchObject({ dateline: "الرباط", outlet: "هسبريس" });
    text = signedWith("الدوحة - قنا");
    expect(detectStructure(text)).toMatchObject({ dateline: "الدوحة", outlet: null, wire: "قنا" });
  });

  it("reads a correspondent credit: dateline and byline, no author name", () => {
    const text = signedWith("الموصل - مراسلنا");
    expect(rolesOf(text).find((b) => b.text === "الموصل -")?.role).toBe("dateline");
    expect(roleOfLine(text, "مراسلنا")).toBe("byline");
    expect(detectStructure(text)).toMatchObject({ dateline: "الموصل", byline: null, outlet: null });
    expect(roleOfLine(signedWith("القدس - خاص بـ«المدن»"), "خاص بـ«المدن»")).toBe("byline");
  });

  it("reads labelled author lines, with or without a colon", () => {
    for (const [line, author] of [
      ["كتب: أحمد سامي", "أحمد سامي"],
      ["بقلم: د. هبة الشريف", "د. هبة الشريف"],
      ["إعداد: قسم الأخبار", "قسم الأخبار"],
      ["تحرير أحمد سامي", "أحمد سامي"],
      ["المحرر: سامر العلي", "سامر العلي"],
      ["تقرير: رنا الخطيب", "رنا الخطيب"],
    ] as const) {
      const text = signedWith(line);
      expect(roleOfLine(text, line), line).toBe("byline");
      expect(detectStructure(text).byline, line).toBe(author);
      expect(claimsInside(text, line), line).toBe(0);
    }
  });

  it("reads a label closed by a colon and an outlet named with a suffix (سكاي نيوز عربية)", () => {
    let text = signedWith("كتب- أحمد سامي:");
    expect(roleOfLine(text, "كتب- أحمد سامي:")).toBe("byline");
    expect(detectStructure(text).byline).toBe("أحمد سامي");
    text = signedWith("أبوظبي - سكاي نيوز عربية");
    expect(roleOfLine(text, "أبوظبي - سكاي نيوز عربية")).toBe("dateline");
    expect(detectStructure(text)).toMatchObject({ dateline: "أبوظبي", outlet: "سكاي نيوز عربية" });
  });

  it("reads a bracketed wire sign-off at the foot: the writer is the byline, no outlet", () => {
    const text = [
      "الخرطوم (رويترز) - قال الجيش السوداني إنه استعاد السيطرة على جسر استراتيجي.",
      "",
      "وأضاف في بيان أن قواته تكبدت خسائر محدودة.",
      "",
      "(إعداد ليلى بسام للنشرة العربية – تحرير سامح الخطيب)",
    ].join("\n");
    expect(roleOfLine(text, "(إعداد ليلى بسام للنشرة العربية – تحرير سامح الخطيب)")).toBe("byline");
    expect(detectStructure(text)).toMatchObject({ byline: "ليلى بسام", outlet: null, wire: "رويترز" });
    const covered = "وقال إن الهدنة صامدة.\n\n(شارك في التغطية سارة عثمان من بورتسودان)";
    expect(detectStructure(covered).byline).toBe("سارة عثمان");
  });

  it("does not take headlines, labels or short body lines for bylines", () => {
    // a noun after an author label (تحرير = liberation, تقرير = report) is no author
    for (const line of ["تحرير الموصل", "تقرير: أزمة الخبز تتفاقم"]) {
      expect(roleOfLine(signedWith(line), line), line).not.toBe("byline");
      expect(detectStructure(signedWith(line)).byline, line).toBeNull();
    }
    // a headline «place: person + verb» stays the title
    const title = "الرياض: محمد بن سلمان يستقبل وزير الخارجية الأميركي";
    const s = detectStructure(`${title}\n\nبحث الجانبان العلاقات الثنائية وتطورات المنطقة.`);
    expect(s.title).toBe(title);
    expect(s.byline).toBeNull();
    // an organisation heading a quote is no dateline
    const quote = signedWith("حماس: يحيى السنوار");
    expect(detectStructure(quote).dateline).toBeNull();
  });

  it("keeps a dateline that opens the lead in the body, with its wire", () => {
    const text = [
      "السيول تجتاح شرق السودان",
      "",
      "كسلا (أ ف ب) - قال مسؤولون محليون إن السيول دمرت مئات المنازل في ولاية كسلا.",
      "",
      "بيروت - قتل خمسة أشخاص.",
    ].join("\n");
    const s = detectStructure(text);
    expect(s).toMatchObject({ dateline: "كسلا", wire: "فرانس برس", byline: null });
    expect(rolesOf(text).find((b) => b.text.startsWith("قال مسؤولون"))?.role).toBe("body");
    expect(rolesOf(text).find((b) => b.text === "بيروت - قتل خمسة أشخاص.")?.role).toBe("body");
    expect(extractArticle({ source: "x", text }).claims[1]?.via[0]).toBe("فرانس برس");
  });

  it("splits datelines glued to the lead: a quoted outlet after a tatweel, a gloss before the wire, a credit word", () => {
    let text =
      "غزة ـ «المدن»: قالت وزارة الصحة إن حصيلة القصف ارتفعت إلى 31 قتيلا.\nوأضافت أن المستشفيات تعمل بمولدات.";
    expect(rolesOf(text)[0]).toEqual({ role: "dateline", text: "غزة ـ «المدن»:" });
    expect(detectStructure(text)).toMatchObject({ dateline: "غزة", outlet: "المدن", wire: null });
    text = "كسلا (السودان) (أ ف ب) - قال مسؤول محلي إن السيول جرفت جسرين.";
    expect(rolesOf(text)[0]).toEqual({ role: "dateline", text: "كسلا (السودان) (أ ف ب) -" });
    expect(detectStructure(text)).toMatchObject({ dateline: "كسلا", wire: "فرانس برس" });
    text = "متابعات – أعلنت وزارة الداخلية توقيف خمسة مشتبه بهم.";
    expect(rolesOf(text)[0]).toEqual({ role: "byline", text: "متابعات –" });
    expect(detectStructure(text).dateline).toBeNull();
  });

  it("takes a deck that opens with a noun spelt with و (وكالات، وزير) as the subtitle", () => {
    const text = [
      "انتخابات مبكرة في تونس",
      "",
      "وزير الداخلية يتعهد بتأمين مراكز الاقتراع في كل الولايات",
      "",
      "تونس - فتحت مراكز الاقتراع أبوابها صباح الأحد.",
    ].join("\n");
    expect(detectStructure(text).subtitle).toBe("وزير الداخلية يتعهد بتأمين مراكز الاقتراع في كل الولايات");
  });
});

// The foot of a scraped story page: share buttons, app and newsletter prompts, follow-us lines, stamps, notices.
const FOOTED = [
  "ارتفاع حصيلة انفجار مستودع الوقود في عدن",
  "",
  "عدن - أعلنت السلطات الصحية في عدن مساء الاثنين ارتفاع حصيلة ضحايا انفجار مستودع الوقود إلى 27 قتيلا.",
  "",
  "وقال مدير مكتب الصحة في المحافظة إن فرق الإسعاف نقلت عشرات المصابين إلى مستشفيات المدينة.",
  "",
  "شارك الخبر",
  "تابعوا آخر الأخبار عبر تطبيقنا",
  "حمّل تطبيق «عدن اليوم» الآن",
  "اشترك في نشرتنا البريدية",
  "تابعونا على تويتر وفيسبوك",
  "لمزيد من الأخبار انضموا إلى قناتنا على تلغرام",
  "اضغط هنا",
  "اقرأ المزيد",
  "الأكثر قراءة",
  "نشر في: 14/05/2024 - 09:30",
  "آخر تحديث منذ 3 ساعات",
  "© 2024 جميع الحقوق محفوظة",
  "",
  "مواضيع ذات صلة",
  "",
  "كلمات مفتاحية: عدن، انفجار، مستودع الوقود",
].join("\n");

const FURNITURE = FOOTED.split("\n")
  .slice(6)
  .filter((l) => l !== "");

describe("page furniture: calls to action, stamps, notices, tag lists, media captions", () => {
  it("gives every call to action, prompt, stamp and notice a non-body role and no claim", () => {
    const claimBearing = new Set<BlockRole>(["title", "subtitle", "body", "heading"]);
    for (const line of FURNITURE) {
      const role = roleOfLine(FOOTED, line);
      expect(role, line).toBeDefined();
      expect(claimBearing.has(role as BlockRole), `${line}: ${role}`).toBe(false);
      expect(claimsInside(FOOTED, line), line).toBe(0);
    }
    expect(roleOfLine(FOOTED, "تابعوا آخر الأخبار عبر تطبيقنا")).toBe("navigation");
    expect(roleOfLine(FOOTED, "نشر في: 14/05/2024 - 09:30")).toBe("navigation");
    expect(roleOfLine(FOOTED, "كلمات مفتاحية: عدن، انفجار، مستودع الوقود")).toBe("tags");
    const out = extractArticle({ source: "x", text: FOOTED });
    expect(out.claims.some((c) => c.text.includes("نقلت عشرات المصابين"))).toBe(true);
  });

  it("keeps body sentences that open with the same verbs (شارك آلاف، تابع الوزير) or a live-update label", () => {
    const body = [
      "احتجاجات في الخرطوم",
      "",
      "شارك آلاف المتظاهرين في مسيرة حاشدة نحو القصر الرئاسي على تطبيق الحكومة.",
      "",
      "تحديث: ارتفع عدد المصابين إلى 40 وفق لجنة الأطباء",
      "",
      "وتابع الوزير أن الحكومة ستنشر التفاصيل على موقعها الرسمي.",
    ];
    const text = body.join("\n");
    for (const line of body.slice(2).filter((l) => l !== ""))
      expect(["body", "heading"]).toContain(roleOfLine(text, line));
    expect(claimsInside(text, "تحديث: ارتفع عدد المصابين إلى 40 وفق لجنة الأطباء")).toBeGreaterThan(0);
    // صور is a media label and the city of Tyre: a dispatch from it stays body
    const tyre = "غارات على جنوب لبنان\n\nصور - قال رئيس بلدية المدينة إن الغارات دمرت ثلاثة مبان.";
    expect(rolesOf(tyre).map((b) => b.role)).toEqual(["title", "dateline", "body"]);
  });

  it("takes no claim from a subheading or an uncredited caption set apart without a figure", () => {
    const text = [
      "حريق يلتهم سوقا شعبيا في المدينة القديمة",
      "",
      "اندلع حريق كبير فجر الجمعة في السوق الشعبي بالمدينة القديمة، بحسب الدفاع المدني.",
      "",
      "رجال الإطفاء يحاولون إخماد النيران في أحد المحال",
      "",
      "وقال مدير الدفاع المدني إن النيران أتت على أكثر من 40 محلا تجاريا.",
    ].join("\n");
    expect(claimsInside(text, "رجال الإطفاء يحاولون إخماد النيران في أحد المحال")).toBe(0);
    expect(extractArticle({ source: "x", text }).claims.some((c) => c.text.includes("40 محلا"))).toBe(true);
  });

  it("reads a keyword line under a tag label, a bare keyword line and hashtags as tags", () => {
    const text = [
      "فيضانات في ليبيا",
      "",
      "وقال رئيس البلدية إن فرق الإنقاذ انتشلت مئات الجثث من البحر.",
      "",
      "الكلمات المفتاحية",
      "ليبيا، درنة، السيول",
      "",
      "العاصفة دانيال، الهلال الأحمر، انهيار السدود، فرق الإنقاذ",
      "",
      "#ليبيا #درنة",
    ].join("\n");
    for (const line of ["الكلمات المفتاحية", "ليبيا، درنة، السيول", "#ليبيا #درنة"])
      expect(roleOfLine(text, line), line).toBe("tags");
    expect(roleOfLine(text, "العاصفة دانيال، الهلال الأحمر، انهيار السدود، فرق الإنقاذ")).toBe("tags");
  });

  it("keeps split lines' blocks in order, inside the text and without overlap", () => {
    for (const text of [SIGNED, FOOTED, signedWith("ياسر الحسن - كسلا"), signedWith("الموصل - مراسلنا")]) {
      let last = 0;
      for (const b of detectStructure(text).blocks) {
        expect(b.start).toBeGreaterThanOrEqual(last);
        expect(b.end).toBeGreaterThan(b.start);
        expect(b.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(b.start, b.end).trim()).toBe(text.slice(b.start, b.end));
        last = b.end;
      }
    }
  });

  it("reads a labelled video line between paragraphs as a caption, and a generic source as no outlet", () => {
    const text = [
      "انهيار مبنى سكني في حلب",
      "",
      "وقال الدفاع المدني إن فرقه انتشلت ستة ناجين من تحت الأنقاض.",
      "",
      "فيديو | لحظة انتشال طفل من تحت الركام",
      "",
      "وأضاف أن البحث ما زال جاريا عن مفقودين.",
      "",
      "المصدر: وكالات",
    ].join("\n");
    expect(roleOfLine(text, "فيديو | لحظة انتشال طفل من تحت الركام")).toBe("caption");
    expect(claimsInside(text, "فيديو | لحظة انتشال طفل من تحت الركام")).toBe(0);
    expect(roleOfLine(text, "المصدر: وكالات")).toBe("byline");
    expect(detectStructure(text).outlet).toBeNull();
    // a video page keeps its labelled headline as the title
    const page = "فيديو | سيول جارفة تجتاح شوارع المكلا\n\nوقال شهود إن المياه غمرت الطوابق الأرضية للمنازل.";
    expect(detectStructure(page).title).toBe("فيديو | سيول جارفة تجتاح شوارع المكلا");
  });
});

describe("furniture seen on held-out pages", () => {
  const PAGE = [
    "ارتفاع حصيلة انهيار العمارة في المنصورة إلى 17 قتيلا",
    "",
    "آخر تحديث: 14/5/2024 - 09:40 (توقيت القاهرة)",
    "",
    "المنصورة - مكتب الصحيفة",
    "",
    "أعلنت مديرية الصحة في المحافظة، صباح اليوم، ارتفاع عدد ضحايا انهيار العمارة السكنية إلى 17 قتيلا.",
    "",
    "اقرأ أيضاً",
    "بالفيديو.. لحظة انهيار العمارة في حي الجامعة",
    "المحافظ يعلن صرف تعويضات عاجلة لأسر الضحايا",
    "",
    "وقال مدير الحماية المدنية إن فرق الإنقاذ ما زالت تبحث عن مفقودين تحت الأنقاض.",
  ].join("\n");

  it("reads an update stamp with its time zone, a bureau credit and every teaser under a «read also» marker", () => {
    expect(roleOfLine(PAGE, "آخر تحديث: 14/5/2024 - 09:40 (توقيت القاهرة)")).toBe("navigation");
    expect(roleOfLine(PAGE, "مكتب الصحيفة")).toBe("byline");
    expect(roleOfLine(PAGE, "بالفيديو.. لحظة انهيار العمارة في حي الجامعة")).toBe("related");
    expect(roleOfLine(PAGE, "المحافظ يعلن صرف تعويضات عاجلة لأسر الضحايا")).toBe("related");
    expect(claimsInside(PAGE, "المحافظ يعلن صرف تعويضات عاجلة لأسر الضحايا")).toBe(0);
    expect(extractArticle({ source: "x", text: PAGE }).claims).toHaveLength(3);
  });
});

describe("a picture's credit in brackets and a question among teasers", () => {
  const PAGE = [
    "ارتفاع حصيلة تسرب الغاز في الميناء إلى 12 وفاة",
    "",
    "صورة متداولة لسحابة الغاز فوق الرصيف",
    "(مواقع التواصل)",
    "",
    "أعلنت مديرية الأمن العام ارتفاع عدد الوفيات إلى 12 شخصا مساء اليوم.",
    "",
    "اقرأ أيضاً:",
    "ما هو غاز الكلور وكيف يؤثر على الجهاز التنفسي؟",
    "الأمن العام يدعو إلى استقاء المعلومات من مصادرها الرسمية",
    "",
    "وقال مدير الدفاع المدني إن الفرق ما زالت في الموقع.",
  ].join("\n");
  it("marks the bracketed credit and both teasers, so none of them becomes a claim", () => {
    expect(roleOfLine(PAGE, "(مواقع التواصل)")).toBe("credit");
    expect(roleOfLine(PAGE, "صورة متداولة لسحابة الغاز فوق الرصيف")).toBe("caption");
    expect(roleOfLine(PAGE, "ما هو غاز الكلور وكيف يؤثر على الجهاز التنفسي؟")).toBe("related");
    expect(claimsInside(PAGE, "الأمن العام يدعو إلى استقاء المعلومات من مصادرها الرسمية")).toBe(0);
  });
});

describe("stamps, desk bylines and captions written without a label", () => {
  const PAGE = [
    "انهيار مبنى سكني في حي الميدان يخلف قتلى وجرحى",
    "",
    "الأربعاء 14/أغسطس/2024 - 09:05 ص",
    "",
    "حلب - المحرر المحلي",
    "",
    "انهار مبنى سكني من أربعة طوابق فجر اليوم في حي الميدان، ما أسفر عن مقتل سبعة أشخاص وإصابة 12 آخرين.",
    "",
    "جانب من أعمال البحث تحت الأنقاض",
    "",
    "وقال مدير الدفاع المدني في المدينة إن فرق الإنقاذ انتشلت ناجيين من تحت الركام.",
    "",
    "عمال الإنقاذ يرفعون الركام بالآليات الثقيلة",
    "(المصدر: الدفاع المدني)",
    "",
    "وأضاف أن البحث مستمر عن مفقودين، مرجحاً أن يكون سبب الانهيار تصدعات قديمة في الأساسات.",
    "",
    "أنقاض المبنى في صباح اليوم التالي",
    "(سانا)",
    "",
    "وقالت السلطات إن لجنة فنية ستفحص المباني المجاورة خلال الأيام المقبلة.",
    "",
    "آخر تحديث: 14 أوت 2024 - 11:20 (بتوقيت دمشق)",
  ].join("\n");
  it("a weekday, date and time alone, or after «آخر تحديث» with a Maghrebi month, is a stamp", () => {
    expect(roleOfLine(PAGE, "الأربعاء 14/أغسطس/2024 - 09:05 ص")).toBe("navigation");
    expect(roleOfLine(PAGE, "آخر تحديث: 14 أوت 2024 - 11:20 (بتوقيت دمشق)")).toBe("navigation");
  });
  it("two correspondents with their places are one byline", () => {
    const text = [
      "زلزال يضرب المنطقة",
      "",
      "أنقرة: سليم أوغلو - بيروت: هالة منصور",
      "",
      "ضرب زلزال قوي المنطقة فجر اليوم.",
    ].join("\n");
    expect(roleOfLine(text, "أنقرة: سليم أوغلو - بيروت: هالة منصور")).toBe("byline");
    expect(claimsInside(text, "أنقرة: سليم أوغلو - بيروت: هالة منصور")).toBe(0);
  });
  it("a place and a desk editor is a byline", () => {
    expect(["byline", "dateline"]).toContain(roleOfLine(PAGE, "المحرر المحلي"));
    expect(claimsInside(PAGE, "حلب - المحرر المحلي")).toBe(0);
  });
  it("«جانب من …» and a line above a picture's source are captions, and the body around them stays", () => {
    expect(roleOfLine(PAGE, "جانب من أعمال البحث تحت الأنقاض")).toBe("caption");
    expect(roleOfLine(PAGE, "عمال الإنقاذ يرفعون الركام بالآليات الثقيلة")).toBe("caption");
    expect(roleOfLine(PAGE, "(المصدر: الدفاع المدني)")).toBe("credit");
    expect(roleOfLine(PAGE, "أنقاض المبنى في صباح اليوم التالي")).toBe("caption");
    expect(roleOfLine(PAGE, "(سانا)")).toBe("credit");
    const claims = extractArticle({ source: "x", text: PAGE }).claims.map((c) => c.text);
    expect(claims.some((t) => t.includes("انتشلت ناجيين"))).toBe(true);
    expect(claims.some((t) => t.includes("البحث مستمر عن مفقودين"))).toBe(true);
  });
});

describe("structure: the publication stamp", () => {
  it("sets a page's stamp aside and reads its date as the publication date", () => {
    const text = [
      "الأمم المتحدة: 1.2 مليون نازح خلال شهر",
      "نشر في: 12/5/2024 - آخر تحديث: 12/5/2024 10:45 (توقيت مكة)",
      "قالت المنظمة الدولية للهجرة أمس إن أكثر من 1.2 مليون شخص نزحوا خلال الشهر الماضي.",
    ].join("\n\n");
    const out = extractArticle({ source: "x.txt", text });
    expect(out.articles[0]?.publishedAt).toBe("2024-05-12");
    expect(out.claims.some((c) => c.text.includes("نشر في"))).toBe(false);
    // («أمس» is then a day: the eleventh)
    expect(out.claims.find((c) => c.text.includes("نزحوا"))?.time?.date).toBe("2024-05-11");
  });

  it("takes no date from the body, and keeps a date given with the article", () => {
    const body = "قالت الوزارة في 3 مارس 2024 إن الحصيلة بلغت 40 قتيلا.";
    expect(extractArticle({ source: "x.txt", text: `عنوان الخبر\n\n${body}` }).articles[0]?.publishedAt).toBeNull();
    const given = extractArticle({
      source: "x.txt",
      text: `عنوان الخبر\n\nالأحد 12 مايو 2024 10:45\n\n${body}`,
      publishedAt: "2024-06-01",
    });
    expect(given.articles[0]?.publishedAt).toBe("2024-06-01");
  });
});
