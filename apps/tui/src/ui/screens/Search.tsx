import type { Article } from "@isnad/core";
import type { SearchHit } from "@isnad/store";
import { Box, useInput } from "ink";
import { articleHeading, outletLabel, plural } from "#format.ts";
import type { BrowseSource } from "#source.ts";
import { Line1, Message, type Row, Viewport } from "#ui/components.tsx";
import { clampIndex, useLoad } from "#ui/hooks.ts";
import { moveCursor, movement, useFollow } from "#ui/keys.ts";
import { readerScreen } from "#ui/nav.ts";
import type { ScreenProps } from "#ui/screens/props.ts";

const SEARCH_LIMIT = 100;

interface SearchData {
  hits: SearchHit[];
  total: number;
  articles: Map<string, Article>;
}

async function runSearch(source: BrowseSource, query: string, storyId: string | null): Promise<SearchData> {
  const page = await source.search(query, { limit: SEARCH_LIMIT, ...(storyId ? { storyId } : {}) });
  const ids = [...new Set(page.items.map((h) => h.articleId))];
  const articles = (await Promise.all(ids.map((id) => source.getArticle(id)))).filter((a): a is Article => a !== null);
  return { hits: page.items, total: page.total, articles: new Map(articles.map((a) => [a.id, a])) };
}

export function hitRows(hits: readonly SearchHit[], articles: ReadonlyMap<string, Article>): Row[] {
  return hits.flatMap((hit, i): Row[] => {
    const article = articles.get(hit.articleId);
    return [
      {
        key: `${hit.type}:${hit.id}`,
        item: i,
        runs: [
          { text: `${hit.type === "claim" ? "claim  " : "article"} `, tone: "dim" },
          { text: hit.text.replace(/\s+/gu, " "), tone: "plain" },
        ],
      },
      {
        key: `${hit.type}:${hit.id}:a`,
        item: i,
        runs: [
          {
            text: `        ${outletLabel(article)} · ${article ? articleHeading(article) : hit.articleId}`,
            tone: "dim",
          },
        ],
      },
    ];
  });
}

export function SearchScreen({ screen, update, push, source, width, height, active }: ScreenProps<"search">) {
  const loaded = useLoad(
    () => runSearch(source, screen.query, screen.storyId),
    [source, screen.query, screen.storyId],
    `search:${screen.storyId}:${screen.query}`,
  );
  const data = loaded.status === "ready" ? loaded.data : null;
  const hits = data?.hits ?? [];
  const cursor = clampIndex(screen.cursor, hits.length);
  const rows = data ? hitRows(hits, data.articles) : [];
  const bodyHeight = Math.max(1, height - 1);
  const offset = useFollow(rows, cursor, bodyHeight);
  useInput(
    (input, key) => {
      const move = movement(input, key, Math.floor(bodyHeight / 2));
      if (move !== null) update({ cursor: moveCursor(cursor, move, hits.length) });
      else if (key.return) {
        const hit = hits[cursor];
        if (hit) push(readerScreen(hit.articleId, hit.type === "claim" ? hit.id : null));
      }
    },
    { isActive: active && data !== null },
  );
  if (loaded.status === "loading") return <Message text="Searching…" width={width} />;
  if (loaded.status === "error") return <Message text={`Error: ${loaded.message}`} tone="error" width={width} />;
  const scope = screen.storyId ? ` in story ${screen.storyId}` : "";
  return (
    <Box flexDirection="column">
      <Line1
        text={`${plural(data?.total ?? 0, "hit")} for “${screen.query}”${scope}${(data?.total ?? 0) > hits.length ? ` (first ${hits.length})` : ""}`}
        tone="dim"
        width={width}
      />
      {hits.length === 0 ? (
        <Message text="Nothing found. Press / to search again, esc to go back." width={width} />
      ) : (
        <Viewport rows={rows} height={bodyHeight} offset={offset} cursor={cursor} width={width} />
      )}
    </Box>
  );
}
