import type { Relation } from "@isnad/core/schema";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumbs, Empty, Stat } from "#components/badges.tsx";
import { SearchForm } from "#components/search-form.tsx";
import { ClusterCards, SectionHead, SingleList, singleClaims } from "#components/story-sections.tsx";
import { allPages, byId, groupByRelation, lookupFor } from "#lib/data.ts";
import {
  articleLabel,
  COUNT,
  countLabel,
  formatDate,
  formatNumber,
  RELATION_HEADING,
  RELATION_LABEL,
  RELATION_ORDER,
  truncate,
} from "#lib/format.ts";
import { getStore } from "#lib/store.ts";
import { orderConflicts, speakersOf, timelineOf } from "#lib/story.ts";

export const dynamic = "force-dynamic";

/** Clusters shown per relation on the story page; the rest are on /stories/[id]/[relation]. */
const SHOWN: Record<Relation, number> = { conflicts: 40, compatible: 25, corroborates: 25, "single-source": 60 };
const SINGLE_OPEN = 12;
const ARTICLES_SHOWN = 200;
const TIMELINE_CLAIMS = 60;

const load = cache(async (id: string) => {
  const store = await getStore();
  const story = await store.getStory(id);
  if (!story) return null;
  const [articlePage, claimPage, ...relationPages] = await Promise.all([
    store.listArticles({ storyId: id, limit: ARTICLES_SHOWN }),
    store.listClaims({ storyId: id, limit: 0 }),
    ...RELATION_ORDER.map((r) => store.listClusters({ storyId: id, relation: r, limit: SHOWN[r] })),
  ]);
  const byRelation = Object.fromEntries(RELATION_ORDER.map((r, i) => [r, relationPages[i]!])) as Record<
    Relation,
    (typeof relationPages)[number]
  >;
  // the stored summary carries speakers and the timeline; without one, count them from the claims
  const fallbackClaims = story.summary ? [] : await allPages((p) => store.listClaims({ ...p, storyId: id }), 5_000);
  const summary = story.summary;
  const timeline = timelineOf(summary, fallbackClaims);
  const timelineIds = timeline.flatMap((t) => t.claimIds).slice(0, TIMELINE_CLAIMS);
  const shown = RELATION_ORDER.flatMap((r) => byRelation[r].items);
  const lookup = await lookupFor(store, shown, timelineIds, byId(articlePage.items));
  const claimsPerArticle = new Map(
    await Promise.all(
      articlePage.items.map(
        async (a) => [a.id, (await store.listClaims({ articleId: a.id, limit: 0 })).total] as const,
      ),
    ),
  );
  return {
    story,
    articles: articlePage,
    claimTotal: claimPage.total,
    byRelation,
    lookup,
    speakers: speakersOf(summary, fallbackClaims),
    timeline,
    claimsPerArticle,
  };
});

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load((await params).id);
  return { title: data ? data.story.title || data.story.id : "قصة غير موجودة" };
}

