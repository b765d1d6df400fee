import { Relation } from "@isnad/core/schema";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumbs, Empty } from "#components/badges.tsx";
import { ClusterCards, SectionHead, SingleList, singleClaims } from "#components/story-sections.tsx";
import { lookupFor } from "#lib/data.ts";
import { formatNumber, RELATION_HEADING } from "#lib/format.ts";
import { getStore } from "#lib/store.ts";

export const dynamic = "force-dynamic";

const PER_PAGE = 50;

const load = cache(async (id: string, relation: Relation, page: number) => {
  const store = await getStore();
  const story = await store.getStory(id);
  if (!story) return null;
  const clusters = await store.listClusters({ storyId: id, relation, limit: PER_PAGE, offset: (page - 1) * PER_PAGE });
  const lookup = await lookupFor(store, clusters.items);
  return { story, clusters, lookup };
});

type Props = {
  params: Promise<{ id: string; relation: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function resolve(props: Props) {
  const { id, relation } = await props.params;
  const parsed = Relation.safeParse(relation);
  if (!parsed.success) return null;
  const raw = (await props.searchParams).page;
  const page = Math.max(1, Math.min(100_000, Number.parseInt((Array.isArray(raw) ? raw[0] : raw) ?? "1", 10) || 1));
  const data = await load(id, parsed.data, page);
  return data ? { ...data, relation: parsed.data, page } : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const data = await resolve(props);
  return { title: data ? `${RELATION_HEADING[data.relation]} — ${data.story.title || data.story.id}` : "غير موجود" };
}

/** Every cluster of one relation in a story, paged: the permalink behind "all conflicts" and the like. */
export default async function RelationPage(props: Props) {
  const data = await resolve(props);
  if (!data) notFound();
  const { story, clusters, lookup, relation, page } = data;
  const pages = Math.max(1, Math.ceil(clusters.total / PER_PAGE));
  const base = `/stories/${encodeURIComponent(story.id)}/${relation}`;
  const href = (p: number) => (p > 1 ? `${base}?page=${p}` : base);
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/stories/${encodeURIComponent(story.id)}`, label: story.title || story.id },
          { label: RELATION_HEADING[relation] },
        ]}
      />
      <SectionHead id="h-relation" relation={relation} count={clusters.total} />
      {pages > 1 && (
        <p className="muted">
          الصفحة {formatNumber(page)} من {formatNumber(pages)}
        </p>
      )}
      {clusters.items.length === 0 ? (
        <Empty>لا شيء هنا.</Empty>
      ) : relation === "single-source" ? (
        <SingleList claims={singleClaims(clusters.items, lookup.claims)} lookup={lookup} />
      ) : (
        <ClusterCards clusters={clusters.items} lookup={lookup} />
      )}
      {pages > 1 && (
        <nav className="pager" aria-label="الصفحات">
          {page > 1 ? <Link href={href(page - 1)}>→ السابقة</Link> : <span />}
          {page < pages ? <Link href={href(page + 1)}>التالية ←</Link> : <span />}
        </nav>
      )}
    </>
  );
}
