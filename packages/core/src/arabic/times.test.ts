import { describe, expect, it } from "vitest";
import { parsePublishedAt, parseTimes } from "./times.ts";

// 2019-02-17 was a Sunday.
const PUB = "2019-02-17";

type Row = [string, string, string, string | null, string | null];

describe("parseTimes: resolved against the publication date", () => {
  const rows: Row[] = [
    // [label, sentence, span text, date, relative]
    ["يوم السبت", "وقال المتحدث يوم السبت إن المعركة مستمرة", "يوم السبت", "2019-02-16", "weekday:saturday"],
    ["صباح يوم الأحد", "صرح لفرانس برس صباح يوم الأحد", "صباح يوم الأحد", "2019-02-17", "weekday:sunday"],
    ["اليوم الاثنين (nearest)", "أعلنت القوات اليوم الاثنين", "اليوم الاثنين", "2019-02-18", "weekday:monday"],
    ["الأربعاء الماضي", "وكان قد قال الأربعاء الماضي إن", "الأربعاء الماضي", "2019-02-13", "weekday:wednesday:-1"],
    ["الخميس المقبل", "تعقد الجلسة الخميس المقبل", "الخميس المقبل", "2019-02-21", "weekday:thursday:+1"],
    ["مساء الجمعة", "وصلت التعزيزات مساء الجمعة", "مساء الجمعة", "2019-02-15", "weekday:friday"],
    ["الأسبوع المقبل", "سيعلن النصر الأسبوع المقبل", "الأسبوع المقبل", "2019-W08", "week:+1"],
    ["الشهر الماضي", "بدأ الهجوم الشهر الماضي", "الشهر الماضي", "2019-01", "month:-1"],
    ["العام الماضي", "أعلن العام الماضي", "العام الماضي", "2018", "year:-1"],
    [
      "ديسمبر/كانون الأول الماضي",
      "قال في ديسمبر/كانون الأول الماضي إن",
      "ديسمبر/كانون الأول الماضي",
      "2018-12",
      "month:12:-1",
    ],
    ["كانون الثاني (يناير)", "منذ كانون الثاني (يناير) الماضي", "كانون الثاني (يناير) الماضي", "2019-01", "month:1:-1"],
    ["month name alone, after في", "وقع الهجوم في مارس", "مارس", "2018-03", "month:3"],
    ["day month", "في 9 فبراير قتل", "9 فبراير", "2019-02-09", "date:--02-09"],
    ["أمس", "قال أمس إن", "أمس", "2019-02-16", "day:-1"],
    ["غدا", "تبدأ غداً المحادثات", "غداً", "2019-02-18", "day:+1"],
    ["قبل عامين", "سيطر التنظيم قبل عامين على مناطق", "قبل عامين", "2017", "year:-2"],
    ["منذ ثلاثة أسابيع", "محاصرون منذ ثلاثة أسابيع", "منذ ثلاثة أسابيع", "2019-W04", "week:-3"],
    ["ordinal day of a month", "ضربت العاصفة في العاشر من فبراير", "العاشر من فبراير", "2019-02-10", "date:--02-10"],
    ["compound ordinal day", "في الحادي والعشرين من يناير", "الحادي والعشرين من يناير", "2019-01-21", "date:--01-21"],
    ["month then day", "وصل الوفد يناير 5", "يناير 5", "2019-01-05", "date:--01-05"],
    ["day of this month", "بدأ الهجوم يوم 12", "يوم 12", "2019-02-12", "day-of-month:12"],
    ["day of next month", "تعقد القمة في 20 من الشهر المقبل", "20 من الشهر المقبل", "2019-03-20", "month:+1:day:20"],
    ["this year, demonstrative first", "تراجع النمو هذا العام إلى 1%", "هذا العام", "2019", "year:0"],
    ["this year, feminine", "وفي هذه السنة وحدها", "هذه السنة", "2019", "year:0"],
    ["next fiscal year", "في موازنة العام المالي المقبل", "العام المالي المقبل", "2020", "year:+1"],
    ["current fiscal year", "خلال العام المالي الجاري", "العام المالي الجاري", "2019", "year:0"],
  ];
  it.each(rows)("%s", (_n, sentence, text, date, relative) => {
    const found = parseTimes(sentence, { publishedAt: PUB });
    const t = found.find((x) => x.text === text);
    expect(t, JSON.stringify(found)).toBeDefined();
    expect(sentence.slice(t!.start, t!.end)).toBe(text);
    expect(t!.date).toBe(date);
    expect(t!.relative).toBe(relative);
  });
});

