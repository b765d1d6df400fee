import { createRoute, defineOpenAPIRoute } from "@hono/zod-openapi";
import { Article } from "@isnad/core";
import type { AppEnv } from "#env.ts";
import { aliasParam, filterParam, Page, PageQuery } from "#openapi/schemas.ts";
import { readErrors } from "#routes/shared.ts";

export const ArticlePage = Page("ArticlePage", Article);

const route = createRoute({
  method: "get",
  path: "/v1/articles",
  tags: ["articles"],
  summary: "List articles",
  description: "Stored articles with their structure blocks, optionally only those of one story.",
  request: {
    query: PageQuery.extend({
      storyId: filterParam("storyId", "only articles of this story"),
      story: aliasParam("story", "storyId"),
    }),
  },
  responses: {
    200: { description: "A page of articles", content: { "application/json": { schema: ArticlePage } } },
    ...readErrors,
  },
});

export const listArticles = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { story, ...query } = c.req.valid("query");
    const page = await c.get("store").listArticles({ ...query, storyId: query.storyId ?? story });
    return c.json(page, 200);
  },
});
