import type { Article, Claim, Cluster } from "@isnad/core";
import { Box, useInput } from "ink";
import { useRef } from "react";
import { articleHeading, formatQuantity, outletLabel, plural, speakerLabel } from "#format.ts";
import { type BrowseSource, listAll } from "#source.ts";
import { truncate } from "#text/runs.ts";
import { follow, Line1, Message, type Row, StyledLine, Viewport } from "#ui/components.tsx";
import { clampIndex, useLoad } from "#ui/hooks.ts";
import { moveCursor, movement } from "#ui/keys.ts";
import { clusterScreen, speakerScreen } from "#ui/nav.ts";
import { layoutArticle, readingOrder } from "#ui/reader-layout.ts";
import type { ScreenProps } from "#ui/screens/props.ts";
import { RELATION_LABEL } from "#ui/theme.ts";

interface ReaderData {
  article: Article | null;
  claims: Claim[];
}

async function loadArticle(source: BrowseSource, articleId: string): Promise<ReaderData> {
  const [article, claims] = await Promise.all([
    source.getArticle(articleId),
    listAll((page) => source.listClaims({ ...page, articleId })),
  ]);
  return { article, claims: readingOrder(claims) };
}

/** The selected claim's particulars: kind, speaker, verb, via, figures, time, and its clusters (selectable). */
export function claimDetailRows(
  claim: Claim,
  index: number,
  total: number,
  clusters: readonly Cluster[] | null,
  width: number,
): Row[] {
  const rows: Row[] = [];
  const line = (key: string, label: string, value: string) =>
    rows.push({
      key,
      runs: [
        { text: label.padEnd(9), tone: "dim" },
        { text: truncate(value, Math.max(10, width - 12)), tone: "plain" },
      ],
    });
  rows.push({
    key: "head",
    runs: [
      { text: `claim ${index + 1}/${total}`, tone: "title" },
      {
        text: ` · ${claim.kind}${claim.stance ? ` · ${claim.stance}` : ""}${claim.blockRole ? ` · in ${claim.blockRole}` : ""}`,
        tone: "dim",
      },
    ],
  });
  const who = [speakerLabel(claim)];
  if (claim.verb) who.push(`verb: ${claim.verb}`);
  line("speaker", "speaker", who.join(" · "));
  line("via", "via", claim.via.length > 0 ? claim.via.join(" ← ") : "—");
  line("figures", "figures", claim.quantities.length > 0 ? claim.quantities.map(formatQuantity).join("؛ ") : "—");
  if (claim.time) line("time", "time", `${claim.time.text}${claim.time.date ? ` (${claim.time.date})` : ""}`);
  if (clusters === null) {
    line("clusters", "clusters", "Loading…");
  } else if (clusters.length === 0) {
    line("clusters", "clusters", "in no cluster");
  } else {
    rows.push({ key: "clusters", runs: [{ text: `in ${plural(clusters.length, "cluster")}:`, tone: "dim" }] });
    clusters.forEach((cluster, i) => {
      rows.push({
        key: `k:${cluster.id}`,
        item: i,
        runs: [
          { text: RELATION_LABEL[cluster.relation].padEnd(14), tone: cluster.relation },
          { text: cluster.topic, tone: "plain" },
        ],
      });
    });
  }
  return rows;
}

const DETAIL_CLUSTER_ROWS = 3;

