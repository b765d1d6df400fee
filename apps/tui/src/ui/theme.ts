// Colours for display tones and cluster relations. Meaning never rests on colour alone: every highlighted
// thing also has a gutter mark, a label or a position that survives NO_COLOR and plain-text frames.
import type { Relation } from "@isnad/core";
import type { TextProps } from "ink";
import type { Tone } from "#text/runs.ts";

export const TONE_STYLE: Record<Tone, TextProps> = {
  plain: {},
  title: { bold: true },
  dim: { dimColor: true },
  claim: { color: "cyan", underline: true },
  claim2: { color: "blue", underline: true },
  selected: { inverse: true },
  figure: { inverse: true, bold: true, color: "yellow" },
  quote: { inverse: true, italic: true },
  cursor: { inverse: true },
  key: { bold: true, color: "cyan" },
  conflicts: { color: "red", bold: true },
  corroborates: { color: "green" },
  compatible: { color: "blue" },
  "single-source": { dimColor: true },
  error: { color: "red" },
};

export { RELATION_ORDER, relationRank } from "#format.ts";

export const RELATION_LABEL: Record<Relation, string> = {
  conflicts: "CONFLICTS",
  corroborates: "corroborates",
  compatible: "compatible",
  "single-source": "single-source",
};
