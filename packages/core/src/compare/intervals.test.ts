import { describe, expect, it } from "vitest";
import type { Quantity } from "#schema/index.ts";
import {
  CLOCK_APPROX_HOURS,
  compareQuantities,
  formatInterval,
  isMeasure,
  magnitudeRatio,
  toInterval,
} from "./intervals.ts";

const q = (text: string, fields: Partial<Quantity>): Quantity => ({
  start: 0,
  end: text.length,
  text,
  approx: false,
  ...fields,
});

// figures as extraction gives them
const about600 = q("نحو 600", { value: 600, approx: true, unit: "person" });
const thousand = q("ألف", { value: 1000, unit: "person" });
const over20k = q("أكثر من 20 ألف", { min: 20000, unit: "person" });
const about20k = q("نحو 20 ألف", { value: 20000, approx: true, unit: "person" });
const under5km2 = q("أقل من 5 كم²", { max: 5, unit: "km2" });
const oneKm2 = q("كيلومتر مربع", { value: 1, unit: "km2" });
const fewHundred = q("بضع مئات", { vague: "few hundred", min: 300, max: 900, unit: "person" });
const fewHundredUnbounded = q("بضع مئات", { vague: "بضع مئات", unit: "person" });
const twoMi2 = q("ميلين مربعين", { value: 2, unit: "mi2" });
const bp200 = q("200 نقطة أساس", { value: 200, unit: "basis_point", kind: "other" });
const pp2 = q("نقطتان مئويتان", { value: 2, unit: "percentage_point", kind: "other" });
const pp3 = q("3 نقاط مئوية", { value: 3, unit: "percentage_point", kind: "other" });
const pct2 = q("2%", { value: 2, unit: "percent", kind: "percent" });
const under2mi2 = q("أقل من ميلين مربعين", { max: 2, unit: "mi2" });
const twoMi2Normalized = q("ميلين مربعين", { value: 2, unit: "mi2", normalized: { unit: "km2", value: 5.179976 } });
const troops2000 = q("2000 جندي", { value: 2000, unit: "person" });
const aboutTwoThousand = q("نحو ألفي جندي", { value: 2000, approx: true, unit: "person" });
const between14and18k = q("ما بين 14 ألفا و 18 ألفا", { min: 14000, max: 18000, unit: "person" });
const pctUnder1 = q("أقل من 1%", { max: 1, unit: "percent" });
const pctUnderOne = q("أقل من واحد في المائة", { max: 1, unit: "percent" });
const pct99 = q("99.5%", { value: 99.5, unit: "percent" });
const year2014 = q("عام 2014", { value: 2014, unit: "year", kind: "year" });
const year2011 = q("العام 2011", { value: 2011, unit: "year", kind: "year" });
const dozens = q("العشرات", { vague: "dozens", unit: "person" });
const tenDays = q("الأيام العشرة", { value: 10, unit: "day" });
const overAWeek = q("أكثر من أسبوع", { min: 1, unit: "week" });

describe("toInterval", () => {
  it.each([
    ["نحو 600 → [540, 660]", about600, 540, 660],
    ["ألف → [1000, 1000]", thousand, 1000, 1000],
    ["أكثر من 20 ألف → [20000, ∞)", over20k, 20000, Infinity],
    ["أقل من 5 كم² → [0, 5]", under5km2, 0, 5],
    ["بضع مئات (bounds given) → [300, 900]", fewHundred, 300, 900],
    ["بضع مئات (label only) → conventional [300, 900]", fewHundredUnbounded, 300, 900],
    ["العشرات (label only) → [20, 99]", dozens, 20, 99],
    ["ما بين 14 و18 ألفا → [14000, 18000]", between14and18k, 14000, 18000],
    ["أكثر من أسبوع → [7, ∞) days", overAWeek, 7, Infinity],
  ])("%s", (_name, quantity, lo, hi) => {
    const iv = toInterval(quantity);
    expect(iv).not.toBeNull();
    expect(iv?.lo).toBeCloseTo(lo, 6);
    expect(iv?.hi === Infinity ? Infinity : iv?.hi).toBeCloseTo(hi, 6);
  });

  it("converts 2 mi² to about 5.18 km² (from the unit table or from extraction's normalized figure)", () => {
    expect(toInterval(twoMi2)?.point).toBeCloseTo(5.18, 2);
    expect(toInterval(twoMi2)?.unit).toBe("km2");
    expect(toInterval(twoMi2Normalized)?.point).toBeCloseTo(5.18, 2);
  });

  it("puts nautical miles on the kilometre scale: 50 nautical miles is about 92.6 km, not 80.5", () => {
    const nmi = q("50 ميلا بحريا", { value: 50, unit: "nmi" });
    expect(toInterval(nmi)?.point).toBeCloseTo(92.6, 1);
    expect(compareQuantities(nmi, q("نحو 93 كيلومترا", { value: 93, approx: true, unit: "km" }))).not.toBe("conflict");
    expect(compareQuantities(nmi, q("80 كيلومترا", { value: 80, unit: "km" }))).toBe("conflict");
  });

  it("puts weights on one scale: up to 3 g against one to two ounces (28–57 g) is a conflict", () => {
    const upTo3g = q("ما يصل إلى 3 غرامات", { max: 3, unit: "g" });
    const oneToTwoOz = q("بين أونصة وأونصتين", { min: 1, max: 2, unit: "ounce" });
    expect(toInterval(oneToTwoOz)?.unit).toBe("kg");
    expect(toInterval(oneToTwoOz)?.lo).toBeCloseTo(0.02835, 5);
    expect(compareQuantities(upTo3g, oneToTwoOz)).toBe("conflict");
    expect(
      compareQuantities(q("طنان", { value: 2, unit: "tonne" }), q("2000 كيلوغرام", { value: 2000, unit: "kg" })),
    ).toBe("same");
  });

  it("gives no interval to a figure without a number, or with a number that is not finite", () => {
    expect(toInterval(q("عدد كبير", { unit: "person" }))).toBeNull();
    expect(toInterval(q("؟", { value: Number.NaN, unit: "person" }))).toBeNull();
    expect(compareQuantities(q("؟", { value: Number.NaN }), thousand)).toBe("incomparable");
  });

  it("formats intervals for evidence", () => {
    const a = toInterval(about600);
    const b = toInterval(over20k);
    const c = toInterval(under5km2);
    expect(a && formatInterval(a)).toBe("[540, 660] person");
    expect(b && formatInterval(b)).toBe("≥ 20000 person");
    expect(c && formatInterval(c)).toBe("≤ 5 km2");
  });
});

