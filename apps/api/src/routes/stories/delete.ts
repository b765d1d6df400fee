import { createRoute, defineOpenAPIRoute } from "@hono/zod-openapi";
import type { AppEnv } from "#env.ts";
import { ApiError, errorResponse } from "#errors.ts";
import { requireBearer } from "#middleware/auth.ts";
import { IdParams } from "#openapi/schemas.ts";
import { notFoundError, readErrors } from "#routes/shared.ts";

const route = createRoute({
  method: "delete",
  path: "/v1/stories/{id}",
  tags: ["stories"],
  summary: "Delete a story and everything stored under it",
  description: "Removes the story, its articles, claims, entities and clusters. Requires the bearer token.",
  security: [{ bearerAuth: [] }],
  middleware: [requireBearer] as const,
  request: { params: IdParams("story id") },
  responses: {
    204: { description: "Deleted" },
    401: errorResponse("Missing, malformed or wrong bearer token (`unauthorized`)"),
    403: errorResponse("Writes disabled: the server has no ISNAD_API_TOKEN (`forbidden`)"),
    ...notFoundError,
    ...readErrors,
  },
});

export const deleteStory = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { id } = c.req.valid("param");
    if (!(await c.get("store").deleteStory(id))) throw new ApiError("not_found", `No story with id "${id}".`);
    return c.body(null, 204);
  },
});
