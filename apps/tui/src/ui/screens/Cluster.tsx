import type { Article, Claim, Cluster } from "@isnad/core";
import { Box, useInput } from "ink";
import { articleHeading, formatChain, formatQuantity, outletLabel, plural, speakerLabel } from "#format.ts";
import type { BrowseSource } from "#source.ts";
import { type Tone, wrapRuns } from "#text/runs.ts";
import { Line1, Message, type Row, StyledLine, Tabs, Viewport } from "#ui/components.tsx";
import { clampIndex, useLoad } from "#ui/hooks.ts";
import { moveCursor, movement, useFollow } from "#ui/keys.ts";
import { readerScreen } from "#ui/nav.ts";
import type { ScreenProps } from "#ui/screens/props.ts";
import { RELATION_LABEL } from "#ui/theme.ts";

export interface ClusterData {
  cluster: Cluster | null;
  claims: Claim[];
  articles: Map<string, Article>;
}

export async function loadCluster(source: BrowseSource, clusterId: string): Promise<ClusterData> {
  const cluster = await source.getCluster(clusterId);
  if (!cluster) return { cluster: null, claims: [], articles: new Map() };
  const claims = (await Promise.all(cluster.claimIds.map((id) => source.getClaim(id)))).filter(
    (c): c is Claim => c !== null,
  );
  const ids = [...new Set(claims.map((c) => c.articleId))];
  const articles = (await Promise.all(ids.map((id) => source.getArticle(id)))).filter((a): a is Article => a !== null);
  return { cluster, claims, articles: new Map(articles.map((a) => [a.id, a])) };
}

function outletOf(data: ClusterData, articleId: string, given: string | null): string {
  return given ?? outletLabel(data.articles.get(articleId));
}

/** Figures per outlet, then the claims side by side (selectable: item i is claim i). */
export function clusterClaimRows(data: ClusterData, width: number): Row[] {
  const { cluster, claims, articles } = data;
  if (!cluster) return [];
  const rows: Row[] = [];
  const text = (key: string, value: string, tone: Tone = "plain") => rows.push({ key, runs: [{ text: value, tone }] });
  if (cluster.figures.length > 0) {
    text("h:fig", `Figures per outlet (${cluster.figures.length})`, "title");
    const byOutlet = new Map<string, string[]>();
    for (const figure of cluster.figures) {
      const outlet = outletOf(data, figure.articleId, figure.outlet);
      byOutlet.set(outlet, [...(byOutlet.get(outlet) ?? []), formatQuantity(figure.quantity)]);
    }
    for (const [outlet, figures] of byOutlet) {
      rows.push({
        key: `f:${outlet}`,
        runs: [
          { text: `  ${outlet}: `, tone: "dim" },
          { text: figures.join("؛ "), tone: "plain" },
        ],
      });
    }
  }
  text("h:claims", `Claims (${claims.length})`, "title");
  claims.forEach((claim, i) => {
    const article = articles.get(claim.articleId);
    rows.push({
      key: `c:${claim.id}`,
      item: i,
      runs: [
        { text: `${outletLabel(article)} · `, tone: "dim" },
        { text: speakerLabel(claim), tone: "plain" },
        { text: claim.verb ? ` (${claim.verb})` : "", tone: "dim" },
        { text: claim.via.length > 0 ? ` via ${claim.via.join(" ← ")}` : "", tone: "dim" },
      ],
    });
    const wrapped = wrapRuns([{ text: claim.text, tone: "plain" }], Math.max(10, width - 6)).slice(0, 3);
    wrapped.forEach((line, j) => {
      rows.push({
        key: `c:${claim.id}:${j}`,
        item: i,
        direction: "rtl",
        runs: [{ text: "  ", tone: "plain" }, ...line],
      });
    });
    if (article) {
      rows.push({ key: `c:${claim.id}:a`, item: i, runs: [{ text: `  in: ${articleHeading(article)}`, tone: "dim" }] });
    }
  });
  return rows;
}

/**
 * Where the claims come from: the chains of transmission (outlet ← via ← speaker) grouped by the primary source
 * they end in — five outlets copying one wire show as one source — and the evidence that grouped the claims.
 */
