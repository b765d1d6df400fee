import { type CliIO, line, openCliStore, type StoreOptions } from "#commands/io.ts";
import { loadInputs } from "#commands/load.ts";
import { countByRelation, formatRelationCounts, plural } from "#format.ts";

export interface IngestOptions extends StoreOptions {
  story?: string;
}

/** `isnad ingest <paths…>`: analyse and store, all or nothing; re-ingesting the same texts changes nothing. */
export async function ingestCommand(io: CliIO, paths: readonly string[], options: IngestOptions): Promise<number> {
  const loaded = await loadInputs(io, paths, options.story);
  if (!loaded.ok) return 1;
  const store = await openCliStore(io, options);
  try {
    const result = await store.ingest(loaded.story, loaded.inputs);
    const { analysis } = result;
    line(io.stdout, `story ${result.storyId}: ${loaded.story.title}`);
    line(
      io.stdout,
      `${plural(result.articleIds.length, "article")} given, ${result.inserted} new; ` +
        `the story now has ${plural(analysis.articles.length, "article")}, ${plural(analysis.claims.length, "claim")}, ` +
        `${plural(analysis.clusters.length, "cluster")} (${formatRelationCounts(countByRelation(analysis.clusters))})`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
