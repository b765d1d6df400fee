// Small presentational pieces shared by the screens. All take plain props; none reads data or keys.
import { Box, Text } from "ink";
import { createContext, useContext } from "react";
import { type Direction, visualLine } from "#text/bidi.ts";
import { displayWidth, type Line, lineText, type Run, type Tone, truncate } from "#text/runs.ts";
import { TONE_STYLE } from "#ui/theme.ts";

export interface Display {
  /** draw text in visual order (for terminals without bidi support) */
  visual: boolean;
  columns: number;
}

export const DisplayContext = createContext<Display>({ visual: false, columns: 80 });

export function useDisplay(): Display {
  return useContext(DisplayContext);
}

function keyed<T>(items: readonly T[], prefix: string): { key: string; item: T }[] {
  const out: { key: string; item: T }[] = [];
  for (let i = 0; i < items.length; i++) out.push({ key: `${prefix}${i}`, item: items[i]! });
  return out;
}

/**
 * One display line. In visual mode the runs are reordered with the bidi algorithm and, for right-to-left
 * paragraphs, pushed to the right edge of `width` columns.
 */
export function StyledLine({
  runs,
  direction = "ltr",
  width,
  gutter,
}: {
  runs: Line;
  direction?: Direction;
  width: number;
  gutter?: Run;
}) {
  const { visual } = useDisplay();
  let shown: Line = visual ? visualLine(runs, direction, { shape: true }) : runs;
  if (visual && direction === "rtl") {
    const pad = width - displayWidth(lineText(shown));
    if (pad > 0) shown = [{ text: " ".repeat(pad), tone: "plain" }, ...shown];
  }
  const all = gutter ? [gutter, ...shown] : shown;
  return (
    <Text wrap="truncate-end">
      {all.length === 0 || lineText(all) === ""
        ? " "
        : keyed(all, "r").map(({ key, item }) => (
            <Text key={key} {...TONE_STYLE[item.tone]}>
              {item.text}
            </Text>
          ))}
    </Text>
  );
}

/** A single-line string in one tone, truncated to the width. */
export function Line1({ text, tone = "plain", width }: { text: string; tone?: Tone; width: number }) {
  return <StyledLine runs={[{ text: truncate(text, width), tone }]} width={width} />;
}

export interface Row {
  key: string;
  runs: Line;
  direction?: Direction;
  /** index of the selectable item this row belongs to */
  item?: number;
  /** a fixed gutter mark (otherwise › for the cursor, ↑/↓ at a clipped edge) */
  gutter?: string;
}

/** Which rows to show so that rows [from, to] stay in view; moves as little as possible from `offset`. */
export function follow(
  offset: number,
  focus: { from: number; to: number } | null,
  height: number,
  total: number,
): number {
  let next = offset;
  if (focus && height > 0) {
    if (focus.to - focus.from + 1 >= height || focus.from < next) next = Math.max(0, focus.from - 1);
    else if (focus.to >= next + height) next = Math.min(focus.from - 1, focus.to - height + 2);
  }
  return Math.max(0, Math.min(next, total - height));
}

/** A window of `height` rows; rows of the `cursor` item get a ›-mark and the cursor tone. */
export function Viewport({
  rows,
  height,
  offset,
  cursor,
  width,
}: {
  rows: readonly Row[];
  height: number;
  offset: number;
  cursor?: number;
  width: number;
}) {
  const visible = rows.slice(offset, offset + height);
  const above = offset > 0;
  const below = offset + height < rows.length;
  return (
    <Box flexDirection="column" height={height}>
      {visible.map((row, i) => {
        const selected = cursor !== undefined && row.item === cursor;
        const first = selected && rows[offset + i - 1]?.item !== cursor;
        const edge = (i === 0 && above) || (i === visible.length - 1 && below);
        const arrow = i === 0 ? "↑" : "↓";
        const mark = first ? "›" : row.gutter && row.gutter !== " " ? row.gutter : edge ? arrow : " ";
        const runs = selected
          ? row.runs.map((r) => ({ ...r, tone: r.tone === "plain" ? "cursor" : r.tone }))
          : row.runs;
        return (
          <StyledLine
            key={row.key}
            runs={runs as Line}
            direction={row.direction}
            width={width - 2}
            gutter={{ text: `${mark} `, tone: selected || row.gutter === "▌" ? "key" : "dim" }}
          />
        );
      })}
    </Box>
  );
}

/** The key map, always on screen. Wraps onto as many lines as the width needs (see keyBarLines). */
export function KeyBar({ lines }: { lines: [string, string][][] }) {
  return (
    <Box flexDirection="column">
      {keyed(lines, "k").map(({ key, item }) => (
        <Text key={key} wrap="truncate-end">
          {keyed(item, "h").map(({ key: k, item: [keys, label] }) => (
            <Text key={k}>
              <Text {...TONE_STYLE.key}>{keys}</Text> <Text dimColor>{label}</Text>
              {"  "}
            </Text>
          ))}
        </Text>
      ))}
    </Box>
  );
}

function wrapHints(hints: readonly [string, string][], width: number): [string, string][][] {
  const lines: [string, string][][] = [[]];
  let used = 0;
  for (const hint of hints) {
    const w = displayWidth(`${hint[0]} ${hint[1]}  `);
    if (used + w > width && lines[lines.length - 1]!.length > 0) {
      lines.push([]);
      used = 0;
    }
    lines[lines.length - 1]!.push(hint);
    used += w;
  }
  return lines;
}

/**
 * Lay the key hints out in at most `maxLines` lines: in full if they fit, else with one-word labels, else the
 * `essential` hints (back, quit) first and whatever else fits.
 */
export function keyBarLines(
  hints: readonly [string, string][],
  width: number,
  maxLines = Number.POSITIVE_INFINITY,
  essential: readonly [string, string][] = [],
): [string, string][][] {
  const full = wrapHints([...hints, ...essential], width);
  if (full.length <= maxLines) return full;
  const short = (h: readonly [string, string][]) =>
    h.map(([k, label]): [string, string] => [k, label.split(/[\s/']/u)[0] ?? label]);
  const compact = wrapHints([...short(hints), ...short(essential)], width);
  if (compact.length <= maxLines) return compact;
  return wrapHints([...short(essential), ...short(hints)], width).slice(0, Math.max(1, maxLines));
}

export function Message({ text, tone = "dim", width }: { text: string; tone?: Tone; width: number }) {
  return <Line1 text={text} tone={tone} width={width} />;
}

/** A row of pane names; the active one bracketed (visible without colour) and inverse. */
export function Tabs<K extends string>({ tabs, active }: { tabs: readonly [K, string][]; active: K }) {
  return (
    <Text wrap="truncate-end">
      {tabs.map(([key, label]) => (
        <Text key={key} inverse={key === active} bold={key === active}>
          {key === active ? `[${label}]` : ` ${label} `}{" "}
        </Text>
      ))}
    </Text>
  );
}
