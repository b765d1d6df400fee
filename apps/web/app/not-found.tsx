import Link from "next/link";
import { SearchForm } from "#components/search-form.tsx";

export default function NotFound() {
  return (
    <div className="not-found">
      <div className="code">404</div>
      <h1>الصفحة غير موجودة</h1>
      <p className="muted">لا قصة ولا مقال ولا ادعاء بهذا المعرّف. ربما حُذف أو أُعيد تحليله بمعرّف جديد.</p>
      <p>
        <Link href="/">العودة إلى القصص</Link>
      </p>
      <SearchForm />
    </div>
  );
}
