// Grouping scored pairs into clusters (average linkage over sampled members, so one chance word cannot chain two
// propositions together), then labelling each cluster: relation, figures, evidence, chains, independent sources.
import { CHANNELS } from "#extract/lexicon.ts";
import { derivedId } from "#ids.ts";
import type { Chain, Cluster, ClusterFigure, Entity, Evidence, Relation } from "#schema/index.ts";
import type { ClaimFeatures, FigureFacet } from "./features.ts";
import { formatInterval } from "./intervals.ts";
import { LINK_THRESHOLD, type PairScore, type ScoreContext, scorePair, WEIGHTS } from "./score.ts";
import { fold } from "./text.ts";

/**
 * Two groups merge when the mean score between (samples of) their members reaches this. Lower than the link
 * threshold (0.8×) because paraphrases of one proposition are not all pairwise close. Swept at 0.8×, 0.9× and 1×
 * the link threshold on the hand-made multi-outlet stories (compare.test.ts) and the seeds: 0.8× keeps each
 * proposition in one cluster without fusing neighbouring ones (the bridging rule below does most of that work).
 */
export const MERGE_THRESHOLD = 0.2;

/** How many times the link threshold a claim's link to a lone claim must reach for it to join that one as well. */
export const SINGLE_JOIN = 2;
/** Members of each side used to estimate the linkage of two groups. */
const LINKAGE_SAMPLE = 5;
/** A claim joins at most this many further clusters (a sentence carrying several propositions). */
const MAX_EXTRA_MEMBERSHIPS = 2;
/** Pairs examined per cluster when labelling it. */
const LABEL_SAMPLE = 40;

export interface Scorer {
  score(i: number, j: number): PairScore;
  context: ScoreContext;
}

/** Pair scores remembered at most; the memo is dropped when full (scores are recomputed, not wrong). */
const SCORE_MEMO_LIMIT = 250_000;

/** Memoised pair scoring over the features. */
export function makeScorer(features: readonly ClaimFeatures[], ctx: ScoreContext): Scorer {
  const n = features.length;
  const cache = new Map<number, PairScore>();
  return {
    context: ctx,
    score(i, j) {
      const a = Math.min(i, j);
      const b = Math.max(i, j);
      const key = a * n + b;
      let s = cache.get(key);
      if (!s) {
        s = scorePair(features[a] as ClaimFeatures, features[b] as ClaimFeatures, ctx);
        if (cache.size >= SCORE_MEMO_LIMIT) cache.clear();
        cache.set(key, s);
      }
      return s;
    },
  };
}

interface Group {
  members: number[];
}

/**
 * Average linkage between two member lists over cross-article pairs of their first few members, and how many
 * distinct members of each side take part in a pair at or above the link threshold.
 */
function linkage(
  a: readonly number[],
  b: readonly number[],
  features: readonly ClaimFeatures[],
  sc: Scorer,
  threshold = Infinity,
): { mean: number; bridgesA: number; bridgesB: number; scopes: number } {
  let sum = 0;
  let count = 0;
  let scopes = 0;
  const inA = new Set<number>();
  const inB = new Set<number>();
  for (const i of a.slice(0, LINKAGE_SAMPLE)) {
    for (const j of b.slice(0, LINKAGE_SAMPLE)) {
      if (features[i]?.claim.articleId === features[j]?.claim.articleId) continue;
      const p = sc.score(i, j);
      const s = p.score;
      if (p.figureRelation === "scope") scopes++;
      sum += s;
      count++;
      if (s >= threshold) {
        inA.add(i);
        inB.add(j);
      }
    }
  }
  return { mean: count ? sum / count : 0, bridgesA: inA.size, bridgesB: inB.size, scopes };
}

/**
 * Group claims: strongest pairs first, two groups merge when their average linkage holds up; then a claim that
 * links strongly to another group as well joins it too.
 */
