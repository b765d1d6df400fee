// Candidate generation: which pairs of claims are worth scoring. An inverted index over stems, entities, counted
// nouns, speakers and year labels, queried per claim with IDF-weighted accumulation, keeps the top few partners.
// Cost is O(claims × keys × window), not O(claims²): very frequent keys are read through a bounded window of
// their posting list (they carry little IDF and every claim that shares them also shares rarer keys if related).
import type { ClaimFeatures } from "./features.ts";
import { impliedClass } from "./score.ts";

/** Postings read per key and claim. Frequent keys beyond this are windowed around the claim's own position. */
export const POSTING_WINDOW = 64;
/** Keys of a claim used to query the index: its rarest ones (the rest add cost, not recall). */
export const QUERY_KEYS = 14;
/** Candidate partners kept per claim (by accumulated key weight). */
export const CANDIDATES_PER_CLAIM = 12;

function keysOf(f: ClaimFeatures): string[] {
  const keys = new Set<string>();
  for (const s of f.stems) keys.add(`s:${s}`);
  for (const e of f.entities) keys.add(`e:${e}`);
  for (const g of f.figures) {
    // «أصيب 260 شخصا» is indexed with «251 إصابة»: generic people take the class their predicate makes
    const cls = impliedClass(g);
    if (cls) keys.add(`f:${cls}|${g.interval.dimension}`);
    else if (g.subjectStem) keys.add(`f:${g.subjectStem}|${g.interval.dimension}`);
    else keys.add(`f:|${g.interval.dimension}`);
  }
  if (f.speakerKey) keys.add(`p:${f.speakerKey}`);
  for (const l of f.labels) keys.add(`l:${l}`);
  return [...keys];
}

/** Lower bound in a sorted array. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Extra weight of keys that are not words: a shared figure class or speaker says more than one shared stem. */
const KEY_BOOST: Record<string, number> = { s: 1, e: 1, f: 2, p: 1, l: 1 };

/** Candidate pairs [i, j] (i < j, different articles), deduplicated. */
export function candidatePairs(
  features: readonly ClaimFeatures[],
  window = POSTING_WINDOW,
  perClaim = CANDIDATES_PER_CLAIM,
): [number, number][] {
  const n = features.length;
  const index = new Map<string, number[]>();
  const claimKeys: string[][] = [];
  for (const f of features) {
    const keys = keysOf(f);
    claimKeys.push(keys);
    for (const k of keys) {
      let list = index.get(k);
      if (!list) {
        list = [];
        index.set(k, list);
      }
      list.push(f.index);
    }
  }
  const articleOf = features.map((f) => f.claim.articleId);
  const acc = new Float64Array(n);
  const touched: number[] = [];
  // pair keys a·n+b, deduplicated at the end by sorting (a flat array costs far less than a set of pairs)
  let pairKeys = new Float64Array(Math.max(16, n * perClaim));
  let count = 0;
  const weightOf = (k: string) =>
    Math.log(1 + n / (index.get(k) as number[]).length) * (KEY_BOOST[k[0] as string] ?? 1);
  for (let i = 0; i < n; i++) {
    const ai = articleOf[i];
    const keys = (claimKeys[i] as string[])
      .filter((k) => (index.get(k) as number[]).length >= 2)
      .sort((x, y) => weightOf(y) - weightOf(x) || (x < y ? -1 : 1))
      .slice(0, QUERY_KEYS);
    for (const k of keys) {
      const list = index.get(k) as number[];
      const w = weightOf(k);
      let from = 0;
      let to = list.length;
      if (list.length > window) {
        const at = lowerBound(list, i);
        from = Math.max(0, Math.min(at - (window >> 1), list.length - window));
        to = from + window;
      }
      for (let p = from; p < to; p++) {
        const j = list[p] as number;
        if (j === i || articleOf[j] === ai) continue;
        if (acc[j] === 0) touched.push(j);
        acc[j] = (acc[j] as number) + w;
      }
    }
    // the best few partners: a threshold from a partial pass keeps this linear in the touched count
    let chosen = touched;
    if (touched.length > perClaim) {
      const scores = touched.map((j) => acc[j] as number).sort((x, y) => y - x);
      const cut = scores[perClaim - 1] as number;
      chosen = touched.filter((j) => (acc[j] as number) > cut);
      for (const j of touched) {
        if (chosen.length >= perClaim) break;
        if (acc[j] === cut) chosen.push(j);
      }
    }
    for (const j of chosen) {
      if (count === pairKeys.length) {
        const grown = new Float64Array(pairKeys.length * 2);
        grown.set(pairKeys);
        pairKeys = grown;
      }
      pairKeys[count++] = Math.min(i, j) * n + Math.max(i, j);
    }
    for (const j of touched) acc[j] = 0;
    touched.length = 0;
  }
  const sorted = pairKeys.subarray(0, count).sort();
  const out: [number, number][] = [];
  for (let k = 0; k < sorted.length; k++) {
    const key = sorted[k] as number;
    if (k > 0 && key === sorted[k - 1]) continue;
    const a = Math.floor(key / n);
    out.push([a, key - a * n]);
  }
  return out;
}
