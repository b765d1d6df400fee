import { createRoute, defineOpenAPIRoute } from "@hono/zod-openapi";
import type { AppEnv } from "#env.ts";
import { IdParams, StoryRecord } from "#openapi/schemas.ts";
import { found, notFoundError, readErrors } from "#routes/shared.ts";

const route = createRoute({
  method: "get",
  path: "/v1/stories/{id}",
  tags: ["stories"],
  summary: "Get one story with its summary",
  request: { params: IdParams("story id, e.g. `baghuz-2019-02`") },
  responses: {
    200: { description: "The story", content: { "application/json": { schema: StoryRecord } } },
    ...notFoundError,
    ...readErrors,
  },
});

export const getStory = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { id } = c.req.valid("param");
    return c.json(found(await c.get("store").getStory(id), "story", id), 200);
  },
});
