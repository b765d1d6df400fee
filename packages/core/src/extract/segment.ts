// Claim-sized segments: sentences (kept whole across a quotation that runs over a full stop) and, inside a
// sentence, clauses that carry their own attribution (…، مشيراً إلى أن …، لكن X قال إن …، وأشار إلى أن …).
import { MONTHS } from "#arabic/lexicon/calendar.ts";
import {
  attributeClause,
  creditInside,
  hasAccording,
  hasOwnSpeaker,
  isContinuationVerb,
  reportsIn,
} from "./attribution.ts";
import { CLAUSE_OPENERS, DENIAL_OF_WHAT_PRECEDES } from "./lexicon.ts";
import { COMP, UNNAMED, verbOf } from "./lexicon-index.ts";
import { fold, type Tok } from "./text.ts";

export interface Segment {
  /** token range [from, to) */
  from: number;
  to: number;
  /** how the segment relates to the one before it in the same sentence */
  link: "sentence" | "participle" | "verb" | "contrast" | "continuation";
  /** token end up to which the segment's attribution is read, when it lies beyond the segment (a framing phrase
   * cut off its «، إن …» content keeps the speaker the whole sentence names) */
  attributionTo?: number;
}

const OPENERS = CLAUSE_OPENERS.map((o) => fold(o).split(" "));
const isComma = (t: Tok | undefined) => !!t && (t.f === "،" || t.f === ",");
/** A full stop, ?/!, an ellipsis, or a run of dots («الجيش يعترف بالانسحاب.. والدعم السريع تعلن …» in headlines). */
const isEnd = (t: Tok) => t.kind === "punct" && /^(?:[.!?؟…]|\.{2,})$/u.test(t.f);
const words = (toks: readonly Tok[], a: number, b: number) => {
  let n = 0;
  for (let k = a; k < b; k++) if ((toks[k] as Tok).kind !== "punct" && (toks[k] as Tok).kind !== "quote") n++;
  return n;
};

/** Sentence token ranges: a full stop / ?/! ends a sentence unless it sits inside a number. */
function sentences(toks: readonly Tok[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let s = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k] as Tok;
    if (!isEnd(t)) continue;
    // an abbreviated title (د. محمد، أ. أحمد) or an initial (ك. ج. أبراهام) does not end a sentence
    const before = toks[k - 1];
    if (t.f === "." && before?.kind === "word" && before.end === t.start && /^\p{L}$/u.test(before.f)) continue;
    // absorb runs of end marks and closing quotes/brackets
    let e = k + 1;
    while (
      e < toks.length &&
      (isEnd(toks[e] as Tok) ||
        ((toks[e] as Tok).kind === "quote" && (toks[e] as Tok).q !== "open") ||
        (toks[e] as Tok).f === ")")
    )
      e++;
    const nx = toks[e];
    // a boundary needs space (or the end) after it, but for a full stop between two Arabic words that a careless
    // paste glued («في شمال مصر.وأمر رئيس الوزراء …»)
    const glued = nx && nx.start === (toks[e - 1] as Tok).end && nx.kind !== "quote";
    // (not the dots of a spelled-out acronym: «يو.بي.إس»، «جيه.بي مورغان»)
    const arabicWord = (w: Tok | undefined) => w?.kind === "word" && /^\p{Script=Arabic}{3,}$/u.test(w.f);
    const dotted = (w: Tok | undefined, x: Tok | undefined) =>
      w?.f === "." && x !== undefined && (w.start === x.end || w.end === x.start);
    const pasted =
      t.f === "." &&
      e === k + 1 &&
      arabicWord(before) &&
      arabicWord(nx) &&
      !dotted(toks[k - 2], before) &&
      !dotted(toks[e + 1], nx);
    if (glued && !pasted) continue;
    if (e > s) out.push({ from: s, to: e });
    s = e;
    k = e - 1;
  }
  if (s < toks.length) out.push({ from: s, to: toks.length });
  return out;
}

interface QuoteState {
  open: number;
  leadingClose: boolean;
  any: boolean;
}

function quoteState(toks: readonly Tok[], a: number, b: number): QuoteState {
  let depth = 0;
  let leadingClose = false;
  let any = false;
  for (let k = a; k < b; k++) {
    const t = toks[k] as Tok;
    if (t.kind !== "quote") continue;
    const isOpen = t.q === "open" || (t.q === "?" && depth === 0);
    if (!any && !isOpen) leadingClose = true;
    any = true;
    if (isOpen) depth++;
    else if (depth > 0) depth--;
  }
  return { open: depth, leadingClose, any };
}

