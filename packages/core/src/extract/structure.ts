// Article structure: title, subtitle, body, headings, captions and credits, related-article blocks, datelines,
// bylines, tag runs and page furniture — decided from features of each line (length, punctuation, position,
// repetition, lexicon cues), never from a list of known lines.
import { MONTHS, WEEKDAYS } from "#arabic/lexicon/calendar.ts";
import type { Block, BlockRole } from "#schema/index.ts";
import {
  FUNCTION_WORDS,
  KNOWN_OUTLETS,
  NAVIGATION,
  OUTLET_HEADS,
  PHOTO_CREDITS,
  PLACES,
  RELATED_MARKERS,
  SOURCE_LABELS,
  TAG_LABELS,
  TIME_WORDS,
  TITLES,
} from "./lexicon.ts";
import { COMP, HEADLINE_LABEL, KNOWN_NAMES, NEG, ORG_HEAD, verbOf } from "./lexicon-index.ts";
import {
  BYLINE_HONORIFICS,
  BYLINE_LABELS,
  BYLINE_LABELS_WEAK,
  CORRESPONDENT_CREDITS,
  CORRESPONDENT_HEADS,
  CTA_TARGETS,
  CTA_VERBS,
  FOOTER_LINES,
  GENERIC_SOURCES,
  GIVEN_NAMES,
  MEDIA_LABELS,
  MORE_LEADS,
  NAME_PARTICLES,
  NOTICE_PHRASES,
  RELATED_MARKERS_EXTRA,
  SIGNOFF_LABELS,
  STAMP_LABELS,
  STAMP_WORDS,
  TAG_LABELS_EXTRA,
} from "./lexicon-structure.ts";
import { countWords, fold, foldKey, stripAl } from "./text.ts";

export interface Structure {
  blocks: Block[];
  title: string | null;
  subtitle: string | null;
  outlet: string | null;
  byline: string | null;
  dateline: string | null;
  /** the wire agency credited in the dateline (`الخرطوم (أ ف ب) -` → فرانس برس): every claim came through it */
  wire: string | null;
}

interface Line {
  start: number;
  end: number;
  text: string;
  key: string;
  words: number;
  /** paragraph index: lines separated by a blank line fall in different paragraphs */
  para: number;
  role: BlockRole | null;
  /** a line split into blocks of different roles (`بورتسودان:` dateline + `حسن الأمين` byline) */
  parts?: Block[];
}

const setOf = (xs: readonly string[]) => new Set(xs.map(foldKey));
const NAV = setOf(NAVIGATION);
const RELATED = setOf([...RELATED_MARKERS, ...RELATED_MARKERS_EXTRA]);
const CREDITS = setOf(PHOTO_CREDITS);
const TAGS = setOf([...TAG_LABELS, ...TAG_LABELS_EXTRA]);
/** labels that open a tag list only when a colon follows (مواضيع: …); TAG_LABELS open one alone on a line too */
const TAG_ALONE = setOf(TAG_LABELS);
const BYLINE_LABEL = setOf(BYLINE_LABELS);
const BYLINE_LABEL_WEAK = setOf(BYLINE_LABELS_WEAK);
const CORRESPONDENT = setOf(CORRESPONDENT_CREDITS);
const CORRESPONDENT_HEAD = setOf(CORRESPONDENT_HEADS);
const GENERIC_SOURCE = setOf(GENERIC_SOURCES);
const HONORIFIC = setOf(BYLINE_HONORIFICS);
const PARTICLE = setOf(NAME_PARTICLES);
const GIVEN = setOf(GIVEN_NAMES);
/** sign-off labels as folded word lists, longest first */
const SIGNOFF = [...BYLINE_LABELS, ...BYLINE_LABELS_WEAK, ...SIGNOFF_LABELS]
  .map((x) => foldKey(x).split(" "))
  .sort((a, b) => b.length - a.length);
const CTA_VERB = setOf(CTA_VERBS);
const CTA_TARGET = setOf(CTA_TARGETS);
const MORE_LEAD = setOf(MORE_LEADS);
const FOOTER = setOf(FOOTER_LINES);
/** longest first, so that «نشر في» is tried before «نشر» */
const STAMP_LABEL = [...setOf(STAMP_LABELS)].sort((a, b) => b.length - a.length);
const STAMP_WORD = setOf([...STAMP_WORDS, ...TIME_WORDS, ...MONTHS.keys(), ...WEEKDAYS.keys()]);
const CALENDAR_WORD = setOf([...MONTHS.keys(), ...WEEKDAYS.keys()]);
const NOTICE = NOTICE_PHRASES.map(foldKey);
const MEDIA = setOf(MEDIA_LABELS);
const FUNCTION_SET = setOf(FUNCTION_WORDS);
const TIME_SET = setOf(TIME_WORDS);
const PLACE_SET = setOf(PLACES);
const OUTLET_NAMES = new Set(KNOWN_OUTLETS.flatMap((o) => [o.name, ...(o.aliases ?? [])]).map(foldKey));
const OUTLET_HEAD_SET = new Set(OUTLET_HEADS.map((o) => foldKey(o.word)));
const SOURCE_LABEL_SET = setOf(SOURCE_LABELS);
const TITLE_SET = setOf(TITLES);
const TAG_STOP = new Set([
  ...setOf(FUNCTION_WORDS),
  ...setOf(TIME_WORDS),
  ...setOf(["ذلك", "هذا", "هذه", "جهته", "جهتها", "بدوره", "بدورها"]),
]);

