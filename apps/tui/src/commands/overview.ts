import { type CliIO, line, openCliStore, type StoreOptions } from "#commands/io.ts";
import { formatRelationCounts, plural } from "#format.ts";
import type { BrowseSource } from "#source.ts";
import { listAll } from "#source.ts";

/** The static view printed instead of the browser when there is no terminal to browse in (pipes, CI). */
export async function printOverview(
  io: CliIO,
  source: BrowseSource,
  options: { json?: boolean; storyId?: string } = {},
): Promise<void> {
  const json = options.json ?? false;
  const all = await listAll((page) => source.listStories(page));
  const stories = options.storyId ? all.filter((s) => s.id === options.storyId) : all;
  if (json) {
    io.stdout.write(`${JSON.stringify(stories)}\n`);
    return;
  }
  if (stories.length === 0) {
    line(io.stdout, "No stories in the store yet. Load some with: isnad ingest <files|dirs> [--story ID]");
    return;
  }
  line(io.stdout, plural(stories.length, "story", "stories"));
  for (const story of stories) {
    line(io.stdout, `${story.id}  ${story.title}`);
    const summary = story.summary;
    const parts = [plural(story.articleCount, "article")];
    if (summary) {
      parts.push(plural(summary.claimCount, "claim"), `clusters: ${formatRelationCounts(summary.clustersByRelation)}`);
      if (summary.outlets.length > 0) parts.push(`outlets: ${summary.outlets.join("، ")}`);
    }
    line(io.stdout, `  ${parts.join(" · ")}`);
    for (const conflict of summary?.topConflicts.slice(0, 3) ?? []) {
      line(io.stdout, `  conflict: ${conflict.topic}`);
    }
  }
}

/** `isnad stories`: the overview, from the store. */
export async function storiesCommand(io: CliIO, options: StoreOptions & { json?: boolean }): Promise<number> {
  const store = await openCliStore(io, options);
  try {
    await printOverview(io, store, { json: options.json });
    return 0;
  } finally {
    await store.close();
  }
}
