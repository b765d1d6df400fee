import { createRoute, defineOpenAPIRoute } from "@hono/zod-openapi";
import type { AppEnv } from "#env.ts";
import { Page, PageQuery, StoryRecord } from "#openapi/schemas.ts";
import { readErrors } from "#routes/shared.ts";

export const StoryPage = Page("StoryPage", StoryRecord);

const route = createRoute({
  method: "get",
  path: "/v1/stories",
  tags: ["stories"],
  summary: "List stories",
  description: "Stories with their computed summaries (claims, clusters by relation, top conflicts, speakers).",
  request: { query: PageQuery },
  responses: {
    200: { description: "A page of stories", content: { "application/json": { schema: StoryPage } } },
    ...readErrors,
  },
});

export const listStories = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const page = await c.get("store").listStories(c.req.valid("query"));
    return c.json(page, 200);
  },
});
