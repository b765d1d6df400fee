// Scoring a pair of claims from different articles: do they report the same proposition, and how do their
// figures relate? Each signal is kept separately so a cluster can explain itself.

import { type ClaimFeatures, cosine, type FigureFacet, gramDice, sortedJaccard } from "./features.ts";
import { compareIntervals, type FigureRelation, magnitudeRatio } from "./intervals.ts";
import { PREDICATE_SUBJECT } from "./lexicon.ts";
import { fold, jaccard } from "./text.ts";

/**
 * Weights of the pair score. Set by hand from what each signal means (text similarity carries most of it; a
 * matching figure for the same counted thing is strong evidence; speaker, entities, quotes, time and year labels
 * nudge), then checked on the labelled pairs in fixtures/pairs.ts (paraphrases, contradictions, compatible
 * figures, unrelated claims about the same story): pairs.test.ts prints every pair's signals and a threshold sweep.
 */
export const WEIGHTS = {
  /** TF-IDF cosine over stems: the main lexical signal */
  stem: 0.65,
  /** Dice over character 4-grams: catches spelling variants and derived forms the stemmer misses */
  gram: 0.25,
  /** same speaker (entity, or same normalised name) */
  speaker: 0.08,
  /** IDF-weighted share of entities */
  entities: 0.1,
  /** overlap of quoted words */
  quote: 0.12,
  /** same event time / different event time */
  sameTime: 0.05,
  differentTime: -0.05,
  /** same year or date label in both (e.g. «عام 2014») */
  label: 0.08,
  /** figures for the same measured thing */
  figureSame: 0.3,
  figureCompatible: 0.2,
  figureConflict: 0.3,
  /** same measured thing, but figures an order of magnitude apart: more likely different things */
  figureFarApart: -0.1,
} as const;

/**
 * A pair at or above this score reports the same proposition. Tuned on the labelled pairs (pairs.test.ts sweep,
 * with singleton stems weighed down by HAPAX_WEIGHT: 0.15 → P 0.92 R 1.00; 0.20 → P 0.97 R 0.97; 0.25 → P 0.97
 * R 0.94; 0.30 → P 1.00 R 0.88): 0.25 links one unrelated pair (S11) and keeps recall above 0.9. Our pairs hold few unrelated claims compared with a real story, where
 * most pairs are unrelated, so precision is favoured; cross-checked on the seeds, where lower thresholds link
 * claims that only one outlet carries. The stem/n-gram split (0.65/0.25) was chosen the same way from a grid of
 * five splits: equal on the labelled pairs, fewest single-source claims wrongly linked on the seeds.
 */
export const LINK_THRESHOLD = 0.25;

/**
 * Text similarity two measured figures need when they name the same thing just before them (a sum «للخسائر» and
 * «حجم الخسائر»): half the link threshold, since the shared head noun says what plain similarity would.
 */
export const HEAD_TEXTUAL = 0.12;

/**
 * Two times of day further apart than this many hours time two events, not one event timed twice: disputed times
 * of one event differ by an hour or so («قرابة الرابعة والربع» vs «الخامسة والربع»), while a story's timeline runs
 * over the whole day (a drone taking off at 23:30, a delegation leaving at 5:30).
 */
export const CLOCK_MAX_GAP_HOURS = 2;

/** Hours between two times of day, around the clock (23:30 and 00:45 are 1.25 hours apart). */
function clockGap(a: number, b: number): number {
  const d = Math.abs(a - b) % 24;
  return Math.min(d, 24 - d);
}

/**
 * Two figures for the same thing further apart than this ratio are not treated as one disputed figure but as
 * different scopes. Disputes in the labelled pairs reach 3.75× («نحو 800» vs «قرابة ثلاثة آلاف» fighters); figures
 * for a wider scope run 15× and more (the seeds' 14–18 ألفا fighters in Iraq and Syria vs ألف in the pocket).
 */
export const MAX_FIGURE_RATIO = 5;

/**
 * Two disjoint figures further apart than this ratio are read as different scopes, not one disputed figure. Lower
 * than MAX_FIGURE_RATIO, which bounds compatible figures («أقل من 5 كم²» vs «1 كم²»). Disputed tolls run up to about
 * 3× (11300 vs 3958 dead in Derna); unrelated counts of one class run further (441 ألف طفل طُعّموا vs 200 ألف طفل
 * مستهدفين). Swept on the fourteen held-out stories (2.5 / 3 / 3.5 / 5): at 3.5 every dispute found at 5 is still
 * found, false conflicts 0.93 → 0.79 per story, mean link F1 0.482 → 0.489.
 */
