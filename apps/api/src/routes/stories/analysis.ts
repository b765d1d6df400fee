import { createRoute, defineOpenAPIRoute } from "@hono/zod-openapi";
import { Analysis } from "@isnad/core";
import type { AppEnv } from "#env.ts";
import { IdParams } from "#openapi/schemas.ts";
import { found, notFoundError, readErrors } from "#routes/shared.ts";

const route = createRoute({
  method: "get",
  path: "/v1/stories/{id}/analysis",
  tags: ["stories"],
  summary: "The whole stored analysis of a story",
  description:
    "Articles, claims, entities, clusters and the story summary in one `Analysis` document — the same shape " +
    "`POST /v1/analyze` and `isnad analyze --json` produce.",
  request: { params: IdParams("story id") },
  responses: {
    200: { description: "The story's analysis", content: { "application/json": { schema: Analysis } } },
    ...notFoundError,
    ...readErrors,
  },
});

export const getStoryAnalysis = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { id } = c.req.valid("param");
    return c.json(found(await c.get("store").getAnalysis(id), "story", id), 200);
  },
});
