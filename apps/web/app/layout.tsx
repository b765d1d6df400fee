import "@fontsource/noto-naskh-arabic/400.css";
import "@fontsource/noto-naskh-arabic/700.css";
import "./globals.css";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SearchForm } from "#components/search-form.tsx";

export const metadata: Metadata = {
  title: { default: "إسناد", template: "%s — إسناد" },
  description: "من قال ماذا في التغطيات الإخبارية العربية: الروايات المتطابقة والمتعارضة وسلاسل النقل.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ar" dir="rtl">
      <body>
        <a className="skip-link" href="#main">
          انتقل إلى المحتوى
        </a>
        <header className="site-header">
          <div className="site-header-inner">
            <Link className="brand" href="/">
              إسناد
              <small>من قال ماذا، ومن نقل عمّن</small>
            </Link>
            <SearchForm />
          </div>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          إسناد — مقارنة التغطيات الإخبارية العربية. النصوص معروضة كما نُشرت دون تعديل.
        </footer>
      </body>
    </html>
  );
}