export const CONFLICT_RATIO = 3.5;

/**
 * Stem cosine above which a denial of the other claim's proposition counts as a contradiction. The labelled
 * denials sit at 0.25–0.76 (a denial restates fewer of the words than a paraphrase); unrelated pairs below 0.2.
 */
export const DENIAL_SIMILARITY = 0.2;
/**
 * A denial links to a claim that states this share (TF-IDF weight) of what it denies, in at least DENIED_SHARED
 * stems, whatever the rest of the two sentences says.
 */
export const DENIED_COVERAGE = 0.5;
export const DENIED_SHARED = 3;
/**
 * Stem cosine above which a plain negation (لم، لا) of otherwise the same sentence counts as a contradiction. Set
 * high on purpose: news prose is full of negations that contradict nothing («ولم يذكر …», «لم يبد أي نية …»).
 */
export const NEGATION_SIMILARITY = 0.6;

/**
 * Shingle Jaccard / n-gram Dice above which two sentences are near-identical wording (a shared wire copy): a copy
 * with a few words added or trimmed keeps half its word triples; independent paraphrases keep almost none.
 */
export const WORDING_SHINGLES = 0.5;
export const WORDING_GRAMS = 0.85;

export interface FigureComparison {
  a: FigureFacet;
  b: FigureFacet;
  relation: FigureRelation;
  ratio: number;
  /** too far apart to be one figure disputed (by ratio, or for times of day by hours): likely different things */
  farApart: boolean;
  /** why the figures are stated over different time spans or scopes, in words a user can check; null when not */
  scopeReason: string | null;
}

export interface PairScore {
  score: number;
  stem: number;
  gram: number;
  speaker: boolean;
  entities: number;
  quote: number;
  time: -1 | 0 | 1;
  labels: number;
  wording: boolean;
  figures: FigureComparison[];
  /** what the figures added to the score (after the discounts for generic, vague, crowded and timed figures) */
  figureBonus: number;
  /** the strongest figure relation among comparable figures, after scope labelling */
  figureRelation: "same" | "compatible" | "conflict" | "scope" | null;
  /** a denial/negation of the other claim's proposition: the cue as written */
  negation: string | null;
}

/**
 * Two figures are stated over different periods or places when both state one and the statements share no
 * word or concept («منذ مطلع الشهر» vs «خلال الساعات الأخيرة»). One side stating a period and the other none
 * is not evidence of a difference.
 */
export function scopesDiffer(a: FigureFacet, b: FigureFacet): boolean {
  // «في الوسطى» and «في مدينة غزة والشمال» count different places
  if (a.regions.size && b.regions.size && ![...a.regions].some((r) => b.regions.has(r))) return true;
  // «350 باكستانيا كانوا على متنه» and «750 شخصا كانوا على متنه»: one country's nationals are part of everyone
  if (a.nationals !== b.nationals) return true;
  // «في تركيا» and «في سوريا»: one quake's toll in two countries
  if (a.country && b.country && a.country !== b.country) return true;
  // («31 مصاباً» among «الحجاج المصريين» and «85 جريحاً» among «الحجاج الإيرانيين»: two countries' people)
  if (a.nationality && b.nationality && a.nationality !== b.nationality) return true;
  // «على مستوى الحضر» and «لإجمالي الجمهورية», «في السوق الموازية» and «في البنوك»: two segments of one whole
  if (a.segment && b.segment && a.segment !== b.segment) return true;
  // «سعر السولار 13.50 جنيه» and «بنزين 92: 15.25 جنيه»: the prices of two items (and a price named for an item is
  // not disputed by a sum that names none: «يكلف الدولة 20 جنيهاً»، «نحو 48.6 جنيه للدولار»)
  if ((a.item || b.item) && a.item !== b.item) return true;
  // «في المرحلة الأولى» and «خلال مراحلها الثلاث» (or «الجولة الثانية») count different stages
  for (const [kind, stage] of a.phases) {
    const other = b.phases.get(kind);
    if (other !== undefined && other !== stage) return true;
  }
  if (!a.scope || !b.scope) return false;
  if (a.scope === b.scope) return false;
  // «خلال اليوم الأول» and «في اليومين الأولين» share their words, not their length
  if (a.span && b.span && a.span !== b.span && a.span.split(":")[0] === b.span.split(":")[0]) return true;
  for (const s of a.scopeStems) if (b.scopeStems.has(s)) return false;
  return true;
}

