// Entities resolved within and across articles: aliases, spelling variants, bare heads in context, surnames,
// and a person vs a place that share a name.
import { describe, expect, it } from "vitest";
import type { Entity } from "#schema/index.ts";
import { entityNamed } from "./entities.ts";
import { extractArticle, extractArticles } from "./index.ts";

const A = [
  "وقال المتحدث باسم قوات سوريا الديمقراطية عدنان عفرين إن مقاتلي تنظيم الدولة الإسلامية محاصرون في بلدة الباغوز.",
  "وأضاف أن التنظيم فقد معظم مواقعه خلال الأسبوع الماضي.",
  "وبحسب عفرين، فإن القوات تتقدم ببطء بسبب الألغام.",
].join("\n\n");
const B = [
  'شنت "قسد" هجوماً على آخر جيب لداعش في قرية باغوز قرب الحدود العراقية.',
  "وقال المرصد السوري لحقوق الإنسان إن عشرات المسلحين استسلموا.",
  "وتحدث المرصد عن غارات مكثفة للتحالف على باغاز.",
].join("\n\n");
const C = [
  "وقالت وزارة الدفاع التركية إن قواتها قصفت مواقع في مدينة عفرين شمال غرب سوريا.",
  "وأضافت أن سكان عفرين بدأوا بالنزوح نحو المخيمات.",
].join("\n\n");

const all = extractArticles([
  { source: "a.txt", text: A },
  { source: "b.txt", text: B },
  { source: "c.txt", text: C },
]);
const [ida, idb, idc] = all.articles.map((a) => a.id);
const articlesOf = (e: Entity | undefined) => new Set(e?.mentions.map((m) => m.articleId));

describe("entity resolution across articles", () => {
  it("resolves داعش = تنظيم الدولة الإسلامية = التنظيم (in context) to one entity", () => {
    const isis = entityNamed(all.entities, "تنظيم الدولة الإسلامية");
    expect(isis).toBeDefined();
    expect(entityNamed(all.entities, "داعش")?.id).toBe(isis?.id);
    expect(articlesOf(isis)).toEqual(new Set([ida, idb]));
    // the bare head التنظيم in article A is a mention of it
    const head = A.indexOf("التنظيم فقد");
    expect(isis?.mentions.some((m) => m.articleId === ida && m.start === head)).toBe(true);
  });
  it("resolves قسد = قوات سوريا الديمقراطية", () => {
    const sdf = entityNamed(all.entities, "قوات سوريا الديمقراطية");
    expect(sdf).toBeDefined();
    expect(entityNamed(all.entities, "قسد")?.id).toBe(sdf?.id);
    expect(articlesOf(sdf)).toEqual(new Set([ida, idb]));
  });
  it("resolves الباغوز / باغوز / باغاز to one place", () => {
    const places = all.entities.filter((e) => e.type === "place" && /باغ/u.test(e.name));
    expect(places).toHaveLength(1);
    expect(articlesOf(places[0])).toEqual(new Set([ida, idb]));
  });
  it("resolves the bare head المرصد to the observatory named before", () => {
    const sohr = entityNamed(all.entities, "المرصد السوري لحقوق الإنسان");
    expect(sohr?.mentions.filter((m) => m.articleId === idb)).toHaveLength(2);
    const c = all.claims.find((x) => x.text.includes("غارات مكثفة"));
    expect(c?.speaker?.entityId).toBe(sohr?.id);
    expect(c?.speaker?.name).toBe("المرصد السوري لحقوق الإنسان");
  });
  it("tells the spokesman عفرين from the city عفرين by context", () => {
    const person = all.entities.find((e) => e.type === "person" && e.name.includes("عفرين"));
    const city = all.entities.find((e) => e.type === "place" && e.name.includes("عفرين"));
    expect(person?.name).toBe("عدنان عفرين");
    expect(city).toBeDefined();
    expect(person?.id).not.toBe(city?.id);
    expect(articlesOf(person)).toEqual(new Set([ida]));
    expect(articlesOf(city)).toEqual(new Set([idc]));
    // "وبحسب عفرين" in A is the person
    const c = all.claims.find((x) => x.text.includes("تتقدم ببطء"));
    expect(c?.speaker?.entityId).toBe(person?.id);
  });
  it("lists the entities a claim mentions", () => {
    const c = all.claims.find((x) => x.text.includes("محاصرون في بلدة الباغوز"));
    const names = (c?.entityIds ?? []).map((id) => all.entities.find((e) => e.id === id)?.name);
    expect(names).toContain("تنظيم الدولة الإسلامية");
    expect(names).toContain("قوات سوريا الديمقراطية");
    expect(names.some((n) => n?.includes("باغوز"))).toBe(true);
  });
  it("keeps mention spans inside their article", () => {
    const byId = new Map(all.articles.map((a) => [a.id, a]));
    for (const e of all.entities)
      for (const m of e.mentions) {
        const a = byId.get(m.articleId);
        expect(a).toBeDefined();
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(a?.text.length ?? 0);
        expect(m.end).toBeGreaterThan(m.start);
      }
  });
});

