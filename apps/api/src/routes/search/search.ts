import { createRoute, defineOpenAPIRoute, z } from "@hono/zod-openapi";
import type { AppEnv } from "#env.ts";
import { filterParam, Page, PageQuery, SearchHit } from "#openapi/schemas.ts";
import { readErrors } from "#routes/shared.ts";

export const SearchPage = Page("SearchPage", SearchHit);

const route = createRoute({
  method: "get",
  path: "/v1/search",
  tags: ["search"],
  summary: "Full-text search over articles and claims",
  description:
    "Matches on normalised Arabic (diacritics, tatweel, alef/ya/ta marbuta and digit forms are folded), " +
    "returning the original text of each hit, best first.",
  request: {
    query: PageQuery.extend({
      q: z
        .string()
        .trim()
        .min(1, "q must not be empty")
        .max(500)
        .openapi({ param: { name: "q", in: "query", required: true }, description: "the query", example: "الباغوز" }),
      storyId: filterParam("storyId", "only hits within this story"),
    }),
  },
  responses: {
    200: { description: "A page of hits", content: { "application/json": { schema: SearchPage } } },
    ...readErrors,
  },
});

export const search = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { q, ...page } = c.req.valid("query");
    return c.json(await c.get("store").search(q, page), 200);
  },
});
