// Interval arithmetic over figures: every Quantity becomes a closed interval in a canonical unit, and two intervals
// for the same measured thing are the same figure, compatible (overlapping but different) or in conflict (disjoint).
import type { Quantity } from "#schema/index.ts";
import { APPROX_TOLERANCE, OPEN_VAGUE, OPEN_VAGUE_FACTOR, UNIT_TABLE, VAGUE_RANGES } from "./units.ts";

export interface Interval {
  /** area, length, duration, count, percent, money, year, … or `unit:<code>` for units without a dimension. */
  dimension: string;
  unit: string;
  lo: number;
  hi: number;
  /** A single representative value: the figure itself, the midpoint of a range, or the bound of a one-sided bound. */
  point: number;
}

export type FigureRelation = "same" | "compatible" | "conflict" | "incomparable";

/**
 * Two representative values within this relative distance are "the same figure" (≈20 ألف vs أكثر من 20 ألف).
 * Tuned on the labelled figure pairs in fixtures/pairs.ts: 0.1 separates rounding/hedging (2000 vs نحو ألفي,
 * 5 km² vs 2 mi² = 5.18 km²) from genuinely different but consistent estimates (أقل من 5 vs 1 km²).
 */
export const SAME_FIGURE_TOLERANCE = 0.1;

/** Gap below which two intervals still count as touching: absorbs rounding in unit conversion (0.5%). */
const TOUCH_TOLERANCE = 0.005;

/** Kinds whose figures are labels (a year, a date, a rank), not measurements that can conflict. */
const LABEL_KINDS = new Set(["year", "date", "ordinal"]);

/**
 * A time of day («الساعة الرابعة والربع عصراً» = 16.25) is compared as a figure: two outlets timing one event an hour
 * apart disagree. «قرابة» before it widens it by this many hours either side (not by a share of the hour).
 */
export const CLOCK_APPROX_HOURS = 0.5;

function unitOf(q: Quantity, useNormalized: boolean): { dimension: string; unit: string; factor: number } {
  if (q.unit === "hour_of_day") return { dimension: "clock", unit: "hour_of_day", factor: 1 };
  if (q.kind && LABEL_KINDS.has(q.kind)) return { dimension: q.kind, unit: q.kind, factor: 1 };
  if (useNormalized && q.normalized) {
    const row = UNIT_TABLE[q.normalized.unit];
    return {
      dimension: row?.[0] ?? `unit:${q.normalized.unit}`,
      unit: row?.[1] ?? q.normalized.unit,
      factor: row?.[2] ?? 1,
    };
  }
  if (q.unit) {
    const row = UNIT_TABLE[q.unit];
    if (row) return { dimension: row[0], unit: row[1], factor: row[2] };
    return { dimension: `unit:${q.unit}`, unit: q.unit, factor: 1 };
  }
  if (q.kind === "percent") return { dimension: "percent", unit: "percent", factor: 1 };
  if (q.kind && LABEL_KINDS.has(q.kind)) return { dimension: q.kind, unit: q.kind, factor: 1 };
  return { dimension: "count", unit: "unit", factor: 1 };
}

/** The interval a figure stands for, in its canonical unit; null when it carries no number at all. */
export function toInterval(q: Quantity): Interval | null {
  const nq = q.normalized;
  const useNormalized = nq !== undefined && (nq.value ?? nq.min ?? nq.max) !== undefined;
  const { dimension, unit, factor: k } = unitOf(q, useNormalized);
  const src = useNormalized && nq ? nq : q;
  // a figure that is not a finite number (bad input) is treated as no figure rather than compared
  const finite = (x: number | undefined) => (x !== undefined && Number.isFinite(x) ? x : undefined);
  const value = finite(src.value);
  let min = finite(src.min);
  let max = finite(src.max);
  if (value === undefined && min === undefined && max === undefined && q.vague) {
    const range = VAGUE_RANGES[q.vague];
    if (range) [min, max] = range;
  }
  const lowerFloor = dimension === "percent" || dimension === "area" || dimension === "count" ? 0 : -Infinity;
  const tol = q.approx ? APPROX_TOLERANCE : 0;
  if (value !== undefined && dimension === "clock") {
    const spread = q.approx ? CLOCK_APPROX_HOURS : 0;
    return { dimension, unit, lo: value - spread, hi: value + spread, point: value };
  }
  if (value !== undefined) {
    const v = value * k;
    // a value with min/max too (e.g. «نحو 20 ألفاً أو أكثر») keeps the wider reading
    const lo = Math.min(v * (1 - tol), min !== undefined ? min * k : Infinity);
    const hi = Math.max(v * (1 + tol), max !== undefined ? max * k : -Infinity);
    return { dimension, unit, lo, hi, point: v };
  }
  if (min === undefined && max === undefined) return null;
  const lo = min !== undefined ? min * k * (1 - tol) : lowerFloor;
  let hi = max !== undefined ? max * k * (1 + tol) : Infinity;
  const point = min !== undefined && max !== undefined ? ((min + max) / 2) * k : ((min ?? max) as number) * k;
  // «آلاف» is used loosely for anything from a few thousand to tens of thousands: its top is open by a decade
  if (q.vague && OPEN_VAGUE.has(q.vague)) hi *= OPEN_VAGUE_FACTOR;
  return { dimension, unit, lo, hi, point };
}