/**
 * A part against the whole: «إقليم الحوز وحده سجل 1452 وفاة» vs a national 2946, «دفن منهم 2944» vs 2946. A claim
 * that names the same place itself («11300 قتيل في درنة وحدها» vs another toll for Derna) states the same scope.
 */
export function partOfWhole(f: FigureFacet, other: ClaimFeatures): boolean {
  if (f.part === null) return false;
  if (other.figures.some((g) => g.part !== null)) return false;
  return f.partOf === null || !fold(other.claim.text).includes(f.partOf);
}

/**
 * The counted class of a facet: generic people, or a noun of no known class, with a predicate are the class it
 * makes («45 شخصا قتلوا» ~ «28 قتيلا»، «وفاة 35 من حجاجها» ~ «49 وفاة»).
 */
export function impliedClass(f: FigureFacet): string | null {
  return (
    ((f.generic || (!f.subjectClass && f.subjectStem)) && f.predicate ? PREDICATE_SUBJECT[f.predicate] : undefined) ??
    f.subjectClass
  );
}

/** A figure dated to a year the other claim never names («عام 2009» vs this week's toll) is another event's. */
function otherEra(f: FigureFacet, other: ClaimFeatures): boolean {
  return f.era !== null && !other.labels.has(`year:${f.era}`) && !other.relativeYears.has(f.era);
}

/** The key of what a facet measures: counted class or noun, predicate, unit. */
export function measureKey(f: FigureFacet): string {
  return `${impliedClass(f) ?? f.subjectStem ?? ""}|${f.predicate ?? ""}|${f.interval.unit}`;
}

/** Whether two facets measure the same thing (same unit dimension, counted noun and predicate). */
export function sameMeasure(a: FigureFacet, b: FigureFacet, textual: number): boolean {
  if (a.interval.dimension !== b.interval.dimension || a.interval.unit !== b.interval.unit) return false;
  // revenue and a loss, the price and the proceeds: sums or shares of different things
  if (a.measured && b.measured && a.measured !== b.measured) return false;
  if (a.predicate && b.predicate && a.predicate !== b.predicate) return false;
  // monthly inflation and annual inflation are different rates
  if (a.periodicity && b.periodicity && a.periodicity !== b.periodicity) return false;
  // generic people («300 ألف شخص») are only the same people when the same thing happened to them: «فرّ 300 ألف
  // شخص» and «يوزع الغذاء على 800 ألف شخص» count different crowds
  if ((a.generic && !a.predicate) || (b.generic && !b.predicate)) return false;
  const ca = impliedClass(a);
  const cb = impliedClass(b);
  if (ca && cb) return ca === cb;
  if (a.subjectClass || b.subjectClass) {
    // one side names a known class, the other an unknown noun: only the same noun stem matches
    return a.subjectStem !== null && a.subjectStem === b.subjectStem;
  }
  if (a.subjectStem && b.subjectStem) return a.subjectStem === b.subjectStem;
  // no counted noun on either side (areas, shares, sums, volumes): rely on the sentences being about the same
  // thing, or on the figure being of the same thing by name («كلفة الأضرار» ~ «تقديره للخسائر»)
  if (a.interval.dimension === "count") return false;
  if (textual >= 0.25) return true;
  if (textual < HEAD_TEXTUAL) return false;
  return sharesHead(a, b);
}

/** The words just before two figures share a head (what they measure, or the event they time). */
function sharesHead(a: FigureFacet, b: FigureFacet): boolean {
  for (const h of a.heads) if (b.heads.has(h)) return true;
  return false;
}

/**
 * Two counts of one noun of no known class, the same word on both sides («مهاجر»، «حاوية»): unlike generic persons
 * or a figure with no counted noun, the noun says what is counted.
 */
