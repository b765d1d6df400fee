import type { ClusterFigure, Quantity } from "@isnad/core/schema";
import { describe, expect, it } from "vitest";
import { chartLayouts } from "./chart.ts";

function fig(outlet: string, q: Partial<Quantity>): ClusterFigure {
  return {
    claimId: `c-${outlet}`,
    articleId: `a-${outlet}`,
    outlet,
    quantity: { start: 0, end: 1, text: "x", approx: false, ...q },
  };
}

describe("chartLayouts", () => {
  it("puts every outlet's figure on one honest scale, same figures sharing a colour group", () => {
    const [layout, ...rest] = chartLayouts(
      [fig("أ", { min: 540, max: 660, approx: true }), fig("ب", { value: 1000 }), fig("ج", { value: 1000 })],
      (f) => f.outlet ?? "",
    );
    expect(rest).toHaveLength(0);
    expect(layout!.max).toBe(1000);
    const [a, b, c] = layout!.rows;
    expect(a!.solid).toBeCloseTo(0.54);
    expect(a!.reach).toBeCloseTo(0.66);
    expect(b!.solid).toBe(1);
    expect(b!.group).toBe(c!.group);
    expect(a!.group).not.toBe(b!.group);
  });

  it("makes one chart per unit and leaves out figures without bounds", () => {
    const layouts = chartLayouts(
      [fig("أ", { value: 3, unit: "km2" }), fig("ب", { value: 600, unit: "person" }), fig("ج", { text: "عشرات" })],
      (f) => f.outlet ?? "",
    );
    expect(layouts.map((l) => l.unit).sort()).toEqual(["km2", "person"]);
    expect(layouts.flatMap((l) => l.rows)).toHaveLength(2);
  });

  it("draws an open lower bound as an open bar", () => {
    const [layout] = chartLayouts([fig("أ", { min: 20000 }), fig("ب", { value: 20000 })], (f) => f.outlet ?? "");
    expect(layout!.rows[0]!.open).toBe(true);
    expect(layout!.rows[0]!.reach).toBeGreaterThan(layout!.rows[0]!.solid);
    expect(layout!.rows[1]!.open).toBe(false);
  });

  it("returns nothing for no figures", () => {
    expect(chartLayouts([], () => "")).toEqual([]);
  });
});