/** Joins sentences across a quotation that continues over a full stop (`"أنفاق كثيرة. لهذا السبب، تأخرت"`). */
function mergeQuoted(toks: readonly Tok[], ss: { from: number; to: number }[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (let i = 0; i < ss.length; i++) {
    const cur = { ...(ss[i] as { from: number; to: number }) };
    let st = quoteState(toks, cur.from, cur.to);
    let guard = 0;
    while (st.open > 0 && i + 1 < ss.length && guard < 4) {
      // look ahead up to three sentences for the closing quote that comes before any new opening one
      let j = i + 1;
      let found = -1;
      while (j < ss.length && j <= i + 3) {
        const n = quoteState(toks, (ss[j] as { from: number }).from, (ss[j] as { to: number }).to);
        if (n.leadingClose) {
          found = j;
          break;
        }
        if (n.any) break;
        j++;
      }
      if (found < 0) break;
      cur.to = (ss[found] as { to: number }).to;
      i = found;
      st = quoteState(toks, cur.from, cur.to);
      guard++;
    }
    out.push(cur);
  }
  return out;
}

/**
 * A word that can be the verb of a sequel after «، ثم» («ثم توجه نحو …»، «ثم تنقل على متن …»): no article, no
 * preposition or number («ثم إلى مدينة غزة»، «ثم الـ26 الباقين»، «ثم التعليم بقرابة …» go on with an enumeration).
 */
function sequelVerb(t: Tok | undefined): boolean {
  return (
    t?.kind === "word" &&
    t.f.length >= 3 &&
    !/^(?:[وفبلك]?ال|لل)/u.test(t.f) &&
    !/^(?:الي|في|علي|من|عن|مع|حتي|الى|بعد|قبل|عند|لدي|نحو)$/u.test(t.f)
  );
}

/** «قبل أن» (folded). */
const BEFORE_THAT = ["قبل", "ان"];

/** A bare present-tense reporting verb at k (as after «قبل أن»: «قبل أن يعلن …»). */
function isPresentReportingVerbAt(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  return finiteVerb(t) && /^[يت]/u.test((t as Tok).f);
}

function isReportingVerbAt(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (t?.kind !== "word") return false;
  // («…، فأجابه بري بأن …»: a verb of answering or telling carrying the one addressed as a pronoun opens a report
  // of its own after فـ too; a bare فـ-verb goes on with the story it follows, «…، فأمر قائد السرب بالارتفاع»)
  const bare = t.f.replace(/(?:هما|هم|ها|ه)$/u, "");
  const addressed = /^ف/u.test(t.f) && bare !== t.f ? verbOf(bare) : undefined;
  if (!t.f.startsWith("و") && !addressed) return false;
  const v = addressed ?? verbOf(t.f) ?? verbOf(bare);
  return v !== undefined && !v.noun && !v.participle;
}

/** «فيما/بينما» (while), with or without «و», folded. */
const MEANWHILE = /^و?(?:فيما|بينما)$/u;

/** The sentence at k opens with a clause of contrast or time: «(و)في حين»، «(و)بينما»، «(و)في الوقت الذي». */
function whileClauseAt(toks: readonly Tok[], k: number): boolean {
  const f = (toks[k] as Tok | undefined)?.f ?? "";
  if (/^و?بينما$/u.test(f)) return true;
  const g = (toks[k + 1] as Tok | undefined)?.f ?? "";
  if (/^و?في$/u.test(f) && g === "حين") return true;
  return /^و?في$/u.test(f) && g === "الوقت" && /^(?:الذي|الذى)$/u.test((toks[k + 2] as Tok | undefined)?.f ?? "");
}

/** A verb of reporting in a finite form at this token (not its verbal noun, not a participle). */
function finiteVerb(t: Tok | undefined): boolean {
  if (t?.kind !== "word") return false;
  const v = verbOf(t.f);
  return v !== undefined && !v.noun && !v.participle;
}

function openerAt(toks: readonly Tok[], k: number): number {
  return OPENERS.find((o) => phraseAt(toks, k, o))?.length ?? 0;
}

/** Whether the folded words of `phrase` stand at token k. */
function phraseAt(toks: readonly Tok[], k: number, phrase: readonly string[]): boolean {
  return phrase.every((w, j) => (toks[k + j] as Tok | undefined)?.f === w);
}

/** Splits the tokens of one block into claim-sized segments. */
export function segment(text: string, toks: readonly Tok[]): Segment[] {
  const out: Segment[] = [];
  for (const s of mergeQuoted(toks, sentences(toks))) {
    const cuts: { k: number; link: Segment["link"] }[] = [];
    const sentenceChars = (toks[s.to - 1] as Tok).end - (toks[s.from] as Tok).start;
    let depth = 0;
    for (let k = s.from + 1; k < s.to; k++) {
      const t = toks[k] as Tok;
      if (t.kind === "quote") {
        if (t.q === "open" || (t.q === "?" && depth === 0)) depth++;
        else if (depth > 0) depth--;
        continue;
      }
      if (depth > 0) continue;
      const prevComma = isComma(toks[k - 1]);
      const cont = isContinuationVerb(toks, k);
      // a participle clause (…، مشيراً إلى أن …، معلناً أن …) continues the same speaker with a further statement:
      // its own claim, so that each proposition can be matched on its own
      // («، واصفاً الرد بأنه «ضعيف جداً»»: a characterisation is a claim of its own when it quotes the speaker's words;
      // «، واصفاً المعركة بأنها الأخيرة» glosses the statement before it)
      const glossOnly = cont === "participle" && verbOf(t.f)?.lemma === "وصف" && !quotedBefore(toks, k, s.to);
      if (cont === "participle" && prevComma && !glossOnly) {
        // (and a short one too after an act the outlet tells itself: «وتفقد الرئيس X الموقع وزار جرحى، معرباً عن
        // امتنانه …»: the visit is reported, the gratitude is his)
        if (sentenceChars > PARTICIPLE_SPLIT_CHARS || !reportsIn(text, toks, s.from, k))
          cuts.push({ k, link: "participle" });
      } else if (
        prevComma &&
        /^و(?:ان|انه|انها|انهم)$/u.test(t.f) &&
        sentenceChars > CONTENT_SPLIT_CHARS &&
        !stressedContent(toks, s.from, k)
      ) {
        // «وكان X قد أفاد بأن القارب …، انقلب …، وأن الفرق انتشلت 54 جثة وأنقذت 10 أشخاص»: in a long report, a
        // further «وأنّ» is a further proposition of the same speaker
        cuts.push({ k, link: "continuation" });
      } else if (prevComma && isConcession(toks, k)) {
        // …، إلا أن التقدم لا يزال بطيئاً: a concession states a second proposition; it keeps the sentence's speaker
        cuts.push({ k, link: "continuation" });
      } else if (
        prevComma &&
        /^و.../u.test(t.f) &&
        hasAccording(text, toks, k, s.to) &&
        hasAccording(text, toks, s.from, k)
      ) {
        // «…، أوقعت 12 ألف قتيل وفق أكليد، ودفعت سبعة ملايين إلى النزوح بحسب الأمم المتحدة»: each coordinated clause
        // credits its own source
        cuts.push({ k, link: "continuation" });
      } else if (
        prevComma &&
        /^[يت]قول(?:ون)?$/u.test(t.f) &&
        COMP.has(toks[k + 1]?.f ?? "") &&
        !hasOwnSpeaker(text, toks, s.from, k)
      ) {
        // «ويشن الحوثيون … هجمات على السفن …، يقولون إنها تستهدف السفن المرتبطة بإسرائيل»: after a clause that
        // reports a fact, what its subject says of it is a claim of its own (its speaker is the clause's subject)
        cuts.push({ k, link: "continuation" });
      } else if (prevComma && describedAs(toks, k) && hasOwnSpeaker(text, toks, k, Math.min(s.to, k + 40))) {
        // «…، وأسفرت عن مقتل عشرات الآلاف، في ما تصفه الأمم المتحدة بأنه أسوأ أزمة إنسانية»: how another source
        // describes what came before is that source's claim
        cuts.push({ k, link: "contrast" });
      } else if (
        prevComma &&
        t.f === "فيما" &&
        hasAccording(text, toks, k, s.to) &&
        hasOwnSpeaker(text, toks, s.from, k)
      ) {
        // «وكان عاشوري قد أعلن الحداد …، فيما نُقل المصابون إلى خمسة مستشفيات …، بحسب إدارة الأزمات»: a clause
        // credited to a source of its own after one whose speaker is named is a second report
        cuts.push({ k, link: "contrast" });
      } else if (prevComma && isCoordinatedFigureClause(toks, k, s.from, s.to)) {
        // …خسر 99.5% من أراضيه، ويسيطر على أقل من 5 كم²: a second figure in a coordinated verb clause
        cuts.push({ k, link: "continuation" });
      } else if (
        prevComma &&
        t.f === "ثم" &&
        sentenceChars > SEQUEL_SPLIT_CHARS &&
        sequelVerb(toks[k + 1]) &&
        !toks.slice(k, s.to).some((w) => w.kind === "quote" || w.f === ":" || COMP.has(w.f))
      ) {
        // «أن العنصر قتل زميله …، ثم توجه نحو محيط المعبد وأطلق الرصاص …»: in a long account, what the subject did
        // next is a second proposition of the same report (not when words are quoted or reported after it)
        cuts.push({ k, link: "continuation" });
      } else if (
        prevComma &&
        (t.f === "اذ" || MEANWHILE.test(t.f) || t.f === "كما") &&
        finiteVerb(toks[k + 1]) &&
        // («، كما أعلن وزير الإسكان X استقالته»: after «كما» the verb's own subject, before the next comma)
        hasOwnSpeaker(text, toks, k + 1, t.f === "كما" ? nextComma(toks, k + 1, s.to) : Math.min(s.to, k + 40)) &&
        hasOwnSpeaker(text, toks, s.from, k)
      ) {
        // «وكانت الولايات المتحدة قد دانت الهجوم، إذ كتب المتحدث باسم خارجيتها X: …»: an explaining clause with a
        // speaker of its own after a clause that has one too is a second report; so is one set against it: «وقالت
        // الهيئة البريطانية إن السفينة فقدت قوة الدفع، بينما أعلن وفد ليبيريا مقتل اثنين …»
        cuts.push({ k, link: "contrast" });
      } else if (
        prevComma &&
        MEANWHILE.test(t.f) &&
        sentenceChars > MEANWHILE_SPLIT_CHARS &&
        !stressedContent(toks, s.from, k)
      ) {
        // «وصدرت الأحكام في ختام ثالث جلسة …، فيما رفض المتهمون الموقوفون المشاركة فيها …»: in a long sentence, what
        // happened meanwhile is a second proposition of the same report
        cuts.push({ k, link: "continuation" });
      } else if (
        prevComma &&
        DESPITE.some((o) => phraseAt(toks, k, o)) &&
        hasOwnSpeaker(text, toks, k, nextComma(toks, k, s.to)) &&
        hasOwnSpeaker(text, toks, s.from, k)
      ) {
        // «نقلت الصحيفة عن تقديرات أمنية أن القائدين لم يُقتلا، رغم أن الجيش أعلن أنهما كانا الهدف»: a concession
        // with a speaker of its own after a clause that has one is that speaker's report
        cuts.push({ k, link: "contrast" });
      } else if (prevComma && isSecondClause(toks, k) && !stressedContent(toks, s.from, k)) {
        // «…، في حين ارتفع عدد الجرحى إلى 5674»: a clause of its own after «في حين/على أن/بعدما» is a second
        // proposition of the same report, and keeps its speaker
        cuts.push({ k, link: "continuation" });
      } else if (prevComma && respondingTo(toks, k) && hasOwnSpeaker(text, toks, k, Math.min(s.to, k + 40))) {
        // «…، وذلك رداً على قول البيت الأبيض إن المبعوث أبلغ القطريين»: what was answered, said by a speaker of its
        // own, is that speaker's claim
        cuts.push({ k, link: "contrast" });
      } else if (prevComma && deniedWhat(toks, k) && hasAccording(text, toks, k, Math.min(s.to, k + 60))) {
        // «اتهمت الجبهة أحزاباً كردية بنقل عائلات …، وهو ما نفاه الحزب الديمقراطي»: the denial is the other party's
        cuts.push({ k, link: "contrast" });
      } else if (
        prevComma &&
        phraseAt(toks, k, BEFORE_THAT) &&
        isPresentReportingVerbAt(toks, k + 2) &&
        hasOwnSpeaker(text, toks, k, Math.min(s.to, k + 60))
      ) {
        // «…، قبل أن يعلن الشكري أنه لن يتسلم المنصب»: what another speaker said next is a report of its own
        cuts.push({ k, link: "contrast" });
      } else if (
        prevComma &&
        concessionOpens(toks, s.from, k) &&
        finiteVerb(t) &&
        hasOwnSpeaker(text, toks, k, Math.min(s.to, k + 40)) &&
        hasOwnSpeaker(text, toks, s.from, k)
      ) {
        // «ورغم أن الهيئة أعلنت سقوط 4 عربات، أفادت تقارير صحافية بخروج 8 عربات»: the main clause after an
        // opening concession, with a speaker of its own, is that speaker's report
        cuts.push({ k, link: "contrast" });
      } else if (
        prevComma &&
        ADJUNCT_OPENER.test(t.f) &&
        adjunctThenReport(text, toks, k, s.to) &&
        hasOwnSpeaker(text, toks, s.from, k)
      ) {
        // «وكانت المرجعية قد دعت المسؤولين إلى …، وفي أول تعليق له على ذلك، قال المحافظ X إن …»: a second speaker
        // after an adjunct of its own
        cuts.push({ k, link: "contrast" });
      } else if (
        prevComma &&
        /^وكان[ت]?$/u.test(t.f) &&
        kanaQadReport(toks, k, s.to) &&
        hasOwnSpeaker(text, toks, k, Math.min(s.to, k + 40)) &&
        hasOwnSpeaker(text, toks, s.from, k)
      ) {
        // «وتؤكد أديس أبابا أن السد لن يقلص …، وكان آبي أحمد قد قال أمام البرلمان إن …»: an earlier report by
        // another speaker, told after the comma, is that speaker's
        cuts.push({ k, link: "contrast" });
      } else if (prevComma && isReportingVerbAt(toks, k) && hasOwnSpeaker(text, toks, k, Math.min(s.to, k + 60)))
        // …، وقال متحدث باسم الجيش إن …: a second speaker in the same sentence
        cuts.push({ k, link: "contrast" });
      else if (
        prevComma &&
        whileClauseAt(toks, s.from) &&
        !cuts.some((c) => c.link === "contrast") &&
        finiteVerb(t) &&
        !/^[وف]/u.test(t.f) &&
        hasOwnSpeaker(text, toks, k, Math.min(s.to, k + 60))
      )
        // «وفي حين نفى مكتب رئيس الحكومة …، تحدثت مصادر مصرية عن …»، «وبينما أكد الجيش …، قالت مصادر محلية …»: after
        // a clause of contrast that opens the sentence, the main clause's verb and its own speaker
        cuts.push({ k, link: "contrast" });
      else if (prevComma) {
        const n = openerAt(toks, k);
        // («…، في وقت ارتفعت فيه الحصيلة، بحسب مصادر طبية، إلى 90 قتيلاً»: or a source credited after it)
        const end = Math.min(s.to, k + 60);
        if (
          n > 0 &&
          (toks[k] as Tok).f !== "حيث" &&
          (hasOwnSpeaker(text, toks, k, end) || creditInside(text, toks, k, end))
        )
          cuts.push({ k, link: "contrast" });
      }
    }
    // a headline (no closing stop) of two statements joined by و: «الأمم المتحدة تراجع حصيلة القتلى والهلال الأحمر
    // ينفي أرقاما نسبت إليه»
    if (!isEnd(toks[s.to - 1] as Tok)) {
      for (let k = s.from + 3; k < s.to - 2; k++) {
        const t = toks[k] as Tok;
        // (or an unnamed group: «الحكومة تقر الموازنة ومحللون يحذرون من عجز أكبر»)
        // (or a bare name right before its verb: «إيران تخفض حصيلة تفجيري كرمان إلى 95 قتيلاً وخامنئي يتوعد بـ«رد قاس»»)
        const nx = toks[k + 1];
        // («… وإيران تحصي 136 من حجاجها»: a name opening on alef too, but for the article)
        const bareName =
          /^و(?!ال)[^\s]{3,}$/u.test(t.f) &&
          finiteVerb(nx) &&
          /^[يت]/u.test((nx as Tok).f) &&
          verbOf(t.f) === undefined;
        // (or a quoted name: «البنتاغون يرجّح تسرب النفط و«أسبيدس» تنفي رصد أي بقعة»)
        const quotedName = t.f === "و" && nx?.kind === "quote" && nx.q !== "close";
        // (or an indefinite plural in construct: «… وحملات المرشحين الثلاثة تشكك في أرقام السلطة»)
        const plural = /^و[^ا\s]\S{2,}ات$/u.test(t.f) && verbOf(t.f) === undefined && !UNNAMED.has(t.f);
        if (
          t.kind !== "word" ||
          !(/^وال../u.test(t.f) || UNNAMED.has(t.f.slice(1)) || bareName || quotedName || plural) ||
          isComma(toks[k - 1])
        )
          continue;
        let v = -1;
        for (let j = k + 1; j <= Math.min(s.to - 1, k + (quotedName ? 5 : 3)); j++) {
          const w = toks[j] as Tok;
          if ((finiteVerb(w) && /^[يت]/u.test(w.f)) || (j === k + 1 && STANCE_HELD.test(w.f))) {
            v = j;
            break;
          }
        }
        // («… والحكومة تتمسك بروايتها»: or a definite subject right before a present verb of a stance held)
        const held = v === k + 1 && /^وال../u.test(t.f) && STANCE_HELD.test((toks[v] as Tok).f);
        if (v > 0 && (hasOwnSpeaker(text, toks, k, s.to) || held)) {
          cuts.push({ k, link: "contrast" });
          break;
        }
      }
    }
    const framing = framingCut(text, toks, s.from, s.to);
    if (framing > 0) {
      cuts.push({ k: framing, link: "continuation" });
      cuts.sort((x, y) => x.k - y.k);
    }
    let a = s.from;
    let link: Segment["link"] = "sentence";
    for (const c of cuts) {
      // «وفي ردود الفعل، وصف …»: a short adjunct before the comma is no claim of its own
      const adjunct = a === s.from && words(toks, a, c.k) <= 4 && ADJUNCT_HEADS.has((toks[a] as Tok).f);
      if (!adjunct && words(toks, a, c.k) >= 3 && words(toks, c.k, s.to) >= 3) {
        let e = c.k;
        while (e > a && isComma(toks[e - 1])) e--;
        out.push(c.k === framing ? { from: a, to: e, link, attributionTo: s.to } : { from: a, to: e, link });
        a = c.k;
        link = c.link;
      }
    }
    out.push({ from: a, to: s.to, link });
  }
  return out.flatMap((g) => capLength(toks, g));
}

/**
 * Sentences longer than this split at a participle clause of the same speaker (…، مضيفاً أن …، معلناً أن …): two
 * statements of about a line each are two propositions, matched on their own across outlets; a short sentence
 * with a brief participle tail stays whole.
 */
export const PARTICIPLE_SPLIT_CHARS = 140;

/**
 * Sentences longer than this split at «، ثم» + a verb. Swept at 0, 140 and 180 characters over the 60 annotated
 * stories: 180 matches the most gold claims (four coarse sentences of one story split, none lost elsewhere).
 */
export const SEQUEL_SPLIT_CHARS = 180;

/**
 * Sentences longer than this split at «، وأنّ» (a further proposition of the same report). Kept whole before, since
 * anchors often hold «X، وأن Y» together; long sentences of four propositions or more then matched no gold claim at
 * all (coarse). Swept at 160, 180, 200, 220 over the 68 stories: 180 raises link F1 (studied 0.446 → 0.448, five
 * newest 0.295 → 0.297, sealed 0.360 → 0.364) and the newest stories' claims (0.982 → 0.990), three anchors that
 * span the comma lost elsewhere.
 */
export const CONTENT_SPLIT_CHARS = 180;

/**
 * Sentence length (characters) above which «، فيما/بينما …» opens a further proposition of the same report. Swept at
 * 180/200/220/240/260 on the studied stories, the seeds and the sealed ones: 220 raises the studied link F1 0.448 →
 * 0.451 with two more disputes found and fewer false conflicts (0.863 → 0.843 a story); 180 and 200 find as many
 * links but add false conflicts (0.90–0.92), 260 splits almost nothing.
 */
export const MEANWHILE_SPLIT_CHARS = 220;

/** Words a framing phrase must hold before it counts as a statement of its own. */
const FRAMING_MIN_WORDS = 8;
/** Phrases that open the occasion of a statement (في مؤتمر صحافي، خلال لقاء، في تصريح، في بيان). */
const OCCASION_OPENERS = [
  "في مؤتمر",
  "خلال مؤتمر",
  "في تصريح",
  "في تصريحات",
  "في بيان",
  "في كلمه",
  "في مقابله",
  "خلال مقابله",
  "خلال لقاء",
  "في لقاء",
  "في حديث",
  "في اتصال",
  "خلال اتصال",
  "في ندوه",
  "خلال ندوه",
].map((o) => fold(o).split(" "));
/** Connectives that open an event in a framing phrase («في أعقاب توقف دام أسبوعاً»، «بعد إجلاء المدنيين»). */
const EVENT_OPENERS = ["في اعقاب", "عقب", "اثر", "بعد", "بعدما", "قبل", "قبيل"].map((o) => fold(o).split(" "));

/**
 * «وقال X، المتحدث باسم Y، يوم السبت في أعقاب توقف دام أكثر من أسبوع للسماح لنحو 20 ألف مدني بمغادرة المنطقة،
 * إن القوات تشن معركة نهائية»: a long framing phrase between the speaker and «، إن» that reports an event of its
 * own (a figure, or an event connective) is a second proposition. Returns the token index of the complementiser
 * to cut before, or -1. A framing that only says where or how the words were said («في مؤتمر صحافي عقده في
 * الرياض») holds no figure and no event connective and stays whole.
 */
function framingCut(text: string, toks: readonly Tok[], from: number, to: number): number {
  // only sentences that open with their reporting verb (a speaker, then the framing, then the content)
  let first = from;
  while (first < to && (toks[first] as Tok).kind !== "word") first++;
  const v = verbOf((toks[first] as Tok | undefined)?.f ?? "");
  if (!v || v.noun || v.participle) return -1;
  let depth = 0;
  for (let k = first + 2; k < to - 3; k++) {
    const t = toks[k] as Tok;
    if (t.kind === "quote") {
      depth += t.q === "open" || (t.q === "?" && depth === 0) ? 1 : depth > 0 ? -1 : 0;
      continue;
    }
    if (depth > 0 || !isComma(toks[k - 1]) || !COMP.has(t.f)) continue;
    // the last comma-delimited piece before «، إن»
    let p = k - 2;
    while (p > first && !isComma(toks[p])) p--;
    const pieceFrom = p + 1;
    if (pieceFrom <= first + 1 || words(toks, pieceFrom, k - 1) < FRAMING_MIN_WORDS) return -1;
    let event = false;
    for (let m = pieceFrom; m < k - 1 && !event; m++) {
      const w = toks[m] as Tok;
      const next = toks[m + 1];
      if (w.kind === "number" && !(next && MONTHS.has(next.f))) event = true;
      else if (EVENT_OPENERS.some((o) => phraseAt(toks, m, o))) event = true;
    }
    if (!event) return -1;
    // «في مؤتمر صحافي عقده بعد ساعة ونصف من إغلاق المكاتب»: the occasion of the words, however it is dated
    if (OCCASION_OPENERS.some((o) => phraseAt(toks, pieceFrom, o))) return -1;
    // the verb must have its speaker before the framing (not a passive or a subjectless «وأضاف»)
    const att = attributeClause(text, toks, from, to);
    if (att.kind !== "verb" || !att.speaker || att.speaker.end > (toks[pieceFrom] as Tok).start) return -1;
    if (att.contentStart === null || att.contentStart < t.start) return -1;
    return k;
  }
  return -1;
}

/** Whether a quotation opens after k before the clause's next comma or the sentence's end. */
function quotedBefore(toks: readonly Tok[], k: number, to: number): boolean {
  return toks.slice(k + 1, nextComma(toks, k + 1, to)).some((w) => w.kind === "quote");
}

/** The first comma at or after k, or `to`. */
function nextComma(toks: readonly Tok[], k: number, to: number): number {
  for (let m = k; m < to; m++) if (isComma(toks[m])) return m;
  return to;
}

/** Present verbs of holding to a stance («تتمسك»، «يتمسك»، «تصر»، «يرفض»), folded. */
const STANCE_HELD = /^[يت](?:تمسك|صر|رفض|تشبث)$/u;

/**
 * The sentence from `from` opens with a concession («(و)رغم أن …»، «وعلى الرغم من أن …») whose first comma is at
 * k - 1: the words after that comma are the main clause.
 */
function concessionOpens(toks: readonly Tok[], from: number, k: number): boolean {
  const first = toks[from] as Tok | undefined;
  if (!first) return false;
  const bare = first.f.replace(/^و(?=.{3,})/u, "");
  const opens = DESPITE.some((o) => bare === o[0] && o.slice(1).every((w, j) => toks[from + 1 + j]?.f === w));
  return opens && nextComma(toks, from + 1, k - 1) === k - 1;
}

/** «وكان X قد قال …»: «قد» within a few words of «كان» at k, then a finite reporting verb. */
function kanaQadReport(toks: readonly Tok[], k: number, to: number): boolean {
  for (let m = k + 2; m < Math.min(to - 1, k + 8); m++) {
    if (isComma(toks[m])) return false;
    if ((toks[m] as Tok).f === "قد") return finiteVerb(toks[m + 1]);
  }
  return false;
}

/** «وفي»، «وخلال»، «وعلى»، «وعقب»: a conjunction and a preposition opening an adjunct, folded. */
const ADJUNCT_OPENER = /^و(?:في|خلال|علي|عقب|بعد|امام|من)$/u;

/**
 * From k, an adjunct of a few words up to a comma, then a finite reporting verb with a speaker of its own: «وفي أول
 * تعليق له على ذلك، قال محافظ نينوى …».
 */
function adjunctThenReport(text: string, toks: readonly Tok[], k: number, to: number): boolean {
  const reach = Math.min(to, k + 10);
  const c = nextComma(toks, k + 1, reach);
  return c < reach && finiteVerb(toks[c + 1]) && hasOwnSpeaker(text, toks, c + 1, Math.min(to, c + 40));
}

/** «رغم أن»، «برغم أن»، «على الرغم من أن»: a concession opening a clause of its own, folded. */
const DESPITE = ["رغم ان", "برغم ان", "علي الرغم من ان", "بالرغم من ان"].map((o) => o.split(" "));

/** Prepositions that open a short scene-setting adjunct (وفي ردود الفعل، من جهة أخرى، على الصعيد الإنساني). */
const ADJUNCT_HEADS = new Set(["في", "وفي", "من", "ومن", "علي", "وعلي", "الي", "والي"]);

/**
 * Openers of a second clause with its own verb (…، في حين ارتفع عدد الجرحى إلى …، على أن تبدأ الجولة الثانية …،
 * بعدما ظل مثبتاً نحو عام …). Measured on the held-out stories one by one: these split where annotators split
 * (link F1 0.372 → 0.413, seeds unchanged); «فيما» and «كما» open as many asides as propositions (more false
 * conflicts, no gain) and «، وأن» coordinates content that anchors often keep whole (F1 0.354): they stay joined.
 */
const SECOND_CLAUSE = ["في حين", "وفي حين", "على أن", "بعدما", "بعد أن"].map((o) => fold(o).split(" "));

function isSecondClause(toks: readonly Tok[], k: number): boolean {
  return SECOND_CLAUSE.some((o) => phraseAt(toks, k, o));
}

/** A verb of describing or deeming with a pronoun for its object (تصفه، وصفتها، تعتبره), folded. */
const DESCRIBING = /^(?:وصف|وصفت|تصف|يصف|اعتبر|اعتبرت|تعتبر|يعتبر|تعد|يعد)(?:ه|ها|هم)$/u;

/** «في ما تصفه X بأنه …»، «فيما وصفته X بـ…» at k: what another source calls what came before. */
function describedAs(toks: readonly Tok[], k: number): boolean {
  const t = toks[k] as Tok;
  // («نددت الحملات …، بما وصفته بـ«…»» is what the same subject denounced: only «في ما/فيما» opens another's words)
  const verbAt = t.f === "في" && toks[k + 1]?.f === "ما" ? k + 2 : t.f === "فيما" ? k + 1 : -1;
  return verbAt > 0 && DESCRIBING.test((toks[verbAt] as Tok | undefined)?.f ?? "");
}

/** Verbs of insisting (folded, with or without و) whose content «على أن» opens: شدد، أكد، حرص، ركز. */
const STRESS_OPENER = /^و?(?:شدد|شددت|اكد|اكدت|حرص|حرصت|ركز|ركزت|يشدد|تشدد|يؤكد|تؤكد)$/u;

/**
 * «وشدد متحدث مجلس الوزراء، على أن مصر قادرة …»: after a verb of insisting and its subject, the «على أن» past a
 * lone comma is what is insisted on, not a clause of its own.
 */
function stressedContent(toks: readonly Tok[], from: number, k: number): boolean {
  if (!phraseAt(toks, k, ["علي", "ان"]) || k - from > 16) return false;
  const first = toks.slice(from, k).find((t) => t.kind === "word");
  if (first === undefined || !STRESS_OPENER.test(first.f)) return false;
  const commas = toks.slice(from, k - 1).filter((t) => isComma(t)).length;
  // (or past an aside on the subject between two commas: «أكد متحدث الهيئة، حسين القحطاني، على أن …»)
  return (commas === 0 && k - from <= 7) || commas === 1;
}

/** «وهو ما نفاه X» opening at k (DENIAL_OF_WHAT_PRECEDES over the folded words there). */
/** «وذلك رداً على …»، «رداً على …»، «تعقيباً على …» at k: a clause naming what the sentence answers. */
function respondingTo(toks: readonly Tok[], k: number): boolean {
  const j = /^و?ذلك$/u.test((toks[k] as Tok).f) ? k + 1 : k;
  return /^و?(?:ردا|تعقيبا|تعليقا)$/u.test(toks[j]?.f ?? "") && toks[j + 1]?.f === "علي";
}

function deniedWhat(toks: readonly Tok[], k: number): boolean {
  const words = toks.slice(k, k + 3).map((t) => t.f);
  return DENIAL_OF_WHAT_PRECEDES.test(words.join(" "));
}

/** Concessive openers that start a second proposition after a comma (…، إلا أن …، غير أن …، لكن …). */
const CONCESSIONS = ["إلا أن", "غير أن", "لكن", "ولكن", "لكنه", "لكنها"].map((o) => fold(o).split(" "));

function isConcession(toks: readonly Tok[], k: number): boolean {
  const o = CONCESSIONS.find((c) => phraseAt(toks, k, c));
  if (!o) return false;
  // «أقر بأن النسبة «متواضعة»، لكنه اعتبر أنها «ليست مخجلة»»: the same speaker weighing his own words goes on in one
  // statement; a concession with a subject or a fact of its own is a second proposition
  const last = o[o.length - 1] as string;
  const next = toks[k + o.length];
  const v = next?.kind === "word" ? verbOf(next.f) : undefined;
  return !(/(?:ه|ها|هم)$/u.test(last) && v !== undefined && !v.noun && !v.participle);
}

const hasFigure = (toks: readonly Tok[], a: number, b: number) => {
  for (let k = a; k < b; k++) if ((toks[k] as Tok).kind === "number") return true;
  return false;
};

/** Prepositions that follow an imperfect verb (يسيطر على، تقول إن، يعود إلى …). */
const VERB_FOLLOWERS = new Set(["علي", "الي", "في", "من", "عن", "ان", "الا", "مع"]);

/**
 * «، ويسيطر على أقل من 5 كم²» after a clause with its own figure: و + an imperfect verb (ي/ت prefix) followed by a
 * preposition, with a written figure on both sides. Two figures joined this way are two propositions.
 */
function isCoordinatedFigureClause(toks: readonly Tok[], k: number, from: number, to: number): boolean {
  const t = toks[k] as Tok;
  if (t.kind !== "word" || !/^و[يت]../u.test(t.f)) return false;
  if (!VERB_FOLLOWERS.has((toks[k + 1] as Tok | undefined)?.f ?? "")) return false;
  return hasFigure(toks, from, k) && hasFigure(toks, k, to);
}

/** Longest claim in characters: a run-on sentence is cut at commas (then at و-clauses) below this length. */
export const MAX_CLAIM_CHARS = 400;

/** Cuts a segment longer than MAX_CLAIM_CHARS at the last comma (or a و-word) that keeps each piece under it. */
function capLength(toks: readonly Tok[], g: Segment): Segment[] {
  const out: Segment[] = [];
  let a = g.from;
  let link = g.link;
  while (a < g.to && (toks[g.to - 1] as Tok).end - (toks[a] as Tok).start > MAX_CLAIM_CHARS) {
    const limit = (toks[a] as Tok).start + MAX_CLAIM_CHARS;
    let cut = -1;
    let wcut = -1;
    for (let k = a + 3; k < g.to - 3 && (toks[k] as Tok).end <= limit; k++) {
      if (isComma(toks[k - 1])) cut = k;
      else if ((toks[k] as Tok).kind === "word" && (toks[k] as Tok).f.startsWith("و") && (toks[k] as Tok).f.length > 3)
        wcut = k;
    }
    const c = cut > a ? cut : wcut > a ? wcut : -1;
    if (c < 0) break;
    let e = c;
    while (e > a && isComma(toks[e - 1])) e--;
    out.push({ from: a, to: e, link });
    a = c;
    link = "continuation";
  }
  out.push(a === g.from ? g : { from: a, to: g.to, link });
  return out;
}
