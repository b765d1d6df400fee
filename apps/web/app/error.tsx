"use client";

import Link from "next/link";

/** Shown when a page cannot read the store (database unreachable, corrupt file …). */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="not-found">
      <h1>تعذّر عرض الصفحة</h1>
      <p className="muted">
        حدث خطأ أثناء قراءة قاعدة البيانات. تحقّق من إعداد ISNAD_DB_FILE أو DATABASE_URL ثم أعد المحاولة.
      </p>
      {error.digest && (
        <p className="small muted" dir="ltr">
          ref: {error.digest}
        </p>
      )}
      <p>
        <button type="button" className="button" onClick={() => reset()}>
          أعد المحاولة
        </button>{" "}
        <Link href="/">الرئيسية</Link>
      </p>
    </div>
  );
}
