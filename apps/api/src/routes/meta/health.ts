import { createRoute, defineOpenAPIRoute } from "@hono/zod-openapi";
import type { AppEnv } from "#env.ts";
import { ApiError, errorResponse } from "#errors.ts";
import { Health } from "#openapi/schemas.ts";

const route = createRoute({
  method: "get",
  path: "/healthz",
  tags: ["meta"],
  summary: "Liveness and store check",
  description: "200 when the server is up and its store answers a query; 503 (`unavailable`) when the store does not.",
  responses: {
    200: { description: "Healthy", content: { "application/json": { schema: Health } } },
    503: errorResponse("The store did not answer (`unavailable`)"),
  },
});

export const health = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const store = c.get("store");
    try {
      await store.listStories({ limit: 1 });
    } catch (error) {
      throw new ApiError("unavailable", `The ${store.dialect} store is not answering: ${describe(error)}`);
    }
    c.header("Cache-Control", "no-store");
    return c.json({ status: "ok" as const, store: store.dialect, time: c.get("now")().toISOString() }, 200);
  },
});

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