const _TERMINAL = /[.!؟?…]["”»']?\s*$|:\s*$/u;
const SENTENCE_END = /[.!؟?…]["”»']?\s*$/u;
const HAS_LETTER = /\p{L}/u;
const ARABIC = /[\u0621-\u064A]/u;

const wordCount = countWords;

/** A line that reads like a headline: a few words, no sentence-final punctuation. */
function headlineLike(l: Line, commaOk = false): boolean {
  return (
    l.words >= 3 &&
    l.words <= 22 &&
    !SENTENCE_END.test(l.text) &&
    !/:\s*$/u.test(l.text) &&
    l.text.length <= 200 &&
    !continuesBody(l.text, commaOk)
  );
}

/**
 * Body text that lost its full stop still reads as body: it opens with a conjunction (وقال، وأضاف، فيما …) or
 * carries a comma, which headlines and teasers rarely do.
 */
function continuesBody(text: string, commaOk = false): boolean {
  if (!commaOk && /[،,]/u.test(text)) return true;
  const first =
    fold(text.trim())
      .replace(/^["«“(]+/u, "")
      .split(/\s+/u)[0] ?? "";
  return verbOf(first) !== undefined || BODY_OPENERS.has(first);
}

/** Words that open a body sentence, never a headline (وقد، وكان، وفي، فيما …). */
const BODY_OPENERS = new Set(
  [
    "وقد",
    "وكان",
    "وكانت",
    "وفي",
    "ومن",
    "وعلى",
    "وبعد",
    "وقبل",
    "ولم",
    "ولا",
    "وهو",
    "وهي",
    "ويأتي",
    "وتأتي",
    "فيما",
    "كما",
    "بينما",
    "وبحسب",
    "ووفق",
    "ووفقا",
    "وتابع",
    "وأضاف",
    "إلى ذلك",
    "يذكر",
    "ويذكر",
    "وتجدر",
  ].map(fold),
);

function stripMarkerPunct(key: string): string {
  return key.replace(/^[\s\-–—:>»|•·*]+|[\s\-–—:<«|•·*.…]+$/gu, "").trim();
}

function isNavigation(l: Line): boolean {
  const k = stripMarkerPunct(l.key);
  if (k === "" || NAV.has(k)) return true;
  // menus: 3+ short items separated by | • · / >
  const parts = l.text.split(/\s*[|•·»>/]\s*/u).filter((p) => p.trim() !== "");
  if (parts.length >= 3 && parts.every((p) => wordCount(p) <= 3)) return true;
  // bare timestamps and dates
  if (!/\p{L}{3,}/u.test(l.text.replace(/[AaPp][Mm]|GMT|UTC/gu, "")) && /\d/u.test(l.text) && l.words <= 8) return true;
  // a dated stamp with no label: «الإثنين 20/مايو/2024 - 07:32 ص»، «الثلاثاء 15 أغسطس 2023 | 14:35»
  if (l.words <= 10 && isBareStamp(k)) return true;
  // share counters and "N min read"
  if (/^(?:\d+\s*)?(?:مشاركة|تعليق|مشاهدة|قراءة|دقائق|دقيقة)\s*(?:\d+)?$/u.test(fold(l.text.trim()))) return true;
  return false;
}

function isCredit(l: Line): boolean {
  const k = stripMarkerPunct(l.key);
  if (CREDITS.has(k)) return true;
  // «(مواقع التواصل)»، «(أرشيف)» on a line of its own under a picture
  const paren = /^\(([^()]{2,40})\)$/u.exec(l.text.trim());
  if (paren && (CREDITS.has(foldKey(paren[1] as string)) || GENERIC_SOURCE.has(foldKey(paren[1] as string))))
    return true;
  if (/^(?:©|\(c\)|copyright|photo|image|credit|getty|afp|reuters|epa|ap photo)/iu.test(l.text.trim()) && l.words <= 8)
    return true;
  if (/^\(?\s*(?:صور[ةه]|الصور[ةه]|تصوير|مصدر الصور[ةه]|حقوق الصور[ةه])\s*[:：]/u.test(l.text.trim()) && l.words <= 10)
    return true;
  // a short Latin-only line (agency / photographer) inside Arabic text
  if (!ARABIC.test(l.text) && /[A-Za-z]/u.test(l.text) && l.words <= 5 && !SENTENCE_END.test(l.text)) return true;
  return false;
}

function isRelatedMarker(l: Line): boolean {
  const k = stripMarkerPunct(l.key);
  if (RELATED.has(k)) return true;
  for (const m of RELATED) if (k.startsWith(`${m}:`) || (k.startsWith(m) && k.length <= m.length + 3)) return true;
  return false;
}

function isTagLine(l: Line): boolean {
  const k = l.key;
  for (const t of TAGS) if (k.startsWith(`${t}:`) || k.startsWith(`${t} :`)) return true;
  return false;
}

/** `(العربي الجديد، أحمد الإبراهيم)`, `(رويترز)`, `By …`, `المصدر: …`. */
function parseByline(l: Line): { outlet: string | null; author: string | null } | null {
  const t = l.text.trim();
  const signoff = /^\(([^()]{4,200})\)\.?$/u.exec(t);
  const writer = signoff ? parseSignoff(signoff[1] as string) : undefined;
  if (writer !== undefined) return { outlet: null, author: writer };
  const paren = /^\(([^()]{2,80})\)\.?$/u.exec(t);
  if (paren && l.words <= 8) {
    const parts = (paren[1] as string)
      .split(/\s*[،,\-–—/|]\s*/u)
      .map((p) => p.trim())
      .filter(Boolean);
    if (parts.length === 0 || parts.length > 3) return null;
    const outletIdx = parts.findIndex((p) => isOutletName(p));
    const oi = Math.max(outletIdx, 0);
    const outlet = parts[oi] ?? null;
    const author = parts.filter((_, i) => i !== oi).join("، ") || null;
    return { outlet, author };
  }
  // Arabic author labels are read by parseAuthorLine (تقرير: … is a headline as often as a byline)
  const by = /^By\s*[:：]?\s*(.{2,60})$/iu.exec(t);
  if (by && l.words <= 8 && !SENTENCE_END.test(t.replace(/\.$/u, "x")))
    return { outlet: null, author: (by[1] as string).trim() };
  const src = /^([^:：]{2,20})\s*[:：]\s*(.{2,60})$/u.exec(t);
  if (src && SOURCE_LABEL_SET.has(foldKey(src[1] as string)) && l.words <= 8)
    return { outlet: (src[2] as string).trim(), author: null };
  return null;
}

/** Words that label a line (credits, tags, menus, headline and byline labels): never a place or a name. */
const LABEL_WORDS = new Set([
  ...TITLE_SET,
  ...BYLINE_LABEL,
  ...BYLINE_LABEL_WEAK,
  ...MEDIA,
  ...HEADLINE_LABEL,
  ...SOURCE_LABEL_SET,
  ...TAGS,
  ...NAV,
  ...CORRESPONDENT,
  ...CREDITS,
  ...RELATED,
  ...STAMP_LABEL,
]);
const FOLDED_ARABIC_WORD = /^[\u0621-\u064A]+$/u;
/** headline verbs: the present tense (يستقبل، تعلن) and derived past forms (استقبل، انسحب); no name word looks so */
const VERB_SHAPED = /^(?:[يت][^ا]..|است..|ان[^ا]..)/u;

/** Strips quote marks and brackets around a name or outlet («الشرق الأوسط» → الشرق الأوسط). */
function unquote(s: string): string {
  return s.replace(/^[\s«»"“”'(]+|[\s«»"“”')]+$/gu, "").trim();
}

/** An author field as shown: no quote marks, no closing colon or full stop (`كتب- أحمد سامي:`). */
function cleanAuthor(s: string): string {
  return unquote(s.replace(/[\s.:：]+$/u, ""));
}

/** A folded word that may belong to a proper name: Arabic letters, no function, time, negation or reporting word. */
function nameWord(w: string): boolean {
  if (GIVEN.has(w) || PARTICLE.has(w)) return true;
  return (
    FOLDED_ARABIC_WORD.test(w) &&
    !FUNCTION_SET.has(w) &&
    !TIME_SET.has(w) &&
    !NEG.has(w) &&
    !COMP.has(w) &&
    verbOf(w) === undefined
  );
}

/**
 * The author field of a byline: one to four names (`أحمد سامي ومحمد علي`، `د. هبة الشريف`), each of at most five
 * name words. `given` says every name opens with a known given name or a name particle (عبد، أبو): the evidence
 * that a short `مدينة: …` line names a person and is no headline.
 */
function personNames(s: string): { given: boolean; words: number } | null {
  const words = foldKey(unquote(s.replace(/[\s.:：]+$/u, "")))
    .replace(/[،,&/]/gu, " , ")
    .split(/\s+/u)
    .filter(Boolean);
  const groups: string[][] = [[]];
  for (const w of words) {
    const cur = groups[groups.length - 1] as string[];
    if (w === "," || w === "و") {
      if (cur.length > 0) groups.push([]);
      continue;
    }
    // a second name joined by و (ومحمد علي) — not a name that starts with و (وليد، وائل)
    const rest = w.slice(1);
    if (cur.length > 0 && w[0] === "و" && !GIVEN.has(w) && (GIVEN.has(rest) || PARTICLE.has(rest))) {
      groups.push([rest]);
      continue;
    }
    cur.push(w);
  }
  const names = groups.filter((g) => g.length > 0);
  if (names.length === 0 || names.length > 4) return null;
  let given = true;
  let count = 0;
  for (const g of names) {
    while (g.length > 1 && HONORIFIC.has(g[0] as string)) g.shift();
    // a name runs to three words, one more for each particle (محمد بن عبد الله الأحمد)
    const particles = g.filter((w) => PARTICLE.has(w)).length;
    if (g.length > Math.min(5, 3 + particles)) return null;
    if (!g.every((w) => nameWord(w) && (GIVEN.has(w) || !VERB_SHAPED.test(w)))) return null;
    const first = g[0] as string;
    if (!(GIVEN.has(first) || (PARTICLE.has(first) && g.length >= 2))) given = false;
    count += g.length;
  }
  return { given, words: count };
}

/** A dateline place: a known place, or one or two name-like words that label nothing; an optional `(gloss)`. */
function placeOf(s: string): { place: string; known: boolean; gloss: string | null } | null {
  const m = /^([^()]{2,30}?)\s*(?:\(([^()]{2,30})\))?$/u.exec(s.trim());
  if (!m) return null;
  const place = (m[1] as string).trim();
  const gloss = m[2] ? m[2].trim() : null;
  const k = foldKey(place);
  if (PLACE_SET.has(k) || PLACE_SET.has(stripAl(k))) return { place, known: true, gloss };
  const words = k.split(" ");
  if (words.length > 2 || LABEL_WORDS.has(k) || GIVEN.has(words[0] as string)) return null;
  // an organisation or outlet that heads a statement (حماس: …، وزارة الصحة: …) is no place
  if (KNOWN_NAMES.has(k) || ORG_HEAD.has(words[0] as string) || ORG_HEAD.has(stripAl(words[0] as string))) return null;
  if (!words.every((w) => nameWord(w) && !LABEL_WORDS.has(w) && !GIVEN.has(w))) return null;
  return { place, known: false, gloss };
}

/** `X: Y`, `X - Y`, `X ـ Y`: the first separator of a short line (a tatweel counts only with a space before it). */
const SEPARATED = /^(.{2,40}?)(\s*[:：]\s*|\s+[-–—ـ]+\s*|\s*[-–—]+\s+)(\S.{0,79})$/u;

interface AuthorLine {
  role: BlockRole;
  parts?: Block[];
  place?: string;
  outlet?: string;
  author?: string;
  wire?: string | null;
}

/**
 * A line of its own that credits the piece: an author line (`كتب: أحمد سامي`، `بقلم د. هبة الشريف`، `إعداد: …`), a
 * dateline with an author (`بورتسودان: حسن الأمين`، `القاهرة - محمد علي`، `حسن الأمين - بورتسودان`), with a
 * correspondent (`بنغازي - مراسلنا`، `القدس - خاص`) or with an outlet (`بيروت ـ «الشرق الأوسط»`، `الرباط – هسبريس`).
 * `head`: the line sits above the lead (the first prose paragraph that is not the deck under the title), `foot`:
 * below the last prose paragraph; `afterTitle`: a line that may be the title comes before it. Weaker shapes need
 * them; none accepts a verb, a function word or sentence punctuation, so a dateline that opens the lead stays body.
 */
function parseAuthorLine(l: Line, head: boolean, foot: boolean, afterTitle: boolean): AuthorLine | null {
  const edge = head || foot;
  const t = l.text;
  if (l.words > 10 || t.length > 100 || SENTENCE_END.test(t.replace(/[.:：]$/u, ""))) return null;
  // two correspondents, each with their place: «أنقرة: مراد أوزتورك - بيروت: رنا الحلبي»
  const halves = t.split(/\s+[-–—]\s+/u);
  if (halves.length === 2 && halves.every((h) => /[:：]/u.test(h))) {
    const [a, b] = halves.map((h) =>
      parseAuthorLine({ ...l, text: h, key: foldKey(h), words: countWords(h) }, head, foot, afterTitle),
    );
    if (a?.role === "byline" && b?.role === "byline") return { role: "byline", place: a.place, author: a.author };
  }
  const m = SEPARATED.exec(t);
  if (!m) {
    // a label and a name with no separator: only before a given name (تحرير أحمد سامي, not تحرير الموصل)
    const sp = /^(\S+)\s+(\S.*)$/u.exec(t);
    if (!sp) return null;
    const label = foldKey(sp[1] as string);
    if (!BYLINE_LABEL.has(label) && !BYLINE_LABEL_WEAK.has(label)) return null;
    const p = personNames(sp[2] as string);
    return p?.given ? { role: "byline", author: cleanAuthor(sp[2] as string) } : null;
  }
  const x = (m[1] as string).trim();
  const sep = m[2] as string;
  let y = (m[3] as string).trim();
  const xk = foldKey(x);
  let yStart = l.start + (m[1] as string).length + sep.length;
  const yEnd = l.start + t.trimEnd().length;
  let xEnd = l.start + (m[1] as string).length + sep.trimEnd().length;
  // two places before the credit: «لندن - الرياض: محرر الشؤون الاقتصادية»، «أثينا - كالاماتا: «الشرق الجديد»»
  const twin = /^([^:：\-–—«"]{2,30}?)(\s*[:：]\s*|\s+[-–—]\s*)(\S.*)$/u.exec(y);
  const [p1, p2] = twin ? [placeOf(x), placeOf(twin[1] as string)] : [null, null];
  if (twin && p1 && p2 && (p1.known || p2.known)) {
    xEnd = yStart + (twin[1] as string).length;
    yStart += (twin[1] as string).length + (twin[2] as string).length;
    y = (twin[3] as string).trim();
  }

  // label: author
  if (BYLINE_LABEL.has(xk) || BYLINE_LABEL_WEAK.has(xk)) {
    // the author may carry the place after a dash: «كتب: أحمد سامي - القاهرة»
    const inner = /^(.+?)\s+[-–—ـ/|]\s*([^-–—ـ/|]+)$/u.exec(y);
    const innerPlace = inner ? placeOf(inner[2] as string) : null;
    const who = inner && innerPlace?.known ? (inner[1] as string) : y;
    const p = personNames(who);
    if (!p || (BYLINE_LABEL_WEAK.has(xk) && !p.given)) return null;
    return {
      role: "byline",
      author: cleanAuthor(who),
      place: inner && innerPlace?.known ? innerPlace.place : undefined,
    };
  }
  const dashed = !/[:：]/u.test(sep);
  // an outlet, then its place: «شفق نيوز- كابول»، «"الشرق الأوسط" - بيروت»
  const outletFirst = KNOWN_NAMES.get(foldKey(unquote(x)));
  const at = placeOf(y);
  if (
    at &&
    !at.gloss &&
    (at.known || dashed) &&
    edge &&
    countWords(y) <= 2 &&
    (/^[«"“].+[»"”]$/u.test(x) ||
      outletFirst?.type === "outlet" ||
      outletFirst?.type === "agency" ||
      isOutletName(unquote(x)))
  ) {
    if (outletFirst?.type === "agency") return { role: "dateline", place: at.place, wire: outletFirst.name };
    return { role: "dateline", place: at.place, outlet: unquote(x) };
  }
  const place = placeOf(x);
  if (place) {
    const yk = foldKey(unquote(y));
    const quoted = /^[«"“].+[»"”]$/u.test(y);
    const known = KNOWN_NAMES.get(yk);
    const wire = place.gloss ? (KNOWN_NAMES.get(foldKey(place.gloss))?.type === "agency" ? place.gloss : null) : null;
    // place: outlet — a quoted name, a known outlet or agency, or a name after an outlet head (صحيفة …)
    if ((quoted && countWords(yk) <= 5) || known || isOutletName(unquote(y)) || outletPrefix(yk)) {
      if (!(place.known || edge || known)) return null;
      if (known?.type === "agency") return { role: "dateline", place: place.place, wire: known.name };
      return { role: "dateline", place: place.place, outlet: unquote(y), wire };
    }
    const dateline: Block = { start: l.start, end: xEnd, role: "dateline" };
    const byline: Block = { start: yStart, end: yEnd, role: "byline" };
    // place: our correspondent / exclusive / compiled
    const yw = yk.split(" ");
    if (
      CORRESPONDENT.has(yk) ||
      (CORRESPONDENT_HEAD.has(yw[0] as string) && yw.length <= 4) ||
      (yw[0] === "خاص" && yw.length <= 4)
    ) {
      if (!edge) return null;
      return { role: "byline", parts: [dateline, byline], place: place.place, wire };
    }
    // place: a person's name
    const p = personNames(y);
    if (p?.given && p.words >= 2 && (head || (foot && place.known)) && (place.known || afterTitle)) {
      return { role: "byline", parts: [dateline, byline], place: place.place, author: cleanAuthor(y), wire };
    }
    // place – one unknown name: the outlet (الرباط – هسبريس)
    if (
      dashed &&
      yw.length === 1 &&
      !p?.given &&
      nameWord(yw[0] as string) &&
      !LABEL_WORDS.has(yk) &&
      edge &&
      afterTitle &&
      l.words <= 3
    )
      return { role: "dateline", place: place.place, outlet: unquote(y), wire };
    return null;
  }
  // a person's name, then the place: «حسن الأمين - بورتسودان»
  const who = personNames(x);
  const where = placeOf(y);
  if (who?.given && who.words >= 2 && where && !where.gloss && (where.known || dashed) && edge && afterTitle) {
    return {
      role: "byline",
      parts: [
        { start: l.start, end: l.start + x.length, role: "byline" },
        { start: yStart, end: yEnd, role: "dateline" },
      ],
      place: where.place,
      author: x,
    };
  }
  return null;
}

/** Calls to action, share and comment prompts, publication stamps, copyright and cookie notices. */
function isFurniture(l: Line): boolean {
  if (l.words > 25) return false;
  const k = l.key.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  if (FOOTER.has(k)) return true;
  if (NOTICE.some((n) => k.includes(n)) || (/©/u.test(l.text) && l.words <= 15)) return true;
  if (l.words > 16) return false;
  const w = k.split(" ");
  const two = `${w[0]} ${w[1] ?? ""}`;
  const lead = CTA_VERB.has(w[0] as string) || CTA_VERB.has(two) || MORE_LEAD.has(w[0] as string) || MORE_LEAD.has(two);
  if (
    lead &&
    w.some((x) => CTA_TARGET.has(x) || (/^[بلوف]/u.test(x) && CTA_TARGET.has(x.slice(1)))) &&
    !w.some((x) => COMP.has(x)) &&
    // a sentence that happens to open with a past verb (شارك آلاف … في …) is long and ends with a full stop
    !(SENTENCE_END.test(l.text) && l.words > 8)
  )
    return true;
  return isStamp(k);
}

/**
 * A line that is only a date and a time: a weekday or month name, digits, ص/م and a time zone, with a clock time
 * or a month named (a bare number line is caught before this).
 */
function isBareStamp(k: string): boolean {
  const toks = stampTokens(k);
  if (toks.length < 2) return false;
  if (!toks.some((x) => /\p{N}/u.test(x))) return false;
  if (!toks.some((x) => CALENDAR_WORD.has(x) || CALENDAR_WORD.has(stripAl(x))) && !/\d{1,2}\s*:\s*\d{2}/u.test(k))
    return false;
  return toks.every((x, i) => /^[\p{N}]+$/u.test(x) || stampWord(toks, i));
}

/** The words of a stamp, split at its separators. */
function stampTokens(k: string): string[] {
  return k.split(/[\s/\-–—:：|,،.()]+/u).filter(Boolean);
}

/**
 * Token i of a stamp is a stamp word (a clock, calendar or count word), or the time zone's city after «توقيت» in one
 * word or two («(توقيت بيروت)», «بتوقيت مكة المكرمة»).
 */
/** The words of the stamp labels, for a second label on the same line («نشر في: … - آخر تحديث: …»). */
const STAMP_LABEL_WORD = new Set(STAMP_LABEL.flatMap((l) => l.split(" ")));

function stampWord(toks: readonly string[], i: number): boolean {
  const x = toks[i] as string;
  return (
    STAMP_WORD.has(x) ||
    STAMP_LABEL_WORD.has(x) ||
    STAMP_WORD.has(stripAl(x)) ||
    (i > 0 && /^ب?توقيت$/u.test(toks[i - 1] as string)) ||
    (i > 1 && /^ب?توقيت$/u.test(toks[i - 2] as string))
  );
}

/** Openers of a caption that describes its picture (folded): صورة بثتها …، جانب من …، لقطة من …، مشهد عام … */
const CAPTION_OPENERS = ["صوره", "جانب من", "لقطه", "لقطات", "مشهد", "مشاهد من"].map(foldKey);

/** `نشر في: 12/03/2024 - 10:45`, `آخر تحديث منذ 3 ساعات`, `عدد المشاهدات: 1520`, `رابط مختصر: https://…`. */
function isStamp(k: string): boolean {
  for (const label of STAMP_LABEL) {
    if (!k.startsWith(label)) continue;
    const rest = k.slice(label.length);
    if (rest !== "" && !/^[\s:：\-–—|]/u.test(rest)) continue;
    const toks = stampTokens(rest);
    if (toks.length === 0 || toks.length > 12) return false;
    const numeric = toks.some((x) => /\p{N}/u.test(x));
    const latin = toks.some((x) => /[a-z]/u.test(x));
    return (
      (numeric || latin) &&
      toks.every((x, i) => /^[\p{N}%٪]+$/u.test(x) || /^[\x21-\x7e]+$/u.test(x) || stampWord(toks, i))
    );
  }
  return false;
}

/**
 * `فيديو | لقطات جوية …`, `بالصور: …`, `إنفوغراف.. …`: the caption of an embedded video, gallery or graphic. A dash
 * is no label separator here (`صور - قال رئيس البلدية …` is a dateline: صور is also Tyre), nor is a body sentence.
 */
/** A photo credit closing a caption line: « - أرشيف»، «(أرشيف)»، « - رويترز»، «(أ ف ب)»، « - Getty Images». */
const INLINE_CREDIT =
  /(?:\s[-–—|]\s*|\()(?:أرشيف|ارشيف|أرشيفية|صورة أرشيفية|رويترز|أ ف ب|أ\.ف\.ب|فرانس برس|الأناضول|أسوشيتد برس|إي بي إيه|Getty Images|Getty|AFP|Reuters|AP|EPA)\)?\s*$/u;

function isMediaCaption(l: Line): boolean {
  if (l.words > 30) return false;
  const m = /^(.{2,25}?)\s*(?:[|:：]|\.{2,}|…)\s*(\S.*)$/u.exec(l.text);
  return m !== null && MEDIA.has(foldKey(m[1] as string)) && !continuesBody(m[2] as string, true);
}

/** A keyword list on a line of its own: `درنة، العاصفة دانيال، فرق الإنقاذ، الهلال الأحمر` or `#غزة #رفح`. */
function isBareTagLine(l: Line): boolean {
  if (l.words > 30 || SENTENCE_END.test(l.text) || /[:：]/u.test(l.text)) return false;
  const t = l.text.trim();
  const hashes = t.split(/\s+/u);
  if (hashes.length >= 2 && hashes.every((h) => /^#\S+$/u.test(h))) return true;
  const items = t
    .split(/\s*[،,|#؛;]\s*|\s+[-–—]\s+/u)
    .map((x) => x.trim())
    .filter(Boolean);
  if (items.length < 3) return false;
  return items.every((it) => {
    const ws = foldKey(it).split(" ");
    return (
      ws.length <= 4 && ws.every((w) => /^[\p{L}\p{N}_]+$/u.test(w) && !TAG_STOP.has(w) && verbOf(w) === undefined)
    );
  });
}

/**
 * A wire sign-off in brackets (`إعداد أحمد حسن للنشرة العربية – تحرير محمد اليماني`): every part opens with an
 * author label; the writer is the name after the first label. `undefined` when the text is no sign-off, `null`
 * when it names nobody.
 */
function parseSignoff(inner: string): string | null | undefined {
  const parts = inner
    .split(/\s*[-–—|؛;،,]\s*/u)
    .map((p) => p.split(/[\s:：]+/u).filter((w) => foldKey(w) !== ""))
    .filter((p) => p.length > 0);
  if (parts.length === 0 || parts.length > 4) return undefined;
  let writer: string | null = null;
  for (const words of parts) {
    const folded = words.map(foldKey);
    const label = SIGNOFF.find((lab) => lab.every((w, i) => folded[i] === w));
    if (!label) return undefined;
    // the name runs until a word that is no name word (للنشرة، من الخرطوم)
    const name: string[] = [];
    for (let i = label.length; i < words.length && name.length < 5; i++) {
      const w = folded[i] as string;
      if (!nameWord(w) || w.startsWith("لل")) break;
      name.push(words[i] as string);
    }
    const who = name.length > 0 ? personNames(name.join(" ")) : null;
    // تقرير، متابعة، رصد … also head a bracketed headline: a sign-off only before a given name
    if (label.length === 1 && BYLINE_LABEL_WEAK.has(label[0] as string) && !who?.given) return undefined;
    writer ??= who ? name.join(" ") : null;
  }
  return writer;
}

/** A folded line that opens with a known outlet's name and adds at most two words (سكاي نيوز عربية، الجزيرة نت). */
function outletPrefix(k: string): boolean {
  const w = k.split(" ");
  for (let n = w.length - 1; n >= Math.max(1, w.length - 2); n--) {
    const known = KNOWN_NAMES.get(w.slice(0, n).join(" "));
    if (known && known.type !== "platform" && known.type !== "organization") return true;
  }
  return false;
}

function isOutletName(s: string): boolean {
  const k = foldKey(s);
  if (OUTLET_NAMES.has(k) || OUTLET_NAMES.has(stripAl(k))) return true;
  const words = k.split(" ");
  // («شفق نيوز»، «يمن برس»، «عربي بوست»: a name with an English news word after it)
  if (words.length >= 2 && words.length <= 3 && NEWS_WORD.test(words[words.length - 1] as string)) return true;
  return OUTLET_HEAD_SET.has(words[0] ?? "");
}

/** English news words that end an outlet's name in Arabic letters (نيوز، برس، بوست، تايمز), folded. */
const NEWS_WORD = /^(?:نيوز|برس|بوست|تايمز)$/u;

/**
 * `بيروت -`, `دمشق (رويترز) -`, `القاهرة – `, `غزة ـ «القدس العربي»:`, `بورتسودان (السودان) (أ ف ب) -`: the
 * dateline at the head of a body paragraph.
 * A tatweel stands for the dash when a space precedes it; a quoted outlet after the dash, closed by a colon or a
 * dash, is its credit.
 */
export function findDateline(
  text: string,
  start: number,
  end: number,
): { end: number; bodyStart: number; place: string; credit: string | null } | null {
  const head = text.slice(start, Math.min(end, start + 80));
  const m =
    /^([\p{L}\u064B-\u065F\u0670\u0640 ]{2,30}?)\s*(\([^()]{2,30}\))?\s*(\([^()]{2,30}\))?\s*(?:[-–—]|(?<=\s)\u0640+)\s+(?:([«"“][^«»"“”:]{2,30}[»"”])\s*[:：\-–—]\s+)?/u.exec(
      head,
    );
  if (!m) return null;
  const place = (m[1] as string).trim();
  const words = place.split(/\s+/u);
  if (words.length > 3) return null;
  // a dateline is a place name: no conjunction-led word, no reporting verb
  if (words.some((w) => /^[وف]/u.test(fold(w)) && !PLACE_SET.has(foldKey(w)))) return null;
  const known = PLACE_SET.has(foldKey(place)) || PLACE_SET.has(stripAl(foldKey(place)));
  if (!known && !m[2] && !m[4]) {
    // an unknown word before a dash: accept only a single name-like word not in the title lexicon
    if (words.length > 2 || TITLE_SET.has(foldKey(words[0] ?? ""))) return null;
    if (!ARABIC.test(place)) return null;
  }
  const dashEnd = start + m[0].trimEnd().length;
  // `بورتسودان (السودان) (أ ف ب) -`: a gloss of the place, then the credit
  const credit = m[4] ?? m[3] ?? m[2];
  return { end: dashEnd, bodyStart: start + m[0].length, place, credit: credit ? credit.slice(1, -1).trim() : null };
}

/** The dateline credits `credit` in quote marks (not in brackets, where a gloss such as `(السودان)` also sits). */
function isOutletCredit(dateline: string, credit: string): boolean {
  return /[«"“]/u.test(dateline) && !GENERIC_SOURCE.has(foldKey(credit));
}

/** Splits text into lines with spans (CR/LF/paragraph separators), trimmed, with blank-line paragraph numbers. */
function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let para = 0;
  let blank = false;
  const re = /[^\r\n\u2028\u2029]*/gu;
  let pos = 0;
  while (pos <= text.length) {
    re.lastIndex = pos;
    const m = re.exec(text);
    const raw = m ? m[0] : "";
    const s = pos;
    const e = pos + raw.length;
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    const ts = s + lead;
    const te = Math.max(ts, e - trail);
    const body = text.slice(ts, te);
    if (!HAS_LETTER.test(body) && !/\p{N}/u.test(body)) {
      if (lines.length > 0) blank = true;
    } else {
      if (blank) para++;
      blank = false;
      // long lines are never furniture: their key is the text itself (still enough to spot verbatim repeats)
      const key = body.length <= 240 ? foldKey(body) : body;
      lines.push({ start: ts, end: te, text: body, key, words: wordCount(body), para, role: null });
    }
    pos = e + 1;
    if (text[e] === "\r" && text[e + 1] === "\n") pos++;
  }
  return lines;
}

/** Detects the blocks and metadata of an article. Linear in the text length; never throws. */
export function detectStructure(text: string): Structure {
  const lines = linesOf(text);
  let outlet: string | null = null;
  let byline: string | null = null;
  let dateline: string | null = null;
  let wire: string | null = null;
  /** a credit naming a wire agency (أ ف ب، رويترز، د ب أ): its canonical name */
  const wireOf = (credit: string | null) => {
    const known = credit ? KNOWN_NAMES.get(foldKey(credit.replace(/[«»"“”()]/gu, "").trim())) : undefined;
    return known?.type === "agency" ? known.name : null;
  };

  // repetition: folded lines seen more than once
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.key, (counts.get(l.key) ?? 0) + 1);

  // head and foot of the page, where bylines sit: the head runs to the first prose paragraph that is not the deck
  // under the first headline-sized line, the foot starts after the last prose paragraph
  const prose = (l: Line) => (l.words >= 10 && SENTENCE_END.test(l.text)) || l.words >= 25;
  const top = lines.findIndex((l) => l.words >= 3 && !isNavigation(l));
  let headEnd = lines.length;
  let lastProse = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!prose(lines[i] as Line)) continue;
    if (headEnd === lines.length && i > top + 1) headEnd = i;
    lastProse = i;
  }

  // pass 1: lexicon and shape cues
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    // page furniture is short: long lines skip the lexicon checks (keeps this pass cheap)
    const short = l.words <= 14 && l.text.length <= 160;
    /** a line before this one may be the title */
    const afterTitle = lines.slice(Math.max(0, i - 12), i).some((p) => p.role === null && p.words >= 2);
    const a = short ? parseAuthorLine(l, i < headEnd, i > lastProse, afterTitle) : null;
    if (a) {
      l.role = a.role;
      if (a.parts) l.parts = a.parts;
      if (a.place && !dateline) dateline = a.place;
      if (a.author && !byline) byline = a.author;
      if (a.outlet && !outlet && !GENERIC_SOURCE.has(foldKey(a.outlet))) outlet = a.outlet;
      if (a.wire) wire ??= wireOf(a.wire);
      continue;
    }
    const lone = l.words <= 5 ? findDateline(text, l.start, Math.min(text.length, l.end + 1)) : null;
    if (lone && lone.bodyStart >= l.end - 1) continue;
    if (lone && isOutletName(text.slice(lone.bodyStart, l.end).replace(/[()]/gu, ""))) {
      // a line that is only a dateline and a credit: `الخرطوم - رويترز`
      l.role = "dateline";
      if (!dateline) dateline = lone.place;
      wire ??= wireOf(lone.credit ?? text.slice(lone.bodyStart, l.end));
    } else if (isTagLine(l)) l.role = "tags";
    else if (!short) {
      if (isFurniture(l)) l.role = "navigation";
      else if (afterTitle && isMediaCaption(l)) l.role = "caption";
      else if (afterTitle && isBareTagLine(l)) l.role = "tags";
    } else if (isNavigation(l) || isFurniture(l)) l.role = "navigation";
    else if (isRelatedMarker(l)) l.role = "related";
    else if (isCredit(l)) l.role = "credit";
    else {
      const b = parseByline(l);
      if (b) {
        l.role = "byline";
        if (b.outlet && !outlet && !GENERIC_SOURCE.has(foldKey(b.outlet))) outlet = b.outlet;
        if (b.author && !byline) byline = b.author;
      } else if (afterTitle && isMediaCaption(l)) l.role = "caption";
      else if (afterTitle && isBareTagLine(l)) l.role = "tags";
    }
  }

  // a tag label alone on its line (الوسوم، كلمات مفتاحية:) and the keyword line(s) under it
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    const k = stripMarkerPunct(l.key);
    if (!TAG_ALONE.has(k) && !(TAGS.has(k) && /[:：]\s*$/u.test(l.text))) continue;
    l.role = "tags";
    for (let j = i + 1; j < lines.length; j++) {
      const n = lines[j] as Line;
      const first = j === i + 1;
      if (n.role !== null || SENTENCE_END.test(n.text) || n.words > (first ? 30 : 6)) break;
      n.role = "tags";
    }
  }

  // captions that carry their credit at the end: «وزير المالية خلال مؤتمر صحفي - أرشيف»، «… (رويترز)»
  for (const l of lines) {
    if (l.role === null && l.words <= 30 && !SENTENCE_END.test(l.text) && INLINE_CREDIT.test(l.text))
      l.role = "caption";
  }

  // captions that say what the picture shows: «صورة بثتها مسيرة لموقع الحطام»، «جانب من موقع التصادم»
  for (const l of lines) {
    if (l.role !== null || l.words > 20 || SENTENCE_END.test(l.text) || /[،,]/u.test(l.text)) continue;
    const k = foldKey(l.text);
    if (CAPTION_OPENERS.some((o) => k.startsWith(`${o} `))) l.role = "caption";
  }

  // a picture's source under its caption, inside the article: «رجال الإطفاء يواصلون التبريد» then «(المصدر: الداخلية)»
  for (let i = 1; i < lines.length - 1; i++) {
    const l = lines[i] as Line;
    const k = stripMarkerPunct(l.key.replace(/^\(|\)$/gu, ""));
    // «(المصدر: وزارة الداخلية)»، «المصدر: وكالة فارس», or a bare source in brackets on its own line: «(سانا)»
    const labelled = SOURCE_LABEL_SET.has(k.split(/\s*[:：]/u)[0] ?? "") && l.words <= 8;
    const bracketed = /^\([^()]{2,40}\)$/u.test(l.text.trim()) && l.words <= 5;
    if (!labelled && !bracketed) continue;
    const prev = lines[i - 1] as Line;
    const bodyAfter = lines.slice(i + 1).some((n) => n.role === null && SENTENCE_END.test(n.text));
    if (
      prev.role === null &&
      prev.words <= 20 &&
      !SENTENCE_END.test(prev.text) &&
      !/[،,:]\s*$/u.test(prev.text) &&
      bodyAfter
    ) {
      prev.role = "caption";
      l.role = "credit";
    }
  }

  // captions: short lines next to a photo credit in the same paragraph
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.role !== "credit") continue;
    for (const j of [i - 1, i + 1]) {
      const n = lines[j];
      if (n && n.para === l.para && n.role === null && n.words <= 30) n.role = "caption";
    }
  }

  // repeated headline-like lines are link blocks (a scraped page repeats teasers)
  for (const l of lines) {
    if (l.role === null && (counts.get(l.key) ?? 0) > 1 && headlineLike(l)) l.role = "related";
  }

  // after a "read also" marker: the headline-like lines that follow
  for (let i = 0; i < lines.length; i++) {
    // («شاهد أيضا» may have been read as a call to action first: it is a marker all the same)
    const role = (lines[i] as Line).role;
    if ((role !== "related" && role !== "navigation") || !isRelatedMarker(lines[i] as Line)) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const n = lines[j] as Line;
      if (n.role === "related") continue;
      // «بالصور.. …» reads like a caption, but under a «read also» marker it is a teaser like the rest, and so is a
      // question («ما هو غاز الكلورين وكيف يؤثر …؟»)
      const question = n.words >= 3 && n.words <= 22 && /[؟?]\s*$/u.test(n.text);
      // (a teaser read as a subheading is a teaser under the marker)
      if ((n.role !== null && n.role !== "caption" && n.role !== "heading") || !(headlineLike(n) || question)) break;
      n.role = "related";
    }
  }

  // title (and a deck) at the top: the first line that reads like a headline
  const first = lines.findIndex((l) => l.role === null || l.role === "related");
  let titleIdx = -1;
  let subtitleIdx = -1;
  if (first >= 0 && lines[first]?.role === null) {
    const l = lines[first] as Line;
    // a title may hold a comma (غزة، مقتل …)
    if (headlineLike(l, true) || (l.words <= 25 && /[؟?!]\s*$/u.test(l.text))) {
      l.role = "title";
      titleIdx = first;
    }
  }

  // runs of headline-like lines inside one paragraph (related-article teasers)
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (
      j < lines.length &&
      (lines[j] as Line).role === null &&
      headlineLike(lines[j] as Line) &&
      (j === i || (lines[j] as Line).para === (lines[j - 1] as Line).para)
    )
      j++;
    if (j - i >= 2) {
      for (let k = i; k < j; k++) (lines[k] as Line).role = "related";
    }
    i = Math.max(j, i + 1);
  }

  // a title followed directly (same paragraph) by a short deck
  if (titleIdx >= 0) {
    const t = lines[titleIdx] as Line;
    const n = lines[titleIdx + 1];
    if (n && n.para === t.para && n.role === "related") {
      n.role = "subtitle";
      subtitleIdx = titleIdx + 1;
      for (let k = titleIdx + 2; k < lines.length && (lines[k] as Line).para === t.para; k++) {
        if ((lines[k] as Line).role === "related") (lines[k] as Line).role = "related";
      }
    }
  }

  // body lines, datelines and tag runs
  const bodyIdx: number[] = [];
  for (let i = 0; i < lines.length; i++) if ((lines[i] as Line).role === null) bodyIdx.push(i);

  // subtitle: the single-sentence paragraph right after the title when the body proper is marked off after it
  if (titleIdx >= 0 && subtitleIdx < 0) {
    const ni = lines.findIndex((l, i) => i > titleIdx && (l.role === null || l.role === "related"));
    const n = lines[ni];
    // a deck is one sentence that does not continue the body (no leading و/ف conjunction); a headline-like line
    // may open with a noun that starts with و (وكالات، وزير، وفد، واشنطن)
    if (
      n &&
      n.role === null &&
      n.words <= 60 &&
      sentenceCount(n.text) <= 1 &&
      (!/^[وف]/u.test(fold(n.text)) || (n.words <= 30 && !SENTENCE_END.test(n.text) && !continuesBody(n.text, true))) &&
      !findDateline(text, n.start, n.end)
    ) {
      const ai = lines.findIndex((l, i) => i > ni && l.role !== "navigation");
      const after = lines[ai];
      const nextBody = lines.slice(ni + 1).find((l) => l.role === null);
      // a byline marks the deck off when it heads the body, not when it closes the article
      const headByline = after?.role === "byline" && lines.slice(ai + 1).some((l) => l.role === null);
      const marked =
        (after && after.role !== null && (after.role !== "byline" || headByline)) ||
        (nextBody && findDateline(text, nextBody.start, nextBody.end) !== null) ||
        !SENTENCE_END.test(n.text);
      if (marked && lines.length > ni + 1) {
        n.role = "subtitle";
        subtitleIdx = ni;
      }
    }
  }

  // headings: short lines between body lines (a question, a label), not claim text of their own paragraph
  for (const i of bodyIdx) {
    const l = lines[i] as Line;
    if (l.role !== null) continue;
    if (continuesBody(l.text)) continue;
    const question = /[؟?]\s*$/u.test(l.text) && !/[.]/u.test(l.text);
    if ((question || !SENTENCE_END.test(l.text)) && l.words <= 15 && /[؟?:]\s*$|^[^.،,]+$/u.test(l.text)) {
      const prev = lines[i - 1];
      const next = lines[i + 1];
      const sep = (!prev || prev.para !== l.para) && (!next || next.para !== l.para);
      if (sep && (l.words <= 10 || /[؟?]\s*$/u.test(l.text))) l.role = "heading";
      else if (sep) l.role = "related";
    } else if (!SENTENCE_END.test(l.text) && headlineLike(l) && l.words <= 22) {
      // a lone teaser line between body paragraphs that is no sentence
      const prev = lines[i - 1];
      const next = lines[i + 1];
      const sep = (!prev || prev.para !== l.para) && (!next || next.para !== l.para);
      if (sep && !/[،,]\s*$/u.test(l.text) && i > 1) l.role = "related";
    }
  }

  // a heading with no body after it heads nothing: a teaser at the foot of the page
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i] as Line;
    if (l.role === null) break;
    if (l.role === "heading") l.role = "related";
  }

  const blocks: Block[] = [];
  let seenBody = false;
  let bodyLines = 0;
  for (const l of lines) {
    const role: BlockRole = l.role ?? "body";
    if (role !== "body") {
      if (l.parts) blocks.push(...l.parts);
      else blocks.push({ start: l.start, end: l.end, role });
      continue;
    }
    let s = l.start;
    if (!seenBody) {
      const d = findDateline(text, l.start, l.end);
      if (d) {
        // «متابعات –»، «خاص -»، «وكالات -»: a credit in the dateline's seat, no place
        const credit = CORRESPONDENT.has(foldKey(d.place));
        blocks.push({ start: l.start, end: d.end, role: credit ? "byline" : "dateline" });
        if (!credit) dateline = d.place;
        wire ??= wireOf(d.credit);
        // a quoted outlet credited in the dateline (غزة ـ «القدس العربي»:) publishes the piece
        if (d.credit && !wireOf(d.credit) && !outlet && isOutletCredit(text.slice(l.start, d.end), d.credit))
          outlet = d.credit;
        s = d.bodyStart;
      }
    }
    // keyword tags are glued to the lead only: the first two body lines
    const tagEnd = bodyLines < 2 ? findTagRun(text, s, l.end) : null;
    bodyLines++;
    if (tagEnd !== null) {
      blocks.push({ start: s, end: tagEnd.end, role: "tags" });
      s = tagEnd.bodyStart;
    }
    if (s < l.end) blocks.push({ start: s, end: l.end, role: "body" });
    seenBody = true;
  }

  const title = titleIdx >= 0 ? (lines[titleIdx] as Line).text : null;
  const subtitle = subtitleIdx >= 0 ? (lines[subtitleIdx] as Line).text : null;
  return { blocks, title, subtitle, outlet, byline, dateline, wire };
}

function sentenceCount(s: string): number {
  let n = 0;
  for (const _ of s.matchAll(/[.!؟?…]+(?=\s|$|["”»])/gu)) n++;
  return Math.max(1, n);
}

/**
 * Keyword tags glued to the first sentence: `"قوات …"، تنظيم "داعش"، محافظة "دير الزور"، … دونالد ترامب شنّت …`.
 * At least three short comma-separated items open the paragraph; the last item runs into the sentence, and is cut
 * where its longest prefix that the rest of the article repeats ends (tags name things the article talks about).
 */
export function findTagRun(text: string, start: number, end: number): { end: number; bodyStart: number } | null {
  const head = text.slice(start, Math.min(end, start + 600));
  const parts: { s: number; e: number }[] = [];
  const re = /[^،,]+/gu;
  for (let m = re.exec(head); m; m = re.exec(head)) parts.push({ s: m.index, e: m.index + m[0].length });
  if (parts.length < 4) return null;
  let n = 0;
  while (n < parts.length - 1) {
    const p = parts[n] as { s: number; e: number };
    const seg = head.slice(p.s, p.e).trim();
    const w = wordCount(seg);
    if (w === 0 || w > 4 || /[.!؟?:]/u.test(seg) || /^[وف]/u.test(fold(seg).replace(/^["«“]/u, ""))) break;
    // tags are names: no function words or time words inside (إلى ذلك، مساء اليوم)
    if (
      foldKey(seg)
        .split(" ")
        .some((x) => TAG_STOP.has(x))
    )
      break;
    n++;
  }
  if (n < 3) return null;
  const last = parts[n] as { s: number; e: number };
  const lastText = head.slice(last.s, last.e);
  // words of the last item, with offsets
  const words: { s: number; e: number }[] = [];
  const wre = /\S+/gu;
  for (let m = wre.exec(lastText); m; m = wre.exec(lastText))
    words.push({ s: last.s + m.index, e: last.s + m.index + m[0].length });
  if (words.length < 2) return null;
  const rest = foldKey(`${text.slice(0, start + (words[0] as { s: number }).s)} ${text.slice(start + last.e)}`);
  let cut = -1;
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    const cand = foldKey(head.slice((words[0] as { s: number }).s, (words[k - 1] as { e: number }).e));
    if (cand.length >= 3 && rest.includes(cand)) {
      cut = k;
      break;
    }
  }
  if (cut < 0) {
    // the tag items seen so far are mostly 1–3 words: a one- or two-word last tag
    cut = Math.min(2, words.length - 1);
  }
  const tagEnd = start + (words[cut - 1] as { e: number }).e;
  const bodyStart = start + (words[cut] as { s: number }).s;
  return { end: tagEnd, bodyStart };
}
