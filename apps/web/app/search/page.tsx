import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Breadcrumbs, Empty } from "#components/badges.tsx";
import { SearchForm } from "#components/search-form.tsx";
import { findQuery } from "#lib/fold.ts";
import { articleLabel, COUNT, countLabel, formatNumber } from "#lib/format.ts";
import { segmentText } from "#lib/segments.ts";
import { getStore } from "#lib/store.ts";

export const dynamic = "force-dynamic";

const PER_PAGE = 20;
const MAX_QUERY = 200;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function one(v: string | string[] | undefined): string {
  return (Array.isArray(v) ? v[0] : v) ?? "";
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = one((await searchParams).q).trim();
  return { title: q ? `بحث: ${q.slice(0, 60)}` : "بحث" };
}

/** The hit's text with the query's words marked, found regardless of diacritics and letter variants. */
function Marked({ text, query }: { text: string; query: string }): ReactNode {
  const spans = findQuery(text, query).map((s, i) => ({ id: String(i), ...s }));
  return segmentText(text, 0, text.length, spans).map((s) =>
    s.marks.length > 0 ? (
      <mark key={s.start} className="query-hit">
        {s.text}
      </mark>
    ) : (
      <span key={s.start}>{s.text}</span>
    ),
  );
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = one(params.q).trim().slice(0, MAX_QUERY);
  const pageNo = Math.max(1, Math.min(1000, Number.parseInt(one(params.page), 10) || 1));
  if (!q) {
    return (
      <>
        <Breadcrumbs items={[{ label: "بحث" }]} />
        <h1>بحث</h1>
        <SearchForm large />
        <p className="muted">ابحث بكلمة أو أكثر، بالتشكيل أو دونه: «مقاتلين» تجد «مُقاتِلين».</p>
      </>
    );
  }
  const store = await getStore();
  const storyParam = one(params.story).trim();
  const story = storyParam ? await store.getStory(storyParam) : null;
  const results = await store.search(q, {
    limit: PER_PAGE,
    offset: (pageNo - 1) * PER_PAGE,
    ...(story ? { storyId: story.id } : {}),
  });
  const articleIds = [...new Set(results.items.map((h) => h.articleId))];
  const articles = new Map(
    (await Promise.all(articleIds.map((id) => store.getArticle(id)))).filter((a) => a !== null).map((a) => [a.id, a]),
  );
  const pages = Math.max(1, Math.ceil(results.total / PER_PAGE));
  const scope = story ? `&story=${encodeURIComponent(story.id)}` : "";
  const href = (p: number) => `/search?q=${encodeURIComponent(q)}${scope}${p > 1 ? `&page=${p}` : ""}`;
  const storyRef = story ? { id: story.id, title: story.title || story.id } : undefined;
  return (
    <>
      <Breadcrumbs items={[{ label: "بحث" }]} />
      <h1>
        نتائج البحث عن «<bdi>{q}</bdi>»
      </h1>
      <SearchForm defaultValue={q} large story={storyRef} />
      {storyRef && (
        <p className="small">
          داخل قصة <Link href={`/stories/${encodeURIComponent(storyRef.id)}`}>{storyRef.title}</Link> —{" "}
          <Link href={`/search?q=${encodeURIComponent(q)}`}>ابحث في كل القصص</Link>
        </p>
      )}
      <p className="muted">
        {results.total === 0 ? "لا نتائج." : countLabel(results.total, COUNT.result)}
        {pages > 1 && ` — الصفحة ${formatNumber(pageNo)} من ${formatNumber(pages)}`}
      </p>
      {results.items.length === 0 ? (
        <Empty>لم يُعثر على «{q}» في المقالات ولا في الادعاءات. جرّب كلمة أقصر أو جذرًا آخر.</Empty>
      ) : (
        <ol className="result-list" start={(pageNo - 1) * PER_PAGE + 1}>
          {results.items.map((h) => {
            const article = articles.get(h.articleId);
            const link =
              h.type === "claim" ? `/claims/${encodeURIComponent(h.id)}` : `/articles/${encodeURIComponent(h.id)}`;
            return (
              <li key={`${h.type}:${h.id}`} data-hit-type={h.type}>
                <span className={`badge type ${h.type === "claim" ? "rel-corroborates" : "rel-single-source"}`}>
                  {h.type === "claim" ? "ادعاء" : "مقال"}
                </span>
                <Link href={link}>
                  <Marked text={h.text} query={q} />
                </Link>
                {h.type === "article" && h.snippet && h.snippet !== h.text && (
                  <p className="small snippet">
                    <Marked text={h.snippet} query={q} />
                  </p>
                )}
                <div className="claim-meta">
                  <span>{articleLabel(article)}</span>
                  {h.type === "claim" && (
                    <Link href={`/articles/${encodeURIComponent(h.articleId)}#claim-${h.id}`}>في سياق المقال</Link>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {pages > 1 && (
        <nav className="pager" aria-label="صفحات النتائج">
          {pageNo > 1 ? <Link href={href(pageNo - 1)}>→ السابقة</Link> : <span />}
          {pageNo < pages ? <Link href={href(pageNo + 1)}>التالية ←</Link> : <span />}
        </nav>
      )}
    </>
  );
}