export default async function StoryPage({ params }: Props) {
  const data = await load((await params).id);
  if (!data) notFound();
  const { story, articles, claimTotal, byRelation, lookup, speakers, timeline, claimsPerArticle } = data;
  const summary = story.summary;
  const total = (r: Relation) => byRelation[r].total;
  const conflicts = orderConflicts(byRelation.conflicts.items, summary);
  const groups = groupByRelation(RELATION_ORDER.flatMap((r) => byRelation[r].items));
  const outlets = summary?.outlets.length
    ? summary.outlets
    : [...new Set(articles.items.flatMap((a) => (a.outlet ? [a.outlet] : [])))];
  const singles = singleClaims(byRelation["single-source"].items, lookup.claims);
  const maxSpeaker = Math.max(1, ...speakers.map((s) => s.claims));
  const clusterTotal = RELATION_ORDER.reduce((n, r) => n + total(r), 0);
  const more = (r: Relation) =>
    total(r) > byRelation[r].items.length && (
      <p>
        <Link href={`/stories/${encodeURIComponent(story.id)}/${r}`}>
          كل {RELATION_HEADING[r]} ({formatNumber(total(r))})
        </Link>
      </p>
    );

  return (
    <>
      <Breadcrumbs items={[{ label: story.title || story.id }]} />
      <h1>{story.title || story.id}</h1>
      {story.description && <p className="lede">{story.description}</p>}
      <ul className="stats" aria-label="أرقام القصة">
        <Stat value={formatNumber(articles.total)} label="مقالات" />
        <Stat value={formatNumber(outlets.length)} label="وسائل إعلام مسمّاة" />
        <Stat value={formatNumber(claimTotal)} label="ادعاءات" />
        {RELATION_ORDER.map((r) => (
          <Stat key={r} value={formatNumber(total(r))} label={RELATION_LABEL[r]} />
        ))}
      </ul>

      <nav aria-label="أقسام الصفحة" className="small">
        <ul className="pill-list">
          {RELATION_ORDER.map((r) => (
            <li key={r}>
              <a className="pill" href={`#${r}`}>
                {RELATION_HEADING[r]} ({formatNumber(total(r))})
              </a>
            </li>
          ))}
          <li>
            <a className="pill" href="#speakers">
              المتحدثون
            </a>
          </li>
          <li>
            <a className="pill" href="#timeline">
              التسلسل الزمني
            </a>
          </li>
          <li>
            <a className="pill" href="#articles">
              المقالات
            </a>
          </li>
        </ul>
      </nav>

      <SearchForm story={{ id: story.id, title: story.title || story.id }} />

      {outlets.length > 0 && (
        <p>
          <span className="muted">وسائل الإعلام: </span>
          {outlets.join("، ")}
        </p>
      )}

      {clusterTotal === 0 && (
        <Empty>
          {claimTotal === 0
            ? "لم يُستخرج أي ادعاء من مقالات هذه القصة بعد."
            : "لم تُجمع ادعاءات هذه القصة في مجموعات بعد، فلا مقارنة بين الوسائل."}
        </Empty>
      )}

      <section id="conflicts" aria-labelledby="h-conflicts">
        <SectionHead id="h-conflicts" relation="conflicts" count={total("conflicts")} />
        {conflicts.length === 0 ? (
          <Empty>لا تعارض بين الوسائل في هذه القصة.</Empty>
        ) : (
          <ClusterCards clusters={conflicts} lookup={lookup} />
        )}
        {more("conflicts")}
      </section>

      <section id="compatible" aria-labelledby="h-compatible">
        <SectionHead id="h-compatible" relation="compatible" count={total("compatible")} />
        {groups.compatible.length === 0 ? (
          <Empty>لا أرقام مختلفة متوافقة.</Empty>
        ) : (
          <ClusterCards clusters={groups.compatible} lookup={lookup} />
        )}
        {more("compatible")}
      </section>

      <section id="corroborates" aria-labelledby="h-corroborates">
        <SectionHead id="h-corroborates" relation="corroborates" count={total("corroborates")} />
        {groups.corroborates.length === 0 ? (
          <Empty>لا رواية وردت في أكثر من مقال.</Empty>
        ) : (
          <ClusterCards clusters={groups.corroborates} lookup={lookup} />
        )}
        {more("corroborates")}
      </section>

      <section id="single-source" aria-labelledby="h-single-source">
        <SectionHead id="h-single-source" relation="single-source" count={total("single-source")} />
        {singles.length === 0 ? (
          <Empty>لا ادعاءات من مصدر واحد.</Empty>
        ) : (
          <>
            <SingleList claims={singles.slice(0, SINGLE_OPEN)} lookup={lookup} />
            {singles.length > SINGLE_OPEN && (
              <details>
                <summary>عرض المزيد ({formatNumber(singles.length - SINGLE_OPEN)})</summary>
                <SingleList claims={singles.slice(SINGLE_OPEN)} lookup={lookup} />
              </details>
            )}
          </>
        )}
        {more("single-source")}
      </section>

      <section id="speakers" aria-labelledby="h-speakers">
        <h2 id="h-speakers">المتحدثون حسب عدد الادعاءات</h2>
        {speakers.length === 0 ? (
          <Empty>لم يُنسب أي ادعاء إلى قائل مسمّى.</Empty>
        ) : (
          <table className="plain">
            <thead>
              <tr>
                <th scope="col">القائل</th>
                <th scope="col">الادعاءات</th>
              </tr>
            </thead>
            <tbody>
              {speakers.map((s) => (
                <tr key={s.entityId ?? s.name}>
                  <td>
                    <Link href={`/search?q=${encodeURIComponent(s.name)}`}>{s.name}</Link>
                  </td>
                  <td>
                    <span className="bar" style={{ inlineSize: `${(s.claims / maxSpeaker) * 8}rem` }} />{" "}
                    {formatNumber(s.claims)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section id="timeline" aria-labelledby="h-timeline">
        <h2 id="h-timeline">التسلسل الزمني للأحداث</h2>
        {timeline.length === 0 ? (
          <Empty>لم تُحدَّد تواريخ للأحداث المذكورة في الادعاءات.</Empty>
        ) : (
          <ol className="timeline">
            {timeline.map((t) => (
              <li key={t.date}>
                <time dateTime={t.date}>{formatDate(t.date)}</time>{" "}
                <span className="muted small">({countLabel(t.claimIds.length, COUNT.claim)})</span>
                <ul>
                  {t.claimIds.map((id) => {
                    const c = lookup.claims.get(id);
                    if (!c) return null;
                    return (
                      <li key={id}>
                        <Link href={`/claims/${encodeURIComponent(id)}`}>{truncate(c.text, 140)}</Link>{" "}
                        <span className="muted small">— {articleLabel(lookup.articles.get(c.articleId))}</span>
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section id="articles" aria-labelledby="h-articles">
        <h2 id="h-articles">المقالات ({formatNumber(articles.total)})</h2>
        {articles.items.length === 0 ? (
          <Empty>لا مقالات في هذه القصة.</Empty>
        ) : (
          <table className="plain">
            <thead>
              <tr>
                <th scope="col">المقال</th>
                <th scope="col">الوسيلة</th>
                <th scope="col">الادعاءات</th>
              </tr>
            </thead>
            <tbody>
              {articles.items.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link href={`/articles/${encodeURIComponent(a.id)}`}>
                      {truncate(a.title ?? firstLine(a.text), 90)}
                    </Link>
                  </td>
                  <td>{a.outlet ?? <span className="muted">غير مسمّاة</span>}</td>
                  <td>{countLabel(claimsPerArticle.get(a.id) ?? 0, COUNT.claim)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {articles.total > articles.items.length && (
          <p className="muted">
            تُعرض أول {formatNumber(articles.items.length)} مقالات من {formatNumber(articles.total)}؛ ابحث للوصول إلى
            غيرها.
          </p>
        )}
      </section>
    </>
  );
}

function firstLine(text: string): string {
  return text.split("\n").find((l) => l.trim() !== "") ?? "";
}
