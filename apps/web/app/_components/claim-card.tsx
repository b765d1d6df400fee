import type { Article, Chain, Claim, Quantity } from "@isnad/core/schema";
import Link from "next/link";
import { articleLabel, describeBounds, KIND_LABEL, STANCE_LABEL } from "#lib/format.ts";
import { segmentText } from "#lib/segments.ts";
import { ChainView } from "./chain.tsx";

/** Quantity spans relative to the claim's own text (they are stored as offsets into the article). */
export function quantitySpansInClaim(claim: Claim): { id: string; start: number; end: number }[] {
  const out: { id: string; start: number; end: number }[] = [];
  claim.quantities.forEach((q, i) => {
    const s = q.start - claim.start;
    const e = q.end - claim.start;
    if (s >= 0 && e <= claim.text.length && s < e) out.push({ id: `q${i}`, start: s, end: e });
  });
  return out;
}

/** A claim's text with its figures marked. */
export function ClaimText({ claim }: { claim: Claim }) {
  const segments = segmentText(claim.text, 0, claim.text.length, quantitySpansInClaim(claim));
  return (
    <>
      {segments.map((s) =>
        s.marks.length > 0 ? (
          <mark key={s.start} className="quantity">
            {s.text}
          </mark>
        ) : (
          <span key={s.start}>{s.text}</span>
        ),
      )}
    </>
  );
}

export function QuantityPills({ quantities }: { quantities: readonly Quantity[] }) {
  if (quantities.length === 0) return null;
  return (
    <ul className="pill-list" aria-label="الأرقام">
      {quantities.map((q, i) => (
        <li key={i} className="pill" title={q.text}>
          {describeBounds(q)}
          {q.approx ? " (تقريبي)" : ""}
          {q.subject ? ` — ${q.subject}` : ""}
        </li>
      ))}
    </ul>
  );
}

export function ClaimMeta({ claim }: { claim: Claim }) {
  return (
    <div className="claim-meta">
      <span>
        القائل: <b>{claim.speaker?.name ?? "—"}</b>
        {claim.speaker?.role ? ` (${claim.speaker.role})` : ""}
      </span>
      {claim.verb && (
        <span>
          الفعل: <b>{claim.verb}</b>
        </span>
      )}
      {claim.stance && <span>{STANCE_LABEL[claim.stance]}</span>}
      <span>{KIND_LABEL[claim.kind]}</span>
      {claim.via.length > 0 && (
        <span>
          عبر: <b>{claim.via.join(" ← ")}</b>
        </span>
      )}
    </div>
  );
}

export function ClaimCard({
  claim,
  article,
  chain,
  heading = true,
}: {
  claim: Claim;
  article: Article | undefined;
  chain?: Chain | undefined;
  heading?: boolean;
}) {
  const label = articleLabel(article);
  return (
    <article className="card claim-card" data-claim-id={claim.id}>
      {heading && (
        <h3>
          <Link href={`/articles/${encodeURIComponent(claim.articleId)}#claim-${claim.id}`}>{label}</Link>
        </h3>
      )}
      <blockquote className="claim-text">
        <ClaimText claim={claim} />
      </blockquote>
      <ClaimMeta claim={claim} />
      {chain && (
        <p className="small" style={{ marginBlock: "0.4rem 0" }}>
          <ChainView chain={chain} outletLabel={label} />
        </p>
      )}
      <QuantityPills quantities={claim.quantities} />
      <Link className="small" href={`/claims/${encodeURIComponent(claim.id)}`}>
        تفاصيل الادعاء
      </Link>
    </article>
  );
}
