import { createRoute, defineOpenAPIRoute } from "@hono/zod-openapi";
import { Entity } from "@isnad/core";
import type { AppEnv } from "#env.ts";
import { filterParam, Page, PageQuery } from "#openapi/schemas.ts";
import { readErrors } from "#routes/shared.ts";

export const EntityPage = Page("EntityPage", Entity);

const route = createRoute({
  method: "get",
  path: "/v1/entities",
  tags: ["entities"],
  summary: "List entities",
  description: "People, organisations, places, outlets and agencies named in stored articles, with their mentions.",
  request: {
    query: PageQuery.extend({
      storyId: filterParam("storyId", "only entities mentioned in this story"),
      q: filterParam("q", "name or alias contains this (Arabic is normalised before matching)"),
    }),
  },
  responses: {
    200: { description: "A page of entities", content: { "application/json": { schema: EntityPage } } },
    ...readErrors,
  },
});

export const listEntities = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const page = await c.get("store").listEntities(c.req.valid("query"));
    return c.json(page, 200);
  },
});