function sameNamedCount(a: FigureFacet, b: FigureFacet): boolean {
  return (
    a.interval.dimension === "count" &&
    !a.generic &&
    !b.generic &&
    a.subjectClass === null &&
    a.subjectStem !== null &&
    a.subjectStem === b.subjectStem
  );
}

/** A figure stated only as an upper bound (no value, no floor). */
function ceilingOnly(f: FigureFacet): boolean {
  const q = f.quantity;
  return q.value == null && q.min == null && q.max != null;
}

/** Both claims name who gives or cuts (their speakers), and they are not the same. */
function otherGiver(a: ClaimFeatures, b: ClaimFeatures): boolean {
  return a.speakerKey !== null && b.speakerKey !== null && !speakersMatch(a, b);
}

function speakersMatch(a: ClaimFeatures, b: ClaimFeatures): boolean {
  if (!a.speakerKey || !b.speakerKey) return false;
  if (a.speakerKey === b.speakerKey) return true;
  // a surname alone («بالي») is the same speaker as the full name («مصطفى بالي») when no entity says otherwise
  const x = a.speakerWords;
  const y = b.speakerWords;
  if (x.length === 0 || y.length === 0) return false;
  const [small, big] = x.length <= y.length ? [x, y] : [y, x];
  return small.every((w) => big.includes(w));
}

/**
 * A measure many claims of a story give figures for (children vaccinated in a polio campaign, each phase and each
 * district its own count) links weakly by compatible figures alone, as a common word does by itself: up to
 * CROWD_SHARE of the story's claims a compatible figure keeps its full weight, beyond that it falls with the
 * measure's share, down to CROWD_FLOOR. Same figures and clashing figures keep theirs (a dispute is what isnad
 * exists to find). Swept on the sixteen held-out stories (share 0.03 / 0.04 / 0.05 / 0.07, floor 0.2 / 0.3 / 0.5):
 * 0.05 and 0.3 lift link F1 0.535 → 0.549 and disputes found 44 → 45 of 78 with false conflicts unchanged (6);
 * scaling clashing figures as well lost disputes and split giant clusters into several false conflicts.
 */
export const CROWD_SHARE = 0.05;
export const CROWD_FLOOR = 0.3;

/** Weight of a compatible figure of this measure in this story (1 when few claims give one). */
function crowding(ctx: ScoreContext, measure: string): number {
  const df = ctx.measureDf?.get(measure) ?? 0;
  if (df === 0) return 1;
  return Math.max(CROWD_FLOOR, Math.min(1, (CROWD_SHARE * ctx.claimCount) / df));
}

/**
 * Share of a story's claims above which a word in quotation marks is the story's own term («البيجر» in a story of
 * exploding pagers), not a quotation two outlets share (and never fewer than three claims). At 0.05 on the twenty
 * stories: false conflicts 0.45 → 0.40 per story, link F1 unchanged (0.522); at 0.1 nothing changes. Rare quoted
 * names («أكينجي») keep linking.
 */
export const QUOTE_TERM_SHARE = 0.05;

/** Jaccard of two claims' quoted stems, leaving out the terms the whole story puts in quotation marks. */
function quoteOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>, ctx: ScoreContext): number {
  const df = ctx.quoteDf;
  if (!df) return jaccard(a, b);
  const limit = Math.max(3, QUOTE_TERM_SHARE * ctx.claimCount);
  let inter = 0;
  let union = 0;
  for (const x of a) {
    if ((df.get(x) ?? 0) > limit) continue;
    union++;
    if (b.has(x)) inter++;
  }
  for (const x of b) if (!a.has(x) && (df.get(x) ?? 0) <= limit) union++;
  return union ? inter / union : 0;
}

/** The scoring context of a story: how many claims name each entity, give a figure of each measure, quote each word. */
export function storyContext(features: readonly ClaimFeatures[]): ScoreContext {
  const entityDf = new Map<string, number>();
  const measureDf = new Map<string, number>();
  const quoteDf = new Map<string, number>();
  for (const f of features) {
    for (const e of f.entities) entityDf.set(e, (entityDf.get(e) ?? 0) + 1);
    for (const k of new Set(f.figures.map(measureKey))) measureDf.set(k, (measureDf.get(k) ?? 0) + 1);
    for (const q of f.quoteStems) quoteDf.set(q, (quoteDf.get(q) ?? 0) + 1);
  }
  return { entityDf, measureDf, quoteDf, claimCount: features.length, storyYear: storyYearOf(features) };
}

