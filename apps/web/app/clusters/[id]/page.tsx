import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumbs, Empty, RelationBadge } from "#components/badges.tsx";
import { ChainView } from "#components/chain.tsx";
import { ClaimCard } from "#components/claim-card.tsx";
import { Independence } from "#components/cluster-views.tsx";
import { FigureChart } from "#components/figure-chart.tsx";
import { byId } from "#lib/data.ts";
import { articleLabel, COUNT, countLabel, formatNumber, RELATION_HELP, signalLabel, truncate } from "#lib/format.ts";
import { getStore } from "#lib/store.ts";
import { sidesOf } from "#lib/story.ts";

export const dynamic = "force-dynamic";

const load = cache(async (id: string) => {
  const store = await getStore();
  const cluster = await store.getCluster(id);
  if (!cluster) return null;
  const claims = (await Promise.all(cluster.claimIds.map((c) => store.getClaim(c)))).filter((c) => c !== null);
  const articleIds = [...new Set(claims.map((c) => c.articleId))];
  const articles = (await Promise.all(articleIds.map((a) => store.getArticle(a)))).filter((a) => a !== null);
  const storyId = articles.find((a) => a.storyId)?.storyId ?? null;
  const story = storyId ? await store.getStory(storyId) : null;
  return { cluster, claims, articles: byId(articles), story };
});

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load((await params).id);
  return { title: data ? truncate(data.cluster.topic || "مجموعة ادعاءات", 70) : "مجموعة غير موجودة" };
}

export default async function ClusterPage({ params }: Props) {
  const data = await load((await params).id);
  if (!data) notFound();
  const { cluster, claims, articles, story } = data;
  const chainOf = new Map(cluster.chains.map((c) => [c.claimId, c]));
  const labelOf = (articleId: string) => articleLabel(articles.get(articleId));
  const sides = sidesOf(cluster.figures);
  return (
    <>
      <Breadcrumbs
        items={[
          ...(story
            ? [{ href: `/stories/${encodeURIComponent(story.id)}#${cluster.relation}`, label: story.title || story.id }]
            : []),
          { label: truncate(cluster.topic || "مجموعة", 60) },
        ]}
      />
      <h1>
        <RelationBadge relation={cluster.relation} /> {cluster.topic || "مجموعة ادعاءات"}
      </h1>
      <p className="lede">{RELATION_HELP[cluster.relation]}</p>
      {cluster.note && <p>{cluster.note}</p>}
      <Independence cluster={cluster} />

      {cluster.figures.length > 0 && (
        <section aria-labelledby="h-figures">
          <h2 id="h-figures">الأرقام</h2>
          {sides.length >= 2 && (
            <div className="sides">
              {sides.map((s) => (
                <section className="side" key={s.value}>
                  <div className="figure">{s.value}</div>
                  <div className="figure-text">
                    {s.figures.map((f) => `${f.outlet ?? labelOf(f.articleId)}: «${f.quantity.text}»`).join("، ")}
                  </div>
                </section>
              ))}
            </div>
          )}
          <FigureChart figures={cluster.figures} labelOf={(f) => f.outlet ?? labelOf(f.articleId)} />
        </section>
      )}

      <section aria-labelledby="h-claims">
        <h2 id="h-claims">الادعاءات جنبًا إلى جنب ({countLabel(claims.length, COUNT.claim)})</h2>
        {claims.length === 0 ? (
          <Empty>لم تعد ادعاءات هذه المجموعة موجودة في قاعدة البيانات.</Empty>
        ) : (
          <div className="claims-side-by-side">
            {claims.map((c) => (
              <ClaimCard key={c.id} claim={c} article={articles.get(c.articleId)} chain={chainOf.get(c.id)} />
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="h-chains">
        <h2 id="h-chains">سلاسل النقل (الإسناد)</h2>
        {cluster.chains.length === 0 ? (
          <Empty>لا سلاسل نقل لهذه المجموعة.</Empty>
        ) : (
          <ul className="chain-list">
            {cluster.chains.map((ch) => (
              <li key={ch.claimId}>
                <ChainView chain={ch} outletLabel={ch.outlet ?? labelOf(ch.articleId)} />{" "}
                <span className="muted small">(المصدر الأولي: {ch.speaker ?? "الوسيلة نفسها"})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="h-evidence">
        <h2 id="h-evidence">الأدلة على التجميع</h2>
        {cluster.evidence.length === 0 ? (
          <Empty>
            لا أدلة مسجّلة لهذه المجموعة{cluster.claimIds.length === 1 ? " (ادعاء واحد لم يُربط بغيره)" : ""}.
          </Empty>
        ) : (
          <table className="plain">
            <thead>
              <tr>
                <th scope="col">الإشارة</th>
                <th scope="col">الوزن</th>
                <th scope="col">التفصيل</th>
              </tr>
            </thead>
            <tbody>
              {cluster.evidence.map((e, i) => (
                <tr key={i}>
                  <td>{signalLabel(e.signal)}</td>
                  <td className="evidence-weight">{formatNumber(e.weight)}</td>
                  <td>{e.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