describe("compareQuantities", () => {
  it.each([
    ["نحو 600 vs ألف → conflict", about600, thousand, "conflict"],
    ["أكثر من 20 ألف vs نحو 20 ألف → same figure", over20k, about20k, "same"],
    ["أقل من 5 كم² vs 1 كم² → compatible", under5km2, oneKm2, "compatible"],
    ["بضع مئات vs ألف → conflict", fewHundred, thousand, "conflict"],
    ["بضع مئات (label only) vs ألف → conflict", fewHundredUnbounded, thousand, "conflict"],
    ["بضع مئات vs نحو 600 → same range, compatible", fewHundred, about600, "same"],
    ["أقل من 5 كم² vs أقل من ميلين مربعين (≈5.18) → same", under5km2, under2mi2, "same"],
    ["2000 جندي vs نحو ألفي جندي → same", troops2000, aboutTwoThousand, "same"],
    ["14–18 ألفا vs ألف → conflict", between14and18k, thousand, "conflict"],
    ["أقل من 1% vs أقل من واحد في المائة → same", pctUnder1, pctUnderOne, "same"],
    ["أقل من 1% vs 99.5% → conflict", pctUnder1, pct99, "conflict"],
    ["1 كم² vs ألف شخص → incomparable units", oneKm2, thousand, "incomparable"],
    ["العشرات vs نحو 600 → conflict", dozens, about600, "conflict"],
    ["الأيام العشرة vs أكثر من أسبوع → compatible", tenDays, overAWeek, "compatible"],
    ["200 نقطة أساس vs نقطتان مئويتان → same", bp200, pp2, "same"],
    ["200 نقطة أساس vs 3 نقاط مئوية → conflict", bp200, pp3, "conflict"],
    ["200 نقطة أساس vs 2% (a level, not a change) → incomparable", bp200, pct2, "incomparable"],
  ])("%s", (_name, a, b, expected) => {
    expect(compareQuantities(a, b)).toBe(expected);
    expect(compareQuantities(b, a)).toBe(expected);
  });

  it("treats years as labels, not measures that conflict", () => {
    const y = toInterval(year2014);
    expect(y?.dimension).toBe("year");
    expect(y && isMeasure(y)).toBe(false);
    expect(compareQuantities(year2014, year2011)).toBe("conflict");
    expect(compareQuantities(year2014, year2014)).toBe("same");
  });

  it("measures magnitude ratios", () => {
    const a = toInterval(about600);
    const b = toInterval(thousand);
    expect(a && b && magnitudeRatio(a, b)).toBeCloseTo(1000 / 600, 6);
  });
});

describe("times of day", () => {
  const clock = (text: string, value: number, approx = false) =>
    q(text, { value, approx, unit: "hour_of_day", kind: "date" });
  const aboutQuarterPastFour = clock("قرابة الساعة الرابعة والربع عصراً", 16.25, true);
  const quarterPastFive = clock("الساعة الخامسة والربع من عصر", 17.25);
  const halfPastFour = clock("الساعة الرابعة والنصف عصراً", 16.5);

  it("are figures to compare, widened by a fixed spread when approximate", () => {
    const iv = toInterval(aboutQuarterPastFour);
    expect(iv && isMeasure(iv)).toBe(true);
    expect(iv?.lo).toBeCloseTo(16.25 - CLOCK_APPROX_HOURS);
    expect(iv?.hi).toBeCloseTo(16.25 + CLOCK_APPROX_HOURS);
  });
  it("an hour apart disagree; within the spread of «قرابة» they do not", () => {
    expect(compareQuantities(aboutQuarterPastFour, quarterPastFive)).toBe("conflict");
    expect(compareQuantities(aboutQuarterPastFour, halfPastFour)).not.toBe("conflict");
  });
});

describe("exact figures written to many digits", () => {
  it("reads 46788 and 46876 killed as a conflict, however close", () => {
    const a = q("46788 قتيلاً", { value: 46788, unit: "person" });
    const b = q("46876 قتيلاً", { value: 46876, unit: "person" });
    expect(compareQuantities(a, b)).toBe("conflict");
  });
  it("does not set a figure against the same figure cut to fewer digits («254 ملم» and «254.8 ملم»)", () => {
    const a = q("254 ملم", { value: 254, unit: "mm" });
    const b = q("254.8 ملم", { value: 254.8, unit: "mm" });
    expect(compareQuantities(a, b)).not.toBe("conflict");
  });
  it("leaves round figures to the touching tolerance (47000 and 47100 are not read as precise)", () => {
    const a = q("47 ألفاً", { value: 47000, unit: "person" });
    const b = q("47100", { value: 47100, unit: "person" });
    expect(compareQuantities(a, b)).not.toBe("conflict");
  });
});
