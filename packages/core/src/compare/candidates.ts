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
  // keys interned to small ids: postings, weights and the per-claim key lists are arrays, not string maps
  const idOf = new Map<string, number>();
  const names: string[] = [];
  const postings: number[][] = [];
  const claimKeys: Int32Array[] = [];
  for (const f of features) {
    const keys = keysOf(f);
    const ids = new Int32Array(keys.length);
    keys.forEach((k, t) => {
      let id = idOf.get(k);
      if (id === undefined) {
        id = names.length;
        idOf.set(k, id);
        names.push(k);
        postings.push([]);
      }
      ids[t] = id;
      (postings[id] as number[]).push(f.index);
    });
    claimKeys.push(ids);
  }
  const weight = new Float64Array(names.length);
  for (let id = 0; id < names.length; id++) {
    const k = names[id] as string;
    weight[id] = Math.log(1 + n / (postings[id] as number[]).length) * (KEY_BOOST[k[0] as string] ?? 1);
  }
  const byWeight = (x: number, y: number) =>
    (weight[y] as number) - (weight[x] as number) || ((names[x] as string) < (names[y] as string) ? -1 : 1);
  // articles as small numbers: the inner loop compares them for every posting it reads
  const articleIds = new Map<string, number>();
  const articleOf = Int32Array.from(features, (f) => {
    let a = articleIds.get(f.claim.articleId);
    if (a === undefined) {
      a = articleIds.size;
      articleIds.set(f.claim.articleId, a);
    }
    return a;
  });
  const acc = new Float64Array(n);
  const touched: number[] = [];
  // the perClaim best accumulated weights, as a min-heap: its root is the cut-off once every partner is read
  const heap = new Float64Array(perClaim);
  // pair keys a·n+b, deduplicated at the end by sorting (a flat array costs far less than a set of pairs)
  let pairKeys = new Float64Array(Math.max(16, n * perClaim));
  let count = 0;
  for (let i = 0; i < n; i++) {
    const ai = articleOf[i];
    const keys = [...(claimKeys[i] as Int32Array)]
      .filter((id) => (postings[id] as number[]).length >= 2)
      .sort(byWeight)
      .slice(0, QUERY_KEYS);
    for (const id of keys) {
      const list = postings[id] as number[];
      const w = weight[id] as number;
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
    // the best few partners: the perClaim-th best weight is the cut (a bounded heap, linear in the touched count)
    let chosen = touched;
    if (touched.length > perClaim) {
      const cut = kthLargest(touched, acc, heap);
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

/** The heap.length-th largest of acc over the indices `of` (more of them than the heap holds), with a min-heap. */
function kthLargest(of: readonly number[], acc: Float64Array, heap: Float64Array): number {
  const k = heap.length;
  for (let t = 0; t < k; t++) {
    // sift up
    let c = t;
    heap[c] = acc[of[t] as number] as number;
    while (c > 0) {
      const parent = (c - 1) >> 1;
      if ((heap[parent] as number) <= (heap[c] as number)) break;
      const x = heap[parent] as number;
      heap[parent] = heap[c] as number;
      heap[c] = x;
      c = parent;
    }
  }
  for (let t = k; t < of.length; t++) {
    const v = acc[of[t] as number] as number;
    if (v <= (heap[0] as number)) continue;
    // replace the root and sift down
    heap[0] = v;
    let c = 0;
    for (;;) {
      const l = 2 * c + 1;
      const r = l + 1;
      let m = c;
      if (l < k && (heap[l] as number) < (heap[m] as number)) m = l;
      if (r < k && (heap[r] as number) < (heap[m] as number)) m = r;
      if (m === c) break;
      const x = heap[m] as number;
      heap[m] = heap[c] as number;
      heap[c] = x;
      c = m;
    }
  }
  return heap[0] as number;
}