export function clusterSourceRows(data: ClusterData): Row[] {
  const { cluster } = data;
  if (!cluster) return [];
  const rows: Row[] = [];
  const text = (key: string, value: string, tone: Tone = "plain") => rows.push({ key, runs: [{ text: value, tone }] });
  const sources = cluster.independentSources;
  text(
    "h:chain",
    `Chains of transmission: ${plural(cluster.chains.length, "chain")} → ${sources} independent ${sources === 1 ? "source" : "sources"}`,
    "title",
  );
  const primaries = new Map<string, typeof cluster.chains>();
  for (const chain of cluster.chains) primaries.set(chain.primary, [...(primaries.get(chain.primary) ?? []), chain]);
  for (const [primary, chains] of primaries) {
    const first = chains[0]!;
    const name =
      chains.find((c) => c.speaker)?.speaker ??
      (primary.startsWith("article:") ? `${outletOf(data, first.articleId, first.outlet)}'s own reporting` : primary);
    text(`p:${primary}`, `  source: ${name} (${plural(chains.length, "report")})`, "dim");
    for (const chain of chains) {
      text(
        `ch:${chain.claimId}:${primary}`,
        `    ${formatChain({ ...chain, outlet: outletOf(data, chain.articleId, chain.outlet) })}`,
      );
    }
  }
  if (cluster.evidence.length > 0) {
    text("h:ev", "Evidence", "title");
    for (const [i, ev] of cluster.evidence.entries()) {
      text(`ev:${i}`, `  ${ev.signal} ${ev.weight.toFixed(2)}  ${ev.detail}`);
    }
  }
  return rows;
}

export function ClusterScreen({ screen, update, push, source, width, height, active }: ScreenProps<"cluster">) {
  const loaded = useLoad(
    () => loadCluster(source, screen.clusterId),
    [source, screen.clusterId],
    `cluster:${screen.clusterId}`,
  );
  const data = loaded.status === "ready" ? loaded.data : null;
  const claims = data?.claims ?? [];
  const cursor = clampIndex(screen.cursor, claims.length);
  const note = data?.cluster?.note ?? null;
  const bodyHeight = Math.max(1, height - (note ? 4 : 3));
  const claimRows = data ? clusterClaimRows(data, width - 2) : [];
  const sourceRows = data ? clusterSourceRows(data) : [];
  const followed = useFollow(claimRows, cursor, bodyHeight);
  const maxScroll = Math.max(0, sourceRows.length - bodyHeight);
  useInput(
    (input, key) => {
      if (key.tab) {
        update({ pane: screen.pane === "claims" ? "sources" : "claims" });
        return;
      }
      const move = movement(input, key, screen.pane === "claims" ? Math.floor(bodyHeight / 2) : bodyHeight - 1);
      if (screen.pane === "sources") {
        if (move === null) return;
        const next = move === "first" ? 0 : move === "last" ? maxScroll : screen.scroll + move;
        update({ scroll: Math.max(0, Math.min(next, maxScroll)) });
      } else if (move !== null) update({ cursor: moveCursor(cursor, move, claims.length) });
      else if (key.return) {
        const claim = claims[cursor];
        if (claim) push(readerScreen(claim.articleId, claim.id));
      }
    },
    { isActive: active && data !== null },
  );
  if (loaded.status === "loading") return <Message text="Loading cluster…" width={width} />;
  if (loaded.status === "error") return <Message text={`Error: ${loaded.message}`} tone="error" width={width} />;
  const cluster = data?.cluster;
  if (!cluster) return <Message text={`No cluster with id ${screen.clusterId}.`} tone="error" width={width} />;
  const sources = cluster.independentSources;
  return (
    <Box flexDirection="column">
      <StyledLine
        runs={[
          { text: `${RELATION_LABEL[cluster.relation]} `, tone: cluster.relation },
          { text: cluster.topic, tone: "title" },
        ]}
        width={width}
      />
      <Line1
        text={`${plural(cluster.claimIds.length, "claim")} in ${plural(cluster.articleCount, "article")} · ${sources} independent ${sources === 1 ? "source" : "sources"} · ${cluster.id}`}
        tone="dim"
        width={width}
      />
      {note && <Line1 text={`note: ${note}`} tone="dim" width={width} />}
      <Tabs
        tabs={[
          ["claims", `Figures & claims ${claims.length}`],
          ["sources", `Sources & evidence ${cluster.chains.length}`],
        ]}
        active={screen.pane}
      />
      {screen.pane === "claims" ? (
        <Viewport rows={claimRows} height={bodyHeight} offset={followed} cursor={cursor} width={width} />
      ) : (
        <Viewport rows={sourceRows} height={bodyHeight} offset={Math.min(screen.scroll, maxScroll)} width={width} />
      )}
    </Box>
  );
}
