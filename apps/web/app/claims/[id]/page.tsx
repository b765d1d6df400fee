import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumbs, Empty, RelationBadge } from "#components/badges.tsx";
import { ClaimText } from "#components/claim-card.tsx";
import { allPages } from "#lib/data.ts";
import {
  articleLabel,
  COUNT,
  countLabel,
  describeBounds,
  formatDate,
  KIND_LABEL,
  STANCE_LABEL,
  truncate,
  unitLabel,
} from "#lib/format.ts";
import { regionsOf } from "#lib/segments.ts";
import { getStore } from "#lib/store.ts";

export const dynamic = "force-dynamic";

const load = cache(async (id: string) => {
  const store = await getStore();
  const claim = await store.getClaim(id);
  if (!claim) return null;
  const [article, clusters, entities] = await Promise.all([
    store.getArticle(claim.articleId),
    allPages((p) => store.listClusters({ ...p, claimId: id }), 200),
    Promise.all(claim.entityIds.map((e) => store.getEntity(e))),
  ]);
  const story = article?.storyId ? await store.getStory(article.storyId) : null;
  return { claim, article, clusters, entities: entities.filter((e) => e !== null), story };
});

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load((await params).id);
  return { title: data ? truncate(data.claim.text, 70) : "ادعاء غير موجود" };
}

export default async function ClaimPage({ params }: Props) {
  const data = await load((await params).id);
  if (!data) notFound();
  const { claim, article, clusters, entities, story } = data;
  // the paragraph (block) the claim sits in, for context
  const region = article
    ? regionsOf(article.text.length, article.blocks).find((r) => r.start <= claim.start && r.end >= claim.end)
    : undefined;
  const before = article && region ? article.text.slice(region.start, claim.start) : "";
  const after = article && region ? article.text.slice(claim.end, region.end) : "";
  return (
    <>
      <Breadcrumbs
        items={[
          ...(story ? [{ href: `/stories/${encodeURIComponent(story.id)}`, label: story.title || story.id }] : []),
          ...(article
            ? [{ href: `/articles/${encodeURIComponent(article.id)}`, label: truncate(articleLabel(article), 40) }]
            : []),
          { label: "ادعاء" },
        ]}
      />
      <h1>ادعاء في {articleLabel(article)}</h1>
      <blockquote className="claim-text card">
        <span className="muted">{clipStart(before.trimStart(), 200)}</span>
        <strong>
          <ClaimText claim={claim} />
        </strong>
        <span className="muted">{clipEnd(after.trimEnd(), 200)}</span>
      </blockquote>
      <p>
        <Link href={`/articles/${encodeURIComponent(claim.articleId)}#claim-${claim.id}`}>اقرأه في سياق المقال</Link>
      </p>
      <dl className="facts">
        <dt>القائل</dt>
        <dd>
          {claim.speaker ? claim.speaker.name : "—"}
          {claim.speaker?.role ? ` (${claim.speaker.role})` : ""}
        </dd>
        <dt>النوع</dt>
        <dd>{KIND_LABEL[claim.kind]}</dd>
        {claim.verb && (
          <>
            <dt>فعل القول</dt>
            <dd>{claim.verb}</dd>
          </>
        )}
        {claim.stance && (
          <>
            <dt>الموقف</dt>
            <dd>{STANCE_LABEL[claim.stance]}</dd>
          </>
        )}
        <dt>سلسلة النقل</dt>
        <dd>{[articleLabel(article), ...claim.via, claim.speaker?.name ?? "دون قائل مسمّى"].join(" ← ")}</dd>
        {claim.time && (
          <>
            <dt>زمن الحدث</dt>
            <dd>
              «{claim.time.text}»{claim.time.date ? ` — ${formatDate(claim.time.date)}` : ""}
            </dd>
          </>
        )}
        {entities.length > 0 && (
          <>
            <dt>الكيانات</dt>
            <dd>
              {entities.map((e, i) => (
                <span key={e.id}>
                  {i > 0 && "، "}
                  <Link href={`/search?q=${encodeURIComponent(e.name)}`}>{e.name}</Link>
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>

      {claim.quantities.length > 0 && (
        <section aria-labelledby="h-q">
          <h2 id="h-q">الأرقام</h2>
          <table className="plain">
            <thead>
              <tr>
                <th scope="col">كما كُتب</th>
                <th scope="col">القيمة</th>
                <th scope="col">الشيء المقيس</th>
                <th scope="col">الوحدة</th>
              </tr>
            </thead>
            <tbody>
              {claim.quantities.map((q, i) => (
                <tr key={i}>
                  <td>«{q.text}»</td>
                  <td>
                    {describeBounds(q)}
                    {q.approx ? " (تقريبي)" : ""}
                    {q.vague ? ` — ${q.vague}` : ""}
                  </td>
                  <td>{q.subject ?? "—"}</td>
                  <td>{unitLabel(q.unit) || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section aria-labelledby="h-clusters">
        <h2 id="h-clusters">المجموعات التي ينتمي إليها</h2>
        {clusters.length === 0 ? (
          <Empty>لم يُجمع هذا الادعاء مع غيره.</Empty>
        ) : (
          <ul className="result-list">
            {clusters.map((k) => (
              <li key={k.id}>
                <RelationBadge relation={k.relation} />{" "}
                <Link href={`/clusters/${encodeURIComponent(k.id)}`}>{k.topic || "مجموعة"}</Link>{" "}
                <span className="muted small">({countLabel(k.claimIds.length, COUNT.claim)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function clipStart(s: string, max: number): string {
  return s.length > max ? `…${s.slice(-max)}` : s;
}

function clipEnd(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
