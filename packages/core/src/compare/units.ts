// Units and conventional ranges used to put two figures on one scale. Data only.

/**
 * Unit aliases → [dimension, canonical unit, factor to canonical]. Canonical units: km2 (area), km (length),
 * day (duration), kg (weight), person (head counts), percent, usd (money, only when the currency is dollars).
 * Extraction should already give canonical unit codes; the Arabic spellings are here for robustness.
 */
export const UNIT_TABLE: Readonly<Record<string, readonly [dimension: string, canonical: string, factor: number]>> = {
  // area
  km2: ["area", "km2", 1],
  كم2: ["area", "km2", 1],
  "كم²": ["area", "km2", 1],
  "كيلومتر مربع": ["area", "km2", 1],
  mi2: ["area", "km2", 2.589988],
  "ميل مربع": ["area", "km2", 2.589988],
  m2: ["area", "km2", 1e-6],
  "متر مربع": ["area", "km2", 1e-6],
  ha: ["area", "km2", 0.01],
  hectare: ["area", "km2", 0.01],
  هكتار: ["area", "km2", 0.01],
  dunam: ["area", "km2", 0.001],
  دونم: ["area", "km2", 0.001],
  feddan: ["area", "km2", 0.0042],
  فدان: ["area", "km2", 0.0042],
  // length
  km: ["length", "km", 1],
  كم: ["length", "km", 1],
  كيلومتر: ["length", "km", 1],
  m: ["length", "km", 0.001],
  متر: ["length", "km", 0.001],
  mi: ["length", "km", 1.609344],
  mile: ["length", "km", 1.609344],
  ميل: ["length", "km", 1.609344],
  nmi: ["length", "km", 1.852],
  // duration
  second: ["duration", "day", 1 / 86400],
  minute: ["duration", "day", 1 / 1440],
  hour: ["duration", "day", 1 / 24],
  day: ["duration", "day", 1],
  week: ["duration", "day", 7],
  month: ["duration", "day", 30.44],
  year_duration: ["duration", "day", 365.25],
  // labels rather than measures: a calendar year or date
  year: ["year", "year", 1],
  date: ["date", "date", 1],
  // counts of people
  person: ["count", "person", 1],
  people: ["count", "person", 1],
  // percent
  percent: ["percent", "percent", 1],
  "%": ["percent", "percent", 1],
  // a rate's change: 100 basis points are one percentage point (not a level in percent)
  percentage_point: ["rate_change", "percentage_point", 1],
  basis_point: ["rate_change", "percentage_point", 0.01],
  // weight
  tonne: ["weight", "kg", 1000],
  kg: ["weight", "kg", 1],
  g: ["weight", "kg", 0.001],
  ounce: ["weight", "kg", 0.028349523125],
  // money
  usd: ["money", "usd", 1],
  dollar: ["money", "usd", 1],
};

/**
 * Conventional ranges for vague quantities when extraction gives a `vague` label without bounds.
 * عشرات = "dozens" (20–99), مئات = "hundreds" (200–999), بضع = "a few" of the following unit (3–9 of it).
 */
export const VAGUE_RANGES: Readonly<Record<string, readonly [min: number, max: number]>> = {
  dozens: [20, 99],
  عشرات: [20, 99],
  hundreds: [200, 999],
  مئات: [200, 999],
  "few hundred": [300, 900],
  "بضع مئات": [300, 900],
  thousands: [2000, 9999],
  آلاف: [2000, 9999],
  "few thousand": [3000, 9000],
  "بضعة آلاف": [3000, 9000],
  "tens of thousands": [20000, 99999],
  "عشرات الآلاف": [20000, 99999],
  "hundreds of thousands": [200000, 999999],
  "مئات الآلاف": [200000, 999999],
  millions: [2e6, 9.99e6],
  ملايين: [2e6, 9.99e6],
  few: [3, 9],
  بضعة: [3, 9],
  بضع: [3, 9],
};

/** Relative half-width given to a hedged figure (نحو، حوالي، قرابة): نحو 600 → [540, 660]. */
export const APPROX_TOLERANCE = 0.1;

/**
 * Vague plurals of thousands and up whose upper end is loose in news usage («آلاف المدنيين» for 20,000): their
 * conventional maximum is widened by OPEN_VAGUE_FACTOR so they never contradict a precise figure above it.
 * «بضع مئات» and «عشرات» stay closed: «بضع مئات» vs 1000 is a conflict.
 */
export const OPEN_VAGUE: ReadonlySet<string> = new Set([
  "thousands",
  "آلاف",
  "tens of thousands",
  "عشرات الآلاف",
  "hundreds of thousands",
  "مئات الآلاف",
  "millions",
  "ملايين",
]);
export const OPEN_VAGUE_FACTOR = 10;
