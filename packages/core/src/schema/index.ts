// The data model shared by every layer. A schema and its type share one name.
// Spans are [start, end) UTF-16 offsets into the original, untouched `Article.text`.
import { z } from "zod";

export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof Span>;

export const BlockRole = z.enum([
  "title",
  "subtitle",
  "body",
  "heading",
  "caption",
  "credit",
  "related",
  "byline",
  "dateline",
  "tags",
  "navigation",
]);
export type BlockRole = z.infer<typeof BlockRole>;

/** Roles whose text may produce claims. */
export const CLAIM_BEARING_ROLES: readonly BlockRole[] = ["title", "subtitle", "body", "heading"];

export const Block = Span.extend({ role: BlockRole });
export type Block = z.infer<typeof Block>;

export const Language = z.string().min(2).max(8).describe("BCP-47 primary tag: ar, en, … or und");
export type Language = z.infer<typeof Language>;

/** What a caller hands to the pipeline: one raw article. */
export const ArticleInput = z.object({
  source: z.string().min(1).describe("where the text came from: a file path, URL or caller-chosen name"),
  text: z.string(),
  outlet: z.string().min(1).nullish().describe("the publishing outlet, when the caller knows it"),
  publishedAt: z.string().nullish().describe("ISO 8601 date (YYYY-MM-DD) or date-time of publication, when known"),
  language: Language.nullish(),
  storyId: z.string().min(1).nullish(),
});
export type ArticleInput = z.infer<typeof ArticleInput>;

export const Article = z.object({
  id: z.string().describe("content hash of the text (sha-256, hex, first 16 chars)"),
  source: z.string(),
  text: z.string(),
  language: Language,
  title: z.string().nullable(),
  subtitle: z.string().nullable(),
  outlet: z.string().nullable(),
  byline: z.string().nullable().describe("author name(s) when the text or caller names them"),
  dateline: z.string().nullable().describe("place name of a dateline such as `بيروت -`"),
  publishedAt: z.string().nullable(),
  storyId: z.string().nullable(),
  blocks: z.array(Block),
});
export type Article = z.infer<typeof Article>;

export const QuantityKind = z.enum([
  "count",
  "percent",
  "area",
  "length",
  "duration",
  "year",
  "date",
  "money",
  "ordinal",
  "other",
]);
export type QuantityKind = z.infer<typeof QuantityKind>;

/**
 * A figure as written. Exact figures set `value`; ranges and bounds set `min`/`max` (a lower bound only `min`,
 * an upper bound only `max`). `approx` marks hedges (نحو، حوالي). `vague` names vague quantities (عشرات، بضع مئات)
 * whose min/max are conventional. `unit` is a canonical unit (person, km2, mi2, percent, year, day, …);
 * `subject` is the thing counted (civilians, fighters, …) as a normalised noun.
 */
export const Quantity = Span.extend({
  text: z.string(),
  value: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  approx: z.boolean(),
  vague: z.string().optional(),
  unit: z.string().optional(),
  subject: z.string().optional(),
  kind: QuantityKind.optional(),
  /**
   * The value a thing had before a change the sentence reports («ارتفع السعر من 11.50 إلى 13.50 جنيه»، «13.75 بدلاً
   * من 12.25»: 11.50 and 12.25): a past state, never disputed against a current figure.
   */
  previous: z.boolean().optional(),
  /** The same figure converted to the canonical unit of its dimension (mi2 → km2), when a conversion applies. */
  normalized: z
    .object({ unit: z.string(), value: z.number().optional(), min: z.number().optional(), max: z.number().optional() })
    .optional(),
});
export type Quantity = z.infer<typeof Quantity>;

export const TimeRef = Span.extend({
  text: z.string(),
  /** Resolved calendar date (YYYY-MM-DD) or period (ISO week YYYY-Www, YYYY-MM, YYYY) when it can be resolved. */
  date: z.string().nullable(),
  /** Relative description kept when it cannot be resolved, e.g. "weekday:saturday", "week:+1". */
  relative: z.string().nullable(),
});
export type TimeRef = z.infer<typeof TimeRef>;

export const EntityType = z.enum(["person", "organization", "place", "group", "outlet", "agency", "platform", "other"]);
export type EntityType = z.infer<typeof EntityType>;

export const Speaker = z.object({
  name: z.string(),
  entityId: z.string().nullable(),
  role: z.string().nullable().optional().describe("title or role as given: المتحدث باسم …، مدير المرصد"),
});
export type Speaker = z.infer<typeof Speaker>;