/** The year a claim's event time names, if it names one. */
function yearOf(timeKey: string | null): number | null {
  const m = timeKey ? /^(\d{4})(?:-|$)/u.exec(timeKey) : null;
  return m ? Number(m[1]) : null;
}

/**
 * The latest year that claims of two articles or more give as their event time: the year the story happens in, as
 * far as its articles say (null when no year is shared).
 */
function storyYearOf(features: readonly ClaimFeatures[]): number | null {
  const articlesOf = new Map<number, Set<string>>();
  for (const f of features) {
    const y = yearOf(f.timeKey);
    if (y === null) continue;
    const set = articlesOf.get(y) ?? new Set<string>();
    set.add(f.claim.articleId);
    articlesOf.set(y, set);
  }
  let latest: number | null = null;
  for (const [y, arts] of articlesOf) if (arts.size >= 2 && (latest === null || y > latest)) latest = y;
  return latest;
}

/** Context needed to weight entities and measures by rarity. */
export interface ScoreContext {
  entityDf: ReadonlyMap<string, number>;
  claimCount: number;
  /** claims of the story holding a figure of each measure (measureKey) */
  measureDf?: ReadonlyMap<string, number>;
  /** claims of the story quoting each stem */
  quoteDf?: ReadonlyMap<string, number>;
  /** IDF of each entity, filled on first use */
  entityIdf?: Map<string, number>;
  /** the latest year claims of two articles or more happen in (storyYearOf) */
  storyYear?: number | null;
}

function entityOverlap(a: ClaimFeatures, b: ClaimFeatures, ctx: ScoreContext): number {
  if (a.entities.size === 0 || b.entities.size === 0) return 0;
  ctx.entityIdf ??= new Map();
  const memo = ctx.entityIdf;
  const idf = (e: string) => {
    let x = memo.get(e);
    if (x === undefined) {
      x = Math.log(1 + ctx.claimCount / (ctx.entityDf.get(e) ?? 1));
      memo.set(e, x);
    }
    return x;
  };
  let shared = 0;
  let union = 0;
  const seen = new Set<string>();
  for (const e of a.entities) {
    seen.add(e);
    union += idf(e);
    if (b.entities.has(e)) shared += idf(e);
  }
  for (const e of b.entities) if (!seen.has(e)) union += idf(e);
  return union > 0 ? shared / union : 0;
}

/** Why two figures of one measure are not one figure stated twice, or null when nothing says they differ. */
function scopeReasonOf(
  fa: FigureFacet,
  fb: FigureFacet,
  a: ClaimFeatures,
  b: ClaimFeatures,
  time: -1 | 0 | 1,
): string | null {
  if (scopesDiffer(fa, fb)) return "they are stated over different periods, places, groups or stages";
  // «28 وفاة بالكوليرا» and «212 قتيلاً جراء السيول»
  if (fa.cause && fb.cause && fa.cause !== fb.cause)
    return `they count what different causes did (${fa.cause} / ${fb.cause})`;
  if (time === -1) return "the claims report different event times";
  if (partOfWhole(fa, b) || partOfWhole(fb, a)) return "one counts part of what the other counts";
  if (fa.sum !== fb.sum) return "one adds up several sources, the other gives one of them";
  if (otherEra(fa, b) || otherEra(fb, a)) return "one is dated to a year the other claim never names";
  if (fa.backThen !== fb.backThen) return "one is set back at an earlier time («آنذاك»)";
  if (fa.aim !== fb.aim) return "one is an aim, a need or a capacity and the other a count";
  if (fa.fresh !== fb.fresh) return "one counts only what is new since the last report, the other a total";
  if (fa.own && fb.own && otherGiver(a, b))
    return `each is what its own speaker gives or cuts (${a.speakerName || "?"} / ${b.speakerName || "?"})`;
  return null;
}

/** Verbs of voicing one's own stance (concern, condemnation, welcome, praise). */
const STANCE_VERBS: ReadonlySet<string> = new Set(["أعرب", "عبر", "أدان", "ندد", "رحب", "استنكر", "شجب", "أشاد"]);
/**
 * How much of the stem similarity two stances by different speakers keep. Swept at 0.5 and 0: either lifts link
 * precision a little everywhere (studied 0.461 → 0.462, this round's new stories 0.374 → 0.380, sealed 0.345 →
 * 0.346) with no recall lost at 0.5; 0 loses a little recall.
 */
