// Pure view-model helpers for the story and cluster pages.

import { foldForMatch } from "@isnad/core/arabic";
import type { Claim, Cluster, ClusterFigure, Story } from "@isnad/core/schema";
import { describeBounds, quantityBounds } from "./format.ts";

export interface Side {
  /** the interval in words, shared by every figure on this side */
  value: string;
  figures: ClusterFigure[];
  /** for sorting: the lower end of the interval */
  lo: number;
}

/** Group a cluster's figures into sides: one side per distinct interval, smallest first. */
export function sidesOf(figures: readonly ClusterFigure[]): Side[] {
  const map = new Map<string, Side>();
  for (const f of figures) {
    const value = describeBounds(f.quantity);
    const b = quantityBounds(f.quantity);
    const side = map.get(value) ?? { value, figures: [], lo: b.lo ?? b.hi ?? Number.POSITIVE_INFINITY };
    side.figures.push(f);
    map.set(value, side);
  }
  return [...map.values()].sort((a, b) => a.lo - b.lo);
}

/** Speakers by number of claims; the stored summary's list when it has one, else counted from the claims. */
export function speakersOf(
  summary: Story | null,
  claims: readonly Claim[],
): { name: string; entityId: string | null; claims: number }[] {
  if (summary && summary.speakers.length > 0) return [...summary.speakers].sort((a, b) => b.claims - a.claims);
  const counts = new Map<string, { name: string; entityId: string | null; claims: number }>();
  for (const c of claims) {
    if (!c.speaker) continue;
    const key = c.speaker.entityId ?? foldForMatch(c.speaker.name);
    const row = counts.get(key) ?? { name: c.speaker.name, entityId: c.speaker.entityId, claims: 0 };
    row.claims++;
    counts.set(key, row);
  }
  return [...counts.values()].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name, "ar"));
}

/** Claims by event date; the stored summary's timeline when it has one, else from the claims' resolved times. */
export function timelineOf(summary: Story | null, claims: readonly Claim[]): { date: string; claimIds: string[] }[] {
  if (summary && summary.timeline.length > 0) return [...summary.timeline].sort((a, b) => a.date.localeCompare(b.date));
  const byDate = new Map<string, string[]>();
  for (const c of claims) {
    const d = c.time?.date;
    if (!d) continue;
    const list = byDate.get(d) ?? [];
    list.push(c.id);
    byDate.set(d, list);
  }
  return [...byDate.entries()]
    .map(([date, claimIds]) => ({ date, claimIds }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Conflict clusters in the order the story summary ranks them (top conflicts first), then by reach. */
export function orderConflicts(conflicts: readonly Cluster[], summary: Story | null): Cluster[] {
  const rank = new Map((summary?.topConflicts ?? []).map((c, i) => [c.clusterId, i]));
  return [...conflicts].sort(
    (a, b) =>
      (rank.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.id) ?? Number.MAX_SAFE_INTEGER) ||
      b.articleCount - a.articleCount ||
      b.claimIds.length - a.claimIds.length,
  );
}
