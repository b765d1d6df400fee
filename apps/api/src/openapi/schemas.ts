// Request/response schemas of the API, all built from the core's zod data model so the OpenAPI document
// and the store/core types cannot drift apart.
import { zodToOpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "@hono/zod-openapi";
import {
  Analysis,
  Article,
  ArticleInput,
  Block,
  BlockRole,
  Chain,
  Claim,
  ClaimKind,
  Cluster,
  ClusterFigure,
  Entity,
  EntityType,
  Evidence,
  Mention,
  Quantity,
  QuantityKind,
  Relation,
  Stance,
  Story,
  StoryConflict,
  StoryMeta,
} from "@isnad/core";
import type { SearchHit as StoreSearchHit, StoryRecord as StoreStoryRecord } from "@isnad/store";

/**
 * Give the core schemas component names, so the generated document refers to `#/components/schemas/Claim`
 * (and Claim to Quantity, …) instead of inlining every shape everywhere. This names the very instances the core
 * exports — what `.openapi("Claim")` would do to a copy — so nested uses (Claim inside Cluster pages, Quantity inside
 * Claim) become references too. zod-to-openapi reads names from its own registry, keyed by schema instance.
 *
 * Not named: schemas the model only uses as `.nullable()` (Speaker, TimeRef, Story). zod-to-openapi 9 gives a
 * nullable wrapper its inner schema's name and then emits a bare `$ref`, dropping the `null`; inlined, they keep it.
 */
const CORE_COMPONENTS = {
  Article,
  ArticleInput,
  Block,
  BlockRole,
  Chain,
  Claim,
  ClaimKind,
  Cluster,
  ClusterFigure,
  Entity,
  EntityType,
  Evidence,
  Mention,
  Quantity,
  QuantityKind,
  Relation,
  Stance,
  StoryConflict,
  StoryMeta,
  Analysis,
} satisfies Record<string, z.ZodType>;

for (const [refId, schema] of Object.entries(CORE_COMPONENTS)) {
  const current = zodToOpenAPIRegistry.get(schema);
  zodToOpenAPIRegistry.add(schema, { ...current, _internal: { ...current?._internal, refId } });
}

// ── shared pieces ────────────────────────────────────────────────────────────────────────────────────────────

export const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 50;
export const MAX_ID_LENGTH = 1000;

// Declared as integers explicitly: zod-to-openapi infers nullability by parsing `null`, which z.coerce turns into 0.
const limit = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_LIMIT)
  .default(DEFAULT_LIMIT)
  .openapi({
    param: { name: "limit", in: "query" },
    type: "integer",
    minimum: 1,
    maximum: MAX_LIMIT,
    default: DEFAULT_LIMIT,
    description: `page size, 1–${MAX_LIMIT}`,
  });
const offset = z.coerce
  .number()
  .int()
  .min(0)
  .default(0)
  .openapi({
    param: { name: "offset", in: "query" },
    type: "integer",
    minimum: 0,
    default: 0,
    description: "how many items to skip",
  });

/** Query parameters every list route takes. Unknown parameters are rejected, so a typo never silently un-filters. */
export const PageQuery = z.strictObject({ limit, offset });

/** A filter value given in the query string: one non-blank value. */
/** A short alias of an id filter (`story` for `storyId`): same value, the id form wins when both are given. */
export function aliasParam(name: string, of: string) {
  return filterParam(name, `alias of \`${of}\``);
}

export function filterParam(name: string, description: string) {
  return z
    .string()
    .trim()
    .min(1, `${name} must not be empty`)
    .max(500)
    .optional()
    .openapi({ param: { name, in: "query" }, description });
}

export function IdParams(description: string) {
  return z.strictObject({
    id: z
      .string()
      .min(1)
      .max(MAX_ID_LENGTH)
      .openapi({ param: { name: "id", in: "path", required: true }, description }),
  });
}

export function Page<T extends z.ZodType>(name: string, item: T) {
  return z
    .object({
      items: z.array(item),
      total: z.number().int().nonnegative().describe("items matching the filters, across all pages"),
      limit: z.number().int().positive(),
      offset: z.number().int().nonnegative(),
    })
    .openapi(name);
}

// ── resources ────────────────────────────────────────────────────────────────────────────────────────────────

