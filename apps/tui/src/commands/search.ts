import type { Article } from "@isnad/core";
import { type CliIO, line, openCliStore, type StoreOptions } from "#commands/io.ts";
import { articleHeading, outletLabel, plural } from "#format.ts";
import { truncate } from "#text/runs.ts";

export interface SearchOptions extends StoreOptions {
  story?: string;
  json?: boolean;
  limit?: number;
}

/** `isnad search <query>`: articles and claims matching the query (Arabic-normalised full-text search). */
export async function searchCommand(io: CliIO, query: string, options: SearchOptions): Promise<number> {
  if (query.trim() === "") {
    line(io.stderr, "isnad: the search query is empty");
    return 1;
  }
  const store = await openCliStore(io, options);
  try {
    if (options.story && !(await store.getStory(options.story))) {
      line(io.stderr, `isnad: no story with id ${options.story}`);
      return 1;
    }
    const page = await store.search(query, {
      limit: options.limit ?? 20,
      ...(options.story ? { storyId: options.story } : {}),
    });
    if (options.json) {
      io.stdout.write(`${JSON.stringify(page)}\n`);
      return 0;
    }
    const articles = new Map<string, Article | null>();
    for (const hit of page.items) {
      if (!articles.has(hit.articleId)) articles.set(hit.articleId, await store.getArticle(hit.articleId));
    }
    const shown = page.items.length < page.total ? ` (showing ${page.items.length})` : "";
    line(io.stdout, `${plural(page.total, "hit")} for “${query}”${shown}`);
    for (const hit of page.items) {
      const article = articles.get(hit.articleId);
      line(io.stdout, `${hit.type.padEnd(7)} ${hit.id}  ${hit.text.replace(/\s+/gu, " ").trim()}`);
      line(
        io.stdout,
        `        in ${outletLabel(article)} · ${article ? truncate(articleHeading(article), 80) : hit.articleId}`,
      );
    }
    return 0;
  } finally {
    await store.close();
  }
}