describe("parseTimes: absolute dates", () => {
  const rows: Array<[string, string, string]> = [
    ["15 فبراير 2019", "في 15 فبراير 2019", "2019-02-15"],
    ["with the Levantine name", "في 3 شباط 2019", "2019-02-03"],
    ["both names", "في 3 فبراير/شباط 2019", "2019-02-03"],
    ["Maghreb name", "يوم 5 جوان 2018", "2018-06-05"],
    ["month and year", "في ديسمبر 2018", "2018-12"],
    ["numeric d/m/y", "بتاريخ 15/2/2019", "2019-02-15"],
    ["ISO", "بتاريخ 2019-02-15", "2019-02-15"],
    ["weekday with a date", "السبت 16 فبراير 2019", "2019-02-16"],
    ["year with عام", "في عام 2014", "2014"],
    ["year after منذ", "منذ 2011", "2011"],
    ["day month من عام year", "في 12 يناير من عام 2016", "2016-01-12"],
    ["day-month with a dash", "في 28-نوفمبر 2018", "2018-11-28"],
  ];
  it.each(rows)("%s", (_n, sentence, date) => {
    const withPub = parseTimes(sentence, { publishedAt: PUB });
    const without = parseTimes(sentence);
    expect(withPub.map((t) => t.date)).toContain(date);
    expect(without.map((t) => t.date)).toContain(date);
  });
});

describe("parseTimes: unresolved without a publication date", () => {
  it("keeps relative descriptions", () => {
    const found = parseTimes("قال يوم السبت إن الهجوم سيبدأ الأسبوع المقبل، كما حدث في ديسمبر الماضي");
    expect(found.map((t) => [t.text, t.date, t.relative])).toEqual([
      ["يوم السبت", null, "weekday:saturday"],
      ["الأسبوع المقبل", null, "week:+1"],
      ["ديسمبر الماضي", null, "month:12:-1"],
    ]);
  });

  it("an invalid publication date counts as unknown", () => {
    expect(parsePublishedAt("yesterday")).toBeNull();
    expect(parsePublishedAt("2019-02-30")).toBeNull();
    expect(parseTimes("يوم السبت", { publishedAt: "not a date" })[0]!.date).toBeNull();
    expect(parsePublishedAt("2019-02-17T10:00:00Z")?.toISOString()).toBe("2019-02-17T00:00:00.000Z");
  });
});

describe("parseTimes: what is not a date", () => {
  const none: Array<[string, string]> = [
    ["أحد = one", "قال أحد المقاتلين"],
    ["الاثنين = the two", "اتفق الاثنين على الهدنة"],
    ["مارس = practised", "مارس الضغط على الحكومة"],
    ["أب = father", "قتل أب وابنه"],
    ["a plain count", "قتل 15 شخصا"],
  ];
  it.each(none)("%s", (_n, s) => {
    expect(parseTimes(s, { publishedAt: PUB })).toEqual([]);
  });

  it("works on a window", () => {
    const text = "يوم الجمعة. ثم يوم السبت.";
    const from = text.indexOf("ثم");
    const found = parseTimes(text, { from, publishedAt: PUB });
    expect(found.map((t) => t.text)).toEqual(["يوم السبت"]);
    expect(found[0]!.start).toBe(text.indexOf("يوم السبت"));
  });
});

describe("parseTimes: the day before yesterday, and offsets from another event", () => {
  it("reads «أول من أمس» as two days before publication", () => {
    const [t] = parseTimes("وكان الوزير قد أعلن أول من أمس (الأحد) خطة جديدة", { publishedAt: "2024-03-12" });
    expect(t).toMatchObject({ text: "أول من أمس", date: "2024-03-10", relative: "day:-2" });
  });
  it("leaves «بعد يوم واحد من …»، «قبل أسبوع من …» alone: they count from an event, not from publication", () => {
    expect(parseTimes("وجاء القرار بعد يوم واحد من إعلان الحكومة", { publishedAt: "2024-03-12" })).toEqual([]);
    expect(parseTimes("قبل أسبوع من الانتخابات", { publishedAt: "2024-03-12" })).toEqual([]);
    expect(parseTimes("وصل الوفد قبل أسبوع", { publishedAt: "2024-03-12" })[0]?.relative).toBe("week:-1");
  });
});