describe("a known body's name as the articles write it", () => {
  it("names the Pentagon as written, not in the lexicon's spelling, while one entity holds both", () => {
    const ex = extractArticles([
      { source: "a.txt", text: "عنوان\n\nونفت وزارة الدفاع الأميركية أن يكون الرصيف قد استخدم في العملية." },
      { source: "b.txt", text: "عنوان\n\nوقال البنتاغون إن الرصيف لم يستخدم في العملية." },
    ]);
    const [a, b] = ex.claims;
    expect(a?.speaker?.entityId).toBeTruthy();
    expect(b?.speaker?.entityId).toBe(a?.speaker?.entityId);
    // the lexicon spells it «الأمريكية»; neither article does
    expect(["وزارة الدفاع الأميركية", "البنتاغون"]).toContain(a?.speaker?.name);
    // a known name one of the articles writes stays the name
    const isis = extractArticles([
      { source: "c.txt", text: "عنوان\n\nوقال تنظيم الدولة الإسلامية في بيان إن مقاتليه صامدون." },
      { source: "d.txt", text: "عنوان\n\nوقال داعش إن مقاتليه صامدون." },
    ]);
    expect(isis.claims.map((c) => c.speaker?.name)).toEqual(["تنظيم الدولة الإسلامية", "تنظيم الدولة الإسلامية"]);
  });
});

describe("what a body denies or rejects is no part of its name", () => {
  it("names «الحكومة» and «الجيش», not «الحكومة الاتهامات» and «الجيش الرواية», across a story", () => {
    const ex = extractArticles([
      {
        source: "a.txt",
        text: "عنوان\n\nورفضت الحكومة الاتهامات. وقالت الحكومة إن التحقيق مستمر. ونفى الجيش الرواية. وقال الجيش إن العملية انتهت. وتبنى التنظيم الهجوم. وقال التنظيم إن مقاتليه نفذوا العملية.",
      },
    ]);
    expect(ex.claims.map((c) => c.speaker?.name)).toEqual([
      "الحكومة",
      "الحكومة",
      "الجيش",
      "الجيش",
      "التنظيم",
      "التنظيم",
    ]);
    // (a body's own definite words stay: «وكالة الأنباء»، «الهلال الأحمر»)
    const agency = extractArticles([
      {
        source: "b.txt",
        text: "عنوان\n\nوقالت وكالة الأنباء الجيبوتية إن 20 قتلوا. ونفت الحكومة الأنباء عن استقالته.",
      },
    ]);
    expect(agency.claims.map((c) => c.speaker?.name)).toEqual(["وكالة الأنباء الجيبوتية", "الحكومة"]);
  });
});

describe("a company named with and without its generic head", () => {
  it("resolves «شركة X» in one article and «X» as a speaker in another to one entity", () => {
    const r = extractArticles([
      { source: "x.txt", text: "وفي أوسلو، نفت شركة «نوردفيك» النرويجية أن تكون باعت الصمامات المعطوبة إلى المصفاة." },
      { source: "y.txt", text: "وأكدت «نوردفيك» النرويجية أن مورداً في هامبورغ هو الذي باع الصمامات بموجب ترخيص." },
    ]);
    const e = entityNamed(r.entities, "شركة نوردفيك النرويجية");
    expect(e).toBeDefined();
    expect(new Set(e?.mentions.map((m) => m.articleId)).size).toBe(2);
  });
});

describe("entities within one article", () => {
  it("links a surname to the person named in full", () => {
    const text =
      "وقال الرئيس الأمريكي دونالد ترامب إن القوات ستنسحب قريباً.\n\nويمهد الإعلان الطريق أمام ترامب لتنفيذ قراره.";
    const out = extractArticle({ source: "x", text });
    const trump = entityNamed(out.entities, "دونالد ترامب");
    expect(trump?.mentions).toHaveLength(2);
  });
  it("keeps unnamed sources of different articles apart", () => {
    const out = extractArticles([
      { source: "1", text: "وقال مصدر أمني إن الهجوم أحبط." },
      { source: "2", text: "وقال مصدر أمني إن الحدود أغلقت." },
    ]);
    const sources = out.entities.filter((e) => e.name === "مصدر أمني");
    expect(sources).toHaveLength(2);
  });
});

