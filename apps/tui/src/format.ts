// Plain-text formatting shared by the batch commands and the browser.
import type { Article, Chain, Claim, Cluster, Quantity, Relation } from "@isnad/core";

/** Order in which relations are listed: conflicts first, single-source claims last. */
export const RELATION_ORDER: readonly Relation[] = ["conflicts", "corroborates", "compatible", "single-source"];

export function relationRank(relation: Relation): number {
  return RELATION_ORDER.indexOf(relation);
}

const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

function num(n: number): string {
  return numberFormat.format(n);
}

/** The figure as written, followed by what it was read as: `نحو 600 (≈600 fighters)`. */
export function formatQuantity(q: Quantity): string {
  const parts: string[] = [];
  let amount: string | null = null;
  if (q.value !== undefined) amount = num(q.value);
  else if (q.min !== undefined && q.max !== undefined) amount = `${num(q.min)}–${num(q.max)}`;
  else if (q.min !== undefined) amount = `≥${num(q.min)}`;
  else if (q.max !== undefined) amount = `≤${num(q.max)}`;
  if (amount !== null) parts.push(`${q.approx ? "≈" : ""}${amount}`);
  if (q.unit && q.unit !== "person") parts.push(q.unit);
  if (q.subject) parts.push(q.subject);
  if (q.vague) parts.push(`vague: ${q.vague}`);
  return parts.length > 0 ? `${q.text} (${parts.join(" ")})` : q.text;
}

/** How an article is named in lists: its outlet, else its source file name. */
export function outletLabel(article: Pick<Article, "outlet" | "source"> | null | undefined): string {
  if (!article) return "?";
  if (article.outlet) return article.outlet;
  const base = article.source.split(/[\\/]/u).pop() ?? article.source;
  return base || article.source;
}

/** The article's heading: its title, else its first non-blank line. */
export function articleHeading(article: Pick<Article, "title" | "text">): string {
  if (article.title?.trim()) return article.title.trim();
  const first = article.text.split("\n").find((l) => l.trim() !== "");
  return first?.trim() ?? "(empty)";
}

/** outlet ← via … ← speaker */
export function formatChain(chain: Chain): string {
  return [chain.outlet ?? "?", ...chain.via, chain.speaker ?? "(reported)"].join(" ← ");
}

export function speakerLabel(claim: Claim): string {
  if (!claim.speaker) return claim.kind === "reported" ? "(reported, no speaker)" : "(unnamed speaker)";
  return claim.speaker.role ? `${claim.speaker.name} — ${claim.speaker.role}` : claim.speaker.name;
}

export function countByRelation(clusters: readonly Pick<Cluster, "relation">[]): Record<Relation, number> {
  const counts: Record<Relation, number> = { conflicts: 0, corroborates: 0, compatible: 0, "single-source": 0 };
  for (const c of clusters) counts[c.relation] += 1;
  return counts;
}

export function formatRelationCounts(counts: Partial<Record<Relation, number>>): string {
  const order: Relation[] = ["conflicts", "corroborates", "compatible", "single-source"];
  return order.map((r) => `${r} ${counts[r] ?? 0}`).join(", ");
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Clusters in display order: conflicts first, then by size. */
export function orderClusters(clusters: readonly Cluster[], relation: Relation | null): Cluster[] {
  return clusters
    .filter((c) => relation === null || c.relation === relation)
    .sort(
      (a, b) =>
        relationRank(a.relation) - relationRank(b.relation) ||
        b.claimIds.length - a.claimIds.length ||
        a.topic.localeCompare(b.topic),
    );
}
