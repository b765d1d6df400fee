import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { allPages, byId, groupByRelation } from "../../../lib/data.ts";
import {
  articleLabel,
  COUNT,
  countLabel,
  formatDate,
  formatNumber,
  RELATION_HEADING,
  RELATION_HELP,
  RELATION_LABEL,
  RELATION_ORDER,
  truncate,
} from "../../../lib/format.ts";
import { getStore } from "../../../lib/store.ts";
import { orderConflicts, speakersOf, timelineOf } from "../../../lib/story.ts";
import { Breadcrumbs, Empty, Stat } from "../../_components/badges.tsx";
import { CorroborationCard, FigureClusterCard, type Lookup } from "../../_components/cluster-views.tsx";

export const dynamic = "force-dynamic";

const SINGLE_SHOWN = 12;

const load = cache(async (id: string) => {
  const store = await getStore();
  const story = await store.getStory(id);
  if (!story) return null;
  const [articles, claims, clusters] = await Promise.all([
    allPages((p) => store.listArticles({ ...p, storyId: id })),
    allPages((p) => store.listClaims({ ...p, storyId: id })),
    allPages((p) => store.listClusters({ ...p, storyId: id })),
  ]);
  return { story, articles, claims, clusters };
});

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load((await params).id);
  return { title: data ? data.story.title || data.story.id : "قصة غير موجودة" };
}

export default async function StoryPage({ params }: Props) {
  const data = await load((await params).id);
  if (!data) notFound();
  const { story, articles, claims, clusters } = data;
  const summary = story.summary;
  const lookup: Lookup = { claims: byId(claims), articles: byId(articles) };
  const groups = groupByRelation(clusters);
  const conflicts = orderConflicts(groups.conflicts, summary);
  const outlets = summary?.outlets.length
    ? summary.outlets
    : [...new Set(articles.flatMap((a) => (a.outlet ? [a.outlet] : [])))];
  const speakers = speakersOf(summary, claims);
  const timeline = timelineOf(summary, claims);
  const claimsPerArticle = new Map<string, number>();
  for (const c of claims) claimsPerArticle.set(c.articleId, (claimsPerArticle.get(c.articleId) ?? 0) + 1);
  const singles = groups["single-source"]
    .flatMap((k) => k.claimIds.map((id) => lookup.claims.get(id)))
    .filter((c) => c !== undefined);
  const maxSpeaker = Math.max(1, ...speakers.map((s) => s.claims));

  return (
    <>
      <Breadcrumbs items={[{ label: story.title || story.id }]} />
      <h1>{story.title || story.id}</h1>
      {story.description && <p className="lede">{story.description}</p>}
      <ul className="stats" aria-label="أرقام القصة">
        <Stat value={formatNumber(articles.length)} label="مقالات" />
        <Stat value={formatNumber(outlets.length)} label="وسائل إعلام مسمّاة" />
        <Stat value={formatNumber(claims.length)} label="ادعاءات" />
        {RELATION_ORDER.map((r) => (
          <Stat key={r} value={formatNumber(groups[r].length)} label={RELATION_LABEL[r]} />
        ))}
      </ul>

      <nav aria-label="أقسام الصفحة" className="small">
        <ul className="pill-list">
          {RELATION_ORDER.map((r) => (
            <li key={r}>
              <a className="pill" href={`#${r}`}>
                {RELATION_HEADING[r]} ({formatNumber(groups[r].length)})
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

      {outlets.length > 0 && (
        <p>
          <span className="muted">وسائل الإعلام: </span>
          {outlets.join("، ")}
        </p>
      )}

      {clusters.length === 0 && (
        <Empty>
          {claims.length === 0
            ? "لم يُستخرج أي ادعاء من مقالات هذه القصة بعد."
            : "لم تُجمع ادعاءات هذه القصة في مجموعات بعد، فلا مقارنة بين الوسائل."}
        </Empty>
      )}

      <section id="conflicts" aria-labelledby="h-conflicts">
        <SectionHead id="h-conflicts" relation="conflicts" count={conflicts.length} />
        {conflicts.length === 0 ? (
          <Empty>لا تعارض بين الوسائل في هذه القصة.</Empty>
        ) : (
          conflicts.map((c) => <FigureClusterCard key={c.id} cluster={c} lookup={lookup} />)
        )}
      </section>

      <section id="compatible" aria-labelledby="h-compatible">
        <SectionHead id="h-compatible" relation="compatible" count={groups.compatible.length} />
        {groups.compatible.length === 0 ? (
          <Empty>لا أرقام مختلفة متوافقة.</Empty>
        ) : (
          groups.compatible.map((c) => <FigureClusterCard key={c.id} cluster={c} lookup={lookup} />)
        )}
      </section>

      <section id="corroborates" aria-labelledby="h-corroborates">
        <SectionHead id="h-corroborates" relation="corroborates" count={groups.corroborates.length} />
        {groups.corroborates.length === 0 ? (
          <Empty>لا رواية وردت في أكثر من مقال.</Empty>
        ) : (
          groups.corroborates.map((c) => <CorroborationCard key={c.id} cluster={c} lookup={lookup} />)
        )}
      </section>

      <section id="single-source" aria-labelledby="h-single-source">
        <SectionHead id="h-single-source" relation="single-source" count={singles.length} />
        {singles.length === 0 ? (
          <Empty>لا ادعاءات من مصدر واحد.</Empty>
        ) : (
          <>
            <SingleList claims={singles.slice(0, SINGLE_SHOWN)} lookup={lookup} />
            {singles.length > SINGLE_SHOWN && (
              <details>
                <summary>عرض الباقي ({formatNumber(singles.length - SINGLE_SHOWN)})</summary>
                <SingleList claims={singles.slice(SINGLE_SHOWN)} lookup={lookup} />
              </details>
            )}
          </>
        )}
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
                <time dateTime={t.date}>{formatDate(t.date)}</time>
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
        <h2 id="h-articles">المقالات ({formatNumber(articles.length)})</h2>
        {articles.length === 0 ? (
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
              {articles.map((a) => (
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
      </section>
    </>
  );
}

function firstLine(text: string): string {
  return text.split("\n").find((l) => l.trim() !== "") ?? "";
}

function SectionHead({ id, relation, count }: { id: string; relation: keyof typeof RELATION_HEADING; count: number }) {
  return (
    <div className="section-head">
      <h2 id={id}>
        {RELATION_HEADING[relation]} <span className="muted">({formatNumber(count)})</span>
      </h2>
      <p>{RELATION_HELP[relation]}</p>
    </div>
  );
}

function SingleList({
  claims,
  lookup,
}: {
  claims: { id: string; text: string; articleId: string; speaker: { name: string } | null }[];
  lookup: Lookup;
}) {
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
