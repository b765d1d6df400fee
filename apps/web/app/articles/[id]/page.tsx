import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleText, type ClaimDisplay } from "#components/article-text.tsx";
import { Breadcrumbs, Empty, RelationBadge } from "#components/badges.tsx";
import { allPages, clustersOfClaims, strongestRelation } from "#lib/data.ts";
import { basename, COUNT, countLabel, formatDate, RELATION_LABEL, truncate } from "#lib/format.ts";
import { getStore } from "#lib/store.ts";

export const dynamic = "force-dynamic";

const load = cache(async (id: string) => {
  const store = await getStore();
  const article = await store.getArticle(id);
  if (!article) return null;
  const [claims, story] = await Promise.all([
    allPages((p) => store.listClaims({ ...p, articleId: id })),
    article.storyId ? store.getStory(article.storyId) : Promise.resolve(null),
  ]);
  claims.sort((a, b) => a.start - b.start || b.end - a.end);
  const clusters = await clustersOfClaims(
    store,
    claims.map((c) => c.id),
  );
  return { article, claims, story, clusters };
});

type Props = { params: Promise<{ id: string }> };

function titleOf(a: { title: string | null; text: string }): string {
  return (
    a.title ??
    a.text
      .split("\n")
      .find((l) => l.trim() !== "")
      ?.trim() ??
    "مقال"
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load((await params).id);
  return { title: data ? truncate(titleOf(data.article), 70) : "مقال غير موجود" };
}

export default async function ArticlePage({ params }: Props) {
  const data = await load((await params).id);
  if (!data) notFound();
  const { article, claims, story, clusters } = data;
  const displays: ClaimDisplay[] = claims.map((claim, i) => ({
    claim,
    n: i + 1,
    relation: strongestRelation(clusters.get(claim.id)),
  }));
  const title = titleOf(article);
  return (
    <>
      <Breadcrumbs
        items={[
          ...(story ? [{ href: `/stories/${encodeURIComponent(story.id)}`, label: story.title || story.id }] : []),
          { label: truncate(title, 60) },
        ]}
      />
      <header className="article-header">
        <h1 title={title.length > 160 ? title : undefined}>{truncate(title, 160)}</h1>
        <dl className="facts">
          <dt>الوسيلة</dt>
          <dd>{article.outlet ?? <span className="muted">غير مسمّاة في النص</span>}</dd>
          {article.byline && (
            <>
              <dt>الكاتب</dt>
              <dd>{article.byline}</dd>
            </>
          )}
          {article.dateline && (
            <>
              <dt>مكان الخبر</dt>
              <dd>{article.dateline}</dd>
            </>
          )}
          {article.publishedAt && (
            <>
              <dt>تاريخ النشر</dt>
              <dd>
                <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
              </dd>
            </>
          )}
          <dt>المصدر</dt>
          <dd className="small">
            <bdi dir="ltr">{basename(article.source)}</bdi>
          </dd>
          <dt>الادعاءات</dt>
          <dd>{countLabel(claims.length, COUNT.claim)}</dd>
        </dl>
      </header>
      <p className="legend">
        <span className="rel-conflicts">في تعارض</span>
        <span className="rel-compatible">رقم متوافق مع غيره</span>
        <span className="rel-corroborates">تؤكده وسائل أخرى</span>
        <span className="rel-none">من مصدر واحد</span>
      </p>
      <div className="article-layout">
        <ArticleText article={article} claims={displays} />
        <aside className="claim-aside card" aria-labelledby="h-claims">
          <h2 id="h-claims">ادعاءات المقال</h2>
          {displays.length === 0 ? (
            <Empty>لم يُستخرج أي ادعاء من هذا المقال.</Empty>
          ) : (
            <ol>
              {displays.map((d) => (
                <li key={d.claim.id} id={`note-${d.claim.id}`}>
                  <span className="who">{d.claim.speaker?.name ?? "دون قائل مسمّى"}</span>
                  {d.claim.verb && <span className="muted"> ({d.claim.verb})</span>}
                  {d.claim.via.length > 0 && <span className="muted"> عبر {d.claim.via.join(" ← ")}</span>}
                  <div>
                    <a href={`#claim-${d.claim.id}`}>{truncate(d.claim.text, 90)}</a>
                  </div>
                  <div className="small">
                    <Link href={`/claims/${encodeURIComponent(d.claim.id)}`}>التفاصيل</Link>
                    {(clusters.get(d.claim.id) ?? []).map((k) => (
                      <span key={k.id}>
                        {" · "}
                        <Link href={`/clusters/${encodeURIComponent(k.id)}`} title={RELATION_LABEL[k.relation]}>
                          <RelationBadge relation={k.relation} />
                        </Link>
                      </span>
                    ))}
                  </div>
                </li>
              ))}
            </ol>
          )}
        </aside>
      </div>
    </>
  );
}