describe("a country is no spelling of a surname", () => {
  it("keeps «تركيا» apart from «فولكر تورك», whose letters it shares without its vowels", () => {
    const out = extractArticle({
      source: "t.txt",
      text:
        "وقال مفوض الأمم المتحدة السامي لحقوق الإنسان فولكر تورك إن القصف مروع. " +
        "وتوالت الإدانات الدولية للقصف، إذ دانته تركيا، فيما دعت مصر إلى التهدئة.",
      outlet: null,
    });
    const turk = out.entities.find((e) => e.name === "فولكر تورك");
    expect(turk?.aliases).not.toContain("تركيا");
    const condemned = out.claims.find((c) => c.text.includes("دانته"));
    expect(condemned?.speaker?.name).toBe("تركيا");
    expect(condemned?.verb).toBe("أدان");
  });
});

describe("entities: a quotation after a body's head is its name only when it opens with a name", () => {
  it("keeps «منظمة «…»» and leaves a quoted phrase that opens with a particle out of the name", () => {
    const out = extractArticle({
      source: "fixture.txt",
      text: "وتسلم المحافظ الجديد مهامه داخل مقر البنك «في أجواء هادئة»، بحسب ما أعلنت جمعية «نور الأمل» الخيرية.",
    });
    const names = out.entities.map((e) => e.name);
    expect(names.some((n) => n.includes("أجواء"))).toBe(false);
    expect(names.some((n) => n.includes("نور الأمل"))).toBe(true);
  });

  it("leaves words said with their prepositions out of a body's name, and the body speaks under its own", () => {
    const out = extractArticle({
      source: "fixture.txt",
      text:
        "وأكد رئيس اللجنة أن الاقتراع جرى بهدوء، مشدداً على أن الهيئة «وقفت على مسافة واحدة من جميع المرشحين». " +
        "وكانت الهيئة قد أعلنت أن نسبة المشاركة بلغت 48 بالمائة، بحسب شبكة «سي إن بي سي» الأميركية.",
    });
    expect(out.entities.some((e) => e.name.includes("مسافة"))).toBe(false);
    expect(out.entities.some((e) => e.name.includes("سي إن بي سي"))).toBe(true);
    expect(out.claims.find((c) => c.text.includes("48"))?.speaker?.name ?? "").not.toMatch(/مسافة/u);
  });

  it("leaves a quotation after a name already definite out of it, unless it names the body again", () => {
    const out = extractArticle({
      source: "fixture.txt",
      text:
        "وقال المطران إن السلطات «تتحمل المسؤولية كاملة» عن الاعتداء، فيما رأى النائب أن قرار المجلس «غير قانوني»، " +
        "مضيفاً أن اللجنة الوطنية «وافقت على التمديد». " +
        "وأكدت البعثة الأممية «أونمها» أن الشركة المالكة «بحر فيكتوريا» لم ترد على الاتصالات.",
    });
    const names = out.entities.map((e) => e.name);
    for (const said of ["تتحمل", "قانوني", "وافقت"]) expect(names.some((n) => n.includes(said))).toBe(false);
    expect(names).toContain("البعثة الأممية أونمها");
    expect(names).toContain("الشركة المالكة بحر فيكتوريا");
  });
});

describe("claim times: a date that only dates a document is not the event's", () => {
  it("skips «الصادر عام 1962» and keeps a later time of the claim", () => {
    const out = extractArticle({
      source: "fixture.txt",
      text: "وعلّق الأمير العمل بأربع مواد من الدستور الصادر عام 1962 مساء الجمعة.",
      publishedAt: "2024-05-11",
    });
    expect(out.claims[0]?.time?.text).toBe("مساء الجمعة");
  });
});

describe("a ministry named by what it is of", () => {
  it("is the ministry named in full elsewhere, and an honorific ends a body's name", () => {
    const out = extractArticles([
      {
        source: "a.txt",
        text: "الصحة: تسجيل 52 إصابة جديدة بالحصبة\n\nأعلنت وزارة الصحة تسجيل 52 إصابة جديدة بالحصبة في محافظة ذي قار.\n\nوقال المتحدث باسم الوزارة الدكتور كامل الساعدي إن الفرق الطبية تتابع الحالات.",
      },
      { source: "b.txt", text: "وقالت الصحة في بيان إن حملة التلقيح تبدأ الأحد." },
    ]);
    const ministry = entityNamed(out.entities, "وزارة الصحة");
    expect(entityNamed(out.entities, "الصحة")?.id).toBe(ministry?.id);
    const names = out.entities.map((e) => e.name);
    expect(names).toContain("ذي قار");
    expect(names.some((n) => n.includes("الدكتور"))).toBe(false);
  });

  it("ends a body's name at a title right before a bare personal name", () => {
    const out = extractArticle({
      source: "fixture.txt",
      text: "وأفادت هيئة الدفاع بأنها ستستأنف الحكم.\n\nوأكد عضو هيئة الدفاع المحامي سمير ديلو أن الملف سياسي.",
    });
    const names = out.entities.map((e) => e.name);
    expect(names).toContain("هيئة الدفاع");
    expect(names.some((n) => n.includes("المحامي"))).toBe(false);
    expect(out.claims[0]?.speaker?.name).toBe("هيئة الدفاع");
  });
});
