// Cross-outlet comparison: the same claim across articles, conflicts, compatible figures, chains of transmission.
//
// How it works (one file per step):
//  features.ts   per claim: TF-IDF over engine stems, with paraphrase concepts (concepts.ts) and entity mentions
//                as single features; character 4-grams; word shingles; speaker key; figures placed on a scale
//                (intervals.ts, units.ts) with their counted noun, predicate and stated period (lexicon.ts)
//  candidates.ts which pairs to score: an inverted index over rare stems, entities, counted nouns, speakers and
//                years, read through bounded windows, top partners per claim (O(claims), not O(claims²))
//  score.ts      one pair: weighted signals, figure relation (same / compatible / conflict / other scope), denial
//  cluster.ts    groups by average linkage (no merging through one two-proposition sentence; such a sentence
//                joins both groups), then each group's relation, figures, evidence, chains, independent sources
//  story.ts      the story view

import { stem as engineStem } from "#arabic/index.ts";
import type { Article, Claim, Cluster, Entity, Story, StoryMeta } from "#schema/index.ts";
import { candidatePairs } from "./candidates.ts";
import { groupClaims, labelCluster, makeScorer } from "./cluster.ts";
import { buildFeatures, type Stemmer } from "./features.ts";
import { LINK_THRESHOLD, storyContext } from "./score.ts";
import { buildStory } from "./story.ts";

export { candidatePairs } from "./candidates.ts";
export { chainOf, MERGE_THRESHOLD } from "./cluster.ts";
export { buildFeatures, type ClaimFeatures, type FigureFacet, type Stemmer } from "./features.ts";
export {
  compareIntervals,
  compareQuantities,
  type FigureRelation,
  formatInterval,
  type Interval,
  magnitudeRatio,
  SAME_FIGURE_TOLERANCE,
  toInterval,
} from "./intervals.ts";
export {
  CROWD_FLOOR,
  CROWD_SHARE,
  LINK_THRESHOLD,
  type PairScore,
  type ScoreContext,
  scorePair,
  storyContext,
  WEIGHTS,
} from "./score.ts";

export interface CompareInput {
  articles: readonly Article[];
  claims: readonly Claim[];
  entities: readonly Entity[];
}

export interface CompareOptions {
  /** Stemmer for folded words (defaults to the Arabic engine's light stemmer). */
  stem?: Stemmer;
  /** Pair score needed to link two claims (default LINK_THRESHOLD). */
  threshold?: number;
  /** Average linkage needed to merge two groups (default MERGE_THRESHOLD). */
  mergeThreshold?: number;
}

/**
 * Group claims across articles and label each group. Every claim ends up in at least one cluster; a claim no
 * other article carries gets a single-source cluster of its own; a claim may join several clusters.
 */
export function compareClaims(input: CompareInput, options: CompareOptions = {}): Cluster[] {
  // a claim id given twice would make two clusters claim one identity: keep the first
  const seenIds = new Set<string>();
  const claims = input.claims.filter((c) => !seenIds.has(c.id) && seenIds.add(c.id));
  if (claims.length === 0) return [];
  const { features, vocab } = buildFeatures(claims, input.articles, options.stem ?? engineStem, input.entities);
  const scorer = makeScorer(features, storyContext(features));
  const pairs = candidatePairs(features);
  const groups = groupClaims(features, pairs, scorer, options.threshold ?? LINK_THRESHOLD, options.mergeThreshold);

  const n = features.length;
  const idf = (stem: string) => {
    const id = vocab.ids.get(stem);
    return id === undefined ? 0 : Math.log(1 + n / (vocab.df[id] as number));
  };
  const labelCtx = { features, scorer, entities: new Map(input.entities.map((e) => [e.id, e])), idf };
  const clusters: Cluster[] = [];
  const carried = new Set<number>();
  for (const g of groups) {
    const articles = new Set(g.map((i) => features[i]?.claim.articleId));
    if (articles.size < 2) continue;
    clusters.push(labelCluster(g, labelCtx));
    for (const i of g) carried.add(i);
  }
  // a stable order: multi-article clusters, most outlets first, then single-source clusters in claim order
  clusters.sort(
    (a, b) =>
      b.articleCount - a.articleCount ||
      b.claimIds.length - a.claimIds.length ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  for (let i = 0; i < n; i++) if (!carried.has(i)) clusters.push(labelCluster([i], labelCtx));
  return clusters;
}

/** The story view: outlets, counts, conflicts, single-source claims, speakers, timeline. */
export function summarizeStory(meta: StoryMeta, input: CompareInput & { clusters: readonly Cluster[] }): Story {
  return buildStory(meta, input);
}
