import type { StoryRecord } from "@isnad/store";
import { Box, useInput } from "ink";
import { formatRelationCounts, plural } from "#format.ts";
import { listAll } from "#source.ts";
import { Message, type Row, Viewport } from "#ui/components.tsx";
import { clampIndex, useLoad } from "#ui/hooks.ts";
import { moveCursor, movement, useFollow } from "#ui/keys.ts";
import { storyScreen } from "#ui/nav.ts";
import type { ScreenProps } from "#ui/screens/props.ts";

export function storyRows(stories: readonly StoryRecord[]): Row[] {
  return stories.flatMap((story, i): Row[] => {
    const summary = story.summary;
    const stats = [
      story.id,
      plural(story.articleCount, "article"),
      summary ? plural(summary.claimCount, "claim") : null,
      summary ? formatRelationCounts(summary.clustersByRelation) : null,
    ].filter((s): s is string => s !== null);
    return [
      { key: `${story.id}:t`, item: i, runs: [{ text: story.title || story.id, tone: "title" }] },
      { key: `${story.id}:s`, item: i, runs: [{ text: `  ${stats.join(" · ")}`, tone: "dim" }] },
    ];
  });
}

export function StoriesScreen({ screen, update, push, source, width, height, active }: ScreenProps<"stories">) {
  const loaded = useLoad(() => listAll((page) => source.listStories(page)), [source], "stories");
  const stories = loaded.status === "ready" ? loaded.data : [];
  const cursor = clampIndex(screen.cursor, stories.length);
  const rows = storyRows(stories);
  const offset = useFollow(rows, cursor, height);
  useInput(
    (input, key) => {
      const move = movement(input, key, Math.floor(height / 2));
      if (move !== null) update({ cursor: moveCursor(cursor, move, stories.length) });
      else if (key.return) {
        const story = stories[cursor];
        if (story) push(storyScreen(story.id, story.title));
      }
    },
    { isActive: active && loaded.status === "ready" },
  );
  if (loaded.status === "loading") return <Message text="Loading stories…" width={width} />;
  if (loaded.status === "error") return <Message text={`Error: ${loaded.message}`} tone="error" width={width} />;
  if (stories.length === 0) {
    return (
      <Box flexDirection="column">
        <Message text="No stories in the store yet." tone="title" width={width} />
        <Message text="Load articles with: isnad ingest <files|dirs> [--story ID]" width={width} />
      </Box>
    );
  }
  return <Viewport rows={rows} height={height} offset={offset} cursor={cursor} width={width} />;
}