export const Stance = z.enum(["asserts", "expects", "denies", "warns", "reports"]);
export type Stance = z.infer<typeof Stance>;

export const ClaimKind = z.enum(["attributed", "reported"]);
export type ClaimKind = z.infer<typeof ClaimKind>;

export const Claim = Span.extend({
  id: z.string(),
  articleId: z.string(),
  text: z.string().describe("exactly article.text.slice(start, end)"),
  kind: ClaimKind,
  speaker: Speaker.nullable(),
  verb: z.string().nullable().describe("the reporting verb, normalised (قال، أكد، نفى …)"),
  stance: Stance.optional(),
  via: z.array(z.string()).describe("intermediaries between outlet and speaker, outermost first"),
  quote: Span.nullable().optional(),
  quantities: z.array(Quantity),
  entityIds: z.array(z.string()),
  time: TimeRef.nullable().optional(),
  blockRole: BlockRole.optional(),
});
export type Claim = z.infer<typeof Claim>;

export const Mention = Span.extend({ articleId: z.string() });
export type Mention = z.infer<typeof Mention>;

export const Entity = z.object({
  id: z.string(),
  name: z.string().describe("canonical display form"),
  key: z.string().describe("normalised matching key"),
  type: EntityType,
  aliases: z.array(z.string()),
  mentions: z.array(Mention),
});
export type Entity = z.infer<typeof Entity>;

export const Relation = z.enum(["corroborates", "conflicts", "compatible", "single-source"]);
export type Relation = z.infer<typeof Relation>;

export const Evidence = z.object({
  signal: z
    .string()
    .describe("e.g. stems, ngrams, speaker, subject, figures, entities, time, quote, wording, negation"),
  weight: z.number(),
  detail: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

export const ClusterFigure = z.object({
  claimId: z.string(),
  articleId: z.string(),
  outlet: z.string().nullable(),
  quantity: Quantity,
});
export type ClusterFigure = z.infer<typeof ClusterFigure>;

/** outlet ← intermediary ← … ← speaker, for one claim. */
export const Chain = z.object({
  claimId: z.string(),
  articleId: z.string(),
  outlet: z.string().nullable(),
  via: z.array(z.string()),
  speaker: z.string().nullable(),
  /** key of the primary source this chain ends in: the speaker entity, or the article itself for reported claims */
  primary: z.string(),
});
export type Chain = z.infer<typeof Chain>;

export const Cluster = z.object({
  id: z.string(),
  claimIds: z.array(z.string()).min(1),
  relation: Relation,
  topic: z.string(),
  evidence: z.array(Evidence),
  figures: z.array(ClusterFigure),
  chains: z.array(Chain),
  articleCount: z.number().int().nonnegative(),
  independentSources: z.number().int().nonnegative(),
  note: z.string().nullable().optional().describe("e.g. why figures differ: different time or scope"),
});
export type Cluster = z.infer<typeof Cluster>;

export const StoryConflict = z.object({
  clusterId: z.string(),
  topic: z.string(),
  sides: z.array(ClusterFigure),
});
export type StoryConflict = z.infer<typeof StoryConflict>;

export const Story = z.object({
  id: z.string(),
  title: z.string(),
  articleIds: z.array(z.string()),
  outlets: z.array(z.string()),
  claimCount: z.number().int().nonnegative(),
  clustersByRelation: z.record(Relation, z.number().int().nonnegative()),
  topConflicts: z.array(StoryConflict),
  singleSourceClaimIds: z.array(z.string()),
  speakers: z.array(z.object({ name: z.string(), entityId: z.string().nullable(), claims: z.number().int() })),
  timeline: z.array(z.object({ date: z.string(), claimIds: z.array(z.string()) })),
});
export type Story = z.infer<typeof Story>;

export const Analysis = z.object({
  articles: z.array(Article),
  claims: z.array(Claim),
  entities: z.array(Entity),
  clusters: z.array(Cluster),
  story: Story.nullable().optional(),
});
export type Analysis = z.infer<typeof Analysis>;

/** A story as stored: its metadata (from a manifest or the caller). */
export const StoryMeta = z.object({
  id: z.string().min(1),
  title: z.string(),
  description: z.string().nullable().optional(),
});
export type StoryMeta = z.infer<typeof StoryMeta>;
