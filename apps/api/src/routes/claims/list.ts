import { createRoute, defineOpenAPIRoute } from "@hono/zod-openapi";
import { Claim, ClaimKind } from "@isnad/core";
import type { AppEnv } from "#env.ts";
import { aliasParam, filterParam, Page, PageQuery } from "#openapi/schemas.ts";
import { readErrors } from "#routes/shared.ts";

export const ClaimPage = Page("ClaimPage", Claim);

const route = createRoute({
  method: "get",
  path: "/v1/claims",
  tags: ["claims"],
  summary: "List claims",
  description: "Claims extracted from stored articles; all filters combine (AND).",
  request: {
    query: PageQuery.extend({
      articleId: filterParam("articleId", "only claims of this article"),
      storyId: filterParam("storyId", "only claims of this story's articles"),
      speaker: filterParam("speaker", "speaker name (normalised Arabic containment) or speaker entity id"),
      kind: ClaimKind.optional().openapi({
        param: { name: "kind", in: "query" },
        description: "`attributed` (someone is quoted) or `reported` (the outlet's own narration)",
      }),
      q: filterParam("q", "full-text query over the claim text (Arabic is normalised before matching)"),
      article: aliasParam("article", "articleId"),
      story: aliasParam("story", "storyId"),
    }),
  },
  responses: {
    200: { description: "A page of claims", content: { "application/json": { schema: ClaimPage } } },
    ...readErrors,
  },
});

export const listClaims = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { article, story, ...query } = c.req.valid("query");
    const page = await c
      .get("store")
      .listClaims({ ...query, articleId: query.articleId ?? article, storyId: query.storyId ?? story });
    return c.json(page, 200);
  },
});
