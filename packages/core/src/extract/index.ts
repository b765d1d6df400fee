// BOOTSTRAP: replaced by claim extraction (issue 5). Keep the exported names and signatures.
import { contentId, derivedId } from "#ids.ts";
import type { Article, ArticleInput, Block, Claim, Entity } from "#schema/index.ts";

export interface Extracted {
  articles: Article[];
  claims: Claim[];
  entities: Entity[];
}

/** Structure, claims and entities of one article (entities resolved within it only). */
export function extractArticle(input: ArticleInput): Extracted {
  const text = input.text;
  const id = contentId(text);
  const blocks: Block[] = [];
  const claims: Claim[] = [];
  const lineRe = /[^\n]+/gu;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].trim() === "") continue;
    blocks.push({ start, end, role: "body" });
    const sentRe = /[^.!?؟]+[.!?؟]*/gu;
    for (let s = sentRe.exec(m[0]); s; s = sentRe.exec(m[0])) {
      const lead = s[0].length - s[0].trimStart().length;
      const cs = start + s.index + lead;
      const ce = start + s.index + s[0].trimEnd().length;
      if (ce - cs < 10) continue;
      claims.push({
        id: derivedId("c", id, cs, ce),
        articleId: id,
        start: cs,
        end: ce,
        text: text.slice(cs, ce),
        kind: "reported",
        speaker: null,
        verb: null,
        via: [],
        quantities: [],
        entityIds: [],
      });
    }
  }
  const article: Article = {
    id,
    source: input.source,
    text,
    language: input.language ?? "ar",
    title: null,
    subtitle: null,
    outlet: input.outlet ?? null,
    byline: null,
    dateline: null,
    publishedAt: input.publishedAt ?? null,
    storyId: input.storyId ?? null,
    blocks,
  };
  return { articles: [article], claims, entities: [] };
}

/** Extract every article and resolve entities across them. */
export function extractArticles(inputs: readonly ArticleInput[]): Extracted {
  const out: Extracted = { articles: [], claims: [], entities: [] };
  for (const input of inputs) {
    const one = extractArticle(input);
    out.articles.push(...one.articles);
    out.claims.push(...one.claims);
    out.entities.push(...one.entities);
  }
  return out;
}
