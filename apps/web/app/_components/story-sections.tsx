import type { Claim, Cluster, Relation } from "@isnad/core/schema";
import Link from "next/link";
import { articleLabel, formatNumber, RELATION_HEADING, RELATION_HELP, truncate } from "#lib/format.ts";
import { CorroborationCard, FigureClusterCard, type Lookup } from "./cluster-views.tsx";

export function SectionHead({ id, relation, count }: { id: string; relation: Relation; count: number }) {
  return (
    <div className="section-head">
      <h2 id={id}>
        {RELATION_HEADING[relation]} <span className="muted">({formatNumber(count)})</span>
      </h2>
      <p>{RELATION_HELP[relation]}</p>
    </div>
  );
}

/** The card each relation uses: figures side by side for conflicts/compatible, chains for corroborations. */
export function ClusterCards({ clusters, lookup }: { clusters: readonly Cluster[]; lookup: Lookup }) {
  return (
    <>
      {clusters.map((c) =>
        c.relation === "corroborates" ? (
          <CorroborationCard key={c.id} cluster={c} lookup={lookup} />
        ) : (
          <FigureClusterCard key={c.id} cluster={c} lookup={lookup} />
        ),
      )}
    </>
  );
}

/** Single-source claims: the claim, its outlet and speaker. */
export function SingleList({ claims, lookup }: { claims: readonly Claim[]; lookup: Lookup }) {
  return (
    <ul className="result-list">
      {claims.map((c) => (
        <li key={c.id} data-claim-id={c.id}>
          <Link href={`/claims/${encodeURIComponent(c.id)}`}>{truncate(c.text, 220)}</Link>
          <div className="claim-meta">
            <span>{articleLabel(lookup.articles.get(c.articleId))}</span>
            {c.speaker && <span>القائل: {c.speaker.name}</span>}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** Claims of single-source clusters, in cluster order, each once. */
export function singleClaims(clusters: readonly Cluster[], claims: ReadonlyMap<string, Claim>): Claim[] {
  const seen = new Set<string>();
  const out: Claim[] = [];
  for (const k of clusters) {
    for (const id of k.claimIds) {
      const c = claims.get(id);
      if (c && !seen.has(id)) {
        seen.add(id);
        out.push(c);
      }
    }
  }
  return out;
}