export function groupClaims(
  features: readonly ClaimFeatures[],
  pairs: readonly [number, number][],
  sc: Scorer,
  threshold = LINK_THRESHOLD,
  mergeThreshold = MERGE_THRESHOLD,
): number[][] {
  const edges: { i: number; j: number; s: number }[] = [];
  for (const [i, j] of pairs) {
    // scored straight away and not kept: only pairs above the threshold matter from here on
    const f = features[i] as ClaimFeatures;
    const g = features[j] as ClaimFeatures;
    const s = scorePair(f, g, sc.context).score;
    if (s >= threshold) edges.push({ i, j, s });
  }
  edges.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
  const parent = features.map((_, k) => k);
  const groups = new Map<number, Group>(features.map((_, k) => [k, { members: [k] }]));
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] as number;
    let c = x;
    while (parent[c] !== r) {
      const next = parent[c] as number;
      parent[c] = r;
      c = next;
    }
    return r;
  };
  const failed = new Set<string>();
  for (const e of edges) {
    const ra = find(e.i);
    const rb = find(e.j);
    if (ra === rb) continue;
    const ga = groups.get(ra) as Group;
    const gb = groups.get(rb) as Group;
    const tag = `${ra}|${rb}|${ga.members.length}|${gb.members.length}`;
    if (failed.has(tag)) continue;
    if (ga.members.length > 1 || gb.members.length > 1) {
      // two groups merge on average linkage, and not through one sentence alone: when both are groups, strong
      // links must come from at least two members of each, or a sentence carrying two propositions would fuse
      // them (it joins both groups instead, below)
      const l = linkage(ga.members, gb.members, features, sc, threshold);
      const bridged = ga.members.length > 1 && gb.members.length > 1 && (l.bridgesA < 2 || l.bridgesB < 2);
      // and a group whose members measure the same thing as the other's over another period, place or aim
      // («187 ألفا في المرحلة الأولى» vs «560 ألفا خلال المراحل الثلاث») holds another proposition
      if (l.mean < mergeThreshold || bridged || l.scopes > 0) {
        failed.add(tag);
        continue;
      }
    }
    const [big, small, rbig, rsmall] = ga.members.length >= gb.members.length ? [ga, gb, ra, rb] : [gb, ga, rb, ra];
    big.members.push(...small.members);
    parent[rsmall] = rbig;
    groups.delete(rsmall);
  }
  // further memberships: a claim strongly linked into another group joins it as well
  const extra = new Map<number, Set<number>>();
  for (const e of edges) {
    for (const [x, y] of [
      [e.i, e.j],
      [e.j, e.i],
    ] as const) {
      const rx = find(x);
      const ry = find(y);
      if (rx === ry) continue;
      const mine = extra.get(x) ?? new Set<number>();
      if (mine.has(ry) || mine.size >= MAX_EXTRA_MEMBERSHIPS) continue;
      const gy = groups.get(ry) as Group;
      // (a claim left alone joins a two-proposition claim's second group only on a strong link: «فراغ دام 27 شهراً»
      // with «طوى لبنان صفحة شغور استمر 26 شهراً، بانتخاب … بـ99 صوتاً»)
      if (gy.members.length < 2 && e.s < SINGLE_JOIN * threshold) continue;
      // strongly linked to the group on average and to two of its members at least, so that a claim does not
      // follow a two-proposition sentence into the other proposition's group
      const l = linkage([x], gy.members, features, sc, threshold);
      const others = gy.members
        .slice(0, LINKAGE_SAMPLE)
        .filter((m) => features[m]?.claim.articleId !== features[x]?.claim.articleId);
      if (l.mean >= threshold && l.bridgesB >= Math.min(2, others.length)) {
        mine.add(ry);
        extra.set(x, mine);
      }
    }
  }
  const out: number[][] = [];
  const byRoot = new Map<number, number[]>();
  for (const [root, g] of groups) byRoot.set(root, [...g.members]);
  for (const [x, roots] of extra) for (const r of roots) byRoot.get(r)?.push(x);
  for (const members of byRoot.values()) out.push(members.sort((a, b) => a - b));
  // two groups that would not merge can still take in each other's members one by one: a group left inside
  // another (or equal to it) says nothing the other does not, and two equal groups would share one cluster id
  out.sort((a, b) => b.length - a.length || (a[0] ?? 0) - (b[0] ?? 0));
  const kept: number[][] = [];
  const keptSets: Set<number>[] = [];
  // kept groups by member: a group can only sit inside one holding its first member
  const holding = new Map<number, number[]>();
  for (const g of out) {
    const first = g[0] as number;
    if (g.length > 1 && (holding.get(first) ?? []).some((k) => g.every((m) => keptSets[k]?.has(m)))) continue;
    for (const m of g) {
      const list = holding.get(m);
      if (list) list.push(kept.length);
      else holding.set(m, [kept.length]);
    }
    kept.push(g);
    keptSets.push(new Set(g));
  }
  return kept;
}

