import type { Article, Claim } from "@isnad/core";
import { Box, useInput } from "ink";
import { outletLabel, plural } from "#format.ts";
import { type BrowseSource, listAll } from "#source.ts";
import { wrapRuns } from "#text/runs.ts";
import { Line1, Message, type Row, Viewport } from "#ui/components.tsx";
import { clampIndex, useLoad } from "#ui/hooks.ts";
import { moveCursor, movement, useFollow } from "#ui/keys.ts";
import { readerScreen } from "#ui/nav.ts";
import type { ScreenProps } from "#ui/screens/props.ts";

interface SpeakerData {
  claims: Claim[];
  articles: Map<string, Article>;
}

async function loadSpeaker(source: BrowseSource, speaker: string, storyId: string | null): Promise<SpeakerData> {
  const claims = await listAll((page) => source.listClaims({ ...page, speaker, ...(storyId ? { storyId } : {}) }));
  const ids = [...new Set(claims.map((c) => c.articleId))];
  const articles = (await Promise.all(ids.map((id) => source.getArticle(id)))).filter((a): a is Article => a !== null);
  return { claims, articles: new Map(articles.map((a) => [a.id, a])) };
}

/** One speaker's claims: outlet, how they were quoted (verb, via), and the claim text. */
export function speakerRows(data: SpeakerData, width: number): Row[] {
  return data.claims.flatMap((claim, i): Row[] => {
    const article = data.articles.get(claim.articleId);
    const how = [claim.verb, claim.via.length > 0 ? `via ${claim.via.join(" ← ")}` : null].filter(Boolean).join(" ");
    const lines = wrapRuns([{ text: claim.text, tone: "plain" }], Math.max(10, width - 6)).slice(0, 2);
    return [
      {
        key: `${claim.id}:h`,
        item: i,
        runs: [
          { text: outletLabel(article), tone: "title" },
          { text: how ? ` · ${how}` : "", tone: "dim" },
          { text: claim.speaker?.role ? ` · ${claim.speaker.role}` : "", tone: "dim" },
        ],
      },
      ...lines.map(
        (line, j): Row => ({
          key: `${claim.id}:${j}`,
          item: i,
          direction: "rtl",
          runs: [{ text: "  ", tone: "plain" }, ...line],
        }),
      ),
    ];
  });
}

export function SpeakerScreen({ screen, update, push, source, width, height, active }: ScreenProps<"speaker">) {
  const speaker = screen.entityId ?? screen.name;
  const loaded = useLoad(
    () => loadSpeaker(source, speaker, screen.storyId),
    [source, speaker, screen.storyId],
    `speaker:${screen.storyId}:${speaker}`,
  );
  const data = loaded.status === "ready" ? loaded.data : null;
  const claims = data?.claims ?? [];
  const cursor = clampIndex(screen.cursor, claims.length);
  const rows = data ? speakerRows(data, width - 2) : [];
  const bodyHeight = Math.max(1, height - 1);
  const offset = useFollow(rows, cursor, bodyHeight);
  useInput(
    (input, key) => {
      const move = movement(input, key, Math.floor(bodyHeight / 2));
      if (move !== null) update({ cursor: moveCursor(cursor, move, claims.length) });
      else if (key.return) {
        const claim = claims[cursor];
        if (claim) push(readerScreen(claim.articleId, claim.id));
      }
    },
    { isActive: active && data !== null },
  );
  if (loaded.status === "loading") return <Message text="Loading claims…" width={width} />;
  if (loaded.status === "error") return <Message text={`Error: ${loaded.message}`} tone="error" width={width} />;
  const outlets = new Set(claims.map((c) => outletLabel(data?.articles.get(c.articleId))));
  return (
    <Box flexDirection="column">
      <Line1
        text={`${screen.name}: ${plural(claims.length, "claim")} in ${plural(outlets.size, "outlet")}${screen.storyId ? ` · story ${screen.storyId}` : ""}`}
        tone="dim"
        width={width}
      />
      <Viewport rows={rows} height={bodyHeight} offset={offset} cursor={cursor} width={width} />
    </Box>
  );
}
