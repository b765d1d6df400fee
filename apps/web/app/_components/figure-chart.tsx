import type { ClusterFigure } from "@isnad/core/schema";
import { chartLayouts } from "#lib/chart.ts";
import { formatNumber, truncate, unitLabel } from "#lib/format.ts";

const COLORS = ["#0f5e6b", "#b3261e", "#8a5a00", "#1d6b3a", "#6b3fa0", "#5f6368"];
const WIDTH = 640;
const ROW = 30;
const LABEL_W = 170;
const VALUE_W = 130;

/**
 * Inline SVG bars: the figure each outlet gives, one row per outlet, growing from the right (the reading start).
 * Exact figures are solid; the uncertain part of a range or a hedge is lighter; an open bound ends in an arrow.
 */
export function FigureChart({
  figures,
  labelOf,
}: {
  figures: readonly ClusterFigure[];
  labelOf: (f: ClusterFigure) => string;
}) {
  const layouts = chartLayouts(figures, labelOf);
  if (layouts.length === 0) return null;
  return (
    <>
      {layouts.map((layout) => {
        const barMax = WIDTH - LABEL_W - VALUE_W - 10;
        const right = WIDTH - LABEL_W;
        const height = layout.rows.length * ROW + 8;
        const summary = layout.rows.map((r) => `${r.label}: ${r.value}`).join("؛ ");
        return (
          <figure className="chart" key={layout.unit ?? "-"}>
            <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={summary} direction="rtl">
              <title>{summary}</title>
              {layout.rows.map((r, i) => {
                const y = 4 + i * ROW;
                const color = COLORS[r.group % COLORS.length]!;
                const solidW = r.solid * barMax;
                const reachW = r.reach * barMax;
                return (
                  <g key={r.key}>
                    <text x={WIDTH - 4} y={y + ROW / 2 + 5} fontSize="14" textAnchor="start" fill="#1c1b19">
                      {truncate(r.label, 22)}
                    </text>
                    <rect x={right - barMax} y={y + 6} width={barMax} height={ROW - 12} fill="#f1eee7" rx="2" />
                    {reachW > solidW && (
                      <rect
                        x={right - reachW}
                        y={y + 6}
                        width={reachW - solidW}
                        height={ROW - 12}
                        fill={color}
                        opacity="0.35"
                        rx="2"
                      />
                    )}
                    <rect x={right - solidW} y={y + 6} width={solidW} height={ROW - 12} fill={color} rx="2" />
                    {r.open && (
                      <path
                        d={`M ${right - reachW - 2} ${y + ROW / 2} l 8 -6 l 0 12 z`}
                        fill={color}
                        opacity="0.6"
                        transform={`translate(-8 0)`}
                      />
                    )}
                    <text
                      x={right - reachW - (r.open ? 14 : 6)}
                      y={y + ROW / 2 + 5}
                      fontSize="13"
                      textAnchor="start"
                      fill="#1c1b19"
                    >
                      {r.value}
                    </text>
                  </g>
                );
              })}
            </svg>
            <figcaption>
              الرقم الذي تعطيه كل وسيلة{layout.unit ? ` (${unitLabel(layout.unit)})` : ""}، على مقياس من 0 إلى{" "}
              {formatNumber(Math.round(layout.max))}. الجزء الفاتح من الشريط مدى تقريبي.
            </figcaption>
          </figure>
        );
      })}
    </>
  );
}
