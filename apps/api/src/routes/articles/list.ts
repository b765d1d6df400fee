import { createRoute, defineOpenAPIRoute } from "@hono/zod-openapi";
import { Article } from "@isnad/core";
import type { AppEnv } from "#env.ts";
import { filterParam, Page, PageQuery } from "#openapi/schemas.ts";
import { readErrors } from "#routes/shared.ts";

export const ArticlePage = Page("ArticlePage", Article);

const route = createRoute({
  method: "get",
  path: "/v1/articles",
  tags: ["articles"],
  summary: "List articles",
  description: "Stored articles with their structure blocks, optionally only those of one story.",
  request: { query: PageQuery.extend({ storyId: filterParam("storyId", "only articles of this story") }) },
  responses: {
    200: { description: "A page of articles", content: { "application/json": { schema: ArticlePage } } },
    ...readErrors,
  },
});

export const listArticles = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const page = await c.get("store").listArticles(c.req.valid("query"));
    return c.json(page, 200);
  },
});
