import { createRoute, defineOpenAPIRoute } from "@hono/zod-openapi";
import type { AppEnv } from "#env.ts";
import { ArticleDetail, IdParams } from "#openapi/schemas.ts";
import { collectAll, found, notFoundError, readErrors } from "#routes/shared.ts";

const route = createRoute({
  method: "get",
  path: "/v1/articles/{id}",
  tags: ["articles"],
  summary: "Get one article with its blocks and claims",
  description:
    "The article's original text, its structure blocks (spans with roles) and every claim extracted from it.",
  request: { params: IdParams("article id (content hash)") },
  responses: {
    200: { description: "The article and its claims", content: { "application/json": { schema: ArticleDetail } } },
    ...notFoundError,
    ...readErrors,
  },
});

export const getArticle = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { id } = c.req.valid("param");
    const store = c.get("store");
    const article = found(await store.getArticle(id), "article", id);
    const claims = await collectAll((page) => store.listClaims({ ...page, articleId: id }));
    claims.sort((a, b) => a.start - b.start || a.end - b.end);
    return c.json({ article, claims }, 200);
  },
});
