import Link from "next/link";
import { Empty } from "#components/badges.tsx";
import { SearchForm } from "#components/search-form.tsx";
import { COUNT, countLabel, formatNumber, RELATION_LABEL, RELATION_ORDER } from "#lib/format.ts";
import { getStore } from "#lib/store.ts";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const store = await getStore();
  const stories = await store.listStories({ limit: 200 });
  return (
    <>
      <h1>القصص</h1>
      <p className="lede">
        كل قصة مجموعة من التقارير الإخبارية عن حدث واحد. إسناد يجمع ما قاله كل مصدر، ويبيّن أين تتطابق الروايات وأين
        تتعارض الأرقام، وهل التأكيد من خمس وسائل إعلام هو خمسة مصادر أم برقية واحدة منقولة خمس مرات.
      </p>
      <SearchForm large />
      <h2>
        {stories.total > 0
          ? `${countLabel(stories.total, { one: "قصة واحدة", two: "قصتان", few: "قصص", many: "قصة" })}`
          : "لا قصص بعد"}
      </h2>
      {stories.items.length === 0 ? (
        <Empty>
          لا توجد قصص في قاعدة البيانات بعد. حمّل مقالات بالأمر{" "}
          <code>pnpm isnad ingest &lt;ملفات&gt; --story &lt;معرّف&gt;</code> أو شغّل <code>pnpm start</code> لتحميل
          العيّنات.
        </Empty>
      ) : (
        <ul className="story-list">
          {stories.items.map((s) => {
            const sum = s.summary;
            return (
              <li key={s.id} className="card">
                <h3>
                  <Link href={`/stories/${encodeURIComponent(s.id)}`}>{s.title || s.id}</Link>
                </h3>
                {s.description && <p className="muted small">{s.description}</p>}
                <div className="claim-meta">
                  <span>{countLabel(s.articleCount, COUNT.article)}</span>
                  {sum && <span>{countLabel(sum.claimCount, COUNT.claim)}</span>}
                  {sum && sum.outlets.length > 0 && <span>{countLabel(sum.outlets.length, COUNT.outlet)}</span>}
                  {sum &&
                    RELATION_ORDER.filter((r) => (sum.clustersByRelation[r] ?? 0) > 0).map((r) => (
                      <span key={r}>
                        {RELATION_LABEL[r]}: <b>{formatNumber(sum.clustersByRelation[r] ?? 0)}</b>
                      </span>
                    ))}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
