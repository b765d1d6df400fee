import { compareClaims, summarizeStory } from "#compare/index.ts";
import { extractArticles } from "#extract/index.ts";
import type { Analysis, ArticleInput, StoryMeta } from "#schema/index.ts";

export interface AnalyzeOptions {
  /** When given, the analysis carries a Story summary under this id/title. */
  story?: StoryMeta;
}

/** The whole pipeline for a set of articles: structure → claims → entities → clusters (→ story). Pure. */
export function analyze(inputs: readonly ArticleInput[], options: AnalyzeOptions = {}): Analysis {
  const extracted = extractArticles(inputs);
  const clusters = compareClaims(extracted);
  const story = options.story ? summarizeStory(options.story, { ...extracted, clusters }) : null;
  return { ...extracted, clusters, story };
}