export function ReaderScreen({ screen, update, push, source, width, height, active, notify }: ScreenProps<"reader">) {
  const loaded = useLoad(
    () => loadArticle(source, screen.articleId),
    [source, screen.articleId],
    `article:${screen.articleId}`,
  );
  const data = loaded.status === "ready" ? loaded.data : null;
  const claims = data?.claims ?? [];
  const index = Math.max(
    0,
    claims.findIndex((c) => c.id === screen.claimId),
  );
  const selected = claims[index] ?? null;
  const clustersLoaded = useLoad(
    async () => (selected ? listAll((page) => source.listClusters({ ...page, claimId: selected.id })) : []),
    [source, selected?.id],
    `claim-clusters:${selected?.id}`,
  );
  const clusters = clustersLoaded.status === "ready" ? clustersLoaded.data : null;
  const clusterCursor = clampIndex(screen.clusterCursor, clusters?.length ?? 0);

  const textWidth = Math.max(10, width - 2);
  const layout = data?.article ? layoutArticle(data.article, claims, selected?.id ?? null, textWidth - 2) : null;
  const detail = selected ? claimDetailRows(selected, index, claims.length, clusters, textWidth) : [];
  // The detail pane shows at most a few of the claim's clusters, windowed on the cluster cursor.
  // Height budget: 2 header rows, then the text gets at least 3 rows (fewer on tiny terminals); the detail pane (a rule, the claim's
  // particulars, up to DETAIL_CLUSTER_ROWS of its clusters) takes what is left, dropping its last rows first.
  const avail = Math.max(1, height - 2);
  const minText = avail >= 8 ? 3 : Math.max(1, Math.floor(avail / 2));
  const detailBudget = selected ? Math.max(0, avail - minText - 1) : 0;
  const fixed = detail.filter((r) => r.item === undefined).slice(0, detailBudget);
  const clusterRows = detail.filter((r) => r.item !== undefined);
  const clusterHeight = Math.min(clusterRows.length, DETAIL_CLUSTER_ROWS, Math.max(0, detailBudget - fixed.length));
  const clusterOffset = Math.max(
    0,
    Math.min(clusterCursor - (clusterHeight > 1 ? 1 : 0), clusterRows.length - clusterHeight),
  );
  const detailHeight = selected ? 1 + fixed.length + clusterHeight : 1;
  const textHeight = Math.max(1, avail - detailHeight);
  const rows: Row[] = (layout?.rows ?? []).map((row, i) => ({
    key: `l${i}`,
    direction: row.direction,
    runs: row.runs,
    gutter: row.mark === "selected" ? "▌" : row.mark === "claim" ? "┊" : " ",
  }));
  const followed = useRef(0);
  followed.current = follow(followed.current, layout?.focus ?? null, textHeight, rows.length);
  const offset =
    screen.scroll === null ? followed.current : Math.max(0, Math.min(screen.scroll, rows.length - textHeight));

  useInput(
    (input, key) => {
      if (!data) return;
      if (key.tab) {
        update({ pane: screen.pane === "text" ? "clusters" : "text" });
        return;
      }
      const move = movement(input, key, textHeight - 1);
      if (screen.pane === "clusters" && clusters) {
        if (move !== null) update({ clusterCursor: moveCursor(clusterCursor, move, clusters.length) });
        else if (key.return) {
          const cluster = clusters[clusterCursor];
          if (cluster) push(clusterScreen(cluster.id));
          else notify("This claim is in no cluster.");
        }
        return;
      }
      const page = key.pageUp || key.pageDown || input === " ";
      if (page || claims.length === 0) {
        // Page keys (and every movement key when there are no claims) scroll the text itself.
        if (move === null) return;
        const step = typeof move === "number" ? move : move === "first" ? -rows.length : rows.length;
        update({ scroll: Math.max(0, Math.min(offset + step, rows.length - textHeight)) });
      } else if (move !== null) {
        const next = claims[moveCursor(index, move, claims.length)];
        update({ claimId: next?.id ?? null, scroll: null, clusterCursor: 0 });
      } else if (input === "s") {
        if (selected?.speaker)
          push(speakerScreen(selected.speaker.name, selected.speaker.entityId, data.article?.storyId ?? null));
        else notify("This claim has no named speaker.");
      } else if (key.return) {
        if (!clusters) return;
        if (clusters.length === 0) notify("This claim is in no cluster.");
        else if (clusters.length === 1) push(clusterScreen(clusters[0]!.id));
        else update({ pane: "clusters" });
      }
    },
    { isActive: active && data !== null },
  );

  if (loaded.status === "loading") return <Message text="Loading article…" width={width} />;
  if (loaded.status === "error") return <Message text={`Error: ${loaded.message}`} tone="error" width={width} />;
  const article = data?.article;
  if (!article) return <Message text={`No article with id ${screen.articleId}.`} tone="error" width={width} />;
  const meta = [
    outletLabel(article),
    article.byline,
    article.dateline,
    article.publishedAt,
    plural(claims.length, "claim"),
    article.id,
  ].filter((s): s is string => Boolean(s));
  return (
    <Box flexDirection="column">
      <StyledLine runs={[{ text: truncate(articleHeading(article), width), tone: "title" }]} width={width} />
      <Line1 text={meta.join(" · ")} tone="dim" width={width} />
      <Viewport rows={rows} height={textHeight} offset={offset} width={width} />
      {selected ? (
        <Box flexDirection="column">
          <Line1 text={"─".repeat(width)} tone="dim" width={width} />
          {fixed.map((row) => (
            <StyledLine key={row.key} runs={row.runs} width={width} />
          ))}
          {clusterHeight > 0 && (
            <Viewport
              rows={clusterRows}
              height={clusterHeight}
              offset={clusterOffset}
              cursor={screen.pane === "clusters" ? clusterCursor : undefined}
              width={width}
            />
          )}
        </Box>
      ) : (
        <Message text="No claims were found in this article." width={width} />
      )}
    </Box>
  );
}