/** Whether figures of this dimension measure something that can disagree (a year is a label, not a measure). */
export function isMeasure(iv: Interval): boolean {
  return !LABEL_KINDS.has(iv.dimension);
}

/** Relate two intervals: same figure, compatible (overlapping), conflict (disjoint) or incomparable units. */
export function compareIntervals(a: Interval, b: Interval): FigureRelation {
  if (a.dimension !== b.dimension || a.unit !== b.unit) return "incomparable";
  if (LABEL_KINDS.has(a.dimension)) return a.point === b.point ? "same" : "conflict";
  // («46788 قتيلاً» against «46876 قتيلاً»: two exact figures written to three significant digits or more disagree
  // however close they are; the touching tolerance below is for conversions and round figures)
  // (unless one is the other cut to fewer digits: «254 ملم» and «254.8 ملم»)
  if (
    a.lo === a.hi &&
    b.lo === b.hi &&
    precise(a.point) &&
    precise(b.point) &&
    Math.abs(a.point - b.point) >= Math.max(quantum(a.point), quantum(b.point))
  )
    return "conflict";
  const gap = Math.max(a.lo, b.lo) - Math.min(a.hi, b.hi);
  const scale = Math.max(Math.abs(a.point), Math.abs(b.point), Number.MIN_VALUE);
  if (gap > TOUCH_TOLERANCE * scale) return "conflict";
  const diff = Math.abs(a.point - b.point) / scale;
  return diff <= SAME_FIGURE_TOLERANCE ? "same" : "compatible";
}

/** Whether a figure is written to three significant digits or more (46788, 1.25, 0.305), not a round one (47000). */
function precise(x: number): boolean {
  const digits = String(Math.abs(x)).replace(/e.*$/u, "").replace(".", "").replace(/^0+/u, "").replace(/0+$/u, "");
  return digits.length >= 3;
}

/** The step of a figure's last written digit: 1 for 254, 0.1 for 254.8, 100 for 46800. */
function quantum(x: number): number {
  const t = String(Math.abs(x));
  if (/e/u.test(t)) return 0;
  const dot = t.indexOf(".");
  if (dot >= 0) return 10 ** -(t.length - dot - 1);
  const zeros = /0*$/u.exec(t)?.[0].length ?? 0;
  return 10 ** zeros;
}

/** Relate two quantities directly. */
export function compareQuantities(a: Quantity, b: Quantity): FigureRelation {
  const ia = toInterval(a);
  const ib = toInterval(b);
  if (!ia || !ib) return "incomparable";
  return compareIntervals(ia, ib);
}

/** The ratio of the larger to the smaller representative value (∞ when one is zero). */
export function magnitudeRatio(a: Interval, b: Interval): number {
  const x = Math.abs(a.point);
  const y = Math.abs(b.point);
  if (x === 0 && y === 0) return 1;
  if (x === 0 || y === 0) return Infinity;
  return Math.max(x, y) / Math.min(x, y);
}

/** Human-readable interval: [540, 660] person, ≥ 20000 person, ≤ 5 km2. */
export function formatInterval(iv: Interval): string {
  const n = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2).replace(/\.?0+$/u, ""));
  const unit = iv.unit === "unit" ? "" : ` ${iv.unit}`;
  if (iv.lo === iv.hi) return `${n(iv.lo)}${unit}`;
  if (iv.hi === Infinity) return `≥ ${n(iv.lo)}${unit}`;
  if (iv.lo === 0 || iv.lo === -Infinity) return `≤ ${n(iv.hi)}${unit}`;
  return `[${n(iv.lo)}, ${n(iv.hi)}]${unit}`;
}