const STANCE_APART_FACTOR = 0.5;

/** Reporting verbs of affirming, explaining, stressing or rejecting (not announcing): a speaker's own gloss. */
const AFFIRMING: ReadonlySet<string> = new Set(["أكد", "أوضح", "شدد", "رفض", "جدد", "كرر"]);

/**
 * A denial that goes on to affirm what the other claim reports («نفى الأقارب أنباء وفاتهما، مؤكدين أنهما نجوا» ~
 * «العروسان نجوا»): the other claim covers half the affirmed part or more, and more of it than of the denied part.
 */
function affirmsSame(denier: ClaimFeatures, asserter: ClaimFeatures): boolean {
  if (denier.affirmed.size === 0) return false;
  let withAffirmed = 0;
  let withDenied = 0;
  for (const s of new Set(asserter.stems)) {
    if (denier.affirmed.has(s)) withAffirmed++;
    if (denier.denied.has(s)) withDenied++;
  }
  // shares of each part the other claim covers: «أنهما نجوا» is all in «العروسان نجوا», the denied rumour barely
  return (
    withAffirmed / denier.affirmed.size >= 0.5 &&
    withAffirmed / denier.affirmed.size > withDenied / Math.max(1, denier.denied.size)
  );
}

/**
 * Share of what a denial denies (its TF-IDF weight) that the other claim states, and how many of those stems it
 * states: «نفى الشبول ما تردد عن حدوث تسرب ثانٍ من الصهريج نفسه، مؤكداً …» against «أفادت القناة بوقوع تسرب ثانٍ
 * من الصهريج ذاته استدعى إخلاء المنطقة» — the denied report is all there, however little the rest shares.
 */
export function deniedCoverage(denier: ClaimFeatures, asserter: ClaimFeatures): { share: number; shared: number } {
  const ids = denier.deniedObjectIds;
  if (ids.length === 0) return { share: 0, shared: 0 };
  let total = 0;
  let covered = 0;
  let shared = 0;
  for (const id of ids) {
    const w = weightOf(denier, id);
    total += w;
    if (weightOf(asserter, id) > 0) {
      covered += w;
      shared++;
    }
  }
  return { share: total > 0 ? covered / total : 0, shared };
}

