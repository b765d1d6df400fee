import type { Article, Claim, Cluster } from "@isnad/core/schema";
import Link from "next/link";
import { articleLabel, COUNT, countLabel, truncate } from "#lib/format.ts";
import { sidesOf } from "#lib/story.ts";
import { RelationBadge } from "./badges.tsx";
import { ChainView } from "./chain.tsx";
import { ClaimText } from "./claim-card.tsx";
import { FigureChart } from "./figure-chart.tsx";

export interface Lookup {
  claims: Map<string, Claim>;
  articles: Map<string, Article>;
}

function clusterHref(c: Cluster): string {
  return `/clusters/${encodeURIComponent(c.id)}`;
}

/** "3 وسائل إعلام، مصدر أولي واحد" — the honest count of a confirmation. */
export function Independence({ cluster }: { cluster: Cluster }) {
  const echo = cluster.articleCount > 1 && cluster.independentSources < cluster.articleCount;
  return (
    <p className="independence">
      <strong>{countLabel(cluster.articleCount, COUNT.article)}</strong>، تعود إلى{" "}
      <strong>{countLabel(cluster.independentSources, COUNT.source)}</strong>
      {echo && cluster.independentSources === 1 && (
        <span className="muted"> — تأكيد في الظاهر، لكنه نقل عن مصدر واحد.</span>
      )}
    </p>
  );
}

/**
 * A conflict (or compatible figures): each side's figure next to the other, the outlets behind each, and the chart of
 * the figure every outlet gives. Conflicts without figures (a statement and its denial) show the claims side by side.
 */
export function FigureClusterCard({ cluster, lookup }: { cluster: Cluster; lookup: Lookup }) {
  const sides = sidesOf(cluster.figures);
  const labelOfArticle = (id: string) => articleLabel(lookup.articles.get(id));
  return (
    <article className={`card rel-${cluster.relation}`} data-cluster-id={cluster.id} data-relation={cluster.relation}>
      <h3>
        <RelationBadge relation={cluster.relation} />{" "}
        <Link href={clusterHref(cluster)}>{cluster.topic || "دون عنوان"}</Link>
      </h3>
      {cluster.note && <p className="muted small">{cluster.note}</p>}
      {sides.length >= 2 ? (
        <div className="sides">
          {sides.map((side) => (
            <section className="side" key={side.value}>
              <div className="figure">{side.value}</div>
              <ul>
                {side.figures.map((f) => {
                  const claim = lookup.claims.get(f.claimId);
                  return (
                    <li key={`${f.claimId}-${f.quantity.start}`}>
                      <b>{f.outlet ?? labelOfArticle(f.articleId)}</b>: «{f.quantity.text}»
                      {claim?.speaker ? ` — ${claim.speaker.name}` : ""}
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
      ) : (
        <div className="sides">
          {cluster.claimIds.slice(0, 4).map((id) => {
            const claim = lookup.claims.get(id);
            if (!claim) return null;
            return (
              <section className="side" key={id}>
                <b>{labelOfArticle(claim.articleId)}</b>
                {claim.speaker && <span className="muted"> — {claim.speaker.name}</span>}
                <p className="figure-text">
                  <ClaimText claim={claim} />
                </p>
              </section>
            );
          })}
        </div>
      )}
      <FigureChart figures={cluster.figures} labelOf={(f) => f.outlet ?? labelOfArticle(f.articleId)} />
      <p className="small">
        <Link href={clusterHref(cluster)}>المقارنة الكاملة ({countLabel(cluster.claimIds.length, COUNT.claim)})</Link>
      </p>
    </article>
  );
}

/** A corroborated proposition: its wording, the outlets-versus-sources count and every chain of transmission. */
export function CorroborationCard({ cluster, lookup }: { cluster: Cluster; lookup: Lookup }) {
  const first = cluster.claimIds.map((id) => lookup.claims.get(id)).find((c) => c !== undefined);
  return (
    <article className="card rel-corroborates" data-cluster-id={cluster.id} data-relation={cluster.relation}>
      <h3>
        <RelationBadge relation={cluster.relation} />{" "}
        <Link href={clusterHref(cluster)}>{cluster.topic || "دون عنوان"}</Link>
      </h3>
      {first && <p className="claim-text">«{truncate(first.text, 260)}»</p>}
      <Independence cluster={cluster} />
      <ul className="chain-list" aria-label="سلاسل النقل">
        {cluster.chains.map((ch) => (
          <li key={ch.claimId}>
            <ChainView chain={ch} outletLabel={ch.outlet ?? labelOf(lookup, ch.articleId)} />
          </li>
        ))}
      </ul>
    </article>
  );
}

function labelOf(lookup: Lookup, articleId: string): string {
  return articleLabel(lookup.articles.get(articleId));
}
