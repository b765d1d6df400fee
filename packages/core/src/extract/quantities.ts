// Figures inside a claim come from the Arabic engine's parser; here each is bound to the thing it counts
// (the noun it governs — `20 ألف مدني`، `3 آلاف من المسلحين` — or, failing that, a counted noun nearby).
import { isHarmVerb, nounStem } from "#arabic/index.ts";
import { OTHERS as OTHER_WORDS } from "#arabic/lexicon/modifiers.ts";
import type { Quantity } from "#schema/index.ts";
import { SUBJECT_NOUNS } from "./subjects.ts";
import { fold } from "./text.ts";

/** The engine's figure parser: spans into `text`, restricted to [from, to). */
export type QuantityParser = (text: string, from?: number, to?: number) => Quantity[];

const SUBJECTS = new Map<string, string>();
for (const g of SUBJECT_NOUNS) for (const w of g.words) SUBJECTS.set(fold(w), g.subject);

/** «Others» after a figure, folded. */
const OTHERS: ReadonlySet<string> = new Set(OTHER_WORDS.map(fold));

/** The subject key of a counted noun, in the engine's form (the stem of the folded noun, accusative ا dropped). */
export function nounKey(word: string): string {
  return nounStem(fold(word));
}

/** A counted noun (people, combatants, casualties, places, things) → its class, or undefined. */
function classOfWord(w: string): string | undefined {
  const f = fold(w);
  const forms = [f, f.replace(/^(?:[وفبل]?ال|لل)/u, ""), f.replace(/^[وفبل]/u, "")];
  for (const x of forms) {
    // plural and construct endings: مقاتلين/مقاتلون/مقاتلي/مقاتلو، accusative ا
    const s = SUBJECTS.get(x) ?? (x.length >= 5 ? SUBJECTS.get(x.replace(/(?:ين|ون|ي|و|ا)$/u, "")) : undefined);
    if (s) return s;
  }
  return undefined;
}

function subjectOfWord(w: string): { key: string; cls: string } | undefined {
  const cls = classOfWord(w);
  return cls ? { key: nounKey(w.replace(/^(?:[وفبل]?ال|لل)/u, "")), cls } : undefined;
}

const WORD = /[\u0621-\u064A\u0640\u064B-\u065F\u0670]+/gu;

/** Binds `subject` on figures that lack one, looking after the figure first, then across the clause. */
export function bindSubjects(
  text: string,
  qs: readonly Quantity[],
  clauseStart: number,
  clauseEnd: number,
): Quantity[] {
  return qs.map((q) => {
    if (q.subject) return q;
    if (q.kind && !["count", "other"].includes(q.kind) && q.unit !== "person") return q;
    // a dual written as one noun («المرحلتين»، «جولتين») counts that noun, not a noun nearby
    const own = [...q.text.matchAll(WORD)].map((m) => m[0]);
    if (
      q.value === 2 &&
      own.length === 1 &&
      !/\d/u.test(q.text) &&
      !/^(?:[وفبل]?ال)?(?:اثن|إثن)/u.test(own[0] as string)
    ) {
      const w = own[0] as string;
      return { ...q, subject: subjectOfWord(w)?.key ?? nounKey(w.replace(/^(?:[وفبل]?ال|لل)/u, "")) };
    }
    // the governed noun: the next word(s) after the figure, or after من
    const after = text.slice(q.end, Math.min(clauseEnd, q.end + 60));
    const words = [...after.matchAll(WORD)].map((m) => m[0]).slice(0, 4);
    let subject: { key: string; cls: string } | undefined;
    // «11300 قتيل وأن 10100 آخرين ما زالوا مفقودين»: «others» are another group than the noun before; what they
    // are follows them, or stays unsaid
    const others = words.length > 0 && OTHERS.has(fold(words[0] as string));
    for (let k = others ? 1 : 0; k < words.length && !subject; k++) {
      const w = words[k] as string;
      // («بلغ عدد القتلى 32 والجرحى 165»: a noun joined by و after the figure opens the next item, not its noun)
      if (/^و/u.test(w) && subjectOfWord(w.slice(1))) break;
      subject = subjectOfWord(w);
      if (!subject && k === 0 && fold(w) !== "من") break;
    }
    // the figure's own text may hold the noun (ثلاثة آلاف أجنبي، قريتين)
    if (!subject) {
      for (const m of q.text.matchAll(WORD)) {
        subject = subjectOfWord(m[0]);
        if (subject) break;
      }
    }
    // a counted noun elsewhere in the clause, for people counts only: the nearest one before the figure («خلّف
    // الاعتداء ثلاثة قتلى …، فيما بلغ عدد الجرحى أربعة» counts the wounded), else the first after it
    if (!subject && !others && (q.unit === "person" || ((q.kind == null || q.kind === "count") && q.unit == null))) {
      // («قتل 3478 فلسطينياً وأصيب أكثر من 12 ألفاً …، وأوقع … أكثر من 1400 قتيل»: a bare count right after a verb
      // of killing or wounding counts those it happened to, or the people named before it; a noun of a later figure
      // is not theirs)
      const verbBefore = [...text.slice(Math.max(clauseStart, q.start - 20), q.start).matchAll(WORD)].at(-1)?.[0];
      const harmed = verbBefore !== undefined && isHarmVerb(fold(verbBefore));
      const clause = text.slice(clauseStart, clauseEnd);
      let first: { key: string; cls: string } | undefined;
      let before: { key: string; cls: string } | undefined;
      for (const m of clause.matchAll(WORD)) {
        const s = subjectOfWord(m[0]);
        if (!s || ["villages", "towns", "territory", "airstrikes", "vehicles", "homes"].includes(s.cls)) continue;
        first ??= s;
        if (clauseStart + (m.index ?? 0) + m[0].length <= q.start) before = s;
      }
      subject = before ?? (harmed ? undefined : first);
    }
    return subject ? { ...q, subject: subject.key } : q;
  });
}
