// Entity mentions (people, organisations, places, outlets, platforms) and their resolution within and across
// articles: spelling variants (سوريا/سورية، الديمقراطية/الديموقراطية، باغوز/الباغوز/باغاز), known aliases
// (داعش = تنظيم الدولة الإسلامية، قسد = قوات سوريا الديمقراطية), bare heads in context (التنظيم، المرصد، القوات),
// surnames of people already named (بالي → مصطفى بالي), and a person vs a place of the same name by context.

import { nameKey } from "#arabic/index.ts";
import { derivedId } from "#ids.ts";
import type { Entity, EntityType } from "#schema/index.ts";
import type { SpeakerPhrase } from "./attribution.ts";
import {
  CHANNEL,
  FUNC,
  HONORIFICS,
  KNOWN_FIRST,
  KNOWN_NAMES,
  MAX_KNOWN_WORDS,
  OBJECT_AFTER_BODY,
  OBJECT_ON,
  ORG_HEAD,
  PLACE,
  PLACE_HEAD,
  PUBLIC,
  REPEAT_ADVERB,
  TIME,
  TITLE,
} from "./lexicon-index.ts";
import { foldKey, skeleton, type Tok } from "./text.ts";

export type EntityClass = "person" | "org" | "place" | "group";

export interface MentionCand {
  start: number;
  end: number;
  surface: string;
  cls: EntityClass;
  type: EntityType;
  /** canonical name when a lexicon knows it */
  canonical?: string;
  /** a bare head noun (التنظيم) or a surname to resolve against earlier mentions */
  anaphor?: "head" | "surname" | "ambiguous";
  head?: string;
  /** unnamed speakers are distinct per article */
  local?: boolean;
}

const isWord = (t: Tok | undefined): t is Tok => !!t && (t.kind === "word" || t.kind === "latin");
/** Adjectives that describe an organisation already named (التنظيم الإرهابي، القوات المدعومة): not part of a name. */
const DESCRIPTIVE = new Set(
  [
    "الإرهابي",
    "الإرهابية",
    "المتطرف",
    "المتطرفة",
    "المتشدد",
    "المتشددة",
    "المدعوم",
    "المدعومة",
    "المتحصن",
    "المتحصنة",
    "المسلح",
    "المسلحة",
    "المذكور",
    "المذكورة",
    // («الدفاع المدني السوري المعروف باسم الخوذ البيضاء»: what a body is known as follows its name)
    "المعروف",
    "المعروفة",
    "المعروفين",
    // (participles of publishing: «بيانات البنك المركزي المنشورة على موقعه»)
    "المنشور",
    "المنشورة",
    "الصادر",
    "الصادرة",
    "المحاصر",
    "المحاصرة",
    "نفسه",
    "نفسها",
    "الجديد",
    "الجديدة",
    "الحالي",
    "الحالية",
    "الأخير",
    "الأخيرة",
    "التي",
    "الذي",
    "الذين",
    "المعنية",
    "المعني",
  ].map((w) => foldKey(w)),
);
/** Place heads that name a place even before a bare word (قرية باغوز); weaker heads (منطقة، مخيم) need more. */
const STRONG_PLACE_HEADS = new Set([
  "قريه",
  "بلده",
  "مدينه",
  "محافظه",
  "ولايه",
  "اقليم",
  "ناحيه",
  "قضاء",
  "حي",
  "عاصمه",
]);
/** Directions that follow weak place heads without naming a place (مخيم جنوب …). */
const DIRECTIONS = new Set([
  "شمال",
  "جنوب",
  "شرق",
  "غرب",
  "شمالي",
  "جنوبي",
  "شرقي",
  "غربي",
  "وسط",
  "شمالا",
  "جنوبا",
  "شرقا",
  "غربا",
]);

/** Letters (with their marks) dropped from the start of an original word. */
/** Prepositions inside quoted words that make them words said, not a name («سي إن بي سي» has none), folded. */
const SAID_PREPOSITION = /^(?:علي|من|في|الي|عن|مع|منذ|حتي)$/u;

