import type { Article, BlockRole, Claim, Relation } from "@isnad/core/schema";
import { BLOCK_LABEL } from "#lib/format.ts";
import { type Region, regionsOf, segmentText } from "#lib/segments.ts";

/** Roles shown as part of the running text; every other role is boxed and labelled. */
const RUNNING: ReadonlySet<BlockRole> = new Set(["title", "subtitle", "body", "heading", "dateline"]);

export interface ClaimDisplay {
  claim: Claim;
  /** 1-based number used for the footnote marker and the aside list */
  n: number;
  relation: Relation | null;
}

/**
 * The article's original text, untouched, cut into its blocks. Claim spans are links to the claim page, coloured
 * by the most telling relation of their clusters, with the speaker on hover/focus and a numbered marker at the end
 * that points to the claims list beside the text. Overlapping claims are marked as such; the link goes to the
 * innermost one.
 */
export function ArticleText({ article, claims }: { article: Article; claims: readonly ClaimDisplay[] }) {
  const text = article.text;
  const byId = new Map(claims.map((c) => [c.claim.id, c]));
  const spans = claims.map((c) => ({ id: c.claim.id, start: c.claim.start, end: c.claim.end }));
  const anchored = new Set<string>();
  const regions = regionsOf(text.length, article.blocks);

  const renderRegion = (r: Region) => {
    const segs = segmentText(text, r.start, r.end, spans);
    return segs.map((s) => {
      const innermost = s.marks[0] ? byId.get(s.marks[0]) : undefined;
      const refs = s.ends.map((id) => byId.get(id)).filter((c): c is ClaimDisplay => c !== undefined);
      const markers = refs
        .slice()
        .sort((a, b) => a.n - b.n)
        .map((c) => (
          <sup key={`ref-${c.claim.id}`} className="claim-ref">
            <a href={`#note-${c.claim.id}`} aria-label={`الادعاء ${c.n}`}>
              {c.n}
            </a>
          </sup>
        ));
      if (!innermost) return <span key={s.start}>{s.text}</span>;
      // the first segment of each claim carries the claim's anchor
      const firstOf = s.marks.find((id) => !anchored.has(id) && byId.get(id)!.claim.start === s.start);
      if (firstOf) anchored.add(firstOf);
      const c = innermost.claim;
      const speaker = c.speaker ? `${c.speaker.name}${c.verb ? ` (${c.verb})` : ""}` : undefined;
      const classes = ["claim-span", innermost.relation ? `rel-${innermost.relation}` : "rel-none"];
      if (s.marks.length > 1) classes.push("overlap");
      return (
        <span key={s.start}>
          <a
            id={firstOf ? `claim-${firstOf}` : undefined}
            className={classes.join(" ")}
            href={`/claims/${encodeURIComponent(c.id)}`}
            data-speaker={speaker}
            data-claims={s.marks.join(" ")}
            title={speaker ? `القائل: ${speaker}` : "ادعاء دون قائل مسمّى"}
          >
            {s.text}
          </a>
          {markers}
        </span>
      );
    });
  };

  return (
    <div className="article-text" lang={article.language === "und" ? undefined : article.language} dir="auto">
      {regions.map((r) => {
        if (r.role === null) {
          const raw = text.slice(r.start, r.end);
          if (raw.trim() === "") return null;
          // text no block covers: shown as-is, without the blank lines around it
          const start = r.start + (raw.length - raw.trimStart().length);
          const end = r.start + raw.trimEnd().length;
          return (
            <p key={r.start} className="region region-gap" data-role="none">
              {renderRegion({ start, end, role: null })}
            </p>
          );
        }
        if (RUNNING.has(r.role)) {
          const Tag = r.role === "title" ? "h2" : r.role === "heading" ? "h3" : "p";
          return (
            <Tag key={r.start} className={`region region-${r.role}`} data-role={r.role}>
              {renderRegion(r)}
            </Tag>
          );
        }
        return (
          <aside
            key={r.start}
            className={`region set-apart role-${r.role}`}
            data-role={r.role}
            aria-label={BLOCK_LABEL[r.role]}
          >
            <span className="block-label">{BLOCK_LABEL[r.role]}</span>
            {renderRegion(r)}
          </aside>
        );
      })}
    </div>
  );
}
