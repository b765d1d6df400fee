// Who says what: the attribution grammar of Arabic news prose over one clause's tokens.
//   قال X إن …، X قال إن …، وأضاف/وتابع/وأوضح أن … (subject carried), قال X لـ"OUTLET" إن …، نقلت Y عن X قوله إن …،
//   ذكرت صحيفة Y أن X قال … (chains), وفق/بحسب/نقلاً عن X، تحدث X عن …، حذّر X من أن …، يُعتقد أن … (impersonal),
//   "…"، قال X (postposed), مشيراً إلى أن … (participles continue the clause's speaker).
import type { Span, Stance } from "#schema/index.ts";
import { type Gender, verbGender } from "./gender.ts";
import {
  ACCORDING,
  ANON_OBJECT,
  ANON_VERB,
  ARTEFACT,
  ASIDE,
  CHANNEL,
  COMP,
  CONTENT_PREP,
  DOCUMENT,
  FUNC,
  GIVEN_NAME,
  HEADLINE_LABEL,
  HONORIFICS,
  KNOWN_FIRST,
  KNOWN_NAMES,
  MAX_KNOWN_WORDS,
  MEMBER_NOUNS,
  MINISTRY_IN_CONSTRUCT,
  NAME_PARTICLE,
  NEG,
  NOT_SOURCE,
  OBJECT_AFTER_BODY,
  OBJECT_ON,
  OCCASION,
  ORG_HEAD,
  OUTLET_HEAD,
  PARTICIPLE_PLURALS,
  PLACE,
  PLACE_HEAD,
  PLATFORM_WORDS,
  PORTFOLIO,
  PUBLIC,
  RELATIVE,
  REPEAT_ADVERB,
  SOURCE_ADJECTIVE,
  STATE,
  TIME,
  TIME_AFTER_FI,
  TITLE,
  UNNAMED,
  type VerbInfo,
  verbOf,
} from "./lexicon-index.ts";
import { fold, foldKey, type Tok } from "./text.ts";

export type SpeakerKind = "person" | "organization" | "group" | "outlet" | "agency" | "place" | "unknown";

export interface SpeakerPhrase {
  /** display name as written (quotes and tatweel removed) */
  name: string;
  role: string | null;
  kind: SpeakerKind;
  /** span of the name in the original text */
  start: number;
  end: number;
}

export interface Attribution {
  kind: "verb" | "according" | "impersonal" | "carried" | "none";
  lemma: string | null;
  stance: Stance;
  speaker: SpeakerPhrase | null;
  via: string[];
  /** character offset where the reported content starts (after the complementiser), if any */
  contentStart: number | null;
  quote: Span | null;
  /**
   * «وفق مذكرة اطلعت عليها وكالة فرانس برس»: the speaker is only the outlet that saw an unsigned document; a subject
   * the clause names itself («وقرر عويدات، وفق مذكرة …») is the document's author, the outlet its link
   */
  seenBy?: boolean;
  /**
   * the gender the report's verb is written in («وأضافت» f, «وأضاف» m), when clear: for a carried report, whom it
   * continues; for a named subject, how later subjectless verbs may refer back to it («وأضاف البيان» m, though its
   * issuer is a ministry)
   */
  gender?: Gender | null;
}

interface VerbHit {
  i: number;
  v: VerbInfo;
  /** token index where the content starts, or -1 */
  content: number;
  speaker: SpeakerPhrase | null;
  via: string[];
  explicit: boolean;
  impersonal: boolean;
  /** subject, verb, noun-phrase content (no complementiser): never a nested report inside other content */
  nominal?: boolean;
  /** a present-tense verb whose subject stands before it (المسؤولون يعتقدون أن …), or one whose content is an act
   * (طالبوا بتسوية …): inside another's content, what the speaker describes, not a report relayed through them */
  described?: boolean;
  /** the gender of the one a pronoun relays from («نقلت عنه الوكالة …»), which the carried speaker must take */
  relayedGender?: Gender;
}

/** «عنه/عنها/عنهم/عنهما» after a verb of relaying: from whom the words are relayed, folded. */
const RELAYED_FROM = /^عن(?:ه|ها|هم|هما)$/u;
/** «قوله/قولها/قولهم/قولهما»: the words relayed as the relayed one's own, folded. */
const SAID_BY = /^قول(?:ه|ها|هم|هما)$/u;

/**
 * A relaying verb's hit whose speaker is carried: the one «عنه/عنها» (`pronoun`) stands for, in its gender, with the
 * outlet that relayed the words as the link.
 */
function relayedHit(i: number, v: VerbInfo, content: number, relay: string, pronoun: Tok): VerbHit {
  const g = pronoun.f.slice(2);
  return {
    i,
    v,
    content,
    speaker: null,
    via: [relay],
    explicit: false,
    impersonal: false,
    ...(g === "ه" ? { relayedGender: "m" as const } : g === "ها" ? { relayedGender: "f" as const } : {}),
  };
}

const isWord = (t: Tok | undefined): t is Tok => !!t && (t.kind === "word" || t.kind === "latin");
const isComma = (t: Tok | undefined) => !!t && (t.f === "،" || t.f === "," || t.f === "؛");
const isStop = (t: Tok | undefined) => !!t && t.kind === "punct" && /^[.!?؟;؛…]$/u.test(t.f);
/** The full stop of an abbreviated title (د. / أ.), which ends no clause. */
const isAbbrevStop = (toks: readonly Tok[], k: number) => {
  const t = toks[k];
  const b = toks[k - 1];
  if (t?.f !== "." || !b || b.end !== t.start) return false;
  // (and the initials of a name: «ك. ج. أبراهام»)
  if (b.kind === "word" && b.f.length === 1) return true;
  // «يو.بي.إس»، «جيه.بي مورغان»: a dot glued between two words abbreviates a name
  const n = toks[k + 1];
  return isWord(b) && isWord(n) && n.start === t.end;
};
const hasAl = (f: string) => /^(?:[وفبلك]?ال|لل)../u.test(f);
const stripW = (f: string) => (f.length > 3 && (f[0] === "و" || f[0] === "ف") ? f.slice(1) : f);

function clean(s: string): string {
  return s
    .replace(/["“”«»„‟″]/gu, "")
    .replace(/\u0640/gu, "")
    .replace(/\(\s*\)/gu, "")
    .replace(/[\s\u00a0]+/gu, " ")
    .replace(/^[\s،,:\-–]+|[\s،,:\-–]+$/gu, "")
    .trim();
}

function textOf(text: string, toks: readonly Tok[], a: number, b: number): string {
  if (a > b || !toks[a] || !toks[b]) return "";
  return clean(text.slice((toks[a] as Tok).start, (toks[b] as Tok).end));
}

/** Index of the quote that closes the quote opened at `k`, or -1. */
function closingQuote(toks: readonly Tok[], k: number, end: number): number {
  // a quotation longer than 400 tokens is treated as unclosed (keeps the work linear on pathological input)
  for (let j = k + 1; j < Math.min(end, k + 400); j++) {
    const t = toks[j] as Tok;
    if (t.kind === "quote" && t.q !== "open") return j;
  }
  return -1;
}

function quoteIsContent(toks: readonly Tok[], k: number, verbIdx: number, end: number): boolean {
  const prev = toks[k - 1];
  if (k - 1 === verbIdx) {
    // «أعلن "المجلس الاجتماعي" لسوق الجمعة التوصل …»، «أكدت "الهيئة العليا" أن …»: a short quoted name right after
    // the verb, carried on by a genitive «لـ…» or by «أن», is the subject, not the words said
    const c = closingQuote(toks, k, end);
    const next = c > 0 ? toks[c + 1] : undefined;
    const vi = verbOf((toks[verbIdx] as Tok).f);
    // («أحصى «المرصد السوري لحقوق الإنسان» 11 قتيلاً»: a body's full name, quoted, may run longer)
    const head = toks[k + 1];
    const body = c > 0 && c - k - 1 <= QUOTED_BODY_WORDS && isWord(head) && ORG_HEAD.has(head.f);
    const named =
      c > 0 &&
      (c - k - 1 <= 3 || body) &&
      next !== undefined &&
      isWord(next) &&
      // (or by «عن»: «نقلت «رويترز» عن مسؤول …»، «أعربت «الهيئة» عن قلقها»)
      (COMP.has(next.f) ||
        next.f === "عن" ||
        // (or by the preposition the verb takes its content with: «وأشار «أكسيوس» إلى أن …»، «وشددت «حماس» على …»)
        (next.f === "الي" && TO_CONTENT.has(vi?.lemma ?? "")) ||
        // («ورحّب «حزب الله» بخطوات عويدات»: or by what is welcomed, praised, condemned or demanded, with «بـ»)
        (/^ب[^ا]../u.test(next.f) && ["رحب", "أشاد", "ندد", "طالب", "تعهد", "توعد"].includes(vi?.lemma ?? "")) ||
        (next.f === "علي" && STRESSING.has(vi?.lemma ?? "")) ||
        (/^ل.{3,}/u.test(next.f) && !/(?:ه|ها|هم|هن|كم|نا)$/u.test(next.f)) ||
        // (or by the act reported with «بـ»: «وأفاد "مراسلنا" باستهداف …»)
        REPORTED_EVENT.test(next.f) ||
        ACT_NOUN.test(next.f) ||
        // (or by the source one learned from: «وعلمت «الشرق الأوسط» من مصادر مطلعة أن …»)
        (next.f === "من" && verbOf((toks[verbIdx] as Tok).f)?.lemma === "علم") ||
        // (or by a time: «أعلنت «الدعم السريع» أمس (الخميس) القبض على …»)
        TIME.has(next.f));
    // («وقال "الأبيض"؛ في مؤتمر صحافي، إن …»: some outlets set a quoted name off with a semicolon)
    const semicolon = c > 0 && c - k - 1 <= 3 && next?.f === "؛";
    // («وأوضحت «أرامكو»، في إفصاح …، أن …»: or by an aside set off by a comma, with «أن» after it)
    // («وأوضحت «أسبيدس» في بيان أن …»: or by where it was said)
    const opensAside =
      isComma(toks[c + 1]) || ["في", "عبر", "خلال"].includes((toks[c + 1] as Tok | undefined)?.f ?? "");
    // («وقال «عيسى» في مداخلة هاتفية …، «نحن مستعدون …»»: or the words said come as a quotation after a comma)
    const asideThenThat =
      c > 0 &&
      c - k - 1 <= 3 &&
      opensAside &&
      toks
        .slice(c + 2, end)
        .some(
          (w, j) =>
            (isWord(w) && COMP.has(w.f)) ||
            w.f === ":" ||
            (w.kind === "quote" && w.q === "open" && isComma(toks[c + 1 + j])),
        );
    // «وأرجعت «مراقبون» العزوف إلى …»: after a transitive verb, a quoted word or two then a definite object
    // («وأعلنت «طيران الإمارات» استئناف الرحلات»: after a verb of announcing, any noun after the quoted name)
    const subjectOfTransitive =
      c > 0 &&
      (c - k - 1 <= 2 || body) &&
      (vi?.transitive === true || vi?.lemma === "أعلن") &&
      ((isWord(next) &&
        (/^ال.{3,}/u.test(next.f) || (vi?.lemma === "أعلن" && next.f.length >= 4)) &&
        !COMP.has(next.f)) ||
        // (or a figure counted: «أحصى «المرصد» 11 قتيلاً»)
        (body && next?.kind === "number"));
    return !named && !subjectOfTransitive && !asideThenThat && !semicolon;
  }
  if (prev && (prev.f === ":" || isComma(prev) || prev.f === "-" || prev.f === "–")) return true;
  if (prev && COMP.has(prev.f)) return true;
  // «أعلن X حالة الطوارئ، وذلك «لضمان …»»: a quotation after «وذلك» gives the purpose or manner of the act, not
  // the words of a report
  if (prev && /^و?ذلك$/u.test(prev.f)) return false;
  const c = closingQuote(toks, k, end);
  const words = (c < 0 ? end : c) - k - 1;
  if (prev && (prev.f === "ب" || prev.f === "ل" || prev.f === "ال")) return false;
  // («وقال الرئيس الأميركي «الرئيس عون يحظى بثقتي»، مضيفاً …»: three words or more that close the clause are the
  // words said; a quoted name goes on into the sentence)
  const after = c < 0 ? undefined : toks[c + 1];
  const closesClause = c >= 0 && (after === undefined || c + 1 >= end || isComma(after) || isStop(after));
  // («وقالت X في مؤتمر صحفي "نحن قلقون جداً"»: after the occasion or channel of the words, a quotation that
  // closes the clause is the words said, however far from the verb)
  if (words >= 2 && closesClause && occasionBefore(toks, k)) return true;
  // a short quoted name after a noun or prefix (بـ"قوات …"، موقع "تويتر") is part of the phrase
  // («وأحصى المرصد … مقتل 1068 مدنيا منذ الخميس «على أيدي قوات الأمن»»: a quotation a few words after a figure
  // counted by the verb says who or what was counted, not the words said)
  // (a figure in brackets is an aside on the speaker, not a count: «وقال عبد القدوس (32 عاماً) "…"»)
  let open = -1;
  if (prev?.f === ")") for (let m = k - 2; m > verbIdx && m >= k - 6 && open < 0; m--) if (toks[m]?.f === "(") open = m;
  // (and closes the subject: a quotation that closes the clause after it is the words said)
  if (open >= 0 && words >= 2 && closesClause) return true;
  for (let m = k - 1; m > verbIdx && m >= k - 4; m--) {
    if (open >= 0 && m >= open) continue;
    if ((toks[m] as Tok).kind === "number") return false;
  }
  // («وهتف المتظاهرون «ارحلوا»»: what a crowd chants, however short, right after it)
  if (verbOf((toks[verbIdx] as Tok).f)?.lemma === "هتف" && k - verbIdx <= 4) return true;
  // (right after the subject: a short quote far from the verb qualifies what comes before it)
  return words > 4 || (words >= 3 && closesClause && k - verbIdx <= 5);
}

/** The noun just before k (or before its adjective in -ي/-ية) names an occasion or channel of words (مؤتمر صحفي). */
function occasionBefore(toks: readonly Tok[], k: number): boolean {
  const said = (t: Tok | undefined) =>
    isWord(t) &&
    (OCCASION.has(stripW(t.f)) || CHANNEL.has(stripW(t.f)) || /^(?:مؤتمر|لقاء|مداخله)$/u.test(stripW(t.f)));
  const prev = toks[k - 1];
  if (said(prev)) return true;
  return isWord(prev) && /(?:ي|يه)$/u.test(prev.f) && said(toks[k - 2]);
}

/** Finds where the reported content of the verb at `i` starts. */
/**
 * «وقال الوزير أحمد علي إن …»، «وأكد محمد علي أن …»: «علي» spelt with its ya before a clause of content is the
 * given name ending the subject, not the preposition «على» opening it, when «إن» follows (a preposition takes «أنّ»)
 * or a bare personal name stands before it.
 */
function aliBeforeContent(text: string, toks: readonly Tok[], i: number, k: number): boolean {
  const t = toks[k] as Tok;
  if (text.slice(t.start, t.end) !== "علي" || k - 1 <= i) return false;
  const nx = toks[k + 1] as Tok;
  if (text.charAt(nx.start) === "إ") return true;
  const prev = toks[k - 1];
  return nameLike(prev as Tok) && bareNameWord(prev);
}

/** Verbs whose content follows «إلى» (أشار إلى، لفت إلى، دعا إلى، ألمح إلى), by lemma. */
const TO_CONTENT = new Set(["أشار", "لفت", "دعا", "ألمح"]);

/** The statements a source gave, standing for its words after «نقل عن» («تصريحات أكد فيها أن …»), folded. */
const STATEMENTS_GIVEN = /^تصريح(?:ات|ا)$/u;

/**
 * A word that can only be part of a bare personal name: no article, and no place, title, body's head, unnamed
 * source or verb («سامي»، «بارنييه»; not «الوزير»، «وزير»، «مصدر»، «قال»).
 */
function bareNameWord(w: Tok | undefined): w is Tok {
  return (
    isWord(w) &&
    !hasAl(w.f) &&
    !PLACE.has(w.f) &&
    !TITLE.has(w.f) &&
    !ORG_HEAD.has(w.f) &&
    !UNNAMED.has(w.f) &&
    verbOf(w.f) === undefined
  );
}

function findContent(
  toks: readonly Tok[],
  i: number,
  v: VerbInfo,
  end: number,
  text: string,
): { k: number; content: number; source: number } {
  let source = -1;
  const lim = Math.min(end, i + 50);
  const n1 = toks[i + 1];
  const subjectless =
    isComma(n1) || (isWord(n1) && (/^ل[^ا]/u.test(n1.f) || (REGION_PREPOSITIONS.has(n1.f) && !imam(text, n1))));
  let paren = 0;
  for (let k = i + 1; k < lim; k++) {
    const t = toks[k] as Tok;
    // («وقال "الأبيض"؛ في مؤتمر صحافي، إن …»: a semicolon setting off a quoted name right after the verb ends nothing)
    const nameSemicolon = t.f === "؛" && k - i <= 5 && toks[k - 1]?.kind === "quote";
    if (isStop(t) && !isAbbrevStop(toks, k) && !nameSemicolon) break;
    // («رئيس إدارة الكوارث (آفاد) X»: a bracketed name or acronym is no verb, whatever it spells)
    if (t.f === "(") paren++;
    else if (t.f === ")") paren = Math.max(0, paren - 1);
    if (paren > 0 && isWord(t) && k - i <= 30) continue;
    // («وقالت شبكة سي إن إن الأمريكية، إن …»: a known name's words are no complementiser or verb)
    const known = t.kind === "word" && k > i + 1 ? knownAt(toks, k, lim) : null;
    if (known && known.len > 1 && COMP.has(t.f) === false) {
      k += known.len - 1;
      continue;
    }
    if (t.kind === "word") {
      // («… قبل أن يقع انفجار»، «بعد أن وصلت»: «أن» after a preposition of time opens a time clause, not content)
      if (COMP.has(t.f) && !/^[وف]?(?:قبل|بعد|منذ)$/u.test((toks[k - 1] as Tok | undefined)?.f ?? ""))
        return { k, content: k, source };
      const nx = toks[k + 1];
      if (
        CONTENT_PREP.has(t.f) &&
        t.f !== "عن" &&
        nx &&
        COMP.has(nx.f) &&
        !(t.f === "علي" && aliBeforeContent(text, toks, i, k))
      )
        return { k, content: k + 1, source };
      // مشيراً إلى "…"، حذّر من "…": a preposition right after the verb (or its subject) introducing a quotation
      if (CONTENT_PREP.has(t.f) && nx && nx.kind === "quote" && nx.q !== "close") return { k, content: k + 1, source };
      // («فأفادت، نقلاً عن أشخاص مطلعين، بأن …»: the «عن» of a relay opens no content)
      // («أفاد تقرير صادر عن الصندوق أن …»: the «عن» of an issuer opens no content either)
      // («علمت الصحيفة من مصادر مطلعة أن …»: «من» after the one who learned opens the source, as «عن» does after «نقل»;
      // so does «إلى» after the one who ascribes: «ونسبت صحيفة «…» إلى مصادر مطلعة القول إن …»)
      if (((v.lemma === "علم" && t.f === "من") || (v.lemma === "نسب" && t.f === "الي")) && source < 0 && k > i + 1) {
        source = k;
        continue;
      }
      // («نقلت الصحيفة عن مصدر أمني تصريحات أكد فيها أن …»: the statements the source gave hold the content, past the
      // verb that describes them)
      if (v.lemma === "نقل" && source >= 0 && k > source + 1 && STATEMENTS_GIVEN.test(t.f)) {
        for (let m = k + 1; m < Math.min(lim, k + 6); m++) {
          const w = toks[m] as Tok;
          if (isStop(w)) break;
          if (w.kind === "word" && COMP.has(w.f)) return { k: m, content: m, source };
        }
      }
      // («ونقلت وكالة «سانا» عن مصدر أمني العثور على جثامين …»، «نقلت رويترز عن مصدر أمني مقتل ثلاثة جنود»: the event
      // relayed, a verbal noun right after the source's phrase, is the content)
      if (
        v.lemma === "نقل" &&
        source >= 0 &&
        k > source + 1 &&
        isWord(t) &&
        (RELAYED_EVENT.test(t.f.replace(/^ال(?=...)/u, "")) || RELAYED_STANCE.test(t.f)) &&
        // (where the source's phrase ends: an indefinite source before a definite event ends there too)
        (npEnd(toks, source + 1, end) === k ||
          (hasAl(t.f) && k - source <= 5 && isWord(toks[k - 1]) && !hasAl((toks[k - 1] as Tok).f)))
      )
        return { k, content: k, source };
      if (
        t.f === "عن" &&
        !/^و?نقلا$/u.test((toks[k - 1] as Tok | undefined)?.f ?? "") &&
        !ISSUED.test((toks[k - 1] as Tok | undefined)?.f ?? "")
      ) {
        if (v.lemma === "نقل" && source < 0) {
          source = k;
          continue;
        }
        if (["تحدث", "أفاد", "كشف", "أعرب", "عبر", "دافع", "أبلغ", "اعتذر"].includes(v.lemma))
          return { k, content: k + 1, source };
      }
      // («واعترض نواب من المعارضة على الجلسة»: what is objected to follows «على», past the subject)
      if (v.lemma === "اعترض" && t.f === "علي" && k > i + 1 && nx && isWord(nx)) return { k, content: k + 1, source };
      // («وافقت جماعة الحوثي أمس على السماح بقطر الناقلة»: what a body agrees to follows «على»)
      if ((v.lemma === "وافق" || v.lemma === "أبقى") && t.f === "علي" && k > i + 1 && nx && isWord(nx))
        return { k, content: k + 1, source };
      // («وشقيقهم الرابع يتبرأ من فعلتهم»: what is disowned follows «من»)
      if (v.lemma === "تبرأ" && t.f === "من" && nx && isWord(nx)) return { k, content: k + 1, source };
      // «وسأل النائب عمّا إذا كان …»، «وتساءل مراقبون عن جدوى …»، «متسائلاً: هل …»: what is asked is the content
      if (v.lemma === "تساءل" && QUESTION_OPENERS.has(t.f) && k > i + 1) return { k, content: k, source };
      // «تشير بيانات الوزارة إلى ما يزيد على ثلاثة آلاف وفاة»، «ولفتت الداخلية إلى تجنيد …»: what a source points
      // or draws attention to is its content; so is what a call is for («ودعا الوزير الأهالي إلى تطعيم أبنائهم»)
      // (a figure too: «وكانت مصادر طبية قد أشارت مساء أمس إلى 18 وفاة»)
      if (t.f === "الي" && TO_CONTENT.has(v.lemma) && nx && (isWord(nx) || (nx as Tok).kind === "number"))
        return { k, content: k + 1, source };
      // «وشدد رئيس الحكومة على ضرورة عدم السماح بإغلاق الحقول»، «أكد على أهمية الحوار»: what one insists on
      // (right after the verb and its subject, with no comma between: not «… متعهداً …، وعرضها على رئيس الوزراء»)
      if (
        t.f === "علي" &&
        STRESSING.has(v.lemma) &&
        !(nx && COMP.has(nx.f) && aliBeforeContent(text, toks, i, k)) &&
        // (or after an aside between two commas on the subject: «فيما شددت النائبة X، المرأة الوحيدة في المجلس،
        // على أهمية …»)
        stressedAfter(toks, i, k) &&
        isWord(nx) &&
        !PLACE.has(nx.f) &&
        !nx.f.startsWith("ل")
      )
        return { k, content: k + 1, source };
      // («شكك مراقبون في دلالة النسبة»، «قلل قيادي، طلب عدم ذكر اسمه، من تأثير المقاطعة»: what is doubted or
      // played down follows its preposition)
      // (and right after a present verb whose definite subject stands before it: «والشابي يشكك في الأرقام»،
      // «والمعارضة تشكك في …»)
      const subjectBefore =
        k === i + 1 &&
        /^[يت]/u.test((toks[i] as Tok).f) &&
        isWord(toks[i - 1]) &&
        /^و?ال../u.test((toks[i - 1] as Tok).f) &&
        !FUNC.has(stripW((toks[i - 1] as Tok).f));
      if (
        DOUBTED_AFTER.get(v.lemma) === t.f &&
        ((k > i + 1 && stressedAfter(toks, i, k)) || subjectBefore) &&
        isWord(nx) &&
        !PLACE.has(nx.f)
      )
        return { k, content: k + 1, source };
      // «فطالبت، في بث مباشر، بإعلان شغور المنصب»: what is demanded follows ب (not «في بغداد»); so does the figure
      // of an estimate («وقدّر المسؤول عدد الحجاج بنحو 400 ألف»)
      // (so does what is pledged, «وتعهّد X بمحاسبة …», or ordered, «وجّه المحافظ X بإخلاء الجرحى»: an act's noun)
      if (
        (v.lemma === "طالب" ||
          v.lemma === "أمر" ||
          // (and what one is accused of: «وتتهم المنظمة السلطات … بمواصلة القمع»)
          (v.lemma === "اتهم" && k > i + 2) ||
          v.lemma === "تعهد" ||
          v.lemma === "توعد" ||
          // (and what is welcomed or praised: «ورحب الأمين العام X بالتفاهمات …»)
          // (right after a subjectless verb too, «كما رحبت بنشر بعثة …»: a subject never opens with a glued «بـ»)
          // (and what is noted with praise: «ونوّه معاليه بالدعم …»)
          ((v.lemma === "رحب" || v.lemma === "أشاد" || v.lemma === "نوه") &&
            (k > i + 1 || (!GIVEN_NAME.has(t.f) && !KNOWN_FIRST.has(t.f) && !PLACE.has(t.f.slice(1))))) ||
          v.lemma === "هدد" ||
          v.lemma === "لوح" ||
          // (and what a crowd chants for or against: «وهتف المتظاهرون بسقوط الحكومة»)
          (v.lemma === "هتف" && k > i + 1) ||
          // (and what one advises: «ونصح المشاط الشركات الأجنبية بمغادرة إسرائيل»)
          (v.lemma === "نصح" && k > i + 1) ||
          // (and what is condemned: «وتندد عائلات الضحايا ومنظمات حقوقية بتدخلات سياسية …»)
          (v.lemma === "ندد" && k > i + 1) ||
          (v.lemma === "برر" && k > i + 2) ||
          (v.lemma === "وجه" && orderedAct(t.f)) ||
          (v.lemma === "قدر" && !v.impersonal && k > i + 2) ||
          // (and what is reported: «أفادت لجان المقاومة بمقتل 20 شخصاً»)
          (v.lemma === "أفاد" && k > i + 1 && (REPORTED_EVENT.test(t.f) || heardOrSeen(toks, k))) ||
          // (and what is believed to have happened: «الشركة المشغلة تعتقد بوفاة شخص»)
          (v.lemma === "اعتقد" && REPORTED_EVENT.test(t.f)) ||
          // (and what is admitted, past the subject: «وأقرّ كاكداك بوجود روايتين»، «واعترف الوزير بصعوبة الوضع»)
          ((v.lemma === "أقر" || v.lemma === "اعترف") &&
            k > i + 1 &&
            k - i <= ADMITTED_REACH &&
            (REPORTED_EVENT.test(t.f) || ACT_NOUN.test(t.f) || /^ب[^ا].{2,}ه$/u.test(t.f)) &&
            !GIVEN_NAME.has(t.f) &&
            !KNOWN_FIRST.has(t.f))) &&
        // (or «بما …»: «ونوّه الوزير بما تحقق من إنجازات»، «ورحب بما توصل إليه الطرفان»)
        // (and an estimate's figure after «بما»: «وقدّر أبو الرب عدد العائلات … بما بين 2500 و3000 عائلة»)
        (/^ب.{3,}/u.test(t.f) ||
          // (or «بـ» written apart before a quotation: «يتهم «القوات» بـ«القتل المتعمد»»)
          // (right after a verb of stance too, its subject carried: «…، ثم رحّب بـ«حكومة الإصلاح والإنقاذ»»)
          (t.f === "ب" &&
            (k > i + 1 || TAKES_BI.has(v.lemma)) &&
            toks[k + 1]?.kind === "quote" &&
            toks[k + 1]?.q !== "close") ||
          (t.f === "بما" && k > i + 1 && ["رحب", "أشاد", "نوه", "ندد"].includes(v.lemma)) ||
          (t.f === "بما" &&
            v.lemma === "قدر" &&
            k > i + 2 &&
            ESTIMATE_AFTER.test((toks[k + 1] as Tok | undefined)?.f ?? ""))) &&
        !COMP.has(t.f) &&
        !PLACE.has(t.f.slice(1)) &&
        !PLACE.has(t.f) &&
        !NOT_AN_ACT.has(t.f) &&
        !["في", "من", "الي", "علي", "عن"].includes((toks[k - 1] as Tok | undefined)?.f ?? "")
      )
        return { k, content: k, source };
      // («وأثنى الوزير على جهود الفرق»، «وعلق الوزير على التصريحات …»: what is praised or commented on after «على»
      // past the subject is the content)
      if (
        (v.lemma === "أثنى" || v.lemma === "علق" || v.lemma === "شكر") &&
        t.f === "علي" &&
        k > i + 1 &&
        text.slice(t.start, t.end) === "على" &&
        isWord(nx)
      )
        return { k, content: k + 1, source };
      // («حذّر X، المتحدث باسم المركز، من هطول أمطار غزيرة»: what one warns of, an indefinite noun after «من» past
      // the subject, is the content; «من» before a body or a place belongs to the subject: «مسؤول من الوزارة»)
      // (only after an aside closed by a comma, or a bare personal name: «وحذر المتحدث X سكان الجنوب من التوجه …»
      // names the warned before «من»)
      if (
        v.stance === "warns" &&
        t.f === "من" &&
        k > i + 2 &&
        (isComma(toks[k - 1]) ||
          (k - i <= 4 &&
            !hasAl((toks[i + 1] as Tok).f) &&
            toks.slice(i + 1, k).every((w) => isWord(w) && nameLike(w) && !TITLE.has(w.f) && !PUBLIC.has(w.f)))) &&
        isWord(nx) &&
        !hasAl(nx.f) &&
        !ORG_HEAD.has(nx.f) &&
        !PLACE.has(nx.f) &&
        !UNNAMED.has(nx.f) &&
        !knownAt(toks, k + 1, end)
      )
        return { k, content: k + 1, source };
      // («واعتبر الوزير القرار خطأً كبيراً»، «اعتبر المجلس استهدافه «انتهاكاً صارخاً»»: what something is deemed, in
      // the accusative after its subject and object, is the content)
      // (not the passive «واعتُبرت العملية اختباراً …», written with its damma)
      if (
        v.lemma === "اعتبر" &&
        k > i + 2 &&
        isWord(toks[k - 1]) &&
        deemedAt(text, toks, k) &&
        !text.slice((toks[i] as Tok).start, (toks[i] as Tok).end).includes("\u064F")
      )
        return { k, content: k, source };
      // («ووصف الوزير الزيارة بالتاريخية»: what something is called, after its subject and object, is the content;
      // so is a quoted name after a bare «بـ»: «… عدم انعقاد الجلسة بـ«العرقلة المتعمدة»»)
      if (
        v.lemma === "وصف" &&
        k > i + 2 &&
        (/^بال.{3,}/u.test(t.f) || (t.f === "ب" && toks[k + 1]?.kind === "quote")) &&
        !PLACE.has(t.f.slice(1)) &&
        !TIME.has(t.f.slice(1)) &&
        isWord(toks[k - 1]) &&
        !isComma(toks[k - 1])
      )
        return { k, content: k, source };
      // («دان X الهجوم، ووصفه بأنه …»: a verb carrying its object's pronoun after a comma opens a clause of its own)
      if (isComma(toks[k - 1]) && /^و/u.test(t.f) && verbOf(t.f) === undefined) {
        const own = verbWithObject(t.f.slice(1));
        if (own && !own.noun && !own.participle) break;
      }
      // («رئيس «آفاد»»: a lone quoted word is a name, whatever verb it spells)
      // (and so is a short quoted title after its noun: «ببرنامج «رأي عام»»)
      const opened = toks[k - 1]?.kind === "quote";
      const quotedWord =
        (opened && toks[k + 1]?.kind === "quote") || (opened && toks[k - 1]?.q !== "close" && titleAfterNoun(toks, k));
      const w = quotedWord ? undefined : verbOf(t.f);
      // «ونفى X ما قاله Y عن Z، مؤكداً أنه …»: a participle after a comma opens its own clause; its «أنه» is not ours
      if (w?.participle && isComma(toks[k - 1]) && k > i + 1) break;
      // (and so does «، واصفةً الهجوم بأنه …», which characterises what came before without a report of its own)
      // («انتقد معارضون توقيت الزيادة، معتبرين أن …»: and so does a participle in the plural)
      if (isComma(toks[k - 1]) && k > i + 1 && (/^واصف(?:ا|ه|ين|ان)?$/u.test(t.f) || PARTICIPLE_PLURALS.has(t.f)))
        break;
      // («قال X عبر الهاتف»: «عبر» is mostly the preposition; «قرار رفع الفائدة» a noun: no second verb)
      if (
        w &&
        !w.noun &&
        !w.participle &&
        !NOT_A_SECOND_REPORT.has(w.lemma) &&
        !relativeVerb(toks, k) &&
        !(w.lemma === "تحدث" && (anonymityAside(toks, k) || toldAfter(toks, k, end, text) !== null)) &&
        k > i + 1 &&
        !(toks[k - 1] && NEG.has((toks[k - 1] as Tok).f)) &&
        // («وأضاف لرويترز، من المدينة التي نقل إليها جثمان والده: "…"»: after a subjectless verb, what stands before
        // the content is adjuncts; a relative clause's verb there is no second report)
        !(subjectless && toks[k - 1] && RELATIVE.has((toks[k - 1] as Tok).f))
      ) {
        // a second reporting verb before any content: this one has none of its own (unless it is SV: X قال إن)
        break;
      }
    } else if (t.f === ":") {
      return { k, content: k + 1, source };
    } else if (t.kind === "quote" && t.q !== "close" && quoteIsContent(toks, k, i, end)) {
      return { k, content: k, source };
    }
  }
  return { k: -1, content: -1, source };
}

/**
 * A verb at k that qualifies the indefinite noun before it, with a pronoun after a preposition going back to it
 * («بأحدث أرقام كشف عنها العاملون»، «وثيقة نشر فيها …»): a relative clause, no report of its own.
 */
function relativeVerb(toks: readonly Tok[], k: number): boolean {
  const prev = toks[k - 1];
  const next = toks[k + 1];
  return (
    isWord(prev) &&
    !hasAl(prev.f) &&
    verbOf(prev.f) === undefined &&
    !COMP.has(prev.f) &&
    !FUNC.has(prev.f) &&
    isWord(next) &&
    // («إضراباً عاماً دعا إليه الاتحاد الجهوي»: and «إليه» too)
    /^(?:عن|في|ب|ل|من|علي|الي)(?:ه|ها|هم|هما)$/u.test(next.f) &&
    // (with an agent of its own right after, or whom it was sent to: «رسالة بعث بها إلى …»; «بتعليق قال فيه إن …»،
    // «خطاب تحدث فيه عن …» report for the main clause's subject)
    isWord(toks[k + 2]) &&
    (hasAl((toks[k + 2] as Tok).f) || /^(?:الي|لي|من|مع)$/u.test((toks[k + 2] as Tok).f)) &&
    !COMP.has((toks[k + 2] as Tok).f)
  );
}

/**
 * «صدر عن المديرية العامة للدفاع المدني البيان الآتي: «…»»: a statement issued by a body, its words after the colon,
 * are the body's.
 */
function issuedStatement(text: string, toks: readonly Tok[], from: number, to: number): Attribution | null {
  const v = toks[from];
  if (!isWord(v) || !/^و?صدر$/u.test(v.f) || (toks[from + 1] as Tok | undefined)?.f !== "عن") return null;
  for (let k = from + 3; k < Math.min(to, from + 16); k++) {
    const w = toks[k] as Tok;
    if (!isWord(w) || !/^(?:ال)?بيان$/u.test(w.f)) continue;
    let c = k + 1;
    if (isWord(toks[c]) && /^(?:ال)?(?:تالي|اتي)$/u.test((toks[c] as Tok).f)) c++;
    if ((toks[c] as Tok | undefined)?.f !== ":") return null;
    const speaker = parseRegion(text, toks, from + 2, k - 1, []);
    if (!speaker) return null;
    return {
      kind: "verb",
      lemma: "أعلن",
      stance: "asserts",
      speaker,
      via: ["بيان"],
      contentStart: (toks[c + 1] as Tok | undefined)?.start ?? null,
      quote: quoteSpan(toks, c + 1, to, speaker),
    };
  }
  return null;
}

/** A known outlet or wire glued to «لـ» («لهسبريس»، «لرويترز»), folded. */
function knownOutletAfterLam(f: string): boolean {
  return KNOWN_FIRST.has(f.slice(1));
}

/** Adjuncts inside a speaker region: times, addressees (لـ"العربي الجديد"، لوكالة فرانس برس), channels, platforms. */
function adjunctAt(
  toks: readonly Tok[],
  k: number,
  end: number,
  text: string,
): { via: string | null; skipTo: number } | null {
  const t = toks[k] as Tok;
  if (!isWord(t)) return null;
  const f = t.f;
  const nx = toks[k + 1];
  if ((TIME.has(f) || TIME.has(stripW(f))) && !timeAsName(toks, k)) return { via: null, skipTo: end };
  // («اعتبر عام 2008 أن …»، «وقال الوزير عام 2008 إن …»: a year after its word is a time, never a name)
  if (/^(?:عام|العام|سنه|السنه)$/u.test(stripW(f)) && nx?.kind === "number") return { via: null, skipTo: end };
  // an aside; a poll or interview by an outlet names that outlet as the link (استطلعت رويترز آراءهم)
  if (ASIDE.has(f))
    return { via: /^استطلع|^قابلت|^التقت/u.test(f) ? (knownAt(toks, k + 1, end)?.name ?? null) : null, skipTo: end };
  // («وكان المجلس الرئاسي، برئاسة محمد المنفي، قد أصدر …»: chaired or led by someone, an aside on the body)
  if (/^و?ب(?:رياسه|قياده)$/u.test(f)) return { via: null, skipTo: end };
  // طلب عدم نشر اسمه، فضّل عدم الكشف عن هويته
  if (ANON_VERB.has(f) && nx && ANON_OBJECT.has(nx.f)) return { via: null, skipTo: end };
  // («وقال الوزير X أمام البرلمان إن …»، «فليتشر أمام مجلس الأمن: …»: before whom the words were said, written with
  // the hamza above; «إمام» below is a title)
  if (f === "امام" && text.slice(t.start, t.end).replace(/^[وف]/u, "").startsWith("أ") && isWord(nx))
    return { via: null, skipTo: end };
  // («مصدر عسكري تحدث لرويترز»، «مسؤول، تحدث شرط عدم كشف هويته،»: speaking to an outlet, or on condition of
  // anonymity, is an aside on the source; the outlet told is the link)
  if (/^تحدث(?:ت)?$/u.test(f) && isWord(nx)) {
    const told = toldAfter(toks, k, end, text);
    if (told !== null || anonymityAside(toks, k)) return { via: told, skipTo: end };
  }
  // («وقال الوزير X على الفور إن …»: at once, right after the name)
  if (f === "علي" && t.maqsura && isWord(nx) && /^(?:الفور|الاثر|عجل)$/u.test(nx.f))
    return { via: null, skipTo: k + 2 };
  // («وتعهد الرئيس X من جهته بـ…»: on his part, after the name)
  if (f === "من" && isWord(nx) && /^(?:جهت|جانب|ناحيت|طرف)(?:ه|ها|هم|هما)$/u.test(nx.f))
    return { via: null, skipTo: k + 2 };
  // قبيل انطلاق الحملة، عقب الاجتماع، غداة الهجوم: a time adjunct, never part of a name
  if (TIME_PREPOSITIONS.has(f) && nx && isWord(nx)) return { via: null, skipTo: end };
  // «لدى وصوله إلى …»، «لدى خروجها من …»: upon an act of the speaker's own (a role «لدى الأمم المتحدة» is no act)
  if (f === "لدي" && isWord(nx) && !hasAl(nx.f) && /(?:ه|ها|هم)$/u.test(clean(text.slice(nx.start, nx.end))))
    return { via: null, skipTo: end };
  // خلال ندوة تثقيفية، على هامش القمة: the occasion of the words (also with a pronoun: «خلال مداخلته»)
  if (
    ["في", "خلال", "اثناء", "علي", "وخلال"].includes(f) &&
    nx &&
    (OCCASION.has(nx.f) ||
      OCCASION.has(nx.f.replace(/^ال/u, "")) ||
      (isWord(nx) && ownedForms(nx.f).some((x) => OCCASION.has(x) || CHANNEL.has(x))))
  )
    return { via: null, skipTo: end };
  // («وعبر الإزيرجاوي بحسب الصحيفة الرسمية، عن استغرابه …»: a paper or a wire credited inside the subject's region
  // is the link the words came through)
  if (/^(?:بحسب|حسب|وفق|وفقا)$/u.test(f) && isWord(nx)) {
    // («وذكرت مصادر فلسطينية بحسب ما نشرته وكالة معا أن …»: the outlet after «ما» and the verb of publishing)
    if (nx.f === "ما" && isWord(toks[k + 2]) && verbWithObject((toks[k + 2] as Tok).f) !== undefined) {
      for (let j = k + 3; j < end; j++) {
        const o = knownAt(toks, j, end);
        if (o && o.type !== "person") return { via: o.name, skipTo: end };
        const w = toks[j] as Tok;
        if (isWord(w) && (OUTLET_HEAD.has(w.f) || OUTLET_HEAD.has(w.f.replace(/^ال/u, "")))) {
          let e = j;
          while (e + 1 < end && isWord(toks[e + 1])) e++;
          return { via: clean(text.slice(w.start, (toks[e] as Tok).end)), skipTo: end };
        }
      }
      return { via: null, skipTo: end };
    }
    const known = knownAt(toks, k + 1, end);
    const head = nx.f.replace(/^ال/u, "");
    if (known && known.type !== "person") return { via: known.name, skipTo: end };
    if (OUTLET_HEAD.has(head) || OUTLET_HEAD.has(nx.f)) {
      // (up to a bracketed acronym: «وكالة الأنباء السعودية (واس)»)
      let e = k + 1;
      while (e + 1 < end && isWord(toks[e + 1])) e++;
      return { via: clean(text.slice(nx.start, (toks[e] as Tok).end)), skipTo: end };
    }
  }
  // («وأضاف X عبر برنامج نبض البلد الذي يقدمه …»: a broadcast programme the words went out on, not a name's part;
  // «برنامج الأغذية العالمي» is a body)
  if (f === "عبر" && isWord(nx) && (nx.f === "برنامج" || nx.f === "شاشه") && !knownAt(toks, k + 1, end))
    return { via: platformIn(toks, k + 2, end, text), skipTo: end };
  if (["في", "خلال", "منذ", "قبل", "بعد", "عقب", "اثناء", "عبر"].includes(f) && nx) {
    if (f !== "عبر" && (nx.kind === "number" || TIME.has(nx.f) || TIME_AFTER_FI.has(nx.f)))
      return { via: null, skipTo: end };
    if (CHANNEL.has(nx.f) || CHANNEL.has(nx.f.replace(/^ال/u, ""))) {
      const plat = platformIn(toks, k + 2, end, text);
      // «في مقابلة مع القناة 14 العبرية»، «في حديث لصحيفة …»: the outlet it was given to is the link
      const withOutlet =
        (toks[k + 2] as Tok | undefined)?.f === "مع"
          ? (knownAt(toks, k + 3, end)?.name ?? textOf(text, toks, k + 3, Math.min(end, k + 6) - 1))
          : null;
      // («في تصريح لقناة الجديد»: the outlet it was given to, named after ل, even with no quotes or known name)
      const after = toks[k + 2];
      const toldTo =
        isWord(after) && after.f.length > 3 && after.f.startsWith("ل") ? adjunctAt(toks, k + 2, end, text)?.via : null;
      return {
        via: plat ?? withOutlet ?? toldTo ?? clean(text.slice(nx.start, nx.end)).replace(/^ال/u, ""),
        skipTo: end,
      };
    }
  }
  // («حسابات على مواقع التواصل»، «مغردون على منصة X»: the platform of accounts or users names who speaks)
  const users = POSTERS.has((toks[k - 1] as Tok | undefined)?.f ?? "");
  // (a known platform or outlet, not any known name: «محمد علي الحوثي» is a name, «على الحوثيين» no platform)
  const medium = knownAt(toks, k + 1, end);
  if (
    (f === "علي" || f === "عبر") &&
    nx &&
    !users &&
    (PLATFORM_WORDS.has(nx.f) || (medium !== null && medium.type !== "organization" && medium.type !== "person"))
  ) {
    return { via: platformIn(toks, k + 1, end, text), skipTo: end };
  }
  // («للـLBCI»، «لـCNN»: an outlet in Latin letters told)
  if ((f === "ل" || f === "لل") && nx?.kind === "latin") {
    let e = k + 1;
    while (e + 1 < end && toks[e + 1]?.kind === "latin") e++;
    return { via: clean(text.slice(nx.start, (toks[e] as Tok).end)), skipTo: end };
  }
  // addressee: لـ"X"، لوكالة X، لصحيفة X، لرويترز
  if (f === "ل" && nx && (nx.kind === "quote" || knownAt(toks, k + 1, end))) {
    return { via: nameAfter(toks, k + 1, end, text), skipTo: end };
  }
  if (f.length > 2 && f[0] === "ل") {
    // للأناضول → الأناضول, لوكالة → وكالة
    const rest = f.startsWith("لل") ? `ال${f.slice(2)}` : f.slice(1);
    // «المستشار الإعلامي للوكالة عدنان أبو حسنة»: a definite head with no name after it is the role's genitive
    // («قال للتلفزيون الرسمي إن …»: right after the verb it is whom the words were given to)
    const pv = toks[k - 1];
    const afterVerb = isWord(pv) && verbOf(pv.f) !== undefined && !verbOf(pv.f)?.noun;
    // («في تصريح للتلفزيون الرسمي»، «في حديث للإذاعة الوطنية»: so is a definite outlet right after the statement)
    const afterChannel = isWord(pv) && CHANNEL.has(pv.f);
    const definiteAlone =
      f.startsWith("لل") && !knownAt(toks, k + 1, end) && nx?.kind !== "quote" && !afterVerb && !afterChannel;
    // «المفوض العام لوكالة الأونروا فيليب لازاريني»: a body in the genitive after a title, with the person's name
    // after it, is the role's, not an addressee
    const titleBefore =
      TITLE.has(stripW((toks[k - 1] as Tok | undefined)?.f ?? "")) ||
      TITLE.has((toks[k - 2] as Tok | undefined)?.f ?? "");
    // («لقناتي «العربية» و«الحدث»»: two channels, the dual in construct; the first one named is the link)
    const dual = !OUTLET_HEAD.has(rest) && OUTLET_HEAD.has(rest.replace(/تي$/u, "ه"));
    // («لوكالة تونس إفريقيا للأنباء»: a wire known by its full name, head and all, is named whole)
    const knownWhole = knownAfterPrefix(toks, k, end, rest);
    if (knownWhole && (knownWhole.type === "agency" || knownWhole.type === "outlet") && !titleBefore)
      return { via: knownWhole.name, skipTo: end };
    if ((OUTLET_HEAD.has(rest) || dual) && !definiteAlone && !(titleBefore && personAfterBody(toks, k + 1, end))) {
      const name = nameAfter(toks, k + 1, end, text);
      const raw = clean(text.slice(t.start, t.end));
      const head = raw.startsWith("لل") ? `ال${raw.slice(2)}` : raw.slice(1);
      if (dual) return { via: name ?? head, skipTo: end };
      return { via: name ? `${head} ${name}` : head, skipTo: end };
    }
    const known = KNOWN_NAMES.get(rest) ?? knownAfterPrefix(toks, k, end, rest);
    if (known && (known.type === "agency" || known.type === "outlet")) return { via: known.name, skipTo: end };
  }
  return null;
}

/**
 * «الطبيب صباح سامر»: a word of time (صباح، مساء) right after a title and before a name word is a given name, not
 * the time of the words («قال الوزير صباح الخميس» keeps its time).
 */
function timeAsName(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  const p = toks[k - 1];
  const n = toks[k + 1];
  return (
    isWord(t) &&
    TIME.has(t.f) &&
    isWord(p) &&
    TITLE.has(stripW(p.f)) &&
    isWord(n) &&
    nameLike(n) &&
    !hasAl(n.f) &&
    !TIME.has(n.f)
  );
}

/** Whether a body's name starting at k (known, or its defined words) is followed by a person's name of two words. */
function personAfterBody(toks: readonly Tok[], k: number, end: number): boolean {
  let g = k;
  const known = knownAt(toks, g, end);
  if (known) g += known.len;
  else while (g < end && isWord(toks[g]) && hasAl((toks[g] as Tok).f)) g++;
  return g > k && foreignName(toks, g, end);
}

/** A multi-word known name whose first word carries a prefix (لبي بي سي → بي بي سي). */
function knownAfterPrefix(
  toks: readonly Tok[],
  k: number,
  end: number,
  first: string,
): { name: string; type: string } | undefined {
  if (!KNOWN_FIRST.has(first)) return undefined;
  const words = [first];
  for (let j = k + 1; j < Math.min(end, k + MAX_KNOWN_WORDS); j++) {
    const w = toks[j] as Tok;
    if (!isWord(w)) break;
    words.push(w.f);
    const hit = KNOWN_NAMES.get(words.join(" "));
    if (hit) return hit;
  }
  return undefined;
}

function knownAt(toks: readonly Tok[], k: number, end: number): { name: string; len: number; type: string } | null {
  let j = k;
  if (toks[j]?.kind === "quote") j++;
  const t0 = toks[j];
  if (!t0) return null;
  // a clause-initial conjunction glued to the name (والدعم السريع تعلن …) is no part of it
  const firsts = [t0.f, ...(/^و..../u.test(t0.f) ? [t0.f.slice(1)] : [])];
  for (const first of firsts) {
    if (!(KNOWN_FIRST.has(first) || KNOWN_FIRST.has(first.replace(/^ال/u, "")))) continue;
    for (let n = Math.min(MAX_KNOWN_WORDS, end - j); n >= 1; n--) {
      const words: string[] = [];
      for (let m = j; m < j + n; m++) if (isWord(toks[m])) words.push(m === j ? first : (toks[m] as Tok).f);
      if (words.length !== n) continue;
      const hit = KNOWN_NAMES.get(words.join(" ")) ?? KNOWN_NAMES.get(words.join(" ").replace(/^ال/u, ""));
      if (hit) return { name: hit.name, len: j - k + n, type: hit.type };
    }
  }
  return null;
}

/** An outlet's head noun and its name in quotation marks («وكالة «أنباء العالم العربي»»، «صحيفة «الوطن»»). */
function quotedOutletAt(
  text: string,
  toks: readonly Tok[],
  k: number,
  end: number,
): { name: string; len: number; type: string } | null {
  const t = toks[k];
  if (!isWord(t) || !OUTLET_HEAD.has(t.f) || hasAl(t.f) || toks[k + 1]?.kind !== "quote") return null;
  const c = closingQuote(toks, k + 1, end);
  if (c <= k + 2 || c - k > 7) return null;
  return { name: clean(text.slice(t.start, (toks[c - 1] as Tok).end)), len: c - k + 1, type: "outlet" };
}

/** A quoted name or up to three following name words (stops at ل-prefixed words after two, times, commas). */
function nameAfter(toks: readonly Tok[], k: number, end: number, text: string): string | null {
  const t = toks[k];
  if (!t) return null;
  if (t.kind === "quote") {
    const c = closingQuote(toks, k, end);
    if (c > k + 1 && c - k <= 6) return textOf(text, toks, k + 1, c - 1);
  }
  const known = knownAt(toks, k, end);
  if (known) return known.name;
  let j = k;
  while (j < end && j < k + 3 && isWord(toks[j]) && !TIME.has((toks[j] as Tok).f) && !FUNC.has((toks[j] as Tok).f)) {
    if (j > k + 1 && (toks[j] as Tok).f.startsWith("ل")) break;
    j++;
  }
  return j > k ? textOf(text, toks, k, j - 1) : null;
}

function platformIn(toks: readonly Tok[], k: number, end: number, text: string): string | null {
  for (let j = k; j < Math.min(end, k + 6); j++) {
    const known = knownAt(toks, j, end);
    if (known) return known.name;
    const t = toks[j] as Tok;
    if (t.kind === "quote") return nameAfter(toks, j, end, text);
  }
  return null;
}

interface Part {
  toks: Tok[];
}

/** Accounts and users: a platform after them is part of who speaks, not where the words were posted. */
const POSTERS = new Set([
  "حسابات",
  "حساب",
  "مستخدمو",
  "مستخدمون",
  "مستخدمي",
  "مغردون",
  "مغردين",
  "رواد",
  "مدونون",
  "ناشطون",
]);

/** Adverbs pointing back to a time or place just named («خلاله»، «فيها»، «أثناءه»). */
const POINTING_BACK = new Set(["خلاله", "خلالها", "خلالهما", "اثناءه", "اثناءها", "فيه", "فيها", "حينها", "عندها"]);

/**
 * Words opening an aside on a name: «بصفته/بوصفها» (in the capacity of), «باسمه» (on his behalf), «بمن فيهم/بما
 * فيها» (including).
 */
const ASIDE_ON_NAME = /^(?:بصفت|بوصف|باسم)(?:ه|ها|هم|هما)$|^(?:بمن|بما)$/u;

/** A relative pronoun or a participle of broadcasting or publishing opening a description of what precedes, folded. */
const BROADCAST_RELATIVE = /^و?(?:الذي|التي|المذاع|المذاعه|المعروض|المعروضه|المنشور|المنشوره|المبثوث|المبثوثه)$/u;

/** Splits a speaker region into comma-separated parts, cutting each at its first adjunct; collects vias. */
/** Heads of an office that, after a titled personal name, open its holder's title (folded). */
const OFFICE_AFTER_NAME =
  /^(?:رييس|رييسه|نايب|نايبه|وزير|وزيره|القايم|مدير|مديره|امين|الامين|محافظ|سفير|قايد|مستشار|عضو)$/u;

function regionParts(toks: readonly Tok[], a: number, b: number, text: string, via: string[]): Part[] {
  const parts: Part[] = [];
  const afterAnna = /^(?:ان|لكن|ولكن|بان|لان)$/u.test((toks[a - 1] as Tok | undefined)?.f ?? "");
  let cur: Tok[] = [];
  let cut = false;
  let depth = 0;
  let partEnd = -1;
  for (let k = a; k <= b; k++) {
    const t = toks[k] as Tok;
    if (t.f === "(") {
      depth++;
      continue;
    }
    if (t.f === ")") {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (depth > 0) continue;
    if (isComma(t) || t.f === "-" || t.f === "–") {
      if (cur.length) parts.push({ toks: cur });
      cur = [];
      cut = false;
      continue;
    }
    // («السفير أحمد أبو زيد المتحدث باسم وزارة الخارجية»: a spokesman's title after a titled personal name, with no
    // comma, opens an apposition as a comma would)
    // («الدكتور مصطفى مدبولي القائم بأعمال رئيس الوزراء»، «الدكتور X رئيس الوزراء»: so does the head of an office
    // in construct after a personal name an honorific or a title opened)
    if (
      !cut &&
      cur.length >= 2 &&
      isWord(t) &&
      OFFICE_AFTER_NAME.test(t.f) &&
      isWord(toks[k + 1]) &&
      (t.f !== "القايم" || /^(?:باعمال|بالاعمال)$/u.test((toks[k + 1] as Tok).f)) &&
      (HONORIFICS.has((cur[0] as Tok).f) || TITLE.has((cur[0] as Tok).f)) &&
      cur.slice(1).every(
        (w: Tok, i) =>
          // («خالد عبد الغفار»: the second half of a compound name)
          (w.kind === "word" && hasAl(w.f) && /^(?:عبد|ابو|ابي)$/u.test((cur[i] as Tok).f)) ||
          (bareNameWord(w) && nameLike(w) && !PLACE_HEAD.has(w.f)),
      )
    ) {
      parts.push({ toks: cur });
      cur = [];
    }
    if (
      !cut &&
      cur.length >= 2 &&
      isWord(t) &&
      /^ال(?:متحدث|ناطق)(?:ه)?$/u.test(t.f) &&
      (toks[k + 1] as Tok | undefined)?.f.startsWith("باسم") === true &&
      // (after a title and a name, or a bare personal name of two or three words: «ميشيل بارنييه المتحدث باسم …»)
      // (a foreign family name may end like a relative adjective: «بارنييه»)
      ((TITLE.has((cur[0] as Tok).f) &&
        isWord(cur.at(-1)) &&
        nameLike(cur.at(-1) as Tok) &&
        !hasAl((cur.at(-1) as Tok).f)) ||
        (cur.length <= 3 && nameLike(cur[0] as Tok) && cur.every(bareNameWord)))
    ) {
      parts.push({ toks: cur });
      cur = [];
    }
    if (cut) {
      // («وكشف مصدر مسؤول بالمديرية لهسبريس أن …»: past the name's end, whom the words were given to is still the
      // link)
      if (isWord(t) && /^ل[^ل]/u.test(t.f) && (knownAt(toks, k, b + 1) || knownOutletAfterLam(t.f))) {
        let e = k;
        while (e <= b && !isComma(toks[e])) e++;
        const adj = adjunctAt(toks, k, e, text);
        const got = adj?.via;
        if (got && !via.some((x) => x.includes(got) || got.includes(x))) via.push(got);
      }
      continue;
    }
    // («وقالت X وهي تنتحب «…»»، «وقال X وهو يشير إلى …»: a circumstantial clause after the name says how he spoke)
    if (
      cur.length > 0 &&
      isWord(t) &&
      /^وه(?:و|ي|م|ن|ما)$/u.test(t.f) &&
      isWord(toks[k + 1]) &&
      // (or who the speaker is: «وقالت نسيمة وهي من سكان هرات إن …»)
      (/^[يت][^\sا]\S{1,6}$/u.test((toks[k + 1] as Tok).f) || (toks[k + 1] as Tok).f === "من")
    ) {
      cut = true;
      continue;
    }
    // «الأهلي المالية، بصفتها مدير الاكتتاب،»، «المديريات، بمن فيها حملة تبون،»: an aside on the name, set off by
    // commas, names no one else
    if (cur.length === 0 && isWord(t) && ASIDE_ON_NAME.test(t.f)) {
      cut = true;
      continue;
    }
    // («قال متحدث باسم المنظمة، مستشهداً بأحدث أرقام …، إن …»: a participle in the accusative opening a comma-part is
    // a circumstantial aside, not a name)
    if (
      cur.length === 0 &&
      k > a &&
      isComma(toks[k - 1]) &&
      isWord(t) &&
      /^م.{4,}ا$/u.test(t.f) &&
      /^(?:ب.{2,}|الي|علي|ان|بان)$/u.test((toks[k + 1] as Tok | undefined)?.f ?? "")
    ) {
      cut = true;
      continue;
    }
    // («… لبرنامج «مانشيت»، المذاع على قناة «أون تي في»،»، «…، الذي يعرض على فضائية …،»: a relative description of
    // the programme or channel before it names no one; the outlet it names is a link)
    if (cur.length === 0 && k > a && isComma(toks[k - 1]) && isWord(t) && BROADCAST_RELATIVE.test(t.f)) {
      for (let j = k + 1; j <= b && !isComma(toks[j]); j++) {
        const outlet = quotedOutletAt(text, toks, j, b + 1);
        if (outlet) {
          if (!via.includes(outlet.name)) via.push(outlet.name);
          break;
        }
      }
      cut = true;
      continue;
    }
    // («…، الممتدة من 4 إلى 10 ماي، …»، «…، الواقعة على ساحل البحر، …»: a definite adjective opening a comma-part
    // with a preposition after it describes the noun before the comma; it names no one)
    if (
      cur.length === 0 &&
      k > a &&
      isComma(toks[k - 1]) &&
      isWord(t) &&
      /^ال.{4,}$/u.test(t.f) &&
      /^(?:من|في|علي|الي|عن|حتي)$/u.test((toks[k + 1] as Tok | undefined)?.f ?? "") &&
      !TITLE.has(t.f) &&
      !ORG_HEAD.has(t.f) &&
      !UNNAMED.has(t.f) &&
      !OUTLET_HEAD.has(t.f) &&
      !MEMBER_NOUNS.has(t.f) &&
      knownAt(toks, k, b + 1) === null
    ) {
      cut = true;
      continue;
    }
    if (t.kind === "quote") {
      cur.push(t);
      continue;
    }
    // the end of the comma-part (computed once per part)
    if (partEnd < k) {
      partEnd = k;
      while (partEnd <= b && !isComma(toks[partEnd])) partEnd++;
    }
    // («الفريق أول السعيد شنقريحة»: a rank's grade is no time, «أول» though it spells)
    const adj = rankGrade(toks, k) ? null : adjunctAt(toks, k, partEnd, text);
    if (adj) {
      if (adj.via) via.push(adj.via);
      cut = true;
      continue;
    }
    // («عن خبراء متفجرات حللوا أكثر من 90 مقطعاً»، «شهود عيان تحدثوا …»: a verb in the plural after an unnamed
    // group opens a relative clause on it, no part of its name)
    if (cur.length > 0 && UNNAMED.has((cur[0] as Tok).f) && /^[^اوفل]\S{2,}وا$/u.test(t.f)) {
      cut = true;
      continue;
    }
    // («X كان قد أبلغ …»: the auxiliary after the subject is no part of it)
    // (not a name in quotation marks: «قناة "كان"»، the Israeli broadcaster)
    const quotedName =
      (toks[k - 1] as Tok | undefined)?.kind === "quote" && (toks[k + 1] as Tok | undefined)?.kind === "quote";
    // («وكان رئيس الوزراء X قد تفقد موقع الحريق …، ورأى …»: «قد» after the name opens the clause's own verb; the
    // name ends there)
    if (!quotedName && t.f === "قد" && cur.length > 0 && isWord(toks[k + 1]) && k + 1 <= b) {
      cut = true;
      continue;
    }
    if (!quotedName && (t.f === "قد" || t.f === "لقد" || ((t.f === "كان" || t.f === "كانت") && cur.length > 0)))
      continue;
    // («يوم من التأخير اتهم خلاله نتنياهو …»: «during which» after a relative verb points back; it names no one)
    if (cur.length === 0 && POINTING_BACK.has(t.f)) continue;
    // «وأفاد مصدر أمني فرانس برس بأن …»، «وأبلغ المتحدث X رويترز أن …»: an agency or paper named after a complete
    // phrase (its last word definite, an adjective or a name) is whom the words were given to, not part of the name
    // («وكالة فرانس برس»، «مراسل رويترز» keep it: a head in construct)
    // («وقال الوزير X للصحيفة إن …»، «… أبو سودة للوكالة الرسمية»: the medium told, definite, after a name)
    if (cur.length > 0 && isWord(t) && /^لل../u.test(t.f) && OUTLET_HEAD.has(`ال${t.f.slice(2)}`)) {
      const last = cur[cur.length - 1] as Tok;
      // (also after unnamed sources: «وقال مسؤولون للوكالة إن …»)
      if (isWord(last) && (nameLike(last) || hasAl(last.f) || UNNAMED.has(last.f) || SOURCE_ADJECTIVE.has(last.f))) {
        let e = k + 1;
        while (e < partEnd && isWord(toks[e]) && hasAl((toks[e] as Tok).f) && NISBA.test((toks[e] as Tok).f)) e++;
        // (not a role's genitive before the name: «المستشار الإعلامي للوكالة عدنان أبو حسنة»; a time after it is
        // when the words were given: «… كوليوند للتلفزيون الرسمي فجر الاثنين إنه …»)
        if (e >= partEnd || !isWord(toks[e]) || TIME.has((toks[e] as Tok).f)) {
          via.push(clean(`ال${text.slice(t.start + 2, (toks[e - 1] as Tok).end)}`));
          cut = true;
          continue;
        }
      }
    }
    if (cur.length > 0 && isWord(t)) {
      const known = knownAt(toks, k, partEnd) ?? quotedOutletAt(text, toks, k, partEnd);
      const last = cur[cur.length - 1] as Tok;
      const complete =
        isWord(last) &&
        (hasAl(last.f) ||
          SOURCE_ADJECTIVE.has(last.f) ||
          (/ي$/u.test(last.f) && !TITLE.has(last.f) && !ORG_HEAD.has(last.f) && !OUTLET_HEAD.has(last.f)));
      // («المملكة العربية السعودية»، «الجامعة العربية»: an outlet's one-word name agreeing with the definite word
      // before it is that word's adjective)
      const adjective = known?.len === 1 && hasAl(last.f) && hasAl(t.f) && agreesAfter(last.f, t.f);
      if (known && (known.type === "agency" || known.type === "outlet") && complete && !adjective) {
        // («قالت وكالة الأنباء السورية الرسمية سانا»: a wire's acronym after its own full name is the same wire)
        if (known.type === "agency" && isWord(cur[0]) && /^(?:ال)?وكاله$/u.test((cur[0] as Tok).f)) {
          cut = true;
          continue;
        }
        via.push(known.name);
        cut = true;
        continue;
      }
    }
    // «وقال في مداخلة تلفزيونية إن …»، «وقال، خلال زيارته …»: a part that opens with a preposition is an adjunct
    // of the verb (where, when, how it was said); a subject never starts with one
    // (so is one opening with «بحسب»، «وفق»: «وأمر الوزير X، بحسب بيان لمكتبه، بفتح …»)
    // (and so is one opening with ب glued to a place: «…، بالعاصمة الصينية بكين، إلى أن …»)
    // (and so is one opening with an adverb of response written without its tanween: «وردا على سؤال …، قال: …»)
    if (
      cur.length === 0 &&
      isWord(t) &&
      ((REGION_PREPOSITIONS.has(t.f) && !imam(text, t)) ||
        ACCORDING.has(t.f) ||
        atPlace(t.f) ||
        RESPONSE_ADVERB.test(t.f))
    ) {
      cut = true;
      continue;
    }
    // «طالبوا مراراً بإخراج …»، «وقال الوزير مجدداً إن …»: a word in the indefinite accusative (-اً) is an adverb or
    // an object, never a subject's name; it ends the name, or is passed over before one
    // (after «أنّ/لكنّ» the subject itself is in the accusative: «غير أن مسؤولاً أمنياً رفيعاً أكد …»)
    if (
      isWord(t) &&
      t.kind === "word" &&
      ACCUSATIVE_MARK.test(text.slice(t.start, t.end)) &&
      !(afterAnna && UNNAMED.has(t.f.replace(/ا$/u, "")) && cur.length === 0) &&
      !(afterAnna && cur.length > 0 && UNNAMED.has((cur[0] as Tok).f.replace(/ا$/u, "")))
    ) {
      if (cur.length > 0) cut = true;
      continue;
    }
    // «وتابع قائلاً: …»: a reporting participle is no name
    if (verbOf(t.f)?.participle) continue;
    // «قال فيها إن …»، «أكد له أن …»: a preposition with a pronoun names no one
    if (/^(?:في|من|عن|ل|ب|علي|الي)(?:ه|ها|هم|هما|هن)$/u.test(t.f)) continue;
    // («عن مصدر سياسي وصفته بالرفيع»: a verb describing the one just named, with its pronoun, ends the name)
    if (
      cur.length > 0 &&
      isWord(t) &&
      verbOf(t.f) === undefined &&
      DESCRIBED_AS.has(verbWithObject(t.f)?.lemma ?? "")
    ) {
      cut = true;
      continue;
    }
    // «… أبعد من ذلك»، «… بدوره»، «… أيضا»: an adverb ends the name, and so does a «بال» object (رحّب X بالهدنة)
    const afterName = cur.length > 0 && !hasAl((cur[cur.length - 1] as Tok).f);
    if (cur.length > 0 && (NAME_ENDERS.has(t.f) || (afterName && /^بال.{3,}/u.test(t.f) && !KNOWN_FIRST.has(t.f)))) {
      cut = true;
      continue;
    }
    if (t.kind === "number") {
      // («القناة الـ12 الإسرائيلية»، «القناة 13»: a channel's number is part of its name)
      const last = cur[cur.length - 1];
      const head = last?.f === "ال" ? cur[cur.length - 2] : last;
      if (isWord(head) && OUTLET_HEAD.has(head.f)) {
        cur.push(t);
        continue;
      }
      cut = true;
      continue;
    }
    // «وأعلن أردوغان في هاتاي أن …»: «في» after a bare personal name (no article, not a place, not a title or a
    // body's head) tells where the words were said; a person is not named by where he stands («مسؤول في الوزارة»،
    // «سكان في حلب»، «سفير روسيا في دمشق» keep theirs)
    const lastCur = cur[cur.length - 1];
    // («ممثل يونيسف في السودان X»: a known body after a title is whom the role serves, not a person's name)
    const knownBody = isWord(lastCur) && (knownAt(toks, k - 1, k)?.type ?? "person") !== "person";
    if (
      t.f === "في" &&
      isWord(lastCur) &&
      nameLike(lastCur) &&
      !knownBody &&
      !hasAl(lastCur.f) &&
      !PLACE.has(lastCur.f) &&
      // («مسؤولان في اللواء»: a dual or plural of an unnamed source is no name; a definite word after «في» is
      // more often the body one belongs to than a place)
      !UNNAMED.has(lastCur.f.replace(/(?:ان|ين|ون)$/u, "")) &&
      // («، وهو موظف في شركة …»: an apposition describing someone says where he works)
      !/^[وف]?(?:هو|هي|هم|هما)$/u.test((cur[0] as Tok).f) &&
      isWord(toks[k + 1]) &&
      (!hasAl((toks[k + 1] as Tok).f) || PLACE.has((toks[k + 1] as Tok).f)) &&
      cur.every((w) => isWord(w) && (nameLike(w) || TITLE.has(stripW(w.f)) || hasAl(w.f))) &&
      !cur.some((w) => ORG_HEAD.has(stripW(w.f)) || OUTLET_HEAD.has(stripW(w.f)) || PLACE.has(w.f)) &&
      isWord(toks[k + 1])
    ) {
      cut = true;
      continue;
    }
    cur.push(t);
  }
  if (cur.length) parts.push({ toks: cur });
  return parts.filter((p) => p.toks.some(isWord));
}

/** «ومبارك»، «ويوسف»: a second given name joined by و (not «والي»، «وزير»: a word in و of its own). */
function secondName(t: Tok | undefined): boolean {
  if (!isWord(t) || !/^و[^ا].{2,}$/u.test(t.f) || GIVEN_NAME.has(t.f) || hasAl(t.f.slice(1))) return false;
  return GIVEN_NAME.has(t.f.slice(1)) || (nameLike({ ...t, f: t.f.slice(1) }) && !PLACE.has(t.f.slice(1)));
}

function nameLike(t: Tok): boolean {
  const f = t.f;
  if (t.kind === "latin") return /^[a-z]/u.test(f);
  if (t.kind !== "word" || f.length < 2) return false;
  // plural and feminine relative adjectives (أميركيون، السوريين، الكردية) are descriptions, not names
  if (f.length >= 5 && /(?:يون|يين|يه|يات)$/u.test(f)) return false;
  const b = stripW(f);
  return !(
    TITLE.has(f) ||
    ORG_HEAD.has(f) ||
    UNNAMED.has(f) ||
    FUNC.has(f) ||
    TIME.has(f) ||
    CHANNEL.has(f) ||
    MEMBER_NOUNS.has(f) ||
    TITLE.has(b) ||
    UNNAMED.has(b) ||
    OUTLET_HEAD.has(f) ||
    verbOf(f) !== undefined ||
    f === "باسم" ||
    // («وأن جثثاً كثيرة يرجح أنها …»: adjectives of number describe, they never name)
    MANY.test(b) ||
    // («التقييم الأولي لبلادها»: a preposition glued to a noun with its pronoun is never a name)
    /^[لب].{3,}(?:ها|هم|هما)$/u.test(f) ||
    // («المعلومات المتوفرة لديه»: with him, never a name)
    /^(?:لدي|عند|مع)(?:ه|ها|هم|هما)$/u.test(f) ||
    // («لفائدة ضحايا الحرائق»، «لصالح المتضررين»: for whose benefit, never a name)
    /^و?ل(?:فايده|صالح|مصلحه)$/u.test(f)
  );
}

/**
 * Whether the words in [from, to) only say when («في وقت سابق»، «أمس»، «مساء الجمعة»): «وكانت الوكالة قد نقلت في
 * وقت سابق عن المتحدث … أن …» relays the spokesman as «نقلت عن» right after the verb does.
 */
function timeOnly(toks: readonly Tok[], from: number, to: number): boolean {
  if (to <= from || to - from > 4) return false;
  // («قد نقلت قبل الزيارة عن …»: before or after an event named by one definite word)
  if (to - from === 2 && /^(?:قبل|بعد|عقب|اثر)$/u.test(toks[from]?.f ?? "") && hasAl(toks[from + 1]?.f ?? ""))
    return true;
  for (let k = from; k < to; k++) {
    const w = toks[k] as Tok;
    if (!isWord(w) || !(TIME.has(w.f) || TIME_AFTER_FI.has(w.f) || /^(?:في|سابق|لاحق)$/u.test(w.f))) return false;
  }
  return true;
}

/** «نقل X من … إلى …» at i: «من» and «إلى» follow within ten words and no «عن» does. */
function transferAt(toks: readonly Tok[], i: number, to: number): boolean {
  let from = false;
  for (let k = i + 1; k < Math.min(to, i + 11); k++) {
    const f = (toks[k] as Tok).f;
    if (f === "عن" || /^عن(?:ه|ها|هم)$/u.test(f) || COMP.has(f)) return false;
    if (f === "من") from = true;
    else if (f === "الي" && from) return true;
  }
  return false;
}

/** Agreements and laws one acts in keeping with (folded, with or without «ل»): «وفق الاتفاق»، «وفقاً للقانون». */
const INSTRUMENT = /^(?:ل|لل|ال)?(?:اتفاق|اتفاقيه|قانون|دستور|بروتوكول|معاهده|ميثاق)$/u;

/** An agreement or a law at k, or a memorandum of understanding («مذكرة التفاهم»; a memorandum seen is a source). */
function instrumentAt(toks: readonly Tok[], k: number): boolean {
  const f = (toks[k] as Tok | undefined)?.f ?? "";
  if (INSTRUMENT.test(f)) return true;
  return /^(?:ل|لل|ال)?مذكره$/u.test(f) && /^(?:ال)?تفاهم$/u.test((toks[k + 1] as Tok | undefined)?.f ?? "");
}

/** Adjectives of number (folded, indefinite): كثيرة، عديدة، أخرى («كبير» may be a family name). */
const MANY = /^(?:كثير|كثيره|كثيرون|كثيرين|عديد|عديده|عديدون|عديدين|اخري|اخرون|اخرين)$/u;

/** Titles without the article that are given names as well (أمير، ملك). */
const TITLE_NAMES = new Set(["امير", "ملك"]);

/** «حسين أمير عبداللهيان»: «أمير» between a given name and a surname is a name, not a title. */
function titleAsName(ws: readonly Tok[], j: number): boolean {
  const w = ws[j] as Tok;
  const before = ws[j - 1];
  // («عبد الرحمن بن مساعد»: a title right after a lineage's «بن» is the father's name)
  if (before !== undefined && /^(?:بن|ابن|بنت)$/u.test(before.f) && TITLE.has(w.f) && !hasAl(w.f)) return true;
  // («وزير الاقتصاد أمين سلام»، «وقال أمير عبد اللهيان»: «أمين» and «أمير» are given names too, when a name follows
  // them and no role or title runs on into them: a secretary or a prince is «أمين عام …»، «أمير قطر»)
  if (
    GIVEN_TITLE.has(w.f) &&
    (before === undefined || hasAl(before.f) || TITLE.has(before.f)) &&
    isWord(ws[j + 1]) &&
    nameLike(ws[j + 1] as Tok) &&
    !hasAl((ws[j + 1] as Tok).f) &&
    !PLACE.has((ws[j + 1] as Tok).f)
  )
    return true;
  return TITLE_NAMES.has(w.f) && before !== undefined && nameLike(before) && !hasAl(before.f);
}

/** What an estimate is of (عدد، حصيلة، نسبة، حجم، قيمة، كلفة، خسائر), folded: it opens the object of «قدّر». */
const ESTIMATED = /^(?:عدد|اعداد|حصيله|نسبه|حجم|قيمه|كلفه|تكلفه|خساير|الخساير|العدد|الحصيله|النسبه|الكلفه|التكلفه)$/u;

/** What follows «بما» in an estimate's figure: «بما بين …»، «بما يقارب …»، «بما يزيد على …»، «بما لا يقل عن …» (folded). */
const ESTIMATE_AFTER = /^(?:بين|يقارب|يناهز|يزيد|يفوق|يتجاوز|يتراوح|لا|يصل|قدره)$/u;

/** Titles that are given names as well (folded). */
const GIVEN_TITLE = new Set(["امين", "امير"]);

/** A trailing personal name inside a phrase: `الرئيس الأمريكي دونالد ترامب` → دونالد ترامب. */
/** First halves of names compounded with «الله» (ذبيح الله، حمد الله، نصر الله، روح الله), folded. */
const THEOPHORIC = new Set(
  [
    "ذبيح",
    "حمد",
    "فتح",
    "نصر",
    "عطا",
    "جاد",
    "خير",
    "سعد",
    "فضل",
    "حسب",
    "ضيف",
    "رزق",
    "عوض",
    "حرز",
    "نعمة",
    "نعمت",
    "روح",
    "سيف",
    "حبيب",
    "عزت",
    "حشمت",
    "قدرت",
    "رحمت",
    "ثناء",
    "ضياء",
    "نور",
    "هبة",
    "عبيد",
    "جار",
  ].map(fold),
);

/**
 * First halves of given names compounded with «الدين» (نور الدين، عز الدين، محيي الدين، علاء الدين), folded. Some
 * are common words alone («خير»، «شرف»); only before «الدين» do they open a name.
 */
const DIN_FIRST = new Set(
  [
    "نور",
    "عز",
    "صلاح",
    "علاء",
    "بدر",
    "شمس",
    "سيف",
    "جمال",
    "نصر",
    "خير",
    "تاج",
    "حسام",
    "عماد",
    "زين",
    "سعد",
    "فخر",
    "محي",
    "محيي",
    "كمال",
    "بهاء",
    "ضياء",
    "شرف",
    "نجم",
    "سراج",
    "شهاب",
    "عصام",
    "برهان",
    "جلال",
    "نظام",
    "معين",
    "صدر",
    "ركن",
    "قطب",
  ].map(fold),
);

/**
 * «علي» at k inside a personal name («محمد علي الحوثي»، «أحمد علي عبد الله»): the given name Ali — written with its
 * ya, not the preposition «على» — when a bare name word or a family name in -ي follows it.
 */
function aliInside(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  const nx = toks[k + 1];
  return (
    isWord(t) &&
    t.f === "علي" &&
    !t.maqsura &&
    isWord(nx) &&
    nameLike(nx) &&
    !TIME.has(nx.f) &&
    (!hasAl(nx.f) || (/ي$/u.test(nx.f) && nx.f.length >= 5))
  );
}

/** «نور الدين»، «محيي الدين» at k: a given name of two words. */
function dinName(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  return isWord(t) && DIN_FIRST.has(t.f) && (toks[k + 1] as Tok | undefined)?.f === "الدين";
}

function trailingName(ws: readonly Tok[]): number {
  // («… الشيخ مشعل الأحمد الجابر الصباح»: a given name after a title or an honorific, and a lineage of three
  // definite names or more)
  let r = ws.length;
  while (r > 0 && isWord(ws[r - 1]) && hasAl((ws[r - 1] as Tok).f) && nameLike(ws[r - 1] as Tok)) r--;
  const given = ws[r - 1];
  const titled = ws[r - 2] !== undefined && (HONORIFICS.has((ws[r - 2] as Tok).f) || TITLE.has((ws[r - 2] as Tok).f));
  if (ws.length - r >= 3 && ws.length - r <= 4 && titled && given && nameLike(given) && !hasAl(given.f)) return r - 1;
  let j = ws.length - 1;
  let n = 0;
  while (j >= 0 && n < 4) {
    const w = ws[j] as Tok;
    if (j >= 1 && hasAl(w.f) && ws[j - 1]?.f === "عبد" && n > 0) {
      // عبد الأمير، عبد الله، عبد اللطيف: one given name, even when its second word is also a title
      j -= 2;
      n += 2;
      continue;
    }
    // («ذبيح الله مجاهد»، «حمد الله فطرت»، «حسن نصر الله»: a name compounded with «الله» is one name)
    if (j >= 1 && w.f === "الله" && THEOPHORIC.has((ws[j - 1] as Tok).f)) {
      j -= 2;
      n += 2;
      continue;
    }
    // («وزير الخارجية صلاح الدين الجورشي»، «محيي الدين سالم»: so is one compounded with «الدين»)
    if (j >= 1 && w.f === "الدين" && dinName(ws, j - 1)) {
      j -= 2;
      n += 2;
      continue;
    }
    // a regnal ordinal inside the name (إغناطيوس يوسف الثالث يونان)
    if (n > 0 && ORDINAL.has(w.f)) {
      j--;
      n++;
      continue;
    }
    // («… علي خامنئي»: a given name that folds like a preposition is a name when a name follows it; «محافظ بغداد محمد
    // …»: a place before the name is the role's)
    if (
      !nameLike(w) &&
      !(n > 0 && GIVEN_NAME.has(w.f) && FUNC.has(w.f)) &&
      !(n > 0 && timeAsName(ws, j)) &&
      !((n > 0 || /^(?:بن|ابن|بنت)$/u.test(ws[j - 1]?.f ?? "")) && titleAsName(ws, j))
    )
      break;
    if (n > 0 && PLACE.has(w.f)) break;
    // («حاكم إقليم دارفور مني أركو مناوي»: the word after a place's head is the place, however little known)
    // («ولاية شمال دارفور إبراهيم خاطر»: and after the head's compass point)
    const headAt = j >= 2 && /^(?:شمال|جنوب|شرق|غرب|وسط)$/u.test((ws[j - 1] as Tok).f) ? j - 2 : j - 1;
    if (n > 0 && headAt >= 0 && PLACE_HEAD.has((ws[headAt] as Tok).f) && !hasAl(w.f)) break;
    // («النائب عن صفاقس معز بركالله»: and the constituency after «عن» and a title)
    if (n > 0 && j >= 2 && (ws[j - 1] as Tok).f === "عن" && TITLE.has((ws[j - 2] as Tok).f) && !hasAl(w.f)) break;
    // («محافظ واسط محمد جميل المياحي»، «نائب محافظ كرمان رحمن جلالي»: so is the word after a governor's title)
    if (n > 0 && j >= 1 && TERRITORIAL.test((ws[j - 1] as Tok).f) && !hasAl(w.f) && !GIVEN_NAME.has(w.f)) break;
    // («مديرة مكتب المنظمة بتونس سلسبيل شلالي»: a place glued to ب says where the office is)
    if (n > 0 && atPlace(w.f)) break;
    // («المندوب الجهوي للسياحة بمدنين هشام المحواشي»: and so does any word glued to ب after a definite role word and
    // before a given name that opens a name of two words or more; «بنيامين نتنياهو»، «برهم صالح» are names)
    if (
      n >= 2 &&
      j >= 1 &&
      /^ب[^ا]\S{2,}$/u.test(w.f) &&
      !GIVEN_NAME.has(w.f) &&
      !KNOWN_FIRST.has(w.f) &&
      GIVEN_NAME.has((ws[j + 1] as Tok | undefined)?.f ?? "") &&
      hasAl((ws[j - 1] as Tok).f)
    )
      break;
    // («المدير الفني لمنتخب مصر»: a genitive glued to ل is the role's, never a personal name's)
    // (a head noun or a noun in م-, not a foreign name in ل: «لينارتشيتش»، «لورين»)
    const genitive = /^ل[^ال].{2,}$/u.test(w.f) ? w.f.slice(1) : "";
    if (
      genitive &&
      j > 0 &&
      !UNNAMED.has(genitive) &&
      !GIVEN_NAME.has(w.f) &&
      !KNOWN_FIRST.has(w.f) &&
      (ORG_HEAD.has(genitive) ||
        OUTLET_HEAD.has(genitive) ||
        PLACE.has(genitive) ||
        TITLE.has(genitive) ||
        /^م.{3,}$/u.test(genitive))
    )
      break;
    // («الفريق أول أحمد صالح»: a rank's grade belongs to the rank)
    if (n > 0 && rankGrade(ws, j)) break;
    // the word right after an indefinite organisation head names the organisation: في حركة حماس | أسامة حمدان
    // (a definite head is complete: رئيس الاتحاد | خالد مراد)
    // (and so does the word right after «باسم»: «نائب المتحدث باسم طالبان حمد الله فطرت»)
    const before = ws[j - 1];
    if (before && ((ORG_HEAD.has(before.f) && !hasAl(before.f)) || before.f === "باسم")) break;
    if (hasAl(w.f) && ws[j - 1]?.f === "عبد") {
      // عبد الأمير، عبد الله، عبد اللطيف: one name
      j -= 2;
      n += 2;
      continue;
    }
    // «محمد بن زايد آل نهيان»: the links of a lineage do not count towards the name's length
    if (NAME_LINKS.has(w.f) && n > 0 && j >= 1 && nameLike(ws[j - 1] as Tok)) {
      j--;
      continue;
    }
    // («الرئيس الحبيب بورقيبة»، «الفريق أول السعيد شنقريحة»: a given name written with the article opens the name)
    if (n > 0 && hasAl(w.f) && GIVEN_NAME.has(w.f)) {
      j--;
      n++;
      break;
    }
    if (hasAl(w.f)) {
      const p = ws[j - 1];
      // «عبد الأمير الشمري»: a definite word after عبد is part of the given name, even a title («الأمير»)
      const afterAbd = p !== undefined && hasAl(p.f) && ws[j - 2]?.f === "عبد";
      // («نور الدين الطبوبي»: and after a given name compounded with «الدين»)
      const afterDin = p !== undefined && p.f === "الدين" && dinName(ws, j - 2);
      const familyName =
        j === ws.length - 1 &&
        p &&
        (afterAbd ||
          afterDin ||
          (!hasAl(p.f) &&
            (nameLike(p) || GIVEN_NAME.has(p.f)) &&
            !PLACE.has(p.f) &&
            // («مصدر رفيع المستوى»: a source's adjective in construct with its noun is no given and family name)
            !SOURCE_ADJECTIVE.has(p.f) &&
            // (but a given name may open with them: «بشار الأسد»، «بسام الأحمد»)
            !(/^[لب]/u.test(p.f) && p.f.length >= 4 && !GIVEN_NAME.has(p.f)) &&
            !TITLE.has(p.f)));
      if (!familyName) break;
    }
    j--;
    n++;
  }
  const run = ws.slice(j + 1);
  if (run.length === 0) return ws.length;
  if (run.every((w) => PLACE.has(w.f) || hasAl(w.f))) return ws.length;
  // («سمو أمير منطقة الرياض»: a region is what the title governs, not a person's name)
  if (PLACE_HEAD.has((run[0] as Tok).f)) return ws.length;
  // («المسؤول في سلاح الجو»، «المسؤول في دار الإفتاء»: what follows «في» is where one serves, not one's name; in a
  // longer run the body's one-word name comes first: «القيادي في حماس أسامة حمدان»)
  if (j >= 1 && (ws[j] as Tok).f === "في") return run.length >= 3 ? j + 2 : ws.length;
  return j + 1;
}

/** Opponents and critics in the plural (folded), which describe a plural before them («نواب معارضون»). */
const OPPONENTS = /^(?:معارض|منتقد)(?:ون|ين)$/u;

function leadingName(ws: readonly Tok[]): number {
  let j = 0;
  while (j < ws.length && j < 4 && nameLike(ws[j] as Tok) && !hasAl((ws[j] as Tok).f)) j++;
  if (j === 0 || j === ws.length) return j;
  const nx = ws[j] as Tok;
  // («نواب معارضون»: opponents and critics after a plural are what it is, not a new subject)
  const adjectival = OPPONENTS.test(nx.f);
  if (TITLE.has(nx.f) || TITLE.has(stripW(nx.f)) || nx.f === "من" || (UNNAMED.has(nx.f) && !adjectival)) return j;
  // a family name with the article after the given names (عبد الله الثاني، محمد شياع السوداني) then a title
  if (hasAl(nx.f) && j + 1 < ws.length && TITLE.has((ws[j + 1] as Tok).f)) return j + 1;
  return 0;
}

function spanText(text: string, ws: readonly Tok[]): string {
  if (ws.length === 0) return "";
  return clean(text.slice((ws[0] as Tok).start, (ws[ws.length - 1] as Tok).end));
}

function kindOfPhrase(ws: readonly Tok[]): SpeakerKind | null {
  const f0 = (ws[0] as Tok).f;
  const known = knownAt(ws, 0, ws.length);
  if (known && known.len === ws.length) {
    const k = KNOWN_NAMES.get(ws.map((w) => w.f).join(" "))?.type;
    if (k === "agency" || k === "outlet") return k;
    return "organization";
  }
  if (OUTLET_HEAD.has(f0)) return OUTLET_HEAD.get(f0) === "agency" ? "agency" : "outlet";
  if (ORG_HEAD.has(f0) || known) return "organization";
  if (UNNAMED.has(f0) || pluralTitle(f0)) return "group";
  // («عدد من المحافظين»، «بعض النواب»: a share of a group of people speaks as that group)
  if (SHARE_OF.has(f0) && (ws[1]?.f === "من" || !COUNTED_SHARE.has(f0))) {
    const g = ws[1]?.f === "من" ? ws[2] : ws[1];
    const bare = g?.f.replace(/^ال/u, "") ?? "";
    if (isWord(g) && hasAl(g.f) && (/(?:ين|ون)$/u.test(bare) || UNNAMED.has(bare))) return "group";
  }
  // («نواب معارضون»: a plural described as opponents or critics is a group)
  if (ws.length === 2 && OPPONENTS.test((ws[1] as Tok).f) && !hasAl(f0)) return "group";
  return null;
}

/** A title in the sound plural with the article («المحافظون»، «المسؤولين»), folded. */
function pluralTitle(f: string): boolean {
  const m = /^ال(.{3,})(?:ون|ين)$/u.exec(f);
  return m !== null && (TITLE.has(m[1] as string) || TITLE.has(`ال${m[1]}`));
}

/** The end of «المحافظون» or «عدد من المحافظين» at k (a plural title, or a share of one), else k. */
function pluralTitleEnd(toks: readonly Tok[], k: number): number {
  const t = toks[k];
  if (!isWord(t)) return k;
  if (pluralTitle(t.f)) return k + 1;
  if (
    SHARE_OF.has(t.f) &&
    (toks[k + 1] as Tok | undefined)?.f === "من" &&
    isWord(toks[k + 2]) &&
    pluralTitle((toks[k + 2] as Tok).f)
  )
    return k + 3;
  return k;
}

/** Words for a share of a group (عدد من، بعض، عشرات من، غالبية …), folded. */
const SHARE_OF = new Set(["عدد", "بعض", "عشرات", "مئات", "غالبيه", "معظم", "اغلب", "عده"]);
/** Shares that count, and so need «من» before the group («عدد من المحافظين»; «عدد السكان» is a measure). */
const COUNTED_SHARE = new Set(["عدد", "عشرات", "مئات", "عده"]);

/** How many words of an organisation phrase belong to its name (head + definite/place/ل-genitive modifiers). */
function orgExtent(ws: readonly Tok[]): number {
  const known = knownAt(ws, 0, ws.length);
  let j = known ? known.len : 1;
  // an indefinite organisation head names what follows (منظمة أطباء بلا حدود، حركة حماس)
  if (!known && !hasAl((ws[0] as Tok).f) && ORG_HEAD.has((ws[0] as Tok).f) && ws[1] && !hasAl((ws[1] as Tok).f)) {
    while (j < ws.length && j < 5 && (nameLike(ws[j] as Tok) || FUNC.has((ws[j] as Tok).f)) && !hasAl((ws[j] as Tok).f))
      j++;
    // («مركز عمليات طوارئ الصحة العامة»: a chain of indefinite nouns in construct down to a definite one)
    if (j === 1) {
      let m = 1;
      // (not past an unnamed source, a quoted name, or a measured or verbal noun that opens the object)
      while (
        m < ws.length &&
        m < 5 &&
        isWord(ws[m]) &&
        !hasAl((ws[m] as Tok).f) &&
        !PLACE.has((ws[m] as Tok).f) &&
        !verbOf((ws[m] as Tok).f) &&
        !UNNAMED.has((ws[m] as Tok).f) &&
        !MEASURED_OBJECT.test((ws[m] as Tok).f) &&
        !VERBAL_NOUN.test((ws[m] as Tok).f) &&
        !DENIED_OBJECT.has((ws[m] as Tok).f)
      )
        m++;
      const w = ws[m];
      if (m > 1 && w !== undefined && hasAl(w.f) && !FUNC.has(w.f) && !PLACE.has((ws[m - 1] as Tok).f)) j = m;
      // («مكتب رئيس حكومة إقليم كردستان مسرور بارزاني»: an office's chain may end on a place, and the office-holder's
      // name follows it)
      else if (m > 1 && w !== undefined && PLACE.has(w.f) && OFFICE_HEAD.test((ws[0] as Tok).f)) {
        j = m + 1;
        const holder = ws[j];
        if (holder && (GIVEN_NAME.has(holder.f) || foreignName(ws, j, ws.length)))
          j = personalNameEnd(ws, j, ws.length);
      }
    }
  }
  if (!known && OUTLET_HEAD.has((ws[0] as Tok).f)) {
    // صحيفة نيويورك تايمز، وكالة فرانس برس: the outlet's own name follows its head, often without the article
    const k2 = knownAt(ws, 1, ws.length);
    if (k2) j = 1 + k2.len;
    else if (/ات$/u.test((ws[0] as Tok).f)) {
      // («منصات إخبارية محلية»: outlets in the plural are described, not named)
      while (j < ws.length && j < 4 && NISBA.test((ws[j] as Tok).f) && !hasAl((ws[j] as Tok).f)) j++;
    } else {
      // («موقع سودان تريبيون»، «ميدل إيست آي»: a foreign paper's name may end in «-يون» or the letter «آي»)
      const foreignPart = (w: Tok) =>
        w.kind === "word" && j >= 2 && (/^[^ا]\S{2,}يون$/u.test(w.f) || w.f === "اي") && !COMP.has(w.f);
      while (
        j < ws.length &&
        j < 4 &&
        (nameLike(ws[j] as Tok) || foreignPart(ws[j] as Tok)) &&
        !hasAl((ws[j] as Tok).f)
      )
        j++;
      // («إذاعة عبرية»، «قناة محلية»: an indefinite outlet described by a relative adjective)
      if (j === 1 && !hasAl((ws[0] as Tok).f))
        while (j < ws.length && j < 3 && NISBA.test((ws[j] as Tok).f) && !hasAl((ws[j] as Tok).f)) j++;
    }
  }
  while (j < ws.length) {
    const w = ws[j] as Tok;
    const nx = ws[j + 1];
    // («وطالبت المنظمة السلطات بفتح …»، «وحثت المنظمة الحقوقية المانحين على …»: a definite word that cannot qualify
    // the definite word before it is the verb's object)
    const pw = ws[j - 1] as Tok | undefined;
    // (only right after the head or its relative adjective: «وزارة العمال المهاجرين» and a genitive «للانتخابات» go on)
    if (
      pw &&
      /^ال/u.test(w.f) &&
      (ORG_HEAD.has(pw.f) || NISBA.test(pw.f)) &&
      /^ال/u.test(pw.f) &&
      !agreesAfter(pw.f, w.f)
    )
      break;
    const ok =
      (/^ال/u.test(w.f) && !FUNC.has(w.f) && !/^(?:الذي|التي|الذين)$/u.test(w.f) && !KNOWN_AS.test(w.f)) ||
      /^لل/u.test(w.f) ||
      // («الجهاز المركزي للتعبئة العامة والإحصاء»، «المجلس الأعلى للثقافة والفنون»: a second field joined by و to the
      // genitive a body is «for»)
      (/^وال../u.test(w.f) && j >= 2 && ws.slice(1, j).some((x) => /^لل/u.test(x.f))) ||
      PLACE.has(w.f) ||
      (/^ل[^ل]/u.test(w.f) && nx !== undefined && /^ال/u.test(nx.f));
    // («المكتب الإعلامي لحركة حماس»، «الجناح العسكري لجماعة …»: ل + a body's indefinite head, then its name)
    // (after a head with its adjective at least: «وقالت الهيئة لمنظمة الصحة …» is whom it told)
    if (!ok && j >= 2 && /^ل[^ل]../u.test(w.f) && ORG_HEAD.has(w.f.slice(1)) && !hasAl(w.f.slice(1)) && isWord(nx)) {
      j += 2;
      while (j < ws.length && j < 8 && nameLike(ws[j] as Tok) && !hasAl((ws[j] as Tok).f)) j++;
      continue;
    }
    if (!ok) {
      // مكتب الناطق الرسمي باسم القوات المسلحة: «باسم» after a spokesperson noun names whom the office speaks for
      if ((w.f === "باسم" || w.f === "بإسم") && isWord(nx) && ws.slice(0, j).some((x) => SPOKES.has(x.f))) {
        j += 2;
        continue;
      }
      break;
    }
    j++;
  }
  // «السلطات في جاكرتا»، «الحكومة في طرابلس»: a bare definite head is named by the place it sits in
  if (j === 1 && !known && hasAl((ws[0] as Tok).f) && ws[1]?.f === "في" && ws[2] && PLACE.has((ws[2] as Tok).f)) j = 3;
  return j;
}

/** «المعروف/المعروفة (باسم)»: what a body is known as follows its name, never part of it (folded). */
const KNOWN_AS = /^المعروف(?:ه|ين|ون)?$/u;

/** Prepositions and relative words that describe an unnamed group rather than end in a personal name. */
const GROUP_DESCRIBERS = new Set(["في", "علي", "من", "قرب", "داخل", "الواقعه", "المقيمين", "المقيمون", "الذين"]);

/** Spokesperson nouns after which «باسم X» belongs to the name of an office (مكتب الناطق الرسمي باسم …). */
const SPOKES = new Set(["الناطق", "المتحدث", "الناطقه", "المتحدثه", "متحدث", "ناطق"]);

/** A part that is a title with its person's name after it («وزير الصحة السوداني هيثم محمد إبراهيم»). */
function titledName(ws: readonly Tok[]): boolean {
  const tn = trailingName(ws);
  return TITLE.has((ws[0] as Tok).f) && tn > 0 && tn < ws.length && GIVEN_NAME.has((ws[tn] as Tok).f);
}

/** Turns the parts of a speaker region into a name, a role and a kind. */
/** A compass point, as a noun or an adjective, folded («شمال»، «جنوبي»، «شرقا»، «وشمال»). */
const COMPASS = /^و?(?:شمال|جنوب|شرق|غرب)(?:ي|ا)?$/u;

function nameAndRole(text: string, parts: Part[]): SpeakerPhrase | null {
  const wordsOf = (p: Part) => p.toks.filter(isWord);
  const all = parts.map(wordsOf).filter((w) => w.length > 0);
  if (all.length === 0) return null;
  // a part that is entirely a personal name (after an honorific: «، الدكتور موسى عابد،»)
  for (const ws of all) {
    const w0 = (ws[0] as Tok).f;
    // («، الفريق أول عبد الفتاح البرهان،»: a rank with its grade)
    const lead = rankGrade(ws, 1) ? 2 : 1;
    // (and a profession in apposition: «مدير المستشفى، الطبيب أحمد علي،»)
    if (
      ws.length >= lead + 2 &&
      all.length > 1 &&
      (HONORIFICS.has(w0) || TITLE.has(w0)) &&
      trailingName(ws.slice(lead)) === 0 &&
      kindOfPhrase(ws.slice(lead)) === null
    )
      ws.splice(0, lead);
  }
  // («مصدر في محافظة خراسان الجنوبية، شرقي إيران، أن …»: a compass point before a place locates; it names no one)
  const pureIdx = all.findIndex(
    (ws) => ws.length <= 4 && trailingName(ws) === 0 && kindOfPhrase(ws) === null && !COMPASS.test((ws[0] as Tok).f),
  );
  // («وأعلن وزير الصحة X في 17 آب، في مقطع مصور بثته وزارته، تفشي وباء الكوليرا «…»»: when the first part is
  // already a title with its person's name, a later bare part is what was announced, not an apposition)
  // (a one-word part after a hyphen is the rest of a double name: «كريستيانا بارسوني-أرسيدياكونو»)
  const laterPhrase = pureIdx > 0 && (all[pureIdx] as Tok[]).length >= 2 && titledName(all[0] as Tok[]);
  if (pureIdx >= 0 && all.length > 1 && !laterPhrase) {
    const ws = all[pureIdx] as Tok[];
    const role = all
      .filter((_, i) => i !== pureIdx)
      .map((w) => spanText(text, w))
      .join("، ");
    return {
      name: spanText(text, ws),
      role: role || null,
      kind: "person",
      start: (ws[0] as Tok).start,
      end: (ws[ws.length - 1] as Tok).end,
    };
  }
  const ws = all[0] as Tok[];
  const extraRole = all
    .slice(1)
    .map((w) => spanText(text, w))
    .join("، ");
  const withRole = (r: string | null) => (r && extraRole ? `${r}، ${extraRole}` : r || extraRole || null);
  // the phrase of a name span, with the words around it as its role
  const phraseOf = (name: readonly Tok[], role: readonly Tok[], kind: SpeakerKind): SpeakerPhrase => ({
    name: spanText(text, name),
    role: withRole(spanText(text, role)),
    kind,
    start: (name[0] as Tok).start,
    end: (name[name.length - 1] as Tok).end,
  });
  const f0 = (ws[0] as Tok).f;
  // «تقدير متحفظ لمشروع بيانات …»: a document noun, its adjectives, then the source with ل: the source speaks
  if (DOCUMENT.has(f0) && ws.length > 2) {
    let j = 1;
    while (j < ws.length - 1 && !hasAl((ws[j] as Tok).f) && !/^ل/u.test((ws[j] as Tok).f)) j++;
    const lw = ws[j] as Tok;
    // («وفق حصيلة جديدة للوزارة»: or with the article, «لل» + a body, which is then named with «ال»)
    const definite = /^لل.{3,}/u.test(lw.f) && (ORG_HEAD.has(`ال${lw.f.slice(2)}`) || ORG_HEAD.has(lw.f.slice(2)));
    if (j <= 3 && ((/^ل[^ل]/u.test(lw.f) && lw.f.length > 3) || definite)) {
      const rest = ws.slice(j);
      const last = rest[rest.length - 1] as Tok;
      const name = text.slice(lw.start + 1, last.end);
      return {
        name: clean(definite ? `ا${name}` : name),
        role: withRole(spanText(text, ws.slice(0, j))),
        kind: "organization",
        start: lw.start + 1,
        end: last.end,
      };
    }
  }
  // («بحسب معلومات خاصة بـ"المدن"»: information given to a paper alone is the paper's)
  if (DOCUMENT.has(f0) && ws.length >= 3 && (ws[1] as Tok).f === "خاصه" && /^ب/u.test((ws[2] as Tok).f)) {
    const w2 = ws[2] as Tok;
    const rest = w2.f === "ب" ? ws.slice(3) : ws.slice(2);
    if (rest.length > 0) {
      const first = rest[0] as Tok;
      const last = rest[rest.length - 1] as Tok;
      const start = w2.f === "ب" ? first.start : first.start + 1;
      return { name: clean(text.slice(start, last.end)), role: null, kind: "outlet", start, end: last.end };
    }
  }
  // figures or documents of a source speak for it: أرقام الأمم المتحدة، تقرير منظمة العفو
  if (DOCUMENT.has(f0) && ws.length > 1 && kindOfPhrase(ws.slice(1))) {
    const rest = ws.slice(1, 1 + orgExtent(ws.slice(1)));
    return phraseOf(rest, [ws[0] as Tok], kindOfPhrase(rest) ?? "organization");
  }
  // (and so do the latest or first of them: «أحدث أرقام الحكومة»، «آخر إحصاءات الوزارة»)
  if (
    ws.length > 2 &&
    /^(?:احدث|اخر|اول|ابرز)$/u.test(f0) &&
    DOCUMENT.has((ws[1] as Tok).f) &&
    kindOfPhrase(ws.slice(2))
  ) {
    const rest = ws.slice(2, 2 + orgExtent(ws.slice(2)));
    return phraseOf(rest, ws.slice(0, 2), kindOfPhrase(rest) ?? "organization");
  }
  // («وأكد بيان وزارة الصحة أن …»: a statement in construct with a body is the body's)
  if (CHANNEL.has(f0) && ws.length > 1 && kindOfPhrase(ws.slice(1)) === "organization") {
    const rest = ws.slice(1, 1 + orgExtent(ws.slice(1)));
    return phraseOf(rest, [ws[0] as Tok], "organization");
  }
  // members of a group speak for it: مقاتلو قوات سوريا الديمقراطية
  if (MEMBER_NOUNS.has(f0) && ws.length > 1 && kindOfPhrase(ws.slice(1))) {
    const rest = ws.slice(1);
    return phraseOf(rest, [ws[0] as Tok], "organization");
  }
  // «بيان صادر عن وزارة الصحة»، «تقرير صادر من …»: the body that issued it
  // («تقرير حديث صادر عن صندوق النقد»، «بيان صدر عن الجهاز المركزي …»: with an adjective or two between, or the
  // past verb)
  if (CHANNEL.has(f0) || DOCUMENT.has(f0)) {
    let m = 1;
    while (m < Math.min(ws.length - 2, 3) && !hasAl((ws[m] as Tok).f) && !ISSUED.test((ws[m] as Tok).f)) m++;
    if (ws.length > m + 2 && ISSUED.test((ws[m] as Tok).f) && /^(?:عن|من)$/u.test((ws[m + 1] as Tok).f)) {
      const rest = ws.slice(m + 2);
      return phraseOf(rest, ws.slice(0, m + 2), kindOfPhrase(rest) ?? "organization");
    }
  }
  // a channel word then ل+organisation: بيان للقوات → القوات
  if (CHANNEL.has(f0) && ws.length > 1 && /^ل/u.test((ws[1] as Tok).f)) {
    const rest = ws.slice(1);
    const first = rest[0] as Tok;
    const name = clean(`ا${text.slice(first.start + 1, (rest[rest.length - 1] as Tok).end)}`).replace(/^اال/u, "ال");
    return {
      name: /^ال/u.test(name) ? name : clean(text.slice(first.start + 1, (rest[rest.length - 1] as Tok).end)),
      role: null,
      kind: "organization",
      start: first.start + 1,
      end: (rest[rest.length - 1] as Tok).end,
    };
  }
  const pk = kindOfPhrase(ws);
  // an unnamed source and its adjectives (مصدر أمني، شهود عيان، مسؤول أميركي رفيع): the whole phrase
  if (pk === "group") {
    // شهود عيان في المدينة، سكان القرى الواقعة على ضفاف النهر: a described group is named by the whole phrase
    // (not the given name Ali, written with its ya after another given name: «… محمد علي الحوثي»)
    const described = ws.some(
      (w, k) =>
        GROUP_DESCRIBERS.has(w.f) && !(w.f === "علي" && !w.maqsura && k > 0 && GIVEN_NAME.has((ws[k - 1] as Tok).f)),
    );
    const t0 = trailingName(ws);
    // relative adjectives (عسكري لبناني، أمني رفيع) and standing (رفيع، مطلع) describe the source; they name no one
    const adjectives = ws.slice(t0).every((w) => (/ي$/u.test(w.f) || SOURCE_ADJECTIVE.has(w.f)) && !hasAl(w.f));
    if (described || t0 >= ws.length - 1 || ws.length - t0 < 2 || adjectives) {
      return phraseOf(ws, [], "group");
    }
  }
  if (pk === "organization" || pk === "agency" || pk === "outlet") {
    // the name ends where the modifiers stop (التحالف الدولي | بقيادة الولايات المتحدة)
    const n = orgExtent(ws);
    if (n < ws.length) {
      return phraseOf(ws.slice(0, n), [], pk);
    }
    return phraseOf(ws, [], pk);
  }
  // «خورخي ليون نائب الرئيس في ريستاد إنرجي»، «فاندانا هاري مؤسسة فاندا إنسايتس»: a full name (two words or more)
  // opening the phrase, with its title or body after it, is the person; the name at the end is the body's
  let lead = 0;
  // («عبد الواحد ريان المتحدث باسم …»: «عبد» and the definite word after it are one given name)
  while (
    lead < ws.length &&
    lead < 4 &&
    nameLike(ws[lead] as Tok) &&
    (!hasAl((ws[lead] as Tok).f) || (lead > 0 && (ws[lead - 1] as Tok).f === "عبد"))
  )
    lead++;
  const after = ws[lead];
  if (
    lead >= 2 &&
    after !== undefined &&
    (TITLE.has(after.f) || ORG_HEAD.has(after.f)) &&
    !PLACE.has(f0) &&
    !KNOWN_FIRST.has(f0)
  ) {
    const name = ws.slice(0, lead);
    return phraseOf(name, ws.slice(lead), "person");
  }
  // («كانت السعودية وقطر والأردن قد دانت …»: countries joined by و are their governments together, no person)
  if (ws.length > 1 && placesOnly(ws)) return phraseOf(ws, [], "place");
  const t = trailingName(ws);
  if (t > 0 && t < ws.length) {
    const name = ws.slice(t);
    return phraseOf(name, ws.slice(0, t), "person");
  }
  const l = leadingName(ws);
  if (l > 0 && l < ws.length) {
    const name = ws.slice(0, l);
    return phraseOf(name, ws.slice(l), "person");
  }
  // («صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي العهد رئيس مجلس الوزراء»: a name between an honorific
  // title and the offices after it; the offices are the role)
  for (let k = 1; k < Math.min(ws.length - 2, 6); k++) {
    const before = ws[k - 1] as Tok;
    // (or after a title and what it is of: «رئيس الوزراء محمد شياع السوداني وزير الداخلية»)
    const ofTitle = k >= 2 && TITLE.has((ws[0] as Tok).f) && hasAl(before.f);
    if (!GIVEN_NAME.has((ws[k] as Tok).f) || !(TITLE.has(before.f) || HONORIFICS.has(before.f) || ofTitle)) continue;
    const e = personalNameEnd(ws, k, ws.length);
    const after = ws[e];
    if (e > k + 1 && after !== undefined && (TITLE.has(after.f) || TITLE.has(stripW(after.f))))
      return phraseOf(ws.slice(k, e), ws.slice(e), "person");
    break;
  }
  // a country or capital as a speaker (نفت إسرائيل، قالت موسكو): its government, kept as the place
  if (placesOnly(ws) || PLACE.has(ws.map((w) => w.f).join(" "))) return phraseOf(ws, [], "place");
  const kind: SpeakerKind =
    pk === "group"
      ? "group"
      : t === 0
        ? ws.length === 1
          ? "unknown"
          : "person"
        : TITLE.has(f0)
          ? "person"
          : "unknown";
  return phraseOf(ws, [], kind);
}

/** Known places only, the ones after the first joined by و («السعودية وقطر والأردن»، «إسرائيل»). */
function placesOnly(ws: readonly Tok[]): boolean {
  return ws.every((w, k) => PLACE.has(w.f) || (k > 0 && /^و../u.test(w.f) && PLACE.has(w.f.slice(1))));
}

/** «مراسله»، «مراسلها» (folded): an outlet's own correspondent, after «نقلاً عن» the outlet itself reporting. */
const OWN_CORRESPONDENT = /^مراسل(?:ه|ها|يه|يها)$/u;

/** A stand-in for the folded given name «علي», which the lexicon reads as the preposition. */
const ALI_AS_NAME = "علي\u0000";

/**
 * «علي» written with its ya, then one to three words of a personal name (the last may be a family name in ال), alone
 * or followed by a title in apposition («علي موسى منسق خدمات الإسعاف في مقديشو»، «علي موسى، منسق …»).
 */
function aliFirst(text: string, toks: readonly Tok[], a: number, end: number): boolean {
  const t = toks[a] as Tok;
  // («وكان علي كاظم (51 عاماً) قد روى …»: an age in brackets and the «قد» before the verb are no part of the name)
  let b = end;
  if ((toks[b] as Tok | undefined)?.f === "قد") b--;
  if ((toks[b] as Tok | undefined)?.f === ")") {
    let o = b - 1;
    while (o > a && (toks[o] as Tok).f !== "(" && b - o <= 5) o--;
    if ((toks[o] as Tok).f === "(") b = o - 1;
  }
  if (t.f !== "علي" || text.slice(t.start, t.end) !== "علي" || b - a < 1) return false;
  const nameWord = (k: number, last: boolean) => {
    const w = toks[k] as Tok;
    return isWord(w) && (nameLike(w) || (last && hasAl(w.f) && /ي$/u.test(w.f))) && !(!hasAl(w.f) && PLACE.has(w.f));
  };
  if (b - a <= 3) {
    let all = true;
    for (let k = a + 1; k <= b; k++) if (!nameWord(k, k === b)) all = false;
    if (all) return true;
  }
  // the name runs until a comma or a title
  for (let k = a + 1; k <= Math.min(b, a + 3); k++) {
    const w = toks[k] as Tok;
    if (k > a + 1 && (isComma(w) || (isWord(w) && TITLE.has(w.f)))) return true;
    if (!nameWord(k, false)) return false;
  }
  const after = toks[Math.min(b, a + 3) + 1];
  return b > a + 3 && (isComma(after) || (isWord(after) && TITLE.has(after.f)));
}

/** Titles of a territory's head, whose next word names the territory (folded): محافظ، والي، حاكم، عمدة، قائمقام. */
const TERRITORIAL = /^(?:محافظ|محافظه|والي|حاكم|عمده|قايمقام|متصرف)$/u;

/** Prepositions as written (not folded): a speaker phrase never opens with one. */
const PREPOSITION_AS_WRITTEN = new Set([
  "على",
  "في",
  // (and after «و»: «وفي استطلاع توقع عشرة من 13 مشاركاً …» names no one)
  "وفي",
  "وفى",
  "وعلى",
  "إلى",
  "الى",
  "عن",
  "مع",
  "فى",
  // (and adverbs of place and time used as prepositions: «استهداف المدنيين داخل الحي»)
  "داخل",
  "خارج",
  "قرب",
  "حول",
  "تحت",
  "فوق",
  "أمام",
  "عند",
  "لدى",
  "منذ",
  "خلال",
]);

/** «صادر/صادرة/صدر/صدرت»: issued (by), after a statement or a report, folded. */
const ISSUED = /^(?:صادر|صادره|صدر|صدرت)$/u;

/** Prepositions as written that never end a name (على with its ى; not علي, which may be the name Ali). */
const TRAILING_PREPOSITION = new Set(["على", "في", "فى", "من", "إلى", "الى", "عن", "مع"]);

/** Subordinating conjunctions that open a clause before its verb («بعدما كتب …»): never a speaker. */
const SUBORDINATORS = new Set(["بعدما", "عندما", "حينما", "لما", "كلما", "طالما", "مثلما", "ريثما", "قبلما", "حالما"]);

function parseRegion(text: string, toks: readonly Tok[], a: number, b: number, via: string[]): SpeakerPhrase | null {
  if (a > b) return null;
  if (a === b && SUBORDINATORS.has(stripW((toks[a] as Tok).f))) return null;
  // («وذكر بيان لخلية الإعلام الأمني تلقته وكالة الأنباء العراقية»، «بيان صادر عن الوزارة تلقت «الشرق الأوسط» نسخة
  // منه»: whoever received the statement is a link; its author is named before the verb of receiving)
  const received = receivedIn(text, toks, a, b);
  if (received !== null) {
    if (received.receiver) via.push(received.receiver);
    b = received.at - 1;
  }
  // («وأوضح البيان الذي وقّعه رئيس الحكومة أن …»، «البيان الذي نشرته الوزارة»: a statement's author named in its
  // relative clause speaks)
  const author = authorIn(text, toks, a, b);
  if (author) return author;
  // («وأظهر كتاب لوزارة التربية نشرته «بترا» أن …»: a document's owner named before the paper that published it
  // speaks; the paper is a link)
  for (let m = a + 2; m < b; m++) {
    const w = toks[m] as Tok;
    if (!isWord(w) || !PUBLISHED_IT.test(w.f)) continue;
    const owned = ownerThenRelay(text, toks, a, m, b);
    if (owned) {
      via.push(owned.relay.name);
      return owned.owner;
    }
    break;
  }
  // («اعترض المتهم على الحكم وطلب الاستئناف»: a name opening with a preposition as written, «على» with its final ى,
  // names no one; «علي» with its ya may be the name Ali; the channels the phrase names are kept)
  let sp = parsedRegion(text, toks, a, b, via);
  if (!sp?.name.startsWith("علي") && aliFirst(text, toks, a, b)) {
    // («وقال علي حسن إن …»: the given name Ali folds like the preposition «على»; before one to three more words of a
    // personal name it is the name, and a title after it is his: «قال علي موسى، منسق خدمات الإسعاف، إن …»)
    const copy = toks.slice();
    copy[a] = { ...(toks[a] as Tok), f: ALI_AS_NAME };
    const ali = parsedRegion(text, copy, a, b, via);
    if (sp === null || ali?.name.startsWith("علي")) sp = ali;
  }
  if (sp && (possessedThing(sp.name) || ownDocument(sp.name.split(" ")[0] ?? ""))) return null;
  // («وذكر بيان لمكتبه أن …»، «في بيان لوزارته»: a statement of his office is his own; whom the pronoun stands for
  // is carried)
  if (sp && (b === a || b === a + 1) && ownersDocument(text, toks[a] as Tok, toks[a + 1] as Tok)) return null;
  const first = sp?.name.split(" ")[0] ?? "";
  return sp && (PREPOSITION_AS_WRITTEN.has(first) || CLAUSE_PARTICLES.has(first)) ? null : sp;
}

/** A document or channel, then «لـ» + an office or body with a possessive pronoun as written («بيان لمكتبه»). */
function ownersDocument(text: string, d: Tok, o: Tok): boolean {
  if (!isWord(d) || !isWord(o) || !(DOCUMENT.has(d.f) || CHANNEL.has(d.f)) || hasAl(d.f)) return false;
  const written = text.slice(o.start, o.end).replace(/[\u064B-\u0652\u0640]/gu, "");
  return /^ل(?:مكتب|ديوان|وزار|حكوم|رئاس|قياد|حزب|حرك|جماع|منظم|مؤسس|شرك|هيئ|مجلس|ادار|إدار)\S*(?:ه|ها|هم)$/u.test(
    written,
  );
}

/**
 * A statement's region that goes on to who received it («بيان للجيش تلقته وكالة …»، «… اطلعت عليه رويترز»): where
 * the verb of receiving stands and the receiver's name, or null when the region names no document received.
 */
function receivedIn(
  text: string,
  toks: readonly Tok[],
  a: number,
  b: number,
): { at: number; receiver: string | null } | null {
  const first = toks[a];
  if (!isWord(first)) return null;
  const head = stripW(first.f).replace(/^ل(?!ل)/u, "");
  if (!CHANNEL.has(head) && !SEEN_DOCUMENTS.has(head)) return null;
  for (let m = a + 2; m <= b; m++) {
    const w = toks[m] as Tok;
    if (!isWord(w) || !RECEIVED.test(w.f)) continue;
    return { at: m, receiver: receiverAfter(text, toks, m, b)?.name ?? null };
  }
  return null;
}

/** The author of «البيان الذي نشرته/وقّعه X» at [a, b]: X, when a statement's relative clause names who put it out. */
function authorIn(text: string, toks: readonly Tok[], a: number, b: number): SpeakerPhrase | null {
  const first = toks[a];
  if (!isWord(first) || !hasAl(stripW(first.f))) return null;
  const head = stripW(first.f).replace(/^ال/u, "");
  if (!CHANNEL.has(head) && !DOCUMENT.has(head)) return null;
  const rel = toks[a + 1];
  const verb = toks[a + 2];
  if (!isWord(rel) || !/^(?:الذي|التي)$/u.test(rel.f) || !isWord(verb) || a + 3 > b) return null;
  if (!PREPARED_BY.test(verb.f) && !/^وقع(?:ه|ها|ته|تها)$/u.test(verb.f)) return null;
  const sp = parsedRegion(text, toks, a + 3, b, []);
  return sp && sp.kind !== "unknown" && sp.kind !== "place" ? sp : null;
}

/**
 * Whoever received a document, after the verb of receiving at m and up to token `last`: between the verb and «نسخة
 * منه/عليه» («تلقت الوكالة نسخة منه»), or after the pronoun («اطلعت عليه رويترز»).
 */
function receiverAfter(text: string, toks: readonly Tok[], m: number, last: number): SpeakerPhrase | null {
  let e = m + 1;
  while (e <= last && !COPY.test((toks[e] as Tok).f)) e++;
  return e > m + 1 ? parseRegion(text, toks, m + 1, e - 1, []) : parseRegion(text, toks, m + 2, last, []);
}

/** Capitals that stand for their governments in headlines («واشنطن تتهم …»، «طهران تنفي …»), folded. */
const CAPITALS = new Set(
  [
    "واشنطن",
    "طهران",
    "موسكو",
    "بكين",
    "لندن",
    "باريس",
    "برلين",
    "أنقرة",
    "القاهرة",
    "الرياض",
    "أبوظبي",
    "الدوحة",
    "عمان",
    "بغداد",
    "دمشق",
    "بيروت",
    "الخرطوم",
    "طرابلس",
    "تونس",
    "الجزائر",
    "الرباط",
    "صنعاء",
    "مسقط",
    "الكويت",
    "المنامة",
    "نواكشوط",
    "باماكو",
    "مانيلا",
    "أثينا",
    "كابل",
  ].map(fold),
);

/** Particles that open a clause, as written: a speaker's name never starts with one («… دائماً ما يستهدف …»). */
const CLAUSE_PARTICLES = new Set(["ما", "لا", "لم", "لن", "قد", "إذ", "إذا", "كي", "لكي", "حتى", "لئلا"]);

/** Adverbs of response in the accusative, with or without their tanween («ردّاً على»، «تعليقاً على»), folded. */
const RESPONSE_ADVERB = /^و?(?:ردا|تعليقا|تعقيبا|جوابا)$/u;

/** «بالعاصمة»، «بمدينة»، «ببغداد»: ب glued to a place or a place's head noun (folded). */
function atPlace(f: string): boolean {
  if (!/^ب.{3,}/u.test(f)) return false;
  const rest = f.slice(1);
  return PLACE.has(rest) || PLACE_HEAD.has(rest) || (rest.startsWith("ال") && PLACE_HEAD.has(rest.slice(2)));
}

/** Verbs that describe someone just named («وصفته بالرفيع»، «اعتبرته مطلعاً»), by lemma. */
const DESCRIBED_AS = new Set(["وصف", "اعتبر"]);

/** An indefinite accusative at k, written with its tanween, bare or opening a quotation («خطأً»، «انتهاكاً»). */
function deemedAt(text: string, toks: readonly Tok[], k: number): boolean {
  const t = toks[k] as Tok;
  const w = t.kind === "quote" && t.q !== "close" ? toks[k + 1] : t;
  return isWord(w) && !hasAl(w.f) && ACCUSATIVE_MARK.test(text.slice(w.start, w.end));
}

/** Things held or shown, taken with a pronoun as a verb's object («سيطرته»، «موقفه»، «قراره»), folded bases. */
const HELD_THINGS = /^(?:سيطره|موقف|قرار|حرص|تمسك|التزام|نيه|مسووليه|حق|رغبه|سعي|عزم|تضامن)$/u;

/**
 * «وأكد سيطرته على المدينة»، «وجدد رفضه»: one word carrying a possessive pronoun (as written) and naming a thing —
 * a verbal noun, a stance, a thing held — is the verb's object, never its subject («محاميه»، «نائبه»، «سموه»،
 * «بعضهم» still speak).
 */
function possessedThing(name: string): boolean {
  if (/\s/u.test(name.trim())) return false;
  // (the pronoun as written: a folded ة looks like it)
  const written = name.trim().replace(/[\u064B-\u0652\u0640]/gu, "");
  if (!/(?:هما|هم|ها|ه)$/u.test(written)) return false;
  // («أنصاره»: a group named by whom it backs, though it is shaped like the verbal noun «انفعال»)
  if (UNNAMED.has(fold(written))) return false;
  const m = /^(.{2,}?)(?:هما|هم|ها|ه)$/u.exec(fold(written));
  if (!m) return false;
  const base = (m[1] as string).replace(/ت$/u, "ه");
  return (
    HELD_THINGS.test(base) ||
    STANCE_OBJECT.test(base) ||
    DENIED_OBJECT.has(base) ||
    VERBAL_NOUN.test(m[1] as string) ||
    VERBAL_NOUN.test(base)
  );
}

/**
 * «بعدما كانت توقعاته (في الربيع) تشير إلى …»، «وأظهرت بياناته أن …»: one word, a document or figures carrying a
 * possessive pronoun as written — one's own figures, which speak for the one the pronoun stands for.
 */
function ownDocument(word: string): boolean {
  // (the pronoun as written: a folded ة looks like it)
  const written = word.replace(/[\u064B-\u0652\u0640]/gu, "");
  if (!/(?:هما|هم|ها|ه)$/u.test(written)) return false;
  const m = /^(.{2,}?)(?:هما|هم|ها|ه)$/u.exec(fold(written));
  if (m === null) return false;
  const base = m[1] as string;
  // (and one's own leadership or government: «وتعهدت قيادته بمواصلة …» is the party the pronoun stands for)
  return DOCUMENT.has(base) || DOCUMENT.has(base.replace(/ت$/u, "ه")) || OWN_BODY.test(base);
}

/** A body named by whose it is, with the pronoun (قيادته، حكومتها، إدارته), folded, without the pronoun. */
const OWN_BODY = /^(?:قيادت|حكومت|ادارت)$/u;

function parsedRegion(text: string, toks: readonly Tok[], a: number, b: number, via: string[]): SpeakerPhrase | null {
  // («وقالت «سرايا أنصار السنة» إن …»: a body's name in quotation marks, the whole region, is its name whole)
  if (toks[a]?.kind === "quote" && toks[a]?.q !== "close" && b - a >= 3 && b - a <= QUOTED_BODY_WORDS + 1) {
    const c = closingQuote(toks, a, b + 1);
    if (c === b && toks.slice(a + 1, b).every(isWord)) {
      const inner = parsedRegion(text, toks, a + 1, b - 1, via);
      const first = toks[a + 1] as Tok;
      const last = toks[b - 1] as Tok;
      if (inner && (inner.kind === "organization" || inner.kind === "group") && inner.end < last.end)
        return { ...inner, name: clean(text.slice(first.start, last.end)), start: first.start, end: last.end };
    }
  }
  // («وأثنى متحدث البرلمان على وزيرة الصحة …»: a preposition ending the region opens what follows, never a name's
  // part; «علي» with its ya may be the name Ali)
  while (b > a && isWord(toks[b]) && TRAILING_PREPOSITION.has(text.slice((toks[b] as Tok).start, (toks[b] as Tok).end)))
    b--;
  // «دراسة سعودية نُشرت الشهر الماضي»: a passive of publishing closes the name of what was published
  // («خفضت السلطات للمرة الثانية الحصيلة»: and how often it was done closes any name)
  for (let m = a + 1; m <= b; m++) {
    const w = toks[m] as Tok;
    if (isWord(w) && REPEAT_ADVERB.test(w.f)) {
      b = m - 1;
      break;
    }
    // (but «بيان صدر عن الجهاز …» names its issuer next: see nameAndRole)
    const issuedBy = ISSUED.test(w.f) && /^(?:عن|من)$/u.test((toks[m + 1] as Tok | undefined)?.f ?? "");
    if (isWord(w) && PUBLISHED.has(w.f) && isWord(toks[m - 1]) && !hasAl((toks[m - 1] as Tok).f) && !issuedBy) {
      b = m - 1;
      break;
    }
    // («أكد مصدر من هيئة الدفاع لموقعنا أن …»: the outlet itself, told, closes the name)
    if (isWord(w) && /^ل(?:موقع|صحيفت|قنات|جريدت|وكالت|اذاعت)نا$/u.test(w.f)) {
      b = m - 1;
      break;
    }
    // («أقرها رئيس الجمهورية لفائدة ضحايا الحرائق»: for whose benefit closes the name)
    if (isWord(w) && /^و?ل(?:فايده|صالح|مصلحه)$/u.test(w.f)) {
      b = m - 1;
      break;
    }
    // («لبيانات البنك المركزي المنشورة على موقعه»: a definite participle of publishing closes the name too)
    if (isWord(w) && /^ال(?:منشوره|منشور|صادره|صادر|معلنه|معلن)$/u.test(w.f) && m > a + 1) {
      b = m - 1;
      break;
    }
    // («تعهد الرئيس الجديد العمل على …»: a definite verbal noun after a definite word is neither its adjective nor in
    // construct with it; it opens the object)
    if (isWord(w) && verbalNounAfterDefinite((toks[m - 1] as Tok).f, w.f)) {
      b = m - 1;
      break;
    }
  }
  // «حصيلة سابقة أعلنتها صباحاً المفوضية …»، «الحصيلة الأولى التي أوردها مصدر أمني»: a figure or document with
  // the relative verb of whoever issued it speaks for its issuer
  const d0 = toks[a] as Tok | undefined;
  // («وفقاً لبيانات البنك المركزي»، «بحسب أرقام وزارة الصحة»: a document in construct with its owner speaks for the
  // owner)
  if (isWord(d0) && a < b && DOCUMENT.has(d0.f.replace(/^[لب]/u, "")) && !hasAl(d0.f.replace(/^[لب]/u, ""))) {
    const nx = toks[a + 1] as Tok;
    if (isWord(nx) && (/^ال../u.test(nx.f) || ORG_HEAD.has(nx.f) || knownAt(toks, a + 1, b + 1) !== null)) {
      const owner = parseRegion(text, toks, a + 1, b, via);
      // (the document stays its role: «تقديرات» in «وفق تقديرات الأمم المتحدة»)
      if (owner && owner.kind !== "unknown" && owner.kind !== "person")
        return { ...owner, role: owner.role ?? clean(text.slice(d0.start, d0.end)).replace(/^[لب]/u, "") };
    }
  }
  if (isWord(d0) && DOCUMENT.has(d0.f.replace(/^و?ال/u, ""))) {
    for (let m = a + 1; m <= Math.min(b - 1, a + 4); m++) {
      const w = toks[m] as Tok;
      if (!isWord(w) || !PREPARED_BY.test(w.f)) continue;
      let s0 = m + 1;
      while (s0 < b && isWord(toks[s0]) && (TIME.has((toks[s0] as Tok).f) || TIME.has(stripW((toks[s0] as Tok).f))))
        s0++;
      const issuer = parseRegion(text, toks, s0, b, via);
      if (issuer && issuer.kind !== "unknown") return issuer;
      break;
    }
  }
  // («معالي وزير الخارجية»، «سمو أمير البلاد الشيخ X»: a form of address before a title is part of the role)
  const h0 = toks[a] as Tok;
  if (a < b && isWord(h0) && ADDRESS_FORMS.has(h0.f) && isWord(toks[a + 1]) && TITLE.has((toks[a + 1] as Tok).f)) {
    const sp = parseRegion(text, toks, a + 1, b, via);
    // (a title alone stays the name: «معالي وزير الخارجية» is «وزير الخارجية»)
    if (sp) return sp.role ? { ...sp, role: `${clean(text.slice(h0.start, h0.end))} ${sp.role}` } : sp;
  }
  // («عن أربعة مسؤولين إسرائيليين»: a count before an unnamed group belongs to the group's name)
  const n0 = toks[a] as Tok;
  if (a < b && (n0.kind === "number" || (isWord(n0) && COUNT_WORDS.has(n0.f))) && isWord(toks[a + 1])) {
    const group = UNNAMED.has((toks[a + 1] as Tok).f) ? parseRegion(text, toks, a + 1, b, via) : null;
    if (group && group.start === (toks[a + 1] as Tok).start) {
      return { ...group, name: clean(text.slice(n0.start, group.end)), start: n0.start };
    }
  }
  // «… ووزير الصحة يتوقع …»: a title or a body's head after a conjunction is read without it
  const t0 = toks[a] as Tok;
  if (
    isWord(t0) &&
    /^و../u.test(t0.f) &&
    !/^وال/u.test(t0.f) &&
    (TITLE.has(t0.f.slice(1)) ||
      ORG_HEAD.has(t0.f.slice(1)) ||
      UNNAMED.has(t0.f.slice(1)) ||
      // (and an indefinite plural in construct: «… وحملات المرشحين الثلاثة تشكك …»; not one whose «و» is its own,
      // «وكالات»، «وزارات»، «ولايات»، «وحدات»)
      (/^و[^ا\s]\S{2,}ات$/u.test(t0.f) &&
        a < b &&
        !UNNAMED.has(t0.f) &&
        !ORG_HEAD.has(t0.f) &&
        !/^(?:وكالات|وزارات|ولايات|وحدات)$/u.test(t0.f)))
  ) {
    const copy = toks.slice();
    copy[a] = { ...t0, f: t0.f.slice(1), start: t0.start + 1 };
    return parseRegion(text, copy, a, b, via);
  }
  // «…، وإسرائيل تنفي …»: a country after a conjunction speaks as itself
  const f0 = (toks[a] as Tok).f;
  if (a === b && isWord(toks[a]) && /^و../u.test(f0) && PLACE.has(f0.slice(1))) {
    const t = toks[a] as Tok;
    return { name: text.slice(t.start + 1, t.end), role: null, kind: "place", start: t.start + 1, end: t.end };
  }
  // («الأمين العام لـ«حزب الله» حسن نصر الله»: after a title, «لـ» and a quoted body is the body it heads, not
  // whom it spoke to; the person follows)
  for (let p = a + 1; p + 1 <= b; p++) {
    const w = toks[p] as Tok;
    if (!(isWord(w) && w.f === "ل" && toks[p + 1]?.kind === "quote" && TITLE.has((toks[p - 1] as Tok).f))) continue;
    const c = closingQuote(toks, p + 1, b + 1);
    const nx = toks[c + 1];
    if (c > p + 1 && c + 1 <= b && isWord(nx) && (GIVEN_NAME.has(nx.f) || (nameLike(nx) && !hasAl(nx.f)))) {
      let e = b;
      while (e > c + 1 && isWord(toks[e]) && (toks[e] as Tok).f === "قد") e--;
      const last = toks[e] as Tok;
      return {
        name: clean(text.slice(nx.start, last.end)),
        role: clean(text.slice((toks[a] as Tok).start, (toks[c] as Tok).end)),
        kind: "person",
        start: nx.start,
        end: last.end,
      };
    }
    break;
  }
  const parts = regionParts(toks, a, b, text, via);
  let sp = caseOfGroup(nameAndRole(text, parts));
  // («النائبان السابقان ناصر الدويلة ومبارك الدويلة»: under a title in the dual, the second name joined by و belongs
  // to the speaker too)
  const head = toks[a] as Tok;
  if (sp && sp.kind === "person" && isWord(head) && dualTitle(head.f)) {
    const s0 = toks.findIndex((w, m) => m > a && m <= b && isWord(w) && nameLike(w) && !hasAl(w.f));
    if (s0 > a && (toks[s0] as Tok).start < sp.start && secondName(toks.find((w) => w.start === sp!.start))) {
      const start = (toks[s0] as Tok).start;
      sp = { ...sp, name: text.slice(start, sp.end), start, role: text.slice(head.start, (toks[s0 - 1] as Tok).end) };
    }
    const at = toks.findIndex((w, m) => m > a && m <= b && w.start >= sp!.end);
    const nx = toks[at];
    if (at > 0 && secondName(nx)) {
      let e = at + 1;
      while (e <= b && isWord(toks[e]) && nameLike(toks[e] as Tok) && e - at < 4) e++;
      const end = (toks[e - 1] as Tok).end;
      sp = { ...sp, name: text.slice(sp.start, end), end };
    }
  }
  // («وأوشيش يتحدث عن …»، «وحنّو يشكك …»: a lone name glued to «و», written elsewhere in the article without it, is
  // that name after the conjunction (not «وليد»، «وائل»: names that start with و)
  if (sp && !sp.name.includes(" ") && /^و[^ا]{2,}/u.test(sp.name)) {
    const f = fold(sp.name);
    const bare = sp.name.slice(1);
    if (
      !GIVEN_NAME.has(f) &&
      !KNOWN_FIRST.has(f) &&
      !KNOWN_NAMES.has(f) &&
      (wordIn(text, bare) || GIVEN_NAME.has(fold(bare)))
    ) {
      return { ...sp, name: bare, start: sp.start + 1 };
    }
  }
  // («قدّر إحصاء غير رسمي …»، «في تصعيد غير مسبوق يهدد …»: a word after «غير» is an adjective, not a name)
  if (sp && (sp.kind === "person" || sp.kind === "unknown") && !sp.name.includes(" ")) {
    const before = toks.findLast((w) => w.end <= sp!.start);
    if (before && isWord(before) && /^و?غير$/u.test(before.f)) {
      // (the phrase it qualifies is the subject when one opens the region: «إحصاء غير رسمي»; after a preposition,
      // «في تصعيد غير مسبوق», there is none)
      const head = toks[a] as Tok;
      const b0 = before.start > head.start && isWord(head) && !REGION_PREPOSITIONS.has(head.f) && !FUNC.has(head.f);
      return b0
        ? { name: clean(text.slice(head.start, sp.end)), role: null, kind: "unknown", start: head.start, end: sp.end }
        : null;
    }
  }
  // («واصفاً إياه بأنه …»: an object pronoun names no one; nor does a verbal noun after بـ: «بتعليق قال فيه»،
  // «بانخفاض 56%»)
  if (sp && /^(?:ايا|اي)(?:ه|ها|هم|هما|هن|كم|نا)$/u.test(fold(sp.name))) return null;
  // («… الذين يقولون إن لديهم عدداً من أفراد الطاقم»: nor does a preposition carrying a pronoun)
  if (sp && /^(?:لدي|عند|مع|من|عن|علي|ل|ب|في)(?:ه|ها|هم|هما|هن|كم|نا)$/u.test(fold(sp.name))) return null;
  if (sp && !sp.name.includes(" ") && ACT_NOUN.test(fold(sp.name).replace(/^و/u, ""))) return null;
  // («انهيار سد في شرق السودان … ويهدد مياه الشرب»: an event named by an indefinite verbal noun does not speak)
  // (not the إفعال shape: «أشخاص»، «أطفال» are plurals that share it)
  // (nor names that share a shape: «إيتمار بن غفير»، «توفيق الشكري»، «توفيق حسن»)
  if (sp && (sp.kind === "person" || sp.kind === "unknown")) {
    const [w0 = "", w1] = fold(sp.name).split(" ");
    const named =
      GIVEN_NAME.has(w0) ||
      KNOWN_FIRST.has(w0) ||
      (w1 !== undefined && (GIVEN_NAME.has(w1) || NAME_LINKS.has(w1) || /^ال/u.test(w1)));
    if (EVENT_NOUN.test(w0) && !named) return null;
  }
  // a clause-initial conjunction glued to the first word (والدعم السريع، وقوات …) is no part of the name
  // (والي الخرطوم, والدة الضحية are words of their own)
  if (sp && /^وال[^\s]{2,}/u.test(sp.name) && !/^وال(?:ي|د|دة|ده|دته)(?:\s|$)/u.test(sp.name)) {
    return { ...sp, name: sp.name.slice(1), start: sp.start + 1 };
  }
  return sp;
}

/** The tokens before the verb back to the last boundary (complementiser, clause opener, colon, clause start). */
function preVerbStart(toks: readonly Tok[], i: number, from: number): number {
  // («…، نافياً وقوع أي إهمال، ووصف ما جرى بأنه …»: a verb joined by «و» right after a comma, after a participle's
  // clause, goes on with the participle's subject; what the participle took is no subject of it)
  const vw = toks[i] as Tok;
  if (isComma(toks[i - 1]) && /^و../u.test(vw.f) && verbOf(vw.f.slice(1)) !== undefined) {
    for (let o = i - 2; o >= from && i - o <= 12; o--) {
      const w = toks[o] as Tok;
      if (isStop(w) || isComma(w) || w.f === ":") break;
      const ov = w.kind === "word" ? verbOf(w.f) : undefined;
      if (ov?.participle) return i;
      if (ov && !ov.noun) break;
    }
  }
  // «وسألت الصحيفة الوزير عن الموعد فقال إنه …»: a verb joined by فـ follows on from what came before; no subject
  // stands before it (but after «أما» the topic does: «أما الوزير فقال …»)
  const vf = (toks[i] as Tok).f;
  if (/^ف../u.test(vf) && verbOf(vf.slice(1)) !== undefined) {
    let o = i - 1;
    while (o >= from && i - o <= 16 && !(isWord(toks[o]) && /^و?اما$/u.test((toks[o] as Tok).f))) o--;
    if (o < from || i - o > 16) return i;
  }
  // («وكان حساب على «إكس» يحمل اسم «علقم» قد زعم …»: between «كان» and «قد» stands the subject, quotes and all)
  // («وكان الرئيس مسعود بزشكيان، الموجود في نيويورك …، قد قال إنه …»: and an apposition between commas with it)
  if ((toks[i - 1] as Tok | undefined)?.f === "قد") {
    let commas = 0;
    const reach = isComma(toks[i - 2]) ? 24 : 12;
    for (let o = i - 2; o >= from && i - o <= reach; o--) {
      const w = toks[o] as Tok;
      // (an apposition closes right before «قد» and opens on a definite word: «الموجود في …»، «الذي …»)
      const nx = toks[o + 1] as Tok | undefined;
      if (isComma(w) && o === i - 2) continue;
      if (isComma(w) && commas === 0 && isComma(toks[i - 2]) && isWord(nx) && /^ال../u.test(nx.f)) {
        commas++;
        continue;
      }
      if (isComma(w) || isStop(w) || w.f === ":" || (isWord(w) && COMP.has(w.f))) break;
      if (isWord(w) && /^و?كان[ت]?$/u.test(w.f)) {
        if (o + 1 < i - 1) return o + 1;
        break;
      }
    }
  }
  let j = i - 1;
  while (j >= from && i - j <= 16) {
    const t = toks[j] as Tok;
    if (
      t.kind === "word" &&
      (COMP.has(t.f) ||
        SUBORDINATORS.has(stripW(t.f)) ||
        [
          "لكن",
          "ولكن",
          "لكنه",
          "لكنها",
          "لكنهم",
          "ولكنه",
          "ولكنها",
          "بينما",
          "فيما",
          "غير",
          "الا",
          "حين",
          "اذ",
          "حيث",
          "ثم",
        ].includes(t.f))
    )
      break;
    if (t.f === ":" || isStop(t)) break;
    // («لكن الحوثيين حذروهما من الاقتراب وهددوا …»: another reporting verb carrying its object's pronoun ends the
    // subject's region; the words before it are that verb's clause)
    if (t.kind === "word" && j < i - 1 && reportingVerbForm(t.f)) break;
    // «…»، قال X: a quotation ends the subject's region; the quoted name of a body after its head noun
    // («وكانت شبكة «مراقبون» المستقلة قد قدّرت») does not
    if (t.kind === "quote" && t.q === "close") {
      let o = j - 1;
      while (o > from && j - o <= 6 && (toks[o] as Tok).kind !== "quote") o--;
      const head = toks[o - 1];
      const named =
        (toks[o] as Tok | undefined)?.kind === "quote" &&
        isWord(head) &&
        // (and a title's: «إلا أن مراسل «سكاي نيوز عربية» أكد …»)
        (ORG_HEAD.has(stripW(head.f)) || OUTLET_HEAD.has(stripW(head.f)) || TITLE.has(stripW(head.f)));
      // «"الردع" تؤكد أن …»: a short quoted name opening the clause, right before the verb, is its subject
      // (so is one after «أما» opening it, whose verb takes فـ: «أما «حزب الله» فأكد …»)
      const topic = o - 1 === from && /^و?اما$/u.test((toks[from] as Tok).f) && /^ف/u.test((toks[i] as Tok).f);
      // (so is one right after a headline's short label and its colon: «التشريعية: «مراقبون» تقدّر …»)
      const afterLabel = o - 1 > from && o - 1 - from <= 3 && (toks[o - 1] as Tok).f === ":";
      // (so is one between «كان» and «قد»: «وكانت «طيران الإمارات» قد أعلنت …»)
      const betweenKana =
        o - 1 >= from &&
        /^و?كان[ت]?$/u.test((toks[o - 1] as Tok).f) &&
        (toks[j + 1] as Tok | undefined)?.f === "قد" &&
        j + 2 === i;
      // (or after a lone «و» opening the clause: «و«أسبيدس» تؤكد …» in a subtitle's second half)
      const afterAnd = o === from + 1 && (toks[from] as Tok).f === "و";
      const opening =
        (toks[o] as Tok | undefined)?.kind === "quote" &&
        (((o === from || afterAnd || topic || afterLabel) && j + 1 === i) || betweenKana) &&
        j - o <= 4;
      if (opening) {
        j = o - 1;
        break;
      }
      // («عشيرة منفذ هجوم «الكرامة» تنفي …»: a headline's body or title in construct, down to a quoted name right
      // before the verb, is one subject)
      const chain =
        (toks[o] as Tok | undefined)?.kind === "quote" &&
        j + 1 === i &&
        o - from >= 2 &&
        o - from <= 5 &&
        (ORG_HEAD.has((toks[from] as Tok).f) || TITLE.has((toks[from] as Tok).f)) &&
        toks.slice(from, o).every((w) => isWord(w) && !verbOf(w.f));
      if (chain) {
        j = from - 1;
        break;
      }
      // («غير أن قناة «ليبيا الأحرار» ذكرت أن …»: a body's quoted name right before the verb is still its subject)
      if (!named || isComma(toks[j + 1])) break;
      j = o - 1;
      continue;
    }
    j--;
  }
  if (i - j > 16) return -1;
  let s = j + 1;
  // «وفي ظل إقبال ضعيف خلال النهار، كانت الهيئة قد أعلنت …»: a clause opened by «كان» after a comma starts there;
  // the adjunct before the comma is no part of the subject
  for (let c = i - 2; (toks[i - 1] as Tok | undefined)?.f === "قد" && c > s; c--) {
    if (isComma(toks[c]) && /^و?كان[ت]?$/u.test((toks[c + 1] as Tok | undefined)?.f ?? "")) {
      s = c + 1;
      break;
    }
  }
  const AUX = ["و", "كان", "وكان", "كانت", "وكانت", "قد", "ينما", "اما", "واما", "كما"];
  // drop leading و/كان/وكان and similar auxiliaries
  while (s < i && AUX.includes((toks[s] as Tok).f)) s++;
  // a short discourse adjunct before the subject (في المقابل، من جهته، إلى ذلك، بدوره،) is no part of it
  const after = afterDiscourseAdjunct(toks, s, i, 3);
  if (after > s) {
    s = after;
    while (s < i && AUX.includes((toks[s] as Tok).f)) s++;
  }
  // «فيما لا يزال المئات في عداد المفقودين ويُخشى أن …»: a negated verb opens a clause of its own, not a subject
  if (s < i && CLAUSE_NEGATION.has((toks[s] as Tok).f)) return -1;
  return s;
}

/** Verbs of saying that follow the words said («"…" قال X»، «"…" يضيف X»). */
const SAYING = new Set(["قال", "أضاف", "تابع", "أردف", "ختم", "استطرد", "استدرك", "زاد"]);

/** Negation particles that open a verbal clause (لا يزال، لم يعد، لن …، ما زال). */
const CLAUSE_NEGATION = new Set(["لا", "لم", "لن", "ما", "ولا", "ولم", "ولن", "وما"]);

/**
 * The token after a short discourse adjunct opening at `start` and closed by a comma within `reach` tokens
 * («في المقابل،»، «على الضفة اللبنانية،»), or `start` when none opens there.
 */
function afterDiscourseAdjunct(toks: readonly Tok[], start: number, end: number, reach: number): number {
  for (let c = start; c < end && c - start <= reach; c++) {
    if (!isComma(toks[c])) continue;
    const w0 = (toks[start] as Tok).f.replace(/^و/u, "");
    // («دولياً، وصف …»، «إقليمياً، هنأت …»: a lone adverb in -ياً sets the scene too)
    const adverb = c === start + 1 && w0.length >= 5 && /يا$/u.test(w0);
    // («وليل الأربعاء الخميس، قتلت القوات …»: and so does a time)
    return c > start && (DISCOURSE_HEADS.has(w0) || adverb || TIME.has(w0)) ? c + 1 : start;
  }
  return start;
}

/** First words of short discourse adjuncts that can stand before a clause's subject. */
const DISCOURSE_HEADS = new Set([
  "في",
  "من",
  "الي",
  "علي",
  "بدوره",
  "بدورها",
  "بالمقابل",
  "كذلك",
  "بالتزامن",
  "لاحقا",
  // (a time set before the clause: «ومنذ نوفمبر 2023، تستهدف جماعة الحوثي …»)
  "منذ",
  "خلال",
  "عقب",
  // («وبعد فترة قصيرة، خرج مكتب نتنياهو …»، «وقبل ساعات، أعلن …»)
  "بعد",
  "قبل",
  // (a topic set before the clause: «وبشأن تصويت النازحين، أشارت إلى أن …»)
  "بشان",
  "بخصوص",
]);

/** Words a quoted title or slogan may run to. */
const TITLE_WORDS = 4;

/**
 * Whether the quotation opening right before i is a short title after the noun it names: a noun before the quotation
 * mark (no verb, particle or complementiser) and a closing mark within TITLE_WORDS words, with only words between.
 */
function titleAfterNoun(toks: readonly Tok[], i: number): boolean {
  const head = toks[i - 2];
  if (!isWord(head) || verbOf(head.f) !== undefined || COMP.has(head.f) || FUNC.has(head.f)) return false;
  for (let k = i + 1; k <= i + TITLE_WORDS; k++) {
    const w = toks[k];
    if (w?.kind === "quote") return k > i + 1 || w.q === "close";
    if (!isWord(w)) return false;
  }
  return false;
}

function verbHits(text: string, toks: readonly Tok[], from: number, to: number): VerbHit[] {
  const hits: VerbHit[] = [];
  for (let i = from; i < to; i++) {
    const t = toks[i] as Tok;
    if (t.kind !== "word") continue;
    const fromNoun = verbOf(t.f) === undefined && bareDemand(toks, i, from, to) === undefined;
    // («الصفقة التي وصفها مدبولي بأنها …»: after a relative, the verb carries a pronoun pointing back to its object)
    const resumptive =
      verbOf(t.f) === undefined &&
      RELATIVE.has(toks[i - 1]?.f ?? "") &&
      /^و?(?:التي|الذي|الذين)$/u.test(toks[i - 1]?.f ?? "")
        ? verbWithObject(t.f)
        : undefined;
    // («إذ دانته تركيا»، «واستنكرته الجامعة العربية»: a verb of condemning with its object pronoun, then its subject)
    const objectVerb = verbOf(t.f) === undefined && /(?:ه|ها|هم)$/u.test(t.f) ? verbWithObject(t.f) : undefined;
    const condemnedBy =
      objectVerb && (CONDEMNING.has(objectVerb.lemma) || POINTING_VERBS.has(objectVerb.lemma)) && isWord(toks[i + 1])
        ? PLACE.has((toks[i + 1] as Tok).f) || subjectWordAt(toks, i + 1, to)
          ? objectVerb
          : undefined
        : undefined;
    const v =
      verbOf(t.f) ??
      resumptive ??
      condemnedBy ??
      addressedVerb(toks, i, from) ??
      bareDemand(toks, i, from, to) ??
      witnessed(toks, i) ??
      agentNoun(toks, i, from, to);
    if (!v || v.noun) continue;
    // («أعلن … اكتمال نقل شحنة النفط الخام من «صافر» إلى السفينة البديلة»: «نقل» carrying something from one place to
    // another, with no «عن», is a transfer, not a relay)
    if (v.lemma === "نقل" && t.f === "نقل" && transferAt(toks, i, to)) continue;
    // («وقال إن عزت إبراهيم وصل»: a past verb form that is a given name too, before a bare name word, is the name;
    // «تأمر» folds like «تامر», but its present prefix and the «بـ» after it make it the verb: «النيابة تأمر بحبس …»)
    const nx0 = toks[i + 1];
    if (
      GIVEN_NAME.has(t.f) &&
      !/^[يت]/u.test(t.f) &&
      isWord(nx0) &&
      !hasAl(nx0.f) &&
      !/^[بل]/u.test(nx0.f) &&
      nameLike(nx0) &&
      !PLACE.has(nx0.f) &&
      !knownAt(toks, i + 1, to)
    )
      continue;
    // («مسؤول، طلب عدم ذكر اسمه، نفى …»: asking not to be named is an aside on the speaker, not a report)
    if (isWord(toks[i + 1]) && /^(?:عدم|حجب)$/u.test((toks[i + 1] as Tok).f) && ["طلب", "رفض"].includes(v.lemma))
      continue;
    // («على مسافة تقدر بنحو 120 كيلومتراً»: a present «قدّر» right before the figure it is put at is the passive «is
    // estimated at», with no one estimating)
    if (v.lemma === "قدر" && /^[يت]/u.test(t.f) && /^ب(?:نحو|حوالي|قرابه|ما|ـ)?$/u.test(toks[i + 1]?.f ?? "")) continue;
    // («عن مسؤول، تحدث شرط عدم كشف هويته، أن …»، «تحدث لفرانس برس شريطة عدم الكشف عن اسمه»: speaking on condition of
    // anonymity is an aside on the source, not a report of its own)
    // (and so is «مصدر عسكري تحدث لرويترز» after the clause's own verb)
    if (v.lemma === "تحدث" && (anonymityAside(toks, i) || (hits.length > 0 && toldAfter(toks, i, to, text) !== null)))
      continue;
    // «أن النواب دُعوا للتصديق»: a past verb written with a damma on its first letter is passive; its subject is
    // the one addressed or acted on, not a speaker (present prefixes and participles carry that damma when active)
    if (/^[وف]?[^يتنم\u064F]\u064F/u.test(text.slice(t.start, t.end))) continue;
    // («أن المعتدي، ويُدعى وسام الخزري، «قام …»»: «يُدعى» with its final ى is «is named», an aside on who someone is,
    // not «يدّعي» (claims), when a name and a comma follow it with no «أن»)
    if (v.lemma === "ادعى" && named(text, toks, i, to)) continue;
    const prev = toks[i - 1];
    // «إدارة الكوارث والطوارئ التركية (آفاد)»: a lone word in brackets after a name is its acronym, whatever verb it
    // spells
    if (prev?.f === "(" && toks[i + 1]?.f === ")") continue;
    // («قياديون في حماس بينهم أسامة حمدان وعزت الرشق»: a given name joined by و to a name before it, a family name
    // after it, is a second person, whatever verb it spells: «عزت» is no «عزا»)
    const nx1 = toks[i + 1];
    if (
      /^و.{3,}$/u.test(t.f) &&
      GIVEN_NAME.has(t.f.slice(1)) &&
      isWord(prev) &&
      nameLike(prev) &&
      isWord(nx1) &&
      nameLike(nx1) &&
      !COMP.has(nx1.f)
    )
      continue;
    // («وأوضح رئيس «آفاد» أن …»: a lone quoted word after a noun is a name, whatever verb it spells)
    // (and so is one opening the clause before a verb in the present: ««آفاد» تنهي البحث …»)
    const nx2 = toks[i + 2];
    if (
      prev?.kind === "quote" &&
      toks[i + 1]?.kind === "quote" &&
      ((isWord(toks[i - 2]) && !verbOf((toks[i - 2] as Tok).f)) ||
        (i - 1 === from && isWord(nx2) && /^[يت].{3,}$/u.test(nx2.f) && !PLACE.has(nx2.f)))
    )
      continue;
    // («وصل الرئيس X إلى الدوحة في زيارة أكد خلالها وقوف بلاده إلى جانب قطر»: a verb on an occasion it points back
    // to reports for whoever made the visit or the call, the subject of the clause)
    const host = occasionHost(text, toks, i, from);
    if (host) {
      hits.push({ i, v, content: i + 2, speaker: host, via: [], explicit: true, impersonal: false, nominal: true });
      continue;
    }
    // («مستشهداً بأحدث أرقام كشف عنها العاملون»: a verb in a relative clause on an indefinite noun reports nothing)
    if (relativeVerb(toks, i)) continue;
    // («خلال مداخلة ببرنامج «رأي عام»»، «تحت شعار «نرفض التهجير»»: a short quotation right after the noun it names,
    // a title or a slogan, opens with no verb of its own)
    if (prev?.kind === "quote" && prev.q !== "close" && titleAfterNoun(toks, i)) continue;
    // «، فيما قال شهود …» opens a clause (while …); «بحسب ما ذكره» or «فيما قاله» is a relative
    // («كما أعلن رئيس الوزراء …» opening a sentence is «also announced», not «as … announced»)
    const clauseWhile =
      // («…، بينما أعلن وفد ليبيريا مقتل …»: and so does «بينما»)
      ((prev?.f === "فيما" || prev?.f === "كما" || prev?.f === "بينما") &&
        (i - 1 === from || isComma(toks[i - 2]) || toks[i - 2] === undefined)) ||
      // («في ما تصفه الأمم المتحدة بأنه …»: «فيما» written in two words)
      (prev?.f === "ما" &&
        toks[i - 2]?.f === "في" &&
        (i - 2 === from || isComma(toks[i - 3]) || toks[i - 3] === undefined));
    // («في ما تصفه …»: «ما» after a preposition is the relative «what», no negation)
    const relativeMa = prev?.f === "ما" && /^(?:في|عن|من|علي)$/u.test(toks[i - 2]?.f ?? "");
    if (prev && prev.kind === "word" && NEG.has(prev.f) && v.stance !== "denies" && !relativeMa) continue;
    // («تلقت بلاغاً يفيد بحدوث انفجار»: a present verb right after an indefinite noun in the accusative describes that
    // noun; it reports nothing of its own, and what follows it is no subject)
    if (
      /^[يت]/u.test(t.f) &&
      isWord(prev) &&
      /^[^ا].{2,}[^يم]ا$/u.test(prev.f) &&
      !FUNC.has(prev.f) &&
      !SUBORDINATORS.has(stripW(prev.f)) &&
      !RELATIVE.has(prev.f) &&
      !PLACE.has(prev.f) &&
      !KNOWN_FIRST.has(prev.f) &&
      knownAt(toks, i - 1, i) === null &&
      i - 2 >= from &&
      isWord(toks[i - 2]) &&
      verbOf((toks[i - 2] as Tok).f) === undefined &&
      !/(?:ها|نا|هما)$/u.test(prev.f)
    )
      continue;
    // «مستنداً إلى رأي الخبراء»، «في قوله»: a word right after a preposition is a noun, whatever verb it spells; it
    // reports only as a verbal noun with its agent named after it («بعد ساعات من وصف الرئيس X ما جرى بأنه …»)
    if (prev && prev.kind === "word" && REGION_PREPOSITIONS.has(prev.f) && prev.f !== "بعد" && prev.f !== "قبل") {
      const nx = toks[i + 1];
      const agent =
        isWord(nx) && (TITLE.has(nx.f) || ORG_HEAD.has(nx.f) || UNNAMED.has(nx.f) || knownAt(toks, i + 1, to) !== null);
      if (!agent) continue;
    }
    const found = findContent(toks, i, v, to, text);
    // («ونقلت عنه وكالة الأنباء الرسمية قوله إن …»: relayed from «him», the one the clause goes on with; the outlet
    // named after the pronoun is the link)
    const relayedFrom = RELAYED_FROM.test((toks[i + 1] as Tok | undefined)?.f ?? "");
    if (v.lemma === "نقل" && !v.participle && relayedFrom && found.k > i + 2) {
      let e = found.k - 1;
      if (isWord(toks[e]) && SAID_BY.test((toks[e] as Tok).f)) e--;
      const relay = e >= i + 2 ? parseRegion(text, toks, i + 2, e, []) : null;
      if (relay && relay.kind !== "place") {
        hits.push(relayedHit(i, v, found.content, relay.name, toks[i + 1] as Tok));
        continue;
      }
    }
    // («ونقلت وكالة رويترز عنه قوله …»: and the outlet named before the pronoun)
    if (v.lemma === "نقل" && !v.participle && !relayedFrom && found.k > i + 2) {
      let p = -1;
      for (let m = i + 2; m < Math.min(found.k, i + 7); m++) {
        const w = toks[m] as Tok;
        if (w.kind !== "word" && w.kind !== "quote") break;
        if (RELAYED_FROM.test(w.f)) {
          p = m;
          break;
        }
      }
      const after = toks[p + 1];
      const said = p > 0 && (p + 1 === found.k || (isWord(after) && SAID_BY.test(after.f)));
      const relay = said ? parseRegion(text, toks, i + 1, p - 1, []) : null;
      if (relay && relay.kind !== "place" && relay.kind !== "person" && relay.kind !== "unknown") {
        hits.push(relayedHit(i, v, found.content, relay.name, toks[p] as Tok));
        continue;
      }
    }
    // («ما دمرته الحرب، التي قدّر البنك الدولي أضرارها بـ…»: a relative verb after a comma, with a body or a titled
    // person of its own after it, reports for them, unless it stands inside what another verb of the clause reports)
    const ownSubject =
      hits.length === 0 &&
      /^(?:التي|الذي|الذين)$/u.test(prev?.f ?? "") &&
      isComma(toks[i - 2]) &&
      subjectWordAt(toks, i + 1, to, false);
    if (prev && prev.kind === "word" && RELATIVE.has(prev.f) && v.stance !== "denies" && !clauseWhile && !ownSubject) {
      // «الصفقة التي قال مدبولي إن قيمتها 35 مليار دولار»: a relative verb with its own subject and content reports;
      // «الذي أعلنه»، «بحسب ما ذكرت» do not
      // «بتكليف من خامنئي، الذي أعلن الحداد …»: a relative verb after a comma, with no subject of its own, reports
      // for the name it follows
      // (not a verb written in the passive: «حرائق 2021 في الولاية ذاتها، التي قُدّرت بنحو 13 ألف هكتار»)
      const passive = /^[وف]?.\u064F/u.test(text.slice(t.start, t.end));
      // («أبرزهم النائب أرشد الصالحي الذي أكد أن …»: with no comma, a named person or body right before the relative
      // reports what follows «أن»)
      const relative = /^و?(?:التي|الذي|الذين)$/u.test(prev.f) && !passive;
      const that = found.k > i && COMP.has((toks[found.k] as Tok).f);
      const named = relative
        ? (antecedent(text, toks, i - 2, from) ?? (that ? titledBefore(text, toks, i - 1, from) : null))
        : null;
      if (named && !/^[يت]/u.test(stripW(t.f))) {
        const content = found.k >= 0 ? found.content : i + 1;
        hits.push({ i, v, content, speaker: named, via: [], explicit: true, impersonal: false, nominal: true });
        continue;
      }
      // («وكانت الحصيلة الأولية التي أعلنها مدير الصحة X … لا تتجاوز 14 قتيلاً»: a toll or figures that a source
      // named after the verb gave are that source's)
      // (only with no report before it in the clause: «نددت الحملات بـ… الأرقام التي أعلنها رئيس السلطة» is theirs)
      const giver =
        relative && hits.length === 0 && countedBefore(toks, i - 1, from) ? giverAfter(text, toks, i, to) : null;
      if (giver) {
        hits.push({ i, v, content: giver.end, speaker: giver.sp, via: [], explicit: true, impersonal: false });
        continue;
      }
      if (!(/^و?(?:التي|الذي|الذين)$/u.test(prev.f) && found.k > i + 1 && COMP.has((toks[found.k] as Tok).f))) continue;
    }
    // أن يعلن، لن يقول، سيعلن: a subjunctive or future verb is not a report
    // («قبل أن يؤكد المكتب الأممي مقتل 30»: after «قبل أن» the verb tells what happened next)
    // (only inside a clause of its own, as after a participle: «…، مشيرة إلى …، قبل أن يؤكد المكتب …»; in the
    // middle of another's act it would take that act over)
    const thenHappened =
      prev?.f === "ان" &&
      /^و?قبل$/u.test((toks[i - 2] as Tok | undefined)?.f ?? "") &&
      (i - 2 === from || toks.slice(from, i - 2).some((w) => isWord(w) && verbOf(w.f)?.participle === true));
    if (
      prev &&
      prev.kind === "word" &&
      /^(?:ان|لن|كي|لكي|سوف|حتي)$/u.test(prev.f) &&
      /^[يت]/u.test(t.f) &&
      !thenHappened
    )
      continue;
    // («فيما يسود هدوء حذر أحياء العاصمة»، «تقدم حذر»: «حذر» after a noun of mood or motion is «cautious»)
    if (v.lemma === "حذر" && /^حذر$/u.test(t.f) && isWord(prev) && CAUTIOUS_OF.test(prev.f)) continue;
    // («ودّعت الجزائر ضحايا الحادث»: «ودّع», bade farewell, written with its shadda, is no «و» + «دعا»)
    if (v.lemma === "دعا" && /^[وف]?ود\u0651ع/u.test(text.slice(t.start, t.end))) continue;
    // «أعداد مؤكدة للضحايا»: a feminine participle right after an indefinite noun is its adjective, not a report
    if (
      v.participle &&
      /[هة]$/u.test(t.f) &&
      prev?.kind === "word" &&
      !/^(?:[وفبلك]?ال|لل)/u.test(prev.f) &&
      !VERBS_OR_NAMES(prev)
    )
      continue;
    // «أجهزة كشف الدخان»، «لجنة تحقيق»: a bare masculine verb form right after an indefinite feminine or plural noun
    // (…ة) does not agree with it; it is a verbal noun in construct («مصادر قالت»، «منظمة أعلنت» agree)
    if (
      prev?.kind === "word" &&
      !/^[وف]/u.test(t.f) &&
      !/^[يت]/u.test(t.f) &&
      masculineVerb(t.f, v) &&
      /.{2}ه$/u.test(prev.f) &&
      !hasAl(prev.f) &&
      !GIVEN_NAME.has(prev.f) &&
      !FUNC.has(prev.f) &&
      verbOf(prev.f) === undefined &&
      // (not the speaker's own side, whose ه is a pronoun: «من جانبه قال …»، «من جهته أكد …»، «بدوره أوضح …»)
      !(/^(?:جانب|جهت|ناحيت|طرف)ه$/u.test(prev.f) && toks[i - 2]?.f === "من") &&
      prev.f !== "بدوره" &&
      // (nor «ذاته/نفسه», whose ه is a pronoun: «وفي السياق ذاته أضاف المصدر …»)
      !/^(?:ذات|نفس|عين)(?:ه|ها)$/u.test(prev.f) &&
      // (nor a verbal noun read as its verb after a preposition of time: «غداة إعلان الجيش أن …»)
      !TIME_PREPOSITIONS.has(prev.f) &&
      // (nor a verb pointing back to the noun, a relative on it: «ألقى كلمة قال فيها إن …»)
      !/^في(?:ه|ها)$/u.test((toks[i + 1] as Tok | undefined)?.f ?? "")
    )
      continue;
    // «نقلت الوكالة عن مسؤول» relays; «الجثث التي نُقلت إلى مستشفيين» were carried: «إلى» before any «عن» reports
    // nothing
    if (v.lemma === "نقل" && !v.participle) {
      let carried = false;
      for (let m = i + 1; m < Math.min(to, i + 7); m++) {
        const w = toks[m] as Tok;
        if (isStop(w) || w.f === "عن" || COMP.has(w.f)) break;
        if (w.f === "الي" || w.f === "لي") {
          carried = true;
          break;
        }
      }
      if (carried) continue;
    }
    // «عبّر الوزير عن قلقه» expresses; «سفينة عبرت القناة في الربع الثالث، بانخفاض 56% عن …» crossed: without «عن»
    // after the subject (before any figure) it reports nothing
    if (v.lemma === "عبر") {
      let about = false;
      for (let m = i + 1; m < Math.min(to, i + 16) && !about; m++) {
        const w = toks[m] as Tok;
        if (isStop(w) || w.kind === "number") break;
        about = w.f === "عن";
      }
      if (!about) continue;
    }
    // «دافع مسؤول عن …»، «أمرت النيابة بحبس …»، «سجّل المركز 51.8 درجة»: reports only with a speaker right after the
    // verb («يدافعون عن معقلهم» defends; «أمر» is also «a matter»), and for «سجل» a figure after it
    if (v.lemma === "دافع" || v.lemma === "أمر" || v.lemma === "سجل" || v.lemma === "رد") {
      // «النيابة تأمر بحبس …»، «سعيّد يردّ على منتقديه»: in the present, the subject opens the clause right before the
      // verb (a body, a titled person or a bare personal name)
      if ((v.lemma === "أمر" || v.lemma === "رد") && /^[يت]/u.test(stripW(t.f))) {
        const s0 = preVerbStart(toks, i, from);
        // (after a lone «و» written apart before a quotation mark: «و«التمييز» ترد»)
        const opens = s0 === from || (s0 === from + 1 && toks[from]?.f === "و");
        const sp = opens && s0 < i && i - s0 <= 4 ? parseRegion(text, toks, s0, i - 1, []) : null;
        const bare =
          sp !== null &&
          i - s0 <= 2 &&
          toks.slice(s0, i).every((x) => isWord(x) && nameLike(x) && !hasAl(x.f) && !PLACE.has(stripW(x.f)));
        const definite = sp !== null && i - s0 <= 2 && hasAl((toks[s0] as Tok).f);
        // («و«التمييز» ترد: …»: a short quoted name right before the verb)
        const quoted = sp !== null && i - s0 <= 4 && toks[s0]?.kind === "quote" && toks[i - 1]?.kind === "quote";
        if (
          sp &&
          (sp.kind === "person" || sp.kind === "organization" || bare || definite || quoted) &&
          (isWord(toks[i + 1]) || toks[i + 1]?.f === ":")
        )
          hits.push({ i, v, content: i + 1, speaker: sp, via: [], explicit: true, impersonal: false, nominal: true });
        continue;
      }
      const nx = toks[i + 1];
      // («وسجلت محافظة الكرك أعلى نسبة اقتراع»: a province records a figure as the place it was counted in)
      const recordedIn = v.lemma === "سجل" && isWord(nx) && PLACE_HEAD.has(nx.f);
      const subject =
        isWord(nx) &&
        !recordedIn &&
        (TITLE.has(nx.f) || ORG_HEAD.has(nx.f) || UNNAMED.has(nx.f) || knownAt(toks, i + 1, to) !== null);
      // («وكان النائب العام X قد أمر، في بيان، بإخضاع …»: after كان the subject stands before the verb)
      const s0 = v.lemma === "أمر" && !subject ? preVerbStart(toks, i, from) : -1;
      const afterKana =
        s0 > from && s0 < i && /^و?كان[ت]?$/u.test((toks[s0 - 1] as Tok).f) && (toks[i - 1] as Tok).f === "قد";
      // «وردّ سعيّد على منتقديه …»: a reply names the one replying between the verb and «على» (a bare personal name
      // too); «على» there is the preposition, not the given name
      let onto = -1;
      if (v.lemma === "رد" && !/^[يت]/u.test(stripW(t.f))) {
        for (let m = i + 2; m <= Math.min(to - 2, i + 7); m++) {
          const w = toks[m] as Tok;
          if (!isWord(w)) break;
          // («المتحدث علي الأحمد»: spelt with ي before a name, it is the given name)
          if (w.f !== "علي" || (/ي$/u.test(text.slice(w.start, w.end)) && nameLike(toks[m + 1] as Tok))) continue;
          const bare = toks.slice(i + 1, m).every((x) => isWord(x) && nameLike(x) && !hasAl(x.f) && !PLACE.has(x.f));
          if ((subject || (bare && m - i <= 3)) && isWord(toks[m + 1])) onto = m;
          break;
        }
      }
      if (onto > 0) {
        const sp = parseRegion(text, toks, i + 1, onto - 1, []);
        if (sp && sp.kind !== "place" && !isArtefact(toks, sp)) {
          hits.push({ i, v, content: onto, speaker: sp, via: [], explicit: true, impersonal: false, nominal: true });
          continue;
        }
      }
      if ((!subject && !afterKana) || /^[يت]/u.test(stripW(t.f))) continue;
      if (v.lemma === "سجل" && !hasFigure(toks, i + 2, Math.min(to, i + 10))) continue;
    }
    // «وشاهد مراسل فرانس برس طوابير …»: what a correspondent or photographer saw is the outlet's report; «شاهد»
    // after anyone else, or as the noun «a witness», reports nothing
    if (v.lemma === "شاهد") {
      const nx = toks[i + 1];
      if (!isWord(nx) || !/^(?:مراسل|مصور|صحافي|صحفي)/u.test(nx.f) || /^[يت]/u.test(stripW(t.f))) continue;
      let e = i + 2;
      const known = knownAt(toks, e, to);
      if (known) e += known.len;
      else if (isWord(toks[e]) && OUTLET_HEAD.has((toks[e] as Tok).f.replace(/^ال/u, ""))) {
        // («مراسلو وكالة فرانس برس»، «مصور الوكالة»: the outlet's own name, if any, follows its head)
        const named = hasAl((toks[e] as Tok).f) ? null : knownAt(toks, e + 1, to);
        e += 1 + (named?.len ?? 0);
      }
      const sp = parseRegion(text, toks, i + 1, e - 1, []);
      if (sp) hits.push({ i, v, content: e, speaker: sp, via: [], explicit: true, impersonal: false, nominal: true });
      continue;
    }
    // «بين الجيش والمتمردين» is the preposition: «وبيّن الفراية أن …» has «أن» within a few words
    // («بين المكونات، إذ يمكن أن …»: the preposition, whose «أن» belongs to another clause past a comma)
    // (written with its shadda, «بيّن» is the verb whatever follows)
    if (
      v.lemma === "بين" &&
      !text.slice(t.start, t.end).includes("\u0651") &&
      (found.k < 0 ||
        found.k - i > 6 ||
        !COMP.has((toks[found.k] as Tok).f) ||
        toks.slice(i + 1, found.k).some((w) => isComma(w)))
    )
      continue;
    // «طلب» is also a noun (قدّم طلبا): the verb has a subject that names a body, a role or a person after it
    if (v.lemma === "طلب" && prev?.kind === "word" && !/^[وف]?$/u.test(prev.f) && !isComma(prev) && i !== from) {
      if (!/^[وف]/u.test(t.f) && prev.f !== "كما") continue;
    }
    // «بحسب شهود عيان تحدثوا للموقع»: a verb right after an according-to source is that source's relative clause
    if (afterAccording(toks, i, from)) continue;
    // «عبر الحدود»، «عبر معبر رفح» is the preposition: the verb «عبّر» has a subject that speaks and «عن» after it
    if (v.lemma === "عبر" && stripW(t.f) === "عبر") {
      const nx = toks[i + 1];
      // (or a family name in -ي with the article: «وعبّر الإزيرجاوي عن استغرابه»; «عبر الحدود» names no one)
      const subject =
        isWord(nx) &&
        (TITLE.has(nx.f) ||
          ORG_HEAD.has(nx.f) ||
          GIVEN_NAME.has(nx.f) ||
          UNNAMED.has(nx.f) ||
          (hasAl(nx.f) && /ي$/u.test(nx.f) && nx.f.length >= 5 && nameLike(nx) && !PLACE.has(nx.f)));
      if (!subject || found.k < 0 || (toks[found.k] as Tok).f !== "عن") continue;
    }
    // «أبدى قلقه»، «أبدت ترحيبها» report a stance; «يبدي مقاومة» does not; «جددت الجبهة مطالبتها» renews one,
    // «جدد الجيش قصفه» does not; «رفعت الوزارة حصيلة الوفيات إلى 99» reports a figure, «رفع الجيش الحواجز» does not
    // («وحثّت الأطراف كافة على وقف التصعيد»: urging names whom it urges right after the verb; with no body, title
    // or name there the subject is carried)
    // («وأعرب المرشد عن تعازيه، وحضّ فرق الإغاثة على بذل …»: after a comma and «و» a call's subject goes on; the
    // words before «على/إلى» are whom it calls on)
    if (
      (CALLING.has(v.lemma) || v.lemma === "طالب") &&
      !v.participle &&
      isComma(prev) &&
      // (the conjunction, not a root's first letter: «، وجّه نواب …» names its subject)
      /^و/u.test(t.f) &&
      (!v.lemma.startsWith("و") || /^وو/u.test(t.f)) &&
      addresseeThenPreposition(toks, i + 1, to)
    ) {
      hits.push({ i, v, content: i + 1, speaker: null, via: [], explicit: false, impersonal: false });
      continue;
    }
    if ((v.lemma === "حث" || v.lemma === "حض") && !v.participle && isWord(toks[i + 1])) {
      const nx = toks[i + 1] as Tok;
      const subject =
        subjectWordAt(toks, i + 1, to) || GIVEN_NAME.has(nx.f) || PLACE.has(nx.f) || (nameLike(nx) && !hasAl(nx.f));
      if (!subject && !POINTING_BACK.has(nx.f)) {
        hits.push({ i, v, content: i + 1, speaker: null, via: [], explicit: false, impersonal: false });
        continue;
      }
    }
    // («ثم أجرى به اتصالاً هاتفياً أكد خلاله …»: a verb pointing back to the occasion goes on with the clause's
    // subject; the words before it are that occasion, not a subject)
    // (only after another verb of the clause, and with no subject of its own after the pronoun: «اتهم خلاله
    // نتنياهو حماس …» names one)
    const after = toks[i + 2];
    const ownAfter = () =>
      subjectWordAt(toks, i + 2, to) ||
      (isWord(after) && nameLike(after) && !hasAl(after.f) && !withPronoun(text, after));
    if (isWord(toks[i + 1]) && POINTING_BACK.has((toks[i + 1] as Tok).f) && !ownAfter()) {
      const content = found.k >= 0 ? found.content : i + 2;
      if (hits.length > 0) {
        hits.push({ i, v, content, speaker: null, via: [], explicit: false, impersonal: false });
        continue;
      }
      // («تقرير أصدرته محكمة المحاسبات في 2020 …، كشفت فيه …»: with no verb before it, what «فيه» points back to
      // was issued by the body named after its verb)
      let issuer: SpeakerPhrase | null = null;
      for (let k = i - 1; k >= Math.max(from, i - 24) && !issuer; k--) {
        const w = toks[k] as Tok;
        if (isWord(w) && PREPARED_BY.test(w.f) && DOCUMENT.has(stripW((toks[k - 1] as Tok | undefined)?.f ?? "")))
          issuer = agentUpTo(text, toks, k + 1, i);
      }
      if (issuer) {
        hits.push({ i, v, content, speaker: issuer, via: [], explicit: true, impersonal: false, nominal: true });
        continue;
      }
    }
    const objects = REPORTED_OBJECTS.get(v.lemma);
    const stanceAt = objects ? stanceIndex(toks, i, to, objects) : -1;
    // («وجّه المحافظ X بإخلاء …» orders an act: a report without the appeal it otherwise needs)
    const ordered = v.lemma === "وجه" && found.k > i + 1 && orderedAct((toks[found.k] as Tok).f);
    if (objects && stanceAt < 0 && !ordered) continue;
    // where a subject before the verb would start (used by several readings below)
    const pre = preVerbStart(toks, i, from);
    // «"حماس" تنفي وجود …»: a headline's short quoted name right before a present-tense verb is its subject
    // («"لن نتراجع" قال الوزير»، «"كفى" يقول المحتجون»: words said, before a verb of saying, are not)
    // (or after a lone «و» opening the clause: «و«حماس» تنفي …»)
    const qFrom =
      pre > from &&
      ((pre - from <= 4 && (toks[pre - 1] as Tok).f === ":") || (pre === from + 1 && (toks[from] as Tok).f === "و"))
        ? pre
        : from;
    const quotedName =
      pre === qFrom &&
      /^[يت]/u.test(t.f) &&
      !SAYING.has(v.lemma) &&
      (toks[qFrom] as Tok | undefined)?.kind === "quote" &&
      closingQuote(toks, qFrom, i) === i - 1 &&
      i - qFrom <= 6;
    // «المعارضة تطالب سعيّد بالتنحي»، «الجيش اللبناني يتهم إسرائيل بخرق الاتفاق»: an imperfect verb after its
    // subject; what follows the verb is its object
    // (parsed only when a reading below asks for it)
    // «إردوغان يعلن الطوارئ …»: a bare personal name of one or two words opening the clause, right before a present
    // verb, is its subject
    const bareName =
      pre === from &&
      i > pre &&
      i - pre <= 2 &&
      /^[يت]/u.test(t.f) &&
      toks.slice(pre, i).every(
        (w) =>
          isWord(w) &&
          nameLike(w) &&
          !hasAl(w.f) &&
          // (a capital alone stands for its government: «وواشنطن تتهم الحوثيين بخطف بحارة»، «طهران تنفي …»)
          (!PLACE.has(stripW(w.f)) || (i - pre === 1 && CAPITALS.has(stripW(w.f)))) &&
          // («وبينما تتهم المعارضة …»: a conjunction of time or contrast is no name)
          !/^و?(?:بينما|فيما|عندما|حينما|كلما|طالما|ريثما)$/u.test(w.f),
      );
    let sv: SpeakerPhrase | null | undefined;
    // «… ترتفع إلى 12 قتيلا وحزب الله يتوعد …»: a body or a person joined by و right before a present verb, in the
    // second half of a clause, is that verb's subject
    let conjoined = false;
    const svSubject = (): SpeakerPhrase | null => {
      if (sv !== undefined) return sv;
      sv = null;
      // (a verbal noun, «غداة تحذير المتحدث …», has its agent after it, whatever letter it opens with)
      if (verbOf(t.f) === undefined && agentNoun(toks, i, from, to) !== undefined) return sv;
      if (i > from && /^[يت]/u.test(t.f) && pre >= 0 && i - pre > 4) {
        for (let k = i - 1; k >= Math.max(pre + 1, i - 4); k--) {
          const w = toks[k] as Tok;
          if (!isWord(w)) break;
          if (!/^و../u.test(w.f) || !isWord(toks[k - 1])) continue;
          const sp = parseRegion(text, toks, k, i - 1, []);
          if (sp && (sp.kind === "person" || sp.kind === "organization") && sp.start > w.start) {
            conjoined = true;
            sv = sp;
            return sv;
          }
          break;
        }
      }
      // («غير أن النائب أرشد الصالحي اتهم المفوضية …»: after a concession, a past verb has its subject before it too)
      // (where a title, its place and a name may take up to eight words)
      // (not a relay: «غير أن صحيفة «التغيير» نقلت عن شهود …» has its source after «عن»)
      const conceded = pre >= 0 && v.lemma !== "نقل" && found.source < 0 && concessionBefore(toks, pre);
      const reach = conceded ? 8 : 4;
      // («عشيرة منفذ هجوم «الكرامة» تنفي …»: quotation marks around a name right before the verb take no room)
      const span =
        pre >= 0 && toks[i - 1]?.kind === "quote" ? toks.slice(pre, i).filter((w) => isWord(w)).length : i - pre;
      // («وكالة "أسوشيتد برس" قالت إن …»: a wire or a paper opening the clause before a past verb is its subject too)
      // (not a relay: «وكالة "رويترز" نقلت عن شهود …» has its source after «عن»)
      if (
        i > from + 1 &&
        i - from <= 7 &&
        v.lemma !== "نقل" &&
        found.source < 0 &&
        !/^[يت]/u.test(t.f) &&
        isWord(toks[from]) &&
        toks.slice(from, i).every((w) => w.kind === "word" || w.kind === "quote")
      ) {
        // («وكالة» opens with a و of its own)
        const f0 = (toks[from] as Tok).f;
        if ([f0, stripW(f0)].some((h) => OUTLET_HEAD.has(h) || OUTLET_HEAD.has(h.replace(/^ال/u, "")))) {
          const sp = parseRegion(text, toks, from, i - 1, []);
          if (sp && (sp.kind === "agency" || sp.kind === "outlet")) {
            sv = sp;
            return sv;
          }
        }
      }
      if (i === from || !(/^[يت]/u.test(t.f) || conceded) || pre < 0 || pre >= i || span > reach) return sv;
      if (sceneBefore(toks, pre, i) || (conceded && toks.slice(pre, i).some((w) => isComma(w)))) return sv;
      // (a quoted name of several words is read with its marks, so that a body's name stays whole)
      const sp =
        quotedName && i - pre <= 3
          ? parseRegion(text, toks, pre + 1, i - 2, [])
          : parseRegion(text, toks, pre, i - 1, []);
      const shortDefinite = i - pre <= 2 && /^و?ال/u.test((toks[pre] as Tok).f) && pre === from;
      if (sp !== null && ((sp.kind !== "unknown" && sp.kind !== "place") || shortDefinite || quotedName || bareName))
        sv = sp;
      return sv;
    };
    const via: string[] = [];
    if (found.k < 0) {
      // a participle opening its own clause continues the clause before it (لافتاً إلى وجود …)
      if (v.participle) {
        if (i === from) hits.push({ i, v, content: i + 1, speaker: null, via, explicit: false, impersonal: false });
        continue;
      }
      // «وأبدى قلقه من …»، «ووجّه نداء إلى …»، «وقدّر كلفة الأضرار بما بين …»: the stance or the measured object
      // right after a verb that opens its clause; the subject is carried
      // («كما قررت خفض سعر الائتمان …»، «ووافقت على طلب …»: a body's decision right after its verb)
      const nx1 = toks[i + 1];
      const objectFirst =
        stanceAt === i + 1 ||
        (v.lemma === "قدر" && isWord(nx1) && MEASURED_OBJECT.test(nx1.f)) ||
        (v.lemma === "قرر" && isWord(nx1) && (VERBAL_NOUN.test(nx1.f) || DECISION_NOUN.test(nx1.f))) ||
        ((v.lemma === "وافق" || v.lemma === "أبقى") && isWord(nx1) && nx1.f === "علي");
      if (objectFirst && !v.impersonal && (pre < 0 || pre >= i)) {
        hits.push({ i, v, content: i + 1, speaker: null, via, explicit: false, impersonal: false });
        continue;
      }
      // postposed: "…"، قال X / "…"، هكذا قال X
      const startsQuoted = toks[from]?.kind === "quote";
      const lead = prev?.f === "هكذا" || prev?.f === "كما" ? toks[i - 2] : prev;
      if (startsQuoted && lead && (isComma(lead) || lead.kind === "quote") && !quotedName) {
        let b = i + 1;
        while (b < to && !isStop(toks[b])) b++;
        const sp = parseRegion(text, toks, i + 1, b - 1, via);
        if (sp) hits.push({ i, v, content: from, speaker: sp, via, explicit: true, impersonal: false });
        continue;
      }
      // transitive verb with an organisation or role as subject and a direct object: رجّحت قوات … وجود …
      // (unless a subject already stands before the verb: «الجيش اللبناني يتهم إسرائيل بخرق الاتفاق»)
      // («أما وزارة الصحة فقدّرت عدد القتلى بـ…»: after «أما» the subject stands before the verb that takes فـ)
      const topicFirst = /^ف/u.test(t.f) && pre > from && /^و?اما$/u.test((toks[pre - 1] as Tok).f);
      // («وكان الحزب قد حمّل إسرائيل المسؤولية …»: after «كان … قد» the subject stands before the verb, and what
      // follows the verb is its object)
      const kanaFirst =
        pre > from &&
        pre < i - 1 &&
        i - pre <= 6 &&
        (toks[i - 1] as Tok).f === "قد" &&
        /^و?كان[ت]?$/u.test((toks[pre - 1] as Tok).f);
      if (v.transitive && kanaFirst) {
        const sp = parseRegion(text, toks, pre, i - 2, via);
        // (between «كان» and «قد» stands the subject, whatever it is: «وكانت الأهلي المالية قد أعلنت …»)
        // (quotation marks around the name take no room: «وكانت «الدعم السريع» قد أمهلت …»)
        const between =
          sp !== null &&
          toks.slice(pre, i - 1).filter((w) => isWord(w)).length <= 3 &&
          toks.slice(pre, i - 1).every((w) => (isWord(w) && !TIME.has(w.f)) || w.kind === "quote");
        if (sp && (sp.kind !== "unknown" || between) && sp.kind !== "place" && !isArtefact(toks, sp)) {
          hits.push({ i, v, content: i + 1, speaker: sp, via, explicit: true, impersonal: false, nominal: true });
          continue;
        }
      }
      // («ونددت بها قطر أيضاً»، «ورحّب به الاتحاد الأوروبي»: what the verb takes with «بـ» pointed back to by its
      // pronoun, then the subject)
      const pointed = toks[i + 1];
      if (
        TAKES_BI.has(v.lemma) &&
        isWord(pointed) &&
        /^ب(?:ه|ها|هم|هما)$/u.test(pointed.f) &&
        isWord(toks[i + 2]) &&
        (PLACE.has((toks[i + 2] as Tok).f) || subjectWordAt(toks, i + 2, to))
      ) {
        const e = npEnd(toks, i + 2, to);
        const sp = e > i + 2 ? parseRegion(text, toks, i + 2, e - 1, via) : null;
        if (sp && sp.kind !== "unknown") {
          hits.push({ i, v, content: e, speaker: sp, via, explicit: true, impersonal: false });
          continue;
        }
      }
      if (v.transitive && !topicFirst && svSubject() === null) {
        // «جدّد المطران X رفضه …»، «أبدت المنظمة قلقها»: the subject runs up to the stance it renews or shows
        let e = stanceAt > i + 1 ? stanceAt : npEnd(toks, i + 1, to);
        // («سارع المسؤولون إلى اتهام …»: the preposition before the act hastened to is no part of the subject)
        if (v.lemma === "سارع" && e > i + 2 && (toks[e - 1] as Tok).f === "الي") e--;
        // («حمّل الوزير X العقوبات مسؤولية …»: the one held responsible stands between the subject and «مسؤولية»)
        if (v.lemma === "حمل" && stanceAt > i + 1) e = Math.min(e, npEnd(toks, i + 1, stanceAt));
        // («حمّل بطريرك أنطاكية …، يوحنا العاشر يازجي، الحكومة «المسؤولية»»: a subject with its name or title set off
        // by commas runs to the second comma; the one held responsible follows it)
        if (stanceAt > i + 1) {
          const c1 = toks.findIndex((w, k) => k > i + 1 && k < stanceAt && isComma(w));
          const c2 = c1 > 0 ? toks.findIndex((w, k) => k > c1 + 1 && k < stanceAt && isComma(w)) : -1;
          const apposed = c2 > 0 && c2 + 1 < stanceAt && e <= c1 ? parseRegion(text, toks, i + 1, c2 - 1, via) : null;
          if (apposed?.kind === "person" && apposed.role) e = c2;
        }
        // («وحمّل السلطة المستقلة «المسؤولية الكاملة …»»: the phrase right before «المسؤولية» is the one held
        // responsible; the subject is carried)
        if (v.lemma === "حمل" && e > i + 1) {
          const after = toks[e]?.kind === "quote" ? toks[e + 1] : toks[e];
          if (isWord(after) && RESPONSIBILITY.test(after.f)) {
            hits.push({ i, v, content: e, speaker: null, via, explicit: false, impersonal: false });
            continue;
          }
        }
        // («مع إعلان الحكومة التوصل إلى اتفاق»: after a verbal noun, a definite act after the definite agent is what
        // was announced)
        for (let m = i + 2; fromNoun && m < e; m++) {
          const w = toks[m] as Tok;
          if (hasAl((toks[m - 1] as Tok).f) && /^ال/u.test(w.f) && ACT_NOUN.test(`ب${w.f}`)) {
            e = m;
            break;
          }
        }
        // («وأدانت حركة حماس العملية»: what one condemns or blesses, an act, ends the subject)
        for (let m = i + 2; CONDEMNING.has(v.lemma) && m < e; m++) {
          if (CONDEMNED_ACT.has((toks[m] as Tok).f)) {
            e = m;
            break;
          }
        }
        // («ويتهم حماس بالتراجع»: a masculine verb of accusing or calling before a feminine body addresses it; the
        // subject is the sentence's, carried)
        // (and «جميع/كافة/كل …» after it are always the ones called on: «وطالب جميع أطراف الصراع بوقف …»)
        if (
          e > i + 1 &&
          ADDRESSING.has(v.lemma) &&
          ((masculineVerb(t.f, v) && (feminineBody(toks[i + 1] as Tok) || feminineKnown(toks, i + 1, e))) ||
            /^(?:جميع|كافه|كل)$/u.test((toks[i + 1] as Tok).f))
        ) {
          hits.push({ i, v, content: i + 1, speaker: null, via, explicit: false, impersonal: false });
          continue;
        }
        // («ونفى الشقيق الرابع للمهاجمين مشاركته …»: a definite phrase of no known kind, then a noun carrying its
        // pronoun, is the subject and the object)
        let owner = false;
        if (e === i + 1) {
          let m = i + 1;
          while (m < Math.min(to, i + 5) && isWord(toks[m]) && /^(?:ال|لل|[لب]ال)/u.test((toks[m] as Tok).f)) m++;
          // («ونفت ميلوني وجود انقسام»: or a bare personal name of one or two words, before a denied thing)
          const bareName = (w: Tok | undefined) => isWord(w) && nameLike(w) && !hasAl(w.f) && !PLACE.has(w.f);
          let named = false;
          if (m === i + 1 && v.stance === "denies" && bareName(toks[i + 1])) {
            m = bareName(toks[i + 2]) && !DENIED_OBJECT.has((toks[i + 2] as Tok).f) ? i + 3 : i + 2;
            named = true;
          }
          let obj = toks[m];
          // (or before an aside on who they are: «نفى الشقيق الرابع، وهو مطرب سابق، ما …»)
          const aside = isComma(obj) && /^و(?:هو|هي|هم)$/u.test((toks[m + 1] as Tok | undefined)?.f ?? "");
          // («نفى مايكل بودوروغلو، ممثل الشركة المشغلة، تلقي أي تحذير»: a name, its title set off by commas, then the
          // denied thing)
          if (named && isComma(obj) && isWord(toks[m + 1]) && TITLE.has((toks[m + 1] as Tok).f)) {
            let c = m + 2;
            while (c < Math.min(to, m + 14) && !isComma(toks[c])) c++;
            const after = toks[c + 1];
            if (isComma(toks[c]) && isWord(after) && (DENIED_OBJECT.has(after.f) || VERBAL_NOUN.test(after.f))) {
              m = c + 1;
              obj = after;
            }
          }
          // (a denial's object is mostly a verbal noun, «ما» or «أي»: «ونفت النهضة تلقي أي تمويل»)
          const deniedThing =
            v.stance === "denies" &&
            isWord(obj) &&
            (DENIED_OBJECT.has(obj.f) || VERBAL_NOUN.test(obj.f) || /^ت.{3,4}$/u.test(obj.f) || obj.f === "ما");
          // (after a bare name, only a verbal noun or «وجود/صحة …» opens the object: «تنفي رصد أي بقعة» names no one)
          const strictlyDenied =
            isWord(obj) && ((DENIED_OBJECT.has(obj.f) && !/^ايه?$/u.test(obj.f)) || VERBAL_NOUN.test(obj.f));
          owner =
            m > i + 1 &&
            !PLACE.has((toks[i + 1] as Tok).f) &&
            (!named || strictlyDenied) &&
            (aside ||
              deniedThing ||
              (withPronoun(text, obj) && !/^(?:[لب]|الي|علي|عن|من|في|مع|لدي|عند|اياه|ايا)/u.test((obj as Tok).f)));
          if (owner) e = m;
        }
        // («وأعلن الجيش السيطرة على المطار»: a definite verbal noun taking «على» opens the object)
        // («وناشد المحافظ السكان إخلاء منازلهم»: and the public a call is made on, with no «إلى/على» after it)
        for (let m = i + 2; m < e; m++) {
          const w = toks[m] as Tok;
          if (
            (OBJECT_ON.test(w.f) && (toks[m + 1] as Tok | undefined)?.f === "علي") ||
            ((CALLING.has(v.lemma) || v.lemma === "طالب") && PUBLIC.has(w.f))
          ) {
            e = m;
            break;
          }
        }
        if (e > i + 1) {
          const sp = parseRegion(text, toks, i + 1, e - 1, via);
          // (or any subject right before the chants it voices: «وردد المحتجون هتافات …»)
          const chanted = v.lemma === "ردد" && e === stanceAt;
          if (sp && (sp.kind !== "unknown" || toks[i + 1]?.kind === "quote" || owner || chanted)) {
            // (an announcement named by its verbal noun frames the sentence; it relays no one else's report)
            hits.push({ i, v, content: e, speaker: sp, via, explicit: true, impersonal: false, nominal: fromNoun });
            continue;
          }
        }
      }
      // the subject before the verb and the content a noun phrase after it: «الجيش يقر بانسحاب قواته»،
      // «وكان الجيش قد نفى مساء الأحد تقدم …»، «وكالات أممية تحذر من تبعات …»
      // («قدّم ناجون إفادات تنسب الحادث إلى …»: a present verb right after an indefinite plural of things describes
      // it; the things do not speak)
      const pw = toks[i - 1];
      const describes =
        /^[يت]/u.test(t.f) &&
        isWord(pw) &&
        i - 1 > pre &&
        bareObject(toks, { start: pw.start, end: pw.end } as SpeakerPhrase);
      // («غير أن المتحدث X نفى، في تصريح لوكالة «رويترز»، وجود أي هدنة»: an aside between commas may stand between
      // the verb and its object; where it was said is read as a link)
      let objAt = i + 1;
      if (isComma(toks[i + 1]) && pre >= 0 && pre < i) {
        let c = i + 2;
        while (c < Math.min(to, i + 12) && !isComma(toks[c])) c++;
        if (c < to && isComma(toks[c]) && isWord(toks[c + 1])) {
          for (let m = i + 2; m < c; m++) {
            const adj = adjunctAt(toks, m, c, text);
            if (adj?.via) {
              via.push(adj.via);
              break;
            }
          }
          objAt = c + 1;
        }
      }
      if (
        (v.transitive || v.stance === "warns" || v.stance === "denies") &&
        objAt < to &&
        // («الهلال الأحمر يعلن 11300 قتيل»: a headline's figure may follow the verb bare)
        (isWord(toks[objAt]) || ((toks[objAt] as Tok).kind === "number" && /^[يت]/u.test(t.f))) &&
        !describes
      ) {
        // («وفي مقطع مصور انتشر أمس، نفى الشقيق …»: a prepositional adjunct closed by a comma before the verb sets the
        // scene; it is no subject)
        if (pre >= 0 && pre < i && !sceneBefore(toks, pre, i)) {
          const sp =
            statementIssuer(text, toks, i, pre, from) ??
            (quotedName || (svSubject() && conjoined) ? svSubject() : parseRegion(text, toks, pre, i - 1, via));
          // an unknown subject counts when it is a short definite noun phrase opening the clause (الدعم السريع تعلن …)
          const shortDefinite =
            i - pre <= 3 && /^و?ال/u.test((toks[pre] as Tok).f) && (pre === from || !isWord(toks[pre - 1]));
          // («أما حداد فاتهم …»: a bare name of up to three words between «أما» and a فـ-verb is its subject)
          const topicName =
            topicFirst &&
            i - pre <= 3 &&
            toks.slice(pre, i).every((w) => isWord(w) && nameLike(w) && !hasAl(w.f) && !PLACE.has(w.f));
          // («وكانت أرامكو أعلنت في 30 أيار عزمها …»: between «كان» and the verb stands the subject, whatever it is)
          const afterKana =
            pre > from &&
            i - pre <= 3 &&
            /^و?كان[ت]?$/u.test((toks[pre - 1] as Tok).f) &&
            toks.slice(pre, i).every((w) => isWord(w) && !TIME.has(w.f) && !PLACE.has(w.f));
          // («غير أن مسؤولاً في السلطة المحلية نفى تلك الاتهامات»: an unnamed source is a subject too)
          const unnamedHead = isWord(toks[pre]) && UNNAMED.has((toks[pre] as Tok).f.replace(/ا$/u, ""));
          if (
            sp &&
            // (««أسبيدس» تؤكد عدم رصد أي تسرب»: a quoted name right before the verb is its subject too)
            (sp.kind !== "unknown" ||
              shortDefinite ||
              bareName ||
              topicName ||
              afterKana ||
              quotedName ||
              unnamedHead) &&
            !isArtefact(toks, sp)
          ) {
            hits.push({ i, v, content: objAt, speaker: sp, via, explicit: true, impersonal: false, nominal: true });
          }
        }
      }
      continue;
    }
    // «واصفاً المعركة بأنها الأخيرة»: what stands between a participle and its content is its object; the speaker
    // is the clause's, carried
    if (v.participle) {
      hits.push({ i, v, content: found.content, speaker: null, via, explicit: false, impersonal: false });
      continue;
    }
    let a = i + 1;
    let b = found.k - 1;
    // («وطالب الوزير الحكومة بالتحقيق»، «وشكر ترامب طهران على …»، «ونصح المشاط الشركات الأجنبية بمغادرة …»: before
    // what one calls for, thanks for or advises, the one addressed follows the subject's phrase)
    const kt = toks[found.k] as Tok | undefined;
    if (
      b > a &&
      (ADDRESSING.has(v.lemma) || v.lemma === "شكر" || v.lemma === "نصح") &&
      isWord(kt) &&
      !COMP.has(kt.f) &&
      (/^ب../u.test(kt.f) || kt.f === "الي" || kt.f === "علي")
    ) {
      const e = npEnd(toks, a, b + 1);
      const addressee = toks[e];
      if (
        e > a &&
        e <= b &&
        isWord(addressee) &&
        !REGION_PREPOSITIONS.has(addressee.f) &&
        !TIME.has(addressee.f) &&
        toks.slice(e, b + 1).every((w) => isWord(w))
      )
        b = e - 1;
    }
    // («أفادت مهمة «أسبيدس» البحرية وكالة فرانس برس بأن …»: whom a source informed, a wire or paper ending the
    // region, is the link)
    if ((v.lemma === "أفاد" || v.lemma === "أبلغ") && b > a) {
      for (let m = a + 1; m <= b; m++) {
        const w = toks[m] as Tok;
        // (the outlet's head goes with its name: «وكالة فرانس برس»; «مراسل وكالة فرانس برس» is one phrase)
        let told: { name: string; type: string } | null = null;
        let end = -1;
        if (isWord(w) && OUTLET_HEAD.has(w.f)) {
          const named = knownAt(toks, m + 1, b + 1);
          const quoted = named ? null : quotedOutletAt(text, toks, m, b + 1);
          if (named) [told, end] = [named, m + named.len];
          else if (quoted) [told, end] = [quoted, m + quoted.len - 1];
        } else {
          const named = knownAt(toks, m, b + 1);
          if (named) [told, end] = [named, m + named.len - 1];
        }
        const before = toks[m - 1] as Tok;
        if (
          told &&
          (told.type === "agency" || told.type === "outlet") &&
          end === b &&
          !(isWord(before) && (OUTLET_HEAD.has(before.f) || /^(?:مراسل|مراسله|مصور|موفد)$/u.test(before.f)))
        ) {
          via.push(told.name);
          b = m - 1;
          break;
        }
      }
    }
    // «جدّد المطران X رفضه النتائج، واصفاً إياها بأنها …»: the subject ends at the stance renewed or shown
    if (stanceAt > a && stanceAt <= b) b = stanceAt - 1;
    // («ووجّه نداء عاجلاً إلى …»: with the object right after the verb, no subject is named)
    if (stanceAt === a) b = a - 1;
    // («وتتهم المنظمة السلطات في عهد X بمواصلة …»: the accused and the adjuncts after the subject are no part of it)
    if (v.lemma === "اتهم" && b > a) {
      let a0 = a;
      while (a0 < b && POINTING_BACK.has((toks[a0] as Tok).f)) a0++;
      const np = npEnd(toks, a0, b + 1);
      // («اتهمت أحزاب عربية الحكومة المحلية بـ…»: an indefinite adjective closes the subject; a definite word after
      // it opens the accused)
      let closed = -1;
      for (let m = a0 + 1; m < b && closed < 0; m++) {
        const w = toks[m] as Tok;
        const nx = toks[m + 1] as Tok;
        if (isWord(w) && !hasAl(w.f) && NISBA.test(w.f) && isWord(nx) && hasAl(nx.f) && !hasAl((toks[a0] as Tok).f))
          closed = m + 1;
      }
      if (closed > 0 && (np === a0 || np > closed)) b = closed - 1;
      else if (np > a0 && np <= b) b = np - 1;
      else if (np === a0 && isWord(toks[a0]) && nameLike(toks[a0] as Tok) && !hasAl((toks[a0] as Tok).f)) {
        // («اتهم نتنياهو حركة حماس بـ…»: after a bare personal name, a body or a country is the accused)
        for (let m = a0 + 1; m <= Math.min(b, a0 + 3); m++) {
          const w = toks[m] as Tok;
          if (isWord(w) && (ORG_HEAD.has(w.f) || PLACE.has(w.f) || knownAt(toks, m, b + 1))) {
            b = m - 1;
            break;
          }
        }
      }
    }
    // («ووصفت التصريحات الصادرة من بورتسودان بأنها «مناورة»»: one phrase between «وصف» and what it is called is
    // what is described; the describer is the clause's, carried)
    // (a phrase headed by a plural in «-ات» names no one: «التصريحات الصادرة من …»، «الاتهامات الموجهة إليه»)
    if (v.lemma === "وصف" && b >= a && /^ال\S{2,}ات$/u.test((toks[a] as Tok).f) && onePhrase(toks, a, b)) b = a - 1;
    if (found.source > 0) {
      // نقلت Y عن X قوله: Y is a link of the chain, X the speaker
      const y = parseRegion(text, toks, a, found.source - 1, via);
      if (y) via.push(y.name);
      // («وكالة «فرانس برس» نقلت عن ناجين قولهم …»: a wire or paper before the verb is the link too)
      // («وكانت وكالة «رويترز» نقلت عن …»: after «كان» too)
      const r0 = /^و?كان[ت]?$/u.test((toks[from] as Tok | undefined)?.f ?? "") ? from + 1 : from;
      if (!y && i > r0 && i - r0 <= 6 && !toks.slice(r0, i).some((w) => isComma(w) || isStop(w))) {
        const reporter = parseRegion(text, toks, r0, i - 1, []);
        if (reporter && (reporter.kind === "agency" || reporter.kind === "outlet") && !via.includes(reporter.name))
          via.push(reporter.name);
      }
      a = found.source + 1;
      // («ونقلت وكالة سانا عن مراسلها في اللاذقية أن …»: a wire's own correspondent is the wire reporting)
      if (y && OWN_CORRESPONDENT.test((toks[a] as Tok | undefined)?.f ?? "")) {
        hits.push({
          i,
          v,
          content: found.content,
          speaker: y,
          via: via.filter((x) => x !== y.name),
          explicit: true,
          impersonal: false,
        });
        continue;
      }
      for (let k = a; k <= b; k++) {
        const w = verbOf((toks[k] as Tok).f);
        // («نقلت «واس» عن ولي العهد تأكيده أن …»: a verbal noun with the source's pronoun ends its name like «قوله»)
        // («ونسبت الصحيفة إلى مصادر مطلعة القول إن …»: and so does «القول»)
        // («نقلت الصحيفة عن مصدر أمني تصريحات أكد فيها أن …»: and so do the statements it gave)
        if (
          w?.noun ||
          (k > a &&
            (SAYING_WITH_PRONOUN.test((toks[k] as Tok).f) ||
              (toks[k] as Tok).f === "القول" ||
              STATEMENTS_GIVEN.test((toks[k] as Tok).f)))
        ) {
          // adjuncts after قوله (اليوم السبت، لـ…) still carry vias
          regionParts(toks, k + 1, b, text, via);
          b = k - 1;
          break;
        }
      }
    }
    // ذكرت الوكالة، نقلاً عن مصدر عسكري، أن …: the source after نقلاً عن speaks, the reporter is a link
    for (let k = a; k < b; k++) {
      if (/^و?نقلا$/u.test((toks[k] as Tok).f) && (toks[k + 1] as Tok | undefined)?.f === "عن") {
        let e = k + 2;
        while (e <= b && !isComma(toks[e])) e++;
        // («أفاد تلفزيون العربي نقلاً عن مراسله أن …»: a channel's own correspondent is the channel reporting)
        const own = OWN_CORRESPONDENT.test((toks[k + 2] as Tok | undefined)?.f ?? "") && e === k + 3;
        const inner = own ? null : parseRegion(text, toks, k + 2, e - 1, []);
        if (own) {
          const channel = parseRegion(text, toks, i + 1, k - 1, via);
          if (channel) {
            hits.push({ i, v, content: found.content, speaker: channel, via, explicit: true, impersonal: false });
            a = -1;
          } else b = k - 1;
          break;
        }
        if (inner) {
          // («أما وكالة «بلومبرغ» فأفادت، نقلاً عن …»: the relay may stand before the verb, after «أما» or «كان»)
          const topicAt = /^ف/u.test(t.f) && /^و?اما$/u.test((toks[from] as Tok).f) ? from + 1 : -1;
          const kanaAt = pre > from && /^و?كان[ت]?$/u.test((toks[pre - 1] as Tok).f) ? pre : -1;
          const start = topicAt > 0 ? topicAt : kanaAt;
          const before =
            start > 0 && start < i
              ? parseRegion(text, toks, start, (toks[i - 1] as Tok).f === "قد" ? i - 2 : i - 1, [])
              : null;
          const outer = parseRegion(text, toks, a, k - 1, via) ?? before;
          if (outer) via.push(outer.name);
          regionParts(toks, e, b, text, via);
          hits.push({ i, v, content: found.content, speaker: inner, via, explicit: true, impersonal: false });
        }
        a = -1;
        break;
      }
    }
    if (a < 0) {
      if (hits[hits.length - 1]?.i === i) continue;
      a = i + 1;
    }
    // «وصف الوزير القرار بأنه …»: after وصف the object stands before the content; the subject comes first
    // (and so does «اعتبر» when what is deemed follows in the accusative, not «أن»: «واعتبر الوزير القرار خطأً»)
    const deemed =
      v.lemma === "اعتبر" &&
      found.content >= 0 &&
      ((toks[found.content] as Tok | undefined)?.kind === "quote" ||
        (isWord(toks[found.content]) && !COMP.has((toks[found.content] as Tok).f)));
    // («فيما وصفته منظمة الصحة العالمية بأنه …»: a verb carrying its object as a pronoun has no object after the
    // subject)
    const objectPronoun = verbOf(t.f) === undefined && /(?:ه|ها|هم|هما)$/u.test(t.f);
    if ((v.lemma === "وصف" || deemed) && !objectPronoun) {
      // «وصف الرئيس الروسي X الرئيس الإيراني الراحل بأنه …»: a titled subject ends with its name
      const np = npEnd(toks, a, b + 1);
      const titled = np > a + 1 && np <= b && TITLE.has(stripW((toks[a] as Tok).f));
      if (titled) b = np - 1;
      // «وصف الرئيس X ما جرى بأنه …»: the object (ما جرى) is no part of the subject (and «ووصف ما تتداوله المنصات
      // بأنه …» right after the verb names none: the subject is carried)
      for (let m = a; m <= b; m++) if ((toks[m] as Tok).f === "ما") b = m - 1;
      // («ووصف المستشار X الوضع في محيط السد بأنه …»: a preposition after the object belongs to the object)
      for (let m = a + 2; m <= b; m++) {
        const w = toks[m] as Tok;
        const nx = toks[m + 1];
        // (not where or how the words were said: «ووصف رئيس الوزراء في كلمة متلفزة القرار …»)
        // (nor a place a role is held in: «القائم بأعمال رئيس بعثة المنظمة في اليمن مات هوبر»)
        const said = isWord(nx) && (CHANNEL.has(nx.f) || OCCASION.has(nx.f) || TIME.has(nx.f) || PLACE.has(nx.f));
        if (
          REGION_PREPOSITIONS.has(w.f) &&
          !said &&
          hasAl((toks[m - 1] as Tok).f) &&
          (toks[m - 2] as Tok).kind === "word"
        ) {
          b = m - 1;
          break;
        }
      }
      // («ووصفت السعودية خفضها البالغ … بأنه …»: a noun with a possessive pronoun opens the object)
      for (let m = a + 1; m <= b; m++) {
        if (withPronoun(text, toks[m])) {
          b = m - 1;
          break;
        }
      }
      // (a definite word closing the phrase is the object, unless a title and its name already end the subject:
      // «ووصف الدكتور سالم عبيد الظاهري الزيارة …» keeps the family name)
      // (nor when the object already stood apart after it: «ووصف رئيس الوزراء الهجوم بأنه …»)
      if (
        b > a &&
        /^ال/u.test((toks[b] as Tok).f) &&
        !(titled && b === np - 1 && nameLike(toks[b - 1] as Tok)) &&
        !OBJECT_AFTER_BODY.test((toks[b + 1] as Tok | undefined)?.f ?? "")
      )
        b--;
    }
    // «أظهرت بيانات X أن …» reports X's figures; «أظهر التنظيم أنه …» (showed) reports no one
    // («أما البنك المركزي فأظهرت بياناته أن …»: its own data, with the pronoun, report for the topic named before)
    // («وتظهر الأرقام التي قدمها شرفي أن …»: a definite document counts with the one who presented it named)
    const presented =
      isWord(toks[a]) &&
      documentWord((toks[a] as Tok).f.replace(/^ال(?=...)/u, "")) &&
      /^(?:التي|الذي)$/u.test((toks[a + 1] as Tok | undefined)?.f ?? "") &&
      PREPARED_BY.test((toks[a + 2] as Tok | undefined)?.f ?? "");
    if (v.lemma === "أظهر" && !(isWord(toks[a]) && documentWord(stripW((toks[a] as Tok).f))) && !presented) continue;
    // «وكان الرئيس X أعلن مساء الثلاثاء، بعد اتصالين مع Y وZ، أن …»: with كان the subject stands before the verb;
    // what follows the verb is time, place and circumstance, whatever names it holds
    // (so does «أما X فقدّرت عدد القتلى بـ…»: the topic after «أما» is the subject of the verb that takes فـ)
    const kana =
      pre > from &&
      (/^و?كان[ت]?$/u.test((toks[pre - 1] as Tok | undefined)?.f ?? "") ||
        (/^ف/u.test(t.f) && /^و?اما$/u.test((toks[pre - 1] as Tok).f)));
    const preSubject = kana && pre < i ? parseRegion(text, toks, pre, i - 1, via) : null;
    // («وكان سعيد قد دعا التونسيين …»: after كان a lone name is the subject too)
    // (and so is any phrase between «كان» and «قد»: «وكان حساب على «إكس» يحمل اسم «علقم» قد زعم أن …»)
    const kanaQad =
      (toks[i - 1] as Tok | undefined)?.f === "قد" &&
      /^و?كان[ت]?$/u.test((toks[pre - 1] as Tok | undefined)?.f ?? "") &&
      i - pre <= 12 &&
      !toks.slice(pre, i).some((w) => isComma(w) || isStop(w));
    const usePre = preSubject !== null && (preSubject.kind !== "unknown" || i - pre <= 3 || kanaQad);
    // «وكانت الصحيفة قد نقلت عن مسؤولين أمنيين أن …»: with the reporter before «نقل», the source after «عن» speaks
    // and the reporter is the link
    const relayed =
      usePre && found.source > 0 && b >= a && (found.source === i + 1 || timeOnly(toks, i + 1, found.source))
        ? parseRegion(text, toks, a, b, [])
        : null;
    // («نقلت المنظمة عن شهادات ناجين أن …»: accounts or documents it cites are its sources, not speakers)
    const cited =
      isWord(toks[a]) && (ACCOUNTS.has(stripW((toks[a] as Tok).f)) || DOCUMENT.has(stripW((toks[a] as Tok).f)));
    if (relayed && relayed.kind !== "unknown" && preSubject && !cited && !isArtefact(toks, relayed)) {
      via.push(preSubject.name);
      hits.push({ i, v, content: found.content, speaker: relayed, via, explicit: true, impersonal: false });
      continue;
    }
    if (usePre && b >= a) {
      regionParts(toks, a, b, text, via);
      // («وكان X قد أبلغ وكالة الأناضول أن …»: whom one tells, an agency or a paper, is the link)
      const told = v.lemma === "أبلغ" ? parseRegion(text, toks, a, b, []) : null;
      if (told && (told.kind === "agency" || told.kind === "outlet")) via.push(told.name);
    }
    // «ودعت المواطنين إلى البقاء …»: a lone plural in the accusative after a transitive verb is its object; the
    // subject is carried («ودعا المحتجون إلى …» names its speakers in the nominative)
    // (not a day: «قد أفادت الاثنين بأن …»)
    const objectOnly =
      v.transitive &&
      a === b &&
      isWord(toks[a]) &&
      /^ال.{2,}ين$/u.test(stripW((toks[a] as Tok).f)) &&
      !TIME.has(stripW((toks[a] as Tok).f));
    // («ودعت المجتمع الدولي إلى التحرك العاجل»: a masculine title or the international community after a feminine
    // verb of calling is whom it addresses; the subject is carried)
    // («ودعت جميع وسائل الإعلام إلى …»: and so does «جميع/كل» after a verb of calling or urging)
    const addressedOnly =
      ADDRESSING.has(v.lemma) &&
      isWord(toks[a]) &&
      ((feminineVerb(t.f) && masculineAddressee(toks[a] as Tok)) ||
        // («ووجّه وزيرة التضامن بصرف …»: and a feminine title after a masculine verb)
        (masculineVerb(t.f, v) && FEMALE_TITLE.test((toks[a] as Tok).f)) ||
        (CALLING.has(v.lemma) && (QUANTIFIER.has((toks[a] as Tok).f) || PUBLIC.has((toks[a] as Tok).f))));
    if ((objectOnly || addressedOnly) && !usePre) {
      hits.push({ i, v, content: found.content, speaker: null, via, explicit: false, impersonal: false });
      continue;
    }
    // «وقدّر المسؤول عدد الحجاج … بنحو 400 ألف»: the object stands between a transitive verb's subject and its content
    // (an object named inside the phrase after the verb ends its subject, whatever the verb)
    if (!usePre && b > a) b = objectInside(toks, a, b + 1, v) - 1;
    if (v.transitive && !usePre && b > a) {
      let e = npEnd(toks, a, b + 1);
      if (e <= a && isWord(toks[a]) && hasAl((toks[a] as Tok).f)) {
        e = a + 1;
        // (a title after a definite plural is whom it addresses: «طالب النواب الوزير بالتدخل»)
        while (e <= b && isWord(toks[e]) && hasAl((toks[e] as Tok).f) && !TITLE.has((toks[e] as Tok).f)) e++;
      }
      // (only a measured object in construct, «عدد …»، «حجم …»: anything else may be the subject's own name; a
      // demand or a call ends its subject at an apposition or at the person it addresses: «طالبت الجبهة، أكبر
      // ائتلاف معارض، الرئيس سعيّد بالتنحي»، «دعا البطريرك X المؤمنين إلى الصلاة»)
      // («وحث المتحدث الجميع على …»، «ودعا المركز الجمهور إلى …»: the public called on ends the subject)
      // («وتتهم المعارضة الرئيس قيس سعيّد بتوظيف القضاء»: and so does an accusation or a reproach end its subject at
      // the title of whom it accuses)
      const addressed =
        ((v.lemma === "طالب" ||
          v.lemma === "دعا" ||
          v.lemma === "اتهم" ||
          v.lemma === "انتقد" ||
          // («ووجّه رئيس الوزراء X وزيرة التضامن بصرف …»: and so does a direction at the title it is given to)
          v.lemma === "وجه") &&
          (isComma(toks[e]) ||
            (isWord(toks[e]) && (TITLE.has((toks[e] as Tok).f) || PLURAL_OBJECT.test((toks[e] as Tok).f))))) ||
        (CALLING.has(v.lemma) &&
          isWord(toks[e]) &&
          (PUBLIC.has((toks[e] as Tok).f) || QUANTIFIER.has((toks[e] as Tok).f)));
      // («تداول ناشطون معارضون خبر الاستهداف على أنه …»: an unnamed group in the nominative plural ends at its
      // adjectives; what follows is the object)
      // (not before a relative verb of its own: «محللون استطلعت رويترز آراءهم»)
      const group =
        isWord(toks[a]) &&
        UNNAMED.has((toks[a] as Tok).f) &&
        /ون$/u.test((toks[a] as Tok).f) &&
        isWord(toks[e]) &&
        verbOf((toks[e] as Tok).f) === undefined &&
        !verbWithObject((toks[e] as Tok).f) &&
        // (a noun in construct with a definite one: «خبر الاستهداف»; not a verb in -ت: «استطلعت رويترز»)
        !/ت$/u.test((toks[e] as Tok).f) &&
        !hasAl((toks[e] as Tok).f) &&
        isWord(toks[e + 1]) &&
        hasAl((toks[e + 1] as Tok).f);
      // («أعلن الرئيس محمد بازوم حالة الطوارئ»: and so does what is declared)
      if (
        e > a &&
        e <= b &&
        (addressed ||
          group ||
          (isWord(toks[e]) && (MEASURED_OBJECT.test((toks[e] as Tok).f) || DECLARED_OBJECT.test((toks[e] as Tok).f))))
      )
        b = e - 1;
      else if (v.lemma === "طالب" || CALLING.has(v.lemma)) {
        // «طالب النائب العام X جميع الجهات بالامتناع …»: a quantifier opens the addressed, wherever the name ends
        // («وحث المتحدث الجميع على …»: and so does the public called on)
        for (let m = a + 1; m <= b; m++) {
          if (isWord(toks[m]) && (QUANTIFIER.has((toks[m] as Tok).f) || PUBLIC.has((toks[m] as Tok).f))) {
            b = m - 1;
            break;
          }
        }
      }
    }
    // «توعّدت الحركة إسرائيل بالرد»، «توعّد الوزير المخالفين بعقوبات»: whom one threatens, a country or a plural,
    // ends the subject
    if (v.lemma === "توعد" && !usePre) {
      for (let m = a + 1; m <= b; m++) {
        const w = toks[m] as Tok;
        if (isWord(w) && (PLACE.has(w.f) || knownAt(toks, m, b + 1)?.type === "place" || PLURAL_OBJECT.test(w.f))) {
          b = m - 1;
          break;
        }
      }
    }
    // «انتقد الرئيس حسن روحاني الرياض خلال لقائه …»: a place or a capital right after a personal name is whom one
    // criticises or accuses, the object; the subject ends with the name
    if (TARGETING.has(v.lemma) && !usePre) {
      for (let m = a + 2; m <= b; m++) {
        const w = toks[m] as Tok;
        const prev = toks[m - 1] as Tok;
        if (
          isWord(w) &&
          (PLACE.has(w.f) || CAPITALS.has(w.f)) &&
          isWord(prev) &&
          nameLike(prev) &&
          !hasAl(prev.f) &&
          toks.slice(a, m).some((x) => isWord(x) && GIVEN_NAME.has(x.f))
        ) {
          b = m - 1;
          break;
        }
      }
    }
    // «وقدّر أبو الرب عدد العائلات … بما بين …»، «وقدّر المسؤول حجم الخسائر بـ…»: what is estimated ends the subject
    // (and right after the verb it is the object of a subject carried: «وقدّر كلفة الأضرار بما بين …»)
    if (v.lemma === "قدر" && !usePre) {
      for (let m = a; m <= b; m++) {
        if (isWord(toks[m]) && ESTIMATED.test((toks[m] as Tok).f)) {
          b = m - 1;
          break;
        }
      }
    }
    // «وطالب وزارة الصحة بالتحقيق»: a masculine verb of demanding or calling before a feminine body's name does not
    // agree with it; the body is its object and the subject is carried (a body's own demand is «وطالبت الوزارة»)
    if (
      !usePre &&
      ADDRESSING.has(v.lemma) &&
      isWord(toks[a]) &&
      (masculineVerb(t.f, v)
        ? feminineBody(toks[a] as Tok) || feminineKnown(toks, a, b + 1)
        : // (and so does a feminine verb before a lone family name in -ي: «وطالبت الكاظمي بإقالة …» addresses a man)
          /ت$/u.test(stripW(t.f)) && a === b && familyNameAlone(toks[a] as Tok))
    ) {
      hits.push({ i, v, content: found.content, speaker: null, via, explicit: false, impersonal: false });
      continue;
    }
    // «أما X فطالبت، في بث مباشر …، بإعلان …»: an aside right after the verb holds no subject
    const aside = !usePre && isComma(toks[i + 1]);
    let speaker = usePre ? preSubject : aside ? null : (svSubject() ?? parseRegion(text, toks, a, b, via));
    // («ناجون من «مركب بيلوس» يتهمون خفر السواحل …»: a verb in the plural agrees with a subject before it; the phrase
    // after it is its object, never its subject)
    if (!usePre && speaker && speaker.start > t.end && /^[وف]?[يت]\S{2,}ون$|وا$/u.test(t.f)) speaker = null;
    // («وطالب جميع أطراف الصراع بوقف …»، «ودعا كافة الأطراف إلى …»: those called on, quantified, are never the caller)
    if (
      !usePre &&
      ADDRESSING.has(v.lemma) &&
      a === i + 1 &&
      /^(?:جميع|كافه|كل)$/u.test((toks[a] as Tok | undefined)?.f ?? "")
    )
      speaker = null;
    // («وحمّل السلطة المستقلة «المسؤولية الكاملة …»»: when what is borne is the quoted responsibility, the phrase
    // before it is the one held responsible; the subject is carried)
    if (v.lemma === "حمل" && !usePre && found.content >= 0) {
      const c0 = toks[found.content]?.kind === "quote" ? toks[found.content + 1] : toks[found.content];
      if (isWord(c0) && RESPONSIBILITY.test(c0.f) && svSubject() === null) speaker = null;
    }
    // («وهددت السيول بإغراق القرى»: only a person or a body threatens; floods and storms do not speak)
    // («أزمة المصرف تهدد بعرقلة الاستيراد»: nor do crises; a person threatens when named, titled or known)
    if (v.lemma === "هدد" && (speaker?.kind === "unknown" || (speaker && !namedPerson(speaker)))) continue;
    // «وصدر بيان للجامعة العربية وصف القصف بأنه …»: a statement «of» a body right before the verb is its subject;
    // the noun after the verb is what it describes
    if (!usePre && speaker) {
      const issuer = statementIssuer(text, toks, i, pre, from);
      if (issuer) speaker = issuer;
      // («ووصف اتهامات عبداللهيان بأنها «لا أساس لها»»: «وصف» takes what it describes as its object; one phrase
      // alone before «بأن» is that object, and the subject is carried — «ووصف الرئيس الهجوم بأنه» names both, and
      // «وصفها مدبولي بأنها» carries its object as a pronoun)
      else if (
        v.lemma === "وصف" &&
        found.content >= 0 &&
        !/(?:ه|ها|هم|هما)$/u.test(stripW(t.f)) &&
        describedAlone(toks, a, found.content)
      )
        speaker = null;
    }
    // «X كان قد أبلغ وكالة أسوشييتد برس أن …»: whom one tells is the object of «أبلغ»; an agency or a paper alone
    // after it is the link, and the subject stands before the verb
    if (!usePre && speaker && v.lemma === "أبلغ" && (speaker.kind === "agency" || speaker.kind === "outlet")) {
      via.push(speaker.name);
      speaker = null;
    }
    // «أظهرت صور أن …»: pictures show, they do not speak; the sentence is the outlet's
    if (speaker && isArtefact(toks, speaker)) continue;
    // «… تحذّر فيها من خطورة المواد وتطلب إعادة تصديرها»: a present verb joined by و to the words before it, with no
    // comma, shares their subject; an unknown phrase after it is its object, not a new speaker
    const spanLast = speaker ? toks.find((w) => w.end === (speaker as SpeakerPhrase).end) : undefined;
    if (
      speaker &&
      (speaker.kind === "unknown" || (speaker.kind === "person" && !speaker.role && withPronoun(text, spanLast))) &&
      !usePre &&
      /^و[يت]/u.test(t.f) &&
      isWord(prev) &&
      !(t.f.length <= 3 && verbOf(t.f.slice(1)) === undefined)
    )
      continue;
    let explicit = speaker !== null;
    let impersonal = false;
    let described = false;
    if (!speaker && !v.participle) {
      // «حذرت X من أن …، وقالت: "…"»: a و-verb after a comma inside reported content continues the speaker; the
      // content before it names no one
      // («قال الجيش إن سلاح الجو هاجم "بشكل دقيق" قيادة حماس، وأعلن أن …»: also when a quotation inside the content
      // stands between the complementiser and the verb)
      const inContent =
        /^و/u.test(t.f) &&
        isComma(prev) &&
        pre > 0 &&
        ((isWord(toks[pre - 1]) && COMP.has((toks[pre - 1] as Tok).f)) ||
          (toks[pre - 1]?.kind === "quote" && contentOpenedBefore(toks, from, pre)));
      const issuer = statementIssuer(text, toks, i, pre, from) ?? channelPoster(text, toks, i, pre, via);
      if (issuer) {
        speaker = issuer;
        explicit = true;
      } else if (pre >= 0 && pre < i && !inContent && !sceneBefore(toks, pre, i)) {
        // («أما الرئيس الأميركي دونالد ترمب فسعى إلى …، وكتب …»: after «أما» the topic ends at the word in فـ)
        const topicEnd = /^و?اما$/u.test((toks[pre - 1] as Tok | undefined)?.f ?? "")
          ? toks.findIndex((w, k) => k > pre && k < i && isWord(w) && /^ف.{3,}/u.test(w.f))
          : -1;
        speaker = parseRegion(text, toks, pre, topicEnd > pre ? topicEnd - 1 : i - 1, via);
        // («… «أكثر من 60» مواطناً قضوا في الكارثة، وقالت …»: words opening on a verb in the plural are a relative
        // clause on what came before, never a subject)
        if (
          speaker &&
          /^[^\s]{2,}وا(?:\s|$)/u.test(fold(speaker.name)) &&
          !KNOWN_FIRST.has(fold(speaker.name).split(" ")[0] ?? "")
        )
          speaker = null;
        // «وذهب رئيس الجمعية X أبعد من ذلك، فقال …»: a leading verb is no part of the subject
        const f0 = (toks[pre] as Tok).f;
        const verbLike =
          /^و[^ا].{1,3}$/u.test(f0) && !TITLE.has(f0) && !ORG_HEAD.has(f0) && !UNNAMED.has(f0) && !KNOWN_FIRST.has(f0);
        if (speaker && verbLike && pre + 1 < i) {
          const rest = parseRegion(text, toks, pre + 1, i - 1, via);
          if (rest && rest.start !== speaker.start) speaker = rest;
        }
        // «حمّل وزير النقل X سائق القطار المسؤولية، وقال …»: a verb-first clause before «، وقال» names its subject
        // right after its verb (a title or a body's head); the object after the subject is no part of it
        // (so does «بثّ السفير X مقطعاً مصوراً، قال فيه إن …»: the poster of what «فيه» points back to)
        // (after a scene-setting adjunct: «إقليمياً، هنأت السفارة الإيرانية عون، وكتبت …»)
        const vAt = afterDiscourseAdjunct(toks, pre, i, 4);
        const fv = (toks[vAt] as Tok).f;
        const n1 = toks[vAt + 1];
        const inIt = /^في(?:ه|ها)$/u.test((toks[i + 1] as Tok | undefined)?.f ?? "");
        // (a derived verb may be longer: «استقبلت الوزيرة السفير، وقالت …»)
        const opensOnVerb =
          isWord(toks[vAt]) &&
          !hasAl(fv) &&
          fv.length <= 8 &&
          !TITLE.has(fv) &&
          !ORG_HEAD.has(fv) &&
          !UNNAMED.has(fv) &&
          !KNOWN_FIRST.has(fv) &&
          !GIVEN_NAME.has(fv) &&
          !PLACE.has(fv) &&
          knownAt(toks, vAt, i) === null;
        const verbAt = (toks[vAt] as Tok).start;
        // the name or role parsed takes in that verb
        const takesVerb =
          speaker !== null && (speaker.start <= verbAt || text.indexOf(speaker.role ?? "\u0000") === verbAt);
        // («قتلت القوات الإسرائيلية مسلحَين في بلدة برقين، قالت إنهما …»: a bare verb after the comma opens a clause
        // on what the first one did; its subject is that clause's)
        // (only with a title or a body right after that verb; an aside between commas keeps the subject before it:
        // «غير أن مصدراً مطلعاً، طلب عدم ذكر اسمه، قال إن …»)
        const asyndetic = !/^[وف]/u.test(t.f) && !inIt;
        if (
          speaker &&
          (/^و/u.test(t.f) || inIt || asyndetic) &&
          isComma(prev) &&
          opensOnVerb &&
          (fv.length <= 5 || takesVerb) &&
          isWord(n1) &&
          (TITLE.has(n1.f) || ORG_HEAD.has(n1.f))
        ) {
          let e = npEnd(toks, vAt + 1, i - 1);
          // («صعّد رئيس الوزراء X لهجته، وقال …»: a noun carrying a pronoun after the name is the verb's object)
          if (e - 1 > vAt + 2 && withPronoun(text, toks[e - 1])) e--;
          const subject = e > vAt + 1 ? parseRegion(text, toks, vAt + 1, e - 1, via) : null;
          if (subject && subject.kind !== "unknown") speaker = subject;
        } else if (speaker && /^و/u.test(t.f) && isComma(prev) && opensOnVerb && takesVerb) {
          // (no title or body after that verb: a name or role that takes in the verb is no speaker; the subject is
          // carried)
          speaker = null;
        }
        if (speaker && (isArtefact(toks, speaker) || bareObject(toks, speaker))) {
          // «وبثت قوات الدعم السريع مقاطع قالت إنها …»: the clips are the poster's; the poster is the subject of the
          // verb before them
          const e = toks.findIndex((t) => t.start === (speaker as SpeakerPhrase).start);
          const poster =
            e - 1 > pre && !sceneBefore(toks, pre, i) ? parseRegion(text, toks, pre + 1, e - 1, via) : null;
          speaker = poster && poster.kind !== "unknown" ? poster : null;
        }
        if (!speaker && pre >= 0 && pre < i - 1) {
          // «بعدما تداول مستخدمون على مواقع التواصل مقاطع مصورة قالوا إنها …»: clips right before the verb, posted by
          // the unnamed group, body or person named just before them
          const clip =
            i - 1 - [...toks.slice(pre, i)].reverse().findIndex((w) => isWord(w) && ARTEFACT.has(stripW(w.f)));
          if (clip < i && clip > pre) {
            for (let h = Math.max(pre, clip - 8); h < clip; h++) {
              const w = toks[h] as Tok;
              if (!isWord(w) || !(UNNAMED.has(w.f) || ORG_HEAD.has(w.f) || TITLE.has(w.f))) continue;
              const poster = parseRegion(text, toks, h, clip - 1, via);
              if (poster && poster.kind !== "unknown") speaker = poster;
              break;
            }
          }
        }
        explicit = speaker !== null;
        // (so is a demand or a call whose content is an act, not words: «أن العمال طالبوا مراراً بتسوية …»)
        const kt = toks[found.k] as Tok;
        const words = COMP.has(kt.f) || kt.f === ":" || kt.kind === "quote";
        described = speaker !== null && (/^[يت]/u.test(stripW(t.f)) || !words);
      }
      // «وتتعارض رواية الجيش مع ما أوردته وكالة «سانا»، إذ ذكرت أن …»: a bare verb right after «إذ/حيث» continues
      // the agent of a «ما + verb + pronoun» relative earlier in its sentence
      if (!speaker && isWord(prev) && EXPLAINING.has(prev.f)) {
        speaker = echoedAgent(text, toks, from, i - 1);
        explicit = speaker !== null;
      }
      if (!speaker && v.impersonal && (pre < 0 || pre >= i)) impersonal = true;
    }
    hits.push({ i, v, content: found.content, speaker, via, explicit, impersonal, described });
  }
  return hits;
}

/**
 * «وجاءت دعوتها بعد بيان لهيئة السكك الحديدية عزا توقف القطار إلى …»: a verb right after «statement of X» (an
 * indefinite channel noun and its ل-genitive) is that statement's relative clause; X speaks.
 */
function statementIssuer(
  text: string,
  toks: readonly Tok[],
  i: number,
  pre: number,
  from: number,
): SpeakerPhrase | null {
  for (let c = i - 2; c >= Math.max(pre, i - 6, from); c--) {
    const w = toks[c] as Tok;
    if (!isWord(w)) return null;
    if (CHANNEL.has(w.f) && /^ل.{3,}/u.test((toks[c + 1] as Tok).f)) {
      const sp = parseRegion(text, toks, c, i - 1, []);
      return sp && (sp.kind === "organization" || sp.kind === "agency") ? sp : null;
    }
  }
  return null;
}

/** Whether a complementiser opened reported content between `from` and k, with no comma after it. */
function contentOpenedBefore(toks: readonly Tok[], from: number, k: number): boolean {
  for (let j = k - 1; j >= from; j--) {
    const w = toks[j] as Tok;
    if (isComma(w) || isStop(w)) return false;
    // («غير أن النائب عن «حزب الله» X رفض …، وقال …»: a concession opens a clause, not reported words)
    if (isWord(w) && COMP.has(w.f)) return !/^(?:غير|الا|بيد|رغم|برغم)$/u.test(toks[j - 1]?.f ?? "");
  }
  return false;
}

/**
 * «… في زيارة أكد خلالها …»، «… اتصالاً هاتفياً أكد فيه …»: the one who made the occasion (the clause's subject,
 * also after «وكان … قد»), when a verb right after an indefinite occasion points back to it; else null.
 */
function occasionHost(text: string, toks: readonly Tok[], i: number, from: number): SpeakerPhrase | null {
  const back = (toks[i + 1] as Tok | undefined)?.f ?? "";
  if (!/^(?:خلال|اثناء|في)(?:ه|ها)$/u.test(back)) return null;
  // («تلقى تبون اتصالاً هاتفياً من الرئيس التونسي قيس سعيّد أعرب خلاله عن …»: a call or a message from someone,
  // named after «من» right before the verb, is the caller's)
  for (let m = i - 2; m >= Math.max(from + 1, i - CALLER_WORDS - 1); m--) {
    if ((toks[m] as Tok).f !== "من") continue;
    let c = m - 1;
    // (past its adjective: «هاتفياً»)
    if (isWord(toks[c]) && NISBA.test((toks[c] as Tok).f.replace(/ا$/u, "")) && !CALL.test((toks[c] as Tok).f)) c--;
    if (!isWord(toks[c]) || !CALL.test((toks[c] as Tok).f)) break;
    const caller = parseRegion(text, toks, m + 1, i - 1, []);
    return caller && (caller.kind === "person" || caller.kind === "organization") ? caller : null;
  }
  const occ = toks[i - 1];
  if (!isWord(occ) || hasAl(occ.f)) return null;
  const bare = occ.f.replace(/ا$/u, "");
  // (a channel, «بياناً قالت فيه», is its poster's: channelPoster, with the channel as the link)
  if (!OCCASION.has(occ.f) && !OCCASION.has(bare)) return null;
  // («وكان رئيس دولة الإمارات X قد وصل …»: the subject between «كان» and «قد»)
  if (/^و?كان[ت]?$/u.test((toks[from] as Tok | undefined)?.f ?? "")) {
    const qad = toks.findIndex((w, k) => k > from + 1 && k < i && w.f === "قد");
    if (qad > 0) {
      const sp = parseRegion(text, toks, from + 1, qad - 1, []);
      return sp && (sp.kind === "person" || sp.kind === "organization") ? sp : null;
    }
  }
  const sp = clauseSubject(text, toks, from, i - 1);
  return sp && (sp.kind === "person" || sp.kind === "organization") ? sp : null;
}

/** A call or a message received from someone (اتصالاً، مكالمة، برقية، رسالة), folded and indefinite. */
const CALL = /^(?:اتصال|اتصالا|مكالمه|برقيه|رساله)$/u;
/** How many words the caller's name and title may take between «من» and the verb. */
const CALLER_WORDS = 7;

/**
 * «وأصدرت وزارة الداخلية بياناً قالت فيه …»، «وألقى الرئيس كلمة قال فيها …»: a verb right after a channel it points
 * back to («فيه/فيها»), with no comma between, reports for whoever put the channel out — the subject of the verb
 * before it — not for the channel's noun.
 */
function channelPoster(
  text: string,
  toks: readonly Tok[],
  i: number,
  pre: number,
  via: string[],
): SpeakerPhrase | null {
  if (pre < 0 || !/^في(?:ه|ها)$/u.test((toks[i + 1] as Tok | undefined)?.f ?? "")) return null;
  // the channel, indefinite, maybe with an adjective or a topic after it («بياناً مشتركاً»، «بياناً حول الحادث»)
  let c = -1;
  for (let k = i - 1; k >= Math.max(pre + 2, i - 6); k--) {
    const w = toks[k] as Tok;
    if (!isWord(w)) return null;
    if (!hasAl(w.f) && (CHANNEL.has(w.f) || CHANNEL.has(w.f.replace(/ا$/u, "")))) {
      c = k;
      break;
    }
  }
  if (c < 0) return null;
  // the clause opens on its verb («وأصدرت»، «ونشر»، «ألقى»): the subject runs from the word after it to the channel
  const sp = parseRegion(text, toks, pre + 1, c - 1, []);
  if (!sp || sp.kind === "unknown" || sp.kind === "place") return null;
  const w = toks[c] as Tok;
  via.push(
    clean(text.slice(w.start, w.end))
      .replace(/[\u064B-\u065F]/gu, "")
      .replace(/(?<=..)ا$/u, ""),
  );
  return sp;
}

/**
 * «طالب النائب العام X جميع الجهات بالامتناع …»: the bare «طالب» (also the noun «student») is the verb when it opens
 * its clause and a title, a body's head or a known body follows it, or right after «قد».
 */
function bareDemand(toks: readonly Tok[], i: number, from: number, to: number): VerbInfo | undefined {
  const t = toks[i] as Tok;
  if (t.f !== "طالب") return undefined;
  const prev = toks[i - 1];
  // («وكان برهان قد طالب بتأجيل …»: after «قد» it can only be the verb)
  if (prev?.f === "قد" || prev?.f === "لقد") return verbOf("طالبت");
  // («بعدما طالب النواب الوزير بالتدخل»: after a subordinator it opens a clause)
  // (and after «فيما/بينما/في حين»: «في حين طالب مستشار الرئيس الأميركي …»)
  const afterSubordinator =
    isWord(prev) && (SUBORDINATORS.has(stripW(prev.f)) || /^و?(?:فيما|بينما|حين)$/u.test(prev.f));
  if (!(i === from || isComma(prev) || prev === undefined || afterSubordinator)) return undefined;
  const nx = toks[i + 1];
  // (an unnamed group in the nominative too: «طالب ناشطون وقادة أهليون بإعلان …»)
  const group = isWord(nx) && UNNAMED.has(nx.f) && /ون$/u.test(nx.f);
  // (after a subordinator, any definite subject: «بعدما طالب النواب الوزير …»)
  const definite = afterSubordinator && isWord(nx) && /^ال../u.test(nx.f);
  if (!isWord(nx) || !(TITLE.has(nx.f) || ORG_HEAD.has(nx.f) || group || definite || knownAt(toks, i + 1, to) !== null))
    return undefined;
  return verbOf("طالبت");
}

/**
 * «وشاهد مراسل فرانس برس طوابير …»: «شاهد» (saw) reports only with a correspondent or photographer right after it;
 * otherwise it is the noun «a witness» or a name («مرصد شاهد»).
 */
function witnessed(toks: readonly Tok[], i: number): VerbInfo | undefined {
  // (and what they heard: «وسمع صحافيون في وكالة فرانس برس دوي انفجارات …»)
  if (!/^و?(?:شاهد|سمع)(?:ت|وا)?$/u.test((toks[i] as Tok).f)) return undefined;
  const nx = toks[i + 1];
  if (!isWord(nx) || !/^(?:مراسل|مصور|صحافي|صحفي)/u.test(nx.f)) return undefined;
  return { lemma: "شاهد", stance: "asserts", transitive: true, participle: false, noun: false, impersonal: false };
}

/** «ويُدعى X،»، «يدعى X»: the passive «is named» at i (written with ى), a name, then a comma or the end, no «أن». */
function named(text: string, toks: readonly Tok[], i: number, to: number): boolean {
  const raw = text.slice((toks[i] as Tok).start, (toks[i] as Tok).end).replace(/[\u064B-\u0652]/gu, "");
  if (!/^و?[يت]دعى$/u.test(raw)) return false;
  for (let k = i + 1; k < Math.min(to, i + 6); k++) {
    const w = toks[k] as Tok;
    if (isComma(w) || isStop(w)) return k > i + 1;
    if (!isWord(w) || COMP.has(w.f)) return false;
  }
  return i + 1 < to && to <= i + 6;
}

/** Verbal nouns of announcing or stating and the verb whose report they make («بعد ساعات من إعلان X ارتفاع …»). */
const REPORT_NOUNS: ReadonlyMap<string, string> = new Map([
  ["اعلان", "أعلنت"],
  ["تاكيد", "أكدت"],
  ["تحذير", "حذّرت"],
  ["نفي", "نفت"],
  // («رداً على قول البيت الأبيض إن المبعوث أبلغ القطريين …»)
  ["قول", "قالت"],
]);

/**
 * «بعد ساعات من إعلان المتحدث باسم الوزارة X ارتفاع الحصيلة إلى …»: a verbal noun of announcing after a preposition,
 * its agent (a title, a body, an unnamed source) right after it, reports like its verb.
 */
function agentNoun(toks: readonly Tok[], i: number, from: number, to: number): VerbInfo | undefined {
  const t = toks[i] as Tok;
  // (only in a short framing clause, «وجاءت القرارات بعد ساعات من إعلان X …»: after a long clause of its own the
  // sentence reports that clause, not the announcement it is timed against)
  if (i - from > 8) return undefined;
  const form = REPORT_NOUNS.get(t.f);
  const prev = toks[i - 1];
  const nx = toks[i + 1];
  // (also after a preposition of time: «غداة تحذير المتحدث X من أن …»، «عقب إعلان الوزارة …»)
  const before = isWord(prev) && (REGION_PREPOSITIONS.has(prev.f) || TIME_PREPOSITIONS.has(prev.f));
  if (!form || !before || !isWord(nx)) return undefined;
  return subjectWordAt(toks, i + 1, to) ? verbOf(fold(form)) : undefined;
}

/** A speaker phrase that is only a document or statement noun (التقرير الأولي، البيان), naming no source. */
function bareDocument(toks: readonly Tok[], sp: SpeakerPhrase): boolean {
  const first = toks.find((t) => t.start === sp.start);
  if (!first) return false;
  const f = first.f.replace(/^(?:و|ف)?ال/u, "");
  return (DOCUMENT.has(f) || CHANNEL.has(f)) && sp.kind !== "organization" && sp.kind !== "agency";
}

/**
 * «سجّل المرصد خروقات قال إنها …»: a lone indefinite plural (…ات) before «قال» is the object of the verb before
 * it, not a speaker (unnamed sources, «مصادر قالت», excepted).
 */
function bareObject(toks: readonly Tok[], sp: SpeakerPhrase): boolean {
  // the name part only: «سجّل مرصد «شاهد» خروقات» parses as a role and the name «خروقات»
  const ws = toks.filter((t) => t.start >= sp.start && t.end <= sp.end && isWord(t));
  const w = ws[0];
  return (
    ws.length === 1 &&
    w !== undefined &&
    !hasAl(w.f) &&
    /^.{3,}ات$/u.test(w.f) &&
    !UNNAMED.has(stripW(w.f)) &&
    !POSTERS.has(stripW(w.f)) &&
    !KNOWN_FIRST.has(w.f)
  );
}

/** Whether a speaker phrase is a recording or picture (مقاطع، صور): it shows, it does not speak. */
function isArtefact(toks: readonly Tok[], sp: SpeakerPhrase): boolean {
  const first = toks.find((t) => t.start === sp.start);
  if (first !== undefined && ARTEFACT.has(stripW(first.f))) return true;
  // «انتشر وسم يطالب بإقالة الوزير»: a hashtag demands nothing itself; whoever spread it is unnamed
  return toks.some((t) => t.start >= sp.start && t.end <= sp.end && HASHTAG.test(stripW(t.f)));
}

/** A hashtag, wherever it stands in the phrase (وسم، الوسم، هاشتاغ، هاشتاق). */
const HASHTAG = /^(?:ال)?(?:وسم|هاشتاغ|هاشتاق|هاشتاج)$/u;

/** How a folded word ends, for agreement between a noun and a definite word after it. */
function endingOf(f: string): "nisba" | "open" | "fpl" | "fem" | "dual" | "mpl" | "other" {
  // elatives and words ending in alif (العليا، الكبرى) agree with anything
  if (/ا$/u.test(f)) return "open";
  if (/ات$/u.test(f)) return "fpl";
  if (/ه$/u.test(f)) return "fem";
  if (/ان$/u.test(f) && f.length >= 7) return "dual";
  // (a short word in -ين is no plural: الأمين، الدين، اليمين)
  if (/(?:ون|ين)$/u.test(f) && !/يين$/u.test(f) && f.length >= 7) return "mpl";
  return "other";
}

/** A nisba adjective (الإسرائيلي، الأممية، الفلسطينيين): it follows any noun. */
const NISBA = /(?:ي|يه|يين|يون|يان)$/u;
/**
 * Elatives and ordinals that qualify a body's name after its relative adjective, and the adjectives bodies are named
 * by («الحزب الدستوري الحر»، «التيار الوطني الحر»، «الحزب الشيوعي الجديد») (folded, with the article).
 */
const ELATIVE =
  /^ال(?:عليا|كبري|اولي|دنيا|عظمي|وسطي|سفلي|قصوي|صغري|اعلي|اكبر|اول|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|خامس|خامسه|حر|حره|جديد|جديده)$/u;

/**
 * Whether the definite word `next` can continue the noun phrase ending in `prev`: as its genitive (after a noun
 * in construct, without ال) or as an adjective agreeing with it. A sound feminine plural is no adjective; a dual
 * or plural adjective follows a dual or plural; a masculine adjective does not follow a feminine or dual noun, and
 * a feminine one does not follow a man's title or a dual or masculine plural («المرشحان الخاسران السلطة»).
 */
/**
 * Whether [a, b] reads as one noun phrase: no definite word after a definite word it cannot qualify («الوزير الزيارة»
 * is a subject and an object; «التصريحات الصادرة من العاصمة» one phrase).
 */
function onePhrase(toks: readonly Tok[], a: number, b: number): boolean {
  for (let m = a + 1; m <= b; m++) {
    const w = toks[m] as Tok;
    const pw = toks[m - 1] as Tok;
    if (!isWord(w) || !isWord(pw)) return false;
    if (hasAl(w.f) && hasAl(pw.f) && !agreesAfter(pw.f, w.f)) return false;
  }
  return true;
}

function agreesAfter(prev: string, next: string): boolean {
  if (!hasAl(prev) || NISBA.test(next)) return true;
  // a nationality or body adjective closes the phrase: «القوات المسلحة الليبية البعثة …»; a participle may still
  // qualify the noun («السلطة الوطنية المستقلة»), and a genitive with لـ follow («اللجنة الدولية للصليب الأحمر»)
  // (not after a body's head that only ends like one: «المديرية العامة»، «المفوضية السامية»)
  // (an elative or an ordinal goes on with the name: «المفوضية الوطنية العليا للانتخابات»، «الدائرة الانتخابية
  // الثانية»)
  if (
    NISBA.test(prev) &&
    !ORG_HEAD.has(prev) &&
    /^و?ال/u.test(next) &&
    !/^و?الم/u.test(next) &&
    !ELATIVE.test(next.replace(/^و/u, ""))
  )
    return false;
  const n = endingOf(next);
  const p = endingOf(prev);
  if (n === "open" || p === "open") return true;
  switch (n) {
    case "fpl":
      return false;
    case "dual":
      return p === "dual";
    case "mpl":
      return p === "dual" || p === "mpl";
    case "fem":
      return !(p === "dual" || p === "mpl" || (p === "other" && TITLE.has(prev)));
    default:
      return p === "other" || p === "fpl";
  }
}

/**
 * Whether the word after a phrase (folded) opens the verb's object rather than going on with the phrase: a definite
 * word that cannot agree with the phrase's last word («الحكومة الاتهامات»), not a nisba adjective («البعثة الأوروبية»).
 */
export function opensObject(lastFolded: string, nextFolded: string): boolean {
  return hasAl(nextFolded) && !NISBA.test(nextFolded) && !agreesAfter(lastFolded, nextFolded);
}

/** Words a quoted body's name may run to when it opens with a body's head («المرصد السوري لحقوق الإنسان»). */
const QUOTED_BODY_WORDS = 6;

/** End (exclusive) of an organisation/role noun phrase starting at k: قوات سوريا الديمقراطية | المرصد السوري … */
function npEnd(toks: readonly Tok[], k: number, to: number): number {
  // a short quoted name («مراقبون»، «الإطفاء»), or a body's full name quoted («المرصد السوري لحقوق الإنسان»)
  if (toks[k]?.kind === "quote" && toks[k]?.q !== "close") {
    const c = closingQuote(toks, k, to);
    if (c > k + 1 && c - k - 1 <= 2) return c + 1;
    const head = toks[k + 1];
    if (
      c > k + 1 &&
      c - k - 1 <= QUOTED_BODY_WORDS &&
      isWord(head) &&
      (ORG_HEAD.has(head.f) || knownAt(toks, k + 1, c))
    )
      return c + 1;
  }
  const t = toks[k];
  if (!isWord(t)) return k;
  // («أعلن سمو أمير البلاد الشيخ X …»، «فخامة الرئيس»: a form of address before a title goes with it)
  if (ADDRESS_FORMS.has(t.f) && isWord(toks[k + 1]) && TITLE.has((toks[k + 1] as Tok).f)) return npEnd(toks, k + 1, to);
  // («واتهم بعضهم السلطات …»: «some of them» is a whole phrase; what follows is the object)
  if (/^(?:بعض|احد)(?:هم|هن)$/u.test(t.f)) return k + 1;
  const known = knownAt(toks, k, to);
  const f0 = t.f;
  // («نفى النائبان السابقان ناصر الدويلة ومبارك الدويلة …»: a title in the dual heads two names joined by و)
  const dual = dualTitle(f0);
  let second = false;
  // («وأعلن المحافظون تعديل …»، «وأعلن عدد من المحافظين …»: a title in the sound plural, or a share of one)
  const plural = pluralTitleEnd(toks, k);
  if (!known && plural > k) return plural;
  // («نفى مصطفى الخلفي الناطق الرسمي باسم الحكومة وجود …»: a personal name, then a title in apposition, then the object)
  // (and a title set off by a comma: «من جهته، أعلن أحمد الحربي، المتحدث باسم الجيش، قصف موقع …»)
  if (!known && GIVEN_NAME.has(f0) && !TITLE.has(f0) && !ORG_HEAD.has(f0)) {
    const e = personalNameEnd(toks, k, to);
    const nx = toks[e];
    if (e > k + 1 && isWord(nx) && TITLE.has(nx.f) && hasAl(nx.f)) return npEnd(toks, e, to);
    const ap = toks[e + 1];
    if (e > k + 1 && isComma(nx) && isWord(ap) && TITLE.has(ap.f) && hasAl(ap.f)) return npEnd(toks, e + 1, to);
    return e;
  }
  // («وقدرت دراسة أمريكية عدد القتلى بنحو …»، «قدر بحث لجامعات أمريكية عدد …»: a document, its adjectives and whose
  // it is, up to the measured object)
  if (
    !known &&
    DOCUMENT.has(f0) &&
    !hasAl(f0) &&
    !MEASURED_OBJECT.test(f0) &&
    !OUTLET_HEAD.has(f0) &&
    !ORG_HEAD.has(f0) &&
    !TITLE.has(f0)
  ) {
    let e = k + 1;
    while (
      e < to &&
      e < k + 5 &&
      isWord(toks[e]) &&
      !objectOpens(toks[e] as Tok) &&
      (NISBA.test((toks[e] as Tok).f) || /^ل[^ا].{2,}/u.test((toks[e] as Tok).f))
    )
      e++;
    return e;
  }
  if (!known && !ORG_HEAD.has(f0) && !UNNAMED.has(f0) && !TITLE.has(f0) && !OUTLET_HEAD.has(f0) && !dual) {
    // a country or capital as the subject of a transitive report (نفت إسرائيل استهداف …)
    return PLACE.has(f0) ? k + 1 : k;
  }
  let j = known ? k + known.len : k + 1;
  // («منظمة هيومن رايتس ووتش»: a body's head noun before the body's own known name)
  const named = !known && ORG_HEAD.has(f0) ? knownAt(toks, k + 1, to) : null;
  if (named) j = k + 1 + named.len;
  // a known name is whole: after it only a nisba adjective («الهلال الأحمر الفلسطيني») goes on; another definite
  // word opens the object («هيومن رايتس ووتش السلطات …»)
  const nameEnd = known || named ? j : -1;
  while (j < to) {
    const w = toks[j] as Tok;
    // («ونعى حزب الله "المجاهد علي حسن"»: a quotation opening right after a known name is the verb's object)
    if (w.kind === "quote" && j === nameEnd && w.q !== "close") break;
    if (w.kind === "quote") {
      j++;
      continue;
    }
    // («رئيس إدارة الكوارث (آفاد) X»: a bracketed acronym or short name of the body goes with it)
    if (w.f === "(" && j > k) {
      let c = j + 1;
      while (c < to && c - j <= 5 && (toks[c] as Tok).f !== ")") c++;
      if (c < to && (toks[c] as Tok).f === ")") {
        j = c + 1;
        continue;
      }
    }
    if (!isWord(w)) break;
    // «الناطق باسم الهيئة …»: a spokesman's office runs on through the body he speaks for
    // («المتحدث باسم وزارة الداخلية»: and through the body's head in construct after «باسم»)
    const afterBism = (toks[j - 1] as Tok).f === "باسم" && (ORG_HEAD.has(w.f) || OUTLET_HEAD.has(w.f));
    // («اتهم المرشحان الخاسران السلطة …»، «تتهم منظمة العفو الدولية السلطات …»: a definite word that cannot be an
    // adjective of the word before it opens the verb's object)
    // (an adjective may also qualify the title heading the phrase: «وزير المالية السابق»)
    const prev = toks[j - 1] as Tok;
    // («المديرية العامة للدفاع المدني»، «المركز الوطني للأرصاد»: a body's head runs on through a genitive with لـ,
    // not through people addressed: «للمواطنين»)
    if (ORG_HEAD.has(f0) && !known && /^لل.{3,}/u.test(w.f) && !/(?:ين|ون)$/u.test(w.f) && j <= k + 3) {
      j++;
      continue;
    }
    if (j === nameEnd && ((hasAl(w.f) && !NISBA.test(w.f)) || PLACE.has(w.f))) break;
    // («أعلن الرئيس المصري الحداد العام ثلاثة أيام»: mourning declared opens the object; «الحداد» alone may be a
    // family name)
    if (j > k && mourningAt(toks, j)) break;
    // («تعهد الرئيس الجديد العمل على …»: a definite verbal noun after a definite word is neither its adjective nor in
    // construct with it; it opens the object)
    if (verbalNounAfterDefinite(prev.f, w.f)) break;
    // («ونفى الجيش الرواية»، «ورفضت الحكومة الاتهامات»: what is denied or rejected opens the object)
    if (j > k && OBJECT_AFTER_BODY.test(w.f)) break;
    if (
      hasAl(w.f) &&
      isWord(prev) &&
      !agreesAfter(prev.f, w.f) &&
      // (not right after a definite title: «الوزيرة السفير» is no construct, the second word is the object)
      !(TITLE.has(f0) && !known && (j > k + 1 || !hasAl(f0)) && ["other", "open"].includes(endingOf(w.f)))
    )
      break;
    // («أوردت وسائل إعلام حصيلة …»: the media in construct)
    if (j === k + 1 && f0 === "وسايل" && w.f === "اعلام") {
      j++;
      continue;
    }
    // («أحصت شبكة أطباء السودان مقتل …»، «رابطة أسر المعتقلين»: an indefinite head in construct with an indefinite
    // noun that is itself in construct with a definite one or a place)
    const nx = toks[j + 1];
    // (and a title in construct with a body's head: «رئيس إدارة الكوارث والطوارئ التركية X»)
    if (
      j === k + 1 &&
      !hasAl(f0) &&
      // (or with another title: «رئيس وزراء هايتي»، «نائب وزير الخارجية»)
      (ORG_HEAD.has(f0) || OUTLET_HEAD.has(f0) || (TITLE.has(f0) && (ORG_HEAD.has(w.f) || TITLE.has(w.f)))) &&
      !hasAl(w.f) &&
      verbOf(w.f) === undefined &&
      isWord(nx) &&
      (hasAl(nx.f) || PLACE.has(nx.f))
    ) {
      j++;
      continue;
    }
    // («أعلنت حكومة طالبان، الخميس، …»، «أعلنت شركة أرامكو …»: an indefinite body's head in construct with a bare
    // name, which is the body's name, not the object)
    // (and after «باسم»: «متحدث باسم حكومة طالبان»)
    const bodyHead =
      (j === k + 1 && ORG_HEAD.has(f0) && !hasAl(f0)) ||
      (j >= k + 2 && (toks[j - 2] as Tok).f === "باسم" && ORG_HEAD.has(prev.f) && !hasAl(prev.f));
    if (
      bodyHead &&
      !known &&
      nameLike(w) &&
      !hasAl(w.f) &&
      verbOf(w.f) === undefined &&
      !VERBAL_NOUN.test(w.f) &&
      !DECLARED_OBJECT.test(w.f) &&
      !MEASURED_OBJECT.test(w.f) &&
      !DENIED_OBJECT.has(w.f) &&
      (isComma(toks[j + 1]) || !isWord(toks[j + 1]) || objectOpens(toks[j + 1] as Tok))
    ) {
      j++;
      continue;
    }
    // («أعلن مكتب رئيس حكومة إقليم كردستان مسرور بارزاني …»: an office in construct with a title and the title's
    // body, down to a definite word or a place, then the office-holder's name)
    if (j === k + 1 && OFFICE_HEAD.test(f0) && TITLE.has(w.f)) {
      let m = j + 1;
      while (m < to && m < j + 4 && isWord(toks[m]) && !hasAl((toks[m] as Tok).f) && !PLACE.has((toks[m] as Tok).f)) {
        if (verbOf((toks[m] as Tok).f) !== undefined) break;
        m++;
      }
      const last = toks[m];
      if (m > j + 1 && isWord(last) && (hasAl(last.f) || PLACE.has(last.f))) {
        let e = m + 1;
        while (e < to && isWord(toks[e]) && hasAl((toks[e] as Tok).f) && NISBA.test((toks[e] as Tok).f)) e++;
        const holder = toks[e];
        if (isWord(holder) && (GIVEN_NAME.has(holder.f) || foreignName(toks, e, to)))
          return personalNameEnd(toks, e, to);
        return e;
      }
    }
    // («وذهب مسؤول قضائي في …»: an unnamed source goes on through its indefinite adjectives)
    // (and so do indefinite outlets: «منصات إخبارية محلية»)
    const sourceAdjective =
      (UNNAMED.has(f0) || (OUTLET_HEAD.has(f0) && !hasAl(f0) && /ات$/u.test(f0))) &&
      !hasAl(w.f) &&
      (SOURCE_ADJECTIVE.has(w.f) || (w.f.length >= 4 && NISBA.test(w.f)));
    // («وشكر الرئيس الأميركي طهران على …»: a place after the title's own adjective is no part of it; «وزير خارجية
    // إيران» is)
    const placeAfterAdjective = PLACE.has(w.f) && j > k + 1 && hasAl(prev.f) && NISBA.test(prev.f);
    if (
      hasAl(w.f) ||
      sourceAdjective ||
      (PLACE.has(w.f) && !placeAfterAdjective) ||
      (/^[لب]ال/u.test(w.f) && j === k + 1) ||
      // («المتحدث الرسمي باسم الجيش السوداني»: also after the title's adjective)
      (w.f === "باسم" && (j === k + 1 || (j === k + 2 && hasAl(prev.f) && NISBA.test(prev.f)))) ||
      afterBism
    ) {
      j++;
      continue;
    }
    break;
  }
  // «أعلن وزير الداخلية عبد الأمير الشمري …»، «ودعا البطريرك إغناطيوس يوسف …»: a title's person follows it
  // (only when a given name or a name particle opens it: «الفريق الإسباني انتهاء مهامه» names no one)
  const titled = TITLE.has(f0) || TITLE.has(stripW(f0)) || dual;
  // «المدير العام لمنظمة الصحة العالمية تيدروس …»: the body a title serves, in the genitive with ل, belongs to the
  // role when a person follows it
  let g = j;
  if (titled && isWord(toks[g]) && /^ل/u.test((toks[g] as Tok).f)) {
    const w = toks[g] as Tok;
    const rest = w.f.startsWith("لل") ? `ال${w.f.slice(2)}` : w.f.slice(1);
    const head = ORG_HEAD.has(rest) || OUTLET_HEAD.has(rest) || KNOWN_NAMES.has(rest) || KNOWN_FIRST.has(rest);
    if (head && w.f.length > 3) {
      g++;
      const known = knownAt(toks, g, to);
      if (known) g += known.len;
      while (g < to && isWord(toks[g]) && (hasAl((toks[g] as Tok).f) || PLACE.has((toks[g] as Tok).f))) g++;
    }
  }
  // «مفوض الحكومة لدى المحكمة العسكرية بالإنابة القاضي X»، «سفير البلاد في الأمم المتحدة السفير X»: the role runs
  // on through where it is held (لدى/في + a definite phrase), an acting capacity (بالإنابة) and a second title
  if (titled) {
    for (let guard = 0; guard < 4 && g < to; guard++) {
      const w = toks[g] as Tok;
      const nx = toks[g + 1];
      if (!isWord(w)) break;
      // (a body in construct too: «لدى محكمة الاستئناف»)
      const construct = isWord(nx) && isWord(toks[g + 2]) && hasAl((toks[g + 2] as Tok).f) && nameLike(nx) === false;
      if ((w.f === "لدي" || w.f === "في") && isWord(nx) && (hasAl(nx.f) || PLACE.has(nx.f) || construct)) {
        g += 2;
        while (g < to && isWord(toks[g]) && (hasAl((toks[g] as Tok).f) || PLACE.has((toks[g] as Tok).f))) g++;
      } else if (/^بال.{3,}$/u.test(w.f) && !KNOWN_FIRST.has(w.f)) g++;
      // («المستشار بقوات الدعم السريع عمران عبد الله»: the body a title serves in, glued to ب)
      else if (/^ب.{3,}$/u.test(w.f) && ORG_HEAD.has(w.f.slice(1)) && isWord(nx) && hasAl(nx.f)) {
        g += 2;
        while (g < to && isWord(toks[g]) && hasAl((toks[g] as Tok).f)) g++;
      } else if (TITLE.has(w.f) || HONORIFICS.has(w.f)) g++;
      // («الفريق أول»، «اللواء أول»: a rank's grade)
      else if (rankGrade(toks, g)) g++;
      // («المرشد الأعلى آية الله علي خامنئي»: a two-word honorific before the name)
      else if (w.f === "ايه" && nx?.f === "الله") g += 2;
      else break;
    }
  }
  const opensName = (at: number) => {
    const t = toks[at];
    return !!t && (GIVEN_NAME.has(t.f) || NAME_PARTICLE.has(t.f) || dinName(toks, at));
  };
  if (titled && (opensName(g) || foreignName(toks, g, to))) j = g;
  if (titled && (opensName(j) || foreignName(toks, j, to))) {
    let n = 0;
    while (j < to && n < 4) {
      const w = toks[j] as Tok;
      // «… تيدروس أدهانوم غيبريسوس اختتام الجولة»: a verbal noun ends the name; «… يونان المؤمنين إلى»: so does a
      // plural addressee; a regnal ordinal does not (إغناطيوس يوسف الثالث يونان)
      // (a name shaped like a verbal noun is a name: «محمود توفيق»، «تيسير»)
      if (
        n >= 1 &&
        isWord(w) &&
        ((VERBAL_NOUN.test(w.f) && !GIVEN_NAME.has(w.f)) ||
          PLURAL_OBJECT.test(w.f) ||
          DENIED_OBJECT.has(w.f) ||
          DECLARED_OBJECT.test(w.f) ||
          MEASURED_OBJECT.test(w.f) ||
          COUNTERPART.test(w.f) ||
          // («… محمد شرفي النتائج»: a document or a figure after a full name is what was announced)
          (hasAl(w.f) && DOCUMENT.has(w.f.slice(2))) ||
          // («… أحمد أبو الغيط بالتفاهمات»: a preposition glued to a definite noun opens what follows the name)
          /^[بل]ال../u.test(w.f) ||
          // (and so does ب glued to an indefinite noun: «وأقر المستشار عمران عبد الله بخسارة …»)
          // (a feminine noun or a verbal noun's shape: «بوتين»، «بلينكن» are names)
          ((/^ب[^ا].{2,}ه$/u.test(w.f) || ACT_NOUN.test(w.f)) && !GIVEN_NAME.has(w.f) && !KNOWN_FIRST.has(w.f)))
      )
        break;
      // («… محمد جواد ظريف واشنطن جانباً من …»: a country or capital after a full name is the verb's object)
      if (n >= 2 && isWord(w) && PLACE.has(w.f)) break;
      // («… سايمون مارتن مقطعا مصورا»: an accusative after a full name is the object)
      if (n >= 2 && isWord(w) && /^[^ا].+[^ا]ا$/u.test(w.f)) break;
      if (n >= 1 && isWord(w) && ORDINAL.has(w.f)) {
        j++;
        n++;
        continue;
      }
      const afterAbd = (toks[j - 1] as Tok | undefined)?.f === "عبد";
      // a family name with the article ends the name (الشمري، الخطيب): what follows it is the object
      // («… علي خامنئي الحداد العام»: a definite noun with its own definite adjective after it is the object, and so is
      // one after a family name in -ي)
      const adj = toks[j + 1];
      // (not after a family name in -ي, which the object follows: «ورفض عدنان الزرفي المفوضية وقراراتها»)
      const described = isWord(adj) && hasAl(adj.f) && !nameLike(adj) && !TIME.has(adj.f) && !/^ال.{3,}ي$/u.test(w.f);
      const pw = (toks[j - 1] as Tok).f;
      const afterNisba = pw.length >= 5 && /ي$/u.test(pw) && !hasAl(pw) && !/ي$/u.test(w.f);
      // («نور الدين سالم»: the «الدين» of a compound given name goes on to the family name; after another given name
      // the compound is the father's or family name and ends it: «ناجي عز الدين الوضع …»)
      const din = w.f === "الدين" && dinName(toks, j - 1) && n === 1;
      const surname = n >= 1 && hasAl(w.f) && nameLike(w) && pw !== "عبد" && !described && !afterNisba && !din;
      // (a given name that folds like a preposition, «علي», still opens the name)
      const given = n === 0 && GIVEN_NAME.has(w.f);
      // («حسين أمير عبداللهيان»: a title that is a given name as well, inside the name)
      const inner = n >= 1 && isWord(w) && titleAsName(toks, j) && isWord(toks[j + 1]) && nameLike(toks[j + 1] as Tok);
      // («محمد علي الحوثي»: the given name Ali, written with its ya, inside a name and before a name word)
      const ali = n >= 1 && aliInside(toks, j);
      if (
        !isWord(w) ||
        !((nameLike(w) && !hasAl(w.f)) || (afterAbd && hasAl(w.f)) || din || surname || given || inner || ali) ||
        // («أعلن رئيس الوزراء عادل عبد المهدي الحداد الوطني ثلاثة أيام»: mourning declared, after a name too)
        mourningAt(toks, j)
      )
        break;
      j++;
      // (the links of a lineage do not count towards the name's length: «محمد بن زايد آل نهيان»; nor does the «الدين»
      // of a compound given name)
      if (!NAME_LINKS.has(w.f) && !din) n++;
      // … unless another family name in -ي follows (محمد التليلي المنصري)
      const nx = toks[j];
      if (dual && !second && secondName(nx)) {
        second = true;
        n = 1;
        j++;
        continue;
      }
      // («مشعل الأحمد الجابر الصباح»: a lineage of three definite names or more runs on to its last)
      // (and only when the name ends the phrase: a comma, «أن», a time or the content follows)
      const run = surname && n === 2 ? definiteNames(toks, j - 1, to) : 0;
      const after = toks[j - 1 + run];
      if (run >= 3 && run <= 4 && (after === undefined || !isWord(after) || COMP.has(after.f) || TIME.has(after.f))) {
        j += run - 1;
        break;
      }
      if (surname && !(isWord(nx) && hasAl(nx.f) && /ي$/u.test(nx.f) && nameLike(nx) && n < 4)) break;
    }
  }
  return j;
}

/**
 * The end of a personal name opening at k with a given name: further name words (no article), lineage links, and a
 * family name with the article, which ends it; a verbal noun, an object of denial or a measure opens the object.
 */
function personalNameEnd(toks: readonly Tok[], k: number, to: number): number {
  let j = k + 1;
  let n = 1;
  while (j < to && n < 4) {
    const w = toks[j];
    if (!isWord(w)) break;
    if (NAME_LINKS.has(w.f)) {
      j++;
      continue;
    }
    if (
      VERBAL_NOUN.test(w.f) ||
      DENIED_OBJECT.has(w.f) ||
      MEASURED_OBJECT.test(w.f) ||
      DECLARED_OBJECT.test(w.f) ||
      PLACE.has(w.f)
    )
      break;
    // («… مسرور بارزاني نفيه عبور …»: a verbal noun of saying with the speaker's pronoun opens the object)
    if (SAYING_WITH_PRONOUN.test(w.f)) break;
    if ((!nameLike(w) && !aliInside(toks, j)) || TITLE.has(w.f)) break;
    j++;
    n++;
    // («علاء الدين سالم الحداد»: the «الدين» of a compound given name is no family name)
    if (hasAl(w.f) && !(w.f === "الدين" && j - 2 === k && dinName(toks, k))) break;
  }
  return j;
}

/** What a denial or a claim is usually of, opening the object after a full name («نفى X Y وجود …»، «صحة …»). */
/**
 * Acts one condemns or blesses (folded): after «أدان/استنكر/شجب/بارك» and a subject, the first of them is the object
 * («وأدانت حركة حماس العملية»، «وبارك الأمين العام للحزب الهجوم»).
 */
const CONDEMNED_ACT = new Set([
  "الهجوم",
  "الهجمات",
  "العمليه",
  "العمليات",
  "الاعتداء",
  "الاعتداءات",
  "التفجير",
  "التفجيرات",
  "القصف",
  "الغاره",
  "الغارات",
  "الاغتيال",
  "المجزره",
  "الحادث",
  "الحادثه",
  "القرار",
  "الخطوه",
  "الاقتحام",
  "الضربه",
  "الضربات",
]);
const CONDEMNING = new Set(["أدان", "استنكر", "شجب", "بارك"]);
/** Verbs of stance that take what they are about with «بـ» (ندّد بـ، رحّب بـ، أشاد بـ، طالب بـ). */
const TAKES_BI = new Set(["ندد", "رحب", "أشاد", "طالب", "نوه", "اعترف"]);

/**
 * Where a verb's object opens inside the phrase [a, e) read as its subject, or e: an event named by its
 * verbal noun («ووصف الرئيس الأميركي جو بايدن مقتل نصر الله بأنه …»), an act condemned («وأدانت السفارة الأميركية
 * لدى اليمن الهجوم على …»), or a definite noun after a given name and a family name in -ي («طالب رئيس التحالف
 * عدنان الزرفي المفوضية بمحاسبة …»).
 */
function objectInside(toks: readonly Tok[], a: number, e: number, v: VerbInfo): number {
  for (let m = a + 1; m < e; m++) {
    const w = toks[m] as Tok;
    if (!isWord(w)) continue;
    if (RELAYED_EVENT.test(w.f)) return m;
    if (CONDEMNING.has(v.lemma) && CONDEMNED_ACT.has(w.f)) return m;
    const p1 = toks[m - 1] as Tok;
    const p2 = toks[m - 2];
    if (m >= a + 2 && hasAl(w.f) && !/ي$/u.test(w.f) && /^ال.{3,}ي$/u.test(p1.f) && isWord(p2) && GIVEN_NAME.has(p2.f))
      return m;
  }
  return e;
}
/**
 * Verbs that take what was said before as their object pronoun and then their subject: «ووصفته الوزارة بأنه …»،
 * «واعتبرته الحركة …»، «ونفته الحكومة»، «وأكدته مصادر …».
 */
// («ويتهمه حزب الله بالاستنسابية»، «وانتقدته المعارضة»: and accusing or criticising the one just named)
const POINTING_VERBS = new Set(["وصف", "اعتبر", "نفى", "أكد", "اتهم", "انتقد"]);

const DENIED_OBJECT = new Set([
  "وجود",
  "صحه",
  "حدوث",
  "وقوع",
  "ضلوع",
  "تورط",
  "مشاركه",
  "علاقه",
  "اي",
  "ايه",
  "نيه",
  "انباء",
  // («نفى ممثل الشركة X تلقي أي تحذير»: having received, been told, known)
  "تلقي",
  "علم",
  "معرفه",
]);

/** «نظيره/نظيرته/نظيرها»: the counterpart a leader calls or congratulates, the object after a full name. */
const COUNTERPART = /^نظير(?:ه|ها|ته|يه|يها)$/u;

/** Whether a subject opens at k: a title, a body's head, an unnamed source (unless `unnamed` is false) or a known name. */
function subjectWordAt(toks: readonly Tok[], k: number, to: number, unnamed = true): boolean {
  const w = toks[k];
  return (
    isWord(w) && (TITLE.has(w.f) || ORG_HEAD.has(w.f) || (unnamed && UNNAMED.has(w.f)) || knownAt(toks, k, to) !== null)
  );
}

/** «الفريق أول»، «اللواء أول»: «أول» at k is the grade of the military rank before it. */
function rankGrade(ws: readonly Tok[], k: number): boolean {
  return ws[k]?.f === "اول" && /^(?:ال)?(?:فريق|لواء|عميد|عقيد|مشير)$/u.test(ws[k - 1]?.f ?? "");
}

/** Offices that speak for the one who holds a title (مكتب رئيس الحكومة، ديوان رئيس الجمهورية), folded. */
const OFFICE_HEAD = /^(?:مكتب|ديوان)$/u;

/** Words that link the parts of a lineage name (بن، بنت، آل folded to ال، أبو، عبد). */
const NAME_LINKS = new Set(["بن", "بنت", "ابن", "ال", "ابو", "عبد"]);

/** An act in ب after a verb of ordering (بإخلاء، بالتحقيق، بمحاسبة، بتوفير), folded: a verbal noun's shape. */
const ACT_NOUN = /^ب(?:ال)?(?:ت..ي.|ت[^ا][^ا][^اي]|ا.ت.ا.|ان..ا.|است..ا.|ا..ا.|م.ا..ه)$/u;

/**
 * What «وجّه X بـ…» orders: an act in a derived verbal noun (ACT_NOUN), or one of the plain ones decisions are made
 * of («ووجه الملك بصرف معاش شهرين»، «وجّه بفتح تحقيق»), folded.
 */
function orderedAct(f: string): boolean {
  return (
    ACT_NOUN.test(f) ||
    /^ب(?:ال)?(?:صرف|فتح|منح|وقف|رفع|خفض|فرض|سحب|حظر|منع|نقل)$/u.test(f) ||
    // («وجّه رئيس الوزراء X بسرعة تعقب المسؤولين»، «… بضرورة فتح تحقيق»: the act after how urgently it is ordered)
    /^ب(?:سرعه|ضروره)$/u.test(f)
  );
}
/**
 * What «أفاد» reports with «ب»: a verbal noun of an event («بمقتل»، «بوقوع»، «بسقوط»، «بارتفاع»، «بتسجيل»), not a
 * name that starts with ب («وكالة بلومبرغ»).
 */
const REPORTED_EVENT = /^ب(?:ال)?(?:م..[^اوي]|[^ا]{2}و[^اي]|وفا[هة]|ت..ي.|ا.ت.ا.|ان..ا.|است..ا.|ا..ا.)$/u;

/**
 * «وأفاد مراسل فرانس برس بسماع دوي انفجارات»: a verbal noun of the shape فِعال (سماع، فرار، دمار) glued to «بـ» and
 * not in construct with a definite noun («مسؤول بقطاع الصحة» is where the official works).
 */
function heardOrSeen(toks: readonly Tok[], k: number): boolean {
  const nx = toks[k + 1];
  return /^ب[^ا]{2}ا[^اوي]$/u.test((toks[k] as Tok).f) && !(isWord(nx) && hasAl(nx.f));
}

/** ب-words that are no act demanded, pledged or ordered (باسم، بسبب، بموجب …). */
const NOT_AN_ACT = new Set([
  "باسم",
  "بسبب",
  "بحسب",
  "بشكل",
  "بموجب",
  "بدوره",
  "بدورها",
  "بعدما",
  "بينما",
  "بنفسه",
  // («… برفقة رئيسة الوزراء»: who came along, not what is admitted or praised)
  "برفقه",
  "بمرافقه",
  "بصحبه",
]);
/**
 * Tokens from «أقرّ/اعترف» to what is admitted: the subject between them is a name or a title («وأقرّ كاكداك
 * بوجود …»، «واعترف وزير الداخلية X بصعوبة …»), never a clause («أقر مجلس الوزراء، أمس، حزمة إجراءات …، وذلك …
 * برفقة …» approves a package).
 */
const ADMITTED_REACH = 8;
/** Shapes of verbal nouns (تفعيل، افتعال، انفعال، استفعال، إفعال: تعويض، اختتام، انسحاب، استمرار، إعلان), folded. */
const VERBAL_NOUN = /^(?:ت..ي.|ا.ت.ا.|ان..ا.|است..ا.|ا..ا.)ه?$/u;

/** Events a wire relays from its source as a verbal noun (folded, without the article): مقتل، العثور، إصابة … */
const RELAYED_EVENT =
  /^(?:مقتل|مصرع|اصابه|وفاه|عثور|سقوط|نزوح|فرار|اختطاف|خطف|اعتقال|توقيف|انتشال|استهداف|اندلاع|انسحاب|وقوع|ارتفاع|تراجع)$/u;
/**
 * A stance relayed from a source, indefinite or with the source's pronoun («نقلت الإذاعة عن مصادر أمنية تشكيكاً
 * متزايداً في …»، «نقلت الصحيفة عن مسؤولين قلقهم من …»), folded.
 */
const RELAYED_STANCE = /^(?:تشكيك|تفاول|قلق|استياء|غضب|ترحيب|رفض|تاييد|خشيه|مخاوف|تحذير|تاكيد)(?:ا|ه|ها|هم|هما)$/u;
/** The verbal-noun shapes no plural shares (تفعيل، افتعال، انفعال، استفعال; not إفعال: «أشخاص»، «أطفال»). */
const VERB_NOUN_SHAPES = "ت..ي.|ا.ت.ا.|ان..ا.|است..ا.";
/** A verbal noun of saying with its speaker's pronoun (تأكيده، تحذيرها، إعلانه، نفيه، ترحيبه), folded. */
const SAYING_WITH_PRONOUN =
  /^(?:ت..ي.|اعلان|نفي|رفض|ترحيب|مطالبت|دعوت|اشارت|اعتبار|وصف|اقرار|اعتراف|انكار)(?:ه|ها|هم|هما)$/u;

/** A reporting verb carrying its object's pronoun (حذروهما، أبلغهم); bare forms may sit inside a subject's relative. */
function reportingVerbForm(f: string): boolean {
  if (verbOf(f)) return false;
  const m = /^(.{3,}?)(?:هما|هم|هن|ها|ه)$/u.exec(f);
  if (!m) return false;
  const stem = m[1] as string;
  const w = verbOf(stem) ?? (/و$/u.test(stem) ? verbOf(`${stem}ا`) : undefined);
  // (a verb of telling or warning someone: «أعلنتها» after a figure is the figure's own relative)
  return w !== undefined && !w.noun && !w.participle && ADDRESSED_LEMMAS.has(w.lemma);
}

/** Whether `word` stands in `text` as a word of its own (not inside another word). */
function wordIn(text: string, word: string): boolean {
  let at = text.indexOf(word);
  while (at >= 0) {
    const b = text[at - 1];
    const e = text[at + word.length];
    if ((b === undefined || !/[\u0621-\u064A]/u.test(b)) && (e === undefined || !/[\u0621-\u064A]/u.test(e)))
      return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
}

/** Whether «على» at k may open what the verb at i insists on: close to it, or right after one aside in commas. */
function stressedAfter(toks: readonly Tok[], i: number, k: number): boolean {
  const commas = toks.slice(i + 1, k).filter((w) => isComma(w)).length;
  const aside = commas === 2 && isComma(toks[k - 1]);
  // («وشدد متحدث مجلس الوزراء، على أن …»: a lone comma between the subject and the preposition; not «، على هامش
  // القمة»، «، على صعيد آخر», an adjunct of its own)
  // (a longer subject may run up to it when a channel closes it: «وأكد المكلف بالإعلام … الرائد X في تصريح للإذاعة،
  // على تسجيل 102 حادث»)
  const reach = channelBetween(toks, i, k) ? 20 : 8;
  const comma = commas === 1 && isComma(toks[k - 1]) && k - i <= reach && !ADJUNCT_AFTER_ALA.has(toks[k + 1]?.f ?? "");
  return (commas === 0 && k - i <= 8) || (aside && k - i <= 16) || comma;
}

/** Whether «في/خلال» and a channel of statements («في تصريح»، «خلال مؤتمر») stand between i and k. */
function channelBetween(toks: readonly Tok[], i: number, k: number): boolean {
  for (let m = i + 1; m < k - 1; m++) {
    const w = toks[m] as Tok;
    if ((w.f === "في" || w.f === "خلال") && CHANNEL.has((toks[m + 1] as Tok).f)) return true;
  }
  return false;
}

/** Nouns after «على» that make an adjunct (على هامش، على صعيد، على خلفية), not what is insisted on (folded). */
const ADJUNCT_AFTER_ALA = new Set(["هامش", "صعيد", "مستوي", "خلفيه", "وقع", "اثر", "لسان", "حد", "الرغم", "رغم"]);

/** What opens an asked question (folded): عمّا، عن، هل، ما إذا (ما)، كيف، لماذا، متى. */
const QUESTION_OPENERS = new Set(["عما", "عن", "هل", "ما", "كيف", "لماذا", "متي", "اين"]);

/** Indefinite verbal nouns that name an event (انهيار، انفجار، اختطاف، استهداف، تفجير), folded. */
const EVENT_NOUN = new RegExp(`^(?:${VERB_NOUN_SHAPES})$`, "u");

/** Verbal nouns after the article (التأكيد، الالتزام، الاستمرار، العمل، السعي): the object after a definite subject. */
const DEFINITE_VERBAL_NOUN = new RegExp(`^(?:${VERB_NOUN_SHAPES}|عمل|سعي|قول)$`, "u");

/**
 * «الرئيس الجديد العمل على …»: a definite verbal noun after a definite word is neither its adjective nor in construct
 * with it; it opens the object (both folded).
 */
function verbalNounAfterDefinite(prev: string, w: string): boolean {
  return /^ال/u.test(prev) && /^ال/u.test(w) && DEFINITE_VERBAL_NOUN.test(w.slice(2)) && !placeAdjective(w.slice(2));
}

/** A nisba adjective of a country or city in the feminine («تركيه» of «تركيا»، «تونسيه»), folded, no article. */
function placeAdjective(w: string): boolean {
  const m = /^(.{3,})يه$/u.exec(w);
  if (!m) return false;
  const base = m[1] as string;
  return PLACE.has(base) || PLACE.has(`${base}يا`) || PLACE.has(`${base}ا`);
}

/** «النائبان»، «الوزيرين»: a title in the dual (folded). */
function dualTitle(f: string): boolean {
  return /^ال.{3,}(?:ان|ين)$/u.test(f) && TITLE.has(f.slice(0, -2));
}
/** A definite plural in -ين/-ون (المؤمنين، المواطنين): an addressee or object, not a family name. */
const PLURAL_OBJECT = /^ال.{3,}(?:ين|ون)$/u;
/** Regnal ordinals inside a name (البابا بنديكت السادس عشر، إغناطيوس يوسف الثالث يونان). */
const ORDINAL = new Set([
  "الاول",
  "الثاني",
  "الثالث",
  "الرابع",
  "الخامس",
  "السادس",
  "السابع",
  "الثامن",
  "التاسع",
  "العاشر",
]);

/**
 * «المتحدث باسم الجيش أفيخاي أدرعي سكان الجنوب …»: a name outside the list of given names, after a title, when two
 * indefinite name words open it (one word could be the object: «أعلن الوزير تشكيل لجنة»)
 */
function foreignName(toks: readonly Tok[], j: number, to: number): boolean {
  const ok = (t: Tok | undefined) =>
    isWord(t) &&
    nameLike(t) &&
    !hasAl(t.f) &&
    // (a form IV verbal noun never ends in ي: «أوكاي» has its shape and is a name)
    (!VERBAL_NOUN.test(t.f) || /^ا..اي$/u.test(t.f)) &&
    !/..ا$/u.test(t.f) &&
    !/^(?:لل|بال)/u.test(t.f) &&
    !OUTLET_HEAD.has(t.f.slice(1)) &&
    !MEASURED_OBJECT.test(t.f) &&
    // (nor what a denial is of: «… باسم الوزارة وجود إصابات …»)
    !DENIED_OBJECT.has(t.f) &&
    !PLACE.has(t.f);
  // («كليمنتين نكويتا سلامي»: a middle name in -ا between two name words is no adverb)
  const middle = (t: Tok | undefined) => isWord(t) && /^[^ا].{2,}ا$/u.test(t.f) && !hasAl(t.f) && !verbOf(t.f);
  if (j + 2 < to && ok(toks[j]) && middle(toks[j + 1]) && ok(toks[j + 2])) return true;
  // («ناريندرا مودي»، «كامالا هاريس»، «أنجيلا ميركل»: a foreign given name in -ا before a family name that is not;
  // not a relative adverb in -يا (رسمياً) nor a time of day (ليلاً)
  const given = (t: Tok | undefined) =>
    isWord(t) &&
    t.f.length >= 5 &&
    /[^ي]ا$/u.test(t.f) &&
    !/^(?:ليلا|نهارا|فجرا|ظهرا|عصرا|كثيرا|تماما|فورا|مطلقا|اطلاقا)$/u.test(t.f) &&
    ok({ ...t, f: t.f.slice(0, -1) });
  if (j + 1 < to && given(toks[j]) && ok(toks[j + 1])) return true;
  return j + 1 < to && ok(toks[j]) && ok(toks[j + 1]);
}

/** Verbs that name what something is called («ما وصفه بـ…»، «ما اعتبره …»): no source of the words around them. */
const CHARACTERISING = new Set(["وصف", "اعتبر"]);

/** A reporting verb, also with an object pronoun attached (أعلنته، ذكرها) as in بحسب ما أعلنته X. */
/**
 * «حصيلة جديدة أوردتها الوكالة»، «بيان نشرته الوزارة»: after a document or statement noun at i, up to two indefinite
 * adjectives, then a verb of reporting with its object pronoun; the token after that verb (whom it names), else -1.
 */
function documentCredited(toks: readonly Tok[], i: number, to: number): number {
  let m = i + 1;
  while (m < Math.min(to, i + 3) && isWord(toks[m]) && !hasAl((toks[m] as Tok).f) && !verbOf((toks[m] as Tok).f)) {
    if (/(?:ها|ه)$/u.test((toks[m] as Tok).f) && verbWithObject((toks[m] as Tok).f)) break;
    m++;
  }
  const w = toks[m];
  if (!isWord(w) || !/(?:ها|ه)$/u.test(w.f) || verbOf(w.f)) return -1;
  const v = verbWithObject(w.f);
  if (!v || v.noun || v.participle || CHARACTERISING.has(v.lemma)) return -1;
  return m + 1 < to && isWord(toks[m + 1]) ? m + 1 : -1;
}

function verbWithObject(f: string): VerbInfo | undefined {
  if (verbOf(f) || f.length < 4) return verbOf(f);
  const bare = f.replace(/(?:ه|ها|هم|هما)$/u, "");
  // («نفاه»، «رواه»: a verb ending in ى writes it ا before a pronoun)
  return verbOf(bare) ?? (/ا$/u.test(bare) ? verbOf(`${bare.slice(0, -1)}ي`) : undefined);
}

/** A speaker that is a body, a group, or a person named, titled or known; not a phrase like «أزمة المصرف». */
function namedPerson(sp: SpeakerPhrase): boolean {
  if (sp.kind !== "person" || sp.role) return true;
  return opensOnName(sp.name) || TITLE.has(foldKey(sp.name).split(" ")[0] ?? "");
}

/** A name whose first word is a given or a known name («محمد بن زايد»، «أنطونيو غوتيريش»), not a title. */
function opensOnName(name: string): boolean {
  const first = foldKey(name).split(" ")[0] ?? "";
  return GIVEN_NAME.has(first) || KNOWN_FIRST.has(first) || KNOWN_NAMES.has(first);
}

/** «المسؤولية/مسؤولية», folded: what «حمّل» makes someone bear; the phrase before it is the one held responsible. */
const RESPONSIBILITY = /^(?:ال)?مسووليه$/u;
/** Words after «الحداد» that make it mourning declared, not a family name (folded). */
const MOURNING_AFTER = /^(?:العام|الرسمي|الوطني|لمده|ثلاثه|ثلاث|سبعه|خمسه|يومين|اسبوعا|علي)$/u;

/** «الحداد» at k is mourning declared («الحداد العام»، «الحداد ثلاثة أيام»، «الحداد 3 أيام»), not a family name. */
function mourningAt(toks: readonly Tok[], k: number): boolean {
  const next = toks[k + 1];
  return toks[k]?.f === "الحداد" && (MOURNING_AFTER.test(next?.f ?? "") || next?.kind === "number");
}

/** Verbs of insisting whose content may be a noun phrase after «على» (شدد/أكد/حض/حث على ضرورة …). */
const STRESSING = new Set(["شدد", "أكد", "حض", "حث", "ركز", "أصر", "حرص"]);

/**
 * «وفي مقطع مصور انتشر أمس، نفى …»، «وعقب بيان الشرطة، تداولت …»: a prepositional adjunct from `pre`, closed by a
 * comma right before the verb at i, sets the scene; it is no subject.
 */
function sceneBefore(toks: readonly Tok[], pre: number, i: number): boolean {
  const head = (toks[pre] as Tok).f.replace(/^و/u, "");
  return pre < i - 1 && isComma(toks[i - 1]) && (REGION_PREPOSITIONS.has(head) || TIME_PREPOSITIONS.has(head));
}

/** Verbs that take the one told, warned or called on as an object pronoun (أبلغهم، حذروهما، طمأنها، دعاهم). */
const ADDRESSED_LEMMAS = new Set(["وصف", "أجاب", "أبلغ", "أخبر", "حذر", "طمأن", "ناشد", "دعا", "طالب", "حض", "أوصى"]);

/**
 * «وأبلغهم الوزير أن …»، «وحذروهما من أن …»: a verb of telling or warning opening its clause with the one told as an
 * object pronoun; its subject follows it (or is carried).
 */
function addressedVerb(toks: readonly Tok[], i: number, from: number): VerbInfo | undefined {
  const t = toks[i] as Tok;
  if (i > from + 1 || !isWord(t) || t.f.length < 5) return undefined;
  const m = /^(.{3,}?)(?:هما|هم|هن|ها|ه|كم)$/u.exec(t.f);
  if (!m) return undefined;
  const stem = m[1] as string;
  // («حذروهما»: the plural's silent alif is dropped before a pronoun; «دعاهم»: ى is written ا)
  const v =
    verbOf(stem) ??
    (/و$/u.test(stem) ? verbOf(`${stem}ا`) : undefined) ??
    (/ا$/u.test(stem) ? verbOf(`${stem.slice(0, -1)}ي`) : undefined);
  return v && !v.noun && !v.participle && ADDRESSED_LEMMAS.has(v.lemma) ? v : undefined;
}

/** A noun without its possessive pronoun («مداخلته» → «مداخله»، «بيانها» → «بيان»), folded; [] when it has none. */
function ownedForms(f: string): string[] {
  const out: string[] = [];
  if (/.{3}ت(?:ه|ها|هم|هما)$/u.test(f)) out.push(f.replace(/ت(?:ه|ها|هم|هما)$/u, "ه"));
  if (/.{3}(?:ها|هم|هما|ه)$/u.test(f)) out.push(f.replace(/(?:هما|هم|ها|ه)$/u, ""));
  return out;
}

/**
 * A wire, a paper or a channel, or its correspondent («بحسب ما ذكر مراسل موقع «أكسيوس» الأميركي»، «موقع «أكسيوس»
 * الأميركي», whose adjective hides the known name's kind).
 */
function mediaSpeaker(sp: SpeakerPhrase): boolean {
  if (sp.kind === "agency" || sp.kind === "outlet") return true;
  const role = sp.role ? fold(sp.role).split(" ") : [];
  return role.length > 0 && (OUTLET_HEAD.has(role.at(-1) as string) || /^(?:مراسل|مراسله)$/u.test(role[0] as string));
}

/** Prepositions of time that open an adjunct inside a speaker phrase. */
const TIME_PREPOSITIONS = new Set(["قبيل", "بعيد", "عقب", "اثر", "فور", "غداه", "عشيه", "اثناء", "بعد", "قبل"]);

/**
 * «نقلا عن مسؤولين في القطاع الصحي»: an unnamed group written in the genitive or accusative (-ين) is named in the
 * nominative (مسؤولون), so that one group has one name wherever the sentence put it.
 */
function caseOfGroup(sp: SpeakerPhrase | null): SpeakerPhrase | null {
  // («غير أن مسؤولاً أمنياً رفيعاً أكد …»: an unnamed source in the accusative after «أنّ» is named in the nominative)
  const first = sp ? fold(sp.name.split(" ")[0] ?? "") : "";
  if (sp && !sp.role && /(?:اً|ًا)(?=\s|$)/u.test(sp.name) && UNNAMED.has(first.replace(/ا$/u, "")))
    return { ...sp, name: sp.name.replace(/(?:اً|ًا)(?=\s|$)/gu, "") };
  // («أن مسؤولا إسرائيليا صرّح …»: so without its tanween written, over the run of indefinite words in -ا)
  if (sp && !sp.role && /ا$/u.test(first) && !/(?:هما|كما)$/u.test(first) && UNNAMED.has(first.slice(0, -1))) {
    const words = sp.name.split(" ");
    let k = 0;
    while (k < words.length && /^[^ا]\S{2,}ا$/u.test(words[k] as string) && !/^ال/u.test(words[k] as string)) k++;
    const name = [...words.slice(0, k).map((w) => w.slice(0, -1)), ...words.slice(k)].join(" ");
    return { ...sp, name };
  }
  // («نقلاً عن أشخاص مطلعين على الصفقة»: a broken plural's adjective in -ين after it is named in the nominative)
  const broken = sp && !sp.role ? /^(\S+)\s+(\S{3,})ين(?=\s|$)/u.exec(sp.name) : null;
  const head = broken ? fold(broken[1] as string) : "";
  if (sp && broken && (UNNAMED.has(head) || head === "اشخاص") && !/ين$/u.test(head))
    return { ...sp, name: `${broken[1]} ${broken[2]}ون${sp.name.slice(broken[0].length)}` };
  if (sp?.kind !== "group") return sp;
  const m = /^(\S{3,})ين(?=\s|$)/u.exec(sp.name);
  if (!m || !UNNAMED.has(fold(`${m[1]}ون`))) return sp;
  // its adjective agrees («مسؤولين سعوديين» → «مسؤولون سعوديون»), and so does a group joined to it before any
  // preposition («مسؤولين حوثيين وعاملين في المجال الإنساني» → «… وعاملون في …»)
  let rest = sp.name.slice(m[0].length).replace(/^(\s+\S{3,})ين(?=\s|$)/u, "$1ون");
  rest = rest.replace(/^((?:\s+\S{3,}ون)?\s+و\S{3,})ين(?=\s|$)/u, "$1ون");
  return { ...sp, name: `${m[1]}ون${rest}` };
}

/** How many definite name-like words run from token k (at most five). */
function definiteNames(toks: readonly Tok[], k: number, to: number): number {
  let n = 0;
  while (k + n < to && n < 5) {
    const w = toks[k + n];
    if (!isWord(w) || !hasAl(w.f) || !nameLike(w) || DOCUMENT.has(w.f.slice(2)) || VERBAL_NOUN.test(w.f)) break;
    // (a long sound feminine plural is no family name: «ونفى الوزير سامي الشمري الاتهامات الموجهة إليه»; «الزيات» is)
    if (/^ال.{3,}ات$/u.test(w.f)) break;
    n++;
  }
  return n;
}

/** Forms of address before a ruler's or an official's title (سمو الأمير، جلالة الملك، فخامة الرئيس، معالي الوزير). */
const ADDRESS_FORMS = new Set(["سمو", "جلاله", "فخامه", "معالي", "سعاده", "سماحه", "دوله"]);

/** Prepositions that open an adjunct, not a subject, when a part of a speaker region starts with them. */
const REGION_PREPOSITIONS = new Set([
  // («… من الناقلة «صافر» قبالة اليمن وتعلن …»: off the coast of, near)
  "قباله",
  "قرب",
  "في",
  "خلال",
  "عبر",
  "من",
  "عن",
  "الي",
  "علي",
  "مع",
  "لدي",
  "امام",
  "منذ",
  "عند",
  "اثناء",
  "حول",
  "ضد",
  "وسط",
  "بين",
  "قبل",
  "بعد",
]);
/** The indefinite accusative ending written with its tanween (مراراً، مجدداً، رسمياً). */
const ACCUSATIVE_MARK = /[\u064B](?:ا|ى)?$|ا[\u064B]$/u;

/** Adverbs that end a speaker phrase (وذهب الوزير أبعد من ذلك، وقال المتحدث بدوره، وقالت أيضا). */
const NAME_ENDERS = new Set(["ابعد", "بدوره", "بدورها", "بدورهم", "ايضا", "كذلك", "مجددا", "بدوره،"]);

/** Nouns of a stance that أبدى reports (قلق، أسف، ترحيب، استعداد، رفض، خشية …), with or without a pronoun. */
const STANCE_OBJECT =
  /^(?:قلق|اسف|ترحيب|استعداد|رفض|تفاول|تشاوم|دهش|استغراب|تحفظ|انزعاج|ارتياح|تاييد|دعم|امل|تخوف|مخاوف|غضب|استياء|خشي)/u;
/** What one directs or launches when it is words (نداء، دعوة، رسالة، تحذير، مناشدة). */
const APPEAL_OBJECT =
  /^(?:نداء|نداءات|دعوه|دعوات|رساله|رسايل|تحذير|تحذيرات|مناشده|انذار|اتهام|اتهامات|اصابع|انتقاد|انتقادات)$/u;

/** «حصيلة أعدّتها فرانس برس»، «أرقام أعلنتها الهيئة»: a document's preparer follows these relative verbs. */
const PREPARED_BY = /^(?:اعد|اعلن|نشر|اصدر|جمع|اورد|نقل|اجر|وضع|قدم|كشف|ذكر|رصد|وثق|سرب|تداول|وزع)(?:ت|تها|ها|ه|ته)$/u;
/** A document noun, also with a possessive pronoun («بياناته»، «أرقامها»). */
function documentWord(f: string): boolean {
  return DOCUMENT.has(f) || DOCUMENT.has(f.replace(/(?:ه|ها|هم|هما)$/u, ""));
}

/** Accounts and testimonies, whose tellers follow them (روايات ذوي الضحايا، شهادات الناجين). */
const ACCOUNTS = new Set(["روايات", "روايه", "شهادات", "شهاده"]);
/** Verbs of receiving a document («تلقت الوكالة نسخة منه»، «اطلعت عليه»، «حصلت عليه»). */
const RECEIVED = /^(?:تلقت|تلقي|تلقته|تلقتها|حصلت|حصل|اطلعت|اطلع|تسلمت|تسلم|تسلمته|تسلمتها)$/u;
/** What was received: a copy of it, or it (نسخة منه، عليه، عليها). */
const COPY = /^(?:نسخه|نسخا|عليه|عليها)$/u;
/** Documents an outlet reports having seen (وثيقة/مذكرة/رسالة اطلعت عليها رويترز), folded. */
const SEEN_DOCUMENTS = new Set(["وثيقه", "وثايق", "مذكره", "مذكرات", "رساله", "رسايل", "مسوده", "نسخه"]);
/** Passives of publishing after a document (نُشرت، صدرت، أُجريت، أُعدّت). */
const PUBLISHED = new Set(["نشرت", "نشر", "صدرت", "صدر", "اجريت", "اجري", "اعدت", "اعد"]);
/** Quantifiers that open an addressee or object, never a subject's name (جميع الجهات، كل الأطراف، كافة القوى). */
const QUANTIFIER = new Set(["جميع", "كل", "كافه", "سائر"]);
/** Objects of an estimate or count in construct («قدّر المسؤول عدد الحجاج …»، «حجم الخسائر»). */
const MEASURED_OBJECT = /^(?:عدد|اعداد|نسبه|حجم|قيمه|كلفه|تكلفه|خساير|حصيله|مجموع|اجمالي)$/u;
/**
 * A word that opens a verb's object after its subject: definite, a verbal noun, what is declared, measured, denied;
 * or what comes after the subject altogether, a verb of saying («خرج مكتب نتنياهو لينفي …»).
 */
function objectOpens(w: Tok): boolean {
  return (
    hasAl(w.f) ||
    verbOf(w.f) !== undefined ||
    (/^ل[يت]../u.test(w.f) && verbOf(w.f.slice(1)) !== undefined) ||
    VERBAL_NOUN.test(w.f) ||
    DECLARED_OBJECT.test(w.f) ||
    MEASURED_OBJECT.test(w.f) ||
    DENIED_OBJECT.has(w.f)
  );
}

/**
 * What is declared or announced, opening the object after a name («أعلن الرئيس محمد بازوم حالة الطوارئ»، «… حظر
 * التجول»، «… نتائج الانتخابات»، «… ضبط 40 متهماً»، «… منح 200 ألف روبية»), folded: nouns no personal name is made of.
 */
const DECLARED_OBJECT = /^(?:حاله|حظر|وقف|بدء|نتايج|موعد|خطه|قايمه|اسماء|حزمه|عزمه|رغبته|ضبط|حجز|منح|صرف|رفع|منع)$/u;
/** Verbs that report a figure as an act (رفعت تونس حصيلتها، أحصت إندونيسيا، سجّل المركز). */
const FIGURE_VERBS = new Set(["رفع", "خفض", "أحصى", "سجل"]);
/** Verbs that report only in a narrow reading; as words between a verb and its content they are no second report. */
const NOT_A_SECOND_REPORT = new Set([
  "عبر",
  "رفع",
  "خفض",
  "أحصى",
  "طلب",
  "بين",
  "دافع",
  "أمر",
  "سجل",
  "رد",
  // (acts that are statements only with their object: «أُجري عام 2009»، «قدّم الدعم» report nothing)
  "أصدر",
  "بث",
  "قدم",
  "أجرى",
  "تداول",
  "نشر",
]);

/** Verbs of demanding, calling and warning whose object (an addressee) can follow them at once. */
/** Verbs of calling on someone (دعا، ناشد، حض، أهاب): «جميع/كل» after them opens whom they call on. */
const CALLING = new Set(["دعا", "ناشد", "حض", "حث", "أهاب", "وجه"]);

/** Whether one to four words from k, with no comma among them, lead to «على» or «إلى» (whom a call is made on). */
function addresseeThenPreposition(toks: readonly Tok[], k: number, to: number): boolean {
  for (let m = k; m < Math.min(to, k + 5); m++) {
    const w = toks[m] as Tok;
    if (!isWord(w)) return false;
    if (w.f === "علي" || w.f === "الي") return m > k;
  }
  return false;
}
const ADDRESSING = new Set(["طالب", "دعا", "ناشد", "حض", "حذر", "اتهم", "انتقد", "أوصى", "أهاب", "وجه"]);

/** A verb form of the third person masculine singular (طالب، يطالب; not طالبت، تطالب، طالبوا). */
function masculineVerb(f: string, v: VerbInfo): boolean {
  const b = stripW(f);
  if (/ت$|وا$|ون$/u.test(b)) return false;
  return !/^ت/u.test(b) || (/^ت/u.test(v.lemma) && !/^تت/u.test(b));
}

/** A perfect verb form of the third person feminine singular (دعت، طالبت، حذرت; not دعا، تدعو). */
function feminineVerb(f: string): boolean {
  return /^.{2,}ت$/u.test(stripW(f)) && !/^ت/u.test(stripW(f));
}

/** A masculine definite title, or «المجتمع» (الدولي): whom a feminine verb addresses, never its subject. */
function masculineAddressee(t: Tok): boolean {
  return /^ال/u.test(t.f) && !/[هة]$/u.test(t.f) && (t.f === "المجتمع" || (TITLE.has(t.f) && MALE_TITLE.test(t.f)));
}
/** Feminine person titles (folded) a masculine verb addresses («وجّه وزيرة التضامن»، «دعا الوزيرة»). */
const FEMALE_TITLE = /^(?:ال)?(?:وزيره|رييسه|مديره|سفيره|محافظه|نايبه|امينه)$/u;
/** Masculine person titles (folded, with the article) a feminine verb addresses («دعت الرئيس»، «طالبت الوزير»). */
const MALE_TITLE = /^ال(?:رئيس|وزير|امين|مبعوث|سفير|ملك|امير|محافظ|مدير|قائد|زعيم|مفوض|نائب)$/u;

/**
 * The person or body named right before the comma at `c` («… من خامنئي، الذي …»، «… المفوضية العليا، التي …»), back
 * to a preposition or a clause boundary; null when what stands there is no name.
 */
function antecedent(text: string, toks: readonly Tok[], c: number, from: number): SpeakerPhrase | null {
  if (!isComma(toks[c])) return null;
  let s0 = c - 1;
  // («… برئاسة نائب رئيس الوزراء رجائي المعشر، الذي قال …»: who presides or leads is named after «برئاسة»)
  const opens = (w: Tok | undefined) => isWord(w) && (REGION_PREPOSITIONS.has(w.f) || LED_BY.test(w.f));
  while (s0 > from && c - s0 < 6 && isWord(toks[s0 - 1]) && !opens(toks[s0 - 1])) s0--;
  if (!isWord(toks[s0 - 1]) && s0 - 1 >= from && !isComma(toks[s0 - 1])) return null;
  if (s0 > c - 1) return null;
  const sp = parseRegion(text, toks, s0, c - 1, []);
  if (!sp) return null;
  if (sp.kind === "person" || sp.kind === "organization" || sp.kind === "agency") return sp;
  // (a bare proper name: one or two words, no article, not a place)
  const ws = toks.slice(s0, c).filter(isWord);
  const proper = ws.length <= 2 && ws.every((w) => nameLike(w) && !hasAl(w.f) && !PLACE.has(w.f));
  return proper && sp.kind === "unknown" ? sp : null;
}

/**
 * The titled person or the body named right before the relative pronoun at `r`, with no comma between («النائب
 * أرشد الصالحي الذي …»، «وزير الداخلية الذي …»): the longest phrase opening with a title or a body's head that runs
 * up to it; null when none does.
 */
function titledBefore(text: string, toks: readonly Tok[], r: number, from: number): SpeakerPhrase | null {
  for (let s0 = Math.max(from, r - 6); s0 < r; s0++) {
    const w = toks[s0] as Tok;
    if (!isWord(w) || !(TITLE.has(w.f) || ORG_HEAD.has(w.f))) continue;
    if (toks.slice(s0, r).some((x) => !isWord(x))) continue;
    const sp = parseRegion(text, toks, s0, r - 1, []);
    if (sp && (sp.kind === "person" || sp.kind === "organization")) return sp;
  }
  return null;
}

/** Verbs whose object is often a state or its capital (انتقد الرياض، اتهم واشنطن، حمّل طهران …). */
const TARGETING = new Set(["انتقد", "اتهم", "حمل", "أدان", "ندد", "توعد", "طالب", "دعا"]);

/** Who leads, presides over or comes with something, glued to «بـ» (برئاسة، بقيادة، برفقة، بحضور), folded. */
const LED_BY = /^و?ب(?:رياسه|قياده|رفقه|حضور|مشاركه|مرافقه|صحبه)$/u;

/** A lone definite family name in -ي (الكاظمي، السوداني): a man, never a body or a group. */
function familyNameAlone(t: Tok): boolean {
  return (
    /^ال.{3,}ي$/u.test(t.f) &&
    !UNNAMED.has(t.f) &&
    !TITLE.has(t.f) &&
    !ORG_HEAD.has(t.f) &&
    !KNOWN_FIRST.has(t.f) &&
    !PLACE.has(t.f)
  );
}

/**
 * A known body whose full name opens with a feminine head («حماس» is «حركة المقاومة الإسلامية»): after a masculine
 * verb of accusing or calling it is the object, not the subject.
 */
function feminineKnown(toks: readonly Tok[], k: number, end: number): boolean {
  const known = knownAt(toks, k, end);
  const head = known?.name.split(" ")[0] ?? "";
  return known !== null && known.type !== "person" && /[ةه]$/u.test(head);
}

/** A body's head in the feminine (وزارة، الهيئة، المفوضية، الحكومة). */
function feminineBody(t: Tok): boolean {
  // (and a country or continent named in -ا or -ة, feminine in Arabic: «ودعا أوروبا إلى التدخل» addresses Europe)
  // (and a definite plural in -ات, which takes a feminine verb: «وطالب الجهات المعنية بضرورة التحرك» addresses them)
  if (/^ال.{2,}ات$/u.test(t.f)) return true;
  return /ه$/u.test(t.f) ? ORG_HEAD.has(t.f) || PLACE.has(t.f) : /ا$/u.test(t.f) && PLACE.has(t.f);
}

/** Whether a written figure lies in toks[a, b). */
function hasFigure(toks: readonly Tok[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = toks[k] as Tok;
    if (t.kind === "number") return true;
    // («سجّل المرصد ثلاث مجازر»، «عشرات الخروقات»: a figure in words)
    if (t.kind === "word" && (COUNT_WORDS.has(t.f) || COUNT_WORDS.has(`${t.f}ه`) || VAGUE_COUNT.test(t.f))) return true;
  }
  return false;
}

/** Duals of the large counts (مليونين، ألفان، ملياري), folded. */
const LARGE_DUAL = /^(?:مليون|مليار|الف)(?:ين|ان|ي|ا)$/u;
/** Words of approximation before a figure (folded). */
const APPROXIMATELY = /^(?:نحو|قرابه|حوالي|زهاء|يقارب|يناهز)$/u;
/** Counts in words that are no cardinal from two to ten (folded). */
const VAGUE_COUNT = /^(?:عشرات|مئات|الاف|الف|مئه|مايه|ملايين|مليون)$/u;
/** What a figure report raises or lowers (الحصيلة، عدد القتلى، النسبة، تقديرها، توقعاتها، تصنيف مصر الائتماني). */
const FIGURE_OBJECT = /^(?:حصيل|عدد|نسب|تقدير|توقع|تصنيف)/u;
/** What one renews when renewing a statement (مطالبتها، دعوته، رفضه، تأكيده، موقفها، تمسكه، إدانته، تحذيره). */
const RENEWED_OBJECT = /^(?:مطالب|دعو|دعوت|رفض|تاكيد|موقف|التزام|تمسك|ادان|تحذير|نفي|دعم|تاييد|مناشد|اتهام|تهديد)/u;

/** What a group claims (تبنّى التنظيم الهجوم/التفجيرين/مسؤولية …); «تبنى البرلمان القانون» adopts, reports nothing. */
const CLAIMED_OBJECT =
  /^(?:هجوم|هجمات|هجومين|تفجير|تفجيرات|تفجيرين|عمليه|عمليات|عمليتين|اعتداء|اعتداءات|اغتيال|مسوولي|قصف|انفجار|خطف|اختطاف|روايه)/u;

/**
 * What is broadcast or posted when it is a statement (تسجيلاً، مقطعاً، بياناً، رسالة، تغريدة، منشوراً), or figures
 * («نشرت مؤسسة سيغما تقديرات منحت سعيّد 89.2%»، «نشرت الوزارة أرقاماً …»).
 */
const PUBLISHED_OBJECT =
  /^(?:تسجيل|تسجيلا|شريط|شريطا|مقطع|مقطعا|بيان|بيانا|رساله|فيديو|كلمه|تغريده|منشور|منشورا|تقديرات|ارقاما|ارقام|نتايج|حصيله)$/u;

/** Verbs that report only with such an object after them, and the objects they take. */
export const REPORTED_OBJECTS: ReadonlyMap<string, RegExp> = new Map([
  ["أبدى", STANCE_OBJECT],
  ["جدد", RENEWED_OBJECT],
  ["أعاد", /^(?:تاكيد|تذكير|تشديد)$/u],
  ["رفع", FIGURE_OBJECT],
  ["خفض", FIGURE_OBJECT],
  ["صحح", /^(?:حصيل|عدد|نسب|تقدير|رقم|ارقام|معلومات|بيانات)/u],
  ["وجه", APPEAL_OBJECT],
  ["أطلق", APPEAL_OBJECT],
  // (or its consequences: «محمّلاً الكيان الإسرائيلي عواقبه»)
  ["حمل", /^مسو?وليه?$|^مسوولي|^عواقب|^تبعات/u],
  ["تبنى", CLAIMED_OBJECT],
  // (and to calling it something: «وسارع المغزاوي إلى وصفها بأنها …»)
  ["سارع", /^(?:اتهام|نفي|تاكيد|ادانه|تنديد|تحميل|مطالبه|تحذير|اعلان|تكذيب|رفض|وصف(?:ها|ه|هم)?)$/u],
  // (and a decision, a decree or a ruling: «أصدرت رئاسة الجمهورية قراراً بتشكيل لجنة …»، «أصدرت المحكمة حكماً بسجنه»)
  [
    "أصدر",
    /^(?:بيان|بيانا|تنبيه|تنبيها|تحذير|تحذيرا|تعميم|تعميما|توضيح|توضيحا|بلاغ|بلاغا|تقرير|تقريرا|قرار|قرارا|مرسوم|مرسوما|حكم|حكما|امر|امرا|تعليمات|توجيهات)$/u,
  ],
  ["بث", PUBLISHED_OBJECT],
  ["نشر", PUBLISHED_OBJECT],
  ["قدم", /^(?:تعازي|تعازيه|تعازيها|تعازيهم|تهاني|تهانيه|تهانيها|اعتذار|اعتذاره|اعتذارها|شكره|شكرها)$/u],
  ["أجرى", /^(?:اتصال|اتصالا|مكالمه|محادثات|مباحثات)$/u],
  ["اكتفى", /^بال(?:قول|اشاره|تاكيد|تعليق|رد|اعلان|نفي)$/u],
  // («تداول ناشطون أن …»، «تداولت حسابات أنباء عن …» report; «تداول مستخدمون مقاطع لإطلاق ألعاب نارية» shows)
  ["تداول", /^(?:ان|انه|انها|انهم|انباء|اخبار|معلومات|روايه|روايات|ادعاءات|مزاعم|شايعات|شايعه|تقارير|ارقام|ارقاما)$/u],
  // («بعث الملك برقية عزاء إلى …، عبّر فيها عن …»: a cable or a letter is a statement)
  ["بعث", /^(?:برقيه|رساله|رسالتين|برقيتين)$/u],
  // («وردد المحتجون هتافات …»: chants; «تردد أن …» is a rumour and «ردد الوزير» no report without them)
  ["ردد", /^(?:هتاف|هتافا|هتافات|شعار|شعارا|شعارات)$/u],
]);

/**
 * Index of the first word within fourteen tokens after the verb at i that matches `objects` (article stripped), or
 * -1 (a long title may stand between: «جدّد رئيس أساقفة الموصل وتوابعها للسريان الكاثوليك المطران X رفضه …»).
 */
function stanceIndex(toks: readonly Tok[], i: number, to: number, objects: RegExp): number {
  let reach = i + 14;
  for (let k = i + 1; k < Math.min(to, reach); k++) {
    const t = toks[k] as Tok;
    // («وقدّم رئيس الأركان X، باسمه وباسم كافة منتسبي الجيش، تعازيه …»: an aside on the name does not count, nor
    // one on the occasion: «وحمّل الوزير X، في اتصال هاتفي مع نظيره Y، إسرائيل مسؤولية …»)
    // (nor one on the time: «وكانت رئاسة المجلس قد أبدت، أمس الأحد، «قلقاً بالغاً» …»)
    const nx = toks[k + 1];
    if (
      isComma(t) &&
      isWord(nx) &&
      (ASIDE_ON_NAME.test(nx.f) ||
        occasionAt(toks, k + 1) ||
        TIME.has(nx.f) ||
        TIME.has(stripW(nx.f)) ||
        // (nor a title in apposition: «وقدّم الفريق أول X، رئيس أركان الجيش، تعازيه …», nor the name after a title:
        // «حمّل بطريرك أنطاكية، يوحنا العاشر يازجي، الحكومة «المسؤولية الكاملة»»)
        ((TITLE.has(nx.f) || GIVEN_NAME.has(nx.f)) && k > i + 1))
    ) {
      let c = k + 1;
      while (c < to && c < k + 12 && !isComma(toks[c])) c++;
      reach += c - k;
      k = c;
      continue;
    }
    // («أعلن البنك … خفض أسعار الفائدة للمرة الثالثة، موافقاً أغلب التوقعات»: past a comma that opens no aside, the
    // clause and its object are over — unless the object itself follows it: «أطلق حاكم هرات X، نداء استغاثة …»)
    if (isComma(t)) {
      const o = toks[k + 1];
      return isWord(o) && k > i + 2 && objects.test(o.f.replace(/^ال/u, "")) ? k + 1 : -1;
    }
    if (!isWord(t)) continue;
    const f = t.f.replace(/^ال/u, "");
    if (objects.test(f)) return k;
  }
  return -1;
}

/**
 * Whether the words from a up to the content at c are one noun phrase (what is described, not who describes):
 * at most three words, each definite one in construct after an indefinite common noun («وزير الخارجية») or an
 * adjective in -ي («الخارجية الروسية»), each indefinite one after an indefinite one («اتهامات عبداللهيان»،
 * «زاهدي»). «الرئيس الهجوم»، «ترامب الهجوم»، «الرئيس ترامب» are two.
 */
function describedAlone(toks: readonly Tok[], a: number, c: number): boolean {
  let b = c;
  while (b > a && !isWord(toks[b - 1])) b--;
  const ws = toks.slice(a, b);
  if (ws.length === 0 || ws.length > 3 || !ws.every(isWord)) return false;
  // («فيما وصف أوشيش ما جرى بـ…»: a «ما» clause past the first word is the object, and what stands before it the
  // subject)
  if (ws.slice(1).some((w) => w.f === "ما")) return false;
  for (let j = 1; j < ws.length; j++) {
    const w = ws[j] as Tok;
    const p = ws[j - 1] as Tok;
    const ok = hasAl(w.f) ? (!hasAl(p.f) && !nameLike(p)) || (hasAl(p.f) && NISBA.test(w.f)) : !hasAl(p.f);
    if (!ok) return false;
  }
  return true;
}

/** Cardinals from two to ten, as they count a group («ثلاثة مسؤولين»، «خمسة شهود»), folded. */
const COUNT_WORDS = new Set(
  [
    "اثنان",
    "اثنين",
    "ثلاثة",
    "ثلاث",
    "أربعة",
    "أربع",
    "خمسة",
    "خمس",
    "ستة",
    "ست",
    "سبعة",
    "سبع",
    "ثمانية",
    "تسعة",
    "عشرة",
  ].map((w) => fold(w)),
);

/** Verbs of doubting and playing down, and the preposition their content follows. */
const DOUBTED_AFTER: ReadonlyMap<string, string> = new Map([
  ["شكك", "في"],
  ["قلل", "من"],
]);

/** Verbs that go on with the words of the speaker before them (وأضاف، وتابع، وأردف). */
const GOING_ON = new Set(["أضاف", "تابع", "أردف", "استطرد"]);

/** «غير أن»، «إلا أن»، «بيد أن»، «لكن» right before token k (a concession opening a clause of its own). */
function concessionBefore(toks: readonly Tok[], k: number): boolean {
  const p = toks[k - 1];
  if (!isWord(p)) return false;
  if (p.f === "لكن" || p.f === "ولكن") return true;
  const q = toks[k - 2];
  return p.f === "ان" && isWord(q) && (q.f === "غير" || q.f === "الا" || q.f === "بيد");
}

/** «في اتصال …»، «خلال لقاء …»: the occasion of the words at k. */
function occasionAt(toks: readonly Tok[], k: number): boolean {
  const w = toks[k] as Tok;
  const next = toks[k + 1];
  return (w.f === "في" || w.f === "خلال") && isWord(next) && CHANNEL.has(next.f);
}

/** Whether a word is a reporting verb or a known name (after which a participle is no adjective). */
function VERBS_OR_NAMES(t: Tok): boolean {
  return verbOf(t.f) !== undefined || KNOWN_FIRST.has(t.f);
}

/** Words that open an explanation of the clause before them (…، إذ ذكرت أن …، حيث أكد أن …). */
const EXPLAINING = new Set(["اذ", "حيث"]);

/** A body, a person or an unnamed source named from token `at` up to the next comma or stop before `to`, else null. */
function agentUpTo(text: string, toks: readonly Tok[], at: number, to: number): SpeakerPhrase | null {
  let e = at;
  while (e < to && !isComma(toks[e]) && !isStop(toks[e])) e++;
  const sp = parseRegion(text, toks, at, e - 1, []);
  return sp && sp.kind !== "unknown" && sp.kind !== "place" ? sp : null;
}

/**
 * «مع ما أوردته وكالة «سانا»»، «خلافاً لما أعلنه الجيش»: the agent of a «ما + verb + pronoun» relative before `to`,
 * when it names a body, a person or an unnamed source.
 */
function echoedAgent(text: string, toks: readonly Tok[], from: number, to: number): SpeakerPhrase | null {
  for (let k = to - 3; k >= Math.max(from, to - 16); k--) {
    const r = toks[k] as Tok;
    if (!isWord(r) || !/^(?:ما|لما|بما|كما)$/u.test(r.f)) continue;
    const w = toks[k + 1] as Tok;
    if (!isWord(w) || !/(?:ه|ها)$/u.test(w.f)) continue;
    const v = verbWithObject(w.f);
    if (!v || v.noun || v.participle) continue;
    return agentUpTo(text, toks, k + 2, to);
  }
  return null;
}

/**
 * The agent of a relative clause that ends a clause, «…، وهو ما نفاه مكتب الوزير» or «… الأمر الذي أكده الجيش»: the
 * verb carries a pronoun back to what was said and its subject follows it. Null unless a body, a person or an
 * unnamed source is named there.
 */
export function relativeAgent(text: string, toks: readonly Tok[], from: number, to: number): SpeakerPhrase | null {
  for (let k = to - 3; k >= Math.max(from, to - 10); k--) {
    const r = toks[k] as Tok;
    // (only a relative that takes up the whole statement before it: «وهو ما»، «الأمر الذي»; «النتائج التي أعلنتها
    // اللجنة» describes a noun)
    const lead = (toks[k - 1] as Tok | undefined)?.f ?? "";
    // (and «في خطوة انتقدها X، معتبراً …»: the step the statement before it took, which X judged)
    const whole =
      (r.f === "ما" && /^و?(?:هو|هي)$/u.test(lead)) ||
      (r.f === "الذي" && /^و?الامر$/u.test(lead)) ||
      (/^(?:خطوه|اجراء)$/u.test(r.f) && /^و?في$/u.test(lead));
    if (!isWord(r) || !whole) continue;
    const w = toks[k + 1] as Tok;
    if (!isWord(w) || !/(?:ه|ها)$/u.test(w.f)) return null;
    const v = verbWithObject(w.f);
    if (!v || v.noun || v.participle) return null;
    return agentUpTo(text, toks, k + 2, to);
  }
  return null;
}

/** Leading words before a clause's subject (غير أن، لكن، كما، و). */
const SUBJECT_LEADS = new Set([
  "غير",
  "ان",
  "لكن",
  "ولكن",
  "كما",
  "و",
  "بينما",
  "فيما",
  "وقد",
  "قد",
  // («فقد حدد البنك في تقريره …، وقدّر أن …»، «ولقد أعلن …»)
  "فقد",
  "لقد",
  "ولقد",
  "كانت",
  "كان",
  "وكانت",
  "وكان",
]);

/**
 * The organisation a clause is about when it names one as its subject: «غير أن المنظمة الدولية للهجرة رفعت
 * تقديرها» (subject first) or «ورفعت المنظمة الدولية للهجرة تقديرها» (verb first). Only known organisations and
 * organisation heads count; null otherwise.
 */
/**
 * The subject of a headline's statement that opens with it, right before a present-tense verb («الحوثيون يسمحون
 * …»، «المتمردون يسمحون بإجلاء …»): a body, a group or a person, else null.
 */
export function headlineSubject(text: string, toks: readonly Tok[], from: number, to: number): SpeakerPhrase | null {
  for (let k = from + 1; k < Math.min(to, from + 5); k++) {
    const t = toks[k] as Tok;
    if (!isWord(t) || isComma(t)) return null;
    if (!/^[يت]/u.test(t.f) || !(verbOf(t.f) || presentVerbShape(t.f) || /^[يت]\S{2,}(?:ون|ان)$/u.test(t.f))) continue;
    const sp = parseRegion(text, toks, from, k - 1, []);
    // (a plural verb names a group however its subject reads: «المتمردون يسمحون …»)
    const plural = /ون$/u.test(t.f) && k - from === 1;
    return sp && sp.kind !== "place" && (sp.kind !== "unknown" || plural) ? sp : null;
  }
  return null;
}

/**
 * «وتظاهر آلاف الأساتذة أمام البرلمان، مطالبين …»، «ويرفض الأساتذة المحتجون النظام، معتبرين …»: the group right
 * after the verb that opens a clause, which a plural participle after it goes on with (null when none).
 */
export function groupSubject(text: string, toks: readonly Tok[], from: number, to: number): SpeakerPhrase | null {
  const k = afterDiscourseAdjunct(toks, from, to, 4);
  const v = toks[k];
  if (!isWord(v) || !/^[وف]?[^\sا]\S{2,5}$/u.test(v.f) || /^[وف]?ال/u.test(v.f)) return null;
  const n = toks[k + 1];
  // (a plural, sound or broken, or the head of a count or of kin: «الأساتذة»، «المحتجون»، «آلاف الأساتذة»، «أولياء
  // أمور»)
  if (!isWord(n) || !(/(?:ون|ين)$/u.test(n.f) || UNNAMED.has(n.f) || pluralTitle(n.f) || GROUP_HEAD.test(n.f)))
    return null;
  // the group: its head, the noun it is in construct with when indefinite («آلاف الأساتذة»، «أولياء أمور»), then
  // adjectives in the plural («الأساتذة المحتجون»)
  let e = k + 2;
  // («آلاف» folds like a definite word)
  const construct = !hasAl(n.f) || n.f === "الاف";
  if (construct && isWord(toks[e]) && !FUNC.has((toks[e] as Tok).f) && !REGION_PREPOSITIONS.has((toks[e] as Tok).f))
    e++;
  while (e < Math.min(to, k + 5) && isWord(toks[e]) && /^ال.{2,}(?:ون|ين)$/u.test((toks[e] as Tok).f)) e++;
  const sp = parseRegion(text, toks, k + 1, e - 1, []);
  return sp && sp.kind !== "place" ? sp : null;
}

/** Heads of a group of people counted or related (folded): «آلاف الأساتذة»، «أولياء أمور»، «مئات المحتجين». */
const GROUP_HEAD =
  /^(?:الاف|مئات|عشرات|اولياء|ذوو|ذوي|اهالي|الاهالي|اقارب|سكان|عمال|شهود|الاساتذه|المعلمون|المعلمين|الطلاب)$/u;

export function clauseSubject(text: string, toks: readonly Tok[], from: number, to: number): SpeakerPhrase | null {
  let k = afterDiscourseAdjunct(toks, from, to, 4);
  while (k < to && (!isWord(toks[k]) || SUBJECT_LEADS.has((toks[k] as Tok).f))) k++;
  for (const at of [k, k + 1]) {
    // («وطالب وزارة الصحة بالتحقيق»: a feminine body after a masculine verb of demanding is its object)
    const vk = verbOf((toks[k] as Tok | undefined)?.f ?? "");
    if (at === k + 1 && vk && ADDRESSING.has(vk.lemma) && masculineVerb((toks[k] as Tok).f, vk)) {
      if (isWord(toks[at]) && feminineBody(toks[at] as Tok)) continue;
    }
    const e = npEnd(toks, at, to);
    if (e <= at) continue;
    // («وحمّل السلطة المستقلة «المسؤولية …»»: the one held responsible is the object)
    if (
      at === k + 1 &&
      vk?.lemma === "حمل" &&
      toks.slice(at + 1, e + 2).some((w) => isWord(w) && RESPONSIBILITY.test(w.f))
    )
      continue;
    const sp = parseRegion(text, toks, at, e - 1, []);
    if (sp && (sp.kind === "organization" || sp.kind === "agency")) return sp;
    // («وشنت إسرائيل غارات على موانئ الحديدة، مؤكدة أن …»: a state acting is its government)
    if (sp && sp.kind === "place" && STATE.has(fold(sp.name))) return sp;
    // («وذهب مسؤول قضائي في الاتجاه نفسه، لافتاً …»: an unnamed source right after the verb)
    if (sp && at === k + 1 && UNNAMED.has((toks[at] as Tok).f)) return sp;
  }
  // «وذهب رئيس الوزراء X أبعد من ذلك، إذ قال …»، «وجّه رئيس المجلس X، …، كلمة قال فيها …»: a verb, then a titled
  // person up to the first comma
  const f0 = (toks[k] as Tok | undefined)?.f ?? "";
  // («في الأثناء، جدّد رئيس الأساقفة X رفضه …»: the verb may stand bare after a discourse adjunct)
  if (/^(?:[وف](?!ال).{2,4}|[^وفا].{2,3})$/u.test(f0) && isWord(toks[k + 1]) && TITLE.has((toks[k + 1] as Tok).f)) {
    let e = k + 1;
    // the person ends where the verb's object begins: «… المطران X رفضه النتائج»
    while (e < to && !isComma(toks[e]) && !isStop(toks[e]) && !(e > k + 2 && objectStarts(text, toks, e))) e++;
    // («وحمّل وزير الخارجية X واشنطن جانباً من المسؤولية، إذ قال …»: the titled name ends before the object)
    const np = npEnd(toks, k + 1, e);
    if (np > k + 2 && np < e) e = np;
    const sp = parseRegion(text, toks, k + 1, e - 1, []);
    if (sp && sp.kind === "person") return sp;
  }
  return null;
}

/**
 * A noun carrying a possessive pronoun as written («رفضه»، «دعوتها»، «قواتهم»): no part of a name after a title. Read from the
 * text, since folding merges ه with ة («حمزة»); «الله» in names is kept.
 */
function withPronoun(text: string, t: Tok | undefined): boolean {
  if (!isWord(t)) return false;
  const raw = text.slice(t.start, t.end).replace(/[\u064B-\u065F\u0670\u0640]/gu, "");
  // («رئيس أساقفة الموصل وتوابعها» coordinates a part of the title)
  if (/الله$/u.test(raw) || raw.length < 4 || raw.startsWith("و")) return false;
  return /(?:[^اه]ه|ها|هم)$/u.test(raw) && raw.length >= (raw.endsWith("ه") ? 4 : 5);
}

/** «رفضه النتائج»: a pronoun-suffixed noun followed by a definite word starts the verb's object («نبيه بري» does not). */
function objectStarts(text: string, toks: readonly Tok[], e: number): boolean {
  const next = toks[e + 1];
  return withPronoun(text, toks[e]) && isWord(next) && /^(?:ال|[وفبل]ال)/u.test(next.f);
}

/**
 * The body a document or toll belongs to, named with «لـ» after it and its adjectives («أحدث حصيلة لوزارة الصحة»،
 * «بيان للجيش»), else null: the region reader already gives a document's owner; this only checks that the region
 * opens on a document.
 */
function ownerOfDocument(text: string, toks: readonly Tok[], a: number, b: number): SpeakerPhrase | null {
  const d = isWord(toks[a]) && /^(?:احدث|اخر|اول)$/u.test((toks[a] as Tok).f) ? a + 1 : a;
  if (!isWord(toks[d]) || !DOCUMENT.has((toks[d] as Tok).f)) return null;
  // (the owner alone: the document is no role of the one who relays it)
  const sp = parseRegion(text, toks, d, b, []);
  return sp && (sp.kind === "organization" || sp.kind === "person") ? { ...sp, role: null } : null;
}

/** A verb of publishing with the document as its pronoun (نشرته، نشرتها، أوردته، بثته), folded. */
const PUBLISHED_IT = /^(?:نشر|اورد|بث)(?:ته|تها|ه|ها)$/u;

/**
 * «أحدث حصيلة لوزارة الصحة نقلتها سانا»، «كتاب لوزارة التربية نشرته «بترا»»: the owner of the document opening at a,
 * named before the verb at m that relayed or published it, and the wire or paper after that verb (up to `last`); null
 * unless both are named.
 */
function ownerThenRelay(
  text: string,
  toks: readonly Tok[],
  a: number,
  m: number,
  last: number,
): { owner: SpeakerPhrase; relay: SpeakerPhrase } | null {
  const owner = ownerOfDocument(text, toks, a, m - 1);
  const relay = owner ? parseRegion(text, toks, m + 1, last, []) : null;
  return owner && relay ? { owner, relay } : null;
}

/** Nouns of mood or motion that «حذر» (cautious) describes: «هدوء حذر»، «ترقب حذر»، «تقدم حذر», folded. */
const CAUTIOUS_OF = /^(?:هدوء|ترقب|تفاول|تقدم|صمت|تعامل|انفتاح|ترحيب|موقف|حراك|تحرك|استقرار)$/u;

/** Figures or results someone presents (الأرقام، البيانات، النتائج، الإحصاءات، المعطيات), folded. */
const FIGURES_SHOWN = /^(?:ال)?(?:ارقام|بيانات|نتايج|احصاءات|احصاييات|معطيات)$/u;

/** Whether [from, to) credits its content with «بحسب/وفق/نقلاً عن X» to a named source. */
export function hasAccording(text: string, toks: readonly Tok[], from: number, to: number): boolean {
  return accordingTo(text, toks, from, to) !== null;
}

/**
 * Whether [from, to) credits a source between commas with more of the clause after it («في وقت ارتفعت فيه الحصيلة،
 * بحسب مصادر طبية، إلى 90 قتيلاً»): a credit inside the clause is the clause's own; one that ends the sentence
 * («…، فيما أصيب 35، وفق ما أعلن الدفاع المدني») covers all of it.
 */
export function creditInside(text: string, toks: readonly Tok[], from: number, to: number): boolean {
  const a = accordingTo(text, toks, from, to);
  if (!a || !isComma(toks[a.i - 1])) return false;
  let k = a.i;
  while (k < to && (toks[k] as Tok).end <= a.speaker.end) k++;
  return isComma(toks[k]) && isWord(toks[k + 1]) && k + 2 < to && !isStop(toks[k + 2] as Tok);
}

/** The speaker named after وفق/وفقاً لـ/بحسب/حسب/نقلاً عن/على لسان, if any. */
function accordingTo(
  text: string,
  toks: readonly Tok[],
  from: number,
  to: number,
): {
  speaker: SpeakerPhrase;
  via: string[];
  i: number;
  relayOnly?: boolean;
  seenBy?: boolean;
  carried?: boolean;
  denies?: boolean;
} | null {
  // («"… التنمية وفق منهج علمي سليم"، بحسب السوداني»: a «وفق» inside the words quoted names no source)
  let quoted = 0;
  let denial = false;
  for (let i = from; i < to; i++) {
    const t = toks[i] as Tok;
    if (t.kind === "quote") quoted = t.f === "«" ? quoted + 1 : t.f === "»" ? Math.max(0, quoted - 1) : quoted;
    if (t.kind !== "word" || quoted > 0) continue;
    let k = -1;
    // على ما أفاد/ذكر/أعلن X (wire style)
    // («على ما وصفه بـ«العدوان»»، «على ما اعتبره خرقاً»: what was called so, not who said it)
    const told = verbWithObject((toks[i + 1] as Tok | undefined)?.f ?? "");
    // (««سيكون للبنان رئيس اليوم»، هذا ما أكده X»: what was just quoted is what X said; not a denial, «وهو ما نفاه X»)
    // (a denial counts only when it opens its own clause: «…، وهو ما نفاه X» is cut there and is X's denial)
    const before = (toks[i - 1] as Tok | undefined)?.f ?? "";
    // («وهو القرار الذي رفضه مجلس النواب»: and so is «وهو/وهي» + a noun + «الذي/التي» + the verb)
    const pronounNoun =
      (t.f === "الذي" || t.f === "التي") &&
      i - 2 === from &&
      /^و?(?:هو|هي)$/u.test((toks[from] as Tok).f) &&
      hasAl(before);
    const thisIsWhat =
      ((t.f === "ما" && /^و?(?:هذا|هو|هي)$/u.test(before)) ||
        (t.f === "الذي" && /^و?الامر$/u.test(before) && i - 1 === from) ||
        pronounNoun) &&
      (told?.stance !== "denies" || i - 1 === from);
    // (a document credited after «في» by a relative verb: where its credit's name starts, else -1)
    // (not «وجاء ذلك في بيان أصدرته الرئاسة»: where the words just told came from, no claim of its own)
    const credited =
      (DOCUMENT.has(t.f) || CHANNEL.has(t.f)) &&
      i > from &&
      /^(?:في|وفي)$/u.test((toks[i - 1] as Tok).f) &&
      !toks.slice(from, i).some((w) => /^و?(?:ذلك|هذا)$/u.test(w.f))
        ? documentCredited(toks, i, to)
        : -1;
    // («وهو ما رفع تكاليف الشحن»: with no pronoun taking up «ما», «ما» is the verb's subject, and no one is named)
    const nextF = (toks[i + 1] as Tok | undefined)?.f ?? "";
    const resumes =
      verbOf(nextF) === undefined ||
      /^(?:به|بها|عليه|عليها|عنه|عنها)$/u.test((toks[i + 2] as Tok | undefined)?.f ?? "");
    if (((thisIsWhat && resumes) || (t.f === "ما" && before === "علي")) && told && !CHARACTERISING.has(told.lemma)) {
      denial = told.stance === "denies";
      k = i + 2;
      // («وهو ما اعترض عليه نواب …»: the preposition the verb takes, with the pronoun)
      if (/^(?:به|بها|ه|ها|عليه|عليها)$/u.test((toks[k] as Tok | undefined)?.f ?? "")) k++;
    } else if ((t.f === "جاء" || t.f === "وجاء") && (toks[i + 1] as Tok | undefined)?.f === "في") {
      // «وجاء في بيان للجيش أن …»: the statement's author speaks
      const ch = toks[i + 2] as Tok | undefined;
      if (!ch || !(CHANNEL.has(ch.f) || DOCUMENT.has(ch.f))) continue;
      k = i + 2;
    } else if (
      (t.f === "في" || t.f === "وفي") &&
      (i === from || isComma(toks[i - 1])) &&
      ACCOUNTS.has((toks[i + 1] as Tok | undefined)?.f ?? "")
    ) {
      // «وفي روايات ذوي المرضى، قفز …»: the accounts' tellers speak
      k = i + 1;
    } else if (credited > 0) {
      // («… إلى عشرة أشخاص في حصيلة جديدة أوردتها وكالة الأنباء السورية»: the toll, statement or report is
      // credited to whom a relative verb names after it)
      k = credited;
    } else if (
      t.f === "حد" &&
      (toks[i - 1] as Tok | undefined)?.f === "علي" &&
      /^(?:قول|تعبير|وصف)$/u.test((toks[i + 1] as Tok | undefined)?.f ?? "")
    ) {
      // «…، على حد قول المتحدث»
      k = i + 2;
    } else if (ACCORDING.has(t.f)) {
      if (t.f === "لسان") {
        if ((toks[i - 1] as Tok | undefined)?.f !== "علي") continue;
        k = i + 1;
      } else if (/^و?نقلا$/u.test(t.f)) {
        if ((toks[i + 1] as Tok | undefined)?.f !== "عن") continue;
        k = i + 2;
      } else k = i + 1;
      // («بما يتيح التصدير وفق مذكرة التفاهم الموقعة مع الأمم المتحدة»، «بموجب الاتفاق»: in keeping with an agreement
      // or a law, which says nothing here)
      if (/^و?(?:وفق|وفقا|بموجب)$/u.test(t.f) && instrumentAt(toks, k)) continue;
    } else continue;
    let nx = toks[k];
    if (!nx) continue;
    // وفق ما أفاد به X / بحسب ما ذكرت X / حسبما أعلن X (and with the pronoun: «حسبما أوردته فضائية …»)
    const viaVerb = (t.f === "حسبما" || t.f === "وحسبما") && (verbOf(nx.f) ?? verbWithObject(nx.f));
    let relay = false;
    // («مؤكداً، في تصريحات نقلها الإعلامي أحمد موسى …، أن …»: statements relayed by whom a relative verb names are
    // not theirs; the relay is a link)
    if (credited > 0 && k === credited && verbWithObject((toks[credited - 1] as Tok).f)?.lemma === "نقل") relay = true;
    let relayedFromPronoun = false;
    // («وفقاً لما ذكرته السلطات»: «لما» after «وفقاً» as «ما» after «وفق»)
    const relVerb =
      nx.f === "ما" || (nx.f === "لما" && /^و?وفقا$/u.test(t.f))
        ? verbWithObject((toks[k + 1] as Tok | undefined)?.f ?? "")
        : undefined;
    if (relVerb && CHARACTERISING.has(relVerb.lemma)) continue;
    if (relVerb || viaVerb) {
      relay = (viaVerb || verbWithObject((toks[k + 1] as Tok).f))?.lemma === "نقل";
      k += viaVerb ? 1 : 2;
      // («…، بحسب ما نقلت عنه وكالة الأنباء الرسمية»: relayed from «him», the speaker the clause goes on with)
      relayedFromPronoun = relay && /^عن(?:ه|ها|هم|هما)$/u.test((toks[k] as Tok | undefined)?.f ?? "");
      if (/^(?:به|بها|ه|ها|عنه|عنها|عنهم|عنهما)$/u.test((toks[k] as Tok | undefined)?.f ?? "")) k++;
      // («بحسب ما ورد عن قناة العربية»، «وفق ما جاء في بيان الجيش»: the preposition before the source)
      else if (/^(?:عن|في|علي)$/u.test((toks[k] as Tok | undefined)?.f ?? "") && isWord(toks[k + 1])) k++;
      // («وفق ما أعلنه أمس الأربعاء المتحدث …»: the time of the words stands between the verb and its subject)
      for (let m = k; m < Math.min(to, k + 4); m++) {
        const w = toks[m] as Tok;
        if (!isWord(w) || !(TIME.has(w.f) || TIME.has(stripW(w.f))) || timeAsName(toks, m)) break;
        k = m + 1;
      }
      nx = toks[k];
      if (!nx) continue;
    }
    // وفقاً لـX / طبقاً لـX / استناداً إلى X
    let a = k;
    if (nx.f === "ل" || nx.f === "الي" || nx.f === "علي") a = k + 1;
    // «بحسب روايات شهود»، «وفق شهادات ناجين»: the accounts are their tellers'
    if (ACCOUNTS.has((toks[a] as Tok | undefined)?.f ?? "") && isWord(toks[a + 1])) a++;
    // («بحسب "وفا"»، «حسبما نقلت عنه "رويترز"»: a wire's name in quotation marks)
    const opening = toks[a];
    if (opening?.kind === "quote" && opening.q !== "close" && knownAt(toks, a + 1, to) !== null) a++;
    const first = toks[a];
    if (!isWord(first)) continue;
    // («أفاد تلفزيون العربي نقلاً عن مراسله أن …»: a channel's own correspondent is the channel reporting)
    if (OWN_CORRESPONDENT.test(first.f) && (toks[i] as Tok).f.replace(/^و/u, "") === "نقلا") continue;
    // («وفق مناطقهم الأصلية»: right after «وفق», a thing carrying a possessive pronoun is a measure, not a source;
    // a person's («وفق محاميه») or a statement's («وفق بيانها») is one)
    const measure =
      /^و?(?:وفق|وفقا|طبقا)$/u.test(t.f) &&
      a === i + 1 &&
      withPronoun(text, first) &&
      !CHANNEL.has(first.f.replace(/(?:هم|ها|ه)$/u, "")) &&
      !/^(?:بيان|تصريح|قول|رواي|تقدير|ارقام|بيانات|معلومات|احصاء|محامي|شقيق|والد|ابن|زوج|اقارب|عايل|اسر|مقرب|مساعد|مستشار|متحدث|ناطق|مكتب|حساب|مصادر|مصدر)/u.test(
        first.f,
      );
    if (
      measure ||
      NOT_SOURCE.has(first.f) ||
      NOT_SOURCE.has(first.f.replace(/^ل/u, "")) ||
      NOT_SOURCE.has(first.f.replace(/^ل?ال(?=...)/u, "")) ||
      NOT_SOURCE.has(first.f.replace(/^لل/u, "ال"))
    )
      continue;
    // («وبحسب الأرقام التي عرضها، بلغ …»: figures someone unnamed presented are that one's, the one the sentence
    // before names)
    if (
      FIGURES_SHOWN.test(first.f) &&
      (toks[a + 1] as Tok | undefined)?.f === "التي" &&
      isWord(toks[a + 2]) &&
      /^[^ا].{2,}(?:ها|ه)$/u.test((toks[a + 2] as Tok).f) &&
      (isComma(toks[a + 3]) || isStop(toks[a + 3]))
    )
      return { speaker: parseRegion(text, toks, a, a, []) as SpeakerPhrase, via: [], i, carried: true };
    let b = a;
    let relayedAt = -1;
    while (b < to && b < a + 14 && !isStop(toks[b]) && !(toks[b] as Tok).f.match(/^(?:فان|فانه|فانها|ان|انه)$/u)) {
      const w = toks[b] as Tok;
      if (isComma(w) && b > a) break;
      if (w.kind === "quote" && w.q === "close" && b > a && (toks[b - 1] as Tok).kind !== "word") break;
      // («بعدما نال وفق النتائج الأولية مليونين و389 ألف صوت»: the figure after the source is what it gives)
      // (not a channel's number: «بحسب القناة 12 العبرية»)
      // (nor is the responsibility one is held to: «وهو ما يحمّله الأهالي مسؤولية تدهور صحتهم»)
      if (b > a && isWord(w) && RESPONSIBILITY.test(w.f)) break;
      // (nor the time the figures run to: «وفقاً لإحصائية المديرية العامة للجوازات حتى نهاية يوم 19 سبتمبر»)
      if (b > a + 1 && isWord(w) && /^(?:حتي|منذ|خلال)$/u.test(w.f)) break;
      const channelNumber = w.kind === "number" && OUTLET_HEAD.has(stripW((toks[b - 1] as Tok).f));
      if (b > a && !channelNumber && (hasFigure(toks, b, b + 1) || APPROXIMATELY.test(w.f) || LARGE_DUAL.test(w.f)))
        break;
      b++;
    }
    // «بحسب حصيلة أعدّتها فرانس برس استناداً إلى بيانات رسمية»: the figures are the preparer's; what they rest on is
    // no part of the name
    for (let m = a + 1; m < b; m++) {
      const w = toks[m] as Tok;
      // («بحسب شهود عيان تحدثوا للموقع»: the source's relative clause is no part of its name)
      const wv = isWord(w) ? verbOf(w.f) : undefined;
      // («بحسب وزارة الداخلية التي أعلنت توقيف 14 شخصاً»: nor is a relative clause on it)
      // (not «الأرقام التي أعلنها شرفي»، «البيان الذي نشرته الوزارة»: with a pronoun taking the source up, the relative
      // verb names who gave it, read below)
      if (
        /^(?:التي|الذي|الذين)$/u.test(w.f) &&
        m > a &&
        verbOf((toks[m + 1] as Tok | undefined)?.f ?? "") !== undefined
      ) {
        b = m;
        break;
      }
      if (w.f === "استنادا" || w.f === "نقلا" || (wv && !wv.noun && !wv.participle && !PREPARED_BY.test(w.f))) {
        if (w.f === "نقلا" && (toks[m + 1] as Tok | undefined)?.f === "عن") relayedAt = m + 2;
        b = m;
        break;
      }
      // («بحسب حصيلة نقلتها وكالة فرانس برس عن وزارة الداخلية»: a toll a wire relayed from its source)
      const relayedBy = isWord(w) && /(?:ها|ه)$/u.test(w.f) && verbWithObject(w.f)?.lemma === "نقل" && m + 1 < b;
      if (relayedBy) relay = true;
      // («وفق أحدث حصيلة لوزارة الصحة نقلتها وكالة الأنباء السورية»: a toll whose owner is named before the relay
      // is the owner's; the wire that relayed it is the link)
      // (and so is a letter whose owner is named before the paper that published it: «وفق كتاب لوزارة التربية
      // نشرته «بترا»»)
      if ((relayedBy || (isWord(w) && PUBLISHED_IT.test(w.f) && m + 1 < b)) && m > a + 1) {
        const owned = ownerThenRelay(text, toks, a, m, b - 1);
        if (owned) return { speaker: owned.owner, via: [owned.relay.name], i };
      }
      if (isWord(w) && (PREPARED_BY.test(w.f) || relayedBy) && m + 1 < b) {
        a = m + 1;
        // («نتائج أولية أعلنتها الأحد السلطة …»: the time of the act stands before its author)
        while (a < b - 1 && isWord(toks[a]) && (TIME.has((toks[a] as Tok).f) || TIME.has(stripW((toks[a] as Tok).f))))
          a++;
      }
    }
    const via: string[] = [];
    // «في بيان رسمي تلقت وكالة فرانس برس نسخة منه»: whoever received a copy of a statement is a link, not its author
    // («بحسب وثائق اطلعت عليها رويترز»: documents the reporter examined are the reporter's finding)
    const head = isWord(toks[a]) ? (toks[a] as Tok).f.replace(/^ل(?!ل)/u, "") : "";
    const statement = CHANNEL.has(head) || SEEN_DOCUMENTS.has(head);
    for (let m = a + 1; statement && m < b; m++) {
      if (!RECEIVED.test((toks[m] as Tok).f)) continue;
      const got = receiverAfter(text, toks, m, b - 1);
      // («وفق مذكرة اطلعت عليها وكالة فرانس برس»: a document with no author named, right before the receiver)
      if (got && m === a + 1 && (got.kind === "agency" || got.kind === "outlet"))
        return { speaker: got, via: [], i, seenBy: true };
      if (got) via.push(got.name);
      b = m;
      break;
    }
    // «بحسب ما نقلته وكالة فرانس برس عن بيان للدفاع المدني»: the one relayed speaks, the relay is a link
    let relayOnly = relay;
    if (relay) {
      for (let m = a + 1; m < b - 1; m++) {
        if ((toks[m] as Tok).f !== "عن") continue;
        const outer = parseRegion(text, toks, a, m - 1, []);
        if (outer) via.push(outer.name);
        a = m + 1;
        relayOnly = false;
        break;
      }
    }
    // («وفق ما أفاد مصدر في وزارة الداخلية وكالة فرانس برس»: a wire named after a complete source is whom the
    // words were given to, the link)
    for (let m = a + 2; m < b; m++) {
      const known = knownAt(toks, m, b);
      if (!known || (known.type !== "agency" && known.type !== "outlet") || m + known.len !== b) continue;
      // (with its head: «وكالة فرانس برس»)
      const head = isWord(toks[m - 1]) && OUTLET_HEAD.has((toks[m - 1] as Tok).f) ? m - 1 : m;
      const before = toks[head - 1];
      // (after a complete phrase only, its last word definite: not «حصيلة لوكالة …», a document and its owner)
      if (head - 1 > a && isWord(before) && /^ال../u.test(before.f) && !DOCUMENT.has(before.f.slice(2))) {
        via.push(clean(text.slice((toks[head] as Tok).start, (toks[b - 1] as Tok).end)));
        b = head;
      }
      break;
    }
    // وفقاً للمرصد: the ل is attached
    let sp = parseRegion(text, toks, a, b - 1, via);
    if (!sp && /^ل(?!ل)../u.test(first.f) && OUTLET_HEAD.has(first.f.slice(1))) {
      // («وفقاً لقناة الحرة»: the ل of «وفقاً» glued to a medium's head is no addressee)
      const copy = toks.slice();
      copy[a] = { ...first, f: first.f.slice(1) };
      sp = parseRegion(text, copy, a, b - 1, via);
    }
    // («وكانت مؤسسة سيغما قد منحت سعيّد 89.2% وفق تقديراتها»، «ويستهدف البنك، وفق بياناته الأخيرة، …»: by its own
    // figures, the one the pronoun stands for speaks)
    if (!sp && ownDocument(text.slice(first.start, first.end))) {
      const own: SpeakerPhrase = {
        name: clean(text.slice(first.start, first.end)),
        role: null,
        kind: "unknown",
        start: first.start,
        end: first.end,
      };
      return { speaker: own, via, i, carried: true };
    }
    if (!sp) continue;
    // («وفق ما ذكرت وكالة بلومبرغ نقلاً عن أشخاص مطلعين»: the ones relayed speak; the relay is the link)
    if (relayedAt > 0) {
      let e = relayedAt;
      while (e < to && e < relayedAt + 10 && !isStop(toks[e]) && !isComma(toks[e])) e++;
      const inner = parseRegion(text, toks, relayedAt, e - 1, []);
      // («بحسب ما تداولته حسابات محلية نقلاً عن نص الأمر الأميري»: a document with no author named is what the relay
      // quotes, not a speaker; the relay speaks)
      const d = isWord(toks[relayedAt]) ? stripW((toks[relayedAt] as Tok).f) : "";
      // (its name then opens with the document's own word: «بيان للوزارة» names the ministry, «نص المرسوم» no one)
      const authorless =
        inner !== null && (documentWord(d) || d === "نص") && inner.start === (toks[relayedAt] as Tok).start;
      if (inner && !authorless) return { speaker: inner, via: dedupe([...via, sp.name]), i };
    }
    if (/^ل(?!ل)/u.test(first.f) && a !== k && sp.start === first.start) {
      // nothing: a separate لـ token was skipped already
    } else if (
      /^ل(?!ل)/u.test(first.f) &&
      sp.start === first.start &&
      (sourceHead(first.f.slice(1)) || (a === i + 1 && TAKES_LAM.test(t.f) && sp.name.length > 4))
    ) {
      // («وفقاً لمصدر موثوق»، «طبقاً لمصادر أمنية»، «وفقاً لوزارة الصحة»: ل glued to an indefinite head)
      sp.name = sp.name.replace(/^ل/u, "");
      // («وفقاً لقناة «الحرة»»: a medium by its head)
      const head = first.f.slice(1);
      if (OUTLET_HEAD.has(head) && (sp.kind === "unknown" || sp.kind === "organization"))
        sp.kind = head === "وكاله" ? "agency" : "outlet";
    } else if (/^لل/u.test(first.f) && sp.start === first.start) {
      // («وفقاً للجان التنسيق المحلية»: ل before a word that itself opens with ل, «لجان»، «لجنة», keeps it)
      sp.name = ORG_HEAD.has(first.f.slice(1)) ? sp.name.replace(/^ل/u, "") : `ال${sp.name.replace(/^لل/u, "")}`;
    }
    if (relayedFromPronoun) return { speaker: sp, via: dedupe([sp.name, ...via]), i, carried: true };
    return { speaker: sp, via, i, relayOnly, ...(denial ? { denies: true } : {}) };
  }
  return null;
}

/**
 * «وفقاً»، «طبقاً»، «تبعاً» govern «ل»: glued to the next word it is the preposition, whatever the source
 * («ووفقا لمشروع المهاجرين المفقودين …»), folded.
 */
const TAKES_LAM = /^و?(?:وفقا|طبقا|تبعا)$/u;

/** A word that opens the name of a source: an unnamed source, a title, a body's or an outlet's head (folded). */
function sourceHead(f: string): boolean {
  return UNNAMED.has(f) || TITLE.has(f) || ORG_HEAD.has(f) || OUTLET_HEAD.has(f) || CHANNEL.has(f);
}

/** Whether the verb at i follows an according-to source within a few words and no comma («بحسب شهود تحدثوا …»). */
function afterAccording(toks: readonly Tok[], i: number, from: number): boolean {
  for (let k = i - 1; k >= Math.max(from, i - 5); k--) {
    const t = toks[k] as Tok;
    if (isComma(t) || isStop(t)) return false;
    if (t.kind === "word" && ACCORDING.has(t.f) && k < i - 1) return true;
  }
  return false;
}

/**
 * Whether token k lies inside a quotation opened within the content starting at `content`: right at its start
 * («قال X: «…»»), or after its complementiser («عزا X التراجع إلى أن «20 حالة أبلغ الأهالي عنها …»»).
 */
function insideQuotation(toks: readonly Tok[], content: number, k: number, to: number): boolean {
  if (content < 0) return false;
  for (let o = content; o < k; o++) {
    const t = toks[o] as Tok;
    if (t.kind !== "quote" || t.q === "close") continue;
    const c = closingQuote(toks, o, to);
    if (c < 0 || k < c) return true;
    o = c;
  }
  return false;
}

function quoteSpan(toks: readonly Tok[], from: number, to: number, speaker?: Span | null): Span | null {
  for (let k = from; k < to; k++) {
    const t = toks[k] as Tok;
    if (t.kind !== "quote" || t.q === "close") continue;
    const c = closingQuote(toks, k, to);
    const words = (c < 0 ? to : c) - k - 1;
    if (words < 2 && c >= 0) continue;
    const last = c < 0 ? (toks[to - 1] as Tok) : (toks[c - 1] as Tok);
    if (!last || last.end <= t.end) continue;
    // («أحصى «المرصد السوري لحقوق الإنسان» 11 قتيلاً»: a quoted name is the speaker, not the words said)
    if (speaker && t.end >= speaker.start && last.end <= speaker.end) continue;
    return { start: t.end, end: last.end };
  }
  return null;
}

/**
 * Attribution of the clause toks[from, to): the innermost named speaker of a reporting chain (outer reporters
 * become `via`), or an according-to source, or — for a verb without a subject — the carried speaker (decided by
 * the caller: kind "carried"), or an impersonal report.
 */
/** وفق X / بحسب X: X asserts the clause, with no reporting verb of its own. */
function accordingResult(
  acc: { speaker: SpeakerPhrase; via: string[]; seenBy?: boolean; carried?: boolean; denies?: boolean },
  quote: Span | null,
): Attribution {
  if (acc.carried)
    return { kind: "carried", lemma: null, stance: "asserts", speaker: null, via: acc.via, contentStart: null, quote };
  return {
    kind: "according",
    lemma: null,
    stance: acc.denies ? "denies" : "asserts",
    speaker: acc.speaker,
    via: acc.via,
    contentStart: null,
    quote,
    ...(acc.seenBy ? { seenBy: true } : {}),
  };
}

/** Words of a noun phrase between «إنّ/أنّ» and the verb after it that still make it the verb's subject. */
const SUBJECT_BEFORE_WORDS = 4;

/**
 * Whether the verb at k has its subject before it, right after a complementiser: «إن الميزانية تؤكد …»، «أن
 * واشنطن أوضحت …»، «إن التقييم الأولي لبلادها يشير …» (one to four words, no comma, no particle opening them).
 */
function subjectBefore(toks: readonly Tok[], k: number): boolean {
  let j = k - 1;
  let n = 0;
  while (j >= 0 && isWord(toks[j]) && !COMP.has((toks[j] as Tok).f) && n < SUBJECT_BEFORE_WORDS) {
    j--;
    n++;
  }
  if (n === 0 || !isWord(toks[j]) || !COMP.has((toks[j] as Tok).f)) return false;
  // the phrase opens with a noun: «إن الحكومة …»، «أن واشنطن …», not «إن في …» or a verb
  const head = toks[j + 1] as Tok;
  return (
    !FUNC.has(head.f) &&
    !REGION_PREPOSITIONS.has(head.f) &&
    !TIME_PREPOSITIONS.has(head.f) &&
    verbOf(head.f) === undefined
  );
}

/** Words a titled name may take between «أنّ» and its verb of saying. */
const NAMED_SUBJECT_WORDS = 8;

/** Verbs of holding a view, in the present, that report their subject's stance inside another's words. */
const VIEW_HELD = /^(?:يري|تري|يعتبر|تعتبر|يعتقد|تعتقد)$/u;

/**
 * The verb hit h with the named subject standing between a complementiser and it («… أن الشيخ محمد بن زايد أكد
 * …»), when h sits in the content opened at `content` and its verb is past or one of holding a view; else null.
 * Only a person is: a body there stays the reporter's («أن الحكومة أكدت»، «أن التقرير أشار» stay as they are).
 */
function namedBefore(text: string, toks: readonly Tok[], h: VerbHit, content: number): VerbHit | null {
  if (content < 0 || h.i <= content || h.v.noun || h.v.participle) return null;
  const f = (toks[h.i] as Tok).f;
  if (/^[يت]/u.test(stripW(f)) && !VIEW_HELD.test(stripW(f))) return null;
  // (a titled name runs longer than a common subject: «أن ولي العهد الأمير محمد بن سلمان أكد …»)
  let j = h.i - 1;
  while (j >= content && j >= h.i - NAMED_SUBJECT_WORDS && isWord(toks[j]) && !COMP.has((toks[j] as Tok).f)) j--;
  if (j < content || j === h.i - 1 || !isWord(toks[j]) || !COMP.has((toks[j] as Tok).f)) return null;
  const sp = parseRegion(text, toks, j + 1, h.i - 1, []);
  if (!sp) return null;
  // (a body there stays the reporter's finding: «أفادت إرنا بأن السلطات أعلنت …»، «قال المكتب إن السلطات المحلية
  // أكدت …»)
  // (and so does a title alone, «أن الأمير وجّه …»: only a name opening with a given or a known name)
  if (sp.kind !== "person" || !opensOnName(sp.name)) return null;
  return {
    ...h,
    speaker: sp,
    explicit: true,
    nominal: false,
    described: false,
    content: h.content >= 0 ? h.content : h.i + 1,
  };
}

/** «في وقت …»، «فيما …»، «بينما …» at k: a clause of another event at the same time. */
function meanwhileAt(toks: readonly Tok[], k: number): boolean {
  const w = toks[k];
  if (!isWord(w)) return false;
  return w.f === "فيما" || w.f === "بينما" || (w.f === "في" && toks[k + 1]?.f === "وقت");
}

/**
 * Verbs of a body's decisions (قرر، وافق): a person who decides or agrees acts and reports nothing, and neither
 * verb relays a report inside another's words («موضحاً أن المجموعة وافقت على …» stays the speaker's).
 */
export const BODY_ACTS = new Set(["قرر", "وافق", "أبقى"]);

/** «أصدر … قراراً/مرسوماً/حكماً/أمراً»: a decision issued within a few words after the verb at i. */
function issuedDecision(toks: readonly Tok[], i: number, to: number): boolean {
  for (let k = i + 1; k < Math.min(to, i + 10); k++) {
    const w = toks[k] as Tok;
    if (isWord(w) && /^(?:قرار|قرارا|مرسوم|مرسوما|حكم|حكما|امر|امرا|تعليمات|توجيهات)$/u.test(w.f)) return true;
  }
  return false;
}

/** What a body decides, in the verbal nouns of no derived shape (خفض، رفع، منح، صرف، وقف …), folded. */
const DECISION_NOUN = /^(?:خفض|رفع|منح|صرف|وقف|فرض|سحب|فتح|حل|حظر|منع|ضم|نقل|دمج|بيع)$/u;

/** Speakers whose decisions are statements: bodies, agencies, states. */
export function bodyKind(kind: SpeakerKind): boolean {
  return kind === "organization" || kind === "agency" || kind === "place";
}

export function attributeClause(text: string, toks: readonly Tok[], from = 0, to = toks.length): Attribution {
  const acc = accordingTo(text, toks, from, to);
  // (a decision of a named person is no report: «وقرر الرئيس تبون تقديم موعد الانتخابات»; a body's decision told by
  // a source is that source's report: «قرر المجلس …، بحسب ما أفادت الوكالة»)
  // (and so is a decree or a ruling issued: «وكانت المحكمة قد أصدرت حكماً بالسجن …، وفق ما نقلته الوكالة عن الناطق
  // باسم المحكمة»)
  const hits = verbHits(text, toks, from, to).filter(
    (h) =>
      (!BODY_ACTS.has(h.v.lemma) || (!acc && (h.speaker === null || bodyKind(h.speaker.kind)))) &&
      !(acc && h.v.lemma === "أصدر" && issuedDecision(toks, h.i, to)),
  );
  // («وهو ما اعترض عليه نواب من المعارضة رأوا أن …»: a clause that opens on what was just said and who rejected or
  // denied it is that one's, whatever the group's own relative verb reports after it)
  if (acc && acc.i === from + 1 && /^و?(?:هو|هذا|هي)$/u.test((toks[from] as Tok).f))
    return accordingResult(acc, quoteSpan(toks, from, to));
  const first = hits[0];
  if (first) {
    // the chain: every later verb whose position lies in the content of the one before and has its own subject
    let cur = first;
    const via: string[] = [];
    for (const h0 of hits.slice(1)) {
      // (a decision relays no report, nor is one relayed: what it holds is an act)
      if (BODY_ACTS.has(h0.v.lemma) || BODY_ACTS.has(cur.v.lemma)) continue;
      // («وذكرت وكالة أنباء الإمارات أن الشيخ محمد بن زايد أكد لأمير قطر …»، «قال X إن غوتيريش يرى في الهجوم …»: a
      // named speaker between «أنّ» and a verb of saying in the past, or of holding a view, speaks; the words after
      // the verb are whom it was said to)
      const h = namedBefore(text, toks, h0, cur.content) ?? h0;
      // «أعلنت الوزارة أن التقرير الأولي يشير إلى أن …»: a bare document inside the content is the speaker's own
      const ownDocument = h.speaker !== null && bareDocument(toks, h.speaker);
      // «قال X: «تقول الهيئة إن …، ونحن نقول …»»: a report inside a direct quotation is the speaker's own words
      const quoted = insideQuotation(toks, cur.content, h.i, to);
      // «وقال X إن السلطات أكدت أن …»: a person telling what a body found is still the person speaking; an outlet or
      // an agency relaying someone is the chain (الغارديان ← بالي)
      // (a subjectless «وقال إن السلطات أكدت …» continues a person too, and so does a participle: «موضحاً أن الولايات
      // المتحدة أبدت استعدادها»)
      // «تبنى التنظيم الهجوم، في وقت رفعت السلطات الحصيلة»: a transitive verb's object ends at a comma; a verb after
      // «في وقت/فيما/بينما» is another event, not a report inside the first one
      const afterObject =
        cur.v.transitive &&
        isWord(toks[cur.content]) &&
        !COMP.has((toks[cur.content] as Tok).f) &&
        toks.slice(cur.content, h.i).some((w, k, ws) => isComma(w) && meanwhileAt(ws, k + 1));
      // («…، مشيرة إلى …، قبل أن يؤكد المكتب الأممي …»: what happened next is no part of what was pointed out)
      const next =
        (toks[h.i - 1] as Tok | undefined)?.f === "ان" && /^و?قبل$/u.test((toks[h.i - 2] as Tok | undefined)?.f ?? "");
      const ownAccount =
        !next &&
        ((cur.explicit && (cur.speaker?.kind === "person" || cur.speaker?.kind === "unknown")) ||
          (!cur.explicit && cur.speaker === null && !cur.impersonal)) &&
        h.speaker !== null &&
        (h.speaker.kind === "organization" || h.speaker.kind === "group" || h.speaker.kind === "place");
      // («قوله إن الميزانية تؤكد عزم الحكومة على …»: after «إنّ» and a definite noun, a present verb has its subject
      // before it; a «subject» read after it is its object)
      // (and so has a past verb after «إنّ» and a noun phrase: «إن الولايات المتحدة أبلغت إيران «مباشرة»»، «أن واشنطن
      // أوضحت لطهران «عبر قنوات خاصة»»: whom it told is no speaker)
      const hv = toks[h.i] as Tok;
      // («وأكد أنه طمأن أمير قطر إلى أن …»: after «أنه/أنها», the pronoun is the verb's subject and whom it told
      // follows)
      const objectAsSubject =
        h.speaker !== null &&
        h.speaker.start > hv.start &&
        (subjectBefore(toks, h.i) ||
          /^(?:ان|بان|لان)(?:ه|ها|هم|هما)$/u.test((toks[h.i - 1] as Tok | undefined)?.f ?? ""));
      // («فيما وصف أوشيش ما جرى بـ«التزوير»، وأعلن حساني أن …»: what something is called ends at its quotation; a
      // verb joined by «و» after the comma is another report)
      const described = cur.v.lemma === "وصف" && isComma(toks[h.i - 1]) && /^و/u.test(hv.f);
      // («أعلن البنك … خفضَ أسعار الفائدة …»، «قرر البنك … خفضَ سعر الفائدة»: a verb's form right where a content with
      // no complementiser opens is the verbal noun it announces or decides)
      const announced =
        h.i === cur.content &&
        cur.content > cur.i + 1 &&
        !COMP.has((toks[cur.content - 1] as Tok | undefined)?.f ?? "");
      if (
        h.explicit &&
        !announced &&
        !h.nominal &&
        // («يذكر أن بيانات المنظمة أشارت إلى أن …»: after an impersonal «it is said that», whoever is described
        // speaking is the report)
        (!h.described || (cur.impersonal && cur === first)) &&
        !objectAsSubject &&
        !ownDocument &&
        !quoted &&
        !ownAccount &&
        !afterObject &&
        !described &&
        cur.content >= 0 &&
        h.i >= cur.content
      ) {
        if (cur.explicit && cur.speaker) via.push(cur.speaker.name);
        via.push(...cur.via);
        cur = h;
      } else if (
        // «وحمّل X الحكومة مسؤولية العجز، إذ قال للتلفزيون إن …»: a subjectless verb after a framing stance goes on
        // with the same speaker; whom it was said to is the link
        cur.explicit &&
        isWord(toks[cur.content]) &&
        !COMP.has((toks[cur.content] as Tok).f) &&
        !h.explicit &&
        !h.impersonal &&
        h.speaker === null &&
        cur.content >= 0 &&
        h.i >= cur.content
      ) {
        via.push(...h.via);
      }
    }
    via.push(...cur.via);
    const contentTok = cur.content >= 0 ? cur.content : cur.i + 1;
    const contentStart = toks[contentTok]?.start ?? null;
    const quote =
      quoteSpan(toks, Math.max(from, Math.min(contentTok, cur.i + 1)), to, cur.speaker) ??
      (toks[from]?.kind === "quote" ? quoteSpan(toks, from, to) : null);
    // a channel before the verb: وفي حديث للجزيرة نت، قال X … / وفي بيان، قالت الوزارة …
    for (let k = from; k < cur.i; k++) {
      const w = toks[k] as Tok;
      if ((w.f === "في" || w.f === "وفي") && toks[k + 1] && CHANNEL.has((toks[k + 1] as Tok).f)) {
        let e = k + 2;
        while (e < cur.i && !isComma(toks[e])) e++;
        const pre: string[] = [];
        for (let m = k + 2; m < e; m++) {
          const adj = adjunctAt(toks, m, e, text);
          if (adj?.via) {
            pre.push(adj.via);
            break;
          }
        }
        via.unshift(...(pre.length ? pre : [clean(text.slice((toks[k + 1] as Tok).start, (toks[k + 1] as Tok).end))]));
        break;
      }
    }
    // «أما تونس فرفعت حصيلتها إلى 49، وفق ما أعلن وزير الشؤون الدينية X»: a country acts; the one it names speaks
    if (
      cur.explicit &&
      cur.speaker?.kind === "place" &&
      FIGURE_VERBS.has(cur.v.lemma) &&
      acc &&
      acc.speaker.kind !== "place" &&
      acc.i > cur.i
    )
      return accordingResult(acc, quote);
    // («وأفادت وكالة بلومبرغ، نقلاً عن أشخاص مطلعين، بأن …»: a wire or a paper relaying named sources is the link;
    // the sources speak)
    if (
      cur.explicit &&
      cur.speaker &&
      (cur.speaker.kind === "agency" || cur.speaker.kind === "outlet") &&
      acc &&
      acc.i > cur.i &&
      /^و?نقلا$/u.test((toks[acc.i] as Tok).f) &&
      acc.speaker.name !== cur.speaker.name
    )
      return accordingResult({ ...acc, via: dedupe([...via, cur.speaker.name, ...acc.via]) }, quote);
    if (cur.explicit && cur.speaker) {
      // («وقال الوزير X إن …، بحسب وكالة الأنباء الفرنسية»، «…، وفق ما نقلته رويترز»: a wire or a paper credited
      // beside a speaker who is named is the link the words came through)
      const wire = acc !== null && mediaSpeaker(acc.speaker) && acc.speaker.name !== cur.speaker.name;
      return {
        kind: "verb",
        lemma: cur.v.lemma,
        stance: cur.v.stance,
        speaker: cur.speaker,
        // (only a subject the verb agrees with: right after it or before it, not one relayed «عن» an agency)
        gender: agreesWith(text, toks[cur.i] as Tok, cur.speaker)
          ? verbGender((toks[cur.i] as Tok).f, cur.v.lemma, cur.v.participle)
          : null,
        // (the speaker is never its own link: «وكانت النيابة العامة اتهمت … بتشكيل جماعة تدعى «…»»)
        via: dedupe(
          wire ? [acc.speaker.name, ...acc.via.filter((v) => !acc.speaker.name.includes(v)), ...via] : via,
        ).filter((n) => n !== cur.speaker?.name),
        contentStart,
        quote,
      };
    }
    // «…، معتبراً أنه …، وفق ما نقلت الوكالة الوطنية»: an outlet that only relays a carried report is its link; the
    // speaker is still the one the clause continues
    // (and so is a wire or a paper credited after a carried report: «كما لفت إلى أن …، حسب ما ذكر موقع «هسبريس»»،
    // «وأضاف أن …، بحسب وكالة الأنباء الفرنسية»)
    // (a verb with no subject of its own: the speaker is the one the clause continues, in the verb's gender)
    const reporter = cur;
    const carriedVerb = (links: string[]): Attribution => ({
      kind: "carried",
      lemma: reporter.v.lemma,
      stance: reporter.v.stance,
      gender:
        reporter.relayedGender ?? verbGender((toks[reporter.i] as Tok).f, reporter.v.lemma, reporter.v.participle),
      speaker: null,
      via: links,
      contentStart,
      quote,
    });
    const creditedWire = acc !== null && mediaSpeaker(acc.speaker);
    if (
      (acc?.relayOnly || creditedWire) &&
      acc &&
      !cur.explicit &&
      !cur.impersonal &&
      cur.content >= 0 &&
      acc.i > cur.i
    )
      return carriedVerb(dedupe([...via, ...acc.via, acc.speaker.name]));
    // («وأضاف، وفق بيان للرئاسة، أن …»: a source set between a subjectless verb and its content is where the words
    // were given; the speaker is still the one the clause continues)
    const contentAt = toks[cur.content];
    if (
      acc &&
      !cur.explicit &&
      !cur.impersonal &&
      cur.content >= 0 &&
      acc.i > cur.i &&
      contentAt !== undefined &&
      (toks[acc.i] as Tok).start < contentAt.start &&
      isComma(toks[cur.i + 1]) &&
      GOING_ON.has(cur.v.lemma)
    )
      return carriedVerb(dedupe([...via, ...acc.via, acc.speaker.name]));
    // («…، مشيرة استناداً إلى شهادات معتقلين إلى …»: what a statement rests on is no source; the speaker goes on)
    // (nor are reports with no author after the continued statement: «…، مشيرة إلى أن … وأن إحدى القرى جُرفت
    // بالكامل وفق تقارير أولية»)
    const authorless =
      acc !== null &&
      acc.i > cur.i &&
      (acc.speaker.kind === "unknown" || acc.speaker.kind === "group") &&
      documentWord(stripW(fold(acc.speaker.name.split(" ")[0] ?? "")).replace(/^ال/u, ""));
    const basis = acc !== null && (/^و?استنادا$/u.test((toks[acc.i] as Tok).f) || authorless);
    if (acc && !(basis && !cur.explicit && !cur.impersonal && cur.content >= 0)) return accordingResult(acc, quote);
    if (cur.impersonal)
      return {
        kind: "impersonal",
        lemma: cur.v.lemma,
        stance: cur.v.stance === "asserts" ? "reports" : cur.v.stance,
        speaker: null,
        via: [],
        contentStart,
        quote,
      };
    if (cur.content >= 0) return carriedVerb(dedupe(via));
  }
  const head = headlineSource(text, toks, from, to);
  if (head) return head;
  const issued = issuedStatement(text, toks, from, to);
  if (issued) return issued;
  // على حد قوله / على حد تعبيره / بحسب تعبيره: the speaker named before
  for (let k = from + 1; k < to - 1; k++) {
    const w = (toks[k + 1] as Tok).f;
    if (
      (toks[k] as Tok).f === "حد" &&
      (toks[k - 1] as Tok).f === "علي" &&
      /^(?:قوله|قولها|تعبيره|تعبيرها|وصفه|وصفها)$/u.test(w)
    )
      return {
        kind: "carried",
        lemma: "قال",
        stance: "asserts",
        speaker: null,
        via: [],
        contentStart: null,
        quote: quoteSpan(toks, from, to),
      };
  }
  const rev = revision(text, toks, from, to);
  // «عدّلت الأمم المتحدة حصيلتها إلى …، نقلاً عن منظمة الصحة العالمية»: the body that revises its own figure states
  // it; the source it cites is the link
  if (rev && acc && (rev.contentStart ?? 0) < (toks[acc.i] as Tok).start)
    return { ...rev, via: dedupe([...acc.via, acc.speaker.name]) };
  if (acc) return accordingResult(acc, quoteSpan(toks, from, to));
  if (rev) return rev;
  return {
    kind: "none",
    lemma: null,
    stance: "reports",
    speaker: null,
    via: [],
    contentStart: null,
    quote: quoteSpan(toks, from, to),
  };
}

/** Verbs that revise an estimate (خفّض، رفع، عدّل، قلّص، راجع) and the estimate nouns they must govern. */
const REVISE = new Set([
  "خفض",
  "خفضت",
  "يخفض",
  "تخفض",
  "رفع",
  "رفعت",
  "يرفع",
  "ترفع",
  "عدل",
  "عدلت",
  "يعدل",
  "تعدل",
  "قلص",
  "قلصت",
  "راجع",
  "راجعت",
  "يراجع",
  "تراجع",
]);
const ESTIMATE = new Set([
  "حصيله",
  "حصيلتها",
  "حصيلته",
  "حصيلتهم",
  "تقدير",
  "تقديرها",
  "تقديره",
  "تقديرات",
  "تقديراتها",
  "تقديراته",
  "توقعات",
  "توقعاتها",
  "توقعاته",
  "ارقام",
  "ارقامها",
  "ارقامه",
]);

/**
 * «خفّضت الأمم المتحدة الأحد حصيلة القتلى إلى …»، «الأمم المتحدة تراجع حصيلة …»: a body that revises its own
 * estimate states the new one. The subject stands between the verb and the estimate noun, or before the verb.
 */
function revision(text: string, toks: readonly Tok[], from: number, to: number): Attribution | null {
  for (let i = from; i < to; i++) {
    const t = toks[i] as Tok;
    if (t.kind !== "word" || !(REVISE.has(t.f) || REVISE.has(stripW(t.f)))) continue;
    let j = i + 1;
    while (j < to && j <= i + 8 && !(isWord(toks[j]) && ESTIMATE.has((toks[j] as Tok).f))) j++;
    if (j >= to || j > i + 8) continue;
    let sp = j > i + 1 ? parseRegion(text, toks, i + 1, j - 1, []) : null;
    if (!sp || sp.kind === "unknown") {
      const s = preVerbStart(toks, i, from);
      sp = s >= 0 && s < i ? parseRegion(text, toks, s, i - 1, []) : null;
    }
    if (!sp || sp.kind === "unknown" || sp.kind === "place") continue;
    return {
      kind: "verb",
      lemma: "عدّل",
      stance: "asserts",
      speaker: sp,
      via: [],
      contentStart: (toks[j] as Tok).start,
      quote: quoteSpan(toks, from, to),
    };
  }
  return null;
}

/** A bare present-tense verb (يحذّر، تتوعد، يسخر): a third-person prefix on a short stem with no article. */
function presentVerbShape(f: string): boolean {
  return /^[يت][^\sا]{2,5}$/u.test(f) && !/(?:ه|ي|ون|ين)$/u.test(f);
}

/** How many times `word` stands as a whole word in `text` after token `at`. */
function occurrencesAfter(text: string, at: Tok, word: string): number {
  let n = 0;
  let from = at.end;
  for (;;) {
    const k = text.indexOf(word, from);
    if (k < 0 || n >= 2) return n;
    const before = text[k - 1] ?? " ";
    const after = text[k + word.length] ?? " ";
    if (!/[\p{L}\p{M}]/u.test(before) || /^[وب]$/u.test(before)) if (!/[\p{L}\p{M}]/u.test(after)) n++;
    from = k + word.length;
  }
}

/** `الدفاع المدني: بين القتلى خمسة أطفال` — a headline that names its source before a colon. */
function headlineSource(text: string, toks: readonly Tok[], from: number, to: number): Attribution | null {
  // («… تتبنى الهجوم... و«الداخلية»: الخلية تتبع «داعش»»: a headline's second statement, its «و» written apart)
  if (toks[from]?.f === "و" && toks[from + 1]?.kind === "quote" && toks[from + 1]?.q !== "close")
    return headlineSource(text, toks, from + 1, to);
  // «"الإطفاء" الكويتية: …»، «"الداخلية" المصرية: …»: a body's short quoted name with its country's adjective
  const q = toks[from];
  if (q?.kind === "quote" && q.q !== "close") {
    const c = closingQuote(toks, from, Math.min(to, from + 4));
    // («"الخوذ البيضاء": لا أبواب سرية …»: a short quoted name right before the colon)
    if (c > from + 1 && toks[c + 1]?.f === ":" && toks.slice(from + 1, c).every((w) => isWord(w))) {
      const first = toks[from + 1] as Tok;
      const last = toks[c - 1] as Tok;
      return {
        kind: "verb",
        lemma: "قال",
        stance: "asserts",
        speaker: {
          name: clean(text.slice(first.start, last.end)),
          role: null,
          kind: "organization",
          start: first.start,
          end: last.end,
        },
        via: [],
        contentStart: toks[c + 2]?.start ?? null,
        quote: quoteSpan(toks, c + 2, to),
      };
    }
    const adj = toks[c + 1];
    const colon = toks[c + 2];
    if (
      c > from + 1 &&
      isWord(adj) &&
      /^ال.{2,}يه$/u.test(adj.f) &&
      colon?.f === ":" &&
      toks.slice(from + 1, c).every((w) => isWord(w) && hasAl(w.f))
    ) {
      const first = toks[from + 1] as Tok;
      const name = `${clean(text.slice(first.start, (toks[c - 1] as Tok).end))} ${clean(text.slice(adj.start, adj.end))}`;
      return {
        kind: "verb",
        lemma: "قال",
        stance: "asserts",
        speaker: { name, role: null, kind: "organization", start: first.start, end: adj.end },
        via: [],
        contentStart: toks[c + 3]?.start ?? null,
        quote: quoteSpan(toks, c + 3, to),
      };
    }
  }
  for (let k = from + 1; k < Math.min(to - 2, from + 7); k++) {
    const t = toks[k] as Tok;
    if (t.kind === "punct" && t.f !== ":") {
      if (t.f === "(" || t.f === ")" || isComma(t)) continue;
      return null;
    }
    if (t.f !== ":") continue;
    const first = toks[from] as Tok;
    if (!isWord(first) || HEADLINE_LABEL.has(first.f)) return null;
    const ws: Tok[] = [];
    for (let j = from; j < k; j++) if (isWord(toks[j])) ws.push(toks[j] as Tok);
    if (ws.length === 0) return null;
    // («… والهلال الأحمر: «…»»: a headline's second statement opens with a conjunction, no part of the source)
    const w0 = ws[0] as Tok;
    const bare = w0.f.slice(1);
    const joined =
      /^وال../u.test(w0.f) || TITLE.has(bare) || ORG_HEAD.has(bare) || DOCUMENT.has(bare) || UNNAMED.has(bare);
    if (/^و../u.test(w0.f) && joined && !KNOWN_FIRST.has(w0.f) && !TITLE.has(w0.f)) ws[0] = { ...w0, f: bare };
    // («السيسي عن ضحايا مركب رشيد: لا مبرر …»، «الوزير عن الهجوم: …»: the source, then what it spoke about)
    const about = ws.findIndex((x, j) => j > 0 && x.f === "عن");
    const aboutTok = about > 0 ? (ws[about] as Tok) : null;
    if (about > 0) ws.splice(about);
    // only an organisation, an unnamed source, a titled person or a document («وتقرير عسكري أولي: …») names a
    // headline's source
    const kind = kindOfPhrase(ws);
    const titled = TITLE.has((ws[0] as Tok).f);
    const document = DOCUMENT.has((ws[0] as Tok).f) && ws.length <= 4;
    // («أردوغان من قهرمان مرعش: …»: a bare personal name, then where he speaks from, speaks too; a place alone does
    // not)
    // (and so does one before whom he spoke: «فليتشر أمام مجلس الأمن: …»)
    const speaksFrom =
      ws.length >= 3 &&
      ws.length <= 5 &&
      ((ws[1] as Tok).f === "من" || ((ws[1] as Tok).f === "امام" && !imam(text, ws[1] as Tok))) &&
      nameLike(ws[0] as Tok) &&
      !hasAl((ws[0] as Tok).f) &&
      !PLACE.has((ws[0] as Tok).f);
    // («السيسي: مصر خسرت …»، «أرامكو: …»: a lone name the article goes on to use at least twice more names the
    // source too; a place or a label does not)
    const w = ws[0] as Tok;
    // («بنزين 95: 17 جنيهاً»: a word with a number before the colon labels a row of a list)
    const named =
      ws.length === 1 &&
      !hasFigure(toks, from, k) &&
      nameLike(w) &&
      !hasAl(w.f) &&
      !PLACE.has(w.f) &&
      w.f.length >= 3 &&
      // (once more is enough when quoted words follow the colon: «بايدن: «الرئيس عون يحظى بثقتي»»)
      occurrencesAfter(text, toks[k] as Tok, text.slice(w.start, w.end)) >= (toks[k + 1]?.kind === "quote" ? 1 : 2);
    // («السعودية: 1301 وفاة في موسم الحج»، «باكستان: 350 من مواطنينا …»: a state alone before a headline's colon
    // speaks for its government; a city there is a dateline)
    // (only with a figure right after the colon: «لبنان: هدنة هشة في يومها الثاني» is a section's label)
    const state =
      ws.length === 1 &&
      k === from + 1 &&
      STATE.has(w.f) &&
      ((toks[k + 1] as Tok | undefined)?.kind === "number" || (toks[k + 2] as Tok | undefined)?.kind === "number");
    // («الصحة العراقية: تسجيل …»: a ministry named by what it is of, with its country's adjective, or alone when the
    // article names the ministry: «الداخلية: ضبط …» … «وقالت وزارة الداخلية …»)
    const portfolio =
      (PORTFOLIO.has(w.f) &&
        ((ws.length === 2 && /^ال/u.test((ws[1] as Tok).f) && NISBA.test((ws[1] as Tok).f)) ||
          (ws.length === 1 &&
            new RegExp(`(?:^|[^\\p{L}])(?:ال|ل)?وزاره(?: ${w.f}|[^\\p{L}])`, "u").test(fold(text))))) ||
      // («صحة غزة: …»، «داخلية الوفاق: …»، «خارجية الاحتلال: …»: the ministry in construct with whose it is)
      (ws.length === 2 &&
        MINISTRY_IN_CONSTRUCT.has(w.f) &&
        (hasAl((ws[1] as Tok).f) || PLACE.has((ws[1] as Tok).f)) &&
        !NISBA.test((ws[1] as Tok).f));
    if (!kind && !titled && !document && !speaksFrom && !named && !state && !portfolio) return null;
    let read = toks;
    if (ws[0] !== w0) {
      const copy = toks.slice();
      copy[toks.indexOf(w0, from)] = { ...w0, f: w0.f.slice(1), start: w0.start + 1 };
      read = copy;
    }
    // «ومسؤول إيراني يسخر: …»، «وزير سابق يحذّر: …»: a present-tense verb closing the source is how it spoke
    let last = aboutTok ? toks.indexOf(aboutTok, from) - 1 : k - 1;
    while (last > from && !isWord(toks[last])) last--;
    const lw = toks[last] as Tok;
    const prev = ws[ws.length - 2];
    const afterTitle = prev !== undefined && (TITLE.has(prev.f) || TITLE.has(stripW(prev.f)));
    if (ws.length >= 2 && !afterTitle && presentVerbShape(lw.f) && !KNOWN_FIRST.has(lw.f) && !PLACE.has(lw.f)) last--;
    const sp = state
      ? { name: clean(text.slice(w.start, w.end)), role: null, kind: "place" as const, start: w.start, end: w.end }
      : speaksFrom
        ? parseRegion(text, read, from, from, [])
        : parseRegion(text, read, from, last, []);
    if (!sp) return null;
    return {
      kind: "verb",
      lemma: "قال",
      stance: "asserts",
      speaker: sp,
      via: [],
      contentStart: toks[k + 1]?.start ?? null,
      quote: quoteSpan(toks, k + 1, to),
    };
  }
  return null;
}

function dedupe(xs: string[]): string[] {
  const out: string[] = [];
  for (const x of xs) if (x && !out.includes(x)) out.push(x);
  // («موقع سودان تريبيون» and «سودان تريبيون»، «موقع»: a link read twice, once in part, is one link)
  return out.filter((x) => !out.some((y) => y !== x && ` ${y} `.includes(` ${x} `)));
}

/** True when the clause holds a reporting verb with its own named subject (used to split clauses). */
export function hasOwnSpeaker(text: string, toks: readonly Tok[], from: number, to: number): boolean {
  return verbHits(text, toks, from, to).some((h) => h.explicit);
}

/**
 * Whether [from, to) may report anything: a verb of the lexicon (saying, deciding, estimating, ordering), with or
 * without its subject, or a source credited.
 */
export function reportsIn(text: string, toks: readonly Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k] as Tok;
    const v = isWord(t) ? verbOf(t.f) : undefined;
    if (v && !v.noun && !v.participle) return true;
  }
  return hasAccording(text, toks, from, to);
}

/** First reporting-verb token index in [from, to) that is a participle or a و+verb with content right after. */
export function isContinuationVerb(toks: readonly Tok[], k: number): "participle" | "verb" | null {
  const t = toks[k];
  if (t?.kind !== "word") return null;
  const v = verbOf(t.f);
  if (!v || v.noun) return null;
  if (v.participle) return "participle";
  if (!t.f.startsWith("و")) return null;
  for (let j = k + 1; j < Math.min(toks.length, k + 4); j++) {
    const w = toks[j] as Tok;
    if (COMP.has(w.f) || w.f === ":") return "verb";
    if (!["الي", "من", "علي"].includes(w.f)) return null;
  }
  return null;
}

/** Whether a report's verb agrees with its speaker: the name right after the verb («وأضاف البيان») or before it. */
function agreesWith(text: string, verb: Tok, speaker: SpeakerPhrase): boolean {
  return speaker.end <= verb.start || (speaker.start >= verb.end && text.slice(verb.end, speaker.start).trim() === "");
}

/** «تحدث شرط عدم كشف هويته»، «تحدث للوكالة شريطة عدم الكشف عن اسمه»: a condition of anonymity within a few words. */
function anonymityAside(toks: readonly Tok[], i: number): boolean {
  for (let k = i + 1; k < Math.min(toks.length, i + 6); k++) {
    const t = toks[k] as Tok;
    if (!isWord(t)) return false;
    if (/^(?:ب?شرط|ب?شريطه|مشترطا|مشترطه)$/u.test(t.f) && (toks[k + 1] as Tok | undefined)?.f === "عدم") return true;
  }
  return false;
}

/** «تحدث لرويترز»، «تحدث لوكالة فرانس برس»: the outlet a source spoke to, named right after the verb at k, or null. */
function toldAfter(toks: readonly Tok[], k: number, end: number, text: string): string | null {
  const nx = toks[k + 1];
  if (!isWord(nx)) return null;
  // («تحدثوا إلى الوكالة»، «تحدث إلى رويترز»)
  if (nx.f === "الي") {
    const known = knownAt(toks, k + 2, end);
    if (known && known.type !== "person") return known.name;
    const w = toks[k + 2];
    return isWord(w) && (OUTLET_HEAD.has(w.f) || OUTLET_HEAD.has(w.f.replace(/^ال/u, ""))) ? spanText(text, [w]) : null;
  }
  if (!nx.f.startsWith("ل") || nx.f.length < 3) return null;
  const via = adjunctAt(toks, k + 1, end, text)?.via ?? null;
  return via && via.length > 1 ? via : null;
}

/** «الحصيلة الأولية التي …»، «الأرقام التي …»: a toll, figures or an estimate within three words before the relative at r. */
function countedBefore(toks: readonly Tok[], r: number, from: number): boolean {
  for (let k = r - 1; k >= Math.max(from, r - 5); k--) {
    const w = toks[k];
    if (!isWord(w)) return false;
    // (and a rate: «معدل التضخم السنوي لإجمالي الجمهورية الذي أعلن عنه الجهاز …»)
    if (/^(?:ال)?(?:حصيله|ارقام|تقديرات|احصاءات|احصاييات|حصيلته|حصيلتها|معدل|نسبه)$/u.test(w.f)) return true;
  }
  return false;
}

/** The source named right after a relative verb at i (up to a comma, a negation or another verb), or null. */
function giverAfter(
  text: string,
  toks: readonly Tok[],
  i: number,
  to: number,
): { sp: SpeakerPhrase; end: number } | null {
  // («الذي أعلن عنه الجهاز …»: past the preposition pointing back to the figure)
  const at = /^(?:عنه|عنها|به|بها)$/u.test((toks[i + 1] as Tok | undefined)?.f ?? "") ? i + 2 : i + 1;
  if (!subjectWordAt(toks, at, to)) return null;
  let e = at;
  while (e < to && e < at + 14) {
    const w = toks[e] as Tok;
    if (!isWord(w) || NEG.has(w.f) || (e > at && verbOf(w.f) !== undefined)) break;
    e++;
  }
  const sp = e > at ? parseRegion(text, toks, at, e - 1, []) : null;
  return sp && sp.kind !== "unknown" && sp.kind !== "place" ? { sp, end: e } : null;
}

/** «إمام المسجد»: the title «إمام», written with its hamza below, folds like the preposition «أمام» but is none. */
function imam(text: string, t: Tok): boolean {
  return t.f === "امام" && text.slice(t.start, t.end).replace(/^[وف]/u, "").startsWith("إ");
}