/** Particles and prepositions that open a quotation of words, never a quoted name (folded). */
const QUOTE_PARTICLE = /^(?:في|من|علي|الي|عن|مع|ان|انه|لا|لم|لن|ما|قد|هو|هي|هذا|هذه|كان|ليس|بعد|قبل|منذ|حتي)$/u;

/** A definite word (folded), clitics allowed: «الحكومة»، «والوزارة»، «للصحة». */
const DEFINITE = /^(?:[وف]?[بك]?ال|[وف]?لل)/u;
/** A word shaped as a verb (folded): present «تتحمل»، «سيواصل», or past «وافقت»، «انسحبوا». */
const VERB_SHAPE = /^(?:س?[يتن].{2,}|.{2,}(?:ت|وا))$/u;

/** Words that make a quotation a predicate (folded): «غير دستوري»، «متأثر جداً»، «ليست قلقة». */
const PREDICATE_WORD = /^(?:غير|جدا|ليس|ليست|لا|عار)$/u;

/**
 * A quotation that follows a body's name already made definite is words said, not more of the name: «إن الحكومة
 * «تتحمل كامل المسؤولية»»، «أن المفوضية «أوفت بالاستحقاق»»، «أن الجيش «غير دستوري»»، «المركز «عتبة حرجة»». One or
 * two quoted words that are not shaped as a verb, a feminine noun or adjective, or an accusative name the body
 * again («البعثة الأوروبية «إيريني»»، «الشركة المشغلة «إيسترن باسيفيك»»، «حركة المقاومة الإسلامية «حماس»»); a
 * quoted name follows an indefinite head freely («منظمة "فري بورما راينجرز"»).
 */
function quotesPredicate(text: string, before: Tok, toks: readonly Tok[], open: number): boolean {
  if (!DEFINITE.test(before.f)) return false;
  let close = open + 1;
  while (close < toks.length && close <= open + 3 && isWord(toks[close])) close++;
  const words = toks.slice(open + 1, close);
  const name =
    words.length >= 1 &&
    words.length <= 2 &&
    toks[close]?.kind === "quote" &&
    words.every(
      (w) =>
        !VERB_SHAPE.test(w.f) &&
        !PREDICATE_WORD.test(w.f) &&
        !/[ةه]$/u.test(w.f) &&
        // (an accusative written with tanween is said: «قوات الأمن «صفاً واحداً»»)
        !text.slice(w.start, w.end).includes("\u064B"),
    );
  return !name;
}

function dropLetters(s: string, n: number): string {
  let i = 0;
  let k = 0;
  while (i < s.length && k < n) {
    i++;
    k++;
    while (i < s.length && /[\u0610-\u061A\u064B-\u065F\u0670\u0640]/u.test(s[i] as string)) i++;
  }
  return s.slice(i);
}

