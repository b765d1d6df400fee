// Pure layout for the small "figure each outlet gives" bar chart: rows of intervals on one linear scale per unit.
import type { ClusterFigure } from "@isnad/core/schema";
import { describeBounds, quantityBounds } from "./format.ts";

export interface ChartRow {
  key: string;
  label: string;
  /** what the outlet wrote, e.g. "نحو 600 جهادي" */
  text: string;
  /** the interval in words */
  value: string;
  /** solid part of the bar, as a fraction of the scale [0, 1] */
  solid: number;
  /** where the uncertain part of the bar ends (≥ solid); equal to solid when exact */
  reach: number;
  /** open upper end (a lower bound such as "أكثر من") */
  open: boolean;
  /** index of the distinct interval this row shares with others (same figure → same colour) */
  group: number;
}

export interface ChartLayout {
  unit: string | null;
  max: number;
  rows: ChartRow[];
}

/**
 * Lay out one chart per unit. Rows whose figure has no numeric bounds are left out (they are listed in text beside
 * the chart). The scale runs from 0 to the largest bound, so the bars compare honestly.
 */
export function chartLayouts(figures: readonly ClusterFigure[], labelOf: (f: ClusterFigure) => string): ChartLayout[] {
  const byUnit = new Map<string, { f: ClusterFigure; lo: number | null; hi: number | null }[]>();
  for (const f of figures) {
    const b = quantityBounds(f.quantity);
    if (b.lo === null && b.hi === null) continue;
    if ((b.lo ?? 0) < 0 || (b.hi ?? 0) < 0) continue;
    const key = b.unit ?? "";
    const list = byUnit.get(key) ?? [];
    list.push({ f, lo: b.lo, hi: b.hi });
    byUnit.set(key, list);
  }
  const out: ChartLayout[] = [];
  for (const [unit, list] of byUnit) {
    const max = Math.max(...list.map((x) => x.hi ?? (x.lo ?? 0) * 1.25));
    if (!(max > 0)) continue;
    const groups: string[] = [];
    const rows = list.map(({ f, lo, hi }, i): ChartRow => {
      const value = describeBounds(f.quantity);
      let group = groups.indexOf(value);
      if (group === -1) group = groups.push(value) - 1;
      const solid = (lo ?? 0) / max;
      const reach = hi === null ? Math.min(1, solid * 1.2 + 0.02) : hi / max;
      return {
        key: `${f.claimId}:${i}`,
        label: labelOf(f),
        text: f.quantity.text,
        value,
        solid: clamp01(solid),
        reach: clamp01(Math.max(reach, solid)),
        open: hi === null,
        group,
      };
    });
    out.push({ unit: unit || null, max, rows });
  }
  return out;
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
