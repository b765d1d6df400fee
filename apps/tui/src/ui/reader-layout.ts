// Lays an article out as display rows: structure blocks in text order, claim spans marked, the selected claim
// and its figures emphasised, non-claim-bearing blocks (captions, credits, related links …) set apart.
// Pure: the reader component only windows and paints these rows.
import type { Article, BlockRole, Claim } from "@isnad/core";
import { CLAIM_BEARING_ROLES } from "@isnad/core";
import { type Direction, paragraphDirection } from "#text/bidi.ts";
import { type Line, type Run, type Tone, wrapRuns } from "#text/runs.ts";

export interface ReaderRow {
  runs: Line;
  /** the paragraph's base direction (used to right-align RTL paragraphs in visual mode) */
  direction: Direction;
  /** gutter mark: the row shows part of the selected claim, of another claim, or of no claim */
  mark: "selected" | "claim" | "none";
  role: BlockRole | "label";
}

export interface ReaderLayout {
  rows: ReaderRow[];
  /** first and last row showing the selected claim, when one is selected */
  focus: { from: number; to: number } | null;
}

/** Roles rendered as plain reading text; every other role is shown set apart under a label. */
const READING_ROLES: ReadonlySet<BlockRole> = new Set(CLAIM_BEARING_ROLES);
const TITLE_ROLES: ReadonlySet<BlockRole> = new Set(["title", "subtitle", "heading"]);
const INDENT = "  ";

interface Segment {
  start: number;
  end: number;
  role: BlockRole;
}

/** Blocks in text order, with uncovered non-blank stretches of the text treated as body. */
export function segments(article: Article): Segment[] {
  const blocks = [...article.blocks]
    .filter((b) => b.end > b.start && b.start < article.text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let pos = 0;
  const gap = (start: number, end: number) => {
    if (end > start && article.text.slice(start, end).trim() !== "") out.push({ start, end, role: "body" });
  };
  for (const block of blocks) {
    if (block.start < pos) continue; // nested or overlapping block: the outer one already shows this text
    gap(pos, block.start);
    const end = Math.min(block.end, article.text.length);
    out.push({ start: block.start, end, role: block.role });
    pos = end;
  }
  gap(pos, article.text.length);
  return out;
}

function baseTone(role: BlockRole): Tone {
  if (TITLE_ROLES.has(role)) return "title";
  return READING_ROLES.has(role) ? "plain" : "dim";
}

/** Tone for every UTF-16 unit of the article text. */
function tones(article: Article, claims: readonly Claim[], selected: Claim | null): Tone[] {
  const out = new Array<Tone>(article.text.length).fill("plain");
  for (const seg of segments(article)) out.fill(baseTone(seg.role), seg.start, seg.end);
  const ordered = [...claims].sort((a, b) => a.start - b.start || a.end - b.end);
  ordered.forEach((claim, i) => {
    out.fill(i % 2 === 0 ? "claim" : "claim2", claim.start, claim.end);
  });
  if (selected) {
    out.fill("selected", selected.start, selected.end);
    if (selected.quote) out.fill("quote", selected.quote.start, selected.quote.end);
    for (const q of selected.quantities) out.fill("figure", q.start, q.end);
  }
  return out;
}

function runsOf(text: string, tone: readonly Tone[], start: number, end: number): Run[] {
  const runs: Run[] = [];
  for (let i = start; i < end; i++) {
    const t = tone[i] ?? "plain";
    const last = runs[runs.length - 1];
    if (last && last.tone === t) last.text += text[i];
    else runs.push({ text: text[i]!, tone: t });
  }
  return runs;
}

function markOf(line: Line): ReaderRow["mark"] {
  if (line.some((r) => r.tone === "selected" || r.tone === "figure" || r.tone === "quote")) return "selected";
  if (line.some((r) => r.tone === "claim" || r.tone === "claim2")) return "claim";
  return "none";
}

const ROLE_LABELS: Partial<Record<BlockRole, string>> = {
  caption: "caption",
  credit: "credit",
  related: "related",
  byline: "byline",
  dateline: "dateline",
  tags: "tags",
  navigation: "navigation",
};

export function layoutArticle(
  article: Article,
  claims: readonly Claim[],
  selectedId: string | null,
  width: number,
): ReaderLayout {
  const selected = claims.find((c) => c.id === selectedId) ?? null;
  const tone = tones(article, claims, selected);
  const rows: ReaderRow[] = [];
  let previous: BlockRole | null = null;
  for (const seg of segments(article)) {
    const setApart = !READING_ROLES.has(seg.role);
    if (setApart && previous !== seg.role) {
      rows.push({
        runs: [{ text: `┄ ${ROLE_LABELS[seg.role] ?? seg.role}`, tone: "dim" }],
        direction: "ltr",
        mark: "none",
        role: "label",
      });
    } else if (!setApart && previous !== null && !READING_ROLES.has(previous)) {
      rows.push({ runs: [], direction: "ltr", mark: "none", role: "label" });
    }
    previous = seg.role;
    // One display paragraph per line of the original text.
    let lineStart = seg.start;
    while (lineStart < seg.end) {
      const nl = article.text.indexOf("\n", lineStart);
      const lineEnd = nl === -1 || nl >= seg.end ? seg.end : nl;
      const paragraph = article.text.slice(lineStart, lineEnd);
      if (paragraph.trim() !== "") {
        const direction = paragraphDirection(paragraph);
        const indent = setApart ? INDENT : "";
        for (const line of wrapRuns(runsOf(article.text, tone, lineStart, lineEnd), width - indent.length)) {
          rows.push({
            runs: indent ? [{ text: indent, tone: "plain" }, ...line] : line,
            direction,
            mark: markOf(line),
            role: seg.role,
          });
        }
        if (!setApart) rows.push({ runs: [], direction, mark: "none", role: seg.role });
      }
      lineStart = lineEnd + 1;
    }
  }
  while (rows.length > 0 && rows[rows.length - 1]!.runs.length === 0) rows.pop();
  let from = -1;
  let to = -1;
  rows.forEach((row, i) => {
    if (row.mark === "selected") {
      if (from === -1) from = i;
      to = i;
    }
  });
  return { rows, focus: from === -1 ? null : { from, to } };
}

/** Claims in reading order (the order j/k walks them). */
export function readingOrder(claims: readonly Claim[]): Claim[] {
  return [...claims].sort((a, b) => a.start - b.start || a.end - b.end);
}
