import type { Article, Claim, Cluster, Relation } from "@isnad/core";
import type { StoryRecord } from "@isnad/store";
import { Box, useInput } from "ink";
import { articleHeading, countByRelation, formatQuantity, orderClusters, outletLabel, plural } from "#format.ts";
import { type BrowseSource, listAll } from "#source.ts";
import { Message, type Row, Tabs, Viewport } from "#ui/components.tsx";
import { clampIndex, useLoad } from "#ui/hooks.ts";
import { moveCursor, movement, useFollow } from "#ui/keys.ts";
import { clusterScreen, readerScreen, STORY_PANES, type StoryPane, speakerScreen } from "#ui/nav.ts";
import type { ScreenProps } from "#ui/screens/props.ts";
import { RELATION_LABEL, RELATION_ORDER } from "#ui/theme.ts";

export interface StoryData {
  story: StoryRecord | null;
  articles: Article[];
  claims: Claim[];
  clusters: Cluster[];
}

export async function loadStory(source: BrowseSource, storyId: string): Promise<StoryData> {
  const [story, articles, claims, clusters] = await Promise.all([
    source.getStory(storyId),
    listAll((page) => source.listArticles({ ...page, storyId })),
    listAll((page) => source.listClaims({ ...page, storyId })),
    listAll((page) => source.listClusters({ ...page, storyId })),
  ]);
  return { story, articles, claims, clusters };
}

export function articleRows(articles: readonly Article[], claims: readonly Claim[]): Row[] {
  const perArticle = new Map<string, { all: number; attributed: number }>();
  for (const claim of claims) {
    const n = perArticle.get(claim.articleId) ?? { all: 0, attributed: 0 };
    n.all += 1;
    if (claim.kind === "attributed") n.attributed += 1;
    perArticle.set(claim.articleId, n);
  }
  return articles.flatMap((article, i): Row[] => {
    const n = perArticle.get(article.id) ?? { all: 0, attributed: 0 };
    const stats = [outletLabel(article), plural(n.all, "claim"), `${n.attributed} attributed`];
    if (article.publishedAt) stats.push(article.publishedAt);
    stats.push(article.id);
    return [
      { key: `${article.id}:t`, item: i, runs: [{ text: articleHeading(article), tone: "title" }] },
      { key: `${article.id}:s`, item: i, runs: [{ text: `  ${stats.join(" · ")}`, tone: "dim" }] },
    ];
  });
}

export function clusterRows(clusters: readonly Cluster[]): Row[] {
  return clusters.flatMap((cluster, i): Row[] => {
    const outlets = new Set(cluster.chains.map((c) => c.outlet ?? c.articleId));
    const stats = [
      plural(cluster.claimIds.length, "claim"),
      plural(cluster.articleCount, "article"),
      plural(outlets.size, "outlet"),
      `${cluster.independentSources} independent ${cluster.independentSources === 1 ? "source" : "sources"}`,
    ];
    return [
      {
        key: `${cluster.id}:t`,
        item: i,
        runs: [
          { text: RELATION_LABEL[cluster.relation].padEnd(14), tone: cluster.relation },
          { text: cluster.topic, tone: "plain" },
        ],
      },
      { key: `${cluster.id}:s`, item: i, runs: [{ text: `  ${" ".repeat(12)}${stats.join(" · ")}`, tone: "dim" }] },
    ];
  });
}

/** The story summary: clusters by relation (conflicts first), the conflicts themselves, outlets, speakers. */
export type SummaryTarget =
  | { kind: "cluster"; clusterId: string }
  | { kind: "speaker"; name: string; entityId: string | null };