/** The original word shown without the prefix its folded form `f` lost to give `matched` (وبسوريا → سوريا). */
function displayOf(orig: string, f: string, matched: string): string {
  if (matched === f) return orig;
  if (f.startsWith("لل") && matched === `ال${f.slice(2)}`) return `ا${dropLetters(orig, 1)}`;
  if (
    matched.startsWith("ال") &&
    !f.startsWith("ال") &&
    f.endsWith(matched.slice(2)) &&
    f.length === matched.length - 1
  )
    return `ا${dropLetters(orig, 1)}`;
  return dropLetters(orig, Math.max(0, f.length - matched.length));
}
const clean = (s: string) =>
  s
    .replace(/["“”«»„‟″]/gu, "")
    .replace(/\u0640/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
const PREFIX = /^(?:و|ف)?(?:ب|ل|ك)?/u;

interface WordInfo {
  forms: string[];
  known: boolean;
  head: string | undefined;
  placeHead: string | undefined;
  place: string | undefined;
  placeFirst: boolean;
  any: boolean;
}
const INFOS = new Map<string, WordInfo>();
const PLACE_FIRST = new Set([...PLACE].filter((p) => p.includes(" ")).map((p) => p.split(" ")[0] as string));
/** What a folded word may start (a known name, an organisation, a place), memoised per word. */
function infoOf(f: string): WordInfo {
  const hit = INFOS.get(f);
  if (hit) return hit;
  const forms = stripPrefix(f);
  const known = forms.some((x) => KNOWN_FIRST.has(x));
  // (a province's head, «محافظة»، «ولاية», opens an organisation's name only as a speaker; as a mention it is a place)
  const head = forms.find((x) => ORG_HEAD.has(x) && !PLACE_HEAD.has(x));
  const placeHead = forms.find((x) => PLACE_HEAD.has(x));
  const place = forms.find((x) => PLACE.has(x));
  const placeFirst = forms.some((x) => PLACE_FIRST.has(x));
  const info = {
    forms,
    known,
    head,
    placeHead,
    place,
    placeFirst,
    any: known || !!head || !!placeHead || !!place || placeFirst,
  };
  if (INFOS.size > 100_000) INFOS.clear();
  INFOS.set(f, info);
  return info;
}

const FORMS = new Map<string, string[]>();
/** The folded word and its forms without a conjunction/preposition prefix (memoised: news vocabulary repeats). */
function stripPrefix(f: string): string[] {
  const hit = FORMS.get(f);
  if (hit) return hit;
  const out = prefixForms(f);
  if (FORMS.size > 100_000) FORMS.clear();
  FORMS.set(f, out);
  return out;
}

function prefixForms(f: string): string[] {
  const out = [f];
  const m = PREFIX.exec(f);
  if (m && m[0].length > 0 && f.length - m[0].length >= 3) out.push(f.slice(m[0].length));
  if (f.startsWith("لل") && f.length > 4) out.push(`ال${f.slice(2)}`);
  if (/^[وفبل]ال/u.test(f)) out.push(f.slice(1));
  return out;
}

function known(words: string[]): { name: string; type: EntityType } | undefined {
  const k = words.join(" ");
  return KNOWN_NAMES.get(k) ?? KNOWN_NAMES.get(k.replace(/^ال/u, ""));
}

function classOf(type: EntityType): EntityClass {
  if (type === "person") return "person";
  if (type === "place") return "place";
  if (type === "group") return "group";
  return "org";
}

/** Mentions found in one article's claim-bearing tokens. */
export function findMentions(text: string, toks: readonly Tok[]): MentionCand[] {
  const out: MentionCand[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (!isWord(t)) continue;
    const info = infoOf(t.f);
    // most words name nothing: one memoised lookup skips them
    if (!info.any) continue;
    const forms = info.forms;
    // known names, longest first, with a prefix stripped from the first word
    let hit = false;
    const maybeKnown = info.known;
    for (let n = maybeKnown ? Math.min(MAX_KNOWN_WORDS, toks.length - i) : 0; n >= 1 && !hit; n--) {
      const ws: Tok[] = [];
      let j = i;
      while (ws.length < n && j < toks.length) {
        const w = toks[j] as Tok;
        if (w.kind === "word" || w.kind === "latin") ws.push(w);
        else if (w.kind !== "quote") break;
        j++;
      }
      if (ws.length !== n) continue;
      for (const first of forms) {
        const k = known([first, ...ws.slice(1).map((w) => w.f)]);
        if (k) {
          const last = ws[n - 1] as Tok;
          out.push({
            start: t.start,
            end: last.end,
            surface: clean(`${displayOf(text.slice(t.start, t.end), t.f, first)}${text.slice(t.end, last.end)}`),
            cls: classOf(k.type),
            type: k.type,
            canonical: k.name,
          });
          i = toks.indexOf(last);
          hit = true;
          break;
        }
      }
    }
    if (hit) continue;
    // organisation head + modifiers: قوات سوريا الديمقراطية، المرصد السوري لحقوق الإنسان، منظمة "…"
    const head = info.head;
    if (head) {
      let j = i + 1;
      let last = i;
      // a quoted name right after the head: منظمة "فري بورما راينجرز" (not a quotation opening with a particle:
      // «جرت داخل مقر المصرف «في أجواء يسودها الود»»)
      if (
        toks[j]?.kind === "quote" &&
        (toks[j] as Tok).q !== "close" &&
        !QUOTE_PARTICLE.test((toks[j + 1] as Tok | undefined)?.f ?? "") &&
        !quotesPredicate(text, t, toks, j)
      ) {
        let c = j + 1;
        while (c < toks.length && c < j + 8 && (toks[c] as Tok).kind !== "quote") c++;
        // («السلطة «وقفت على مسافة واحدة من جميع المترشحين»»: words said, with their prepositions, are no name)
        const said = c - j - 1 > 3 && toks.slice(j + 1, c).some((w) => isWord(w) && SAID_PREPOSITION.test(w.f));
        if (c < toks.length && (toks[c] as Tok).kind === "quote" && c > j + 1 && !said) {
          last = c - 1;
          j = c + 1;
        }
      }
      while (j < toks.length && j < i + 7 && last === j - 1) {
        const w = toks[j] as Tok;
        if (w.kind === "quote") {
          // (an opening quotation mark goes on only into a short quoted name; «ذكر الجيش السوداني "تمكنت قواتكم …"»
          // opens the words said)
          if (w.q !== "close") {
            if (quotesPredicate(text, toks[j - 1] as Tok, toks, j)) break;
            let c = j + 1;
            while (c < toks.length && c <= j + 5 && (toks[c] as Tok).kind !== "quote") c++;
            if (!(c <= j + 5 && (toks[c] as Tok | undefined)?.kind === "quote")) break;
            // (the quoted name whole: «الشركة المشغلة «إيسترن باسيفيك»»)
            if (toks.slice(j + 1, c).every(isWord)) {
              j = c + 1;
              last = c;
              continue;
            }
          }
          j++;
          last = j - 1;
          continue;
        }
        if (!isWord(w) || TIME.has(w.f) || FUNC.has(w.f) || DESCRIPTIVE.has(w.f) || REPEAT_ADVERB.test(w.f)) break;
        // («المتحدث باسم الوزارة الدكتور سيف البدر»: an honorific opens a person's name)
        if (HONORIFICS.has(w.f)) break;
        const nx = toks[j + 1];
        // («عضو هيئة الدفاع المحامي سمير ديلو»: and so does a title right before a bare name)
        if (TITLE.has(w.f) && j > i + 1 && isWord(nx) && !/^(?:ال|لل)/u.test(nx.f) && nx.kind === "word") break;
        // («وأعلنت قوات الأمن السيطرة على المطار»: a definite verbal noun taking «على» is an object, not a modifier)
        if (OBJECT_ON.test(w.f) && nx?.f === "علي") break;
        // («ونفى الجيش الرواية»، «ورفضت الحكومة الاتهامات»: what a body denies or rejects is no part of its name)
        if (OBJECT_AFTER_BODY.test(w.f)) break;
        // («وطالبت البلدية الأهالي بعدم الاقتراب»: the public after a definite name is whom it addresses; a definite
        // noun takes no genitive, while «جمعية السكان المحليين» names the residents in construct)
        if (PUBLIC.has(w.f) && DEFINITE.test((toks[j - 1] as Tok).f)) break;
        // («صدر عن المديرية العامة للأمن العام البيان الآتي»: a statement or a channel is never a body's modifier)
        if (/^ال/u.test(w.f) && CHANNEL.has(w.f.slice(2))) break;
        const ok =
          /^ال/u.test(w.f) ||
          /^لل/u.test(w.f) ||
          PLACE.has(w.f) ||
          (toks[j - 1]?.kind === "quote" && (toks[j - 1] as Tok).q !== "close") ||
          (/^ل[^ل]/u.test(w.f) && isWord(nx) && /^ال/u.test(nx.f));
        if (!ok) break;
        last = j;
        j++;
      }
      while (last > i && (toks[last] as Tok).kind === "quote") last--;
      if (last > i) {
        const e = (toks[last] as Tok).end;
        const surf = clean(`${displayOf(text.slice(t.start, t.end), t.f, head)}${text.slice(t.end, e)}`);
        const rest: string[] = [];
        for (let k = i + 1; k <= last; k++) if (isWord(toks[k])) rest.push((toks[k] as Tok).f);
        const kk = known(foldKey(surf).split(" ")) ?? known(rest);
        out.push({
          start: t.start,
          end: e,
          surface: surf,
          cls: "org",
          type: kk?.type ?? "organization",
          canonical: kk?.name,
          head: head.replace(/^ال/u, ""),
        });
        i = last;
      } else if (head.startsWith("ال")) {
        out.push({
          start: t.start,
          end: t.end,
          surface: clean(displayOf(text.slice(t.start, t.end), t.f, head)),
          cls: "org",
          type: "organization",
          anaphor: "head",
          head: head.replace(/^ال/u, ""),
        });
      }
      continue;
    }
    // places: gazetteer words (one or two), or a place head and the name after it
    const nxt = toks[i + 1];
    const p2 = info.placeFirst && isWord(nxt) ? forms.find((f) => PLACE.has(`${f} ${nxt.f}`)) : undefined;
    if (p2 && isWord(nxt)) {
      out.push({
        start: t.start,
        end: nxt.end,
        surface: clean(`${displayOf(text.slice(t.start, t.end), t.f, p2)}${text.slice(t.end, nxt.end)}`),
        cls: "place",
        type: "place",
      });
      i++;
      continue;
    }
    const ph = info.placeHead;
    if (ph) {
      let j = i + 1;
      const quoted = toks[j]?.kind === "quote";
      if (quoted) j++;
      const w = toks[j];
      const strong = STRONG_PLACE_HEADS.has(ph.replace(/^ال/u, ""));
      if (
        isWord(w) &&
        !TIME.has(w.f) &&
        !FUNC.has(w.f) &&
        !DIRECTIONS.has(w.f) &&
        (quoted || strong || /^ال/u.test(w.f) || PLACE.has(w.f))
      ) {
        let e = w.end;
        const w2 = toks[j + 1];
        if (
          isWord(w2) &&
          /^(?:دير|جبل|ابو|عين|راس|تل|بير|جسر|سيدي|بني|ام|ذات|ذي|كفر|خان|بيت|معره|قصر|مرج|وادي|سوق|باب)$/u.test(w.f)
        )
          e = w2.end;
        out.push({ start: w.start, end: e, surface: clean(text.slice(w.start, e)), cls: "place", type: "place" });
        i = j;
      }
      continue;
    }
    const pf = info.place;
    if (pf) {
      out.push({
        start: t.start,
        end: t.end,
        surface: clean(displayOf(text.slice(t.start, t.end), t.f, pf)),
        cls: "place",
        type: "place",
        anaphor: "ambiguous",
      });
    }
  }
  return out;
}

/** Bare surnames of people named elsewhere (ترامب after دونالد ترامب), as mentions to resolve. */
export function surnameMentions(text: string, toks: readonly Tok[], surnames: ReadonlySet<string>): MentionCand[] {
  const out: MentionCand[] = [];
  if (surnames.size === 0) return out;
  for (const t of toks) {
    if (t.kind !== "word") continue;
    const f = stripPrefix(t.f).find((x) => surnames.has(x));
    if (!f) continue;
    out.push({
      start: t.start,
      end: t.end,
      surface: clean(displayOf(text.slice(t.start, t.end), t.f, f)),
      cls: "person",
      type: "person",
      anaphor: "surname",
    });
  }
  return out;
}

/** A speaker phrase as a mention. */
export function speakerMention(sp: SpeakerPhrase): MentionCand {
  const k = known(foldKey(sp.name).split(" "));
  if (k)
    return { start: sp.start, end: sp.end, surface: sp.name, cls: classOf(k.type), type: k.type, canonical: k.name };
  switch (sp.kind) {
    case "person":
      return {
        start: sp.start,
        end: sp.end,
        surface: sp.name,
        cls: "person",
        type: "person",
        local: !/\s/u.test(sp.name) ? undefined : undefined,
      };
    case "organization":
      return {
        start: sp.start,
        end: sp.end,
        surface: sp.name,
        cls: "org",
        type: "organization",
        head: foldKey(sp.name).split(" ")[0]?.replace(/^ال/u, ""),
      };
    case "outlet":
    case "agency":
      return { start: sp.start, end: sp.end, surface: sp.name, cls: "org", type: sp.kind };
    case "place":
      return { start: sp.start, end: sp.end, surface: sp.name, cls: "place", type: "place" };
    case "group":
      return { start: sp.start, end: sp.end, surface: sp.name, cls: "group", type: "group", local: true };
    default:
      return { start: sp.start, end: sp.end, surface: sp.name, cls: "person", type: "person", anaphor: "surname" };
  }
}

interface Node {
  cls: EntityClass;
  key: string;
  skel: string;
  name: string;
  type: EntityType;
  surfaces: Map<string, number>;
  mentions: { articleId: string; start: number; end: number }[];
  local: string | null;
  /** last words of a person's full name, for surname matches */
  surname: string;
  head: string | null;
  /** the name comes from a lexicon of canonical names */
  canonicalFixed: boolean;
}

export interface ArticleMentions {
  articleId: string;
  mentions: MentionCand[];
}

export interface Resolved {
  entities: Entity[];
  /** "articleId:start:end" of a mention → entity id */
  /** the entity of a mention: `at(articleId, start, end)` */
  at: (articleId: string, start: number, end: number) => string | undefined;
}

const SKELS = new Map<string, string>();
/** The consonant skeleton of a surface form (memoised: the same names recur across a batch). */
function skelOf(surface: string): string {
  const hit = SKELS.get(surface);
  if (hit !== undefined) return hit;
  const k = skeleton(foldKey(surface));
  if (SKELS.size > 100_000) SKELS.clear();
  SKELS.set(surface, k);
  return k;
}

const KEYS = new Map<string, string>();
function keyOf(s: string): string {
  const hit = KEYS.get(s);
  if (hit !== undefined) return hit;
  const k = nameKey(s) || foldKey(s);
  if (KEYS.size > 100_000) KEYS.clear();
  KEYS.set(s, k);
  return k;
}

/** Generic heads of a body's name (folded) that the name is also written without: شركة، مؤسسة، منظمة … */
const GENERIC_HEADS: ReadonlySet<string> = new Set(["شركه", "مجموعه", "مؤسسه", "منظمه", "جمعيه", "حركه", "وزاره"]);

/** Resolves mentions to entities within each article, then merges across articles by class and key. */
export function resolveEntities(articles: readonly ArticleMentions[]): Resolved {
  const nodes: Node[] = [];
  const byKey = new Map<string, Node>();
  // mention → node, per article, keyed by start and length packed in one number (no string keys)
  const byArticle = new Map<string, Map<number, Node>>();
  const spanKey = (start: number, end: number) => start * 4194304 + Math.min(end - start, 4194303);
  const at = {
    set(articleId: string, start: number, end: number, n: Node) {
      let m = byArticle.get(articleId);
      if (!m) {
        m = new Map();
        byArticle.set(articleId, m);
      }
      m.set(spanKey(start, end), n);
    },
  };
  const find = (cls: EntityClass, key: string, skel: string, local: string | null) =>
    byKey.get(`${cls}|${local ?? ""}|${key}`) ?? byKey.get(`${cls}|${local ?? ""}|~${skel}`);
  const add = (m: MentionCand, articleId: string): Node => {
    const name = m.canonical ?? m.surface;
    const key = keyOf(name);
    const skel = skelOf(name);
    const local = m.local ? articleId : null;
    let n = find(m.cls, key, skel, local);
    if (!n) {
      const words = key.split(" ");
      n = {
        cls: m.cls,
        key,
        skel,
        name,
        type: m.type,
        surfaces: new Map(),
        mentions: [],
        local,
        surname: words[words.length - 1] ?? key,
        head: m.head ?? (m.cls === "org" ? (words[0] ?? null) : null),
        canonicalFixed: false,
      };
      nodes.push(n);
      byKey.set(`${m.cls}|${local ?? ""}|${key}`, n);
      byKey.set(`${m.cls}|${local ?? ""}|~${skel}`, n);
    }
    return n;
  };
  const attach = (n: Node, m: MentionCand, articleId: string) => {
    n.surfaces.set(m.surface, (n.surfaces.get(m.surface) ?? 0) + 1);
    n.mentions.push({ articleId, start: m.start, end: m.end });
    at.set(articleId, m.start, m.end, n);
    if (m.canonical) {
      n.name = m.canonical;
      n.canonicalFixed = true;
    } else if (
      n.cls === "person" &&
      m.surface.split(" ").length > n.name.split(" ").length &&
      m.surface.split(" ").length <= 4
    )
      n.name = m.surface;
  };

  for (const a of articles) {
    const ms = [...a.mentions].sort((x, y) => x.start - y.start || y.end - x.end);
    // people named in full in this article, for surnames; organisations by head, most recent last
    const people: Node[] = [];
    for (const m of ms)
      if (m.cls === "person" && !m.anaphor && m.surface.includes(" ")) people.push(add(m, a.articleId));
    const recentOrg: Node[] = [];
    const seen = new Set<string>();
    for (const m of ms) {
      const sk = `${m.start}:${m.end}`;
      if (seen.has(sk)) continue;
      seen.add(sk);
      const mk = keyOf(m.surface);
      const last = mk.split(" ").pop() ?? mk;
      if (m.anaphor === "surname" || m.anaphor === "ambiguous") {
        // (a phrase of several words is no surname: «عاملون في القطاع الصحي» is not «وزير الصحة»)
        const single = !mk.includes(" ") || m.anaphor === "ambiguous";
        const person = single
          ? // (a spelling variant only for a surname: a known place is a person only by its very letters, so
            // «تركيا» is never «فولكر تورك»)
            people.find(
              (p) => p.surname === last || (m.anaphor === "surname" && skeleton(p.surname) === skeleton(last)),
            )
          : undefined;
        if (person) {
          attach(person, { ...m, canonical: undefined }, a.articleId);
          continue;
        }
        if (m.anaphor === "surname") {
          // a lone word as a speaker: an organisation or person named once
          attach(add({ ...m, anaphor: undefined }, a.articleId), m, a.articleId);
          continue;
        }
        attach(add({ ...m, anaphor: undefined }, a.articleId), m, a.articleId);
        continue;
      }
      if (m.anaphor === "head") {
        const h = m.head ?? "";
        const ref = [...recentOrg].reverse().find((o) => o.head === h || (o.head && skeleton(o.head) === skeleton(h)));
        if (ref) attach(ref, m, a.articleId);
        continue;
      }
      if (m.cls === "org" && !m.canonical) {
        // a shortened form of an organisation named before (سوريا الديمقراطية → قوات سوريا الديمقراطية)
        const sk2 = skelOf(m.surface);
        const longer = recentOrg.find(
          (o) => o.skel !== sk2 && sk2.split(" ").length >= 2 && o.skel.endsWith(` ${sk2}`),
        );
        if (longer) {
          attach(longer, m, a.articleId);
          continue;
        }
      }
      const n = add(m, a.articleId);
      attach(n, m, a.articleId);
      if (n.cls === "org") {
        const idx = recentOrg.indexOf(n);
        if (idx >= 0) recentOrg.splice(idx, 1);
        recentOrg.push(n);
      }
    }
  }

  /** One referent found under two nodes: `target` takes `from`'s mentions and spellings; `from` is left empty. */
  const absorb = (target: Node, from: Node) => {
    for (const m of from.mentions) {
      target.mentions.push(m);
      at.set(m.articleId, m.start, m.end, target);
    }
    for (const [sf, c] of from.surfaces) target.surfaces.set(sf, (target.surfaces.get(sf) ?? 0) + c);
    from.mentions = [];
  };

  // a company or body named with and without its generic head («شركة غولد أبولو» / «غولد أبولو»): one referent when
  // unique; the bare name may have been taken for a person's, as a foreign company's name often is
  for (const n of nodes) {
    if (n.cls !== "org" || n.local || n.mentions.length === 0) continue;
    const words = n.key.split(" ");
    if (words.length < 2 || !GENERIC_HEADS.has(words[0] as string)) continue;
    const rest = words.slice(1).join(" ");
    const bare = nodes.filter(
      (o) => o !== n && !o.local && o.mentions.length > 0 && (o.cls === "org" || o.cls === "person") && o.key === rest,
    );
    if (bare.length !== 1) continue;
    absorb(n, bare[0] as Node);
  }

  // an organisation and the same with its nationality (الدفاع المدني / الدفاع المدني السوري): one referent when unique
  const orgs = nodes.filter((n) => n.cls === "org" && !n.local && n.mentions.length > 0);
  for (const n of orgs) {
    const words = n.key.split(" ");
    if (words.length < 2) continue;
    const longer = orgs.filter((o) => {
      const ow = o.key.split(" ");
      return (
        o !== n &&
        ow.length === words.length + 1 &&
        o.key.startsWith(`${n.key} `) &&
        /(?:ي|يه)$/u.test(ow[ow.length - 1] ?? "")
      );
    });
    if (longer.length !== 1) continue;
    absorb(longer[0] as Node, n);
  }

  // a person named by surname only in one article and in full in another: one referent when the surname is unique
  const full = new Map<string, Node[]>();
  for (const n of nodes)
    if (n.cls === "person" && !n.local && n.key.includes(" ")) full.set(n.surname, [...(full.get(n.surname) ?? []), n]);
  for (const n of nodes) {
    if (n.cls !== "person" || n.local || n.key.includes(" ") || n.mentions.length === 0) continue;
    const cands = full.get(n.key);
    if (cands?.length !== 1) continue;
    absorb(cands[0] as Node, n);
  }

  const ids = new Map<Node, string>();
  const entities: Entity[] = [];
  for (const n of nodes) {
    if (n.mentions.length === 0) continue;
    const id = derivedId("e", n.cls, n.local ?? "", n.key);
    ids.set(n, id);
    // a known name none of the articles writes («وزارة الدفاع الأمريكية» where they write «الأميركية» or only
    // «البنتاغون») gives way to the articles' own spelling: a reader looks for the name as printed
    const written = !n.canonicalFixed || [...n.surfaces.keys()].some((sf) => foldKey(sf) === foldKey(n.name));
    if (n.cls !== "person" && (!n.canonicalFixed || !written)) {
      // the spelling used most often names the entity (الباغوز over باغاز)
      let best = n.name;
      let bestN = -1;
      for (const [sf, c] of n.surfaces) if (c > bestN) [best, bestN] = [sf, c];
      // a bare head used for short (البرنامج، المنظمة) does not name the entity when its full name is known
      const head = foldKey(best).replace(/^ال/u, "");
      if (!head.includes(" ")) {
        let full: string | null = null;
        let fullN = -1;
        for (const [sf, c] of n.surfaces) {
          const ws = foldKey(sf).split(" ");
          if (ws.length >= 2 && (ws[0] as string).replace(/^ال/u, "") === head && c > fullN) [full, fullN] = [sf, c];
        }
        if (full) best = full;
      }
      n.name = best;
    }
    const aliases = [...n.surfaces.keys()].filter((s) => s !== n.name);
    entities.push({ id, name: n.name, key: n.key, type: n.type, aliases, mentions: n.mentions });
  }
  const lookup = (articleId: string, start: number, end: number): string | undefined => {
    const n = byArticle.get(articleId)?.get(spanKey(start, end));
    return n ? ids.get(n) : undefined;
  };
  return { entities, at: lookup };
}

/** For tests: the entity a surface form resolves to. */
export function entityNamed(entities: readonly Entity[], surface: string): Entity | undefined {
  const k = foldKey(surface);
  return entities.find((e) => foldKey(e.name) === k || e.aliases.some((a) => foldKey(a) === k));
}
