import { createRoute, defineOpenAPIRoute } from "@hono/zod-openapi";
import { Entity } from "@isnad/core";
import type { AppEnv } from "#env.ts";
import { IdParams } from "#openapi/schemas.ts";
import { found, notFoundError, readErrors } from "#routes/shared.ts";

const route = createRoute({
  method: "get",
  path: "/v1/entities/{id}",
  tags: ["entities"],
  summary: "Get one entity",
  request: { params: IdParams("entity id") },
  responses: {
    200: { description: "The entity", content: { "application/json": { schema: Entity } } },
    ...notFoundError,
    ...readErrors,
  },
});

export const getEntity = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { id } = c.req.valid("param");
    return c.json(found(await c.get("store").getEntity(id), "entity", id), 200);
  },
});