/** How an outlet is named in evidence: the outlet, else the last part of the article's source, else its id. */
function outletLabel(f: ClaimFeatures): string {
  if (f.outlet) return f.outlet;
  const source = f.article?.source.split(/[\\/]/u).filter(Boolean).pop();
  return source || f.claim.articleId;
}

function figureOf(f: ClaimFeatures, facet: FigureFacet): ClusterFigure {
  return { claimId: f.claim.id, articleId: f.claim.articleId, outlet: f.outlet, quantity: facet.quantity };
}

/**
 * A speaker as the bare folded words of its name, of the body it names with «ل» after its head (a unit of that
 * body) and of the body it speaks for («المتحدث باسم X» → X).
 */
export interface Voice {
  primary: string;
  words: string[];
  /** the words from the first «ل…» word after the head on («فرع روما للمنظمة الدولية للهجرة» → منظمة دولية هجرة) */
  of: string[] | null;
  body: string[] | null;
}

const bareWord = (w: string) => w.replace(/^(?:ال|لل|ل)(?=..)/u, "");

export function voiceOf(name: string, role: string | null, primary: string): Voice {
  const folded = fold(name).split(" ");
  const at = folded.findIndex((w, k) => k > 0 && /^ل./u.test(w));
  let body: string[] | null = null;
  for (const x of [name, role ?? ""]) {
    const m = /(?:^|\s)باسم\s+(.+)$/u.exec(fold(x));
    if (m) {
      body = (m[1] as string).split(" ").map(bareWord);
      break;
    }
  }
  return { primary, words: folded.map(bareWord), of: at > 0 ? folded.slice(at).map(bareWord) : null, body };
}

/**
 * Whether a speaker is a unit of another, which it names with «ل» after its own head: «فرع روما للمنظمة الدولية
 * للهجرة» of «المنظمة الدولية للهجرة», «المكتب الإعلامي لحركة حماس» of «حركة حماس», «مكتب تونس للمفوضية السامية»
 * of «مفوضية الأمم المتحدة السامية لشؤون اللاجئين» (the body named whole, or by two of its words at least).
 */
export function unitOf(unit: string, body: string): boolean {
  return isUnit(voiceOf(unit, null, ""), voiceOf(body, null, ""));
}

function isUnit(unit: Voice, body: Voice): boolean {
  const named = unit.of;
  const b = body.words;
  if (named === null || b.length === 0 || (b.length === 1 && (b[0] as string).length < 4)) return false;
  if (named.length === b.length && named.every((w, k) => w === b[k])) return true;
  return named.length >= 2 && named.every((w) => b.includes(w));
}

/**
 * Whether the words of one name are those of another, or its head and no less («الحكومة» in «حكومة طالبان»،
 * «الحكومة الأفغانية» in «حكومة طالبان الأفغانية»).
 */
function namedIn(small: readonly string[], big: readonly string[]): boolean {
  if (small.length === 0 || small.length > big.length) return false;
  if (small.length === 1) return big[0] === small[0];
  return small.every((w) => big.includes(w));
}