/** A stored story: its metadata, the computed summary (null until analysed) and how many articles it holds. */
export const StoryRecord = StoryMeta.extend({
  summary: Story.nullable(),
  articleCount: z.number().int().nonnegative(),
}).openapi("StoryRecord");
export type StoryRecord = z.infer<typeof StoryRecord>;

/** Enough of an article to name it next to a claim (its outlet, title and source). */
export const ArticleRef = Article.pick({
  id: true,
  source: true,
  title: true,
  outlet: true,
  publishedAt: true,
  storyId: true,
}).openapi("ArticleRef");
export type ArticleRef = z.infer<typeof ArticleRef>;

export const ArticleDetail = z
  .object({
    article: Article,
    claims: z.array(Claim).describe("every claim extracted from the article, in text order"),
  })
  .openapi("ArticleDetail");
export type ArticleDetail = z.infer<typeof ArticleDetail>;

export const ClusterDetail = z
  .object({
    cluster: Cluster,
    claims: z.array(Claim).describe("the cluster's claims, in `cluster.claimIds` order"),
    articles: z.array(ArticleRef).describe("the articles those claims come from"),
  })
  .openapi("ClusterDetail");
export type ClusterDetail = z.infer<typeof ClusterDetail>;

export const SearchHit = z
  .object({
    type: z.enum(["article", "claim"]),
    id: z.string().describe("the article id or claim id"),
    articleId: z.string(),
    text: z.string().describe("original text of the hit: the claim, or the article's title/first line"),
    score: z.number().describe("relevance, higher is better"),
    storyId: z.string().optional().describe("the story the hit belongs to"),
    snippet: z.string().optional().describe("for article hits: the article's sentence that best matches the query"),
  })
  .openapi("SearchHit");
export type SearchHit = z.infer<typeof SearchHit>;

// The response schemas above describe what the store returns; these fail the typecheck if the two drift apart.
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Same<A, B> = Mutual<A, B> extends true ? Mutual<keyof A, keyof B> : false;
export const SCHEMAS_MATCH_STORE: [Same<SearchHit, StoreSearchHit>, Same<StoryRecord, StoreStoryRecord>] = [true, true];

/** An article text as posted: like ArticleInput, but the text must contain something to analyse. */
export const PostedArticle = ArticleInput.extend({
  text: z
    .string()
    .regex(/\S/, "text is empty: an article needs some text to analyse")
    .describe("the article's plain text, exactly as scraped"),
}).openapi("PostedArticle");

const PostedArticles = z.array(PostedArticle).min(1, "give at least one article").max(1000);

export const AnalyzeRequest = z
  .strictObject({
    articles: PostedArticles,
    story: StoryMeta.optional().describe("when given, the analysis carries a Story summary under this id/title"),
  })
  .openapi("AnalyzeRequest");
export type AnalyzeRequest = z.infer<typeof AnalyzeRequest>;

export const StoryRef = z.strictObject({ id: z.string().min(1).max(MAX_ID_LENGTH) }).openapi("StoryRef");

export const IngestRequest = z
  .strictObject({
    story: z
      .union([StoryMeta, StoryRef])
      .optional()
      .describe(
        "the story to add the articles to: `{id, title}` creates it (or renames it), `{id}` alone must name an existing story; " +
          "omitted, the articles' shared `storyId` is used, else a story is derived from their content",
      ),
    articles: PostedArticles,
  })
  .openapi("IngestRequest");
export type IngestRequest = z.infer<typeof IngestRequest>;

export const IngestResponse = z
  .object({
    storyId: z.string(),
    articleIds: z.array(z.string()).describe("article ids (content hashes), in input order"),
    inserted: z.number().int().nonnegative().describe("how many articles were new; 0 on a re-ingest of the same texts"),
    story: StoryRecord.describe("the story after the ingest, with its recomputed summary"),
  })
  .openapi("IngestResponse");
export type IngestResponse = z.infer<typeof IngestResponse>;

export const Health = z
  .object({
    status: z.literal("ok"),
    store: z.enum(["sqlite", "postgres"]),
    time: z.string().describe("server time, ISO 8601"),
  })
  .openapi("Health");
export type Health = z.infer<typeof Health>;