/** A claim's unit TF-IDF weight of a stem id (0 when it has none). */
function weightOf(f: ClaimFeatures, id: number): number {
  let lo = 0;
  let hi = f.stemIds.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = f.stemIds[mid] as number;
    if (x === id) return f.stemWeights[mid] as number;
    if (x < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/**
 * Two event times: the same (1), one within the other («1962» and «1962-11-11», a month and a day of it: neither the
 * same nor different, 0), or different (-1).
 */
export function timesAgree(a: string, b: string): -1 | 0 | 1 {
  if (a === b) return 1;
  // («يوم 14 أكتوبر» in an undated article, «date:--10-14», is the day another article dates 2025-10-14)
  if (a.startsWith("date:") || b.startsWith("date:")) {
    const dayOf = (k: string) => /^date:--(\d\d-\d\d)$/u.exec(k)?.[1] ?? /^\d{4}-(\d\d-\d\d)$/u.exec(k)?.[1];
    const da = dayOf(a);
    if (da !== undefined && da === dayOf(b)) return 1;
  }
  return a.startsWith(`${b}-`) || b.startsWith(`${a}-`) ? 0 : -1;
}

/** Whether a claim is dated to a year before the one its story happens in. */
function earlierYear(f: ClaimFeatures, ctx: ScoreContext): boolean {
  const y = yearOf(f.timeKey);
  return y !== null && ctx.storyYear != null && y < ctx.storyYear;
}

/** Score a pair of claims (from different articles). */
export function scorePair(a: ClaimFeatures, b: ClaimFeatures, ctx: ScoreContext): PairScore {
  const stem = cosine(a, b);
  const gram = gramDice(a.grams, b.grams);
  const textual = Math.max(stem, gram);
  const speaker = speakersMatch(a, b);
  const entities = entityOverlap(a, b, ctx);
  const quote = a.quoteStems.size && b.quoteStems.size ? quoteOverlap(a.quoteStems, b.quoteStems, ctx) : 0;
  // («وخلال الطرح الأولي في 2019، الذي بلغت قيمته 29.4 مليار دولار» against an undated claim of a story told in
  // 2024: a claim dated to a year before the story's happened at another time)
  const time: -1 | 0 | 1 =
    a.timeKey && b.timeKey ? timesAgree(a.timeKey, b.timeKey) : earlierYear(a, ctx) || earlierYear(b, ctx) ? -1 : 0;
  let labels = 0;
  for (const x of a.labels) if (b.labels.has(x)) labels++;
  // shared 3-word runs need shared letters first: skip the set comparison for pairs that share few n-grams
  const wording = gram >= WORDING_GRAMS || (gram >= 0.5 && sortedJaccard(a.shingles, b.shingles) >= WORDING_SHINGLES);

  const figures: FigureComparison[] = [];
  let figureBonus = 0;
  for (const fa of a.figures) {
    for (const fb of b.figures) {
      if (!sameMeasure(fa, fb, textual)) continue;
      let relation = compareIntervals(fa.interval, fb.interval);
      if (relation === "incomparable") continue;
      // («القتلى الثلاثة مدنيون» vs «القتلى الثلاثة جنود»: one count, and two accounts of who they were)
      if (fa.identity && fb.identity && fa.identity !== fb.identity && relation === "same") relation = "conflict";
      const ratio = magnitudeRatio(fa.interval, fb.interval);
      const farApart =
        fa.interval.dimension === "clock"
          ? clockGap(fa.interval.point, fb.interval.point) > CLOCK_MAX_GAP_HOURS
          : ratio > CONFLICT_RATIO;
      figures.push({ a: fa, b: fb, relation, ratio, farApart, scopeReason: scopeReasonOf(fa, fb, a, b, time) });
    }
  }
  // the best-supported reading of each measure: a matching figure beats a clash of the same measure elsewhere in
  // the sentences, but a match on the survivors does not hide a clash on the dead
  const rank = { same: 4, compatible: 3, conflict: 2, scope: 1 } as const;
  const measures = new Map<string, { rel: NonNullable<PairScore["figureRelation"]>; bonus: number }>();
  for (const f of figures) {
    let rel: NonNullable<PairScore["figureRelation"]>;
    let bonus: number;
    if (f.farApart && f.relation !== "same" && f.relation !== "compatible") {
      rel = "scope";
      bonus = WEIGHTS.figureFarApart;
    } else if (f.scopeReason !== null && f.relation === "conflict") {
      rel = "scope";
      bonus = 0;
    } else if (f.relation === "same") {
      rel = "same";
      bonus = WEIGHTS.figureSame;
    } else if (f.relation === "compatible") {
      rel = f.ratio > MAX_FIGURE_RATIO ? "scope" : "compatible";
      bonus = f.ratio > MAX_FIGURE_RATIO ? 0 : WEIGHTS.figureCompatible;
    } else {
      rel = "conflict";
      bonus = WEIGHTS.figureConflict;
    }
    // generic counted nouns (persons), figures with no counted noun and vague figures («آلاف») support a link
    // only weakly; one count of one named noun («أكثر من خمسة آلاف مهاجر» / «أكثر من 5 آلاف مهاجر») says more
    if (
      bonus > 0 &&
      (f.a.generic ? !(f.a.predicate && PREDICATE_SUBJECT[f.a.predicate]) : !f.a.subjectClass) &&
      !(rel === "same" && sameNamedCount(f.a, f.b)) &&
      textual < 0.25
    )
      bonus /= 3;
    if (bonus > 0 && (f.a.quantity.vague || f.b.quantity.vague) && rel !== "conflict") bonus /= 2;
    // one time of day («منتصف الليل») can time several events: agreeing on it links weakly unless the words before
    // it name the same event
    if (bonus > 0 && rel !== "conflict" && f.a.interval.dimension === "clock" && !sharesHead(f.a, f.b)) bonus /= 3;
    // two ceilings («أقل من 4 آلاف»، «قد يصل إلى 20 ألفا») always overlap: agreeing says little
    if (rel === "compatible" && ceilingOnly(f.a) && ceilingOnly(f.b)) bonus /= 3;
    const measure = measureKey(f.a);
    // a measure most claims of the story give figures for links weakly by agreeing alone
    if (rel === "compatible") bonus *= crowding(ctx, measure);
    const held = measures.get(measure);
    if (!held || rank[rel] > rank[held.rel]) measures.set(measure, { rel, bonus });
  }
  // the link is as strong as its best-supported measure; a measure that clashes makes the pair a dispute
  let strongest: PairScore["figureRelation"] = null;
  for (const m of measures.values()) {
    if (strongest === null || rank[m.rel] > rank[strongest]) {
      strongest = m.rel;
      figureBonus = m.bonus;
    }
  }
  const best: PairScore["figureRelation"] = [...measures.values()].some((m) => m.rel === "conflict")
    ? "conflict"
    : strongest;

  // («أعربت نكويتا عن قلقها العميق إزاء الهجمات» and «أعرب غوتيريش عن قلقه العميق إزاء الهجمات»: two speakers'
  // own stances are two propositions, however alike their words)
  const stanceApart =
    STANCE_VERBS.has(a.claim.verb ?? "") &&
    STANCE_VERBS.has(b.claim.verb ?? "") &&
    a.speakerKey !== null &&
    b.speakerKey !== null &&
    !speaker;
  let score =
    (stanceApart ? STANCE_APART_FACTOR : 1) * WEIGHTS.stem * stem +
    WEIGHTS.gram * gram +
    (speaker ? WEIGHTS.speaker : 0) +
    WEIGHTS.entities * entities +
    WEIGHTS.quote * quote +
    (time === 1 ? WEIGHTS.sameTime : time === -1 ? WEIGHTS.differentTime : 0) +
    (labels > 0 ? WEIGHTS.label : 0) +
    figureBonus;
  // a denial of what the other claim reports: by wording (the denial restates the proposition), or because the
  // pair is linked anyway (same speaker, entities, event) — a linked denial is never a corroboration
  // (a plain «لا» in one speaker's own words elsewhere contradicts nothing: «تقاس بالدورتين لا بالدور الأول»; an
  // outlet reporting a denial by the speaker another outlet quotes asserting it is a contradiction all the same)
  let negation: string | null = null;
  // (a denial agrees with a claim that itself says no: «نفى أن يكون المال السياسي لعب دورا» ~ «غياب المال السياسي»;
  // and one speaker at one moment, once asserting and once denying, has said one thing two ways; so has one speaker
  // that affirms, stresses or rejects where it elsewhere denies, with no times set apart — «"أسبيدس" تنفي رصد أي
  // بقعة» and «أكدت "أسبيدس" عدم رصد أي تسرب» — while a body's announcement and its own denial stay a dispute:
  // «أعلنت الشرطة توقيف السائق» against «نفت الشرطة القبض على السائق»)
  const asserter = a.denial === null ? a : b;
  const denier = asserter === a ? b : a;
  const oneDenies =
    (a.denial === null) !== (b.denial === null) &&
    !affirmsSame(denier, asserter) &&
    !asserter.negated &&
    !(speaker && (time === 1 || (time === 0 && AFFIRMING.has(asserter.claim.verb ?? ""))));
  // (the other claim states most of what is denied: the two are one dispute however much else each says)
  const covered =
    oneDenies && score < LINK_THRESHOLD && !asserter.negatedByNoun ? deniedCoverage(denier, asserter) : null;
  const restates = covered !== null && covered.share >= DENIED_COVERAGE && covered.shared >= DENIED_SHARED;
  if (restates) score = LINK_THRESHOLD;
  if (oneDenies && (stem >= DENIAL_SIMILARITY || score >= LINK_THRESHOLD)) negation = a.denial ?? b.denial;
  // (a denial and a plain «لم» say no alike: «نفى أن تكون قواته انسحبت» ~ «القوات لم تنسحب»)
  else if (a.negated !== b.negated && a.denial === null && b.denial === null && stem >= NEGATION_SIMILARITY && !speaker)
    negation = "negation";
  return {
    score,
    stem,
    gram,
    speaker,
    entities,
    quote,
    time,
    labels,
    wording,
    figures,
    figureBonus,
    figureRelation: best,
    negation,
  };
}