function sameVoice(a: Voice, b: Voice): boolean {
  return (
    (a.words.length === b.words.length && a.words.every((w, k) => w === b.words[k])) ||
    isUnit(a, b) ||
    isUnit(b, a) ||
    (a.body !== null && (namedIn(a.body, b.words) || namedIn(b.words, a.body))) ||
    (b.body !== null && (namedIn(b.body, a.words) || namedIn(a.words, b.body))) ||
    (a.body !== null && b.body !== null && (namedIn(a.body, b.body) || namedIn(b.body, a.body))) ||
    (a.words.length >= 2 && namedIn(a.words, b.words)) ||
    (b.words.length >= 2 && namedIn(b.words, a.words))
  );
}

/**
 * Pairs of primary sources that are one voice: a unit of a body and the body («فرع روما للمنظمة الدولية للهجرة»),
 * a spokesman and the body he speaks for, two spokesmen of one body, a name and a fuller form of it. A name that
 * fits two bodies that are not one («وزارة الصحة» beside «وزارة الصحة الفلسطينية» and «… الإسرائيلية») joins
 * neither. Only voices sharing a word are compared (an index on the words), so a cluster of many speakers stays
 * cheap.
 */
export function sameVoices(voices: readonly Voice[]): [string, string][] {
  const byWord = new Map<string, number[]>();
  voices.forEach((v, i) => {
    for (const w of new Set([...v.words, ...(v.body ?? [])])) {
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
  });
  // every rule puts all the words of one side («small») among the other's: the other is in the bucket of the
  // small side's rarest word, so that bucket is all there is to compare
  const rarest = (ws: readonly string[]): number[] => {
    let best: number[] | null = null;
    for (const w of ws) {
      const list = byWord.get(w);
      if (!list) return [];
      if (best === null || list.length < best.length) best = list;
    }
    return best ?? [];
  };
  const fits: number[][] = voices.map(() => []);
  const seen = new Set<number>();
  voices.forEach((a, i) => {
    for (const side of [a.words, a.of, a.body]) {
      if (!side || side.length === 0) continue;
      for (const j of rarest(side)) {
        if (j === i) continue;
        const key = Math.min(i, j) * voices.length + Math.max(i, j);
        if (seen.has(key)) continue;
        seen.add(key);
        const b = voices[j] as Voice;
        if (a.primary === b.primary || !sameVoice(a, b)) continue;
        (fits[i] as number[]).push(j);
        (fits[j] as number[]).push(i);
      }
    }
  });
  // (ambiguous: it fits two that do not fit each other)
  const ambiguous = fits.map((f) =>
    f.some((x) =>
      f.some(
        (y) =>
          x !== y &&
          (voices[x] as Voice).primary !== (voices[y] as Voice).primary &&
          !sameVoice(voices[x] as Voice, voices[y] as Voice),
      ),
    ),
  );
  const out: [string, string][] = [];
  voices.forEach((a, i) => {
    if (ambiguous[i]) return;
    for (const j of fits[i] as number[])
      if (j > i && !ambiguous[j]) out.push([a.primary, (voices[j] as Voice).primary]);
  });
  return out;
}

/**
 * Channels of a statement (folded), which name how words were given, not who gave them: a claim whose only link is
 * «بيان» or «مؤتمر» has no intermediary that could be shared with another outlet's.
 */
const CHANNEL_WORDS = new Set(CHANNELS.map((w) => fold(w)));

/** The chain outlet ← via… ← speaker of one claim, and its primary source key. */
export function chainOf(f: ClaimFeatures): Chain {
  const c = f.claim;
  let primary: string;
  const link = [...c.via].reverse().find((v) => !CHANNEL_WORDS.has(fold(v)));
  if (f.speakerKey) primary = f.speakerKey;
  else if (link !== undefined) primary = `via:${link}`;
  else primary = `article:${c.articleId}`;
  return {
    claimId: c.id,
    articleId: c.articleId,
    outlet: f.outlet,
    via: [...c.via],
    speaker: c.speaker?.name ?? null,
    primary,
  };
}

function sample<T>(xs: readonly T[], k: number): T[] {
  if (xs.length <= k) return [...xs];
  const step = xs.length / k;
  return Array.from({ length: k }, (_, t) => xs[Math.floor(t * step)] as T);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Key terms of a group: stems weighted by how many articles use them and how rare they are in the story. */
function topicTerms(members: readonly ClaimFeatures[], idf: (stem: string) => number, k: number): string[] {
  return rankedTerms(members, idf, k).map((t) => t.surface);
}

/** The key terms of topicTerms with their stems, best first. */
function rankedTerms(
  members: readonly ClaimFeatures[],
  idf: (stem: string) => number,
  k: number,
): { stem: string; surface: string }[] {
  const score = new Map<string, { w: number; articles: Set<string>; surfaces: Map<string, number> }>();
  for (const f of members) {
    f.stems.forEach((s, t) => {
      let e = score.get(s);
      if (!e) {
        e = { w: 0, articles: new Set(), surfaces: new Map() };
        score.set(s, e);
      }
      e.w += idf(s);
      e.articles.add(f.claim.articleId);
      const surface = (f.stemSurfaces[t] as string).replace(/[\u064B-\u065F\u0640]/gu, "");
      e.surfaces.set(surface, (e.surfaces.get(surface) ?? 0) + 1);
    });
  }
  const ranked = [...score.entries()]
    .map(([s, e]) => ({ s, rank: e.w * e.articles.size, e }))
    .sort((x, y) => y.rank - x.rank || (x.s < y.s ? -1 : 1));
  // what the outlets share names the topic; words only one outlet used describe that outlet's telling
  const shared = ranked.filter((r) => r.e.articles.size >= 2);
  return (shared.length >= 2 ? shared : ranked).slice(0, k).map(({ s, e }) => {
    const bare = new Map<string, number>();
    for (const [surface, n] of e.surfaces) {
      // a leading conjunction belongs to the sentence, not the term: وترجح → ترجح
      const w = /^[وف].{3,}$/u.test(surface) ? surface.slice(1) : surface;
      bare.set(w, (bare.get(w) ?? 0) + n);
    }
    return {
      stem: s,
      surface: [...bare.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? "",
    };
  });
}

/**
 * Key terms in the order one member reads them (the member holding most of them, the shortest of those), so that
 * a topic reads as a phrase («إجلاء المدنيين المنطقة السبت»), not a ranking («المدنيين إجلاء المنطقة السبت»).
 */
function readingOrder(
  members: readonly ClaimFeatures[],
  terms: readonly { stem: string; surface: string }[],
): string[] {
  let best: ClaimFeatures | undefined;
  let held = -1;
  for (const f of members) {
    const n = terms.filter((t) => f.stems.includes(t.stem)).length;
    if (n > held || (n === held && best !== undefined && f.claim.text.length < best.claim.text.length)) {
      best = f;
      held = n;
    }
  }
  const at = (stem: string) => {
    const k = best?.stems.indexOf(stem) ?? -1;
    return k < 0 ? Number.MAX_SAFE_INTEGER : k;
  };
  return terms
    .map((t, rank) => ({ t, rank, at: at(t.stem) }))
    .sort((x, y) => x.at - y.at || x.rank - y.rank)
    .map((x) => x.t.surface);
}

export interface LabelContext {
  features: readonly ClaimFeatures[];
  scorer: Scorer;
  entities: ReadonlyMap<string, Entity>;
  idf: (stem: string) => number;
}

/** Build the Cluster record of a group of claim indices. */
export function labelCluster(members: readonly number[], ctx: LabelContext): Cluster {
  const fs = members.map((i) => ctx.features[i] as ClaimFeatures);
  const articles = new Set(fs.map((f) => f.claim.articleId));
  const chains = fs.map(chainOf);
  const claimIds = fs.map((f) => f.claim.id);
  const id = derivedId("k", ...[...claimIds].sort());
  if (articles.size < 2) {
    const f = fs[0] as ClaimFeatures;
    return {
      id,
      claimIds,
      relation: "single-source",
      topic: topicOf(fs, ctx, []),
      evidence: [
        {
          signal: "single-source",
          weight: 0,
          detail: `no other article carries this claim (${outletLabel(f)})`,
        },
      ],
      figures: [],
      chains,
      articleCount: articles.size,
      independentSources: new Set(chains.map((c) => c.primary)).size,
      note: null,
    };
  }

  // pairs examined: cross-article pairs among a spread sample of members
  const picked = sample(members, LABEL_SAMPLE);
  const pairs: { i: number; j: number; p: PairScore }[] = [];
  for (let x = 0; x < picked.length; x++) {
    for (let y = x + 1; y < picked.length; y++) {
      const i = picked[x] as number;
      const j = picked[y] as number;
      if (ctx.features[i]?.claim.articleId === ctx.features[j]?.claim.articleId) continue;
      pairs.push({ i, j, p: ctx.scorer.score(i, j) });
    }
  }

  // relation
  let relation: Relation = "corroborates";
  const conflictPairs = pairs.filter((x) => x.p.figureRelation === "conflict");
  const negations = pairs.filter((x) => x.p.negation !== null);
  if (conflictPairs.length > 0 || negations.length > 0) relation = "conflicts";
  else if (pairs.some((x) => x.p.figureRelation === "compatible")) relation = "compatible";

  // figures: every figure that took part in a comparison, once per claim and span
  const figures: ClusterFigure[] = [];
  const seenFig = new Set<string>();
  const figDetails: string[] = [];
  const scopeNotes = new Set<string>();
  for (const { i, j, p } of pairs) {
    for (const fc of p.figures) {
      for (const [k, facet] of [
        [i, fc.a],
        [j, fc.b],
      ] as const) {
        const f = ctx.features[k] as ClaimFeatures;
        const key = `${f.claim.id}|${facet.quantity.start}|${facet.quantity.end}`;
        if (!seenFig.has(key)) {
          seenFig.add(key);
          figures.push(figureOf(f, facet));
        }
      }
      if (figDetails.length < 6) {
        const fa = ctx.features[i] as ClaimFeatures;
        const fb = ctx.features[j] as ClaimFeatures;
        const verdict =
          fc.relation === "conflict"
            ? fc.scopeReason
              ? `do not overlap, but ${fc.scopeReason}`
              : fc.farApart
                ? "do not overlap, but lie too far apart to be one figure disputed: likely different things"
                : "do not overlap"
            : fc.relation === "same"
              ? "agree"
              : "differ but are consistent";
        figDetails.push(
          `«${fc.a.quantity.text}» (${outletLabel(fa)}) = ${formatInterval(fc.a.interval)} vs «${fc.b.quantity.text}» (${outletLabel(fb)}) = ${formatInterval(fc.b.interval)}: ${verdict}`,
        );
      }
      if (fc.scopeReason !== null && fc.relation !== "same") {
        const scopeOf = (f: typeof fc.a) =>
          f.part ? `part of a whole: ${f.part}${f.scopeSurface ? `، ${f.scopeSurface}` : ""}` : f.scopeSurface;
        const sa = scopeOf(fc.a) || "no stated period";
        const sb = scopeOf(fc.b) || "no stated period";
        if (sa !== sb) scopeNotes.add(`«${sa}» vs «${sb}»`);
        else if (fc.scopeReason) scopeNotes.add(fc.scopeReason);
      }
    }
  }

  // evidence: each signal's mean contribution over the examined pairs
  const evidence: Evidence[] = [];
  const mean = (g: (p: PairScore) => number) =>
    pairs.length ? pairs.reduce((s, x) => s + g(x.p), 0) / pairs.length : 0;
  const stemMean = mean((p) => p.stem);
  const terms = topicTerms(fs, ctx.idf, 5);
  evidence.push({
    signal: "stems",
    weight: round(WEIGHTS.stem * stemMean),
    detail: `mean TF-IDF cosine of stems ${round(stemMean)} over ${pairs.length} cross-article pairs; key terms: ${terms.join("، ")}`,
  });
  const gramMean = mean((p) => p.gram);
  evidence.push({
    signal: "ngrams",
    weight: round(WEIGHTS.gram * gramMean),
    detail: `mean character 4-gram overlap (Dice) ${round(gramMean)}`,
  });
  const sameSpeaker = pairs.filter((x) => x.p.speaker);
  if (sameSpeaker.length > 0) {
    const names = [...new Set(sameSpeaker.flatMap((x) => [ctx.features[x.i]?.speakerName ?? ""]))].filter(Boolean);
    evidence.push({
      signal: "speaker",
      weight: round((WEIGHTS.speaker * sameSpeaker.length) / pairs.length),
      detail: `same speaker in ${sameSpeaker.length} of ${pairs.length} pairs: ${names.join("، ")}`,
    });
  }
  const entMean = mean((p) => p.entities);
  if (entMean > 0) {
    const shared = new Map<string, number>();
    for (const f of fs) for (const e of f.entities) shared.set(e, (shared.get(e) ?? 0) + 1);
    const names = [...shared.entries()]
      .filter(([, c]) => c >= 2)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([e]) => ctx.entities.get(e)?.name ?? e);
    evidence.push({
      signal: "entities",
      weight: round(WEIGHTS.entities * entMean),
      detail: `shared entities: ${names.join("، ")}`,
    });
  }
  if (figDetails.length > 0) {
    const fb = mean((p) => p.figureBonus);
    evidence.push({ signal: "figures", weight: round(fb), detail: figDetails.join("; ") });
  }
  const labelPairs = pairs.filter((x) => x.p.labels > 0).length;
  if (labelPairs > 0) {
    evidence.push({
      signal: "labels",
      weight: round((WEIGHTS.label * labelPairs) / pairs.length),
      detail: `same year or date given in ${labelPairs} pairs`,
    });
  }
  const timed = pairs.filter((x) => x.p.time !== 0);
  if (timed.length > 0) {
    const same = timed.filter((x) => x.p.time === 1).length;
    evidence.push({
      signal: "time",
      weight: round(mean((p) => (p.time === 1 ? WEIGHTS.sameTime : p.time === -1 ? WEIGHTS.differentTime : 0))),
      detail: `event time agrees in ${same} and differs in ${timed.length - same} of the pairs that state one`,
    });
  }
  const quoted = pairs.filter((x) => x.p.quote > 0);
  if (quoted.length > 0) {
    evidence.push({
      signal: "quote",
      weight: round(WEIGHTS.quote * mean((p) => p.quote)),
      detail: `quoted words overlap in ${quoted.length} pairs (mean Jaccard ${round(mean((p) => p.quote))})`,
    });
  }
  for (const x of negations.slice(0, 1)) {
    const fa = ctx.features[x.i] as ClaimFeatures;
    const fb = ctx.features[x.j] as ClaimFeatures;
    const denier = fa.denial || fa.negated !== fb.negated ? fa : fb;
    evidence.push({
      signal: "negation",
      weight: 0,
      detail: `${outletLabel(denier)} ${x.p.negation === "negation" ? "negates" : `denies («${x.p.negation}»)`} what ${outletLabel(denier === fa ? fb : fa)} reports`,
    });
  }

  // independent sources: distinct primary sources, with same-name speakers and shared wire copies folded together
  const sourceOf = new Map<string, string>();
  const findSrc = (k: string): string => {
    let r = k;
    while (sourceOf.has(r) && sourceOf.get(r) !== r) r = sourceOf.get(r) as string;
    return r;
  };
  const unite = (a: string, b: string) => {
    const ra = findSrc(a);
    const rb = findSrc(b);
    if (ra === rb) return;
    // the lexically smaller key becomes the representative, so the result does not depend on pair order
    const [lo, hi] = [ra, rb].sort();
    sourceOf.set(hi as string, lo as string);
  };
  for (const c of chains) sourceOf.set(c.primary, sourceOf.get(c.primary) ?? c.primary);
  const wirePairs = pairs.filter((x) => x.p.wording);
  const primaryOf = new Map(members.map((m, k) => [m, (chains[k] as Chain).primary]));
  for (const x of pairs) {
    if (x.p.speaker || x.p.wording) unite(primaryOf.get(x.i) as string, primaryOf.get(x.j) as string);
  }
  // an outlet's own line with no source (its headline, its lede) beside a claim it attributes in the same cluster
  // restates that source: «53 مهاجرا بين قتيل ومفقود …» over «أعلنت المنظمة الدولية للهجرة أن 53 مهاجرا …»
  const sourcedIn = new Map<string, string>();
  for (const d of chains) {
    if (!d.primary.startsWith("article:") && !sourcedIn.has(d.articleId)) sourcedIn.set(d.articleId, d.primary);
  }
  for (const c of chains) {
    const sourced = c.primary.startsWith("article:") ? sourcedIn.get(c.articleId) : undefined;
    if (sourced) unite(c.primary, sourced);
  }
  // one voice under several names: a unit of a body, a spokesman and the body he speaks for, a fuller name
  const voices = new Map<string, Voice>();
  fs.forEach((f, k) => {
    const sp = f.claim.speaker;
    if (!sp) return;
    const key = `${(chains[k] as Chain).primary}|${sp.name}|${sp.role ?? ""}`;
    if (!voices.has(key)) voices.set(key, voiceOf(sp.name, sp.role ?? null, (chains[k] as Chain).primary));
  });
  for (const [a, b] of sameVoices([...voices.values()])) unite(a, b);
  const independentSources = new Set(chains.map((c) => findSrc(c.primary))).size;
  if (wirePairs.length > 0) {
    const unnamed = wirePairs.filter((x) => !ctx.features[x.i]?.namesAgency && !ctx.features[x.j]?.namesAgency);
    const outlets = new Set(
      wirePairs.flatMap((x) => [
        outletLabel(ctx.features[x.i] as ClaimFeatures),
        outletLabel(ctx.features[x.j] as ClaimFeatures),
      ]),
    );
    evidence.push({
      signal: "wording",
      weight: 0,
      detail:
        unnamed.length > 0
          ? `near-identical wording in ${outlets.size} outlets with no agency named: likely one shared wire copy, counted once`
          : `near-identical wording in ${outlets.size} outlets, copied from the named agency: counted once`,
    });
  }

  const notes: string[] = [];
  if (scopeNotes.size > 0)
    notes.push(`figures stated over different times or scopes: ${[...scopeNotes].slice(0, 3).join("; ")}`);
  if (pairs.some((x) => x.p.time === -1)) notes.push("claims refer to different event times");

  return {
    id,
    claimIds,
    relation,
    topic: topicOf(fs, ctx, figures),
    evidence,
    figures,
    chains,
    articleCount: articles.size,
    independentSources,
    note: notes.length ? notes.join(". ") : null,
  };
}

/** A short topic: the figures of a figure cluster as written (they carry their counted noun), then key terms. */
function topicOf(fs: readonly ClaimFeatures[], ctx: LabelContext, figures: readonly ClusterFigure[]): string {
  const terms = readingOrder(fs, rankedTerms(fs, ctx.idf, 4)).filter(Boolean);
  const figs = [...new Set(figures.map((x) => x.quantity.text))].slice(0, 3).join(" / ");
  const rest = terms.filter((t) => !figs.includes(t)).join(" ");
  const topic = [figs, rest].filter(Boolean).join(" — ");
  return topic.length > 90 ? `${topic.slice(0, 89)}…` : topic;
}