/** The story summary rows; selectable items (conflicts, speakers) open `targets[item]`. */
export function summaryRows(data: StoryData): { rows: Row[]; targets: SummaryTarget[] } {
  const rows: Row[] = [];
  const targets: SummaryTarget[] = [];
  const summary = data.story?.summary ?? null;
  const counts = summary?.clustersByRelation ?? countByRelation(data.clusters);
  const heading = (key: string, text: string) => rows.push({ key, runs: [{ text, tone: "title" }] });
  heading("h:rel", "Clusters by relation");
  for (const relation of RELATION_ORDER) {
    rows.push({
      key: `rel:${relation}`,
      runs: [
        { text: `  ${RELATION_LABEL[relation].padEnd(14)}`, tone: relation },
        { text: String(counts[relation] ?? 0), tone: "plain" },
      ],
    });
  }
  const byId = new Map(data.clusters.map((c) => [c.id, c]));
  const articleById = new Map(data.articles.map((a) => [a.id, a]));
  const topConflicts =
    summary?.topConflicts ??
    orderClusters(data.clusters, "conflicts").map((c) => ({ clusterId: c.id, topic: c.topic, sides: c.figures }));
  rows.push({ key: "gap1", runs: [] });
  heading("h:conf", `Conflicts (${topConflicts.length})`);
  if (topConflicts.length === 0) rows.push({ key: "noconf", runs: [{ text: "  none found", tone: "dim" }] });
  for (const conflict of topConflicts) {
    const item = targets.length;
    targets.push({ kind: "cluster", clusterId: conflict.clusterId });
    rows.push({ key: `c:${conflict.clusterId}`, item, runs: [{ text: conflict.topic, tone: "conflicts" }] });
    const sides = conflict.sides.length > 0 ? conflict.sides : (byId.get(conflict.clusterId)?.figures ?? []);
    for (const [j, side] of sides.entries()) {
      rows.push({
        key: `c:${conflict.clusterId}:${j}`,
        item,
        runs: [
          {
            text: `    ${side.outlet ?? outletLabel(articleById.get(side.articleId))}: ${formatQuantity(side.quantity)}`,
            tone: "plain",
          },
        ],
      });
    }
  }
  rows.push({ key: "gap2", runs: [] });
  const outlets = summary?.outlets ?? [...new Set(data.articles.map((a) => outletLabel(a)))];
  heading("h:out", `Outlets (${outlets.length})`);
  rows.push({ key: "outlets", runs: [{ text: `  ${outlets.join("، ") || "none named"}`, tone: "plain" }] });
  if (summary) {
    heading("h:spk", `Speakers (${summary.speakers.length})`);
    for (const speaker of summary.speakers.slice(0, 30)) {
      const item = targets.length;
      targets.push({ kind: "speaker", name: speaker.name, entityId: speaker.entityId });
      rows.push({
        key: `s:${speaker.entityId ?? speaker.name}`,
        item,
        runs: [{ text: `  ${speaker.name} · ${plural(speaker.claims, "claim")}`, tone: "plain" }],
      });
    }
    rows.push({
      key: "single",
      runs: [{ text: `Single-source claims: ${summary.singleSourceClaimIds.length}`, tone: "title" }],
    });
    if (summary.timeline.length > 0) heading("h:time", "Timeline");
    for (const entry of summary.timeline) {
      rows.push({
        key: `t:${entry.date}`,
        runs: [{ text: `  ${entry.date} · ${plural(entry.claimIds.length, "claim")}`, tone: "plain" }],
      });
    }
  }
  return { rows, targets };
}

export function StoryScreen({ screen, update, push, source, width, height, active }: ScreenProps<"story">) {
  const loaded = useLoad(() => loadStory(source, screen.storyId), [source, screen.storyId], `story:${screen.storyId}`);
  const data = loaded.status === "ready" ? loaded.data : null;
  const clusters = data ? orderClusters(data.clusters, screen.relation) : [];
  const summary = data ? summaryRows(data) : { rows: [], targets: [] };
  const view = (() => {
    switch (screen.pane) {
      case "articles":
        return { rows: data ? articleRows(data.articles, data.claims) : [], count: data?.articles.length ?? 0 };
      case "clusters":
        return { rows: clusterRows(clusters), count: clusters.length };
      case "summary":
        return { rows: summary.rows, count: summary.targets.length };
    }
  })();
  const cursor = clampIndex(screen.cursors[screen.pane], view.count);
  const bodyHeight = Math.max(1, height - 1);
  const offset = useFollow(view.rows, cursor, bodyHeight);
  useInput(
    (input, key) => {
      const move = movement(input, key, Math.floor(bodyHeight / 2));
      if (key.tab) {
        const i = STORY_PANES.indexOf(screen.pane);
        const next = STORY_PANES[(i + (key.shift ? STORY_PANES.length - 1 : 1)) % STORY_PANES.length]!;
        update({ pane: next });
      } else if (move !== null) {
        update({ cursors: { ...screen.cursors, [screen.pane]: moveCursor(cursor, move, view.count) } });
      } else if (input === "r" && screen.pane === "clusters") {
        const order: (Relation | null)[] = [null, ...RELATION_ORDER];
        const next = order[(order.indexOf(screen.relation) + 1) % order.length] ?? null;
        update({ relation: next, cursors: { ...screen.cursors, clusters: 0 } });
      } else if (key.return && data) {
        if (screen.pane === "articles") {
          const article = data.articles[cursor];
          if (article) push(readerScreen(article.id));
        } else if (screen.pane === "clusters") {
          const cluster = clusters[cursor];
          if (cluster) push(clusterScreen(cluster.id));
        } else {
          const target = summary.targets[cursor];
          if (target?.kind === "cluster") push(clusterScreen(target.clusterId));
          else if (target) push(speakerScreen(target.name, target.entityId, screen.storyId));
        }
      }
    },
    { isActive: active && data !== null },
  );
  if (loaded.status === "loading") return <Message text="Loading story…" width={width} />;
  if (loaded.status === "error") return <Message text={`Error: ${loaded.message}`} tone="error" width={width} />;
  const counts: Record<StoryPane, string> = {
    articles: `Articles ${data?.articles.length ?? 0}`,
    clusters: `Clusters ${clusters.length}${screen.relation ? ` (${screen.relation})` : ""}`,
    summary: "Summary",
  };
  return (
    <Box flexDirection="column">
      <Tabs tabs={STORY_PANES.map((p) => [p, counts[p]] as [StoryPane, string])} active={screen.pane} />
      {view.rows.length === 0 ? (
        <Message
          text={screen.pane === "articles" ? "No articles in this story." : "No clusters to show."}
          width={width}
        />
      ) : (
        <Viewport
          rows={view.rows}
          height={bodyHeight}
          offset={offset}
          cursor={view.count > 0 ? cursor : undefined}
          width={width}
        />
      )}
    </Box>
  );
}
