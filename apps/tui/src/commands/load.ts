import type { ArticleInput, StoryMeta } from "@isnad/core";
import { loadArticleFiles } from "@isnad/store";
import { type CliIO, inputPaths, line } from "#commands/io.ts";

export type Loaded = { ok: true; story: StoryMeta; inputs: ArticleInput[] } | { ok: false };

/**
 * Read article files/directories. Bad input gives one clear line on stderr and `{ ok: false }`;
 * files skipped inside a directory are reported as notes on stderr.
 */
export async function loadInputs(io: CliIO, paths: readonly string[], storyId?: string): Promise<Loaded> {
  const loaded = await loadArticleFiles(inputPaths(io, paths), storyId ? { storyId } : {});
  if (!loaded.ok) {
    line(io.stderr, `isnad: ${loaded.error.message}`);
    return { ok: false };
  }
  for (const skip of loaded.skipped) line(io.stderr, `isnad: note: skipped ${skip.path}: ${skip.reason}`);
  return { ok: true, story: loaded.story, inputs: loaded.inputs };
}
