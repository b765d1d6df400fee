// Contextual shaping for visual mode: each Arabic letter becomes the presentation form its neighbours call for,
// and lam + alef become one ligature. Works on display cells (a letter plus its combining marks), in logical
// order, before bidi reordering; marks are transparent to joining and stay on their letter.
import { FORMS, JOIN_CAUSING, LAM_ALEF } from "#text/arabic-forms.ts";
import type { Cell } from "#text/runs.ts";

function base(cell: Cell | undefined): string {
  return cell ? [...cell.text][0]! : "";
}

function joinsForward(ch: string): boolean {
  if (JOIN_CAUSING.has(ch)) return true;
  const forms = FORMS.get(ch);
  return forms !== undefined && forms[2] !== undefined;
}

function joinsBackward(ch: string): boolean {
  return JOIN_CAUSING.has(ch) || (FORMS.has(ch) && ch !== "ء");
}

/** Shape one line of cells (logical order). Returns new cells; lam-alef pairs become a single cell. */
export function shapeCells(cells: readonly Cell[]): Cell[] {
  const out: Cell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    const ch = base(cell);
    const marks = cell.text.slice(ch.length);
    const prev = base(cells[i - 1]);
    const joinedBefore = joinsForward(prev);
    const next = base(cells[i + 1]);
    if (ch === "ل" && LAM_ALEF.has(next)) {
      const [isolated, final] = LAM_ALEF.get(next)!;
      const nextMarks = cells[i + 1]!.text.slice(next.length);
      out.push({ text: String.fromCodePoint(joinedBefore ? final : isolated) + marks + nextMarks, tone: cell.tone });
      i += 1;
      continue;
    }
    const forms = FORMS.get(ch);
    if (!forms) {
      out.push(cell);
      continue;
    }
    const [isolated, final, initial, medial] = forms;
    const joinedAfter = initial !== undefined && joinsBackward(next);
    let form = isolated;
    if (joinedBefore && joinedAfter) form = medial ?? final;
    else if (joinedBefore) form = final;
    else if (joinedAfter) form = initial ?? isolated;
    out.push({ text: String.fromCodePoint(form) + marks, tone: cell.tone });
  }
  return out;
}
