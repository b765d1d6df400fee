import type { Relation } from "@isnad/core/schema";
import Link from "next/link";
import type { ReactNode } from "react";
import { RELATION_LABEL } from "#lib/format.ts";

export function RelationBadge({ relation }: { relation: Relation }) {
  return <span className={`badge rel-${relation}`}>{RELATION_LABEL[relation]}</span>;
}

export function Breadcrumbs({ items }: { items: { href?: string; label: ReactNode }[] }) {
  return (
    <nav className="breadcrumbs" aria-label="مسار التصفح">
      <ol>
        <li>
          <Link href="/">الرئيسية</Link>
        </li>
        {items.map((item, i) => (
          <li key={i}>
            {item.href ? <Link href={item.href}>{item.label}</Link> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function Stat({ value, label }: { value: ReactNode; label: ReactNode }) {
  return (
    <li>
      <strong>{value}</strong>
      <span>{label}</span>
    </li>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}
